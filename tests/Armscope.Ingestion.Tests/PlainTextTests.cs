namespace Armscope.Ingestion.Tests;

public class PlainTextTests
{
    [Fact]
    public void Headline_followed_by_a_blank_line_becomes_the_title_and_the_text_stays_whole()
    {
        using var scratch = new Scratch();
        var text = "Egypt takes delivery of first Rafale jets\n\nCairo received three fighters on Tuesday, officials said.\n";
        var path = scratch.Write("d042.txt", text);

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.NotNull(result.Document);
        Assert.Equal("d042", result.Document.Id);
        Assert.Equal("Egypt takes delivery of first Rafale jets", result.Document.Title);
        Assert.Equal(text, result.Document.Text);
        Assert.Equal(path, result.Document.Source);
        Assert.Equal(new DateOnly(2019, 4, 29), result.Document.Published);
    }

    [Fact]
    public void First_line_without_a_blank_line_after_it_is_not_taken_as_a_headline()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("plain.txt", "Cairo received three fighters on Tuesday.\nOfficials confirmed the delivery.\n");

        var document = Assert.Single(Reading.ReadAll(path)).Document;

        Assert.NotNull(document);
        Assert.Null(document.Title);
    }

    [Fact]
    public void Byte_order_mark_is_not_part_of_the_text()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Headline\n\nBody."u8]);

        var document = Assert.Single(Reading.ReadAll(path)).Document;

        Assert.Equal("Headline\n\nBody.", document!.Text);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var options = new ReaderOptions { StandardInput = () => new MemoryStream("Seoul signs K9 howitzer deal\n\nThe contract was signed."u8.ToArray()) };

        var document = Assert.Single(Reading.ReadAll(options, "-")).Document;

        Assert.NotNull(document);
        Assert.Equal("Seoul signs K9 howitzer deal", document.Title);
        Assert.StartsWith("sha256:", document.Id);
    }

    [Fact]
    public void Gzip_compressed_text_is_read_transparently_and_named_without_the_gz()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("wire-07.txt.gz", Scratch.Gzip("Headline\n\nThe navy commissioned the frigate."));

        var document = Assert.Single(Reading.ReadAll(path)).Document;

        Assert.NotNull(document);
        Assert.Equal("wire-07", document.Id);
        Assert.Equal("Headline\n\nThe navy commissioned the frigate.", document.Text);
    }
}
