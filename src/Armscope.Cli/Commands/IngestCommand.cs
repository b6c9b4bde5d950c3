using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Armscope.Core.Reference;
using Armscope.Extraction;
using Armscope.Ingestion;
using Armscope.Register;
using Armscope.Register.Ingest;
using Armscope.Register.Pipeline;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope ingest`: documents in, transfers extracted on all cores and merged into the register in batches.</summary>
internal static class IngestCommand
{
    /// <summary>Runs shorter than this show no progress, only the summary.</summary>
    private static readonly TimeSpan QuietStart = TimeSpan.FromSeconds(2);

    /// <summary>Interval of plain progress lines when output is not a terminal.</summary>
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var db = DbOption.Create();
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none.", HelpName = "DATE" };
        var parallel = new Option<int>("--parallel") { Description = "Threads that extract transfers (default: all cores).", HelpName = "N", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxDocBytes = new Option<long>("--max-doc-bytes") { Description = "Largest document text accepted, in UTF-8 bytes; larger ones are refused and logged.", HelpName = "BYTES", DefaultValueFactory = _ => DocumentLimits.Default.MaxBytes };
        var docTimeout = new Option<double>("--doc-timeout") { Description = "Longest extraction of one document, in seconds; slower ones are refused and logged.", HelpName = "SECONDS", DefaultValueFactory = _ => DocumentLimits.Default.Timeout.TotalSeconds };
        var resume = new Option<bool>("--resume") { Description = "Continue a stopped run over the same inputs: documents it stored are skipped before extraction and counted (ingest never stores content twice either way)." };
        var log = new Option<string?>("--log") { Description = "Append a JSON Lines log of every input not stored (refused, failed, skipped) and why, with the run's totals.", HelpName = "FILE" };
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders, URLs or - (standard input), read as `armscope extract` reads them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Extract the transfers each document states and merge them into the register.") { paths, db, published, parallel, maxDocBytes, docTimeout, resume, log };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!DocumentOptions.TryPublished(parse, published, out var date))
            {
                return 2;
            }

            var threads = parse.GetValue(parallel);
            if (threads < 1)
            {
                Console.Error.WriteLine($"armscope: --parallel {threads}: at least one thread is needed");
                return 2;
            }

            if (!DocumentOptions.TryLimits(parse, maxDocBytes, docTimeout, out var limits))
            {
                return 2;
            }

            var run = new RunSettings(limits, parse.GetValue(resume), parse.GetValue(log));
            return await RunAsync(parse.GetValue(paths)!, DbOption.Resolve(parse, db), date, threads, run, cancellationToken);
        });
        return command;
    }

    /// <summary>Limits, resumption and logging of one run.</summary>
    private sealed record RunSettings(DocumentLimits Limits, bool Resume, string? LogPath);

    private static async Task<int> RunAsync(string[] paths, string location, DateOnly? published, int parallel, RunSettings settings, CancellationToken cancellationToken)
    {
        // Build the pipeline before touching the register: a broken setup fails at once, naming the culprit.
        TransferExtractor extractor;
        try
        {
            extractor = new TransferExtractor(ReferenceData.Default);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"armscope: cannot start extraction: {e.Message.ReplaceLineEndings(" ")}");
            return 2;
        }

        IngestLog? log = null;
        if (settings.LogPath is { } logPath)
        {
            try
            {
                log = IngestLog.AppendTo(logPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"armscope: --log {logPath}: {e.Message}");
                return 2;
            }
        }

        using var logFile = log;
        await using var register = DbOption.OpenOrCreate(location);
        if (register is null)
        {
            return 2;
        }

        var readerOptions = new ReaderOptions { DefaultPublished = published };
        var reader = new DocumentReader(readerOptions with { MaxDocumentBytes = Math.Max(readerOptions.MaxDocumentBytes, settings.Limits.MaxBytes) });
        var known = new KnownContentFilter(register, settings.Limits, log, settings.Resume ? "stored by an earlier run (resumed)" : "already in the register");
        // The filter has just asked the register about every input it passes on: asking again before extraction would
        // only double the lookups (the register checks once more when storing).
        var options = new PipelineOptions { Parallelism = parallel, SkipKnownBeforeExtraction = false };
        var pipeline = new IngestPipeline(register, settings.Limits.Bound(extractor.Extract), options)
        {
            NearDuplicateStored = (origin, document, result) => LogNearDuplicate(log, origin, document, result),
        };
        var tally = new IngestTally();
        var failures = new ConcurrentQueue<IngestFailure>();
        var before = await register.CountAsync(cancellationToken);
        log?.Run("start", new Dictionary<string, object?>
        {
            ["register"] = Registers.Describe(location),
            ["inputs"] = paths,
            ["resume"] = settings.Resume,
            ["max_doc_bytes"] = settings.Limits.MaxBytes,
            ["doc_timeout_s"] = settings.Limits.Timeout.TotalSeconds,
            ["documents_stored"] = before.Documents,
        });
        var clock = Stopwatch.StartNew();
        var rate = new IngestRate(clock);

        // Counting what the inputs hold (JSON Lines lines, files) gives the progress line an ETA; it runs beside the ingest.
        _ = Task.Run(() => rate.Expected = InputEstimate.Documents(paths, cancellationToken), CancellationToken.None);

        // Each argument is its own source: should a reader ever throw, only that argument is cut short.
        var work = Task.Run(
            () => pipeline.RunAsync(
                paths,
                path => known.Filter(reader.Read([path]).Select(r => new SourceItem(r.Origin, r.Document, r.Error)), cancellationToken),
                failure =>
                {
                    failures.Enqueue(failure);
                    log?.Failed(failure);
                },
                tally,
                cancellationToken),
            CancellationToken.None);
        await FollowAsync(work, tally, failures, clock, rate);

        var interrupted = false;
        try
        {
            await work;
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }

        if (!interrupted)
        {
            await known.RecordPendingCopiesAsync(CancellationToken.None);
        }

        WriteFailures(failures);
        var summary = tally.Snapshot();
        var totals = await register.CountAsync(CancellationToken.None);
        WriteSummary(summary, known, totals, location, clock.Elapsed, interrupted);
        if (settings.Resume)
        {
            AnsiConsole.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Resumed: {known.AlreadyStored:N0} documents stored by the earlier run skipped without extraction, {summary.New:N0} new."));
        }

        log?.Run("end", new Dictionary<string, object?>
        {
            ["interrupted"] = interrupted,
            ["new"] = summary.New,
            ["skipped_already_stored"] = known.AlreadyStored + summary.Skipped,
            ["skipped_repeated_in_run"] = known.Repeated,
            ["near_duplicates"] = summary.NearDuplicates,
            ["failed"] = summary.Failed,
            ["transfers"] = summary.Transfers,
            ["documents_stored"] = totals.Documents,
            ["seconds"] = Math.Round(clock.Elapsed.TotalSeconds, 1),
        });
        return interrupted ? 130 : summary.Failed > 0 ? 1 : 0;
    }

    /// <summary>A near duplicate in the log: skipped as one more source of a stored document, or stored in place of a later copy.</summary>
    private static void LogNearDuplicate(IngestLog? log, string origin, Core.Vocabulary.Document document, IngestResult result)
    {
        if (result.Replaced is not { } replaced)
        {
            log?.Skipped(origin, $"near duplicate of stored document {result.DocumentId} (the same story with small edits): recorded as one more source of it", document.Id, ContentHash.Of(document.Text));
            return;
        }

        log?.Run("replaced", new Dictionary<string, object?>
        {
            ["origin"] = origin,
            ["reason"] = $"earlier copy of stored document {replaced} (the same story with small edits): stored in its place, with that copy as one more source",
            ["document"] = document.Id,
            ["content_hash"] = ContentHash.Of(document.Text),
        });
    }

    /// <summary>Shows progress while the batch runs: nothing for short runs, a live line on a terminal, plain periodic lines otherwise.</summary>
    private static async Task FollowAsync(Task work, IngestTally tally, ConcurrentQueue<IngestFailure> failures, Stopwatch clock, IngestRate rate)
    {
        while (!work.IsCompleted && clock.Elapsed < QuietStart)
        {
            WriteFailures(failures);
            await Task.WhenAny(work, Task.Delay(100));
        }

        if (work.IsCompleted)
        {
            return;
        }

        if (!Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            WriteFailures(failures);

            // Failures wait in the queue while the live display owns the terminal, then print below it.
            await AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var line = context.AddTask("ingesting").IsIndeterminate();
                    while (!work.IsCompleted)
                    {
                        line.Description = Markup.Escape(rate.Describe(tally.Snapshot()));
                        await Task.WhenAny(work, Task.Delay(250));
                    }

                    line.StopTask();
                });
            return;
        }

        var next = clock.Elapsed;
        while (!work.IsCompleted)
        {
            WriteFailures(failures);
            if (clock.Elapsed >= next)
            {
                Console.Error.WriteLine($"armscope: ingest: {rate.Describe(tally.Snapshot())} ({clock.Elapsed.TotalSeconds:F0} s)");
                next += PlainInterval;
            }

            await Task.WhenAny(work, Task.Delay(250));
        }
    }

    private static void WriteFailures(ConcurrentQueue<IngestFailure> failures)
    {
        while (failures.TryDequeue(out var failure))
        {
            Console.Error.WriteLine($"armscope: {failure.Origin}: {failure.Problem}");
        }
    }

    private static void WriteSummary(IngestSummary summary, KnownContentFilter known, RegisterCounts totals, string location, TimeSpan elapsed, bool interrupted)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 240;
        }

        var table = new Table()
            .Title(interrupted ? "ingest (interrupted)" : "ingest")
            .AddColumn("documents and records")
            .AddColumn(new TableColumn("count").RightAligned());
        void Row(string label, long value) => table.AddRow(label, value.ToString("N0", CultureInfo.InvariantCulture));
        Row("documents new", summary.New);
        Row("documents skipped (already ingested)", summary.Skipped + known.AlreadyStored);
        Row("documents skipped (same text earlier in this run)", known.Repeated);
        Row("documents merged as near duplicates (edited copies)", summary.NearDuplicates);
        Row("documents failed", summary.Failed);
        Row("transfers recorded", summary.Transfers);
        Row("deals touched", summary.DealsTouched);
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Register {Registers.Describe(location)}: {totals.Documents:N0} documents, {totals.Transfers:N0} transfers, {totals.Deals:N0} deals ({elapsed.TotalSeconds:F1} s)."));
    }
}
