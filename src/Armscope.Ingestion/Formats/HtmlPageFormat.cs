using System.Text;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Html;
using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Formats;

/// <summary>A web page: its article text and metadata become one document.</summary>
public sealed class HtmlPageFormat : IDocumentFormat
{
    private static readonly HashSet<string> Extensions = [".html", ".htm", ".xhtml", ".shtml"];

    public string Name => "HTML";

    public FormatClaim Claim(InputSource input)
    {
        if (LooksLikeHtml(input.Head))
        {
            return FormatClaim.ByContent;
        }

        if (input.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
        {
            return FormatClaim.ByContent;
        }

        return Extensions.Contains(input.Extension) ? FormatClaim.ByExtension : FormatClaim.None;
    }

    /// <summary>A doctype or an html/head/body tag near the start.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 2048)]).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return start.StartsWith('<') && (start.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<head", StringComparison.OrdinalIgnoreCase)
            || start.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerable<ReadResult> Read(InputSource input, ReadContext context)
    {
        var bytes = input.ReadAllBytes(context.MaxDocumentBytes);
        var decoded = context.Decoder.Decode(bytes, TextDecoder.CharsetOfContentType(input.ContentType), MarkupKind.Html);
        if (!decoded.Succeeded)
        {
            yield return ReadResult.Failed(input.Origin, decoded.Error!);
            yield break;
        }

        var fallbackId = input.IsFile ? input.Stem : null;
        yield return FromHtml(decoded.Text!, input.Origin, fallbackId, input.Url, input.IsFile ? input.Origin : null, context);
    }

    /// <summary>One HTML page to one result; shared by the formats that carry pages inside them (WARC, JSON Lines).</summary>
    /// <param name="id">The id to use, or null to take the canonical URL, the page URL or a hash.</param>
    /// <param name="pageUrl">Where the page was fetched from, if known.</param>
    /// <param name="path">The local file, when the page is one.</param>
    public static ReadResult FromHtml(string html, string origin, string? id, string? pageUrl, string? path, ReadContext context, DateOnly? publishedFallback = null)
    {
        // Parsing and article extraction recurse through the element tree: a page nested thousands deep would take
        // minutes or overflow the stack, which no handler can catch.
        if (HtmlNesting.Depth(html, HtmlNesting.MaxDepth + 1) > HtmlNesting.MaxDepth)
        {
            return ReadResult.Failed(origin, $"HTML nested deeper than {HtmlNesting.MaxDepth:N0} elements, not read");
        }

        var article = context.Html.Parse(html, pageUrl);
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return ReadResult.Failed(origin, "no readable article text in the page");
        }

        var meta = article.Metadata;
        var source = meta.CanonicalUrl ?? pageUrl ?? path;
        var document = new Document(
            id ?? DocumentIds.Choose(article.Text, meta.CanonicalUrl, pageUrl),
            meta.Title,
            meta.Published ?? context.DefaultPublished ?? publishedFallback,
            source,
            article.Text);
        return ReadResult.Ok(origin, document) with { Language = meta.Language };
    }
}
