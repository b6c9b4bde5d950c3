using Armscope.Core.Vocabulary;
using Armscope.Register.Web;
using Armscope.Web.Security;
using Armscope.Web.Views;

namespace Armscope.Web.Tests;

public sealed class ViewTests
{
    [Theory]
    [InlineData("https://news.example/a?b=1", "https://news.example/a?b=1")]
    [InlineData("http://news.example/", "http://news.example/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData(" JaVaScRiPt:alert(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("vbscript:msgbox", null)]
    [InlineData("/relative/path", null)]
    [InlineData("//news.example/protocol-relative", null)]
    [InlineData("file:///etc/passwd", null)]
    [InlineData("/work/shared/corpus/dev/articles/d001.txt", null)]
    [InlineData("", null)]
    public void Only_absolute_http_addresses_become_links(string address, string? expected) =>
        Assert.Equal(expected, SafeLinks.Http(address));

    [Fact]
    public void Evidence_is_marked_inside_its_paragraph()
    {
        const string sentence = "Turkey signed for four S-400 batteries.";
        var text = "Headline\n\nFirst sentence. " + sentence + " Last sentence.\n\nAnother paragraph.";
        var start = text.IndexOf(sentence, StringComparison.Ordinal);

        var paragraph = Paragraphs.Around(text, new Evidence(sentence, start, start + sentence.Length));

        Assert.Equal([new Fragment("First sentence. ", false), new Fragment(sentence, true), new Fragment(" Last sentence.", false)], paragraph.Fragments);
    }

    [Fact]
    public void Evidence_with_stale_offsets_is_found_by_its_text()
    {
        const string sentence = "France delivered five Rafale jets.";
        var text = "Intro.\n\nIn July, " + sentence;

        var paragraph = Paragraphs.Around(text, new Evidence(sentence, 0, sentence.Length));

        Assert.Equal([new Fragment("In July, ", false), new Fragment(sentence, true)], paragraph.Fragments);
    }

    [Fact]
    public void Evidence_missing_from_the_text_is_shown_alone_and_marked()
    {
        var paragraph = Paragraphs.Around("Unrelated text.", new Evidence("A sentence from elsewhere.", 3, 29));
        Assert.Equal([new Fragment("A sentence from elsewhere.", true)], paragraph.Fragments);
    }

    [Fact]
    public void A_long_paragraph_is_cut_around_the_evidence()
    {
        var filler = string.Concat(Enumerable.Repeat("word ", 1000));
        const string sentence = "Egypt ordered 24 Rafale jets.";
        var text = filler + sentence + " " + filler;

        var paragraph = Paragraphs.Around(text, new Evidence(sentence, filler.Length, filler.Length + sentence.Length));

        Assert.True(paragraph.CutBefore && paragraph.CutAfter);
        Assert.Contains(new Fragment(sentence, true), paragraph.Fragments);
        Assert.True(paragraph.Fragments.Sum(f => f.Text.Length) <= Paragraphs.MaxContext + 20);
    }

    [Fact]
    public void Overlapping_marks_merge()
    {
        var fragments = Fragments.Mark("abcdefghij", [(2, 5), (4, 7), (8, 9)]);
        Assert.Equal([new Fragment("ab", false), new Fragment("cdefg", true), new Fragment("h", false), new Fragment("i", true), new Fragment("j", false)], fragments);
    }

    [Fact]
    public void Search_markers_become_marked_fragments()
    {
        var text = $"the {SearchIndex.MarkStart}S-400{SearchIndex.MarkEnd} was {SearchIndex.MarkStart}delivered{SearchIndex.MarkEnd}";
        Assert.Equal(
            [new Fragment("the ", false), new Fragment("S-400", true), new Fragment(" was ", false), new Fragment("delivered", true)],
            Fragments.FromMarkers(text));
    }

    [Theory]
    [InlineData("S-400 delivered", "\"S-400\" \"delivered\"")]
    [InlineData("Rafa*", "\"Rafa\" *")]
    [InlineData("NEAR(a b", "\"NEAR a\" \"b\"")]
    [InlineData("\"quoted phrase\"", "\"quoted\" \"phrase\"")]
    [InlineData("col:umn OR x", "\"col umn\" \"OR\" \"x\"")]
    [InlineData("*** ()", null)]
    [InlineData("", null)]
    public void Search_text_becomes_quoted_fts_phrases(string text, string? expected) =>
        Assert.Equal(expected, SearchIndex.ToMatchQuery(text));

    [Fact]
    public void Chart_stacks_the_top_suppliers_and_groups_the_rest()
    {
        var counts = Enumerable.Range(0, 9)
            .SelectMany(s => new[] { new YearCount(2020, new Party($"S{s}", $"Supplier {s}"), 10 - s), new YearCount(2022, new Party($"S{s}", $"Supplier {s}"), 1) })
            .ToList();

        var chart = YearChart.Of(counts);

        Assert.Equal(YearChart.MaxSeries + 1, chart.Series.Count);
        Assert.Equal("Other suppliers", chart.Series[^1].Name);
        Assert.Equal([2020, 2021, 2022], chart.Table.Select(t => t.Year));
        Assert.Equal(counts.Where(c => c.Year == 2020).Sum(c => c.Deals), chart.Table[0].Values.Sum());
        Assert.All(chart.Blocks, b => Assert.True(b.Y >= YearChart.Top - 0.1 && b.Y + b.Height <= chart.Height - YearChart.Bottom + 0.1));
    }
}
