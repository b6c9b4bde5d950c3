using System.Diagnostics;
using System.Globalization;
using Armscope.Register.Web;

namespace Armscope.Web.Bench;

/// <summary>One page's timings: the first request (nothing cached) and the spread of repeats, as the server measured them (Server-Timing).</summary>
public sealed record PageTiming(string Page, double FirstMs, double MedianMs, double P95Ms, double MaxMs, long Bytes);

/// <summary>
/// Measures page load times on a register: starts the explorer on a free loopback port, asks for each page once
/// (cold) and then <c>repeats</c> times, and reads the server's own time from the Server-Timing header.
/// </summary>
public static class PageBench
{
    public static async Task<IReadOnlyList<PageTiming>> RunAsync(string register, int repeats, Action<string> report, CancellationToken cancellationToken = default)
    {
        var app = ExplorerApp.Create(new ExplorerOptions { Register = register, Urls = ["http://127.0.0.1:0"] });
        await using var _ = app;
        await app.StartAsync(cancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Addresses()[0]), Timeout = TimeSpan.FromMinutes(10) };

        // The search index is built once per register (and then kept beside it); its build is not a page load.
        var explorer = app.Services.GetRequiredService<Explorer>();
        var clock = Stopwatch.StartNew();
        explorer.Search.Sync();
        report(string.Create(CultureInfo.InvariantCulture, $"search index up to date in {clock.Elapsed.TotalSeconds:F1} s ({explorer.Search.Location})"));

        var counts = explorer.Register.Counts();
        report(string.Create(CultureInfo.InvariantCulture, $"register: {counts.Deals:N0} deals, {counts.Transfers:N0} records, {counts.Documents:N0} documents"));
        var busiest = explorer.Register.Deals(DealFilter.None, 0, 1).Items[0];
        var supplier = explorer.Register.Parties(PartyRole.Supplier, DealFilter.None, 0, 1).Items[0].Party.Code;
        var system = explorer.Register.Systems(DealFilter.None, 0, 1).Items[0].System;
        var document = explorer.Register.Documents(0, 1).Items[0].Id;
        string[] pages =
        [
            "/",
            "/network",
            "/deals",
            "/deals?page=1000",
            $"/deals?supplier={supplier}&status=delivery&from=2000&to=2010",
            $"/deal/{busiest.Id}",
            $"/country/{supplier}",
            $"/system/{Uri.EscapeDataString(system)}",
            "/documents?page=500",
            $"/document/{document}",
            $"/search?q={Uri.EscapeDataString(system)}",
            "/search?q=delivered&scope=documents",
            "/api/deals?page=200&pageSize=100",
            "/api/network?limit=2000",
        ];

        // The first requests of a process compile the rendering and routing code: do that on other addresses first.
        foreach (var warmUp in new[] { $"/deal/{busiest.Id}", "/documents", "/api/documents", "/search?q=x" })
        {
            await TimeAsync(client, warmUp, cancellationToken);
        }

        var timings = new List<PageTiming>();
        foreach (var page in pages)
        {
            var (first, bytes) = await TimeAsync(client, page, cancellationToken);
            var repeated = new List<double>(repeats);
            for (var i = 0; i < repeats; i++)
            {
                repeated.Add((await TimeAsync(client, page, cancellationToken)).ServerMs);
            }

            repeated.Sort();
            var timing = new PageTiming(page, first, repeated[repeated.Count / 2], repeated[Math.Min(repeated.Count - 1, (int)Math.Ceiling(repeated.Count * 0.95) - 1)], repeated[^1], bytes);
            timings.Add(timing);
            report(string.Create(CultureInfo.InvariantCulture, $"{timing.Page,-60} first {timing.FirstMs,7:F1} ms  median {timing.MedianMs,6:F1} ms  p95 {timing.P95Ms,6:F1} ms  {timing.Bytes / 1024.0,7:F1} KiB"));
        }

        await app.StopAsync(CancellationToken.None);
        return timings;
    }

    private static async Task<(double ServerMs, long Bytes)> TimeAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
        }

        var timing = response.Headers.TryGetValues("Server-Timing", out var values) ? values.First() : "";
        var at = timing.IndexOf("dur=", StringComparison.Ordinal);
        return (at < 0 ? double.NaN : double.Parse(timing[(at + 4)..], CultureInfo.InvariantCulture), body.LongLength);
    }
}
