using Armscope.Core.Vocabulary;
using Armscope.Extraction.Tests.Layers;

namespace Armscope.Extraction.Tests.Challenge;

/// <summary>
/// Real pages reach the extractor mangled: bullets and dashes opening lines, a link's text cut out of a sentence, stray
/// quotes and brackets left by markup. Every challenge text, mangled in a few seeded ways, must be read without an
/// exception: one bad sentence must never cost a document its other records.
/// </summary>
public class MangledTextTests
{
    private static readonly string[] Debris = ["-", "--", "- ", "• ", "'", "\"", "(", ")", ",", ".", ":", "$", "€", "/", "–", "the", "of", "s", "'s", "-F", "F-", "2024", "1", "\u0662\u0660\u0661\u0669", "201\u0663"];

    [Fact]
    public void Mangled_texts_are_read_without_an_exception()
    {
        var random = new Random(20261127);
        var failures = new List<string>();
        foreach (var c in ChallengeSuiteTests.Cases)
        {
            for (var variant = 0; variant < 6; variant++)
            {
                var text = Mangle(c.Text, random);
                try
                {
                    Lexicon.Extractor.Extract(new Document(c.Id, null, c.Published, null, text));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures.Add($"{c.Id} mangled as \"{text}\": {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mangled texts failed:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public void A_dash_opening_a_line_before_a_one_word_name_is_a_bullet()
    {
        var transfers = Lexicon.Extractor.Extract(new Document("bullet", null, Lexicon.Published, null, "- PPA: ships to be transferred from Italy to Indonesia.\n"));

        var transfer = Assert.Single(transfers);
        Assert.Equal("IT", transfer.Supplier.Code);
        Assert.Equal("ID", transfer.Recipient.Code);
    }

    [Fact]
    public void Digits_of_other_scripts_are_no_year_and_no_error()
    {
        var transfers = Lexicon.Extractor.Extract(new Document("digits", null, Lexicon.Published, null,
            "Peru ordered 24 Gripen jets from Sweden. They were delivered in 201\u0663 and in \u0662\u0660\u0661\u0669.\n"));

        Assert.Contains(transfers, t => t.Status == Core.Vocabulary.TransferStatus.Order && t.Recipient.Code == "PE");
        Assert.DoesNotContain(transfers, t => t.When is { Year: 2013 or 2019 });
    }

    /// <summary>One to three edits a page's markup might leave: a word of debris inserted, a word dropped, two swapped, a line cut short.</summary>
    private static string Mangle(string text, Random random)
    {
        var words = text.Split(' ').ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && words.Count > 1; e++)
        {
            var k = random.Next(words.Count);
            switch (random.Next(4))
            {
                case 0:
                    words.Insert(k, Debris[random.Next(Debris.Length)]);
                    break;
                case 1:
                    words.RemoveAt(k);
                    break;
                case 2 when k + 1 < words.Count:
                    (words[k], words[k + 1]) = (words[k + 1], words[k]);
                    break;
                default:
                    words.RemoveRange(k, words.Count - k);
                    break;
            }
        }

        return string.Join(' ', words);
    }
}
