using System.Globalization;

namespace Armscope.Register.Duplicates;

/// <summary>
/// The register's near-duplicate band table (band key → documents filed under it) held in memory by the register's
/// writer, so a lookup counts a signature's candidates without a query. Changes made inside a write transaction are
/// journalled until it ends, so a rollback restores the index as the table is restored.
/// </summary>
/// <remarks>
/// Documents are kept as numbers: register ids are 16 lower-case hex digits, whose numeric order is their ordinal
/// order. Not thread-safe.
/// </remarks>
internal sealed class BandIndex
{
    /// <summary>Keys holding one document, most of them (a document shares few keys with others): no array for them.</summary>
    private readonly Dictionary<long, ulong> _single = [];

    /// <summary>Keys holding two documents or more.</summary>
    private readonly Dictionary<long, ulong[]> _shared = [];

    private readonly List<(long Key, ulong Document, bool Added)> _journal = [];

    /// <summary>Band rows held.</summary>
    public int Rows { get; private set; }

    /// <summary>A register id as the number kept; false for any other string, which this index cannot hold.</summary>
    /// <remarks>Exactly the strings <see cref="IdText"/> writes: 16 digits 0-9 or a-f. Called for every candidate of every lookup, so nothing is allocated.</remarks>
    public static bool TryParseId(string documentId, out ulong id)
    {
        id = 0;
        if (documentId.Length != 16 || documentId.AsSpan().ContainsAnyExcept(LowerHexDigits))
        {
            return false;
        }

        return ulong.TryParse(documentId, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id);
    }

    private static readonly System.Buffers.SearchValues<char> LowerHexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string IdText(ulong id) => id.ToString("x16", CultureInfo.InvariantCulture);

    /// <summary>Files a document under a key (nothing when it is filed there already).</summary>
    public void Add(long key, ulong document)
    {
        if (Insert(key, document))
        {
            _journal.Add((key, document, true));
        }
    }

    /// <summary>Takes a document out of a key's bucket (nothing when it is not there).</summary>
    public void Remove(long key, ulong document)
    {
        if (Delete(key, document))
        {
            _journal.Add((key, document, false));
        }
    }

    /// <summary>
    /// The documents filed under any of the keys, those under the most keys first (then the smallest id), at most
    /// <paramref name="take"/>; and the keys holding <paramref name="capacity"/> documents or more.
    /// </summary>
    public (List<string> Candidates, HashSet<long> FullKeys) Candidates(long[] keys, int take, int capacity)
    {
        var shared = new Dictionary<ulong, int>();
        var full = new HashSet<long>();
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (Array.IndexOf(keys, key) < i)
            {
                continue; // a key seen already
            }

            if (_single.TryGetValue(key, out var only))
            {
                if (capacity <= 1)
                {
                    full.Add(key);
                }

                shared[only] = shared.GetValueOrDefault(only) + 1;
                continue;
            }

            if (!_shared.TryGetValue(key, out var bucket))
            {
                continue;
            }

            if (bucket.Length >= capacity)
            {
                full.Add(key);
            }

            foreach (var document in bucket)
            {
                shared[document] = shared.GetValueOrDefault(document) + 1;
            }
        }

        return (Best(shared, take), full);
    }

    /// <summary>The changes of the transaction are kept: the journal is emptied.</summary>
    public void Commit() => _journal.Clear();

    /// <summary>The changes of the transaction are undone, newest first.</summary>
    public void Rollback()
    {
        for (var i = _journal.Count - 1; i >= 0; i--)
        {
            var (key, document, added) = _journal[i];
            _ = added ? Delete(key, document) : Insert(key, document);
        }

        _journal.Clear();
    }

    /// <summary>Adds a row as read from the table, outside any transaction.</summary>
    public void Load(long key, ulong document) => Insert(key, document);

    /// <summary>The <paramref name="take"/> documents sharing most keys (then the smallest id), in that order, by insertion into a short sorted list.</summary>
    private static List<string> Best(Dictionary<ulong, int> shared, int take)
    {
        var best = new List<(ulong Document, int Keys)>(take + 1);
        foreach (var (document, keys) in shared)
        {
            var at = best.Count;
            while (at > 0 && (best[at - 1].Keys < keys || (best[at - 1].Keys == keys && best[at - 1].Document > document)))
            {
                at--;
            }

            if (at < take)
            {
                best.Insert(at, (document, keys));
                if (best.Count > take)
                {
                    best.RemoveAt(take);
                }
            }
        }

        var ids = new List<string>(best.Count);
        foreach (var (document, _) in best)
        {
            ids.Add(IdText(document));
        }

        return ids;
    }

    private bool Insert(long key, ulong document)
    {
        if (_shared.TryGetValue(key, out var bucket))
        {
            if (Array.IndexOf(bucket, document) >= 0)
            {
                return false;
            }

            _shared[key] = [.. bucket, document];
        }
        else if (_single.TryGetValue(key, out var only))
        {
            if (only == document)
            {
                return false;
            }

            _single.Remove(key);
            _shared.Add(key, [only, document]);
        }
        else
        {
            _single.Add(key, document);
        }

        Rows++;
        return true;
    }

    private bool Delete(long key, ulong document)
    {
        if (_single.TryGetValue(key, out var only))
        {
            if (only != document)
            {
                return false;
            }

            _single.Remove(key);
        }
        else if (_shared.TryGetValue(key, out var bucket) && Array.IndexOf(bucket, document) >= 0)
        {
            if (bucket.Length == 2)
            {
                _shared.Remove(key);
                _single.Add(key, bucket[0] == document ? bucket[1] : bucket[0]);
            }
            else
            {
                _shared[key] = [.. bucket.Where(d => d != document)];
            }
        }
        else
        {
            return false;
        }

        Rows--;
        return true;
    }
}
