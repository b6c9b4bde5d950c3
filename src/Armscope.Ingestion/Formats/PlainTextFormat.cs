using Armscope.Core.Vocabulary;
using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Formats;

/// <summary>
/// A plain-text article. The corpus convention is headline, blank line, body; the whole text is kept
/// as the document text (so evidence offsets are offsets into the file) and the headline also becomes the title.
/// </summary>
public sealed class PlainTextFormat : IDocumentFormat
{
    private const int MaxHeadlineLength = 300;

    private static readonly HashSet<string> Extensions = ["", ".txt", ".text", ".md"];

    public string Name => "text";

    public FormatClaim Claim(InputSource input) =>
        Extensions.Contains(input.Extension) ? FormatClaim.ByExtension : FormatClaim.Fallback;

    public IEnumerable<ReadResult> Read(InputSource input, ReadContext context)
    {
        var bytes = input.ReadAllBytes(context.MaxDocumentBytes);
        var decoded = context.Decoder.Decode(bytes, TextDecoder.CharsetOfContentType(input.ContentType), MarkupKind.Plain);
        if (!decoded.Succeeded)
        {
            yield return ReadResult.Failed(input.Origin, decoded.Error!);
            yield break;
        }

        var text = decoded.Text!;
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return ReadResult.Failed(input.Origin, "empty file (only whitespace)");
            yield break;
        }

        var id = input.IsFile ? input.Stem : DocumentIds.Choose(text, input.Url);
        var source = input.IsFile ? input.Origin : input.Url;
        yield return ReadResult.Ok(input.Origin, new Document(id, Headline(text), context.DefaultPublished, source, text));
    }

    /// <summary>The first line when a blank line follows it and it is short enough to be a headline.</summary>
    public static string? Headline(string text)
    {
        var firstEnd = text.IndexOf('\n');
        if (firstEnd < 0)
        {
            return null;
        }

        var first = text[..firstEnd].Trim();
        var secondEnd = text.IndexOf('\n', firstEnd + 1);
        var second = secondEnd < 0 ? text[(firstEnd + 1)..] : text[(firstEnd + 1)..secondEnd];
        return first.Length is > 0 and <= MaxHeadlineLength && string.IsNullOrWhiteSpace(second) && secondEnd >= 0 ? first : null;
    }
}
