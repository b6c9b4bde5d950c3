using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Armscope.Web.Tests;

/// <summary>A server of its own, since these tests write to the register.</summary>
public sealed class IngestTests(IngestTests.Server server) : IClassFixture<IngestTests.Server>
{
    public sealed class Server : ExplorerServer
    {
        protected override long MaxRequestBytes => 64 * 1024;
    }

    private const string Article = "Moscow, March 3 - Russia delivered two Su-35 fighters to Algeria on Monday, the defence ministry said.";

    [Fact]
    public async Task Ingest_without_the_key_is_refused_with_401()
    {
        using var response = await server.Client.PostAsync("/api/ingest", new StringContent(Article, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task Ingest_with_a_wrong_key_is_refused_with_401()
    {
        using var request = Post(new StringContent(Article, Encoding.UTF8, "text/plain"), "not-the-key");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ingest_with_the_key_stores_the_document()
    {
        using var request = Post(new StringContent(Article + " Unique sentence for the key test.", Encoding.UTF8, "text/plain"));
        using var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        var id = report.GetProperty("documents")[0].GetString();

        using var page = await server.Client.GetAsync("/document/" + id);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Unique sentence for the key test.", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ingest_takes_multipart_files_and_json_lines_batches()
    {
        var batch = string.Join("\n",
            JsonSerializer.Serialize(new { id = "batch-1", title = "First", published = "2024-01-02", source = "https://news.example/b1", text = "India ordered 26 Rafale M jets from France in 2024. Batch one." }),
            JsonSerializer.Serialize(new { id = "batch-2", title = "Second", published = "2024-01-03", source = "https://news.example/b2", text = "Germany delivered IRIS-T air defence systems to Ukraine. Batch two." }));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(batch, Encoding.UTF8, "application/x-ndjson"), "files", "batch.jsonl" },
            { new StringContent("Plain text upload for the multipart test.", Encoding.UTF8, "text/plain"), "files", "note.txt" },
        };
        using var response = await server.Client.SendAsync(Post(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var report = JsonDocument.Parse(body).RootElement;
        Assert.Equal(3, report.GetProperty("added").GetInt32() + report.GetProperty("skipped").GetInt32());
        Assert.Equal(0, report.GetProperty("failed").GetInt32());
    }

    [Fact]
    public async Task Too_large_a_request_is_refused_with_413()
    {
        using var response = await server.Client.SendAsync(Post(new StringContent(new string('x', 100 * 1024), Encoding.UTF8, "text/plain")));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_content_type_is_refused_with_415()
    {
        using var response = await server.Client.SendAsync(Post(new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Reads_never_write()
    {
        using var response = await server.Client.PostAsync("/api/deals", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_hostile_article_is_stored_and_shown_as_text_only()
    {
        var line = JsonSerializer.Serialize(new
        {
            id = "hostile-upload",
            title = "<script>window.__pwned='up-title'</script><img src=x onerror=alert(1)>",
            published = "2024-05-05",
            source = "javascript:alert('source')",
            text = "Russia delivered S-400 systems to India <script>window.__pwned='up'</script> on Monday.\n\n"
                + "See <a href=\"javascript:alert(1)\">details</a> <img src=x onerror=\"alert(2)\"> and <svg onload=alert(3)>.",
        });
        using var response = await server.Client.SendAsync(Post(new StringContent(line, Encoding.UTF8, "application/x-ndjson")));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("documents")[0].GetString();

        var pages = new List<string> { "/document/" + id, "/documents", "/search?q=pwned", "/search?q=onerror&scope=documents", "/" };
        foreach (var deal in JsonDocument.Parse(body).RootElement.GetProperty("deals").EnumerateArray())
        {
            pages.Add("/deal/" + deal.GetString());
        }

        foreach (var path in pages)
        {
            var html = await server.Client.GetStringAsync(path);
            HostileMarkup.AssertInert(html, path);
        }

        var document = await server.Client.GetStringAsync("/document/" + id);
        Assert.Contains("&lt;script&gt;window.__pwned=", document);
        Assert.Contains("javascript:alert(&#x27;source&#x27;)", document);
    }

    [Fact]
    public async Task A_read_only_server_refuses_ingest_with_403()
    {
        var readOnly = new ReadOnlyExplorerServer();
        await readOnly.InitializeAsync();
        try
        {
            using var response = await readOnly.Client.SendAsync(Post(new StringContent(Article, Encoding.UTF8, "text/plain")));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        finally
        {
            await readOnly.DisposeAsync();
        }
    }

    private static HttpRequestMessage Post(HttpContent content, string key = ExplorerServer.ApiKey) => new(HttpMethod.Post, "/api/ingest")
    {
        Content = content,
        Headers = { { "X-Api-Key", key } },
    };
}
