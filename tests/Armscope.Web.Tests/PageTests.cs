using System.Net;
using System.Text.Json;

namespace Armscope.Web.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class PageTests(ExplorerServer server)
{
    private HttpClient Client => server.Client;

    [Theory]
    [InlineData("/", "Top suppliers", "Russia")]
    [InlineData("/", "Deals per year by supplier", "<svg")]
    [InlineData("/network", "Supplier to recipient pairs", "Pakistan")]
    [InlineData("/deals", "Deals, most recent activity first", "S-400")]
    [InlineData("/deals?supplier=CN&page=2&pageSize=5", "Page 2 of 3", "PLZ-")]
    [InlineData("/country/RU", "As supplier", "Turkey")]
    [InlineData("/country/tr", "As recipient", "S-400")]
    [InlineData("/system/S-400", "Suppliers", "Russia")]
    [InlineData("/documents", "Turkey buys S-400 from Russia", "news.example")]
    [InlineData("/search?q=S-400+contract", "Evidence sentences", "<mark>")]
    [InlineData("/search?q=Ambala&scope=documents", "Rafale jets arrive in India", "<mark>Ambala</mark>")]
    public async Task Every_page_renders_with_data(string path, string heading, string content)
    {
        var html = await GetHtml(path);
        Assert.Contains(heading, html);
        Assert.Contains(content, html);
    }

    [Fact]
    public async Task Deal_page_shows_the_timeline_and_each_evidence_sentence_marked_in_its_paragraph()
    {
        var id = await DealId("supplier=RU&recipient=TR");
        var html = await GetHtml("/deal/" + id);

        Assert.Contains("Russia to Turkey: S-400", html);
        Assert.Contains("<time datetime=\"2017-09\">2017-09</time>", html);
        Assert.Contains("<time datetime=\"2019-07\">2019-07</time>", html);
        Assert.Contains("2,500,000,000 USD", html);
        Assert.Contains("Quantity: 4.", html);

        // The sentence is marked, and the rest of its paragraph stands around it.
        Assert.Contains("ANKARA, Sept 12 - Turkish officials confirmed the purchase on Tuesday. <mark>Turkey signed a $2.5 billion contract with Russia for four S-400 batteries in September 2017.</mark> Washington warned of consequences.", html);
        Assert.Contains("<mark>The first S-400 components were delivered to Murted air base near Ankara in July 2019.</mark>", html);
        Assert.Contains("href=\"https://news.example/2017/09/turkey-s400\"", html);
        Assert.Contains("published 2017-09-12", html);
        Assert.Contains("published 2019-07-12", html);
    }

    [Fact]
    public async Task Document_page_marks_the_evidence_and_lists_the_records()
    {
        var documents = await GetJson("/api/documents?pageSize=100");
        var id = documents.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "2020-07-india-rafale").GetProperty("id").GetString();
        var html = await GetHtml("/document/" + id);
        Assert.Contains("<mark>The first five Rafale fighters from France arrived at Ambala air base on Wednesday.</mark>", html);
        Assert.Contains("href=\"/system/Rafale\"", html);
        Assert.Contains("href=\"https://news.example/2020/07/rafale\"", html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/deals")]
    [InlineData("/network")]
    [InlineData("/api/deals")]
    [InlineData("/nowhere")]
    public async Task Every_response_carries_the_content_security_policy_and_nosniff(string path)
    {
        using var response = await Client.GetAsync(path);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task A_loopback_server_answers_loopback_names(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/overview") { Headers = { Host = $"{host}:{server.BaseAddress.Port}" } };
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_loopback_server_refuses_other_host_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/overview") { Headers = { Host = "rebound.example" } };
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        foreach (var path in new[] { "/", "/network", "/deals", "/documents", "/country/RU", "/search?q=S-400" })
        {
            var html = await GetHtml(path);
            Assert.DoesNotContain("<script>", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=\"/assets/)", html);
        }
    }

    [Theory]
    [InlineData("/deals?status=bogus", "status")]
    [InlineData("/deals?pageSize=100000", "pageSize")]
    [InlineData("/search?q=%22%22", "no word")]
    public async Task Bad_parameters_on_pages_answer_400_with_the_reason(string path, string reason)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_deal_country_and_document_answer_404_pages()
    {
        foreach (var path in new[] { "/deal/0000000000000000", "/country/ZZ", "/system/Nothing-999", "/document/none" })
        {
            using var response = await Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
        }
    }

    [Fact]
    public async Task Pages_link_every_list_to_its_csv_and_json_download()
    {
        var html = await GetHtml("/country/RU");
        Assert.Contains("href=\"/download/deals.csv?supplier=RU\"", html);
        Assert.Contains("href=\"/download/deals.json?recipient=TR\"", await GetHtml("/country/TR"));
        Assert.Contains("href=\"/download/network.graphml\"", await GetHtml("/network"));
    }

    private async Task<string> GetHtml(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        return body;
    }

    private async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<string> DealId(string query) =>
        (await GetJson("/api/deals?" + query)).GetProperty("items")[0].GetProperty("id").GetString()!;
}
