namespace Armscope.Core.Text;

/// <summary>
/// The folded form (<see cref="PhraseKey.Fold(ReadOnlySpan{char})"/>) of each token of one token list, computed at most
/// once per token however many matchers and rules ask for it, and drawn from a per-thread pool of folded words so a
/// word seen before costs no new string. Not thread-safe: one instance serves one sentence on one thread.
/// </summary>
public sealed class TokenFolds
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly string?[] _folded;

    public TokenFolds(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        _folded = tokens.Count == 0 ? [] : new string?[tokens.Count];
    }

    /// <summary>The folded form of token <paramref name="token"/> (punctuation folds to itself).</summary>
    public string this[int token] => _folded[token] ??= FoldPool.Fold(_tokens[token].In(_text));

    /// <summary>True when <paramref name="text"/> and <paramref name="tokens"/> are the ones these folds were made for.</summary>
    public bool Covers(string text, List<Token> tokens) => ReferenceEquals(text, _text) && ReferenceEquals(tokens, _tokens);
}

/// <summary>
/// Folded words pooled per thread: news text repeats a few thousand words, so after warm-up almost no fold allocates.
/// The pool stops growing at <see cref="Capacity"/> words; words past that are folded into new strings as before.
/// </summary>
public static class FoldPool
{
    private const int Capacity = 50_000;

    /// <summary>Longest word pooled; longer ones (never a gazetteer word) are folded without the pool.</summary>
    private const int LongestPooled = 32;

    [ThreadStatic]
    private static HashSet<string>? t_words;

    /// <summary>The same string as <see cref="PhraseKey.Fold(ReadOnlySpan{char})"/>, from the pool when it is there.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestPooled)
        {
            return PhraseKey.Fold(word);
        }

        Span<char> buffer = stackalloc char[2 * LongestPooled];
        var folded = buffer[..PhraseKey.Fold(word, buffer)];
        var words = t_words ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(folded, out var pooled))
        {
            return pooled;
        }

        var s = new string(folded);
        if (words.Count < Capacity)
        {
            words.Add(s);
        }

        return s;
    }
}
