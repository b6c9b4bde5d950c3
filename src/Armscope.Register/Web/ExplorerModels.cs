using Armscope.Core.Vocabulary;

namespace Armscope.Register.Web;

/// <summary>Which side of a deal a party is on.</summary>
public enum PartyRole
{
    Supplier,
    Recipient,
}

/// <summary>
/// Filters for the explorer's deal lists and network; null means "any". Parties match by code exactly; the system
/// matches by key or by a longer key that does not continue a number (f35 finds f35a, f1 does not find f16).
/// </summary>
/// <param name="FromYear">Keeps deals active in this year or later (latest event in or after it).</param>
/// <param name="ToYear">Keeps deals active in this year or earlier (earliest event in or before it).</param>
public sealed record DealFilter(
    string? Supplier = null,
    string? Recipient = null,
    string? System = null,
    WeaponCategory? Category = null,
    TransferStatus? Status = null,
    int? FromYear = null,
    int? ToYear = null)
{
    public static DealFilter None { get; } = new();
}

/// <summary>One page of a longer list, with the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, long Total);

/// <summary>A party with the number of deals it has in some role.</summary>
public sealed record PartyCount(Party Party, long Deals);

/// <summary>A named weapon system with the number of deals naming it.</summary>
public sealed record SystemCount(string System, string Key, WeaponCategory Category, long Deals, long Records);

/// <summary>Deals of a supplier with an event in a year.</summary>
public sealed record YearCount(int Year, Party Supplier, long Deals);

/// <summary>The latest event of a deal's timeline: the status it moved to, and when.</summary>
public sealed record StatusChange(Deal Deal, DealEvent Event);

/// <summary>Supplier to recipient, weighted by the deals between them.</summary>
public sealed record NetworkEdge(Party Supplier, Party Recipient, long Deals, long Records);

/// <summary>How many deals have a status.</summary>
public sealed record StatusCount(TransferStatus Status, long Deals);

/// <summary>A party's trade both ways: counts, partners, systems and statuses.</summary>
public sealed record PartyProfile(
    Party Party,
    long DealsAsSupplier,
    long DealsAsRecipient,
    IReadOnlyList<PartyCount> Recipients,
    IReadOnlyList<PartyCount> Suppliers,
    IReadOnlyList<SystemCount> SystemsSupplied,
    IReadOnlyList<SystemCount> SystemsReceived,
    IReadOnlyList<StatusCount> StatusesAsSupplier,
    IReadOnlyList<StatusCount> StatusesAsRecipient);

/// <summary>A weapon system across the register: who supplies it to whom.</summary>
public sealed record SystemProfile(
    string Name,
    string Key,
    WeaponCategory Category,
    long Deals,
    IReadOnlyList<PartyCount> Suppliers,
    IReadOnlyList<PartyCount> Recipients,
    IReadOnlyList<StatusCount> Statuses);

/// <summary>
/// Identifies the register's content: the documents table only grows and every write adds a document, so the
/// highest row ids change whenever anything does. Cheap to read (two index seeks); used to key caches.
/// </summary>
public readonly record struct RegisterStamp(long Documents, long Transfers);

/// <summary>A search hit among evidence sentences: the record and its sentence with the matched terms between markers.</summary>
public sealed record EvidenceHit(StoredTransfer Record, string Highlighted);

/// <summary>A search hit among documents: the document and a passage with the matched terms between markers.</summary>
public sealed record DocumentHit(StoredDocument Document, string Snippet);
