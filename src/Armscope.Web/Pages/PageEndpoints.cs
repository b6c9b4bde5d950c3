using Armscope.Register.Web;
using Armscope.Web.Api;
using Armscope.Web.Views;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Armscope.Web.Pages;

/// <summary>The explorer's HTML pages: each reads its parameters strictly, queries the register and renders a component (encoded by construction).</summary>
public static class PageEndpoints
{
    public const int PageSize = 50;

    /// <summary>Longest document text rendered on its page; the API serves the rest.</summary>
    public const int MaxDocumentChars = 200_000;

    public static void Map(WebApplication app)
    {
        var options = app.Services.GetRequiredService<ExplorerOptions>();
        var pages = app.MapGroup("").ExcludeFromDescription();

        pages.MapGet("/", (HttpRequest request, Explorer explorer) =>
        {
            Strict(request).ThrowIfInvalid();
            return Page<OverviewPage>(new { Model = explorer.Overview(), Request = request });
        });

        pages.MapGet("/network", (HttpRequest request, Explorer explorer) =>
        {
            var network = ApiEndpoints.Network(request, explorer, options);
            var q = Strict(request);
            var filter = q.DealFilter();
            return Page<NetworkPage>(new { Filter = filter, Network = network, Request = request });
        });

        pages.MapGet("/deals", (HttpRequest request, Explorer explorer) =>
        {
            var q = Strict(request);
            var filter = q.DealFilter();
            var paging = q.Paging(PageSize, options.MaxPageSize);
            q.ThrowIfInvalid();
            return Page<DealsPage>(new { Filter = filter, Deals = explorer.Deals(filter, paging.Offset, paging.PageSize), Paging = paging, Request = request });
        });

        pages.MapGet("/deal/{id}", (string id, HttpRequest request, Explorer explorer) =>
        {
            Strict(request).ThrowIfInvalid();
            if (explorer.Register.Deal(id) is not { } detail)
            {
                return Error(404, "No such deal", $"No deal has the id '{id}'.");
            }

            var texts = explorer.Register.DocumentTexts(detail.Timeline.SelectMany(e => e.Records).Select(r => r.Document.Id).ToList());
            return Page<DealPage>(new { Model = detail, Texts = texts, Request = request });
        });

        pages.MapGet("/country/{code}", (string code, HttpRequest request, Explorer explorer) =>
        {
            var q = Strict(request);
            var suppliedPage = q.Int("spage", 1, 1_000_000) ?? 1;
            var receivedPage = q.Int("rpage", 1, 1_000_000) ?? 1;
            q.ThrowIfInvalid();
            var party = RequestQuery.Party(code)!;
            if (explorer.Party(party) is not { } profile)
            {
                return Error(404, "No such country", $"No deal names '{code}' as supplier or recipient.");
            }

            return Page<CountryPage>(new
            {
                Model = profile,
                Supplied = explorer.Deals(new DealFilter(Supplier: profile.Party.Code), (suppliedPage - 1) * PageSize, PageSize),
                Received = explorer.Deals(new DealFilter(Recipient: profile.Party.Code), (receivedPage - 1) * PageSize, PageSize),
                SuppliedPage = suppliedPage,
                ReceivedPage = receivedPage,
                PageSize,
                Request = request,
            });
        });

        pages.MapGet("/system/{name}", (string name, HttpRequest request, Explorer explorer) =>
        {
            var q = Strict(request);
            var paging = q.Paging(PageSize, options.MaxPageSize);
            q.ThrowIfInvalid();
            if (explorer.System(name) is not { } profile)
            {
                return Error(404, "No such system", $"No deal names the system '{name}'.");
            }

            return Page<SystemPage>(new { Model = profile, Deals = explorer.Deals(new DealFilter(System: name), paging.Offset, paging.PageSize), Paging = paging, Request = request });
        });

        pages.MapGet("/documents", (HttpRequest request, Explorer explorer) =>
        {
            var q = Strict(request);
            var paging = q.Paging(PageSize, options.MaxPageSize);
            q.ThrowIfInvalid();
            return Page<DocumentsPage>(new { Documents = explorer.Register.Documents(paging.Offset, paging.PageSize), Paging = paging, Request = request });
        });

        pages.MapGet("/document/{id}", (string id, HttpRequest request, Explorer explorer) =>
        {
            Strict(request).ThrowIfInvalid();
            if (explorer.Register.Document(id) is not { } document)
            {
                return Error(404, "No such document", $"No document has the id '{id}'.");
            }

            var text = explorer.Register.DocumentText(id) ?? "";
            var transfers = explorer.Register.Transfers(id, null, 0, 10_000).Items;
            var marks = transfers.Select(r => Paragraphs.Locate(text, r.Transfer.Evidence)).OfType<(int, int)>().ToList();
            var cut = text.Length > MaxDocumentChars;
            var paragraphs = Paragraphs.Split(cut ? text[..MaxDocumentChars] : text, marks);
            return Page<DocumentPage>(new { Document = document, Transfers = transfers, Paragraphs = paragraphs, Cut = cut, Request = request });
        });

        pages.MapGet("/search", (HttpRequest request, Explorer explorer) =>
        {
            var q = Strict(request);
            var scope = q.Choice("scope", ["evidence", "documents"], "evidence");
            var paging = q.Paging(20, options.MaxPageSize);
            var match = ApiEndpoints.SearchQuery(q);
            q.ThrowIfInvalid();
            var query = q.Text("q");
            return Page<SearchPage>(new
            {
                Query = query,
                Scope = scope,
                Evidence = match is not null && scope == "evidence" ? explorer.Search.SearchEvidence(match, paging.Offset, paging.PageSize) : null,
                Documents = match is not null && scope == "documents" ? explorer.Search.SearchDocuments(match, paging.Offset, paging.PageSize) : null,
                Paging = paging,
                Request = request,
            });
        });
    }

    /// <summary>An error page with its status code.</summary>
    public static RazorComponentResult Error(int status, string heading, string message) =>
        new RazorComponentResult<ErrorPage>(new { Heading = heading, Message = message }) { StatusCode = status };

    private static RazorComponentResult Page<TComponent>(object parameters)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        new RazorComponentResult<TComponent>(parameters);

    private static RequestQuery Strict(HttpRequest request) => new(request.Query);
}
