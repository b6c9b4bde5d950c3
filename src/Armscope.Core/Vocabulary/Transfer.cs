namespace Armscope.Core.Vocabulary;

/// <summary>The sentence that states a fact, as a span of its document's text.</summary>
public sealed record Evidence(string Text, int Start, int End);

/// <summary>The weapon system of a transfer: a canonical designation (null when the text names none) and its SIPRI category.</summary>
public sealed record SystemRef(string? Name, WeaponCategory Category);

/// <summary>One arms-transfer fact as a text states it (spec/transfers.md, "One transfer record").</summary>
public sealed record Transfer(
    Party Supplier,
    Party Recipient,
    SystemRef System,
    TransferStatus Status,
    Modality Modality,
    PartialDate? When,
    int? Quantity,
    Money? Value,
    Evidence Evidence,
    double Confidence = 1.0);
