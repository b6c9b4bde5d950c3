using Armscope.Core.Vocabulary;
using Armscope.Register.Duplicates;

namespace Armscope.Register.Pipeline;

/// <summary>A document with the transfers extracted from it: one entry of a batch write.</summary>
public sealed record DocumentTransfers(Document Document, IReadOnlyList<Transfer> Transfers)
{
    /// <summary>
    /// The text's near-duplicate signature (<see cref="NearDuplicateDetector.Default"/>) when computed already, on an
    /// extraction thread rather than the one storing batches; null when the register is to compute it.
    /// </summary>
    internal PreparedSignature? Signature { get; init; }

    /// <summary>The text's <see cref="Register.ContentHash"/> when computed already, like <see cref="Signature"/>; null when the register is to compute it.</summary>
    internal string? ContentHash { get; init; }
}

/// <summary>A text's signature as computed: null for a text too short to judge.</summary>
internal sealed record PreparedSignature(NearDuplicateSignature? Value)
{
    public static PreparedSignature Of(string text) => new(NearDuplicateDetector.Default.Signature(text));
}

/// <summary>
/// A register that stores many documents in one transaction, so a bulk ingest pays one commit per batch rather
/// than one per document. <see cref="IngestPipeline"/> uses it when the register offers it and falls back to
/// <see cref="IRegister.IngestAsync"/> one document at a time when it does not.
/// </summary>
public interface IBatchRegister : IRegister
{
    /// <summary>
    /// Stores each document with its transfers exactly as <see cref="IRegister.IngestAsync"/> would, in the order
    /// given, in one transaction; results come in the same order. A document whose content is already stored, or
    /// appears earlier in the same batch, is <see cref="IngestOutcome.Skipped"/>. If any document fails, nothing
    /// of the batch remains and the exception propagates: callers retry one by one to find the culprit.
    /// </summary>
    Task<IReadOnlyList<IngestResult>> IngestBatchAsync(IReadOnlyList<DocumentTransfers> batch, CancellationToken cancellationToken = default);
}
