using System.Diagnostics;
using Armscope.Register;
using Armscope.Register.Tests.Corpus;
using Xunit.Abstractions;

namespace Armscope.Cli.Tests;

/// <summary>
/// `armscope ingest` killed with SIGKILL at random moments and restarted until it finishes: the register it leaves
/// exports, byte for byte, what one uninterrupted run exports. Nothing lost, nothing doubled, nothing half-written.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int Documents = 300;
    private const int KillsWanted = 20;
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    private readonly RegisterLocations _locations = new();

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingest_killed_at_random_moments_and_restarted_ends_as_one_clean_run(string backEnd)
    {
        var input = Path.Combine(_locations.Folder, "news.jsonl");
        NewsGenerator.WriteJsonLines(input, NewsGenerator.Items(seed: 20261126, count: Documents));
        var clean = _locations.Of(backEnd, "clean");
        var watch = Stopwatch.StartNew();
        var (code, text) = await ArmscopeProcess.RunAsync(RunLimit, "ingest", input, "--db", clean);
        Assert.True(code == 0, text);
        var cleanRun = watch.Elapsed;
        var expected = await ExportAsync(clean);

        // A run with nothing left to store measures start-up (runtime, reference data, reading the input).
        watch.Restart();
        (code, text) = await ArmscopeProcess.RunAsync(RunLimit, "ingest", input, "--db", clean, "--resume");
        Assert.True(code == 0, text);
        var startUp = watch.Elapsed.TotalMilliseconds;
        var writing = Math.Max(150, cleanRun.TotalMilliseconds - startUp);

        // When a restarted run finishes before its kill, the round ends and is compared, the writing stretch is
        // re-measured from that run, and the next round starts from an empty register.
        var random = new Random(backEnd.Length * 7919);
        var kills = 0;
        var killsWhileWriting = 0;
        var rounds = 0;
        var docsCompared = 0L;
        while (kills < KillsWanted)
        {
            Assert.True(rounds < 40, $"only {kills} kills landed in {rounds} rounds: runs finish too fast to be killed");
            var target = _locations.Of(backEnd, $"crash{rounds}");
            rounds++;
            for (var attempt = 0; ; attempt++)
            {
                Assert.True(attempt < 200, "the killed ingest never finished");
                var before = await CountAsync(target);
                var started = Stopwatch.StartNew();
                using var process = ArmscopeProcess.Start("ingest", input, "--db", target, "--resume");
                // Around the end of start-up, plus a little of the writing: each run gets a small way further, so a
                // round takes many kills, some before the first write, the rest inside it.
                var killAfter = kills < KillsWanted
                    ? TimeSpan.FromMilliseconds((startUp * (0.6 + (0.6 * random.NextDouble()))) + (writing * 0.25 * random.NextDouble()))
                    : RunLimit;
                if (!process.WaitForExit(killAfter))
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                    kills++;
                    if ((await CountAsync(target)).Documents > before.Documents)
                    {
                        killsWhileWriting++;
                    }

                    continue;
                }

                Assert.True(process.ExitCode == 0, ArmscopeProcess.OutputOf(process));
                if (attempt == 0)
                {
                    writing = Math.Max(150, started.Elapsed.TotalMilliseconds - (startUp * 0.9));
                }

                break;
            }

            var exported = await ExportAsync(target);
            Assert.Equal(expected.Length, exported.Length);
            Assert.True(expected.AsSpan().SequenceEqual(exported), $"round {rounds}: the export differs from a clean run's");
            docsCompared += (await CountAsync(target)).Documents;
        }

        var line = $"crash safety ({backEnd}): {kills} SIGKILLs survived ({killsWhileWriting} while documents were being stored) over {rounds} round(s); "
            + $"{docsCompared} documents compared, exports byte-identical to a clean run ({expected.Length:N0} bytes; clean run {cleanRun.TotalSeconds:F1} s, start-up {startUp / 1000:F1} s)";
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

    private static async Task<RegisterCounts> CountAsync(string location)
    {
        if (!Registers.IsServerLocation(location) && !File.Exists(location))
        {
            return new RegisterCounts(0, 0, 0);
        }

        await using var register = Registers.Open(location);
        return await register.CountAsync();
    }
}
