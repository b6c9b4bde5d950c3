using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Armscope.Ingestion.Html;

/// <summary>
/// Page to article: metadata read from the untouched page, main content found by SmartReader (a
/// Readability port), then our own boilerplate rules over the content's text blocks.
/// </summary>
public sealed class HtmlArticleParser
{
    private const string PlaceholderUrl = "http://localhost/";

    private readonly ArticleBodyCleaner _cleaner;

    public HtmlArticleParser(ArticleBodyCleaner? cleaner = null) => _cleaner = cleaner ?? new ArticleBodyCleaner();

    public HtmlArticle Parse(string html, string? url = null)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(html);
        var metadata = PageMetadata.Read(page, url);
        var readerUrl = url ?? metadata.CanonicalUrl ?? PlaceholderUrl;
        if (!Uri.TryCreate(readerUrl, UriKind.Absolute, out _))
        {
            readerUrl = PlaceholderUrl;
        }

        var blocks = MainContentBlocks(parser, page, readerUrl);
        var kept = _cleaner.Clean(blocks, new ArticleFrame(metadata.Title, metadata.CanonicalUrl ?? url));
        return new HtmlArticle(string.Join("\n\n", kept.Select(b => b.Text)), metadata);
    }

    private static List<TextBlock> MainContentBlocks(HtmlParser parser, IHtmlDocument page, string url)
    {
        Article? article = null;
        try
        {
            using var reader = new Reader(url, page);
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException)
        {
            // SmartReader gives up on some malformed pages; the whole body below is the fallback.
        }

        if (article is { Completed: true } && !string.IsNullOrWhiteSpace(article.Content))
        {
            var content = parser.ParseDocument("<html><body>" + article.Content + "</body></html>");
            return BlockRenderer.Render(content.Body!);
        }

        var body = page.Body;
        return body is null ? [] : BlockRenderer.Render(body);
    }
}
