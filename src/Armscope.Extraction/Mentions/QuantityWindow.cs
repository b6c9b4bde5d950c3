using System.Text;
using System.Text.RegularExpressions;

namespace Armscope.Extraction.Mentions;

/// <summary>
/// Narrows the text before a weapon that the quantity pattern (<c>QuantityBeforeRegex</c> in <see cref="SentenceAnalyzer"/>)
/// searches. A match of that pattern ending at the weapon is a number of at most three chunks (runs of non-space: "a pair
/// of", "two dozen", "twenty one") followed by whole chunks that are modifiers ("new", "used", "Rafale"), each chunk
/// separated by white space (regex \s is char.IsWhiteSpace). Walking back over the chunks that may be modifiers finds where
/// the number can end, and so where a match can start; the tests here accept every chunk the pattern could (a superset),
/// so the pattern on the narrowed text finds the same leftmost match as on the whole, and none at all needs no search.
/// </summary>
internal static class QuantityWindow
{
    /// <summary>Chunk words the pattern takes as modifiers, besides hyphenated and capitalised ones.</summary>
    /// <summary>(With the words of "six of its F-16s", which the pattern allows between a count and its modifiers.)</summary>
    private static readonly HashSet<string> Modifiers = new(SentenceAnalyzer.QuantityModifierWords.Split('|').Concat(SentenceAnalyzer.CountOfWords), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every run of letters in the number pattern (escapes such as \d aside): the last word of a number ends with one
    /// of them, and a number may start inside a chunk ("often" holds "ten"), so endings, not words, are compared.
    /// </summary>
    private static readonly string[] NumberEndings = Regex.Matches(NumberWords.Pattern, @"(?<!\\)[A-Za-z]+").Select(m => m.Value).Distinct().ToArray();

    /// <summary>Where in text[from..at) a match ending at <paramref name="at"/> can start; -1 when no match is possible.</summary>
    public static int Start(string text, int from, int at)
    {
        var k = at;
        var numberEnd = -1; // start of the farthest chunk in which the number can end
        while (true)
        {
            while (k > from && char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            if (k == from)
            {
                break;
            }

            var end = k;
            while (k > from && !char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            var chunk = text.AsSpan(k, end - k);
            if (MayEndNumber(chunk))
            {
                numberEnd = k;
            }

            if (!MayBeModifier(chunk))
            {
                break; // the number ends here or nearer the weapon
            }
        }

        if (numberEnd < 0)
        {
            return -1;
        }

        // The number spans at most this chunk and the two before it.
        k = numberEnd;
        for (var more = 0; more < 2 && k > from; more++)
        {
            while (k > from && char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }

            while (k > from && !char.IsWhiteSpace(text[k - 1]))
            {
                k--;
            }
        }

        return k;
    }

    private static bool MayBeModifier(ReadOnlySpan<char> chunk) =>
        !Ascii.IsValid(chunk) || chunk.Contains('-') || char.IsAsciiLetterUpper(chunk[0]) || Modifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(chunk);

    private static bool MayEndNumber(ReadOnlySpan<char> chunk)
    {
        if (char.IsDigit(chunk[^1]) || !Ascii.IsValid(chunk))
        {
            return true;
        }

        foreach (var ending in NumberEndings)
        {
            if (chunk.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
