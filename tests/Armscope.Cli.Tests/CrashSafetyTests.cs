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

        // A kill lands either during start-up or once the run has stored a random number of further documents (plus a
        // few milliseconds, so it falls inside the next batch). When a restarted run finishes before its kill, the
        // round ends and is compared, and the next round starts from an empty register.
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
                var before = StoredDocuments(target);
                using var process = ArmscopeProcess.Start("ingest", input, "--db", target, "--resume");
                if (kills < KillsWanted && await KillAtRandomMomentAsync(process, target, before, startUp, random))
                {
                    kills++;
                    if (StoredDocuments(target) > before)
                    {
                        killsWhileWriting++;
                    }

                    continue;
                }

                await process.WaitForExitAsync();
                Assert.True(process.ExitCode == 0, ArmscopeProcess.OutputOf(process));
                break;
            }

            var exported = await ExportAsync(target);
            Assert.Equal(expected.Length, exported.Length);
            Assert.True(expected.AsSpan().SequenceEqual(exported), $"round {rounds}: the export differs from a clean run's");
            docsCompared += StoredDocuments(target);
        }

        var line = $"crash safety ({backEnd}): {kills} SIGKILLs survived ({killsWhileWriting} while documents were being stored) over {rounds} round(s); "
            + $"{docsCompared} documents compared, exports byte-identical to a clean run ({expected.Length:N0} bytes; clean run {cleanRun.TotalSeconds:F1} s, start-up {startUp / 1000:F1} s)";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    public void Dispose() => _locations.Dispose();

    /// <summary>Kills the run at a random moment; false when it ended first.</summary>
    private static async Task<bool> KillAtRandomMomentAsync(Process process, string target, long before, double startUp, Random random)
    {
        if (random.Next(4) == 0)
        {
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMilliseconds(startUp * (0.3 + (0.7 * random.NextDouble())))));
        }
        else
        {
            var goal = before + 1 + random.Next(Math.Max(1, (Documents - (int)before) / 4));
            var limit = Stopwatch.StartNew();
            while (!process.HasExited && StoredDocuments(target) < goal && limit.Elapsed < RunLimit)
            {
                await Task.Delay(15);
            }

            await Task.Delay(random.Next(60));
        }

        if (process.HasExited)
        {
            return false;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return true;
    }

    /// <summary>Documents the register holds, read directly (no schema check), 0 while it has none.</summary>
    private static long StoredDocuments(string location)
    {
        try
        {
            if (Registers.IsServerLocation(location))
            {
                using var connection = new Npgsql.NpgsqlConnection(location);
                connection.Open();
                using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM documents", connection);
                return (long)command.ExecuteScalar()!;
            }

            if (!File.Exists(location))
            {
                return 0;
            }

            using var file = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location};Mode=ReadOnly;Pooling=False");
            file.Open();
            using var count = file.CreateCommand();
            count.CommandText = "SELECT count(*) FROM documents";
            return (long)count.ExecuteScalar()!;
        }
        catch (Exception e) when (e is Npgsql.PostgresException or Microsoft.Data.Sqlite.SqliteException)
        {
            // The schema is not there yet, or the file is being created.
            return 0;
        }
    }

    private async Task<byte[]> ExportAsync(string location)
    {
        var file = Path.Combine(_locations.Folder, Guid.NewGuid().ToString("N") + ".json");
        var (code, text) = await ArmscopeProcess.RunAsync(RunLimit, "export", "--format", "json", "--db", location, "--output", file);
        Assert.True(code == 0, text);
        return await File.ReadAllBytesAsync(file);
    }
}
