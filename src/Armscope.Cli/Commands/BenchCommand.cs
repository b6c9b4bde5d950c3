using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Armscope.Cli.Bench;
using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction;
using Armscope.Ingestion;
using Armscope.Register.Ingest;
using Armscope.Register.Pipeline;
using Armscope.Register.Sqlite;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope bench`: throughput of each stage on this machine, and `bench generate` for test corpora.</summary>
internal static class BenchCommand
{
    private const int DefaultGenerated = 20_000;
    private const int DefaultSample = 2_000;

    /// <summary>Interval of plain progress lines during the ingest measurement.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(10);

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "Documents to measure on: any input `armscope ingest` reads (JSON Lines, text, HTML, folders...).", HelpName = "PATH" };
        var generate = new Option<long?>("--generate") { Description = $"Measure on N generated articles instead (default {DefaultGenerated:N0} when no --corpus).", HelpName = "N" };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated corpus.", DefaultValueFactory = _ => 1 };
        var sample = new Option<int>("--sample") { Description = "Documents held in memory for the text -> transfers figures.", DefaultValueFactory = _ => DefaultSample };
        var html = new Option<string?>("--html") { Description = "Folder of HTML pages (.html, .html.gz) for the HTML -> document figure, e.g. ../shared/bench/article-extraction/html.", HelpName = "DIR" };
        var db = new Option<string?>("--db") { Description = "Register file for the ingest figure; must not exist yet (default: a temporary file, deleted afterwards).", HelpName = "FILE" };
        var parallel = new Option<int>("--parallel") { Description = "Threads for the all-cores figures and the ingest.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seconds = new Option<double>("--seconds") { Description = "Least time each throughput figure is measured over (the sample is repeated).", DefaultValueFactory = _ => 3 };
        var noIngest = new Option<bool>("--no-ingest") { Description = "Skip the ingest figure." };
        var textsOut = new Option<string?>("--texts-out") { Description = "Write the sample as JSON Lines {\"id\", \"text\"}, for peers to read the same texts (bench/peers/run.sh).", HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON instead of a table." };
        var command = new Command("bench", "Measure throughput on this machine: text -> transfers (one core, all cores), HTML -> document, ingest into SQLite, peak memory.")
        {
            corpus, generate, seed, sample, html, db, parallel, seconds, noIngest, textsOut, json,
        };
        command.Subcommands.Add(CreateGenerate());
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Settings(
                parse.GetValue(corpus),
                parse.GetValue(generate),
                parse.GetValue(seed),
                parse.GetValue(sample),
                parse.GetValue(html),
                parse.GetValue(db),
                parse.GetValue(parallel),
                TimeSpan.FromSeconds(parse.GetValue(seconds)),
                !parse.GetValue(noIngest),
                parse.GetValue(textsOut),
                parse.GetValue(json));
            if (settings.Problem() is { } problem)
            {
                Console.Error.WriteLine($"armscope: bench: {problem}");
                return 2;
            }

            return await RunAsync(settings, cancellationToken);
        });
        return command;
    }

    private static Command CreateGenerate()
    {
        var count = new Argument<long>("N") { Description = "How many articles." };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and N give the same corpus.", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "FILE" };
        var command = new Command("generate", "Write N generated news articles about arms transfers as JSON Lines {\"id\", \"title\", \"published\", \"source\", \"text\"}.")
        {
            count, seed, output,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            if (n < 0)
            {
                Console.Error.WriteLine("armscope: bench generate: N must not be negative");
                return 2;
            }

            var path = parse.GetValue(output);
            using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            WriteJsonLines(stream, new CorpusGenerator(ReferenceData.Default, parse.GetValue(seed)).Generate(n), full: true);
            return 0;
        });
        return command;
    }

    private sealed record Settings(
        string? Corpus,
        long? Generate,
        int Seed,
        int Sample,
        string? Html,
        string? Db,
        int Parallel,
        TimeSpan Minimum,
        bool Ingest,
        string? TextsOut,
        bool Json)
    {
        public string? Problem() =>
            Corpus is not null && Generate is not null ? "give --corpus or --generate, not both"
            : Corpus is not null && !File.Exists(Corpus) && !Directory.Exists(Corpus) ? $"{Corpus}: no such file or folder"
            : Generate is < 1 ? "--generate must be at least 1"
            : Sample < 1 ? "--sample must be at least 1"
            : Parallel < 1 ? "--parallel must be at least 1"
            : Html is not null && !Directory.Exists(Html) ? $"{Html}: no such folder"
            : Db is not null && File.Exists(Db) ? $"{Db} exists already; the ingest figure needs a new register file"
            : null;

        public string CorpusName => Corpus ?? $"generated (seed {Seed}, {Generate ?? DefaultGenerated:N0} articles)";
    }

    /// <summary>Everything `bench` measured, as printed with --json.</summary>
    private sealed record Report(string Machine, string Corpus, IReadOnlyList<Figure> Figures, Memory Memory);

    private sealed record Figure(string Stage, string Cores, long Documents, double MegabytesOfText, double Seconds, double MegabytesPerSecond, double DocumentsPerSecond, double MegabytesPerCpuSecond);

    private sealed record Memory(long PeakWorkingSetBytes, long GcHeapBytesAtEnd, long AllocatedBytes, int Gen2Collections);

    private static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var extractor = new TransferExtractor(ReferenceData.Default);
        var generator = new CorpusGenerator(ReferenceData.Default, settings.Seed);
        var figures = new List<Throughput>();
        var machine = Machine(settings.Parallel);
        Note(settings, $"bench on {machine}");

        var sample = Documents(settings, generator).Take(settings.Sample).ToList();
        if (sample.Count == 0)
        {
            Console.Error.WriteLine($"armscope: bench: {settings.CorpusName} holds no readable document");
            return 1;
        }

        if (settings.TextsOut is { } textsOut)
        {
            using var stream = File.Create(textsOut);
            WriteJsonLines(stream, sample, full: false);
        }

        Note(settings, $"text -> transfers on one core ({sample.Count:N0} documents, {sample.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)) / 1e6:F1} MB, at least {settings.Minimum.TotalSeconds:F0} s)");
        figures.Add(Measurements.ExtractOnOneCore(extractor, sample, settings.Minimum));
        if (settings.Parallel > 1)
        {
            Note(settings, $"text -> transfers on {settings.Parallel} threads");
            figures.Add(Measurements.ExtractOnAllCores(extractor, sample, settings.Parallel, settings.Minimum));
        }

        if (settings.Html is { } htmlFolder)
        {
            var pages = Measurements.ReadPages(htmlFolder);
            if (pages.Count == 0)
            {
                Console.Error.WriteLine($"armscope: bench: {htmlFolder} holds no .html or .html.gz page");
                return 1;
            }

            Note(settings, $"HTML -> document on one core ({pages.Count:N0} pages)");
            figures.Add(Measurements.HtmlOnOneCore(pages, settings.Minimum));
        }

        sample = [];
        if (settings.Ingest)
        {
            var ingest = await IngestAsync(settings, extractor, generator, cancellationToken);
            if (ingest is null)
            {
                return 1;
            }

            figures.Add(ingest);
        }

        using var process = Process.GetCurrentProcess();
        var memory = new Memory(process.PeakWorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes, GC.GetTotalAllocatedBytes(), GC.CollectionCount(2));
        var report = new Report(machine, settings.CorpusName, figures.Select(ToFigure).ToList(), memory);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(report, Json));
        }
        else
        {
            Print(report);
        }

        return 0;
    }

    private static async Task<Throughput?> IngestAsync(Settings settings, TransferExtractor extractor, CorpusGenerator generator, CancellationToken cancellationToken)
    {
        var path = settings.Db ?? Path.Combine(Path.GetTempPath(), $"armscope-bench-{Environment.ProcessId}.db");
        var failures = 0L;
        try
        {
            await using var register = SqliteRegister.Open(path);
            var tally = new IngestTally();
            var clock = Stopwatch.StartNew();
            var rate = new IngestRate(clock) { Expected = settings.Corpus is null ? settings.Generate ?? DefaultGenerated : null };
            Note(settings, $"ingest into SQLite at {path} with {settings.Parallel} extraction threads");
            var items = settings.Corpus is { } corpus
                ? new DocumentReader().Read([corpus]).Select(r => new SourceItem(r.Origin, r.Document, r.Error))
                : Documents(settings, generator).Select(d => new SourceItem(d.Id, d, null));
            var work = Measurements.IngestAsync(
                register,
                extractor,
                items,
                new PipelineOptions { Parallelism = settings.Parallel },
                tally,
                f =>
                {
                    if (Interlocked.Increment(ref failures) <= 10)
                    {
                        Console.Error.WriteLine($"armscope: {f.Origin}: {f.Problem}");
                    }
                },
                cancellationToken);
            while (await Task.WhenAny(work, Task.Delay(ProgressInterval, CancellationToken.None)) != work)
            {
                Note(settings, $"ingest: {rate.Describe(tally.Snapshot())} ({clock.Elapsed.TotalSeconds:F0} s)");
            }

            return await work;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("armscope: bench: interrupted");
            return null;
        }
        finally
        {
            if (settings.Db is null)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
    }

    /// <summary>The documents to measure on, lazily: read from --corpus, or generated.</summary>
    private static IEnumerable<Document> Documents(Settings settings, CorpusGenerator generator) =>
        settings.Corpus is { } corpus
            ? new DocumentReader().Read([corpus]).Where(r => r.Document is not null).Select(r => r.Document!)
            : generator.Generate(settings.Generate ?? DefaultGenerated);

    private static Figure ToFigure(Throughput t) => new(
        t.Stage,
        t.Threads == 1 ? "1" : $"{t.Threads} threads",
        t.Documents,
        Math.Round(t.Bytes / 1e6, 3),
        Math.Round(t.Seconds, 3),
        Math.Round(t.MegabytesPerSecond, 2),
        Math.Round(t.DocumentsPerSecond, 1),
        Math.Round(t.MegabytesPerCpuSecond, 2));

    private static void Print(Report report)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }

        var table = new Table()
            .Title($"armscope bench: {Markup.Escape(report.Corpus)}")
            .Caption(Markup.Escape(report.Machine))
            .AddColumn("stage")
            .AddColumn("cores")
            .AddColumn(new TableColumn("documents").RightAligned())
            .AddColumn(new TableColumn("MB").RightAligned())
            .AddColumn(new TableColumn("seconds").RightAligned())
            .AddColumn(new TableColumn("MB/s").RightAligned())
            .AddColumn(new TableColumn("docs/s").RightAligned())
            .AddColumn(new TableColumn("MB per CPU-s").RightAligned());
        foreach (var f in report.Figures)
        {
            table.AddRow(
                Markup.Escape(f.Stage),
                f.Cores,
                f.Documents.ToString("N0", CultureInfo.InvariantCulture),
                f.MegabytesOfText.ToString("F1", CultureInfo.InvariantCulture),
                f.Seconds.ToString("F1", CultureInfo.InvariantCulture),
                f.MegabytesPerSecond.ToString("F2", CultureInfo.InvariantCulture),
                f.DocumentsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                f.MegabytesPerCpuSecond.ToString("F2", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        var m = report.Memory;
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Peak memory (working set): {m.PeakWorkingSetBytes / 1048576.0:N0} MiB; GC heap at the end {m.GcHeapBytesAtEnd / 1048576.0:N0} MiB; allocated in all {m.AllocatedBytes / 1073741824.0:N1} GiB; {m.Gen2Collections} gen-2 collections."));
    }

    private static void Note(Settings settings, string message) => Console.Error.WriteLine($"armscope: bench: {message}");

    private static string Machine(int threads)
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {threads} threads, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {load} at start");
    }

    private static void WriteJsonLines(Stream stream, IEnumerable<Document> documents, bool full)
    {
        using var buffered = new BufferedStream(stream, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var d in documents)
        {
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            if (full)
            {
                writer.WriteString("title", d.Title);
                writer.WriteString("published", d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("source", d.Source);
            }

            writer.WriteString("text", d.Text);
            writer.WriteEndObject();
            writer.Flush();
            buffered.WriteByte((byte)'\n');
            writer.Reset();
        }
    }
}
