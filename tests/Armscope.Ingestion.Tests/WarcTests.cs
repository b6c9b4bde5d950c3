using System.Text;

namespace Armscope.Ingestion.Tests;

public class WarcTests
{
    private const string Paragraph = "The defence ministry said the first two submarines were handed over to the navy at the shipyard on Thursday, completing a deal signed in 2019 with the builder.";

    private static byte[] Record(string type, string uri, string contentType, byte[] block, string id)
    {
        var header = $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Date: 2023-02-10T08:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }

    private static byte[] HttpResponse(string contentType, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];

    private static string Page(string text) =>
        $"<html><head><title>Submarines</title></head><body><article><p>{text}</p><p>{Paragraph}</p></article></body></html>";

    private static List<byte[]> Records() =>
    [
        Record("warcinfo", string.Empty, "application/warc-fields", "software: test\r\n"u8.ToArray(), "00000000-0000-0000-0000-000000000000"),
        Record("request", "https://news.example.org/subs", "application/http; msgtype=request", "GET /subs HTTP/1.1\r\n\r\n"u8.ToArray(), "11111111-1111-1111-1111-111111111111"),
        Record("response", "https://news.example.org/subs", "application/http; msgtype=response",
            HttpResponse("text/html; charset=ISO-8859-1", Encoding.Latin1.GetBytes(Page("Les sous-marins ont été livrés à la marine, a indiqué le ministère."))), "22222222-2222-2222-2222-222222222222"),
        Record("response", "https://news.example.org/logo.png", "application/http; msgtype=response",
            HttpResponse("image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]), "33333333-3333-3333-3333-333333333333"),
        Record("resource", "https://news.example.org/archive/subs", "text/html", Encoding.UTF8.GetBytes(Page("Archived copy.")), "44444444-4444-4444-4444-444444444444"),
    ];

    [Fact]
    public void Html_responses_and_resources_become_documents_and_other_records_are_passed_over()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("crawl.warc", Records().SelectMany(r => r).ToArray());

        var documents = Reading.ReadAll(path).Select(r => r.Document!).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal("urn:uuid:22222222-2222-2222-2222-222222222222", documents[0].Id);
        Assert.Equal("https://news.example.org/subs", documents[0].Source);
        Assert.Equal("https://news.example.org/archive/subs", documents[1].Source);
    }

    [Fact]
    public void Charset_from_the_stored_http_header_decodes_the_page()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("crawl.warc", Records().SelectMany(r => r).ToArray());

        var first = Reading.ReadAll(path)[0].Document!;

        Assert.Contains("Les sous-marins ont été livrés à la marine", first.Text);
    }

    [Fact]
    public void Gzip_per_record_web_archive_is_read_record_by_record()
    {
        using var scratch = new Scratch();
        var path = scratch.Write("crawl.warc.gz", Records().SelectMany(Scratch.Gzip).ToArray());

        var results = Reading.ReadAll(path);

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.NotNull(r.Document));
        Assert.Contains("handed over to the navy", results[1].Document!.Text);
    }

    [Fact]
    public void Warc_version_1_0_is_read_too()
    {
        using var scratch = new Scratch();
        var record = Record("resource", "https://news.example.org/old", "text/html", Encoding.UTF8.GetBytes(Page("Old format.")), "55555555-5555-5555-5555-555555555555");
        var path = scratch.Write("old.warc", Encoding.ASCII.GetBytes("WARC/1.0").Concat(record.Skip("WARC/1.1".Length)).ToArray());

        Assert.NotNull(Assert.Single(Reading.ReadAll(path)).Document);
    }

    [Fact]
    public void A_truncated_archive_keeps_the_records_before_the_damage()
    {
        using var scratch = new Scratch();
        var all = Records().SelectMany(r => r).ToArray();
        var path = scratch.Write("cut.warc", all[..(all.Length - 40)]);

        var results = Reading.ReadAll(path);

        Assert.NotNull(results[0].Document);
        Assert.StartsWith("broken web archive", results[^1].Error);
    }
}
