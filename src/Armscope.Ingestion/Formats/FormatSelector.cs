using System.Text;
using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Formats;

/// <summary>
/// Picks the format of an input: a format recognised by content wins; then inputs that are clearly not
/// documents (binary, other XML, other JSON) are refused with the reason; then the extension decides;
/// then anything that looks like text is read as text.
/// </summary>
public sealed class FormatSelector
{
    private static readonly (byte[] Magic, string What)[] KnownBinaries =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or an Office document)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ("RIFF"u8.ToArray(), "a RIFF media file"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
        ("BZh"u8.ToArray(), "bzip2-compressed data (only gzip is read)"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz-compressed data (only gzip is read)"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data (only gzip is read)"),
        ("SQLite format 3"u8.ToArray(), "an SQLite database"),
    ];

    private readonly IReadOnlyList<IDocumentFormat> _formats;

    public FormatSelector(IReadOnlyList<IDocumentFormat> formats) => _formats = formats;

    /// <summary>The formats Armscope reads, in order of preference when two claim an input equally.</summary>
    public static FormatSelector Default { get; } = new([new WarcFormat(), new FeedFormat(), new JsonLinesFormat(), new HtmlPageFormat(), new PlainTextFormat()]);

    /// <summary>The format to read <paramref name="input"/> with, or the reason none applies.</summary>
    public (IDocumentFormat? Format, string? Refusal) Choose(InputSource input)
    {
        if (input.Head.Length == 0)
        {
            return (null, "empty file");
        }

        var claims = _formats.Select(f => (Format: f, Claim: f.Claim(input))).ToList();
        var byContent = claims.FirstOrDefault(c => c.Claim == FormatClaim.ByContent);
        if (byContent.Format is not null)
        {
            return (byContent.Format, null);
        }

        if (Refusal(input) is { } refusal)
        {
            return (null, refusal);
        }

        var best = claims.Where(c => c.Claim != FormatClaim.None).OrderByDescending(c => c.Claim).FirstOrDefault();
        return best.Format is not null
            ? (best.Format, null)
            : (null, $"unknown format{(input.Extension.Length > 0 ? $" ({input.Extension})" : string.Empty)}");
    }

    /// <summary>Why an input is not a document at all, judged from its first bytes; null if it may be one.</summary>
    public static string? Refusal(InputSource input)
    {
        var head = input.Head.AsSpan();
        foreach (var (magic, what) in KnownBinaries)
        {
            if (head.StartsWith(magic))
            {
                return $"unsupported format: {what}";
            }
        }

        if (!TextDecoder.HasWideByteOrderMark(head))
        {
            if (head.Contains((byte)0))
            {
                return "binary file (contains NUL bytes), not text";
            }

            var controls = 0;
            foreach (var b in head)
            {
                if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
                {
                    controls++;
                }
            }

            if (controls * 20 > head.Length)
            {
                return "binary file (control bytes), not text";
            }
        }

        if (FeedFormat.XmlRootName(head) is { } root && !root.Equals("html", StringComparison.OrdinalIgnoreCase) && (StartsWithXml(head) || input.Extension == ".xml"))
        {
            return $"unknown format: XML with root element <{root}>, neither RSS nor Atom";
        }

        var start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 64)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (start.StartsWith('[') || (start.StartsWith('{') && input.Extension == ".json"))
        {
            return "unknown format: JSON that is not JSON Lines of documents ({\"id\", \"title\", \"published\", \"source\", \"text\" or \"html\"})";
        }

        return null;
    }

    private static bool StartsWithXml(ReadOnlySpan<byte> head)
    {
        var start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 16)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return start.StartsWith("<?xml", StringComparison.Ordinal);
    }
}
