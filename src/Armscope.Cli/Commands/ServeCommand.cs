using System.CommandLine;
using Armscope.Register;
using Armscope.Register.Sqlite;
using Armscope.Web;
using Armscope.Web.Bench;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Armscope.Cli.Commands;

/// <summary>`armscope serve`: the register in a browser (pages, JSON API, downloads) on a loopback address by default.</summary>
internal static class ServeCommand
{
    public const string ApiKeyVariable = "ARMSCOPE_API_KEY";
    private const string DbVariable = "ARMSCOPE_DB";
    private const string DefaultDb = "armscope.db";

    public static Command Create()
    {
        var db = new Option<string?>("--db") { Description = $"Register file (default: ${DbVariable}, else {DefaultDb} in the current folder).", HelpName = "FILE" };
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (port 0 picks a free port).",
            DefaultValueFactory = _ => ExplorerOptions.DefaultUrl,
            HelpName = "URLS",
        };
        var apiKey = new Option<string?>("--api-key") { Description = $"Key that POST /api/ingest requires (default: ${ApiKeyVariable}); without one the server is read-only.", HelpName = "KEY" };
        var command = new Command("serve", "Serve the register as web pages and a JSON API (read-only unless an API key is given).") { db, urls, apiKey, CreateBench() };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(db) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable(DbVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultDb,
            parse.GetValue(urls)!,
            parse.GetValue(apiKey) is { Length: > 0 } key ? key : Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } envKey ? envKey : null,
            cancellationToken));
        return command;
    }

    /// <summary>`armscope serve bench`: page load times on a register, by default a synthetic one of 100,000 deals.</summary>
    private static Command CreateBench()
    {
        var db = new Option<string>("--db")
        {
            Description = "Register to measure; when the file does not exist, a synthetic register is written there first.",
            DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "armscope-bench-web.db"),
            HelpName = "FILE",
        };
        var deals = new Option<int>("--deals") { Description = "Deals in the synthetic register.", DefaultValueFactory = _ => 100_000 };
        var repeats = new Option<int>("--repeats") { Description = "Requests per page after the first.", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Measure page load times (server time, first and repeated requests).") { db, deals, repeats };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var location = parse.GetValue(db)!;
            if (!File.Exists(location))
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                Console.WriteLine($"writing a synthetic register of {parse.GetValue(deals):N0} deals to {location}");
                await SyntheticRegister.BuildAsync(location, parse.GetValue(deals), line => Console.WriteLine("  " + line), cancellationToken: cancellationToken);
                Console.WriteLine($"written in {clock.Elapsed.TotalSeconds:F1} s");
            }

            var timings = await PageBench.RunAsync(location, Math.Max(parse.GetValue(repeats), 1), Console.WriteLine, cancellationToken);
            Console.WriteLine($"slowest first load {timings.Max(t => t.FirstMs):F1} ms; slowest median {timings.Max(t => t.MedianMs):F1} ms (server time, Server-Timing)");
            return 0;
        });
        return command;
    }

    private static async Task<int> RunAsync(string location, string urls, string? apiKey, CancellationToken cancellationToken)
    {
        if (Registers.IsServerLocation(location))
        {
            Console.Error.WriteLine("armscope: serve reads SQLite registers; serving a PostgreSQL register is not available yet");
            return 2;
        }

        var addresses = urls.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"armscope: --urls: '{address}' is not an http address such as {ExplorerOptions.DefaultUrl}");
                return 2;
            }

            if (!ExplorerApp.IsLoopbackUrl(address))
            {
                Console.Error.WriteLine($"armscope: warning: listening on {address}: anyone who can reach it can read the register{(apiKey is null ? "" : " and, with the key, write to it")}");
            }
        }

        if (!File.Exists(location))
        {
            if (apiKey is null)
            {
                Console.Error.WriteLine($"armscope: {location}: no register here; create one with `armscope ingest PATH --db {location}`, or give --api-key to start an empty one and ingest through the API");
                return 2;
            }

            // An empty register to ingest into through the API.
            await SqliteRegister.Open(location).DisposeAsync();
        }

        WebApplication app;
        try
        {
            app = ExplorerApp.Create(new ExplorerOptions { Register = location, Urls = addresses, ApiKey = apiKey });
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            Console.Error.WriteLine($"armscope: cannot serve {location}: {e.Message}");
            return 2;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"armscope: cannot listen on {urls}: {e.Message}");
                return 2;
            }

            Console.WriteLine($"Serving {location} at {string.Join(", ", app.Addresses())} ({(apiKey is null ? "read-only" : "ingest enabled with the API key")}); Ctrl+C stops.");
            _ = Task.Run(() => app.Services.GetRequiredService<Explorer>().Warm(), CancellationToken.None);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            await app.StopAsync(CancellationToken.None);
        }

        return 0;
    }
}
