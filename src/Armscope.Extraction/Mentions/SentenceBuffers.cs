using Armscope.Core.Text;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction.Mentions;

/// <summary>
/// The lists of one document's sentences, kept by the thread and handed out again for its next document. A document's
/// analysed sentences are read until its transfers are made, and by nothing after (no transfer, explanation or focus
/// keeps a sentence or one of its lists), so the lists of the last document are free when the next one starts. (New
/// token lists, arrays of folds and mention lists for every sentence were a quarter of all the extractor allocated.)
/// </summary>
internal sealed class SentenceBuffers
{
    /// <summary>Sentences of a document served from kept lists; a longer document's further sentences get new ones.</summary>
    private const int MostKept = 1000;

    [ThreadStatic]
    private static SentenceBuffers? t_buffers;

    private readonly List<SentenceLists> _kept = [];
    private int _used;

    /// <summary>
    /// The calling thread's buffers, every one of them free again: only for the extractor, as it starts a document, which
    /// it then reads through to its transfers on this thread.
    /// </summary>
    public static SentenceBuffers ForNewDocument()
    {
        var buffers = t_buffers ??= new SentenceBuffers();
        buffers._used = 0;
        return buffers;
    }

    /// <summary>The lists for the sentence text[span], those of a sentence of the previous document when there are any.</summary>
    public SentenceLists Next(string text, SentenceSpan span)
    {
        if (_used < _kept.Count)
        {
            var kept = _kept[_used++];
            kept.Reuse(text, span);
            return kept;
        }

        var lists = SentenceLists.For(text, span);
        if (_kept.Count < MostKept)
        {
            _kept.Add(lists);
            _used++;
        }

        return lists;
    }
}

/// <summary>The lists one sentence's analysis fills: its tokens and their folds, then its mentions.</summary>
internal sealed class SentenceLists
{
    private SentenceLists(string text, List<Token> tokens)
    {
        Tokens = tokens;
        Folds = new TokenFolds(text, tokens);
    }

    public List<Token> Tokens { get; }

    public TokenFolds Folds { get; }

    public List<(int First, int End, CueEffect Effect)> Cues { get; } = [];

    public List<WeaponMention> Weapons { get; } = [];

    public List<PartyMention> Parties { get; } = [];

    public List<TriggerMention> Triggers { get; } = [];

    /// <summary>Whether <see cref="Weapons"/> holds the sentence's weapons (<see cref="SentenceAnalyzer.WeaponsOf"/>), found once.</summary>
    public bool WeaponsFound { get; set; }

    /// <summary>New lists for the sentence text[span], its tokens in them.</summary>
    public static SentenceLists For(string text, SentenceSpan span) => new(text, Tokenizer.Tokenize(text, span.Start, span.End));

    /// <summary>These lists for the sentence text[span]: its tokens in place of the last ones, the mentions cleared.</summary>
    public void Reuse(string text, SentenceSpan span)
    {
        Tokenizer.Tokenize(text, span.Start, span.End, Tokens);
        Folds.Reuse(text, Tokens);
        Cues.Clear();
        Weapons.Clear();
        Parties.Clear();
        Triggers.Clear();
        WeaponsFound = false;
    }
}
