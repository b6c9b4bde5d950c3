using System.Runtime.InteropServices;

namespace Armscope.Core.Text;

/// <summary>One gazetteer hit: tokens [FirstToken, EndToken) of a token list, and what they name.</summary>
public readonly record struct PhraseMatch<T>(int FirstToken, int EndToken, T Value);

/// <summary>
/// A token trie over phrase keys (<see cref="PhraseKey"/>): finds the longest known phrase at each
/// position in one left-to-right pass, without allocating per token.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

    /// <summary>The ids (<see cref="WordIds"/>) of the words phrases start with, one bit each: most tokens start none, and a bit says so without a look-up.</summary>
    private ulong[] _firstWords = [];

    /// <summary>The root's children by word id: the first step of every match, an array index rather than a dictionary look-up.</summary>
    private Node?[] _firstNodes = [];

    /// <summary>
    /// The ids of the words phrases go on with (second word or later), one bit each: after a common first word ("the",
    /// "a") the next word is most often none of them, and a bit says so before the joiners are read and the node asked.
    /// </summary>
    private ulong[] _laterWords = [];

    public int Count { get; private set; }

    /// <summary>Adds a phrase; a phrase added twice keeps its first value.</summary>
    public void Add(string phrase, T value)
    {
        var key = PhraseKey.Of(phrase);
        if (key.Length == 0)
        {
            return;
        }

        var node = _root;
        foreach (var word in key.Split(' '))
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
                node.ById = [];
            }

            if (!node.Children.TryGetValue(word, out var next))
            {
                next = new Node();
                node.Children[word] = next;
                var id = WordIds.Add(word);
                node.ById![id] = next;
                node.AddSmall(id, next);
                if (node == _root)
                {
                    SetBit(ref _firstWords, id);
                    if (id >= _firstNodes.Length)
                    {
                        Array.Resize(ref _firstNodes, Math.Max(2 * _firstNodes.Length, id + 1));
                    }

                    _firstNodes[id] = next;
                }
                else
                {
                    SetBit(ref _laterWords, id);
                }
            }

            node = next;
        }

        if (!node.HasValue)
        {
            node.HasValue = true;
            node.Value = value;
            Count++;
        }
    }

    /// <summary>Longest non-overlapping matches, left to right. Words may be joined by spaces, hyphens, slashes or dots only.</summary>
    public List<PhraseMatch<T>> FindAll(string text, IReadOnlyList<Token> tokens, Func<int, int, bool>? accept = null) =>
        FindAll(text, AsSpan(tokens), default, accept, []);

    /// <summary>As <see cref="FindAll(string, IReadOnlyList{Token}, Func{int, int, bool}?)"/>, with words folded once in <paramref name="folds"/> (shared with other matchers).</summary>
    public List<PhraseMatch<T>> FindAll(string text, List<Token> tokens, TokenFolds folds, Func<int, int, bool>? accept = null) =>
        FindAll(text, CollectionsMarshal.AsSpan(tokens), CheckFolds(text, tokens, folds).Ids, accept, []);

    /// <summary>
    /// As <see cref="FindAll(string, List{Token}, TokenFolds, Func{int, int, bool}?)"/>, into <paramref name="found"/>
    /// (cleared first): a caller that reads the matches at once can fill the same list sentence after sentence.
    /// </summary>
    public List<PhraseMatch<T>> FindAll(string text, List<Token> tokens, TokenFolds folds, List<PhraseMatch<T>> found, Func<int, int, bool>? accept = null)
    {
        found.Clear();
        return FindAll(text, CollectionsMarshal.AsSpan(tokens), CheckFolds(text, tokens, folds).Ids, accept, found);
    }

    /// <summary>
    /// Whether some word of <paramref name="tokens"/> is the first word of a phrase: the test <see cref="FindAll(string, List{Token}, TokenFolds, Func{int, int, bool}?)"/>
    /// makes before trying a token, so where it answers false no match is found (a cheap look at a sentence before its analysis).
    /// </summary>
    public bool AnyFirstWord(string text, List<Token> tokens, TokenFolds folds)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        var ids = CheckFolds(text, tokens, folds).Ids;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i].Kind != TokenKind.Punctuation && StartsAPhrase(ids[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The matches over <paramref name="span"/>, stepping by <paramref name="ids"/> when given (see <see cref="TryMatchAt(string, ReadOnlySpan{Token}, ReadOnlySpan{int}, int, Func{int, int, bool}?, out PhraseMatch{T})"/>).</summary>
    private List<PhraseMatch<T>> FindAll(string text, ReadOnlySpan<Token> span, ReadOnlySpan<int> ids, Func<int, int, bool>? accept, List<PhraseMatch<T>> found)
    {
        var i = 0;
        while (i < span.Length)
        {
            // Most tokens start no phrase: say so before the call.
            if (ids.Length > 0 && (span[i].Kind == TokenKind.Punctuation || !StartsAPhrase(ids[i])))
            {
                i++;
            }
            else if (TryMatchAt(text, span, ids, i, accept, out var match))
            {
                found.Add(match);
                i = match.EndToken;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/>.</summary>
    public bool TryMatchAt(string text, IReadOnlyList<Token> tokens, int first, Func<int, int, bool>? accept, out PhraseMatch<T> match) =>
        TryMatchAt(text, AsSpan(tokens), default, first, accept, out match);

    /// <summary>As <see cref="TryMatchAt(string, IReadOnlyList{Token}, int, Func{int, int, bool}?, out PhraseMatch{T})"/>, with words folded once in <paramref name="folds"/>.</summary>
    public bool TryMatchAt(string text, List<Token> tokens, TokenFolds folds, int first, Func<int, int, bool>? accept, out PhraseMatch<T> match) =>
        TryMatchAt(text, CollectionsMarshal.AsSpan(tokens), CheckFolds(text, tokens, folds).Ids, first, accept, out match);

    private static TokenFolds CheckFolds(string text, List<Token> tokens, TokenFolds folds) =>
        folds.Covers(text, tokens) ? folds : throw new ArgumentException("the folds were made for another token list", nameof(folds));

    /// <summary>
    /// With <paramref name="ids"/> (the folds' <see cref="TokenFolds.Ids"/>, one per token) words are stepped by id; with
    /// none (empty: there are tokens to match, so folds always give some), by their text.
    /// </summary>
    private bool TryMatchAt(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, int first, Func<int, int, bool>? accept, out PhraseMatch<T> match)
    {
        match = default;
        var byId = ids.Length > 0;
        if (tokens[first].Kind == TokenKind.Punctuation || _root.Children is null || (byId && !StartsAPhrase(ids[first])))
        {
            return false;
        }

        var node = _root;
        var best = -1;
        T? bestValue = default;
        var i = first;
        while (i < tokens.Length)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation || node.Children is null)
            {
                break;
            }

            var word = t.In(text);
            Node? next;
            // With folds, a word's id: a number compared, not a string hashed, in each matcher.
            var known = byId
                ? node == _root ? (next = FirstNode(ids[i])) is not null : node.TryGetChild(ids[i], out next)
                : TryGetChildByText(node, word, out next);
            if (!known)
            {
                break;
            }

            node = next!;
            if (node.HasValue && (accept is null || accept(first, i + 1)))
            {
                best = i + 1;
                bestValue = node.Value;
            }

            if (node.Children is null)
            {
                break; // the phrase can go no further (most phrases are one word): no joiners to look at
            }

            // Step to the next word token across an allowed joiner.
            var j = i + 1;
            while (j < tokens.Length && tokens[j].Kind == TokenKind.Punctuation && IsJoiner(text[tokens[j].Start]) && j - i < 2)
            {
                j++;
            }

            // (A word no phrase goes on with is no child of this node: the same stop, before the text between is read.)
            if (j < tokens.Length && (byId && !HasBit(_laterWords, ids[j]) || !OnlyJoinersBetween(text, tokens[i].End, tokens[j].Start)))
            {
                break;
            }

            i = j;
        }

        if (best < 0)
        {
            return false;
        }

        match = new PhraseMatch<T>(first, best, bestValue!);
        return true;
    }

    /// <summary>
    /// Without folds: the word folded on the stack and looked up as a span (no string per token). Kept apart from
    /// <see cref="TryMatchAt(string, ReadOnlySpan{Token}, ReadOnlySpan{int}, int, Func{int, int, bool}?, out PhraseMatch{T})"/>:
    /// a method with a stack buffer is compiled once, fully optimised, without the profile tiered compilation gathers.
    /// </summary>
    private static bool TryGetChildByText(Node node, ReadOnlySpan<char> word, out Node? next)
    {
        if (word.Length > FoldOnStack)
        {
            return node.Children!.TryGetValue(PhraseKey.Fold(word), out next);
        }

        Span<char> folded = stackalloc char[2 * FoldOnStack];
        return node.Lookup.TryGetValue(folded[..PhraseKey.Fold(word, folded)], out next);
    }

    private Node? FirstNode(int id) => (uint)id < (uint)_firstNodes.Length ? _firstNodes[id] : null;

    private bool StartsAPhrase(int id) => HasBit(_firstWords, id);

    private static bool HasBit(ulong[] bits, int id) => id >= 0 && id >> 6 < bits.Length && (bits[id >> 6] & (1UL << id)) != 0;

    private static void SetBit(ref ulong[] bits, int id)
    {
        if (id >> 6 >= bits.Length)
        {
            Array.Resize(ref bits, Math.Max(2 * bits.Length, (id >> 6) + 1));
        }

        bits[id >> 6] |= 1UL << id;
    }

    /// <summary>Longest word folded on the stack; longer ones (never in a gazetteer) take the allocating path.</summary>
    private const int FoldOnStack = 48;

    /// <summary>The tokens as a span: the list's own array when it is one (the usual case), else a copy.</summary>
    private static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    private static bool IsJoiner(char c) => c is '-' or '‐' or '‑' or '/' or '.' or '\'' or '’' or '&';

    private static bool OnlyJoinersBetween(string text, int from, int to)
    {
        var joiners = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                return false;
            }

            if (IsJoiner(c))
            {
                joiners++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return joiners <= 1 && to - from <= 3;
    }

    private sealed class Node
    {
        /// <summary>Most nodes past the first word have a few children: up to this many are searched in a short array.</summary>
        private const int FewChildren = 8;

        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public Dictionary<int, Node>? ById;
        public bool HasValue;
        public T? Value;

        /// <summary>The children's ids and nodes while there are few of them (null past <see cref="FewChildren"/>: then <see cref="ById"/>).</summary>
        private int[]? _smallIds = [];
        private Node[] _smallNodes = [];

        public void AddSmall(int id, Node child)
        {
            if (_smallIds is null)
            {
                return;
            }

            if (_smallIds.Length == FewChildren)
            {
                _smallIds = null;
                _smallNodes = [];
                return;
            }

            _smallNodes = [.. _smallNodes, child];
            _smallIds = [.. _smallIds, id];
        }

        public bool TryGetChild(int id, out Node? child)
        {
            if (_smallIds is { } ids)
            {
                for (var k = 0; k < ids.Length; k++)
                {
                    if (ids[k] == id)
                    {
                        child = _smallNodes[k];
                        return true;
                    }
                }

                child = null;
                return false;
            }

            return ById!.TryGetValue(id, out child);
        }
    }
}
