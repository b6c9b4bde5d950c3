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
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders, URLs or - (standard input), read as `armscope extract` reads them.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Extract the transfers each document states and merge them into the register.") { paths, db, published, parallel };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(published) is { } p)
            {
                if (!DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"armscope: --published '{p}' is not a date of the form YYYY-MM-DD");
                    return 2;
                }

                date = d;
            }

            var threads = parse.GetValue(parallel);
            if (threads < 1)
            {
                Console.Error.WriteLine($"armscope: --parallel {threads}: at least one thread is needed");
                return 2;
            }

            return await RunAsync(parse.GetValue(paths)!, DbOption.Resolve(parse, db), date, threads, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string location, DateOnly? published, int parallel, CancellationToken cancellationToken)
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

        await using var register = DbOption.OpenOrCreate(location);
        if (register is null)
        {
            return 2;
        }

        var reader = new DocumentReader(published);
        var pipeline = new IngestPipeline(register, extractor.Extract, new PipelineOptions { Parallelism = parallel });
        var tally = new IngestTally();
        var failures = new ConcurrentQueue<IngestFailure>();
        var clock = Stopwatch.StartNew();
        var rate = new IngestRate(clock);

        // Counting what the inputs hold (JSON Lines lines, files) gives the progress line an ETA; it runs beside the ingest.
        _ = Task.Run(() => rate.Expected = InputEstimate.Documents(paths, cancellationToken), CancellationToken.None);

        // Each argument is its own source: should a reader ever throw, only that argument is cut short.
        var work = Task.Run(
            () => pipeline.RunAsync(
                paths,
                path => reader.Read([path]).Select(r => new SourceItem(r.Origin, r.Document, r.Error)),
                failures.Enqueue,
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

        WriteFailures(failures);
        var summary = tally.Snapshot();
        WriteSummary(summary, await register.CountAsync(CancellationToken.None), location, clock.Elapsed, interrupted);
        return interrupted ? 130 : summary.Failed > 0 ? 1 : 0;
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

    private static void WriteSummary(IngestSummary summary, RegisterCounts totals, string location, TimeSpan elapsed, bool interrupted)
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
        Row("documents skipped (already ingested)", summary.Skipped);
        Row("documents failed", summary.Failed);
        Row("transfers recorded", summary.Transfers);
        Row("deals touched", summary.DealsTouched);
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Register {location}: {totals.Documents:N0} documents, {totals.Transfers:N0} transfers, {totals.Deals:N0} deals ({elapsed.TotalSeconds:F1} s)."));
    }
}
