using Armscope.Ingestion.Html;

namespace Armscope.Ingestion.Tests;

public class BoilerplateRuleTests
{
    private static readonly ArticleFrame Frame = new("Navy orders frigates", "https://news.example.org/frigates");
    private static readonly ArticleBodyCleaner Cleaner = new();

    private static TextBlock Block(string text, string tag = "p", int linkChars = 0, string markers = "", params string[] ancestors) =>
        new(text, tag, linkChars, markers, ancestors);

    private static IEnumerable<string> Why(TextBlock block) => Cleaner.Explain(block, Frame);

    [Theory]
    [InlineData("By Jane Example")]
    [InlineData("By Jane Example and John Sample | Staff Writer")]
    [InlineData("By Jane Example, Wednesday, 20 November 2019 08:05 GMT")]
    [InlineData("November 18, 2019 | 4:10pm")]
    [InlineData("19.11.2019, 08:57")]
    [InlineData("Share this article")]
    [InlineData("Copyright 2021 Example Media. All rights reserved.")]
    [InlineData("Soldiers unload crates at the port (Photo: Example Agency)")]
    [InlineData("Sign up for our daily newsletter to get the latest news")]
    [InlineData("Navy orders frigates")]
    [InlineData("https://news.example.org/frigates")]
    [InlineData("Image 3 of 12")]
    [InlineData("Jane Example contributed reporting from Athens.")]
    public void Boilerplate_lines_are_recognised(string text)
    {
        Assert.NotEmpty(Why(Block(text)));
    }

    [Theory]
    [InlineData("By 2025 the navy expects to have received all six frigates, the ministry said in a statement on Monday.")]
    [InlineData("The contract, signed on November 18, 2019, covers four ships.")]
    [InlineData("Reuters reported that the deal was worth about $2 billion.")]
    [InlineData("By Monday, Turkey had received four batteries.")]
    [InlineData("Credit lines from Moscow financed the purchase.")]
    [InlineData("Published reports say the order covers 12 jets.")]
    [InlineData("Loading of the missiles began at dawn.")]
    [InlineData("Share prices of the manufacturer rose 4%.")]
    [InlineData("The ministry said the frigates would be built under licence at a local yard, with the first to be delivered in 2026.")]
    public void Article_sentences_are_kept(string text)
    {
        Assert.Empty(Why(Block(text)));
    }

    [Fact]
    public void Captions_and_navigation_are_recognised_by_their_place_in_the_page()
    {
        Assert.Contains("caption", Why(Block("Crews at the shipyard.", "figcaption", ancestors: ["figure"])));
        Assert.Contains("navigation", Why(Block("World", "li", 5, "site-nav menu")));
    }

    [Fact]
    public void A_related_heading_and_the_headlines_listed_under_it_are_dropped_and_the_article_before_it_kept()
    {
        TextBlock[] blocks =
        [
            Block("The navy ordered two frigates on Monday, the ministry said."),
            Block("More stories", "h3"),
            Block("Air force retires its oldest jets", "li"),
            Block("Army tests a new rifle", "li"),
        ];

        var kept = Cleaner.Clean(blocks, Frame);

        Assert.Equal(["The navy ordered two frigates on Monday, the ministry said."], kept.Select(b => b.Text));
    }
}
