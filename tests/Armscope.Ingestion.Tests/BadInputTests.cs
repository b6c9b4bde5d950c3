namespace Armscope.Ingestion.Tests;

public class BadInputTests
{
    [Fact]
    public void Empty_file_gets_one_error_naming_it_and_the_batch_goes_on()
    {
        using var scratch = new Scratch();
        var empty = scratch.Write("empty.txt", string.Empty);
        var good = scratch.Write("good.txt", "Headline\n\nBody.");

        var results = Reading.ReadAll(empty, good);

        Assert.Equal(2, results.Count);
        Assert.Equal(empty, results[0].Origin);
        Assert.Equal("empty file", results[0].Error);
        Assert.NotNull(results[1].Document);
    }

    [Fact]
    public void Binary_file_is_refused_as_not_text()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("blob.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x41, 0x42, 0x00, 0x7F]);

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.Null(result.Document);
        Assert.Contains("binary", result.Error);
    }

    [Fact]
    public void Known_binary_format_is_named_in_the_error()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("report.txt", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8.ToArray());

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.Equal("unsupported format: a PDF document", result.Error);
    }

    [Fact]
    public void Text_that_is_neither_UTF8_nor_confidently_another_encoding_is_refused()
    {
        using var scratch = new Scratch();
        // Words separated by bytes that are invalid UTF-8 and read as symbols or controls in any code page.
        byte[] noise = [0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xC0, 0xC1, 0xF5, 0xFF, 0xFE];
        var garbled = Enumerable.Range(0, 40).SelectMany(i => "word "u8.ToArray().Append(noise[i * 7 % noise.Length])).ToArray();
        var path = scratch.Write("garbled.txt", garbled);

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.Null(result.Document);
        Assert.StartsWith("not UTF-8 text (", result.Error);
    }

    [Fact]
    public void Latin1_text_file_long_enough_to_recognise_is_decoded()
    {
        using var scratch = new Scratch();
        var text = "Le ministère de la Défense a confirmé la livraison des hélicoptères à l'armée, selon un communiqué publié à Paris.";
        var path = scratch.Write("latin1.txt", System.Text.Encoding.Latin1.GetBytes(text));

        Assert.Equal(text, Assert.Single(Reading.ReadAll(path)).Document!.Text);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_is_an_unknown_format()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("drawing.xml", "<?xml version=\"1.0\"?><svg><rect/></svg>");

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.Equal("unknown format: XML with root element <svg>, neither RSS nor Atom", result.Error);
    }

    [Fact]
    public void Missing_path_is_reported_and_the_rest_is_read()
    {
        using var scratch = new Scratch();
        var good = scratch.Write("good.txt", "Headline\n\nBody.");

        var results = Reading.ReadAll(Path.Combine(scratch.Root, "nowhere.txt"), good);

        Assert.Equal("no such file or folder", results[0].Error);
        Assert.NotNull(results[1].Document);
    }

    [Fact]
    public void Corrupt_gzip_is_one_error()
    {
        using var scratch = new Scratch();
        // A valid gzip header followed by a deflate block of the reserved (invalid) type.
        byte[] header = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03];
        var path = scratch.Write("broken.txt.gz", [.. header, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);

        var result = Assert.Single(Reading.ReadAll(path));

        Assert.Null(result.Document);
        Assert.StartsWith("corrupt compressed data", result.Error);
    }
}
