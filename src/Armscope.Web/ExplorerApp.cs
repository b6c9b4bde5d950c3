using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Armscope.Web.Api;
using Armscope.Web.Ingest;
using Armscope.Web.Pages;
using Armscope.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace Armscope.Web;

/// <summary>Builds the explorer: pages, JSON API, downloads and assets over one register, with its security headers and limits.</summary>
public static class ExplorerApp
{
    public static WebApplication Create(ExplorerOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ExplorerApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        // A server on loopback answers only to loopback names: a web page cannot reach it through a rebound DNS name.
        builder.Configuration["AllowedHosts"] = options.Urls.All(IsLoopbackUrl) ? "localhost;127.0.0.1;[::1]" : "*";
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });

        builder.Services.AddSingleton(options);
        builder.Services.AddMemoryCache(o => o.SizeLimit = 1024);
        builder.Services.AddSingleton<Explorer>();
        builder.Services.AddSingleton<UploadIngester>();
        builder.Services.AddRazorComponents();

        // Nothing the explorer serves is protected by cookies or tokens: keep the framework's keys in memory, never on disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddProblemDetails();
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = options.MaxRequestBytes);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Armscope register API";
            document.Info.Description = "Deals, documents, evidence and the supplier-recipient network of an Armscope register. Read-only but for POST /api/ingest, which needs the API key.";
            return Task.CompletedTask;
        }));

        var app = builder.Build();
        app.Use(ServerTiming);
        app.UseSecurityHeaders();
        app.Use(Errors);
        app.MapOpenApi("/openapi/{documentName}.json");
        ExplorerAssets.Map(app);
        ApiEndpoints.Map(app);
        PageEndpoints.Map(app);
        // GET only, so that other methods on known addresses answer 405 rather than 404.
        app.MapFallback((HttpContext context) => IsApi(context.Request)
                ? Results.Problem(statusCode: 404, title: "Not found", detail: "No such address.")
                : PageEndpoints.Error(404, "Not found", "No page has this address."))
            .WithMetadata(new HttpMethodMetadata(["GET", "HEAD"]));
        return app;
    }

    /// <summary>True when the address listens on loopback only (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopbackUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (System.Net.IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip)));

    /// <summary>True for requests answered in JSON (API, downloads, OpenAPI), whose errors are problem details.</summary>
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/download") || request.Path.StartsWithSegments("/openapi");

    /// <summary>The addresses the server listens on, once started (port 0 resolved to the port chosen).</summary>
    public static IReadOnlyList<string> Addresses(this WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    /// <summary>Server-Timing: the time the server spent before the response started, so benches and browsers can read it.</summary>
    private static Task ServerTiming(HttpContext context, RequestDelegate next)
    {
        var clock = Stopwatch.StartNew();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={clock.Elapsed.TotalMilliseconds:F1}");
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>Turns refused requests into 4xx answers (problem details for the API, a page for people) and hides the details of failures.</summary>
    private static async Task Errors(HttpContext context, RequestDelegate next)
    {
        IResult? answer;
        try
        {
            await next(context);
            return;
        }
        catch (InvalidRequestException e) when (!context.Response.HasStarted)
        {
            answer = IsApi(context.Request)
                ? Results.ValidationProblem(e.Errors, title: "The request has invalid parameters.")
                : PageEndpoints.Error(400, "Bad request", string.Join(" ", e.Errors.SelectMany(kv => kv.Value)));
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            var options = context.RequestServices.GetRequiredService<ExplorerOptions>();
            answer = e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? IngestEndpoint.TooLarge(options)
                : Results.Problem(statusCode: e.StatusCode, title: "Bad request", detail: e.Message);
        }
        catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Armscope.Web").LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            answer = IsApi(context.Request)
                ? Results.Problem(statusCode: 500, title: "Server error", detail: "The request failed; the server log has the details.")
                : PageEndpoints.Error(500, "Server error", "The page could not be made; the server log has the details.");
        }

        context.Response.Clear();
        await answer.ExecuteAsync(context);
    }
}
