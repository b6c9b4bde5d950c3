using System.Collections.Concurrent;

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
    private readonly FoldPool.Word?[] _words;
    private readonly int[] _ids;
    private readonly int _version;

    public TokenFolds(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        _words = tokens.Count == 0 ? [] : new FoldPool.Word?[tokens.Count];
        _ids = tokens.Count == 0 ? [] : new int[tokens.Count];
        _version = WordIds.Version;
    }

    /// <summary>The folded form of token <paramref name="token"/> (punctuation folds to itself).</summary>
    public string this[int token] => WordAt(token).Text;

    /// <summary>The <see cref="WordIds"/> id of token <paramref name="token"/>'s folded form; -1 when no phrase matcher knows the word.</summary>
    public int IdOf(int token)
    {
        // Ids are kept as id + 1, 0 meaning not looked up yet; looked up again if a matcher has learnt words since.
        var id = _ids[token];
        if (id == 0 || _version != WordIds.Version)
        {
            id = _ids[token] = WordAt(token).Id + 1;
        }

        return id - 1;
    }

    /// <summary>True when <paramref name="text"/> and <paramref name="tokens"/> are the ones these folds were made for.</summary>
    public bool Covers(string text, List<Token> tokens) => ReferenceEquals(text, _text) && ReferenceEquals(tokens, _tokens);

    private FoldPool.Word WordAt(int token) => _words[token] ??= FoldPool.Get(_tokens[token].In(_text));
}

/// <summary>
/// Folded words pooled per thread and found by the word as written: news text repeats a few thousand words, so after
/// warm-up a token costs one look-up, with no fold and no new string. Each pool stops growing at <see cref="Capacity"/>
/// words; words past that are folded into new strings as before.
/// </summary>
public static class FoldPool
{
    private const int Capacity = 50_000;

    /// <summary>Longest word pooled; longer ones (never a gazetteer word) are folded without the pool.</summary>
    private const int LongestPooled = 32;

    /// <summary>Words as written ("Turkey", "TURKEY") to their folded word.</summary>
    [ThreadStatic]
    private static Dictionary<string, Word>? t_written;

    [ThreadStatic]
    private static Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> t_writtenLookup;

    /// <summary>Folded words, so every spelling of a word shares one <see cref="Word"/>.</summary>
    [ThreadStatic]
    private static Dictionary<string, Word>? t_folded;

    /// <summary>The same string as <see cref="PhraseKey.Fold(ReadOnlySpan{char})"/>, from the pool when it is there.</summary>
    public static string Fold(ReadOnlySpan<char> word) => Get(word).Text;

    internal static Word Get(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestPooled)
        {
            return new Word(PhraseKey.Fold(word));
        }

        var written = t_written;
        if (written is null)
        {
            t_written = written = new Dictionary<string, Word>(StringComparer.Ordinal);
            t_writtenLookup = written.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        if (t_writtenLookup.TryGetValue(word, out var pooled))
        {
            return pooled;
        }

        // First time this spelling is seen: fold it, and share the folded word with other spellings.
        Span<char> buffer = stackalloc char[2 * LongestPooled];
        var folded = buffer[..PhraseKey.Fold(word, buffer)];
        var foldedWords = t_folded ??= new Dictionary<string, Word>(StringComparer.Ordinal);
        if (!foldedWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out pooled))
        {
            pooled = new Word(new string(folded));
            if (foldedWords.Count < Capacity)
            {
                foldedWords.Add(pooled.Text, pooled);
            }
        }

        if (written.Count < Capacity)
        {
            written.Add(word.ToString(), pooled);
        }

        return pooled;
    }

    /// <summary>A folded word and its <see cref="WordIds"/> id, looked up again only when a matcher has learnt new words since.</summary>
    internal sealed class Word(string text)
    {
        private int _id = -1;
        private int _version = -1;

        public string Text { get; } = text;

        public int Id
        {
            get
            {
                var version = WordIds.Version;
                if (_version != version)
                {
                    _id = WordIds.Find(Text);
                    _version = version;
                }

                return _id;
            }
        }
    }
}

/// <summary>
/// Numbers for the folded words of every phrase matcher, process-wide: a token's word is looked up here once (through
/// <see cref="TokenFolds.IdOf"/>) and each matcher's trie then steps by number. Thread-safe.
/// </summary>
public static class WordIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static int _version;

    /// <summary>Changes whenever a word is added, so cached look-ups of words unknown so far are made again.</summary>
    public static int Version => Volatile.Read(ref _version);

    /// <summary>The id of a folded word, added if new.</summary>
    public static int Add(string folded)
    {
        if (Ids.TryGetValue(folded, out var id))
        {
            return id;
        }

        lock (Gate)
        {
            if (!Ids.TryGetValue(folded, out id))
            {
                id = Ids.Count;
                Ids[folded] = id;
                Interlocked.Increment(ref _version);
            }

            return id;
        }
    }

    /// <summary>The id of a folded word, or -1 when no matcher has it.</summary>
    public static int Find(string folded) => Ids.TryGetValue(folded, out var id) ? id : -1;
}
