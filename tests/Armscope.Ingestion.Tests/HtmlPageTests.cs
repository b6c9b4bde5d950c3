using System.Text;
using Armscope.Ingestion.Html;

namespace Armscope.Ingestion.Tests;

public class HtmlPageTests
{
    private const string Body = """
        <p>Ministry officials confirmed on Monday that the first batch of armoured vehicles had arrived at the port, completing a contract signed two years earlier with the manufacturer.</p>
        <p>The vehicles will be assigned to two mechanised brigades in the north of the country, where they replace ageing models bought in the 1980s, according to the defence ministry.</p>
        <p>A second batch is scheduled to follow in the spring, the statement added, with training of crews already under way at a base outside the capital.</p>
        """;

    private static string Page(string head, string article) => $"""
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8">{head}</head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
        <article>{article}</article>
        <footer>Contact us</footer></body></html>
        """;

    [Fact]
    public void Meta_published_time_title_canonical_and_language_are_read()
    {
        var html = Page("""
            <title>Armoured vehicles arrive | The Daily Example</title>
            <meta property="og:title" content="Armoured vehicles arrive at the port">
            <meta property="article:published_time" content="2021-03-08T22:15:00-05:00">
            <link rel="canonical" href="https://news.example.org/world/vehicles-arrive">
            """, Body);

        var article = new HtmlArticleParser().Parse(html);

        Assert.Equal("Armoured vehicles arrive at the port", article.Metadata.Title);
        Assert.Equal(new DateOnly(2021, 3, 8), article.Metadata.Published);
        Assert.Equal("https://news.example.org/world/vehicles-arrive", article.Metadata.CanonicalUrl);
        Assert.Equal("en", article.Metadata.Language);
    }

    [Fact]
    public void Json_ld_date_published_is_used_when_no_meta_tag_gives_one()
    {
        var html = Page("""<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Vehicles","datePublished":"2020-11-02T08:00:00Z"}]}</script>""", Body);

        Assert.Equal(new DateOnly(2020, 11, 2), new HtmlArticleParser().Parse(html).Metadata.Published);
    }

    [Fact]
    public void Time_element_gives_the_date_when_metadata_does_not()
    {
        var html = Page(string.Empty, "<time datetime=\"2018-06-14\">14 June</time>" + Body);

        Assert.Equal(new DateOnly(2018, 6, 14), new HtmlArticleParser().Parse(html).Metadata.Published);
    }

    [Fact]
    public void Date_in_the_url_is_the_last_resort()
    {
        var html = Page(string.Empty, Body);

        var article = new HtmlArticleParser().Parse(html, "https://news.example.org/2017/09/21/vehicles-arrive");

        Assert.Equal(new DateOnly(2017, 9, 21), article.Metadata.Published);
    }

    [Fact]
    public void Article_text_keeps_paragraphs_and_drops_navigation_captions_and_share_lines()
    {
        var article = $"""
            <h1>Armoured vehicles arrive at the port</h1>
            <p class="byline">By Jane Example</p>
            <figure><img src="a.jpg"><figcaption>Vehicles unloaded at the port. (Photo: Example Agency)</figcaption></figure>
            {Body}
            <p>Share this article</p>
            <p>Sign up for our daily newsletter</p>
            <h3>Related</h3>
            <ul><li><a href="/a">Navy orders new frigates</a></li><li><a href="/b">Air force retires old jets</a></li></ul>
            """;
        var html = Page("<meta property=\"og:title\" content=\"Armoured vehicles arrive at the port\">", article);

        var text = new HtmlArticleParser().Parse(html).Text;

        Assert.Contains("first batch of armoured vehicles had arrived at the port", text);
        Assert.Contains("training of crews already under way", text);
        Assert.DoesNotContain("Home", text);
        Assert.DoesNotContain("Vehicles unloaded", text);
        Assert.DoesNotContain("Share this", text);
        Assert.DoesNotContain("newsletter", text);
        Assert.DoesNotContain("Navy orders new frigates", text);
        Assert.DoesNotContain("By Jane Example", text);
    }

    [Fact]
    public void Latin1_page_declaring_its_charset_in_a_meta_tag_is_decoded()
    {
        using var scratch = new Scratch();
        var html = Page(string.Empty, "<p>Le ministère a confirmé la livraison des hélicoptères à l'armée de l'air, selon un communiqué publié lundi à Paris par les autorités françaises.</p>" + Body)
            .Replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", StringComparison.Ordinal);
        var path = scratch.Write("livraison.html", Encoding.Latin1.GetBytes(html));

        var document = Assert.Single(Reading.ReadAll(path)).Document;

        Assert.NotNull(document);
        Assert.Contains("Le ministère a confirmé la livraison des hélicoptères", document.Text);
    }

    [Fact]
    public void Html_file_becomes_a_document_named_after_the_file_with_its_canonical_url_as_source()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("page-17.html", Page("""<link rel="canonical" href="https://news.example.org/p/17"><meta name="pubdate" content="2022-01-05">""", Body));

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.Equal("page-17", result.Document!.Id);
        Assert.Equal("https://news.example.org/p/17", result.Document.Source);
        Assert.Equal(new DateOnly(2022, 1, 5), result.Document.Published);
        Assert.Equal("en", result.Language);
    }
}
