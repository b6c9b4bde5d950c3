using Armscope.Core.Vocabulary;

namespace Armscope.Register;

/// <summary>Whether an ingested document was written or was already there.</summary>
public enum IngestOutcome
{
    Added,
    Skipped,
}

/// <summary>What ingesting one document did: its register id, the records written and the deals re-merged.</summary>
public sealed record IngestResult(IngestOutcome Outcome, string DocumentId, int Transfers, IReadOnlyList<string> DealIds)
{
    /// <summary>
    /// The text is a near duplicate of a stored document (the same story with small edits). When skipped, it was recorded as
    /// one more source of the document <see cref="DocumentId"/> and its records were not added; when added, see <see cref="Replaced"/>.
    /// </summary>
    public bool NearDuplicate { get; init; }

    /// <summary>
    /// Set when this copy of a story came before the stored one (published earlier, or the same day with a smaller id) and
    /// replaced it: the stored document became a source of this one and its records (<see cref="WithdrawnTransfers"/>) were
    /// withdrawn, so the register holds the same copy whatever order the copies arrived in.
    /// </summary>
    public string? Replaced { get; init; }

    /// <summary>Records of the <see cref="Replaced"/> document taken out of the register.</summary>
    public int WithdrawnTransfers { get; init; }
}

/// <summary>A document as the register keeps it; <see cref="Id"/> derives from the content hash, <see cref="Name"/> is the id its source gave.</summary>
/// <param name="IngestedAt">Wall-clock time of ingestion: kept for operators, never exported.</param>
public sealed record StoredDocument(
    string Id,
    string Name,
    string? Title,
    DateOnly? Published,
    string? Source,
    string ContentHash,
    DateTimeOffset IngestedAt);

/// <summary>A mention-level record as stored: the transfer, the document stating it, its position there and the deal it merged into.</summary>
public sealed record StoredTransfer(StoredDocument Document, int Ordinal, string DealId, Transfer Transfer)
{
    /// <summary>When the event happened, else when it was reported (the document's publication date), else null.</summary>
    public PartialDate? EventDate => Transfer.When ?? (Document.Published is { } p ? PartialDate.Of(p) : null);
}

/// <summary>Transfers merged by supplier, recipient and system (or category when no system is named).</summary>
/// <param name="Id">Derived from <paramref name="MergeKey"/>: the same deal has the same id in every register.</param>
/// <param name="System">Designation as the deal's first record writes it; null for deals keyed by category.</param>
/// <param name="Status">Current status: see <see cref="DealMerger.CurrentStatus"/>.</param>
/// <param name="FirstSeen">Date of the earliest timeline event.</param>
/// <param name="LastSeen">Date of the latest timeline event.</param>
/// <param name="Records">Mention-level records merged.</param>
/// <param name="Documents">Distinct documents those records come from.</param>
public sealed record Deal(
    string Id,
    string MergeKey,
    Party Supplier,
    Party Recipient,
    string? System,
    WeaponCategory Category,
    TransferStatus Status,
    PartialDate? FirstSeen,
    PartialDate? LastSeen,
    int? Quantity,
    Money? Value,
    int Records,
    int Documents);

/// <summary>One entry of a deal's timeline: a status at a date, with every record (and so every evidence sentence) that states it.</summary>
/// <param name="When">The event's date as the texts give it; null when none does.</param>
/// <param name="FirstReported">Earliest publication date among the records.</param>
public sealed record DealEvent(
    TransferStatus Status,
    Modality Modality,
    PartialDate? When,
    DateOnly? FirstReported,
    int? Quantity,
    Money? Value,
    IReadOnlyList<StoredTransfer> Records)
{
    /// <summary>The date the timeline sorts by: the event's date, else its first report, else null.</summary>
    public PartialDate? Date => When ?? (FirstReported is { } r ? PartialDate.Of(r) : null);
}

/// <summary>A deal with its timeline, oldest event first.</summary>
public sealed record DealDetail(Deal Deal, IReadOnlyList<DealEvent> Timeline)
{
    /// <summary>Every copy of every document the deal's records come from, by document id then name, source and title.</summary>
    public IReadOnlyList<DocumentSource> Sources { get; init; } = [];
}

/// <summary>
/// One copy of a stored document: where, under what name and title, and when it was published. A document has one
/// for each copy ingested, its records only once.
/// </summary>
/// <param name="NearCopy">
/// True when the copy's text was not the document's own but a near duplicate of it (a syndicated story with small edits).
/// </param>
public sealed record DocumentSource(string DocumentId, string Name, string? Title, DateOnly? Published, string? Source, bool NearCopy);

/// <summary>Sizes of the register.</summary>
public sealed record RegisterCounts(long Documents, long Transfers, long Deals);

/// <summary>Who supplies what to whom, as a deal names them: taken from the deal's first record, so every register names a deal alike.</summary>
/// <param name="System">Designation as first written; null for deals keyed by category.</param>
public sealed record DealIdentity(Party Supplier, Party Recipient, string? System, WeaponCategory Category)
{
    public static DealIdentity Of(Transfer transfer) => new(
        new Party(transfer.Supplier.Code.Trim(), transfer.Supplier.Name),
        new Party(transfer.Recipient.Code.Trim(), transfer.Recipient.Name),
        DealKey.IsCategoryKey(DealKey.For(transfer)) ? null : transfer.System.Name,
        transfer.System.Category);
}
