using Armscope.Core.Vocabulary;

namespace Armscope.Register;

/// <summary>
/// The register of arms transfers: the one place that writes. Documents go in with their transfers, one
/// transaction each; deals are merged from transfers and read back with their timelines and evidence.
/// Implementations must give the same answers for the same content, whatever the order it arrived in.
/// </summary>
/// <remarks>An instance is one connection: calls are serialised, so share it freely but expect no parallelism.</remarks>
public interface IRegister : IAsyncDisposable
{
    /// <summary>
    /// Stores a document and its transfers in one transaction and re-merges every deal they touch.
    /// A document whose normalised content is already stored is not written again (<see cref="IngestOutcome.Skipped"/>);
    /// nor is a near duplicate of a stored document (the same story with small edits), which registers that keep copies
    /// record as one more source of that document (<see cref="IngestResult.NearDuplicate"/>).
    /// On any failure nothing of the document remains and the exception propagates.
    /// </summary>
    Task<IngestResult> IngestAsync(Document document, IReadOnlyList<Transfer> transfers, CancellationToken cancellationToken = default);

    /// <summary>
    /// True when a document with this content hash (<see cref="ContentHash.Of"/>) is stored, or a near copy with it was
    /// recorded; lets callers skip extraction.
    /// </summary>
    Task<bool> ContainsAsync(string contentHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Notes one more copy of stored content (the same text under its own name, source and title) without extracting it;
    /// true when the content is stored, false (noting nothing) when it is not. Registers that show a document by its
    /// first copy in a fixed order record the copy, so what they show does not depend on which copy arrived first.
    /// </summary>
    Task<bool> RecordCopyAsync(Document document, CancellationToken cancellationToken = default) =>
        RecordCopyAsync(document, ContentHash.Of(document.Text), cancellationToken);

    /// <summary><see cref="RecordCopyAsync(Document, CancellationToken)"/> for a caller that has the text's <see cref="ContentHash.Of"/> already.</summary>
    Task<bool> RecordCopyAsync(Document document, string contentHash, CancellationToken cancellationToken = default) =>
        ContainsAsync(contentHash, cancellationToken);

    /// <summary>Deals matching the query, most recent activity first.</summary>
    Task<IReadOnlyList<Deal>> FindDealsAsync(DealQuery query, CancellationToken cancellationToken = default);

    /// <summary>Ids of deals starting with the prefix, in id order, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<string>> FindDealIdsAsync(string prefix, int limit, CancellationToken cancellationToken = default);

    /// <summary>A deal with its status timeline and every record's evidence, or null when no deal has this id.</summary>
    Task<DealDetail?> GetDealAsync(string dealId, CancellationToken cancellationToken = default);

    /// <summary>Every deal with its timeline, in merge-key order (ordinal): the deterministic order of exports. Streams in pages.</summary>
    IAsyncEnumerable<DealDetail> ReadAllDealsAsync(CancellationToken cancellationToken = default);

    /// <summary>Mention-level records, in document then ordinal order.</summary>
    Task<IReadOnlyList<StoredTransfer>> FindTransfersAsync(TransferQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stored documents (without text), in publication date then id order.</summary>
    Task<IReadOnlyList<StoredDocument>> FindDocumentsAsync(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>The stored text of a document (evidence offsets point into it), or null when no document has this id.</summary>
    Task<string?> GetDocumentTextAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>How many documents, transfers and deals the register holds.</summary>
    Task<RegisterCounts> CountAsync(CancellationToken cancellationToken = default);
}
