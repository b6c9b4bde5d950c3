using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Html.Parser;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Html;
using Armscope.Ingestion.Inputs;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;

namespace Armscope.Ingestion.Formats;

/// <summary>An RSS 2.0 or Atom feed: one document per item, its text from the item's content or summary.</summary>
public sealed partial class FeedFormat : IDocumentFormat
{
    private static readonly HashSet<string> Extensions = [".rss", ".atom"];

    public string Name => "feed";

    public FormatClaim Claim(InputSource input)
    {
        var root = XmlRootName(input.Head);
        if (root is "rss" or "feed" or "rdf:RDF")
        {
            return FormatClaim.ByContent;
        }

        return Extensions.Contains(input.Extension) ? FormatClaim.ByExtension : FormatClaim.None;
    }

    /// <summary>The name of the first element of an XML document, skipping the declaration, comments and doctype; null when it does not start like XML.</summary>
    public static string? XmlRootName(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 4096)]);
        var m = XmlRoot().Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    public IEnumerable<ReadResult> Read(InputSource input, ReadContext context)
    {
        var bytes = input.ReadAllBytes(context.MaxDocumentBytes);
        var decoded = context.Decoder.Decode(bytes, TextDecoder.CharsetOfContentType(input.ContentType), MarkupKind.Xml);
        if (!decoded.Succeeded)
        {
            return [ReadResult.Failed(input.Origin, decoded.Error!)];
        }

        Feed feed;
        try
        {
            // The XML declaration may name an encoding the text is no longer in: it is a string now.
            feed = FeedReader.ReadFromString(XmlDeclaration().Replace(decoded.Text!, string.Empty, 1));
        }
        catch (Exception e) when (e is XmlException or FormatException or ArgumentException or InvalidOperationException or NullReferenceException)
        {
            return [ReadResult.Failed(input.Origin, $"not a readable RSS or Atom feed ({e.Message})")];
        }

        if (feed.Type is FeedType.Unknown)
        {
            return [ReadResult.Failed(input.Origin, "unknown format: XML that is neither RSS nor Atom")];
        }

        var language = PageMetadata.PrimaryLanguage(feed.Language);
        return feed.Items.Select((item, i) => FromItem(item, i + 1, input, context) with { Language = language });
    }

    private static ReadResult FromItem(FeedItem item, int index, InputSource input, ReadContext context)
    {
        var origin = $"{input.Origin}#item{index}";
        var title = string.IsNullOrWhiteSpace(item.Title) ? null : PlainText(item.Title);
        var body = !string.IsNullOrWhiteSpace(item.Content) ? item.Content : item.Description;
        var text = string.IsNullOrWhiteSpace(body) ? string.Empty : HtmlToText(body);

        // A headline-only item still states its fact in the headline.
        if (text.Length == 0)
        {
            text = title ?? string.Empty;
        }

        if (text.Length == 0)
        {
            return ReadResult.Failed(origin, "feed item with neither title nor text");
        }

        var published = PageMetadata.ParseDate(item.PublishingDateString)
            ?? (item.PublishingDate is { } p ? DateOnly.FromDateTime(p) : (DateOnly?)null)
            ?? (item.SpecificItem is AtomFeedItem atom ? PageMetadata.ParseDate(atom.UpdatedDateString) ?? (atom.UpdatedDate is { } u ? DateOnly.FromDateTime(u) : (DateOnly?)null) : null)
            ?? context.DefaultPublished;
        var link = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim();
        var id = DocumentIds.Choose((title ?? string.Empty) + "\n" + text, item.Id, link);
        return ReadResult.Ok(origin, new Document(id, title, published, link ?? input.Url ?? input.Origin, text));
    }

    private static string HtmlToText(string html)
    {
        if (!html.Contains('<') && !html.Contains('&'))
        {
            return html.Trim();
        }

        var fragment = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        return string.Join("\n\n", BlockRenderer.Render(fragment.Body!).Select(b => b.Text));
    }

    private static string PlainText(string s) => HtmlToText(s).Replace("\n\n", " ", StringComparison.Ordinal);

    [GeneratedRegex(@"^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w:.-]*)", RegexOptions.Singleline)]
    private static partial Regex XmlRoot();

    [GeneratedRegex(@"^\uFEFF?\s*<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();
}
