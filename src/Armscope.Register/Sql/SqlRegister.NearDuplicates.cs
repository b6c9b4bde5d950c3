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

    /// <summary>Candidates sharing any band key, with their signatures: an index lookup per key, never a scan.</summary>
    private static readonly string CandidateSelect =
        $"SELECT d.id, d.minhash, d.published FROM documents d WHERE d.id IN (SELECT b.document_id FROM near_duplicate_bands b WHERE b.band_key IN ({BandParameters()}))";

    private static readonly string BandInsert =
        $"INSERT INTO near_duplicate_bands (band_key, document_id) VALUES {string.Join(", ", Enumerable.Range(0, Detector.Bands).Select(i => $"(@b{i}, @document)"))} ON CONFLICT DO NOTHING";

    /// <summary>A stored text's document, and whether the text is a near copy of it rather than its own.</summary>
    private sealed record StoredCopy(string DocumentId, bool NearCopy);

    /// <summary>A stored document that a new text is a near duplicate of.</summary>
    private sealed record NearMatch(string Id, DateOnly? Published, NearDuplicateSignature Signature);

    /// <summary>A copy's name, source, title and publication day as stored.</summary>
    private sealed record CopyLabels(string Name, string? Source, string? Title, string? Published);

    /// <summary>What withdrawing a stored document took away: its records, the deals they were in and its copies.</summary>
    private sealed record Withdrawn(string DocumentId, int Transfers, IReadOnlyList<string> DealIds, IReadOnlyList<(CopyLabels Labels, string ContentHash)> Sources);

    /// <summary>
    /// Signs the documents stored before registers kept signatures, so later copies of them are recognised too. Called
    /// once on opening; a page at a time, so an interrupted run leaves the rest for the next.
    /// </summary>
    /// <remarks>Documents stored before keep their own records even where they are near duplicates of each other.</remarks>
    protected void SignUnsignedDocuments()
    {
        if (Command("SELECT 1 FROM documents WHERE minhash IS NULL LIMIT 1").ExecuteScalar() is null)
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
                var page = new List<(string Id, string Text)>();
                using (var reader = Command("SELECT id, text FROM documents WHERE minhash IS NULL ORDER BY id LIMIT @n", ("@n", SigningPageSize)).ExecuteReader())
                {
                    while (reader.Read())
                    {
                        page.Add((reader.GetString(0), reader.GetString(1)));
                    }
                }

                if (page.Count == 0)
                {
                    return;
                }

                foreach (var (id, text) in page)
                {
                    var signature = Detector.Signature(text);
                    Command("UPDATE documents SET minhash = @minhash WHERE id = @id", ("@minhash", StoredSignature(signature)), ("@id", id)).ExecuteNonQuery();
                    if (signature is not null)
                    {
                        InsertBands(id, signature);
                    }
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
        // A document's own text first: an exact copy's source row carries the same hash.
        using var reader = Command(
            """
            SELECT id, 0 FROM documents WHERE content_hash = @hash
            UNION ALL
            SELECT document_id, 1 FROM document_sources WHERE content_hash = @hash
            ORDER BY 2 LIMIT 1
            """,
            ("@hash", contentHash)).ExecuteReader();
        return reader.Read() ? new StoredCopy(reader.GetString(0), reader.GetInt32(1) == 1) : null;
    }

    /// <summary>
    /// The stored document this text is a near duplicate of: of the candidates sharing a band key whose signatures are
    /// close, the one whose text is most similar (ties to the smallest id), if at least the threshold; else null.
    /// </summary>
    private NearMatch? FindNearDuplicate(string text, NearDuplicateSignature signature)
    {
        var keys = Detector.BandKeys(signature);
        var close = new List<NearMatch>();
        using (var reader = Command(CandidateSelect, BandArguments(keys, null)).ExecuteReader())
        {
            while (reader.Read())
            {
                if (!reader.IsDBNull(1) && reader.GetFieldValue<byte[]>(1) is { Length: > 0 } stored
                    && NearDuplicateSignature.FromBytes(stored) is var candidate
                    && Detector.MayBeNearDuplicates(signature, candidate))
                {
                    close.Add(new NearMatch(reader.GetString(0), StoredForm.DayOrNull(NullableString(reader, 2)), candidate));
                }
            }
        }

        NearMatch? best = null;
        var bestSimilarity = 0.0;
        foreach (var match in close.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (Command("SELECT text FROM documents WHERE id = @id", ("@id", match.Id)).ExecuteScalar() is not string candidate)
            {
                continue;
            }

            // Ids in order and a strict comparison: of equally similar texts, the smallest id wins.
            var similarity = Detector.Similarity(text, candidate);
            if (similarity >= Detector.Threshold && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (match, similarity);
            }
        }

        return best;
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
        Command($"DELETE FROM near_duplicate_bands WHERE document_id = @document AND band_key IN ({BandParameters()})", BandArguments(Detector.BandKeys(stored.Signature), id)).ExecuteNonQuery();
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

    private void InsertBands(string documentId, NearDuplicateSignature signature) =>
        Command(BandInsert, BandArguments(Detector.BandKeys(signature), documentId)).ExecuteNonQuery();

    /// <summary>The signature as stored: its bytes, or none for a text too short to judge.</summary>
    private static byte[] StoredSignature(NearDuplicateSignature? signature) => signature?.ToBytes() ?? [];

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
