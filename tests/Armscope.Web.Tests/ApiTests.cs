using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Armscope.Web.Tests;

[Collection(ExplorerCollection.Name)]
public sealed class ApiTests(ExplorerServer server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Deals_come_in_pages_with_the_total()
    {
        var first = await Get("/api/deals?supplier=CN&pageSize=5");
        var third = await Get("/api/deals?supplier=CN&pageSize=5&page=3");

        Assert.Equal(12, first.GetProperty("total").GetInt64());
        Assert.Equal(3, first.GetProperty("pages").GetInt32());
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, third.GetProperty("items").GetArrayLength());
        var ids = first.GetProperty("items").EnumerateArray().Concat(third.GetProperty("items").EnumerateArray()).Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("supplier=RU", "supplier", "RU")]
    [InlineData("recipient=pk", "recipient", "PK")]
    [InlineData("status=delivery", "status", "delivery")]
    [InlineData("category=aircraft", "category", "aircraft")]
    [InlineData("system=S-400", "system", "S-400")]
    public async Task Filters_keep_only_matching_deals(string query, string field, string expected)
    {
        var page = await Get("/api/deals?pageSize=500&" + query);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, d =>
        {
            var value = d.GetProperty(field);
            Assert.Equal(expected, value.ValueKind == JsonValueKind.Object ? value.GetProperty("code").GetString() : value.GetString());
        });
    }

    [Fact]
    public async Task Year_filters_keep_deals_active_in_the_range()
    {
        var page = await Get("/api/deals?supplier=CN&from=2012&to=2014");
        var years = page.GetProperty("items").EnumerateArray().Select(d => int.Parse(d.GetProperty("last_seen").GetString()![..4], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal([2012, 2013, 2014], years);
    }

    [Theory]
    [InlineData("/api/deals?pageSize=0", "pageSize")]
    [InlineData("/api/deals?pageSize=501", "pageSize")]
    [InlineData("/api/deals?page=0", "page")]
    [InlineData("/api/deals?page=two", "page")]
    [InlineData("/api/deals?status=sold", "status")]
    [InlineData("/api/deals?category=tanks", "category")]
    [InlineData("/api/deals?from=2020&to=2010", "from")]
    [InlineData("/api/deals?status=order&status=delivery", "status")]
    [InlineData("/api/suppliers?from=year", "from")]
    [InlineData("/api/network?limit=999999", "limit")]
    [InlineData("/api/search/evidence?q=***", "q")]
    [InlineData("/download/deals.csv?status=bogus", "status")]
    public async Task Bad_parameters_answer_400_problem_details_naming_the_parameter(string path, string parameter)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
    }

    [Fact]
    public async Task Unknown_deal_answers_404_problem_details()
    {
        using var response = await Client.GetAsync("/api/deals/ffffffffffffffff");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Deal_detail_gives_the_timeline_with_evidence_and_paragraphs()
    {
        var id = (await Get("/api/deals?supplier=RU&recipient=TR")).GetProperty("items")[0].GetProperty("id").GetString();
        var detail = await Get("/api/deals/" + id);
        var timeline = detail.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["order", "delivery"], timeline.Select(e => e.GetProperty("status").GetString()));
        var evidence = timeline[0].GetProperty("evidence")[0];
        var paragraph = evidence.GetProperty("paragraph").GetString()!;
        Assert.Equal(TestRegister.TurkeyOrder, paragraph[evidence.GetProperty("mark_start").GetInt32()..evidence.GetProperty("mark_end").GetInt32()]);
        Assert.Equal("2017-09-12", evidence.GetProperty("document").GetProperty("published").GetString());
    }

    [Fact]
    public async Task Overview_country_and_system_summaries()
    {
        var overview = await Get("/api/overview");
        Assert.Equal(18, overview.GetProperty("counts").GetProperty("documents").GetInt64());
        Assert.Equal("CN", overview.GetProperty("top_suppliers")[0].GetProperty("party").GetProperty("code").GetString());
        Assert.NotEmpty(overview.GetProperty("deals_per_year").EnumerateArray());

        var russia = await Get("/api/countries/RU");
        Assert.Equal(2, russia.GetProperty("deals_as_supplier").GetInt64());
        var system = await Get("/api/systems/S-400");
        Assert.Equal("TR", system.GetProperty("recipients")[0].GetProperty("party").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Search_finds_evidence_and_documents_and_takes_any_text_safely()
    {
        var evidence = await Get("/api/search/evidence?q=Murted");
        Assert.Equal(1, evidence.GetProperty("total").GetInt64());
        Assert.Contains(evidence.GetProperty("items")[0].GetProperty("sentence").EnumerateArray(), f => f.GetProperty("match").GetBoolean() && f.GetProperty("text").GetString() == "Murted");

        var documents = await Get("/api/search/documents?q=Rafa*");
        Assert.True(documents.GetProperty("total").GetInt64() >= 1);

        foreach (var q in new[] { "NEAR(a b", "\"unbalanced", "a OR", "col:umn", "-minus", "S-400)", "^start" })
        {
            using var response = await Client.GetAsync("/api/search/evidence?q=" + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Network_weights_edges_by_deals_and_downloads_as_graphml()
    {
        var network = await Get("/api/network?category=artillery");
        var edge = Assert.Single(network.GetProperty("edges").EnumerateArray());
        Assert.Equal(12, edge.GetProperty("deals").GetInt64());

        var graphml = XDocument.Parse(await Client.GetStringAsync("/download/network.graphml"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Contains(graphml.Descendants(ns + "edge"), e => (string?)e.Attribute("source") == "RU" && (string?)e.Attribute("target") == "TR");
        Assert.Contains(graphml.Descendants(ns + "node"), n => (string?)n.Attribute("id") == "PK");
    }

    [Fact]
    public async Task Lists_download_whole_as_csv_and_json()
    {
        using var csv = await Client.GetAsync("/download/deals.csv?supplier=CN");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.ToString());
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("deal_id,supplier,supplier_name,recipient", lines[0]);
        Assert.Equal(13, lines.Length);

        var json = JsonDocument.Parse(await Client.GetStringAsync("/download/transfers.json")).RootElement;
        Assert.Equal(18, json.GetArrayLength());
    }

    [Fact]
    public async Task Csv_cells_that_look_like_formulas_are_defused()
    {
        var csv = await Client.GetStringAsync("/download/documents.csv");
        Assert.DoesNotContain(",\"=cmd", csv);
        Assert.Contains(",\"'=cmd", csv);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api_with_its_parameters()
    {
        var document = await Get("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/deals", out var deals));
        var parameters = deals.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("pageSize", parameters);
        Assert.Contains("supplier", parameters);
        Assert.True(paths.TryGetProperty("/api/ingest", out _));
        Assert.False(paths.TryGetProperty("/deals", out _));
    }

    private async Task<JsonElement> Get(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
