using Armscope.Core.Vocabulary;
using Armscope.Register.Pipeline;

namespace Armscope.Register.Tests.Pipeline;

/// <summary>A real register with hooks in front of its writes: to slow them, refuse some, and count them.</summary>
public class ProbeRegister(IRegister inner) : IRegister
{
    private int _stored;

    /// <summary>Runs before each document is stored; may wait (a slow disk) or throw (a refused document).</summary>
    public Func<Document, CancellationToken, Task>? BeforeStore { get; set; }

    /// <summary>Documents stored so far (added or skipped).</summary>
    public int Stored => Volatile.Read(ref _stored);

    public async Task<IngestResult> IngestAsync(Document document, IReadOnlyList<Transfer> transfers, CancellationToken cancellationToken = default)
    {
        if (BeforeStore is { } hook)
        {
            await hook(document, cancellationToken);
        }

        var result = await inner.IngestAsync(document, transfers, cancellationToken);
        Interlocked.Increment(ref _stored);
        return result;
    }

    public Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default) => inner.ContainsAsync(contentHash, cancellationToken);

    public Task<IReadOnlyList<Deal>> FindDealsAsync(DealQuery query, CancellationToken cancellationToken = default) => inner.FindDealsAsync(query, cancellationToken);

    public Task<IReadOnlyList<string>> FindDealIdsAsync(string prefix, int limit, CancellationToken cancellationToken = default) => inner.FindDealIdsAsync(prefix, limit, cancellationToken);

    public Task<DealDetail?> GetDealAsync(string dealId, CancellationToken cancellationToken = default) => inner.GetDealAsync(dealId, cancellationToken);

    public IAsyncEnumerable<DealDetail> ReadAllDealsAsync(CancellationToken cancellationToken = default) => inner.ReadAllDealsAsync(cancellationToken);

    public Task<IReadOnlyList<StoredTransfer>> FindTransfersAsync(TransferQuery query, CancellationToken cancellationToken = default) => inner.FindTransfersAsync(query, cancellationToken);

    public Task<IReadOnlyList<StoredDocument>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default) => inner.FindDocumentsAsync(query, cancellationToken);

    public Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetDocumentTextAsync(documentId, cancellationToken);

    public Task<RegisterCounts> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

/// <summary>A probe that also takes batches: all or nothing, refusing a whole batch when <see cref="RefuseBatch"/> says so.</summary>
public sealed class BatchProbeRegister(IRegister inner) : ProbeRegister(inner), IBatchRegister
{
    private int _batches;

    public Func<IReadOnlyList<DocumentTransfers>, bool> RefuseBatch { get; set; } = _ => false;

    /// <summary>Batches accepted so far.</summary>
    public int Batches => Volatile.Read(ref _batches);

    public async Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IReadOnlyList<DocumentTransfers> batch, CancellationToken cancellationToken = default)
    {
        if (RefuseBatch(batch))
        {
            throw new InvalidOperationException("CHECK constraint failed in the batch");
        }

        var results = new List<IngestResult>();
        foreach (var entry in batch)
        {
            results.Add(await IngestAsync(entry.Document, entry.Transfers, cancellationToken));
        }

        Interlocked.Increment(ref _batches);
        return results;
    }
}
