using System.Globalization;
using Armscope.Web.Ingest;
using Armscope.Web.Security;
using Microsoft.Net.Http.Headers;

namespace Armscope.Web.Api;

/// <summary>POST /api/ingest: the one write, behind the API key.</summary>
public static class IngestEndpoint
{
    private static readonly Dictionary<string, string> NamesByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = "upload.txt",
        ["text/html"] = "upload.html",
        ["application/xhtml+xml"] = "upload.html",
        ["application/x-ndjson"] = "upload.jsonl",
        ["application/jsonl"] = "upload.jsonl",
        ["application/json"] = "upload.jsonl",
        ["application/rss+xml"] = "upload.rss",
        ["application/atom+xml"] = "upload.atom",
        ["application/warc"] = "upload.warc",
        ["application/gzip"] = "upload.gz",
    };

    public static void Map(RouteGroupBuilder api, ExplorerOptions options)
    {
        var keys = new ApiKeyCheck(options.ApiKey);
        api.MapPost("/ingest", async (HttpRequest request, UploadIngester ingester, Explorer explorer) =>
            {
                if (!keys.WritesEnabled)
                {
                    return Results.Problem(statusCode: 403, title: "Read-only", detail: "This server accepts no writes: start it with --api-key KEY (or ARMSCOPE_API_KEY) to enable ingest.");
                }

                if (!keys.Accepts(request))
                {
                    request.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{ApiKeyCheck.Header}\"";
                    return Results.Problem(statusCode: 401, title: "API key required", detail: $"Send the server's API key in the {ApiKeyCheck.Header} header (or as Authorization: Bearer KEY).");
                }

                if (request.ContentLength > options.MaxRequestBytes)
                {
                    return TooLarge(options);
                }

                var q = new RequestQuery(request.Query);
                DateOnly? published = null;
                if (q.Text("published") is { } p)
                {
                    if (DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    {
                        published = d;
                    }
                    else
                    {
                        q.Fail("published", "'published' must be a date of the form YYYY-MM-DD");
                    }
                }

                var name = q.Text("name");
                q.ThrowIfInvalid();

                var uploads = new List<UploadIngester.Upload>();
                if (request.HasFormContentType)
                {
                    var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
                    uploads.AddRange(form.Files.Select(f => new UploadIngester.Upload(f.FileName, f.OpenReadStream())));
                }
                else if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && NamesByType.TryGetValue(type.MediaType.ToString(), out var fallbackName))
                {
                    uploads.Add(new UploadIngester.Upload(name ?? fallbackName, request.Body));
                }
                else
                {
                    return Results.Problem(
                        statusCode: 415,
                        title: "Unsupported content type",
                        detail: "Send multipart/form-data with one or more files, or a body of type " + string.Join(", ", NamesByType.Keys) + ".");
                }

                if (uploads.Count == 0)
                {
                    return Results.Problem(statusCode: 400, title: "Nothing to ingest", detail: "The form carries no file.");
                }

                try
                {
                    var report = await ingester.IngestAsync(uploads, published, request.HttpContext.RequestAborted);
                    explorer.Changed();
                    return Results.Ok(report);
                }
                finally
                {
                    foreach (var upload in uploads)
                    {
                        await upload.Content.DisposeAsync();
                    }
                }
            })
            .WithSummary("Ingest uploaded documents (text, HTML, JSON Lines of documents, feeds, WARC; multipart files or a raw body): extract their transfers and merge them into the register. Requires the API key.")
            .WithQueryParameters([("published", "Publication date (YYYY-MM-DD) for inputs that carry none."), ("name", "File name of a raw body (its extension helps choose the format).")])
            .Produces<IngestReportDto>()
            .ProducesProblem(400)
            .ProducesProblem(401)
            .ProducesProblem(403)
            .ProducesProblem(413)
            .ProducesProblem(415)
            .DisableAntiforgery();
    }

    internal static IResult TooLarge(ExplorerOptions options) =>
        Results.Problem(statusCode: 413, title: "Request too large", detail: $"The server accepts requests of at most {options.MaxRequestBytes} bytes.");
}
