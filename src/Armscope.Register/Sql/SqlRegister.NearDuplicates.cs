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
        $"SELECT d.id, d.minhash FROM documents d WHERE d.id IN (SELECT b.document_id FROM near_duplicate_bands b WHERE b.band_key IN ({BandParameters()}))";

    private static readonly string BandInsert =
        $"INSERT INTO near_duplicate_bands (band_key, document_id) VALUES {string.Join(", ", Enumerable.Range(0, Detector.Bands).Select(i => $"(@b{i}, @document)"))} ON CONFLICT DO NOTHING";

    /// <summary>A stored text's document, and whether the text is a near copy of it rather than its own.</summary>
    private sealed record StoredCopy(string DocumentId, bool NearCopy);

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
                LockNearDuplicateLookup(_connection, transaction);
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
    private string? FindNearDuplicate(string text, NearDuplicateSignature signature)
    {
        var keys = Detector.BandKeys(signature);
        var close = new List<string>();
        using (var reader = Command(CandidateSelect, BandArguments(keys, null)).ExecuteReader())
        {
            while (reader.Read())
            {
                if (!reader.IsDBNull(1) && reader.GetFieldValue<byte[]>(1) is { Length: > 0 } stored
                    && Detector.MayBeNearDuplicates(signature, NearDuplicateSignature.FromBytes(stored)))
                {
                    close.Add(reader.GetString(0));
                }
            }
        }

        string? best = null;
        var bestSimilarity = 0.0;
        foreach (var id in close.Order(StringComparer.Ordinal))
        {
            if (Command("SELECT text FROM documents WHERE id = @id", ("@id", id)).ExecuteScalar() is not string candidate)
            {
                continue;
            }

            // Ids in order and a strict comparison: of equally similar texts, the smallest id wins.
            var similarity = Detector.Similarity(text, candidate);
            if (similarity >= Detector.Threshold && similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (id, similarity);
            }
        }

        return best;
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
