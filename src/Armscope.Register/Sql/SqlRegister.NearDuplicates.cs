using System.Data.Common;
using Armscope.Register.Duplicates;

namespace Armscope.Register.Sql;

/// <summary>Copies of documents: exact and near ones recorded as sources, near duplicates found by their signatures' band keys.</summary>
public abstract partial class SqlRegister
{
    /// <summary>Documents signed in one transaction when a register from before signatures is opened.</summary>
    private const int SigningPageSize = 500;

    private const string SourceSelect = """
        SELECT s.document_id, s.name, s.title, s.published, s.source,
               CASE WHEN s.content_hash IS NULL OR s.content_hash = d.content_hash THEN 0 ELSE 1 END
        FROM document_sources s JOIN documents d ON d.id = s.document_id
        """;

    private const string SourceOrder = "ORDER BY s.document_id, s.name, coalesce(s.source, ''), coalesce(s.title, ''), coalesce(s.published, '')";

    private static readonly NearDuplicateDetector Detector = NearDuplicateDetector.Default;

    /// <summary>
    /// Band lookups made in SQL before the band table is read into memory: an ingest of a few documents into a large
    /// register does not pay for reading it.
    /// </summary>
    private const int LookupsBeforeBandIndex = 1000;

    /// <summary>Stored signatures in brief, read by the writer only: most candidates are ruled out without a read.</summary>
    private readonly SignatureDigests _digests = new(Detector.HashFunctions);

    /// <summary>The band table in memory, while this register is its only writer; null before it is read and for good once another writer is seen.</summary>
    private BandIndex? _bandIndex;

    /// <summary>The back end's change counter when the band index was last known to match the table.</summary>
    private long _bandIndexVersion;

    private int _lookupsInSql;

    /// <summary>Whether band lookups are answered in memory: for tests.</summary>
    internal bool KeepsBandsInMemory => _bandIndex is not null;

    /// <summary>Set once the band index cannot be kept: the back end has other writers or ids it cannot hold.</summary>
    private bool _bandIndexOff;

    /// <summary>
    /// Most documents filed under one band key. Text that many documents share (boilerplate, templates) fills some buckets;
    /// a full bucket takes no more, so a lookup reads at most this many entries a key however large the register grows.
    /// Near copies share many keys, so one lost to a full bucket hardly matters.
    /// </summary>
    private const int BucketCapacity = 16;

    /// <summary>
    /// Candidates whose signatures are compared: those sharing the most band keys. A near copy shares many; documents that
    /// only share a template or boilerplate share one or two, and comparing them all would cost a read each.
    /// </summary>
    private const int CandidatesCompared = 8;

    /// <summary>Every document filed under any of the keys: an index range per key, never a scan.</summary>
    private static readonly string CandidateSelect = $"SELECT band_key, document_id FROM near_duplicate_bands WHERE band_key IN ({BandParameters()})";

    /// <summary>The signatures of up to <see cref="CandidatesCompared"/> documents (unused slots hold an id no document has).</summary>
    private static readonly string SignatureSelect =
        $"SELECT id, minhash FROM documents WHERE minhash IS NOT NULL AND id IN ({string.Join(", ", Enumerable.Range(0, CandidatesCompared).Select(i => $"@c{i}"))})";

    private static readonly string BandInsert =
        $"INSERT INTO near_duplicate_bands (band_key, document_id) VALUES {string.Join(", ", Enumerable.Range(0, Detector.Bands).Select(i => $"(@b{i}, @document)"))} ON CONFLICT DO NOTHING";

    /// <summary>A stored text's document, and whether the text is a near copy of it rather than its own.</summary>
    private sealed record StoredCopy(string DocumentId, bool NearCopy);

    /// <summary>A stored document that a new text is a near duplicate of.</summary>
    private sealed record NearMatch(string Id, DateOnly? Published, NearDuplicateSignature Signature);

    /// <summary>What a signature's band keys found: stored documents with close signatures, and the keys whose buckets are full.</summary>
    private sealed record BandLookup(long[] Keys, IReadOnlyList<(string Id, NearDuplicateSignature Signature)> Close, IReadOnlySet<long> FullKeys);

    /// <summary>A copy's name, source, title and publication day as stored.</summary>
    private sealed record CopyLabels(string Name, string? Source, string? Title, string? Published);

    /// <summary>What withdrawing a stored document took away: its records, the deals they were in and its copies.</summary>
    private sealed record Withdrawn(string DocumentId, int Transfers, IReadOnlyList<string> DealIds, IReadOnlyList<(CopyLabels Labels, string ContentHash)> Sources);

    /// <summary>A register just opened, with its older documents signed; closed again if signing fails.</summary>
    protected static TRegister WithSignedDocuments<TRegister>(TRegister register)
        where TRegister : SqlRegister
    {
        try
        {
            register.SignUnsignedDocuments();
            return register;
        }
        catch
        {
            register.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>
    /// Signs the documents stored before registers kept signatures, so later copies of them are recognised too. Called
    /// once on opening; a page at a time, so an interrupted run leaves the rest for the next.
    /// </summary>
    /// <remarks>Documents stored before keep their own records even where they are near duplicates of each other.</remarks>
    private void SignUnsignedDocuments()
    {
        if (Command("SELECT 1 FROM unsigned_documents LIMIT 1").ExecuteScalar() is null)
        {
            return;
        }

        while (true)
        {
            using var transaction = BeginWrite(_connection);
            _transaction = transaction;
            try
            {
                LockWriters(_connection, transaction);
                var page = new List<(string Id, string? Text)>();
                using (var reader = Command(
                    "SELECT u.document_id, d.text FROM unsigned_documents u LEFT JOIN documents d ON d.id = u.document_id ORDER BY u.document_id LIMIT @n",
                    ("@n", SigningPageSize)).ExecuteReader())
                {
                    while (reader.Read())
                    {
                        page.Add((reader.GetString(0), NullableString(reader, 1)));
                    }
                }

                if (page.Count == 0)
                {
                    return;
                }

                foreach (var (id, text) in page)
                {
                    if (text is not null && Detector.Signature(text) is { } signature)
                    {
                        Command("UPDATE documents SET minhash = @minhash WHERE id = @id", ("@minhash", signature.ToBytes()), ("@id", id)).ExecuteNonQuery();
                        FileBands(id, LookUp(signature));
                    }

                    Command("DELETE FROM unsigned_documents WHERE document_id = @id", ("@id", id)).ExecuteNonQuery();
                }

                transaction.Commit();
            }
            finally
            {
                _transaction = null;
            }
        }
    }

    /// <summary>The document holding this text: its own, or one it was recorded as a near copy of; null when unknown.</summary>
    private StoredCopy? StoredCopyOf(string contentHash)
    {
        // A document's own text first, found by its id (the hash's prefix); only near copies' source rows carry a hash.
        using var reader = Command(
            """
            SELECT id, 0 FROM documents WHERE id = @id AND content_hash = @hash
            UNION ALL
            SELECT document_id, 1 FROM document_sources WHERE content_hash = @hash
            ORDER BY 2 LIMIT 1
            """,
            ("@id", ContentHash.DocumentIdOrSelf(contentHash)),
            ("@hash", contentHash)).ExecuteReader();
        return reader.Read() ? new StoredCopy(reader.GetString(0), reader.GetInt32(1) == 1) : null;
    }

    /// <summary>
    /// A number that changes whenever another connection commits to the register, read inside the write transaction;
    /// null where the back end cannot tell, which keeps every band lookup in SQL.
    /// </summary>
    protected virtual long? ChangeCounter(DbConnection connection, DbTransaction transaction) => null;

    /// <summary>
    /// Inside a write transaction, before any lookup: brings the band index in line with the table. It is read once
    /// enough lookups were made in SQL, and dropped for good when another writer has committed since this one last did.
    /// </summary>
    private void SyncBandIndex(DbTransaction transaction)
    {
        if (_bandIndexOff || (_bandIndex is null && _lookupsInSql < LookupsBeforeBandIndex))
        {
            return;
        }

        if (ChangeCounter(_connection, transaction) is not { } version || (_bandIndex is not null && version != _bandIndexVersion))
        {
            (_bandIndex, _bandIndexOff) = (null, true);
            return;
        }

        _bandIndexVersion = version;
        _bandIndex ??= ReadBandIndex();
        _bandIndexOff = _bandIndex is null;
    }

    /// <summary>The whole band table; null when it holds an id the index cannot.</summary>
    private BandIndex? ReadBandIndex()
    {
        var index = new BandIndex();
        using var reader = Command("SELECT band_key, document_id FROM near_duplicate_bands").ExecuteReader();
        while (reader.Read())
        {
            if (!BandIndex.TryParseId(reader.GetString(1), out var id))
            {
                return null;
            }

            index.Load(reader.GetInt64(0), id);
        }

        return index;
    }

    /// <summary>The documents filed under the keys, those under most keys first (then the smallest id), and the keys whose buckets are full.</summary>
    private (List<string> Candidates, HashSet<long> FullKeys) BandCandidates(long[] keys)
    {
        if (_bandIndex is { } index)
        {
            return index.Candidates(keys, CandidatesCompared, BucketCapacity);
        }

        _lookupsInSql++;
        var filed = new Dictionary<long, int>();
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var reader = Command(CandidateSelect, BandArguments(keys, null)).ExecuteReader())
        {
            while (reader.Read())
            {
                var key = reader.GetInt64(0);
                var id = reader.GetString(1);
                filed[key] = filed.GetValueOrDefault(key) + 1;
                shared[id] = shared.GetValueOrDefault(id) + 1;
            }
        }

        var candidates = shared.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(CandidatesCompared).Select(c => c.Key).ToList();
        return (candidates, filed.Where(f => f.Value >= BucketCapacity).Select(f => f.Key).ToHashSet());
    }

    /// <summary>Reads the buckets of the signature's band keys; keeps the candidates sharing most keys whose signatures are close.</summary>
    private BandLookup LookUp(NearDuplicateSignature signature)
    {
        var keys = Detector.BandKeys(signature);
        var (candidates, fullKeys) = BandCandidates(keys);
        var close = new List<(string, NearDuplicateSignature)>();
        var compared = new List<string>(candidates.Count);
        foreach (var id in candidates)
        {
            if (_digests.MayReach(id, signature, Detector.CandidateBound) != false)
            {
                compared.Add(id);
            }
        }

        if (compared.Count > 0)
        {
            var args = Enumerable.Range(0, CandidatesCompared).Select(i => ($"@c{i}", (object?)(i < compared.Count ? compared[i] : ""))).ToArray();
            using var reader = Command(SignatureSelect, args).ExecuteReader();
            while (reader.Read())
            {
                var (id, candidate) = (reader.GetString(0), NearDuplicateSignature.FromBytes(reader.GetFieldValue<byte[]>(1)));
                _digests.Add(id, candidate);
                if (Detector.MayBeNearDuplicates(signature, candidate))
                {
                    close.Add((id, candidate));
                }
            }

        }

        return new BandLookup(keys, close, fullKeys);
    }

    /// <summary>
    /// The stored document this text is a near duplicate of: of the close candidates, the one whose text is most similar
    /// (ties to the smallest id), if at least the threshold; else null.
    /// </summary>
    private NearMatch? FindNearDuplicate(string text, BandLookup lookup)
    {
        NearMatch? best = null;
        var bestSimilarity = 0.0;
        foreach (var (id, signature) in lookup.Close.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            using var reader = Command("SELECT text, published FROM documents WHERE id = @id", ("@id", id)).ExecuteReader();
            if (!reader.Read())
            {
                continue;
            }

            // Ids in order and a strict comparison: of equally similar texts, the smallest id wins.
            var similarity = Detector.Similarity(text, reader.GetString(0));
            if (similarity >= Detector.Threshold && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (new NearMatch(id, StoredForm.DayOrNull(NullableString(reader, 1)), signature), similarity);
            }
        }

        return best;
    }

    /// <summary>Files a stored document under its signature's band keys, but not in full buckets.</summary>
    private void FileBands(string documentId, BandLookup lookup)
    {
        if (_bandIndex is { } index && BandIndex.TryParseId(documentId, out var id))
        {
            foreach (var key in lookup.Keys.Where(k => !lookup.FullKeys.Contains(k)))
            {
                index.Add(key, id);
            }
        }
        else if (_bandIndex is not null)
        {
            // An id the index cannot hold: the table alone is right from now on.
            (_bandIndex, _bandIndexOff) = (null, true);
        }

        if (lookup.FullKeys.Count == 0)
        {
            Command(BandInsert, BandArguments(lookup.Keys, documentId)).ExecuteNonQuery();
            return;
        }

        foreach (var key in lookup.Keys.Where(k => !lookup.FullKeys.Contains(k)))
        {
            Command(
                "INSERT INTO near_duplicate_bands (band_key, document_id) VALUES (@key, @document) ON CONFLICT DO NOTHING",
                ("@key", key),
                ("@document", documentId)).ExecuteNonQuery();
        }
    }

    /// <summary>Whether a new copy comes before a stored one: earlier published (undated last), then the smaller id, as records sort.</summary>
    private static bool RanksBefore(DateOnly? published, string documentId, NearMatch stored) =>
        string.CompareOrdinal(DealMerger.OrderKey(published, documentId, 0), DealMerger.OrderKey(stored.Published, stored.Id, 0)) < 0;

    /// <summary>
    /// Takes a stored document out so that an earlier copy of the same story can take its place: its records leave their
    /// deals (each re-derived from the records left), its band keys and row go; its copies are returned for the new document.
    /// </summary>
    private Withdrawn Withdraw(NearMatch stored)
    {
        var id = stored.Id;
        var deals = new List<string>();
        using (var reader = Command("SELECT DISTINCT deal_id FROM transfers WHERE document_id = @id ORDER BY deal_id", ("@id", id)).ExecuteReader())
        {
            while (reader.Read())
            {
                deals.Add(reader.GetString(0));
            }
        }

        var transfers = Command("DELETE FROM transfers WHERE document_id = @id", ("@id", id)).ExecuteNonQuery();
        foreach (var dealId in deals)
        {
            RebuildDeal(dealId);
        }

        var sources = new List<(CopyLabels, string)>();
        using (var reader = Command(
            """
            SELECT s.name, s.source, s.title, s.published, coalesce(s.content_hash, d.content_hash)
            FROM document_sources s JOIN documents d ON d.id = s.document_id
            WHERE s.document_id = @id
            """,
            ("@id", id)).ExecuteReader())
        {
            while (reader.Read())
            {
                sources.Add((new CopyLabels(reader.GetString(0), NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3)), reader.GetString(4)));
            }
        }

        Command("DELETE FROM document_sources WHERE document_id = @id", ("@id", id)).ExecuteNonQuery();
        var keys = Detector.BandKeys(stored.Signature);
        Command($"DELETE FROM near_duplicate_bands WHERE document_id = @document AND band_key IN ({BandParameters()})", BandArguments(keys, id)).ExecuteNonQuery();
        if (_bandIndex is { } index && BandIndex.TryParseId(id, out var number))
        {
            foreach (var key in keys)
            {
                index.Remove(key, number);
            }
        }

        Command("DELETE FROM documents WHERE id = @id", ("@id", id)).ExecuteNonQuery();
        return new Withdrawn(id, transfers, deals, sources);
    }

    /// <summary>Every copy of a withdrawn document becomes a near copy of the one that replaced it.</summary>
    private void AdoptSources(string documentId, Withdrawn withdrawn)
    {
        foreach (var (labels, contentHash) in withdrawn.Sources)
        {
            InsertSource(documentId, labels, contentHash, nearCopy: true);
        }
    }

    /// <summary>
    /// Re-derives a deal from the records it has left: its events replayed record by record (each aggregate is a count, a
    /// minimum or a first by record order, so replaying gives what ingesting them did), then its summary; gone when none are left.
    /// </summary>
    private void RebuildDeal(string dealId)
    {
        var records = ReadRecords(Command($"{RecordSelect} WHERE t.deal_id = @id", ("@id", dealId)));
        Command("DELETE FROM deal_events WHERE deal_id = @deal", ("@deal", dealId)).ExecuteNonQuery();
        if (records.Count == 0)
        {
            Command("DELETE FROM deals WHERE id = @id", ("@id", dealId)).ExecuteNonQuery();
            return;
        }

        foreach (var r in records)
        {
            UpsertEvent(dealId, r.Transfer, r.Document.Published, DealMerger.OrderKey(r.Document.Published, r.Document.Id, r.Ordinal));
        }

        var first = records.Min(DealMerger.RecordOrder)!;
        var deal = DealMerger.Summarise(
            DealKey.For(first.Transfer),
            DealIdentity.Of(first.Transfer),
            ReadEvents(dealId),
            records.Count,
            records.Select(r => r.Document.Id).Distinct(StringComparer.Ordinal).Count());
        UpsertDeal(deal, DealMerger.OrderKey(first.Document.Published, first.Document.Id, first.Ordinal));
    }

    private static string BandParameters() => string.Join(", ", Enumerable.Range(0, Detector.Bands).Select(i => $"@b{i}"));

    private static (string Name, object? Value)[] BandArguments(long[] keys, string? documentId)
    {
        var args = keys.Select((key, i) => ($"@b{i}", (object?)key));
        return documentId is null ? [.. args] : [.. args, ("@document", documentId)];
    }

    private static List<DocumentSource> ReadSources(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var sources = new List<DocumentSource>();
        while (reader.Read())
        {
            sources.Add(new DocumentSource(
                reader.GetString(0),
                reader.GetString(1),
                NullableString(reader, 2),
                StoredForm.DayOrNull(NullableString(reader, 3)),
                NullableString(reader, 4),
                reader.GetInt32(5) == 1));
        }

        return sources;
    }
}
