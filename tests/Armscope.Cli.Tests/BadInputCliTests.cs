using System.Text.Json;
using System.Text.RegularExpressions;
using Armscope.Register;
using Armscope.Register.Tests.Corpus;
using Xunit.Abstractions;

namespace Armscope.Cli.Tests;

/// <summary>A sample of the hostile inputs through the real `armscope extract` and `armscope ingest`: no crash, a reason for every refusal, a log of each.</summary>
public sealed partial class BadInputCliTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);
    private readonly RegisterLocations _locations = new();

    [Fact]
    public async Task Extract_and_ingest_refuse_hostile_inputs_one_by_one_with_a_reason_and_go_on()
    {
        var folder = Path.Combine(_locations.Folder, "hostile");
        Directory.CreateDirectory(folder);
        var inputs = HostileInputs.Generate(seed: 9, scale: 0.02);
        foreach (var input in inputs)
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, input.Name), input.Bytes);
        }

        var limit = (4 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (extractCode, extracted) = await ArmscopeProcess.RunAsync(RunLimit, "extract", "--json", "--max-doc-bytes", limit, "--doc-timeout", "20", folder);
        Assert.True(extractCode is 0 or 1, $"extract exited with {extractCode}:\n{Tail(extracted)}");
        Assert.DoesNotContain("Unhandled exception", extracted, StringComparison.Ordinal);
        var extractRefusals = RefusalLines(extracted);

        var db = _locations.Of("sqlite", "hostile");
        var log = Path.Combine(_locations.Folder, "ingest.log.jsonl");
        var (ingestCode, ingested) = await ArmscopeProcess.RunAsync(RunLimit, "ingest", "--db", db, "--log", log, "--max-doc-bytes", limit, "--doc-timeout", "20", folder);
        Assert.True(ingestCode is 0 or 1, $"ingest exited with {ingestCode}:\n{Tail(ingested)}");
        Assert.DoesNotContain("Unhandled exception", ingested, StringComparison.Ordinal);
        var ingestRefusals = RefusalLines(ingested);
        Assert.All(ingestRefusals, r => Assert.Matches(Refusal(), r));

        var events = File.ReadAllLines(log).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var failedLogged = events.Count(e => e.GetProperty("event").GetString() == "failed");
        var end = events.Last(e => e.GetProperty("event").GetString() == "end");
        Assert.Equal(ingestRefusals.Count, failedLogged);
        Assert.Equal(failedLogged, end.GetProperty("failed").GetInt64());
        Assert.All(events.Where(e => e.GetProperty("event").GetString() is "failed" or "skipped"), e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("reason").GetString())));

        await using var register = Registers.Open(db);
        var counts = await register.CountAsync();
        Assert.Equal(end.GetProperty("documents_stored").GetInt64(), counts.Documents);
        var line = $"bad input via the CLI: {inputs.Count} files ({inputs.Sum(i => i.Inputs)} inputs, three 10 MB lines among them): "
            + $"extract refused {extractRefusals.Count} with a reason, ingest refused {ingestRefusals.Count} (each logged), stored {counts.Documents} documents; exit codes {extractCode}/{ingestCode}, no crash";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    public void Dispose() => _locations.Dispose();

    private static List<string> RefusalLines(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("armscope: ", StringComparison.Ordinal) && !l.StartsWith("armscope: ingest:", StringComparison.Ordinal))];

    private static string Tail(string text) => text.Length > 4000 ? text[^4000..] : text;

    /// <summary>"armscope: ORIGIN: REASON" with a reason of at least a word.</summary>
    [GeneratedRegex(@"^armscope: .+: \S.{2,}$")]
    private static partial Regex Refusal();
}
