using System.CommandLine;
using System.Globalization;
using Armscope.Core.Reference;
using Armscope.Core.Serialization;
using Armscope.Core.Vocabulary;
using Armscope.Extraction;
using Armscope.Ingestion;
using Armscope.Learned;
using Armscope.Register.Ingest;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope extract`: documents in, transfer records out (JSON Lines or a table). Touches no register.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for inputs that carry none." };
        var json = new Option<bool>("--json") { Description = "Write JSON Lines: one {\"document\", \"transfers\"} object per document." };
        var explain = new Option<bool>("--explain") { Description = "For each record, show the trigger, the words that filled each role and the cues for status and modality." };
        var maxDocBytes = new Option<long>("--max-doc-bytes") { Description = "Largest document text accepted, in UTF-8 bytes; larger ones are refused.", HelpName = "BYTES", DefaultValueFactory = _ => DocumentLimits.Default.MaxBytes };
        var docTimeout = new Option<double>("--doc-timeout") { Description = "Longest extraction of one document, in seconds; slower ones are refused.", HelpName = "SECONDS", DefaultValueFactory = _ => DocumentLimits.Default.Timeout.TotalSeconds };
        var learned = new LearnedOptions();
        var paths = new Argument<string[]>("PATH") { Description = "Text, HTML, JSON Lines files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("extract", "Extract the arms transfers each document states.") { published, json, explain, learned.Learned, learned.Scope, maxDocBytes, docTimeout, paths };
        command.SetAction(parse =>
        {
            if (!DocumentOptions.TryPublished(parse, published, out var date))
            {
                return 2;
            }

            if (!DocumentOptions.TryLimits(parse, maxDocBytes, docTimeout, out var limits))
            {
                return 2;
            }

            return Run(parse.GetValue(paths)!, date, parse.GetValue(json), parse.GetValue(explain), learned.Filter(parse), limits);
        });
        return command;
    }

    private static int Run(string[] paths, DateOnly? published, bool json, bool explain, TransferSentenceFilter? filter, DocumentLimits limits)
    {
        var extractor = new TransferExtractor(ReferenceData.Default);
        var extract = limits.Bound((document, token) => extractor.ExtractExplained(document, token));
        var failures = 0;
        using var stdout = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        foreach (var item in new DocumentReader(published).Read(paths))
        {
            if (item.Document is null)
            {
                failures++;
                Console.Error.WriteLine($"armscope: {item.Origin}: {item.Error}");
                continue;
            }

            // One bad document (too large, too slow, or one the extractor cannot take) is reported and the rest go on.
            IReadOnlyList<ExplainedTransfer> explained;
            try
            {
                explained = extract(item.Document, CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures++;
                Console.Error.WriteLine($"armscope: {item.Origin}: {(e is DocumentRefusedException ? "" : "extraction failed: ")}{e.Message.ReplaceLineEndings(" ")}");
                continue;
            }

            // The learned filter only keeps or drops records; the decision on each is shown by --explain.
            var decisions = filter?.Score(explained);
            var decisionOf = decisions?.GroupBy(d => d.Record).ToDictionary(g => g.Key, g => g.First().Decision);
            var dropped = decisions?.Where(d => !d.Kept).Select(d => d.Record).ToList() ?? [];
            if (decisions is not null)
            {
                explained = decisions.Where(d => d.Kept).Select(d => d.Record).ToList();
            }

            string Why(ExplainedTransfer e) => decisionOf is null ? e.Explanation.ToString() : $"{e.Explanation}; {decisionOf[e]}";

            var transfers = explained.Select(e => e.Transfer).ToList();
            if (json)
            {
                stdout.WriteLine(explain
                    ? TransferJson.Line(item.Document, transfers, explained.Select(Why).ToList())
                    : TransferJson.Line(item.Document, transfers));
            }
            else if (explain)
            {
                stdout.WriteLine($"== {item.Document.Id}: {transfers.Count} transfer(s){(dropped.Count > 0 ? $", {dropped.Count} dropped by the learned filter" : "")}");
                foreach (var e in explained.Concat(dropped))
                {
                    var t = e.Transfer;
                    var mark = dropped.Contains(e) ? "DROPPED " : "";
                    stdout.WriteLine($"{mark}{t.Supplier.Code} -> {t.Recipient.Code}  {t.System.Name ?? "(" + t.System.Category.ToSpecName() + ")"}  {t.Status.ToSpecName()}/{t.Modality.ToSpecName()}  when={t.When?.ToString() ?? "-"} qty={t.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "-"} value={(t.Value is null ? "-" : $"{t.Value.Amount.ToString(CultureInfo.InvariantCulture)} {t.Value.Currency}")}");
                    stdout.WriteLine($"   {Why(e)}");
                    stdout.WriteLine($"   \"{t.Evidence.Text}\"");
                }
            }
            else
            {
                stdout.Flush();
                WriteTable(item.Document, transfers);
            }
        }

        stdout.Flush();
        return failures == 0 ? 0 : 1;
    }

    private static void WriteTable(Document document, IReadOnlyList<Transfer> transfers)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 240; // a pipe has no width; keep rows readable in files and pagers
        }

        var table = new Table().Title($"{Markup.Escape(document.Id)} — {transfers.Count} transfer(s)");
        foreach (var h in new[] { "supplier", "recipient", "system", "category", "status", "modality", "when", "qty", "value", "evidence" })
        {
            table.AddColumn(h);
        }

        foreach (var t in transfers)
        {
            table.AddRow(
                Markup.Escape(t.Supplier.Code),
                Markup.Escape(t.Recipient.Code),
                Markup.Escape(t.System.Name ?? "—"),
                t.System.Category.ToSpecName(),
                t.Status.ToSpecName(),
                t.Modality.ToSpecName(),
                t.When?.ToString() ?? "",
                t.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "",
                t.Value is null ? "" : $"{t.Value.Amount.ToString("N0", CultureInfo.InvariantCulture)} {t.Value.Currency}",
                Markup.Escape(t.Evidence.Text.Length > 90 ? t.Evidence.Text[..87] + "..." : t.Evidence.Text));
        }

        AnsiConsole.Write(table);
    }
}
