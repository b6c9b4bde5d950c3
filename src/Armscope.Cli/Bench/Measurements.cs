using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Armscope.Core.Vocabulary;
using Armscope.Extraction;
using Armscope.Ingestion.Html;
using Armscope.Register;
using Armscope.Register.Ingest;
using Armscope.Register.Pipeline;

namespace Armscope.Cli.Bench;

/// <summary>One measured throughput: how much went through a stage in how long, by the wall clock and in process CPU time.</summary>
/// <param name="CpuSeconds">CPU time of the whole process (all threads, GC included) while the stage ran.</param>
public sealed record Throughput(string Stage, int Threads, long Documents, long Bytes, double Seconds, double CpuSeconds)
{
    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;

    public double DocumentsPerSecond => Documents / Seconds;

    /// <summary>Megabytes per CPU-second: the figure that stays honest when other processes share the cores.</summary>
    public double MegabytesPerCpuSecond => CpuSeconds > 0 ? Bytes / 1e6 / CpuSeconds : 0;
}

/// <summary>The throughput measurements of `armscope bench`, each over texts held in memory so only the stage is timed.</summary>
public static class Measurements
{
    /// <summary>
    /// Passes over the sample before timing, so the JIT has compiled and optimised the hot paths: tiered compilation
    /// needs a few seconds to settle, longer when other processes share the cores.
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(4);

    /// <summary>Text to transfers on the calling thread, repeated over the sample until <paramref name="minimum"/> has passed.</summary>
    public static Throughput ExtractOnOneCore(TransferExtractor extractor, IReadOnlyList<Document> sample, TimeSpan minimum)
    {
        Repeat(sample, WarmUp, d => extractor.Extract(d));
        return Repeat(sample, minimum, d => extractor.Extract(d)) with { Stage = "text -> transfers" };
    }

    /// <summary>Text to transfers on <paramref name="threads"/> threads, documents shared out dynamically.</summary>
    public static Throughput ExtractOnAllCores(TransferExtractor extractor, IReadOnlyList<Document> sample, int threads, TimeSpan minimum)
    {
        var bytes = sample.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        Parallel.For(0, sample.Count, options, i => extractor.Extract(sample[i]));
        var clock = Stopwatch.StartNew();
        var cpu = CpuTime();
        long passes = 0;
        do
        {
            Parallel.For(0, sample.Count, options, i => extractor.Extract(sample[i]));
            passes++;
        }
        while (clock.Elapsed < minimum);

        return new Throughput("text -> transfers", threads, passes * sample.Count, passes * bytes, clock.Elapsed.TotalSeconds, (CpuTime() - cpu).TotalSeconds);
    }

    /// <summary>HTML page to document (metadata, main content, boilerplate rules) on the calling thread.</summary>
    public static Throughput HtmlOnOneCore(IReadOnlyList<string> pages, TimeSpan minimum)
    {
        var parser = new HtmlArticleParser();
        Repeat(pages, WarmUp, p => parser.Parse(p));
        return Repeat(pages, minimum, p => parser.Parse(p)) with { Stage = "HTML -> document" };
    }

    /// <summary>Documents streamed through the ingest pipeline into a new register: read, screen, extract, store.</summary>
    public static async Task<Throughput> IngestAsync(
        IRegister register,
        TransferExtractor extractor,
        IEnumerable<SourceItem> items,
        PipelineOptions options,
        IngestTally tally,
        Action<IngestFailure> onFailure,
        CancellationToken cancellationToken)
    {
        long bytes = 0;
        IEnumerable<SourceItem> Items()
        {
            foreach (var item in items)
            {
                bytes += item.Document is { } document ? Encoding.UTF8.GetByteCount(document.Text) : 0;
                yield return item;
            }
        }

        var clock = Stopwatch.StartNew();
        var cpu = CpuTime();
        var summary = await new IngestPipeline(register, extractor.Extract, options).RunAsync(["corpus"], _ => Items(), onFailure, tally, cancellationToken);
        return new Throughput(
            "ingest into SQLite",
            options.Parallelism,
            summary.Documents,
            bytes,
            clock.Elapsed.TotalSeconds,
            (CpuTime() - cpu).TotalSeconds);
    }

    /// <summary>HTML pages of a folder (.html, .htm, and either gzip-compressed), in name order, decoded as UTF-8.</summary>
    public static List<string> ReadPages(string folder)
    {
        var pages = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
            if (!name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            using Stream file = File.OpenRead(path);
            using var content = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
            using var reader = new StreamReader(content, new UTF8Encoding(false));
            pages.Add(reader.ReadToEnd());
        }

        return pages;
    }

    /// <summary>CPU time of this process so far, every thread included.</summary>
    public static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static Throughput Repeat(IReadOnlyList<Document> sample, TimeSpan minimum, Action<Document> work) =>
        Repeat(sample, minimum, work, d => Encoding.UTF8.GetByteCount(d.Text));

    private static Throughput Repeat(IReadOnlyList<string> pages, TimeSpan minimum, Action<string> work) =>
        Repeat(pages, minimum, work, p => Encoding.UTF8.GetByteCount(p));

    private static Throughput Repeat<T>(IReadOnlyList<T> items, TimeSpan minimum, Action<T> work, Func<T, int> size)
    {
        var bytes = items.Sum(i => (long)size(i));
        var clock = Stopwatch.StartNew();
        var cpu = CpuTime();
        long passes = 0;
        do
        {
            foreach (var item in items)
            {
                work(item);
            }

            passes++;
        }
        while (clock.Elapsed < minimum);

        return new Throughput("", 1, passes * items.Count, passes * bytes, clock.Elapsed.TotalSeconds, (CpuTime() - cpu).TotalSeconds);
    }
}
