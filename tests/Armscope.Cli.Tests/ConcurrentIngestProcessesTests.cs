using Armscope.Register;
using Armscope.Register.Tests.Corpus;
using Xunit.Abstractions;

namespace Armscope.Cli.Tests;

/// <summary>Several `armscope ingest` processes at once on one PostgreSQL register, fed overlapping inputs.</summary>
public sealed class ConcurrentIngestProcessesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);
    private readonly RegisterLocations _locations = new();

    [SkippableFact]
    public async Task Three_ingest_processes_with_overlapping_inputs_leave_the_register_one_process_would()
    {
        var items = NewsGenerator.Items(seed: 77, count: 300);
        var files = new[] { (0, 200), (100, 300), (50, 250) }.Select((range, i) =>
        {
            var path = Path.Combine(_locations.Folder, $"part{i}.jsonl");
            NewsGenerator.WriteJsonLines(path, items.Skip(range.Item1).Take(range.Item2 - range.Item1).Reverse());
            return path;
        }).ToList();
        var all = Path.Combine(_locations.Folder, "all.jsonl");
        NewsGenerator.WriteJsonLines(all, items);
        var single = _locations.Of("postgres", "single");
        var shared = _locations.Of("postgres", "shared");

        var (code, text) = await ArmscopeProcess.RunAsync(RunLimit, "ingest", all, "--db", single);
        Assert.True(code == 0, text);

        // The schema is created by whichever process comes first; the others wait for it.
        var runs = await Task.WhenAll(files.Select(f => ArmscopeProcess.RunAsync(RunLimit, "ingest", f, "--db", shared, "--parallel", "1")));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Output));

        await using var one = Registers.Open(single);
        await using var many = Registers.Open(shared);
        var counts = await many.CountAsync();
        Assert.Equal(items.Select(i => i.Text).Distinct().Count(), counts.Documents);
        Assert.Equal(await one.CountAsync(), counts);
        var expected = await ExportAsync(single);
        Assert.Equal(expected, await ExportAsync(shared));

        var line = $"concurrent ingest processes (postgres): 3 processes, {files.Sum(f => File.ReadLines(f).Count())} overlapping inputs, "
            + $"{counts.Documents} documents stored once each, {counts.Transfers} transfers, {counts.Deals} deals; export equal to a single process's ({expected.Length:N0} bytes)";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    public void Dispose() => _locations.Dispose();

    private async Task<byte[]> ExportAsync(string location)
    {
        var file = Path.Combine(_locations.Folder, Guid.NewGuid().ToString("N") + ".json");
        var (code, text) = await ArmscopeProcess.RunAsync(RunLimit, "export", "--format", "json", "--db", location, "--output", file);
        Assert.True(code == 0, text);
        return await File.ReadAllBytesAsync(file);
    }
}
