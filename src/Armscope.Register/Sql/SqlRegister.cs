using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Armscope.Core.Vocabulary;
using Armscope.Register.Duplicates;
using Armscope.Register.Pipeline;

namespace Armscope.Register.Sql;

/// <summary>
/// The register over one ADO.NET connection: every query and the incremental merge, written once in SQL that SQLite
/// and PostgreSQL both read. A back end supplies the connection, how it prepares commands, how it locks deals
/// against other writers and how it opens a read snapshot for exports.
/// </summary>
public abstract partial class SqlRegister : IBatchRegister
{
    private const int ExportPageSize = 500;

    private const string DocumentColumns = "d.id, d.name, d.title, d.published, d.source, d.content_hash, d.ingested_at";

    private const string RecordSelect = $"""
        SELECT {DocumentColumns},
               t.ordinal, t.deal_id, t.supplier, t.supplier_name, t.recipient, t.recipient_name, t.system, t.category,
               t.status, t.modality, t.event_date, t.quantity, t.value_amount, t.value_currency,
               t.evidence, t.evidence_start, t.evidence_end, t.confidence
        FROM transfers t JOIN documents d ON d.id = t.document_id
        """;

    private const string DealSelect = """
        SELECT id, merge_key, supplier, supplier_name, recipient, recipient_name, system, category, status,
               first_seen, last_seen, quantity, value_amount, value_currency, records, documents
        FROM deals
        """;

    private readonly DbConnection _connection;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly Lazy<ContentLookup?> _lookup;
    private DbTransaction? _transaction;

    /// <param name="connection">An open connection to a register at the current schema; the register owns it.</param>
    protected SqlRegister(DbConnection connection, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        _lookup = new(() => OpenLookupConnection() is { } lookup ? new ContentLookup(lookup, Prepare) : null, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Prepares a new command once, before its first use; parameters are already added, without values.</summary>
    protected virtual void Prepare(DbCommand command)
    {
    }

    /// <summary>
    /// Inside the open write transaction, before any row is written: holds off every other writer of these deals
    /// (ids in ordinal order, so two writers never wait on each other) until the transaction ends.
    /// </summary>
    protected virtual void LockDeals(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> dealIds)
    {
    }

    /// <summary>
    /// Opens another connection to the register for content lookups from other threads, which then need not wait for
    /// the writer's batch; null (the default) to make them on the register's own connection, in turn with the writer.
    /// </summary>
    protected virtual DbConnection? OpenLookupConnection() => null;

    /// <summary>Opens a second connection in a read-only transaction that sees one consistent state of the register.</summary>
    protected abstract Task<(DbConnection Connection, DbTransaction Transaction)> OpenSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Inside the open write transaction, before anything is read: holds off every other writer of documents until the
    /// transaction ends. A near-duplicate lookup must see every document stored before it (two near copies stored at the
    /// same moment would miss each other), and replacing a stored copy re-derives deals that no deal lock was taken for.
    /// A back end with one writer at a time needs nothing more.
    /// </summary>
    protected virtual void LockWriters(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>Told after each batch is committed, on the writer's thread, outside the transaction.</summary>
    protected virtual void BatchCommitted()
    {
    }

    /// <summary>Starts the write transaction in which one document or one batch is stored.</summary>
    protected virtual DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    public async Task<IngestResult> IngestAsync(Document document, IReadOnlyList<Transfer> transfers, CancellationToken cancellationToken = default) =>
        (await IngestBatchAsync([new DocumentTransfers(document, transfers)], cancellationToken))[0];

    public async Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IReadOnlyList<DocumentTransfers> batch, CancellationToken cancellationToken = default)
    {
        var prepared = batch.Select(PreparedDocument.Of).ToList();
        var dealIds = prepared.SelectMany(p => p.DealIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var transaction = BeginWrite(_connection);
            _transaction = transaction;
            try
            {
                LockWriters(_connection, transaction);
                LockDeals(_connection, transaction, dealIds);
                SyncBandIndex(transaction);
                var results = prepared.Select(Store).ToList();
                transaction.Commit();
                _bandIndex?.Commit();
                BatchCommitted();
                return results;
            }
            catch
            {
                _bandIndex?.Rollback();
                throw;
            }
            finally
            {
                _transaction = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Records a copy of stored content, or of a near copy already recorded, under its own name, source and title;
    /// false, writing nothing, when the content is not stored.
    /// </summary>
    public Task<bool> RecordCopyAsync(Document document, CancellationToken cancellationToken = default) =>
        RecordCopyAsync(document, ContentHash.Of(document.Text), cancellationToken);

    /// <param name="hash">The text's <see cref="ContentHash.Of"/>.</param>
    public Task<bool> RecordCopyAsync(Document document, string hash, CancellationToken cancellationToken = default)
    {
        if (_lookup.Value is { } lookup && !lookup.IsStored(hash))
        {
            return Task.FromResult(false);
        }

        return Locked(cancellationToken, () =>
        {
            if (StoredCopyOf(hash) is null)
            {
                return false;
            }

            using var transaction = BeginWrite(_connection);
            _transaction = transaction;
            try
            {
                // Looked up again inside the transaction: what it finds stays true until the commit.
                var stored = StoredCopyOf(hash)!;
                InsertCopy(stored.DocumentId, document, hash, stored.NearCopy);
                ShowFirstCopy(stored.DocumentId);
                transaction.Commit();
                return true;
            }
            finally
            {
                _transaction = null;
            }
        });
    }

    /// <remarks>Also true for the text of a near copy recorded as a source of a stored document.</remarks>
    public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default) =>
        _lookup.Value is { } lookup
            ? Task.FromResult(lookup.IsStored(contentHash))
            : Locked(cancellationToken, () => StoredCopyOf(contentHash) is not null);

    public Task<IReadOnlyList<Deal>> FindDealsAsync(DealQuery query, CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () =>
        {
            var where = new List<string>();
            var args = new List<(string, object?)>();
            if (query.Supplier is { } supplier)
            {
                where.Add("(lower(supplier) = lower(@supplier) OR lower(supplier_name) = lower(@supplier))");
                args.Add(("@supplier", supplier.Trim()));
            }

            if (query.Recipient is { } recipient)
            {
                where.Add("(lower(recipient) = lower(@recipient) OR lower(recipient_name) = lower(@recipient))");
                args.Add(("@recipient", recipient.Trim()));
            }

            if (query.System is { } system)
            {
                // The key itself, or a longer key that does not continue a number (f35 finds f35a, f1 does not find f16).
                var key = DealKey.SystemKey(system);
                var noDigitAfter = key.Length > 0 && char.IsAsciiDigit(key[^1])
                    ? " AND substr(system_key, length(@system) + 1, 1) NOT BETWEEN '0' AND '9'"
                    : "";
                where.Add($"(system_key = @system OR (substr(system_key, 1, length(@system)) = @system{noDigitAfter}))");
                args.Add(("@system", key));
            }

            if (query.Category is { } category)
            {
                where.Add("category = @category");
                args.Add(("@category", category.ToSpecName()));
            }

            if (query.Status is { } status)
            {
                where.Add("status = @status");
                args.Add(("@status", status.ToSpecName()));
            }

            if (query.Since is { } since)
            {
                where.Add("last_seen >= @since");
                args.Add(("@since", since.ToString("D4", CultureInfo.InvariantCulture)));
            }

            args.Add(("@limit", (long)query.Limit));
            args.Add(("@offset", (long)query.Offset));
            var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
            return (IReadOnlyList<Deal>)ReadDeals(Command(
                $"{DealSelect} {filter} ORDER BY last_seen DESC NULLS LAST, merge_key LIMIT @limit OFFSET @offset",
                [.. args]));
        });

    public Task<IReadOnlyList<string>> FindDealIdsAsync(string prefix, int limit, CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () =>
        {
            // Ids are lower-case hex, so "~" sorts after every id that starts with the prefix.
            var low = prefix.Trim().ToLowerInvariant();
            using var reader = Command(
                "SELECT id FROM deals WHERE id >= @low AND id < @high ORDER BY id LIMIT @limit",
                ("@low", low),
                ("@high", low + "~"),
                ("@limit", (long)limit)).ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return (IReadOnlyList<string>)ids;
        });

    public Task<DealDetail?> GetDealAsync(string dealId, CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () =>
        {
            var deal = ReadDeals(Command($"{DealSelect} WHERE id = @id", ("@id", dealId))).SingleOrDefault();
            if (deal is null)
            {
                return null;
            }

            var records = ReadRecords(Command($"{RecordSelect} WHERE t.deal_id = @id", ("@id", dealId)));
            var sources = ReadSources(Command($"{SourceSelect} WHERE s.document_id IN (SELECT t.document_id FROM transfers t WHERE t.deal_id = @id) {SourceOrder}", ("@id", dealId)));
            return new DealDetail(deal, DealMerger.Timeline(records)) { Sources = sources };
        });

    /// <remarks>Reads in pages from a snapshot on a connection of its own: the register stays free for other calls, and writers elsewhere change nothing of what is read.</remarks>
    public async IAsyncEnumerable<DealDetail> ReadAllDealsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (connection, transaction) = await OpenSnapshotAsync(cancellationToken);
        try
        {
            var after = "";
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var deals = ReadDeals(Fresh(connection, transaction, $"{DealSelect} WHERE merge_key > @after ORDER BY merge_key LIMIT @n", ("@after", after), ("@n", (long)ExportPageSize)));
                var records = ReadRecords(Fresh(
                        connection,
                        transaction,
                        $"{RecordSelect} WHERE t.deal_id IN (SELECT id FROM deals WHERE merge_key > @after ORDER BY merge_key LIMIT @n)",
                        ("@after", after),
                        ("@n", (long)ExportPageSize)))
                    .GroupBy(r => r.DealId, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
                var sources = ReadSources(Fresh(
                        connection,
                        transaction,
                        $"""
                        {SourceSelect}
                        WHERE s.document_id IN (SELECT t.document_id FROM transfers t WHERE t.deal_id IN (SELECT id FROM deals WHERE merge_key > @after ORDER BY merge_key LIMIT @n))
                        {SourceOrder}
                        """,
                        ("@after", after),
                        ("@n", (long)ExportPageSize)))
                    .ToLookup(s => s.DocumentId, StringComparer.Ordinal);
                foreach (var deal in deals)
                {
                    var dealRecords = records.GetValueOrDefault(deal.Id) ?? [];
                    var documents = dealRecords.Select(r => r.Document.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                    yield return new DealDetail(deal, DealMerger.Timeline(dealRecords)) { Sources = [.. documents.SelectMany(d => sources[d])] };
                }

                if (deals.Count < ExportPageSize)
                {
                    yield break;
                }

                after = deals[^1].MergeKey;
            }
        }
        finally
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    public Task<IReadOnlyList<StoredTransfer>> FindTransfersAsync(TransferQuery query, CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () =>
        {
            var where = new List<string>();
            var args = new List<(string, object?)>();
            if (query.DocumentId is { } documentId)
            {
                where.Add("t.document_id = @document");
                args.Add(("@document", documentId));
            }

            if (query.DealId is { } dealId)
            {
                where.Add("t.deal_id = @deal");
                args.Add(("@deal", dealId));
            }

            args.Add(("@limit", (long)query.Limit));
            args.Add(("@offset", (long)query.Offset));
            var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
            return (IReadOnlyList<StoredTransfer>)ReadRecords(Command($"{RecordSelect} {filter} ORDER BY t.document_id, t.ordinal LIMIT @limit OFFSET @offset", [.. args]));
        });

    public Task<IReadOnlyList<StoredDocument>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () =>
        {
            using var reader = Command(
                $"SELECT {DocumentColumns} FROM documents d ORDER BY d.published NULLS LAST, d.id LIMIT @limit OFFSET @offset",
                ("@limit", (long)query.Limit),
                ("@offset", (long)query.Offset)).ExecuteReader();
            var documents = new List<StoredDocument>();
            while (reader.Read())
            {
                documents.Add(ReadDocument(reader));
            }

            return (IReadOnlyList<StoredDocument>)documents;
        });

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () => Command("SELECT text FROM documents WHERE id = @id", ("@id", documentId)).ExecuteScalar() as string);

    public Task<RegisterCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Locked(cancellationToken, () =>
        {
            using var reader = Command("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM transfers), (SELECT count(*) FROM deals)").ExecuteReader();
            reader.Read();
            return new RegisterCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        });

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync();
            }

            _commands.Clear();
            if (_lookup.IsValueCreated)
            {
                _lookup.Value?.Dispose();
            }

            await _connection.DisposeAsync();
            await DisposeMoreAsync();
        }
        finally
        {
            _gate.Release();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what a back end holds besides the connection.</summary>
    protected virtual ValueTask DisposeMoreAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Stores one document of the open transaction; writers are held off. A text already stored, or recorded as a near
    /// copy, is one more copy of that document. Of near duplicates, the earliest published copy (then the smallest id) is
    /// the document whose records count, whatever order they arrive in: a later one becomes a source of it, an earlier
    /// one replaces it and the stored copy's records are withdrawn.
    /// </summary>
    private IngestResult Store(PreparedDocument prepared)
    {
        var (document, transfers, hash, documentId) = (prepared.Document, prepared.Transfers, prepared.Hash, prepared.DocumentId);
        if (StoredCopyOf(hash) is { } stored)
        {
            InsertCopy(stored.DocumentId, document, hash, stored.NearCopy);
            ShowFirstCopy(stored.DocumentId);
            return new IngestResult(IngestOutcome.Skipped, stored.DocumentId, 0, []);
        }

        Withdrawn? replaced = null;
        var lookup = prepared.Signature is { } signature ? LookUp(signature) : null;
        if (lookup is not null && FindNearDuplicate(document.Text, lookup) is { } original)
        {
            if (!RanksBefore(document.Published, documentId, original))
            {
                InsertCopy(original.Id, document, hash, nearCopy: true);
                return new IngestResult(IngestOutcome.Skipped, original.Id, 0, []) { NearDuplicate = true };
            }

            replaced = Withdraw(original);
        }

        var copyKey = InsertCopy(documentId, document, hash, nearCopy: false);
        if (!InsertDocument(documentId, hash, document, prepared.Signature))
        {
            // Stored by another ingester a moment ago (a guard: writers take turns): one more copy of it.
            ShowFirstCopy(documentId);
            return new IngestResult(IngestOutcome.Skipped, documentId, 0, []);
        }

        if (lookup is not null)
        {
            FileBands(documentId, lookup);
            _digests.Add(documentId, prepared.Signature!);
        }

        ShowFirstCopy(documentId, unlessOnly: copyKey);
        if (replaced is not null)
        {
            AdoptSources(documentId, replaced);
        }

        var byDeal = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < transfers.Count; i++)
        {
            var dealId = prepared.DealIds[i];
            InsertTransfer(documentId, i, dealId, transfers[i]);
            UpsertEvent(dealId, transfers[i], document.Published, DealMerger.OrderKey(document.Published, documentId, i));
            if (!byDeal.TryGetValue(dealId, out var ordinals))
            {
                byDeal.Add(dealId, ordinals = []);
            }

            ordinals.Add(i);
        }

        // Re-summarise each touched deal from its events. Every stored aggregate is a count, a minimum or a "first by
        // record order", so the result depends on the set of records only, never on the order documents arrived in.
        foreach (var (dealId, ordinals) in byDeal)
        {
            var first = transfers[ordinals[0]];
            var firstKey = DealMerger.OrderKey(document.Published, documentId, ordinals[0]);
            if (ReadDealHead(dealId) is not { } head)
            {
                // A new deal: its events are this document's records, known here without reading them back.
                var created = DealMerger.Summarise(DealKey.For(first), DealIdentity.Of(first), NewDealEvents(transfers, ordinals, document.Published), ordinals.Count, 1);
                UpsertDeal(created, firstKey);
                continue;
            }

            var earlier = string.CompareOrdinal(firstKey, head.FirstRecord) < 0;
            var deal = DealMerger.Summarise(
                DealKey.For(first),
                earlier ? DealIdentity.Of(first) : head.Identity,
                head.Events,
                head.Records + ordinals.Count,
                head.Documents + 1);
            UpdateDeal(deal, earlier ? firstKey : null, lastSeenChanged: StoredForm.Date(deal.LastSeen) != head.LastSeen);
        }

        if (replaced is null)
        {
            return new IngestResult(IngestOutcome.Added, documentId, transfers.Count, byDeal.Keys.ToList());
        }

        var touched = byDeal.Keys.Union(replaced.DealIds, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new IngestResult(IngestOutcome.Added, documentId, transfers.Count, touched)
        {
            NearDuplicate = true,
            Replaced = replaced.DocumentId,
            WithdrawnTransfers = replaced.Transfers,
        };
    }

    private bool InsertDocument(string id, string hash, Document document, NearDuplicateSignature? signature) =>
        Command(
            """
            INSERT INTO documents (id, name, source, title, published, content_hash, ingested_at, text, minhash)
            VALUES (@id, @name, @source, @title, @published, @hash, @ingested, @text, @minhash)
            ON CONFLICT (id) DO NOTHING
            """,
            ("@id", id),
            ("@name", StoredForm.Label(document.Id)),
            ("@source", StoredForm.LabelOrNull(document.Source)),
            ("@title", StoredForm.LabelOrNull(document.Title)),
            ("@published", StoredForm.Day(document.Published)),
            ("@hash", hash),
            ("@ingested", StoredForm.Instant(_clock.GetUtcNow())),
            ("@text", document.Text),
            ("@minhash", signature?.ToBytes())).ExecuteNonQuery() == 1;

    /// <param name="contentHash">The hash of the copy's own text.</param>
    /// <param name="nearCopy">True when that text is a near duplicate of the document's, not the same.</param>
    /// <returns>The copy's key.</returns>
    private string InsertCopy(string documentId, Document document, string contentHash, bool nearCopy) =>
        InsertSource(documentId, new CopyLabels(StoredForm.Label(document.Id), StoredForm.LabelOrNull(document.Source), StoredForm.LabelOrNull(document.Title), StoredForm.Day(document.Published)), contentHash, nearCopy);

    /// <remarks>An exact copy's row keeps no hash: it is its document's (schema 5).</remarks>
    private string InsertSource(string documentId, CopyLabels labels, string contentHash, bool nearCopy)
    {
        var (name, source, title, published) = labels;
        var key = CopyKey(name, source, title, published, nearCopy ? contentHash : null);
        Command(
            """
            INSERT INTO document_sources (document_id, copy_key, name, source, title, published, content_hash)
            VALUES (@document, @key, @name, @source, @title, @published, @hash)
            ON CONFLICT (document_id, copy_key) DO NOTHING
            """,
            ("@document", documentId),
            ("@key", key),
            ("@name", name),
            ("@source", source),
            ("@title", title),
            ("@published", published),
            ("@hash", nearCopy ? contentHash : null)).ExecuteNonQuery();
        return key;
    }

    /// <summary>
    /// Shows the document under its first exact copy in (name, source, title) order: the same whichever copy came first.
    /// Near copies never name it: their headline and source belong to another text.
    /// </summary>
    private void ShowFirstCopy(string documentId) =>
        Command(
            $"""
            UPDATE documents SET (name, source, title) = ({FirstCopySelect})
            WHERE id = @id AND EXISTS (
                SELECT 1 FROM document_sources s
                WHERE s.document_id = @id AND coalesce(s.content_hash, documents.content_hash) = documents.content_hash)
            """,
            ("@id", documentId)).ExecuteNonQuery();

    /// <summary>
    /// <see cref="ShowFirstCopy(string)"/> for a document just stored under the labels of its copy
    /// <paramref name="unlessOnly"/>: when that copy is its only one, the labels stored are already the first copy's,
    /// and the row (with its text) is not written again.
    /// </summary>
    private void ShowFirstCopy(string documentId, string unlessOnly) =>
        Command(
            $"""
            UPDATE documents SET (name, source, title) = ({FirstCopySelect})
            WHERE id = @id AND EXISTS (SELECT 1 FROM document_sources s WHERE s.document_id = @id AND s.copy_key <> @key)
            """,
            ("@id", documentId),
            ("@key", unlessOnly)).ExecuteNonQuery();

    /// <summary>The labels of a document's first exact copy, for an UPDATE of its row.</summary>
    private const string FirstCopySelect = """
        SELECT s.name, s.source, s.title FROM document_sources s
                WHERE s.document_id = @id AND coalesce(s.content_hash, documents.content_hash) = documents.content_hash
                ORDER BY s.name, coalesce(s.source, ''), coalesce(s.title, ''), coalesce(s.published, '')
                LIMIT 1
        """;

    /// <summary>A copy's identity within its document: its metadata, and for a near copy its text too (an edited story may keep its name).</summary>
    private static string CopyKey(string name, string? source, string? title, string? published, string? nearCopyHash)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var near = nearCopyHash is null ? "" : $"\0near\0{nearCopyHash}";
        SHA256.HashData(Encoding.UTF8.GetBytes($"{name}\0{source}\0{(source is null ? 0 : 1)}{title}\0{(title is null ? 0 : 1)}{published}{near}"), hash);
        return Convert.ToHexStringLower(hash)[..32];
    }

    private void InsertTransfer(string documentId, int ordinal, string dealId, Transfer t) =>
        Command(
            """
            INSERT INTO transfers (document_id, ordinal, deal_id, supplier, supplier_name, recipient, recipient_name,
                                   system, category, status, modality, event_date, quantity, value_amount, value_currency,
                                   evidence, evidence_start, evidence_end, confidence)
            VALUES (@document, @ordinal, @deal, @supplier, @supplierName, @recipient, @recipientName,
                    @system, @category, @status, @modality, @when, @quantity, @amount, @currency,
                    @evidence, @start, @end, @confidence)
            """,
            ("@document", documentId),
            ("@ordinal", ordinal),
            ("@deal", dealId),
            ("@supplier", t.Supplier.Code.Trim()),
            ("@supplierName", t.Supplier.Name),
            ("@recipient", t.Recipient.Code.Trim()),
            ("@recipientName", t.Recipient.Name),
            ("@system", t.System.Name),
            ("@category", t.System.Category.ToSpecName()),
            ("@status", t.Status.ToSpecName()),
            ("@modality", t.Modality.ToSpecName()),
            ("@when", StoredForm.Date(t.When)),
            ("@quantity", t.Quantity),
            ("@amount", t.Value is null ? null : StoredForm.Amount(t.Value.Amount)),
            ("@currency", t.Value?.Currency),
            ("@evidence", t.Evidence.Text),
            ("@start", t.Evidence.Start),
            ("@end", t.Evidence.End),
            ("@confidence", t.Confidence)).ExecuteNonQuery();

    private void UpsertDeal(Deal deal, string firstRecord) =>
        Command(
            """
            INSERT INTO deals (id, merge_key, supplier, supplier_name, recipient, recipient_name, system, system_key, category,
                               status, first_seen, last_seen, quantity, value_amount, value_currency, records, documents, first_record)
            VALUES (@id, @key, @supplier, @supplierName, @recipient, @recipientName, @system, @systemKey, @category,
                    @status, @first, @last, @quantity, @amount, @currency, @records, @documents, @firstRecord)
            ON CONFLICT (id) DO UPDATE SET
                merge_key = excluded.merge_key, supplier = excluded.supplier, supplier_name = excluded.supplier_name,
                recipient = excluded.recipient, recipient_name = excluded.recipient_name, system = excluded.system,
                system_key = excluded.system_key, category = excluded.category, status = excluded.status,
                first_seen = excluded.first_seen, last_seen = excluded.last_seen, quantity = excluded.quantity,
                value_amount = excluded.value_amount, value_currency = excluded.value_currency,
                records = excluded.records, documents = excluded.documents, first_record = excluded.first_record
            """,
            ("@id", deal.Id),
            ("@key", deal.MergeKey),
            ("@supplier", deal.Supplier.Code),
            ("@supplierName", deal.Supplier.Name),
            ("@recipient", deal.Recipient.Code),
            ("@recipientName", deal.Recipient.Name),
            ("@system", deal.System),
            ("@systemKey", deal.System is null ? null : DealKey.SystemKey(deal.System)),
            ("@category", deal.Category.ToSpecName()),
            ("@status", deal.Status.ToSpecName()),
            ("@first", StoredForm.Date(deal.FirstSeen)),
            ("@last", StoredForm.Date(deal.LastSeen)),
            ("@quantity", deal.Quantity),
            ("@amount", deal.Value is null ? null : StoredForm.Amount(deal.Value.Amount)),
            ("@currency", deal.Value?.Currency),
            ("@records", deal.Records),
            ("@documents", deal.Documents),
            ("@firstRecord", firstRecord)).ExecuteNonQuery();

    /// <summary>
    /// Writes what a record can change in a stored deal: its status, dates, quantity, value and counts, and with an earlier
    /// first record its names, system and category too. Its key (and so its merge key, supplier and recipient codes) stays,
    /// and leaving those columns out of the statement, and last_seen when it is unchanged, spares their indexes a rewrite:
    /// SQLite rewrites an index entry for every column set, changed or not.
    /// </summary>
    /// <param name="firstRecord">The deal's new first record; null when it keeps its own.</param>
    private void UpdateDeal(Deal deal, string? firstRecord, bool lastSeenChanged)
    {
        var args = new List<(string, object?)>(16) { ("@status", deal.Status.ToSpecName()), ("@first", StoredForm.Date(deal.FirstSeen)) };
        if (lastSeenChanged)
        {
            args.Add(("@last", StoredForm.Date(deal.LastSeen)));
        }

        args.AddRange([
            ("@quantity", deal.Quantity),
            ("@amount", deal.Value is null ? null : StoredForm.Amount(deal.Value.Amount)),
            ("@currency", deal.Value?.Currency),
            ("@records", deal.Records),
            ("@documents", deal.Documents)]);
        if (firstRecord is not null)
        {
            args.AddRange([
                ("@supplierName", deal.Supplier.Name),
                ("@recipientName", deal.Recipient.Name),
                ("@system", deal.System),
                ("@systemKey", deal.System is null ? null : DealKey.SystemKey(deal.System)),
                ("@category", deal.Category.ToSpecName()),
                ("@firstRecord", firstRecord)]);
        }

        args.Add(("@id", deal.Id));
        Command(DealUpdate.Sql(identity: firstRecord is not null, lastSeenChanged), CollectionsMarshal.AsSpan(args)).ExecuteNonQuery();
    }

    private void UpsertEvent(string dealId, Transfer t, DateOnly? published, string orderKey) =>
        Command(
            """
            INSERT INTO deal_events (deal_id, status, modality, event_date, records, first_reported,
                                     quantity, quantity_key, value_amount, value_currency, value_key)
            VALUES (@deal, @status, @modality, @when, 1, @published, @quantity, @quantityKey, @amount, @currency, @valueKey)
            ON CONFLICT (deal_id, status, modality, event_date) DO UPDATE SET
                records = deal_events.records + 1,
                first_reported = CASE
                    WHEN deal_events.first_reported IS NULL OR excluded.first_reported < deal_events.first_reported
                    THEN coalesce(excluded.first_reported, deal_events.first_reported)
                    ELSE deal_events.first_reported END,
                quantity = CASE
                    WHEN excluded.quantity_key IS NOT NULL AND (deal_events.quantity_key IS NULL OR excluded.quantity_key < deal_events.quantity_key)
                    THEN excluded.quantity ELSE deal_events.quantity END,
                quantity_key = CASE
                    WHEN excluded.quantity_key IS NOT NULL AND (deal_events.quantity_key IS NULL OR excluded.quantity_key < deal_events.quantity_key)
                    THEN excluded.quantity_key ELSE deal_events.quantity_key END,
                value_amount = CASE
                    WHEN excluded.value_key IS NOT NULL AND (deal_events.value_key IS NULL OR excluded.value_key < deal_events.value_key)
                    THEN excluded.value_amount ELSE deal_events.value_amount END,
                value_currency = CASE
                    WHEN excluded.value_key IS NOT NULL AND (deal_events.value_key IS NULL OR excluded.value_key < deal_events.value_key)
                    THEN excluded.value_currency ELSE deal_events.value_currency END,
                value_key = CASE
                    WHEN excluded.value_key IS NOT NULL AND (deal_events.value_key IS NULL OR excluded.value_key < deal_events.value_key)
                    THEN excluded.value_key ELSE deal_events.value_key END
            """,
            ("@deal", dealId),
            ("@status", t.Status.ToSpecName()),
            ("@modality", t.Modality.ToSpecName()),
            ("@when", StoredForm.Date(t.When) ?? ""),
            ("@published", StoredForm.Day(published)),
            ("@quantity", t.Quantity),
            ("@quantityKey", t.Quantity is null ? null : orderKey),
            ("@amount", t.Value is null ? null : StoredForm.Amount(t.Value.Amount)),
            ("@currency", t.Value?.Currency),
            ("@valueKey", t.Value is null ? null : orderKey)).ExecuteNonQuery();

    private List<DealEvent> ReadEvents(string dealId)
    {
        using var reader = Command(
            "SELECT status, modality, event_date, first_reported, quantity, value_amount, value_currency FROM deal_events WHERE deal_id = @deal",
            ("@deal", dealId)).ExecuteReader();
        var events = new List<DealEvent>();
        while (reader.Read())
        {
            events.Add(ReadEvent(reader, 0));
        }

        return events;
    }

    /// <summary>An event as summarising a deal needs it (its records are not loaded), from the reader's columns from <paramref name="at"/> on.</summary>
    private static DealEvent ReadEvent(DbDataReader reader, int at) => new(
        StatusNames.ParseStatus(reader.GetString(at)),
        StatusNames.ParseModality(reader.GetString(at + 1)),
        StoredForm.PartialDateOrNull(reader.GetString(at + 2) is { Length: > 0 } when ? when : null),
        StoredForm.DayOrNull(NullableString(reader, at + 3)),
        reader.IsDBNull(at + 4) ? null : reader.GetInt32(at + 4),
        StoredForm.MoneyOrNull(NullableString(reader, at + 5), NullableString(reader, at + 6)),
        []);

    /// <summary>A stored deal's head and events (with this document's already upserted), in one query; null for a new deal.</summary>
    private DealHead? ReadDealHead(string dealId)
    {
        using var reader = Command(
            """
            SELECT d.first_record, d.supplier, d.supplier_name, d.recipient, d.recipient_name, d.system, d.category, d.records, d.documents, d.last_seen,
                   e.status, e.modality, e.event_date, e.first_reported, e.quantity, e.value_amount, e.value_currency
            FROM deals d LEFT JOIN deal_events e ON e.deal_id = d.id
            WHERE d.id = @id
            """,
            ("@id", dealId)).ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var identity = new DealIdentity(
            new Party(reader.GetString(1), reader.GetString(2)),
            new Party(reader.GetString(3), reader.GetString(4)),
            NullableString(reader, 5),
            CategoryNames.Parse(reader.GetString(6)));
        var head = new DealHead(reader.GetString(0), identity, reader.GetInt32(7), reader.GetInt32(8), NullableString(reader, 9), []);
        do
        {
            if (!reader.IsDBNull(10))
            {
                head.Events.Add(ReadEvent(reader, 10));
            }
        }
        while (reader.Read());
        return head;
    }

    /// <summary>
    /// The timeline of a deal whose only records are these of one document, as <see cref="UpsertEvent"/> stored it: one
    /// event per (status, modality, date), reported on the document's day, with the first quantity and value in record order.
    /// </summary>
    private static List<DealEvent> NewDealEvents(IReadOnlyList<Transfer> transfers, List<int> ordinals, DateOnly? published)
    {
        var events = new List<DealEvent>(ordinals.Count);
        foreach (var ordinal in ordinals)
        {
            var t = transfers[ordinal];
            var at = events.FindIndex(e => e.Status == t.Status && e.Modality == t.Modality && e.When == t.When);
            if (at < 0)
            {
                events.Add(new DealEvent(t.Status, t.Modality, t.When, published, t.Quantity, t.Value, []));
            }
            else
            {
                var known = events[at];
                events[at] = known with { Quantity = known.Quantity ?? t.Quantity, Value = known.Value ?? t.Value };
            }
        }

        return events;
    }

    private static List<Deal> ReadDeals(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var deals = new List<Deal>();
        while (reader.Read())
        {
            deals.Add(new Deal(
                reader.GetString(0),
                reader.GetString(1),
                new Party(reader.GetString(2), reader.GetString(3)),
                new Party(reader.GetString(4), reader.GetString(5)),
                NullableString(reader, 6),
                CategoryNames.Parse(reader.GetString(7)),
                StatusNames.ParseStatus(reader.GetString(8)),
                StoredForm.PartialDateOrNull(NullableString(reader, 9)),
                StoredForm.PartialDateOrNull(NullableString(reader, 10)),
                reader.IsDBNull(11) ? null : reader.GetInt32(11),
                StoredForm.MoneyOrNull(NullableString(reader, 12), NullableString(reader, 13)),
                reader.GetInt32(14),
                reader.GetInt32(15)));
        }

        return deals;
    }

    private static List<StoredTransfer> ReadRecords(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var documents = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        var records = new List<StoredTransfer>();
        while (reader.Read())
        {
            var documentId = reader.GetString(0);
            if (!documents.TryGetValue(documentId, out var document))
            {
                document = ReadDocument(reader);
                documents.Add(documentId, document);
            }

            const int t = 7;
            var transfer = new Transfer(
                new Party(reader.GetString(t + 2), reader.GetString(t + 3)),
                new Party(reader.GetString(t + 4), reader.GetString(t + 5)),
                new SystemRef(NullableString(reader, t + 6), CategoryNames.Parse(reader.GetString(t + 7))),
                StatusNames.ParseStatus(reader.GetString(t + 8)),
                StatusNames.ParseModality(reader.GetString(t + 9)),
                StoredForm.PartialDateOrNull(NullableString(reader, t + 10)),
                reader.IsDBNull(t + 11) ? null : reader.GetInt32(t + 11),
                StoredForm.MoneyOrNull(NullableString(reader, t + 12), NullableString(reader, t + 13)),
                new Evidence(reader.GetString(t + 14), reader.GetInt32(t + 15), reader.GetInt32(t + 16)),
                reader.GetDouble(t + 17));
            records.Add(new StoredTransfer(document, reader.GetInt32(t), reader.GetString(t + 1), transfer));
        }

        return records;
    }

    private static StoredDocument ReadDocument(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        NullableString(reader, 2),
        StoredForm.DayOrNull(NullableString(reader, 3)),
        NullableString(reader, 4),
        reader.GetString(5),
        StoredForm.InstantOf(reader.GetString(6)));

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    // Integer columns take Int32 values: PostgreSQL prepares a statement with the types it infers (integer), and a
    // 64-bit value sent later would not match them.

    /// <summary>A command for this SQL, kept for reuse, bound to the current transaction and these values.</summary>
    private DbCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in args)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            Prepare(command);
            _commands.Add(sql, command);
        }

        // By position: a cached command's parameters were created from the same call site, in the same order, and a
        // look-up by name is a linear search with string comparisons (InsertTransfer has 19).
        var parameters = command.Parameters;
        for (var i = 0; i < args.Length; i++)
        {
            var parameter = parameters[i];
            if (!string.Equals(parameter.ParameterName, args[i].Name, StringComparison.Ordinal))
            {
                parameter = parameters[args[i].Name];
            }

            parameter.Value = args[i].Value ?? DBNull.Value;
        }

        command.Transaction = _transaction;
        return command;
    }

    /// <summary>A one-off command on another connection (an export's snapshot).</summary>
    private static DbCommand Fresh(DbConnection connection, DbTransaction transaction, string sql, params ReadOnlySpan<(string Name, object? Value)> args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in args)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task<T> Locked<T>(CancellationToken cancellationToken, Func<T> read)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return read();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What storing a record of a stored deal reads of it: its first record, the names that record gave, its counts, its events.</summary>
    private sealed record DealHead(string FirstRecord, DealIdentity Identity, int Records, int Documents, string? LastSeen, List<DealEvent> Events);

    /// <summary>A document with what storing it needs, computed before the transaction opens.</summary>
    /// <param name="Signature">Its near-duplicate signature; null for a text too short to judge.</param>
    private sealed record PreparedDocument(
        Document Document,
        IReadOnlyList<Transfer> Transfers,
        string Hash,
        string DocumentId,
        IReadOnlyList<string> DealIds,
        NearDuplicateSignature? Signature)
    {
        public static PreparedDocument Of(DocumentTransfers entry)
        {
            var hash = entry.ContentHash ?? ContentHash.Of(entry.Document.Text);
            return new PreparedDocument(
                entry.Document,
                entry.Transfers,
                hash,
                ContentHash.DocumentId(hash),
                entry.Transfers.Select(t => DealKey.IdFor(DealKey.For(t))).ToList(),
                (entry.Signature ?? PreparedSignature.Of(entry.Document.Text)).Value);
        }
    }
}
