using Armscope.Core.Vocabulary;

namespace Armscope.Register;

/// <summary>Filters for deals; null means "any". Parties match by code or name, systems by key or key prefix.</summary>
/// <param name="Since">Keeps deals whose latest event falls in this year or later.</param>
public sealed record DealQuery(
    string? Supplier = null,
    string? Recipient = null,
    string? System = null,
    WeaponCategory? Category = null,
    TransferStatus? Status = null,
    int? Since = null,
    int Limit = 100,
    int Offset = 0);

/// <summary>Filters for mention-level records; null means "any".</summary>
public sealed record TransferQuery(string? DocumentId = null, string? DealId = null, int Limit = 1000, int Offset = 0);

/// <summary>A page of stored documents.</summary>
public sealed record DocumentQuery(int Limit = 100, int Offset = 0);
