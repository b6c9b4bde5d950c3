using Armscope.Register.Pipeline;
using Armscope.Register.Postgres;
using Armscope.Register.Sqlite;
using Armscope.Register.Tests.Corpus;
using Xunit.Abstractions;

namespace Armscope.Register.Tests;

/// <summary>
/// The same documents give a byte-identical JSON export whatever the order they come in, however many threads
/// extract them, and however often the run is interrupted and resumed.
/// </summary>
public sealed class DeterministicRegisterTests(ITestOutputHelper output) : IDisposable
{
    private readonly PostgresTestServer _server = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("armscope-determinism-").FullName;

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_export_is_the_same_whatever_the_order_parallelism_or_interruptions(string backEnd)
    {
        var items = NewsGenerator.Items(seed: 7, count: 240, repeatEvery: 6);
        var random = new Random(7);
        var exports = new List<(string Run, string Json)>();

        await using (var register = Open(backEnd, "in-order"))
        {
            await IngestRuns.RunAsync(register, [items], new PipelineOptions { Parallelism = 1, BatchSize = 1 });
            exports.Add(("in order, one thread", await JsonOf(register)));
        }

        await using (var register = Open(backEnd, "reversed"))
        {
            await IngestRuns.RunAsync(register, [items.Reverse().ToList()], new PipelineOptions { Parallelism = 2, BatchSize = 16 });
            exports.Add(("reversed, two threads", await JsonOf(register)));
        }

        await using (var register = Open(backEnd, "split"))
        {
            var shuffled = items.OrderBy(_ => random.Next()).ToList();
            await IngestRuns.RunAsync(register, [shuffled[..80], shuffled[80..160], shuffled[160..]], new PipelineOptions { Parallelism = 2, Readers = 3, BatchSize = 8 });
            exports.Add(("shuffled over three readers", await JsonOf(register)));
        }

        var interruptions = 0;
        await using (var register = Open(backEnd, "interrupted"))
        {
            // Stop the run after a few documents were stored, again and again, then let one run finish.
            var shuffled = items.OrderBy(_ => random.Next()).ToList();
            for (var stop = 1; stop <= 6; stop++)
            {
                using var cancel = new CancellationTokenSource();
                var target = stop * items.Count / 8;
                var watcher = Task.Run(async () =>
                {
                    while (!cancel.IsCancellationRequested && (await register.CountAsync()).Documents < target)
                    {
                        await Task.Delay(5);
                    }

                    await cancel.CancelAsync();
                });
                try
                {
                    await IngestRuns.RunAsync(register, [shuffled], new PipelineOptions { Parallelism = 2, BatchSize = 4 }, cancellationToken: cancel.Token);
                }
                catch (OperationCanceledException)
                {
                    interruptions++;
                }

                await cancel.CancelAsync();
                await watcher;
            }

            await IngestRuns.RunAsync(register, [shuffled], new PipelineOptions { Parallelism = 2 });
            exports.Add(($"shuffled, interrupted {interruptions} times and resumed", await JsonOf(register)));
        }

        foreach (var (run, json) in exports.Skip(1))
        {
            Assert.True(exports[0].Json == json, $"{run}: the export differs from that of an ordered one-thread run");
        }

        var line = $"deterministic register ({backEnd}): {items.Count} documents ({items.Select(i => i.Text).Distinct().Count()} distinct texts), {exports.Count} runs "
            + $"({string.Join("; ", exports.Select(e => e.Run))}), one export of {exports[0].Json.Length:N0} chars";
        output.WriteLine(line);
        Console.WriteLine(line);
        Assert.True(interruptions >= 3, $"only {interruptions} runs were interrupted");
    }

    public void Dispose()
    {
        _server.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private IRegister Open(string backEnd, string name) => backEnd == "sqlite"
        ? SqliteRegister.Open(Path.Combine(_folder, name + ".db"))
        : PostgresRegister.Open(_server.Location(name));

    private static async Task<string> JsonOf(IRegister register)
    {
        using var stream = new MemoryStream();
        await Export.JsonExport.WriteAsync(register, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
