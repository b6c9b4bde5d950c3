namespace Armscope.Core.Vocabulary;

/// <summary>The stage of an arms transfer that a text states (spec: status).</summary>
public enum TransferStatus
{
    Interest,
    Offer,
    Negotiation,
    Order,
    Delivery,
    Suspension,
    Cancellation,
    Refusal,
}

/// <summary>How firmly the text states the fact (spec: modality).</summary>
public enum Modality
{
    Actual,
    Planned,
    Possible,
}

/// <summary>Spec names (lower case) of statuses and modalities.</summary>
public static class StatusNames
{
    public static string ToSpecName(this TransferStatus status) => status.ToString().ToLowerInvariant();

    public static string ToSpecName(this Modality modality) => modality.ToString().ToLowerInvariant();

    public static TransferStatus ParseStatus(string name) =>
        Enum.TryParse<TransferStatus>(name, ignoreCase: true, out var s)
            ? s
            : throw new FormatException($"unknown transfer status '{name}'");

    public static Modality ParseModality(string name) =>
        Enum.TryParse<Modality>(name, ignoreCase: true, out var m)
            ? m
            : throw new FormatException($"unknown modality '{name}'");
}
