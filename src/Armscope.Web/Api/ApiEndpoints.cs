using System.Text.Json;
using Armscope.Core.Vocabulary;
using Armscope.Register;
using Armscope.Register.Web;
using Armscope.Web.Views;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Armscope.Web.Api;

/// <summary>
/// The JSON API under /api (read-only but for POST /api/ingest) and the downloads under /download: every list is
/// served paged as JSON and whole as CSV and JSON, from one definition.
/// </summary>
public static class ApiEndpoints
{
    public const int DefaultPageSize = 50;

    private static readonly (string Name, string Description)[] DealParameters =
    [
        ("supplier", "Supplier: ISO 3166-1 alpha-2 code (RU), or the name of a party with no state (NATO)."),
        ("recipient", "Recipient, coded as the supplier."),
        ("system", "Weapon system designation (S-400); also finds longer designations that do not continue a number."),
        ("category", "SIPRI category: " + string.Join(", ", RequestQuery.CategoryNames) + "."),
        ("status", "Current status of the deal: " + string.Join(", ", RequestQuery.StatusNamesList) + "."),
        ("from", "Year: deals active in this year or later."),
        ("to", "Year: deals active in this year or earlier."),
    ];

    private static readonly (string Name, string Description)[] PageParameters =
    [
        ("page", "Page number, from 1."),
        ("pageSize", "Items per page, from 1 to the server's maximum (500 by default)."),
    ];

    public static void Map(WebApplication app)
    {
        var options = app.Services.GetRequiredService<ExplorerOptions>();
        var json = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var api = app.MapGroup("/api").WithTags("register");

        api.MapGet("/overview", (Explorer explorer) =>
            {
                var o = explorer.Overview();
                return new OverviewDto(
                    new CountsDto(o.Counts.Documents, o.Counts.Transfers, o.Counts.Deals),
                    o.Suppliers.Items.Select(PartyCountDto.Of).ToList(),
                    o.Recipients.Items.Select(PartyCountDto.Of).ToList(),
                    o.Systems.Items.Select(SystemCountDto.Of).ToList(),
                    o.Changes.Items.Select(StatusChangeDto.Of).ToList(),
                    o.PerYear.Select(YearCountDto.Of).ToList());
            })
            .WithSummary("Sizes of the register, top suppliers, recipients and systems, latest status changes and deals per year by supplier.");

        MapList<DealDto>(app, json, options, "deals", "Deals matching the filters, most recent activity first.", DealParameters, (q, x) =>
        {
            var filter = q.DealFilter();
            return (o, l) => Map(x.Deals(filter, o, l), DealDto.Of);
        }, DealColumns, (q, x) =>
        {
            var filter = q.DealFilter();
            return x.Register.AllDeals(filter).Select(DealDto.Of);
        });

        MapList<PartyCountDto>(app, json, options, "suppliers", "Suppliers ranked by their deals matching the filters.", DealParameters, (q, x) =>
        {
            var filter = q.DealFilter();
            return (o, l) => Map(x.Parties(PartyRole.Supplier, filter, o, l), PartyCountDto.Of);
        }, PartyColumns);

        MapList<PartyCountDto>(app, json, options, "recipients", "Recipients ranked by their deals matching the filters.", DealParameters, (q, x) =>
        {
            var filter = q.DealFilter();
            return (o, l) => Map(x.Parties(PartyRole.Recipient, filter, o, l), PartyCountDto.Of);
        }, PartyColumns);

        MapList<SystemCountDto>(app, json, options, "systems", "Weapon systems ranked by their deals matching the filters.", DealParameters, (q, x) =>
        {
            var filter = q.DealFilter();
            return (o, l) => Map(x.Systems(filter, o, l), SystemCountDto.Of);
        }, SystemColumns);

        MapList<StatusCountDto>(app, json, options, "statuses", "Deals matching the filters counted by current status.", DealParameters, (q, x) =>
        {
            var filter = q.DealFilter();
            return (o, l) => InMemory(x.Register.Statuses(filter), o, l, StatusCountDto.Of);
        }, [new("status", s => s.Status), new("deals", s => s.Deals)]);

        MapList<StatusChangeDto>(app, json, options, "status-changes", "Deals by their latest dated event, newest first.", [], (q, x) =>
            (o, l) => Map(x.Changes(o, l), StatusChangeDto.Of),
            [
                new("date", c => c.Date), new("status", c => c.Status), new("modality", c => c.Modality), new("deal_id", c => c.Deal.Id),
                new("supplier", c => c.Deal.Supplier.Code), new("recipient", c => c.Deal.Recipient.Code), new("system", c => c.Deal.System),
                new("category", c => c.Deal.Category),
            ]);

        MapList<YearCountDto>(app, json, options, "deals-per-year", "For each year and supplier, the deals with an event that year.", [], (q, x) =>
            (o, l) => InMemory(x.PerYear(), o, l, YearCountDto.Of),
            [new("year", y => y.Year), new("supplier", y => y.Supplier.Code), new("supplier_name", y => y.Supplier.Name), new("deals", y => y.Deals)]);

        MapList<DocumentDto>(app, json, options, "documents", "Documents, most recently published first.", [], (q, x) =>
            (o, l) => Map(x.Register.Documents(o, l), DocumentDto.Of),
            [new("id", d => d.Id), new("name", d => d.Name), new("title", d => d.Title), new("published", d => d.Published), new("source", d => d.Source)],
            (q, x) => x.Register.AllDocuments().Select(DocumentDto.Of));

        MapList<TransferDto>(app, json, options, "transfers", "Mention-level records, of a document or a deal.", [("document", "Document id."), ("deal", "Deal id.")], (q, x) =>
        {
            var document = q.Text("document");
            var deal = q.Text("deal");
            return (o, l) => Map(x.Register.Transfers(document, deal, o, l), TransferDto.Of);
        }, TransferColumns, (q, x) =>
        {
            var document = q.Text("document");
            var deal = q.Text("deal");
            return x.Register.AllTransfers(document, deal).Select(TransferDto.Of);
        });

        MapList<EvidenceHitDto>(app, json, options, "search/evidence", "Evidence sentences matching the words of q, best first.", [("q", "Words to find (all of them); a trailing * finds prefixes.")], (q, x) =>
        {
            var match = SearchQuery(q);
            return (o, l) => match is null ? Empty<EvidenceHitDto>(o, l) : Map(x.Search.SearchEvidence(match, o, l), EvidenceHitDto.Of);
        }, [new("deal_id", h => h.Record.DealId), new("document_id", h => h.Record.Document.Id), new("published", h => h.Record.Document.Published), new("evidence", h => h.Record.Evidence)]);

        MapList<DocumentHitDto>(app, json, options, "search/documents", "Documents whose title or text matches the words of q, best first.", [("q", "Words to find (all of them); a trailing * finds prefixes.")], (q, x) =>
        {
            var match = SearchQuery(q);
            return (o, l) => match is null ? Empty<DocumentHitDto>(o, l) : Map(x.Search.SearchDocuments(match, o, l), DocumentHitDto.Of);
        }, [new("document_id", h => h.Document.Id), new("title", h => h.Document.Title), new("published", h => h.Document.Published), new("snippet", h => string.Concat(h.Snippet.Select(f => f.Text)))]);

        api.MapGet("/deals/{id}", (string id, Explorer explorer) =>
                explorer.Register.Deal(id) is { } detail ? Results.Ok(DealDetail(explorer, detail)) : NotFound($"No deal has the id '{id}'."))
            .WithSummary("A deal with its status timeline; each evidence sentence with its paragraph and document.")
            .Produces<DealDetailDto>()
            .ProducesProblem(404);

        api.MapGet("/countries/{code}", (string code, Explorer explorer) =>
                explorer.Party(RequestQuery.Party(code)!) is { } profile ? Results.Ok(CountryDto.Of(profile)) : NotFound($"No deal names '{code}' as supplier or recipient."))
            .WithSummary("A country (or other party) as supplier and as recipient: partners, systems and statuses.")
            .Produces<CountryDto>()
            .ProducesProblem(404);

        api.MapGet("/systems/{name}", (string name, Explorer explorer) =>
                explorer.System(name) is { } profile ? Results.Ok(SystemDto.Of(profile)) : NotFound($"No deal names the system '{name}'."))
            .WithSummary("A weapon system: its suppliers, recipients and statuses.")
            .Produces<SystemDto>()
            .ProducesProblem(404);

        api.MapGet("/documents/{id}", (string id, Explorer explorer) =>
            {
                if (explorer.Register.Document(id) is not { } document)
                {
                    return NotFound($"No document has the id '{id}'.");
                }

                var transfers = explorer.Register.Transfers(id, null, 0, 10_000).Items.Select(TransferDto.Of).ToList();
                return Results.Ok(new DocumentDetailDto(DocumentDto.Of(document), explorer.Register.DocumentText(id) ?? "", transfers));
            })
            .WithSummary("A document with its text and the records it states.")
            .Produces<DocumentDetailDto>()
            .ProducesProblem(404);

        api.MapGet("/network", (HttpRequest request, Explorer explorer) => Network(request, explorer, options))
            .WithSummary("States as nodes, supplier to recipient edges weighted by the deals matching the filters (the heaviest edges, at most limit).")
            .WithQueryParameters([.. DealParameters, ("limit", $"Most edges to return, from 1 to {options.MaxNetworkEdges} (500 by default).")])
            .Produces<NetworkDto>()
            .ProducesValidationProblem();

        app.MapGet("/download/network.graphml", async (HttpContext context, Explorer explorer) =>
            {
                var network = Network(context.Request, explorer, options);
                context.Response.ContentType = "application/graphml+xml; charset=utf-8";
                context.Response.Headers.ContentDisposition = "attachment; filename=\"network.graphml\"";
                await GraphMl.WriteAsync(network, context.Response.Body, context.RequestAborted);
            })
            .WithTags("downloads")
            .WithSummary("The network as GraphML (Gephi opens it): node labels, edge weights (deals) and records.")
            .WithQueryParameters([.. DealParameters, ("limit", "Most edges.")]);

        app.MapGet("/download/network.json", (HttpContext context, Explorer explorer) =>
            {
                context.Response.Headers.ContentDisposition = "attachment; filename=\"network.json\"";
                return Network(context.Request, explorer, options);
            })
            .WithTags("downloads")
            .WithQueryParameters([.. DealParameters, ("limit", "Most edges.")]);

        app.MapGet("/download/network.csv", async (HttpContext context, Explorer explorer) =>
            {
                var network = Network(context.Request, explorer, options);
                await Downloads.WriteCsvAsync(
                    context,
                    "network.csv",
                    [new("supplier", e => e.Supplier), new("supplier_name", e => e.SupplierName), new("recipient", e => e.Recipient), new("recipient_name", e => e.RecipientName), new("deals", e => e.Deals), new("records", e => e.Records)],
                    network.Edges,
                    options.MaxDownloadRows);
            })
            .WithTags("downloads")
            .WithQueryParameters([.. DealParameters, ("limit", "Most edges.")]);

        IngestEndpoint.Map(api, options);
    }

    internal static NetworkDto Network(HttpRequest request, Explorer explorer, ExplorerOptions options)
    {
        var q = new RequestQuery(request.Query);
        var filter = q.DealFilter();
        var limit = q.Int("limit", 1, options.MaxNetworkEdges) ?? Math.Min(500, options.MaxNetworkEdges);
        q.ThrowIfInvalid();
        var edges = explorer.Network(filter, limit + 1);
        return NetworkDto.Of(edges.Take(limit).ToList(), edges.Count > limit);
    }

    internal static DealDetailDto DealDetail(Explorer explorer, DealDetail detail)
    {
        var texts = explorer.Register.DocumentTexts(detail.Timeline.SelectMany(e => e.Records).Select(r => r.Document.Id).ToList());
        return new DealDetailDto(
            DealDto.Of(detail.Deal),
            detail.Timeline.Select(e => new EventDto(
                e.Status.ToSpecName(),
                e.Modality.ToSpecName(),
                e.When?.ToString(),
                DocumentDto.Day(e.FirstReported),
                e.Quantity,
                MoneyDto.Of(e.Value),
                e.Records.Select(r =>
                {
                    var text = texts.GetValueOrDefault(r.Document.Id);
                    var paragraph = text is null ? null : Paragraphs.Around(text, r.Transfer.Evidence);
                    var body = paragraph is null ? null : string.Concat(paragraph.Fragments.Select(f => f.Text));
                    var markStart = paragraph?.Fragments.TakeWhile(f => !f.Marked).Sum(f => f.Text.Length);
                    var markEnd = markStart + paragraph?.Fragments.FirstOrDefault(f => f.Marked)?.Text.Length;
                    return new EvidenceDto(r.Transfer.Evidence.Text, r.Transfer.Evidence.Start, r.Transfer.Evidence.End, Math.Round(r.Transfer.Confidence, 3), body, markStart, markEnd, DocumentDto.Of(r.Document));
                }).ToList())).ToList());
    }

    internal static string? SearchQuery(RequestQuery q)
    {
        var text = q.Text("q");
        var match = SearchIndex.ToMatchQuery(text);
        if (text is not null && match is null)
        {
            q.Fail("q", "'q' has no word to search for");
        }

        return match;
    }

    internal static IResult NotFound(string detail) => Results.Problem(statusCode: 404, title: "Not found", detail: detail);

    private static void MapList<TDto>(
        WebApplication app,
        JsonSerializerOptions json,
        ExplorerOptions options,
        string name,
        string summary,
        (string Name, string Description)[] parameters,
        Func<RequestQuery, Explorer, Func<int, int, Page<TDto>>> bind,
        IReadOnlyList<CsvColumn<TDto>> columns,
        Func<RequestQuery, Explorer, IEnumerable<TDto>>? all = null)
    {
        // Downloads read long lists in one query when the store can stream them; short lists page through the cache.
        IEnumerable<TDto> Whole(RequestQuery q, Explorer explorer)
        {
            if (all is not null)
            {
                return all(q, explorer);
            }

            var page = bind(q, explorer);
            return Downloads.Paged((o, l) => page(o, l).Items);
        }

        var file = name.Replace('/', '-');
        app.MapGet("/api/" + name, (HttpRequest request, Explorer explorer) =>
            {
                var q = new RequestQuery(request.Query);
                var page = bind(q, explorer);
                var paging = q.Paging(DefaultPageSize, options.MaxPageSize);
                q.ThrowIfInvalid();
                var result = page(paging.Offset, paging.PageSize);
                return new PageDto<TDto>(paging.Page, paging.PageSize, result.Total, (int)Math.Ceiling(result.Total / (double)paging.PageSize), result.Items);
            })
            .WithTags("register")
            .WithSummary(summary)
            .WithQueryParameters([.. parameters, .. PageParameters])
            .ProducesValidationProblem();

        app.MapGet($"/download/{file}.csv", async (HttpContext context, Explorer explorer) =>
            {
                var q = new RequestQuery(context.Request.Query);
                var rows = Whole(q, explorer);
                q.ThrowIfInvalid();
                await Downloads.WriteCsvAsync(context, file + ".csv", columns, rows, options.MaxDownloadRows);
            })
            .WithTags("downloads")
            .WithSummary(summary + " The whole list as CSV.")
            .WithQueryParameters(parameters)
            .Produces(200, contentType: "text/csv")
            .ProducesValidationProblem();

        app.MapGet($"/download/{file}.json", async (HttpContext context, Explorer explorer) =>
            {
                var q = new RequestQuery(context.Request.Query);
                var rows = Whole(q, explorer);
                q.ThrowIfInvalid();
                await Downloads.WriteJsonAsync(context, file + ".json", rows, options.MaxDownloadRows, json);
            })
            .WithTags("downloads")
            .WithSummary(summary + " The whole list as a JSON array.")
            .WithQueryParameters(parameters)
            .Produces<TDto[]>()
            .ProducesValidationProblem();
    }

    private static Page<TDto> Map<T, TDto>(Page<T> page, Func<T, TDto> map) => new(page.Items.Select(map).ToList(), page.Offset, page.Limit, page.Total);

    private static Page<TDto> InMemory<T, TDto>(IReadOnlyList<T> all, int offset, int limit, Func<T, TDto> map) =>
        new(all.Skip(offset).Take(limit).Select(map).ToList(), offset, limit, all.Count);

    private static Page<T> Empty<T>(int offset, int limit) => new([], offset, limit, 0);

    private static readonly IReadOnlyList<CsvColumn<DealDto>> DealColumns =
    [
        new("deal_id", d => d.Id), new("supplier", d => d.Supplier.Code), new("supplier_name", d => d.Supplier.Name),
        new("recipient", d => d.Recipient.Code), new("recipient_name", d => d.Recipient.Name), new("system", d => d.System),
        new("category", d => d.Category), new("status", d => d.Status), new("first_seen", d => d.FirstSeen), new("last_seen", d => d.LastSeen),
        new("quantity", d => d.Quantity), new("value", d => d.Value?.Amount), new("currency", d => d.Value?.Currency),
        new("records", d => d.Records), new("documents", d => d.Documents),
    ];

    private static readonly IReadOnlyList<CsvColumn<PartyCountDto>> PartyColumns =
        [new("code", p => p.Party.Code), new("name", p => p.Party.Name), new("deals", p => p.Deals)];

    private static readonly IReadOnlyList<CsvColumn<SystemCountDto>> SystemColumns =
        [new("system", s => s.System), new("category", s => s.Category), new("deals", s => s.Deals), new("records", s => s.Records)];

    private static readonly IReadOnlyList<CsvColumn<TransferDto>> TransferColumns =
    [
        new("deal_id", t => t.DealId), new("document_id", t => t.Document.Id), new("ordinal", t => t.Ordinal), new("published", t => t.Document.Published),
        new("supplier", t => t.Supplier.Code), new("recipient", t => t.Recipient.Code), new("system", t => t.System), new("category", t => t.Category),
        new("status", t => t.Status), new("modality", t => t.Modality), new("when", t => t.When), new("quantity", t => t.Quantity),
        new("value", t => t.Value?.Amount), new("currency", t => t.Value?.Currency), new("evidence", t => t.Evidence), new("source", t => t.Document.Source),
    ];
}
