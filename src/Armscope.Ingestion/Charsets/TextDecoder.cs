using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using UtfUnknown;

namespace Armscope.Ingestion.Charsets;

/// <summary>What kind of text the bytes hold, which decides where a declared charset may be found.</summary>
public enum MarkupKind
{
    Plain,
    Html,
    Xml,
}

/// <summary>Text decoded from bytes, or why it could not be.</summary>
public readonly record struct DecodedText(string? Text, string? EncodingName, string? Error)
{
    public bool Succeeded => Text is not null;
}

/// <summary>
/// Turns bytes into text: byte-order mark first, then the charset the transport declared (HTTP header),
/// then the one the markup declares (meta charset, XML declaration), then strict UTF-8, and only then
/// statistical detection, which must be confident, because a wrong guess silently garbles every name.
/// </summary>
public sealed partial class TextDecoder
{
    /// <summary>Detection confidence below which a non-UTF-8 text is refused rather than guessed.</summary>
    public const float MinimumDetectionConfidence = 0.5f;

    private const int DeclarationWindow = 4096;

    /// <summary>Fewer bytes than this say too little for statistical detection to mean anything.</summary>
    private const int MinimumBytesForDetection = 32;

    public DecodedText Decode(ReadOnlySpan<byte> bytes, string? transportCharset = null, MarkupKind kind = MarkupKind.Plain)
    {
        if (FromByteOrderMark(bytes) is { } bom)
        {
            return new DecodedText(bom.Encoding.GetString(bytes[bom.Length..]), bom.Encoding.WebName, null);
        }

        if (Resolve(transportCharset) is { } declaredByTransport)
        {
            return new DecodedText(declaredByTransport.GetString(bytes), declaredByTransport.WebName, null);
        }

        if (kind != MarkupKind.Plain && Resolve(DeclaredInMarkup(bytes, kind)) is { } declaredInMarkup)
        {
            return new DecodedText(declaredInMarkup.GetString(bytes), declaredInMarkup.WebName, null);
        }

        if (Utf8.IsValid(bytes))
        {
            return new DecodedText(System.Text.Encoding.UTF8.GetString(bytes), "utf-8", null);
        }

        var invalidAt = FirstInvalidUtf8Offset(bytes);
        var detected = bytes.Length >= MinimumBytesForDetection ? CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected : null;
        if (detected?.Encoding is { } guess && detected.Confidence >= MinimumDetectionConfidence && guess.CodePage != 65001)
        {
            var encoding = Resolve(guess.WebName) ?? guess;
            var text = encoding.GetString(bytes);
            if (ReadsLikeText(text))
            {
                return new DecodedText(text, encoding.WebName, null);
            }
        }

        var found = bytes.Length < MinimumBytesForDetection ? "too short to detect another encoding"
            : detected is null ? "no other encoding detected"
            : detected.Confidence >= MinimumDetectionConfidence ? $"as {detected.EncodingName} it reads as symbols, not words" : $"best guess {detected.EncodingName} at confidence {detected.Confidence:0.00} is too weak";
        return new DecodedText(null, null, $"not UTF-8 text (invalid byte 0x{bytes[invalidAt]:X2} at offset {invalidAt}; {found})");
    }

    /// <summary>The encoding a charset label names, following the WHATWG rule that Latin-1 labels mean windows-1252.</summary>
    public static System.Text.Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "latin1" or "latin-1" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "l1" or "cp1252" or "us-ascii" or "ascii" or "x-cp1252" => "windows-1252",
            "utf8" => "utf-8",
            _ => name,
        };

        // A document that claims UTF-16 without a byte-order mark is ASCII-compatible in practice (HTML spec).
        if (name.StartsWith("utf-16", StringComparison.Ordinal) || name.StartsWith("utf-32", StringComparison.Ordinal))
        {
            return null;
        }

        if (name == "utf-8")
        {
            return new UTF8Encoding(false);
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Charset from a Content-Type value such as "text/html; charset=ISO-8859-1".</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var m = ContentTypeCharset().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>
    /// A second opinion on a detector's guess: in real text the characters beyond ASCII are mostly letters
    /// and a few typographic marks; a wrong code page turns them into symbols, box drawings and controls.
    /// </summary>
    private static bool ReadsLikeText(string text)
    {
        var beyondAscii = 0;
        var plausible = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (c is >= '\u0080' and <= '\u009F' or '\uFFFD')
            {
                return false;
            }

            beyondAscii++;
            if (char.IsLetter(c) || "’‘“”–—…«»„€£°·".Contains(c))
            {
                plausible++;
            }
        }

        return plausible >= beyondAscii * 0.9;
    }

    private static (System.Text.Encoding Encoding, int Length)? FromByteOrderMark(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(false, false), 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(true, false), 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false), 2);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false), 2);
        }

        return null;
    }

    /// <summary>True when the bytes start with a byte-order mark of a UTF-16 or UTF-32 encoding (which legitimately holds NUL bytes).</summary>
    public static bool HasWideByteOrderMark(ReadOnlySpan<byte> b) =>
        FromByteOrderMark(b) is { } bom && bom.Encoding is not UTF8Encoding;

    private static string? DeclaredInMarkup(ReadOnlySpan<byte> bytes, MarkupKind kind)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationWindow)]);
        var m = kind == MarkupKind.Html ? MetaCharset().Match(head) : XmlDeclarationEncoding().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return Math.Max(0, bytes.Length - 1);
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclarationEncoding();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCharset();
}
