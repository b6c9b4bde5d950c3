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

    /// <summary>
    /// Whether each word id (<see cref="WordIds"/>) is a context word: the ids are given to the words as the lexicon
    /// spells them, and a token's id is that of its folded word, so a look-up of the id is one of the word (not a
    /// string hashed for every token of every document).
    /// </summary>
    private readonly bool[] _isWord;

    /// <summary>Each phrase among them cut at its first space ("air" and "force" of "air force"), as ids.</summary>
    private readonly (int First, int Second)[] _phrases;

    /// <summary>Whether each id is the first word of a phrase (a few words).</summary>
    private readonly bool[] _startsAPhrase;

    public ArmsSignals(ExtractionLexicon lexicon)
    {
        var words = lexicon.ContextWords;
        var ids = words.Select(WordIds.Add).ToList(); // (a phrase too, as a token's fold holding a space would have matched it)
        _phrases = [.. words.Where(w => w.Contains(' ')).Select(w => (WordIds.Add(w[..w.IndexOf(' ')]), WordIds.Add(w[(w.IndexOf(' ') + 1)..])))];
        _isWord = Flags(ids);
        _startsAPhrase = Flags(_phrases.Select(p => p.First));
    }

    private static bool[] Flags(IEnumerable<int> ids)
    {
        var list = ids.ToList();
        var flags = new bool[list.Count == 0 ? 0 : list.Max() + 1];
        foreach (var id in list)
        {
            flags[id] = true;
        }

        return flags;
    }

    /// <summary>
    /// The context words among the first <paramref name="count"/> folded tokens of a sentence: a token counts once when
    /// its word is one, or when it and the next token's word are a phrase's two words.
    /// </summary>
    public int Words(TokenFolds folds, int count)
    {
        var words = 0;
        for (var k = 0; k < count; k++)
        {
            var id = folds.IdOf(k);
            if (Has(_isWord, id) || (k + 1 < count && Has(_startsAPhrase, id) && IsPhrase(id, folds.IdOf(k + 1))))
            {
                words++;
            }
        }

        return words;
    }

    private static bool Has(bool[] flags, int id) => (uint)id < (uint)flags.Length && flags[id];

    private bool IsPhrase(int first, int second)
    {
        foreach (var p in _phrases)
        {
            if (p.First == first && p.Second == second)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a text of <paramref name="length"/> characters (1,500 or more) with <paramref name="words"/> context words
    /// and <paramref name="signals"/> signals in all speaks of arms: at least one word, and a signal in 2,000 characters or
    /// six in all. (True for more signals whenever true for fewer: a count too high never turns it false.)
    /// </summary>
    public static bool Enough(int words, int signals, int length) => words >= 1 && (signals >= 6 || signals * 2000L >= length);
}
