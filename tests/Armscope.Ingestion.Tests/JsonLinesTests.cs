namespace Armscope.Ingestion.Tests;

public class JsonLinesTests
{
    [Fact]
    public void Each_line_is_a_document_with_its_own_metadata()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("batch.jsonl", """
            {"id": "n1", "title": "Frigate order", "published": "2020-02-03", "source": "https://example.org/n1", "text": "The navy ordered two frigates."}
            {"id": "n2", "title": null, "text": "Deliveries were suspended."}
            """);

        var documents = Reading.ReadAll(path).Select(r => r.Document!).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal("n1", documents[0].Id);
        Assert.Equal("Frigate order", documents[0].Title);
        Assert.Equal(new DateOnly(2020, 2, 3), documents[0].Published);
        Assert.Equal("https://example.org/n1", documents[0].Source);
        Assert.Equal(new DateOnly(2019, 4, 29), documents[1].Published);
    }

    [Fact]
    public void A_broken_line_is_an_error_for_that_line_only()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("mixed.jsonl", "{\"id\": \"a\", \"text\": \"First.\"}\n{\"id\": \"b\", \"text\": \n{\"id\": \"c\", \"text\": \"Third.\"}\n");

        var results = Reading.ReadAll(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("a", results[0].Document!.Id);
        Assert.Equal($"{path}:2", results[1].Origin);
        Assert.StartsWith("broken JSON line", results[1].Error);
        Assert.Equal("c", results[2].Document!.Id);
    }

    [Fact]
    public void Html_instead_of_text_goes_through_article_extraction()
    {
        using var scratch = new Scratch();
        var paragraph = "The coast guard received four patrol boats from the shipyard on Friday, the second delivery under a contract signed last year, the ministry said in a statement.";
        var html = $"<html><head><title>Boats</title></head><body><article><p>{paragraph}</p><p>{paragraph}</p></article></body></html>";
        var line = System.Text.Json.JsonSerializer.Serialize(new { id = "h1", html });
        var path = scratch.Write("pages.jsonl", line + "\n");

        var document = Assert.Single(Reading.ReadAll(path)).Document;

        Assert.NotNull(document);
        Assert.Equal("h1", document.Id);
        Assert.Contains("four patrol boats", document.Text);
        Assert.DoesNotContain("<p>", document.Text);
    }

    [Fact]
    public void A_line_without_id_gets_a_stable_id_from_its_content()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("noid.jsonl", "{\"text\": \"Same text.\"}\n{\"text\": \"Same text.\"}\n");

        var ids = Reading.ReadAll(path).Select(r => r.Document!.Id).ToList();

        Assert.StartsWith("sha256:", ids[0]);
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public void Json_lines_are_recognised_by_content_without_the_extension()
    {
        var options = new ReaderOptions { StandardInput = () => new MemoryStream("{\"id\": \"s1\", \"text\": \"Piped.\"}\n"u8.ToArray()) };

        Assert.Equal("s1", Assert.Single(Reading.ReadAll(options, "-")).Document!.Id);
    }
}
