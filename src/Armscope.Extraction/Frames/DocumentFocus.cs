using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>What a document has been talking about so far: the last named weapon and the last transfer's parties, for "it", "the deal", "the system".</summary>
public sealed class DocumentFocus
{
    /// <summary>The last weapon named, for "it", "they" and "the system".</summary>
    public WeaponMention? Weapon { get; set; }

    /// <summary>The weapon of the last transfer found, for "the deal", "the sale", "the contract".</summary>
    public WeaponMention? TransferWeapon { get; set; }

    public string? Supplier { get; set; }

    public string? Recipient { get; set; }

    /// <summary>People introduced with their state ("the Turkish foreign minister, Ali Veli"): surname -> state code, for "we" in their quotes.</summary>
    public Dictionary<string, string> People { get; } = new(StringComparer.Ordinal);
}
