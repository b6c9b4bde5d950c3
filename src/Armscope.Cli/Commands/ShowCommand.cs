using System.CommandLine;
using System.Globalization;
using Armscope.Core.Vocabulary;
using Armscope.Register;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope show DEAL`: one deal, its status timeline and every evidence sentence with where and when it was published.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var deal = new Argument<string>("DEAL") { Description = "Deal id or a prefix of it (as `armscope deals` prints), or a merge key such as RU|TR|s400." };
        var command = new Command("show", "Show a deal with its timeline and evidence.") { deal, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var register = DbOption.OpenExisting(DbOption.Resolve(parse, db));
            if (register is null)
            {
                return 2;
            }

            var wanted = parse.GetValue(deal)!.Trim();
            var id = await ResolveAsync(register, wanted, cancellationToken);
            if (id is null)
            {
                return 1;
            }

            var detail = await register.GetDealAsync(id, cancellationToken);
            if (detail is null)
            {
                Console.Error.WriteLine($"armscope: no deal '{wanted}' in the register");
                return 1;
            }

            Write(detail);
            return 0;
        });
        return command;
    }

    private static async Task<string?> ResolveAsync(IRegister register, string wanted, CancellationToken cancellationToken)
    {
        if (wanted.Contains('|', StringComparison.Ordinal))
        {
            var parts = wanted.Split('|');
            return parts.Length == 3 ? DealKey.IdFor($"{parts[0]}|{parts[1]}|{(parts[2].StartsWith("category:", StringComparison.Ordinal) ? parts[2] : DealKey.SystemKey(parts[2]))}") : Unknown();
        }

        if (wanted.Length == 0)
        {
            return Unknown();
        }

        var ids = await register.FindDealIdsAsync(wanted, 11, cancellationToken);
        switch (ids.Count)
        {
            case 0:
                return Unknown();
            case 1:
                return ids[0];
            default:
                Console.Error.WriteLine($"armscope: '{wanted}' starts {(ids.Count > 10 ? "more than 10" : ids.Count.ToString(CultureInfo.InvariantCulture))} deal ids ({string.Join(", ", ids.Take(10))}); give more of the id");
                return null;
        }

        string? Unknown()
        {
            Console.Error.WriteLine($"armscope: no deal '{wanted}' in the register (`armscope deals` lists them)");
            return null;
        }
    }

    private static void Write(DealDetail detail)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 160;
        }

        var d = detail.Deal;
        var what = d.System is null ? $"{d.Category.ToSpecName()} (no system named)" : $"{d.System} · {d.Category.ToSpecName()}";
        AnsiConsole.Write(new Rule(Markup.Escape($"{d.Supplier.Name} ({d.Supplier.Code}) → {d.Recipient.Name} ({d.Recipient.Code}): {what}")).LeftJustified());

        var facts = new Grid().AddColumn().AddColumn();
        facts.AddRow("deal", d.Id);
        facts.AddRow("key", Markup.Escape(d.MergeKey));
        facts.AddRow("status", d.Status.ToSpecName());
        facts.AddRow("seen", $"{d.FirstSeen?.ToString() ?? "?"} – {d.LastSeen?.ToString() ?? "?"}");
        if (d.Quantity is { } q)
        {
            facts.AddRow("quantity", q.ToString(CultureInfo.InvariantCulture));
        }

        if (d.Value is { } v)
        {
            facts.AddRow("value", Markup.Escape(Money(v)));
        }

        var copies = detail.Sources.Count > d.Documents ? $" ({detail.Sources.Count} copies, see sources)" : "";
        facts.AddRow("records", $"{d.Records} from {d.Documents} document{(d.Documents == 1 ? "" : "s")}{copies}");
        AnsiConsole.Write(facts);
        AnsiConsole.WriteLine();

        var timeline = new Table().Title("timeline");
        foreach (var header in new[] { "date", "status", "modality", "qty", "value", "sources" })
        {
            timeline.AddColumn(header);
        }

        foreach (var e in detail.Timeline)
        {
            timeline.AddRow(
                DateLabel(e),
                e.Status.ToSpecName(),
                e.Modality.ToSpecName(),
                e.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "",
                e.Value is null ? "" : Markup.Escape(Money(e.Value)),
                e.Records.Count.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(timeline);
        AnsiConsole.WriteLine();

        AnsiConsole.Write(new Rule("evidence").LeftJustified());
        foreach (var e in detail.Timeline)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(DateLabel(e))} {e.Status.ToSpecName()}[/] ({e.Modality.ToSpecName()})");
            foreach (var r in e.Records)
            {
                var doc = r.Document;
                var where = string.Join(" · ", new[] { doc.Title, doc.Source ?? doc.Name, doc.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(x => !string.IsNullOrEmpty(x)));
                AnsiConsole.MarkupLine($"  “{Markup.Escape(r.Transfer.Evidence.Text)}”");
                AnsiConsole.MarkupLine($"    [dim]— {Markup.Escape(where)} [[{doc.Id} {r.Transfer.Evidence.Start}-{r.Transfer.Evidence.End}]][/]");
            }
        }

        WriteSources(detail.Sources);
    }

    /// <summary>Every copy of each document, so a story carried by several outlets shows them all while its records count once.</summary>
    private static void WriteSources(IReadOnlyList<DocumentSource> sources)
    {
        if (sources.Count == 0)
        {
            return;
        }

        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Rule("sources").LeftJustified());
        foreach (var document in sources.GroupBy(s => s.DocumentId))
        {
            var count = document.Count();
            AnsiConsole.MarkupLine($"[bold]{document.Key}[/] ({count} cop{(count == 1 ? "y" : "ies")})");
            foreach (var copy in document)
            {
                var where = string.Join(" · ", new[] { copy.Title, copy.Source ?? copy.Name, copy.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(x => !string.IsNullOrEmpty(x)));
                AnsiConsole.MarkupLine($"  {Markup.Escape(where)}{(copy.NearCopy ? " [dim](near copy: the same story with small edits)[/]" : "")}");
            }
        }
    }

    private static string DateLabel(DealEvent e) =>
        e.When?.ToString() ?? (e.FirstReported is { } r ? $"by {r:yyyy-MM-dd}" : "undated");

    private static string Money(Money value) => $"{value.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)} {value.Currency}";
}
