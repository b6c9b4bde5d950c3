using System.Collections.Concurrent;
using System.Diagnostics;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion;
using Armscope.Register.Ingest;
using Armscope.Register.Pipeline;
using Armscope.Register.Sqlite;
using Armscope.Register.Tests.Corpus;
using Xunit.Abstractions;

namespace Armscope.Register.Tests;

/// <summary>
/// Over ten thousand hostile inputs through reading, extraction and the register: no crash, no hang (each document
/// within its time budget), a clear reason for every input refused, and every document accepted found in the register.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armscope-hostile-").FullName;

    [Fact]
    public async Task Hostile_inputs_are_each_stored_or_refused_with_a_reason_and_nothing_accepted_is_lost()
    {
        var inputs = HostileInputs.Generate(seed: 6);
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            var path = Path.Combine(_folder, input.Name);
            await File.WriteAllBytesAsync(path, input.Bytes);
            paths.Add(path);
        }

        // Tighter limits than the defaults, so the 10 MB lines meet the size limit and a slow document the time budget.
        var limits = new DocumentLimits { MaxBytes = 4 * 1024 * 1024, Timeout = TimeSpan.FromSeconds(10) };
        var reader = new DocumentReader(new ReaderOptions { MaxDocumentBytes = 32L * 1024 * 1024 });
        await using var register = SqliteRegister.Open(Path.Combine(_folder, "register.db"));
        var filter = new KnownContentFilter(register, limits, log: null);
        var read = new ConcurrentDictionary<string, Document>();
        var readErrors = 0L;
        var failures = new ConcurrentDictionary<string, string>();
        var slowest = TimeSpan.Zero;
        var pipeline = new IngestPipeline(
            register,
            limits.Bound<IReadOnlyList<Transfer>>((document, token) =>
            {
                var watch = Stopwatch.StartNew();
                var transfers = IngestRuns.Extractor.Extract(document, token);
                lock (read)
                {
                    slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                }

                return transfers;
            }),
            new PipelineOptions { Parallelism = 2 });

        var watch = Stopwatch.StartNew();
        var summary = await pipeline.RunAsync(
            paths,
            path => filter.Filter(reader.Read([path]).Select(r =>
            {
                if (r.Document is { } document)
                {
                    read[r.Origin] = document;
                }
                else
                {
                    Interlocked.Increment(ref readErrors);
                }

                return new SourceItem(r.Origin, r.Document, r.Error);
            })),
            f => Assert.True(failures.TryAdd(f.Origin, f.Problem), $"{f.Origin} reported twice"));
        await filter.RecordPendingCopiesAsync();
        var elapsed = watch.Elapsed;

        Assert.All(failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Value), $"{f.Key}: refused without a reason"));
        var accepted = read.Where(r => !failures.ContainsKey(r.Key)).ToList();
        var lost = new List<string>();
        foreach (var (origin, document) in accepted)
        {
            if (!await register.ContainsAsync(ContentHash.Of(document.Text)))
            {
                lost.Add(origin);
            }
        }

        Assert.True(lost.Count == 0, $"accepted but not stored: {string.Join(", ", lost.Take(10))}");
        var tried = read.Count + readErrors;
        Assert.True(tried >= 10_000, $"only {tried} inputs were tried");
        Assert.Equal(tried, summary.New + summary.Skipped + summary.Failed + filter.AlreadyStored + filter.Repeated);
        var counts = await register.CountAsync();
        var reasons = failures.Values
            .GroupBy(Reason)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {g.Key}");
        var line = $"bad input: {inputs.Count:N0} files, {tried:N0} inputs tried ({string.Join(", ", inputs.GroupBy(i => i.Kind).Select(g => $"{g.Sum(i => i.Inputs)} {g.Key}"))}); "
            + $"{summary.New + filter.AlreadyStored + filter.Repeated + summary.Skipped:N0} accepted ({counts.Documents:N0} distinct documents stored, {counts.Transfers:N0} transfers, none lost), "
            + $"{failures.Count:N0} refused with a reason [{string.Join("; ", reasons)}]; slowest extraction {slowest.TotalMilliseconds:F0} ms, {elapsed.TotalSeconds:F1} s in all";
        output.WriteLine(line);
        Console.WriteLine(line);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The kind of a refusal: its message without the specifics (numbers, quoted parts).</summary>
    private static string Reason(string problem)
    {
        var head = problem.Split([':', '(', ','], 2)[0].Trim();
        return head.Length > 48 ? head[..48] : head;
    }
}
