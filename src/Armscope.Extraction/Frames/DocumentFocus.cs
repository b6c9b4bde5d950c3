using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>What a document has been talking about so far: the last named weapon and the last transfer's parties, for "it", "the deal", "the system".</summary>
public sealed class DocumentFocus
{
    public WeaponMention? Weapon { get; set; }

    public string? Supplier { get; set; }

    public string? Recipient { get; set; }
}
