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
    private readonly Dictionary<long, ulong[]> _buckets = [];
    private readonly List<(long Key, ulong Document, bool Added)> _journal = [];

    /// <summary>Band rows held.</summary>
    public int Rows { get; private set; }

    /// <summary>A register id as the number kept; false for any other string, which this index cannot hold.</summary>
    public static bool TryParseId(string documentId, out ulong id) =>
        ulong.TryParse(documentId, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out id) && IdText(id) == documentId;

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
        foreach (var key in keys.Distinct())
        {
            if (!_buckets.TryGetValue(key, out var bucket))
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

        var candidates = shared.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(take).Select(c => IdText(c.Key)).ToList();
        return (candidates, full);
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

    private bool Insert(long key, ulong document)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            _buckets.Add(key, [document]);
        }
        else if (Array.IndexOf(bucket, document) >= 0)
        {
            return false;
        }
        else
        {
            _buckets[key] = [.. bucket, document];
        }

        Rows++;
        return true;
    }

    private bool Delete(long key, ulong document)
    {
        if (!_buckets.TryGetValue(key, out var bucket) || Array.IndexOf(bucket, document) < 0)
        {
            return false;
        }

        if (bucket.Length == 1)
        {
            _buckets.Remove(key);
        }
        else
        {
            _buckets[key] = [.. bucket.Where(d => d != document)];
        }

        Rows--;
        return true;
    }
}
