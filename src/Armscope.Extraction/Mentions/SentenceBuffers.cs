using Armscope.Core.Text;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction.Mentions;

/// <summary>
/// The token lists and folds of one document's sentences, kept by the thread and handed out again for its next document.
/// A document's analysed sentences are read until its transfers are made, and by nothing after (no transfer, explanation
/// or focus keeps a sentence), so the lists of the last document are free when the next one starts. (A new token list
/// and a new array of folds for every sentence were a fifth of all the extractor allocated.)
/// </summary>
internal sealed class SentenceBuffers
{
    /// <summary>Sentences of a document served from kept buffers; a longer document's further sentences get new ones.</summary>
    private const int MostKept = 1000;

    [ThreadStatic]
    private static SentenceBuffers? t_buffers;

    private readonly List<(List<Token> Tokens, TokenFolds Folds)> _kept = [];
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

    /// <summary>The tokens of a sentence and their folds, in buffers the previous document's sentences had.</summary>
    public (List<Token> Tokens, TokenFolds Folds) Tokenize(string text, SentenceSpan span)
    {
        if (_used == _kept.Count && _kept.Count == MostKept)
        {
            var tokens = Tokenizer.Tokenize(text, span.Start, span.End);
            return (tokens, new TokenFolds(text, tokens));
        }

        if (_used == _kept.Count)
        {
            var tokens = new List<Token>();
            _kept.Add((tokens, new TokenFolds(text, tokens)));
        }

        var (kept, folds) = _kept[_used++];
        Tokenizer.Tokenize(text, span.Start, span.End, kept);
        folds.Reuse(text, kept);
        return (kept, folds);
    }
}
