using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Armscope.Core.Reference;
using Armscope.Core.Serialization;
using Armscope.Extraction;
using Armscope.Extraction.Evaluation;
using Armscope.Ingestion;
using Armscope.Learned;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope eval`: scores predictions (or the extractor itself) against gold files, as ../shared/tools/score.py does.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("GOLD_DIR") { Description = "Folder of NAME.gold.json files." };
        var input = new Argument<string>("INPUT")
        {
            Description = "Predictions (JSON Lines whose lines have \"transfers\", as `extract --json` writes), or documents to extract first: a folder, a text or HTML file, a .jsonl of documents.",
        };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for documents that carry none." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss (gold record not matched), extra (prediction not matched) and secondary disagreement." };
        var json = new Option<bool>("--json") { Description = "Write a machine-readable JSON summary instead of tables." };
        var learned = new LearnedOptions();
        var command = new Command("eval", "Score extraction against gold files (P, R, F1 and secondary accuracies, as the spec defines).")
        {
            gold, input, published, verbose, json, learned.Learned, learned.Scope,
        };
        command.SetAction(parse =>
        {
            if (!DocumentOptions.TryPublished(parse, published, out var date))
            {
                return 2;
            }

            return Run(parse.GetValue(gold)!, parse.GetValue(input)!, date, parse.GetValue(verbose), parse.GetValue(json), learned.Filter(parse));
        });
        return command;
    }

    private static int Run(string goldDir, string input, DateOnly? published, bool verbose, bool json, TransferSentenceFilter? filter)
    {
        GoldCorpus gold;
        PredictionSet predictions;
        string origin;
        try
        {
            gold = GoldCorpus.Load(goldDir);
            if (PredictionSet.IsPredictionFile(input))
            {
                predictions = PredictionSet.Load(input);
                origin = "predictions file";
            }
            else if (File.Exists(input) || Directory.Exists(input))
            {
                predictions = Extract(input, published, filter);
                origin = filter is null ? "extracted by armscope" : "extracted by armscope with the learned filter";
            }
            else
            {
                Console.Error.WriteLine($"armscope: {input}: no such file or folder");
                return 2;
            }
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"armscope: {e.Message}");
            return 2;
        }

        if (gold.Documents.Count == 0)
        {
            Console.Error.WriteLine($"armscope: {goldDir}: no *.gold.json files");
            return 2;
        }

        var report = TransferScorer.Score(gold, predictions);
        if (json)
        {
            Console.WriteLine(report.ToJson(includeErrors: verbose).ToJsonString(JsonOptions));
        }
        else
        {
            WriteTables(gold, predictions, origin, report, verbose);
        }

        return 0;
    }

    /// <summary>Runs the extractor on the documents and reads its output back exactly as a predictions file would be read.</summary>
    private static PredictionSet Extract(string input, DateOnly? published, TransferSentenceFilter? filter)
    {
        var extractor = new TransferExtractor(ReferenceData.Default);
        var lines = new List<string>();
        foreach (var item in new DocumentReader(published).Read([input]))
        {
            if (item.Document is null)
            {
                Console.Error.WriteLine($"armscope: {item.Origin}: {item.Error}");
                continue;
            }

            var explained = extractor.ExtractExplained(item.Document);
            var kept = filter is null ? explained : filter.Keep(explained);
            lines.Add(TransferJson.Line(item.Document, kept.Select(e => e.Transfer).ToList()));
        }

        return PredictionSet.Parse(lines);
    }

    private static void WriteTables(GoldCorpus gold, PredictionSet predictions, string origin, EvaluationReport report, bool verbose)
    {
        var console = AnsiConsole.Console;
        console.MarkupLine(
            $"Gold: [bold]{gold.Documents.Count}[/] documents, [bold]{gold.RecordCount}[/] records · " +
            $"Predictions ({Markup.Escape(origin)}): [bold]{predictions.DocumentIds.Count}[/] documents, [bold]{predictions.RecordCount}[/] records");

        var t = report.Total;
        var s = report.Secondary;
        var summary = new Table().Title("Scores").AddColumn("measure").AddColumn(new TableColumn("value").RightAligned()).AddColumn("on");
        summary.AddRow("precision", F(t.Precision), $"{t.TruePositives} of {t.TruePositives + t.FalsePositives} predicted");
        summary.AddRow("recall", F(t.Recall), $"{t.TruePositives} of {t.TruePositives + t.FalseNegatives} gold");
        summary.AddRow("[bold]F1[/]", $"[bold]{F(t.F1)}[/]", $"tp={t.TruePositives} fp={t.FalsePositives} fn={t.FalseNegatives}");
        summary.AddRow("modality", F(s.Modality.Value), $"{s.Modality.Correct} of {s.Modality.Total} matched pairs");
        summary.AddRow("when", F(s.When.Value), $"{s.When.Correct} of {s.When.Total} pairs with a gold date");
        summary.AddRow("quantity", F(s.Quantity.Value), $"{s.Quantity.Correct} of {s.Quantity.Total} pairs stating one");
        summary.AddRow("value", F(s.Value.Value), $"{s.Value.Correct} of {s.Value.Total} pairs stating one");
        console.Write(summary);

        var byStatus = new Table().Title("By status").AddColumn("status");
        foreach (var h in new[] { "tp", "fp", "fn", "P", "R", "F1" })
        {
            byStatus.AddColumn(new TableColumn(h).RightAligned());
        }

        foreach (var row in report.ByStatus)
        {
            byStatus.AddRow([Markup.Escape(row.Status.Length == 0 ? "(none)" : row.Status), .. CountCells(row.Counts)]);
        }

        console.Write(byStatus);

        var byDocument = new Table().Title("By document").AddColumn("document");
        foreach (var h in new[] { "tp", "fp", "fn", "P", "R", "F1" })
        {
            byDocument.AddColumn(new TableColumn(h).RightAligned());
        }

        byDocument.AddColumn("note");
        foreach (var row in report.ByDocument)
        {
            var note = !row.Predicted ? "[yellow]no prediction[/]" : row.Counts.IsPerfect ? "[green]ok[/]" : string.Empty;
            byDocument.AddRow([Markup.Escape(row.Id), .. CountCells(row.Counts), note]);
        }

        console.Write(byDocument);

        if (report.MissingDocuments.Count > 0)
        {
            console.WriteLine($"documents with no prediction: {report.MissingDocuments.Count} of {gold.Documents.Count}");
        }

        if (report.IgnoredDocuments.Count > 0)
        {
            console.WriteLine($"predicted documents with no gold file (not scored): {report.IgnoredDocuments.Count} ({Preview(report.IgnoredDocuments)})");
        }

        if (report.ReplacedDocuments.Count > 0)
        {
            console.WriteLine($"documents predicted on several lines (the last line scored): {Preview(report.ReplacedDocuments)}");
        }

        if (verbose)
        {
            WriteErrors(report);
        }

        // The referee's own closing line, so the two can be compared with `tail -1`.
        Console.WriteLine(report.RefereeLine());
    }

    private static void WriteErrors(EvaluationReport report)
    {
        var misses = report.Misses.ToLookup(m => m.DocumentId);
        var extras = report.Extras.ToLookup(e => e.DocumentId);
        var pairs = report.Pairs.ToLookup(p => p.DocumentId);
        foreach (var doc in report.ByDocument)
        {
            foreach (var m in misses[doc.Id])
            {
                Console.WriteLine($"{doc.Id} MISS {m.Record.KeyText} :: {m.Record.Evidence}");
            }

            foreach (var e in extras[doc.Id])
            {
                Console.WriteLine($"{doc.Id} EXTRA {e.Record.KeyText} :: {e.Record.Evidence}");
            }

            foreach (var p in pairs[doc.Id])
            {
                if (Disagreements(p) is { Length: > 0 } diff)
                {
                    Console.WriteLine($"{doc.Id} DIFF {p.Gold.KeyText} {diff} :: {p.Gold.Evidence}");
                }
            }
        }
    }

    /// <summary>"modality actual->planned; when 2019->2018" for the secondary fields a matched prediction got wrong.</summary>
    private static string Disagreements(MatchedPair p)
    {
        var parts = new List<string>();
        if (p.Gold.Modality != p.Predicted.Modality)
        {
            parts.Add($"modality {Show(p.Gold.Modality)}->{Show(p.Predicted.Modality)}");
        }

        if (p.Gold.When is { } w && !(p.Predicted.When ?? string.Empty).StartsWith(w, StringComparison.Ordinal))
        {
            parts.Add($"when {w}->{Show(p.Predicted.When)}");
        }

        if (p.Gold.Quantity != p.Predicted.Quantity)
        {
            parts.Add($"quantity {Show(p.Gold.Quantity?.ToString(CultureInfo.InvariantCulture))}->{Show(p.Predicted.Quantity?.ToString(CultureInfo.InvariantCulture))}");
        }

        if (p.Gold.Value != p.Predicted.Value)
        {
            parts.Add($"value {Show(ValueText(p.Gold.Value))}->{Show(ValueText(p.Predicted.Value))}");
        }

        return string.Join("; ", parts);
    }

    private static string? ValueText(RecordValue? v) => v is null ? null : $"{v.Amount.ToString(CultureInfo.InvariantCulture)} {v.Currency}";

    private static string Show(string? s) => string.IsNullOrEmpty(s) ? "null" : s;

    private static string[] CountCells(Counts c) =>
    [
        c.TruePositives.ToString(CultureInfo.InvariantCulture),
        c.FalsePositives.ToString(CultureInfo.InvariantCulture),
        c.FalseNegatives.ToString(CultureInfo.InvariantCulture),
        F(c.Precision),
        F(c.Recall),
        F(c.F1),
    ];

    private static string F(double x) => EvaluationReport.Format(x);

    private static string Preview(IReadOnlyList<string> ids) =>
        Markup.Escape(string.Join(", ", ids.Take(5)) + (ids.Count > 5 ? ", ..." : string.Empty));

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
