using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Armscope.Core.Text;

/// <summary>
/// The folded form (<see cref="PhraseKey.Fold(ReadOnlySpan{char})"/>) of each token of one token list, computed at most
/// once per token however many matchers and rules ask for it, and drawn from a per-thread pool of folded words so a
/// word seen before costs no new string. Not thread-safe: one instance serves one sentence at a time on the thread that
/// made it (<see cref="Reuse"/> hands it to another).
/// </summary>
public sealed class TokenFolds
{
    private string _text;
    private List<Token> _tokens;
    private FoldPool.Word[] _words;

    /// <summary>Each token's <see cref="WordIds"/> id, as of <see cref="_version"/>: the matchers read them as one span.</summary>
    private int[] _ids;
    private int _version;

    /// <summary>The pool of the thread that made these folds, taken once rather than per token.</summary>
    private readonly FoldPool.Table _pool;

    public TokenFolds(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        _words = tokens.Count == 0 ? [] : new FoldPool.Word[tokens.Count];
        _ids = tokens.Count == 0 ? [] : new int[tokens.Count];
        _pool = FoldPool.ThisThread;
        Fill();
    }

    /// <summary>
    /// Serves another token list from now on, in the same array when it is long enough: for a caller that reuses token
    /// lists once the sentence they served is done with. Only on the thread that made these folds (the pool is its).
    /// </summary>
    public void Reuse(string text, List<Token> tokens)
    {
        _text = text;
        _tokens = tokens;
        if (_words.Length < tokens.Count)
        {
            var length = Math.Max(tokens.Count, 2 * _words.Length);
            _words = new FoldPool.Word[length];
            _ids = new int[length];
        }

        Fill(); // (slots past the tokens are never read)
    }

    /// <summary>The folded form of token <paramref name="token"/> (punctuation folds to itself).</summary>
    public string this[int token] => _words[token].Text;

    /// <summary>The <see cref="WordIds"/> id of token <paramref name="token"/>'s folded form; -1 when no phrase matcher knows the word.</summary>
    public int IdOf(int token) => Ids[token];

    /// <summary>
    /// Every token's id (<see cref="IdOf"/>), read again from the pooled words when a matcher has learnt words since:
    /// a matcher takes the span once per sentence and steps through plain numbers.
    /// </summary>
    internal ReadOnlySpan<int> Ids
    {
        get
        {
            if (_version != WordIds.Version)
            {
                ReadIds();
            }

            return _ids.AsSpan(0, _tokens.Count);
        }
    }

    /// <summary>True when <paramref name="text"/> and <paramref name="tokens"/> are the ones these folds were made for.</summary>
    public bool Covers(string text, List<Token> tokens) => ReferenceEquals(text, _text) && ReferenceEquals(tokens, _tokens);

    /// <summary>
    /// Folds every token at once: the matchers and rules ask for nearly every word, and one tight loop over the pool
    /// costs less than a look-up interleaved with each matcher's own work.
    /// </summary>
    private void Fill()
    {
        var tokens = CollectionsMarshal.AsSpan(_tokens);
        for (var k = 0; k < tokens.Length; k++)
        {
            _words[k] = _pool.Get(tokens[k].In(_text));
        }

        ReadIds();
    }

    private void ReadIds()
    {
        _version = WordIds.Version;
        var count = _tokens.Count;
        for (var k = 0; k < count; k++)
        {
            _ids[k] = _words[k].Id;
        }
    }
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

    [ThreadStatic]
    private static Table? t_table;

    /// <summary>The calling thread's pool.</summary>
    internal static Table ThisThread => t_table ??= new Table();

    /// <summary>The same string as <see cref="PhraseKey.Fold(ReadOnlySpan{char})"/>, from the pool when it is there.</summary>
    public static string Fold(ReadOnlySpan<char> word) => ThisThread.Get(word).Text;

    /// <summary>
    /// One thread's pool: words as written ("Turkey", "TURKEY") to their folded word, in an open-addressing table probed
    /// with a cheap hash of the span (a token costs one hash and one comparison, no dictionary or comparer call), and
    /// folded words, so every spelling of a word shares one <see cref="Word"/>.
    /// </summary>
    internal sealed class Table
    {
        private readonly Dictionary<string, Word> _folded = new(StringComparer.Ordinal);

        /// <summary>Each slot's spelling and word side by side: a look-up reads one place in memory, not two arrays.</summary>
        private Slot[] _slots = new Slot[1024];
        private int _count;

        public Word Get(ReadOnlySpan<char> word)
        {
            if (word.Length > LongestPooled)
            {
                return new Word(PhraseKey.Fold(word));
            }

            var mask = _slots.Length - 1;
            var hash = Hash(word);
            var slot = hash & mask;
            while (_slots[slot].Key is { } key)
            {
                // (The hash first: a slot of another word is passed over without reading its spelling.)
                if (_slots[slot].Hash == hash && word.SequenceEqual(key))
                {
                    return _slots[slot].Value!;
                }

                slot = (slot + 1) & mask;
            }

            return Add(word, slot, hash);
        }

        /// <summary>
        /// First time this spelling is seen: fold it, and share the folded word with other spellings. Kept apart from
        /// <see cref="Get"/>: a method with a stack buffer is compiled once, fully optimised, without the profile tiered
        /// compilation gathers, and the look-up every token makes is better with it.
        /// </summary>
        private Word Add(ReadOnlySpan<char> word, int slot, int hash)
        {
            Span<char> buffer = stackalloc char[2 * LongestPooled];
            var folded = buffer[..PhraseKey.Fold(word, buffer)];
            if (!_folded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var pooled))
            {
                pooled = new Word(new string(folded));
                if (_folded.Count < Capacity)
                {
                    _folded.Add(pooled.Text, pooled);
                }
            }

            if (_count < Capacity)
            {
                _slots[slot] = new Slot(word.ToString(), pooled, hash);
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }
            }

            return pooled;
        }

        /// <summary>FNV-1a over the characters: words are short, and the table is kept at most half full.</summary>
        private static int Hash(ReadOnlySpan<char> word)
        {
            var h = 2166136261u;
            foreach (var c in word)
            {
                h = (h ^ c) * 16777619u;
            }

            return (int)(h ^ (h >> 15));
        }

        private void Grow()
        {
            var old = _slots;
            _slots = new Slot[old.Length * 2];
            var mask = _slots.Length - 1;
            foreach (var entry in old)
            {
                if (entry.Key is not null)
                {
                    var slot = entry.Hash & mask;
                    while (_slots[slot].Key is not null)
                    {
                        slot = (slot + 1) & mask;
                    }

                    _slots[slot] = entry;
                }
            }
        }

        /// <summary>A spelling as written, its folded word and its hash; an empty slot has neither word.</summary>
        private readonly record struct Slot(string? Key, Word? Value, int Hash);
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
