using Armscope.Core.Text;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction;

/// <summary>
/// The words that tell a text speaks of armed forces ("military", "navy", "air force": the lexicon's context words), and
/// the test of whether a long text has enough of them with the weapons it names. Read by the extractor's last check
/// and by its gate, which must count the words alike.
/// </summary>
internal sealed class ArmsSignals
{
    /// <summary>Texts shorter than this (a sentence, a headline, a feed item) are too short to tell, and always pass.</summary>
    public const int ShortText = 1500;

    private readonly HashSet<string> _contextWords;
    private readonly HashSet<string> _phraseStarts; // first words of the phrases among them ("air" of "air force")

    public ArmsSignals(ExtractionLexicon lexicon)
    {
        _contextWords = lexicon.ContextWords;
        _phraseStarts = lexicon.ContextWords.Where(w => w.Contains(' ')).Select(w => w[..w.IndexOf(' ')]).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The context words among the first <paramref name="count"/> folded tokens of a sentence.</summary>
    public int Words(TokenFolds folds, int count)
    {
        var words = 0;
        for (var k = 0; k < count; k++)
        {
            if (_contextWords.Contains(folds[k]) || (k + 1 < count && _phraseStarts.Contains(folds[k]) && _contextWords.Contains(folds[k] + " " + folds[k + 1])))
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>
    /// Whether a text of <paramref name="length"/> characters (1,500 or more) with <paramref name="words"/> context words
    /// and <paramref name="signals"/> signals in all speaks of arms: at least one word, and a signal in 2,000 characters or
    /// six in all. (True for more signals whenever true for fewer: a count too high never turns it false.)
    /// </summary>
    public static bool Enough(int words, int signals, int length) => words >= 1 && (signals >= 6 || signals * 2000L >= length);
}
