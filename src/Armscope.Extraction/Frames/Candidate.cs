using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Frames;

/// <summary>A transfer found in one sentence before document-level merging, with the words that produced it.</summary>
public sealed record Candidate(
    string Supplier,
    string Recipient,
    string? System,
    WeaponCategory Category,
    TransferStatus Status,
    Modality Modality,
    PartialDate? When,
    int? Quantity,
    Money? Value,
    int SentenceIndex,
    bool FromHeadline,
    bool NominalOnly,
    Explanation Explanation)
{
    /// <summary>A weapon described by its kind as one besides those named ("other air defence systems"): never one of them.</summary>
    public bool AnotherWeapon { get; init; }
}

/// <summary>Why a record was produced: the trigger, the words that filled each role, and the cues for status and modality.</summary>
public sealed record Explanation(string Trigger, string SupplierFrom, string RecipientFrom, string WeaponFrom, string StatusCue, string ModalityCue, string? DateFrom, string? ValueFrom)
{
    public override string ToString() =>
        $"trigger '{Trigger}'; supplier: {SupplierFrom}; recipient: {RecipientFrom}; weapon: {WeaponFrom}; status: {StatusCue}; modality: {ModalityCue}" +
        (DateFrom is null ? "" : $"; date: '{DateFrom}'") + (ValueFrom is null ? "" : $"; value: '{ValueFrom}'");
}
