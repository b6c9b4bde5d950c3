using System.CommandLine;
using System.Globalization;
using Armscope.Core.Vocabulary;
using Armscope.Register;
using Spectre.Console;

namespace Armscope.Cli.Commands;

/// <summary>`armscope deals`: the register's deals as a table, most recent activity first, with filters.</summary>
internal static class DealsCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var supplier = new Option<string?>("--supplier") { Description = "Supplier code or name (RU, Russia, MBDA).", HelpName = "PARTY" };
        var recipient = new Option<string?>("--recipient") { Description = "Recipient code or name.", HelpName = "PARTY" };
        var system = new Option<string?>("--system") { Description = "Weapon system, with its variants (F-35 finds F-35A).", HelpName = "SYSTEM" };
        var category = new Option<string?>("--category") { Description = "SIPRI category, e.g. \"air defence systems\".", HelpName = "CATEGORY" };
        var status = new Option<string?>("--status") { Description = "Current status: " + string.Join(", ", Enum.GetValues<TransferStatus>().Select(s => s.ToSpecName())) + ".", HelpName = "STATUS" };
        var since = new Option<int?>("--since") { Description = "Only deals with an event in this year or later.", HelpName = "YEAR" };
        var limit = new Option<int>("--limit") { Description = "Most deals to list.", DefaultValueFactory = _ => 50, HelpName = "N" };
        var command = new Command("deals", "List the deals in the register.") { db, supplier, recipient, system, category, status, since, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            WeaponCategory? categoryFilter = null;
            if (parse.GetValue(category) is { } c)
            {
                if (!CategoryNames.TryParse(c, out var parsed))
                {
                    Console.Error.WriteLine($"armscope: --category '{c}' is not one of: {string.Join(", ", Enum.GetValues<WeaponCategory>().Select(x => x.ToSpecName()))}");
                    return 2;
                }

                categoryFilter = parsed;
            }

            TransferStatus? statusFilter = null;
            if (parse.GetValue(status) is { } s)
            {
                if (!Enum.TryParse<TransferStatus>(s, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(s, out _))
                {
                    Console.Error.WriteLine($"armscope: --status '{s}' is not one of: {string.Join(", ", Enum.GetValues<TransferStatus>().Select(x => x.ToSpecName()))}");
                    return 2;
                }

                statusFilter = parsed;
            }

            var max = parse.GetValue(limit);
            if (max < 1)
            {
                Console.Error.WriteLine("armscope: --limit must be at least 1");
                return 2;
            }

            await using var register = DbOption.OpenExisting(DbOption.Resolve(parse, db));
            if (register is null)
            {
                return 2;
            }

            // One more than asked tells whether the list was cut.
            var query = new DealQuery(parse.GetValue(supplier), parse.GetValue(recipient), parse.GetValue(system), categoryFilter, statusFilter, parse.GetValue(since), max + 1);
            var deals = await register.FindDealsAsync(query, cancellationToken);
            Write(deals.Take(max).ToList(), deals.Count > max);
            return 0;
        });
        return command;
    }

    private static void Write(IReadOnlyList<Deal> deals, bool more)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 240;
        }

        if (deals.Count == 0)
        {
            AnsiConsole.WriteLine("No deals match.");
            return;
        }

        var table = new Table();
        foreach (var header in new[] { "deal", "supplier", "recipient", "system", "category", "status", "first", "last", "records" })
        {
            table.AddColumn(header == "records" ? new TableColumn(header).RightAligned() : new TableColumn(header));
        }

        foreach (var d in deals)
        {
            table.AddRow(
                d.Id[..10],
                Markup.Escape(d.Supplier.Code),
                Markup.Escape(d.Recipient.Code),
                Markup.Escape(d.System ?? "—"),
                d.Category.ToSpecName(),
                d.Status.ToSpecName(),
                d.FirstSeen?.ToString() ?? "",
                d.LastSeen?.ToString() ?? "",
                d.Records.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        if (more)
        {
            AnsiConsole.WriteLine($"The first {deals.Count} deals; more match (raise --limit or narrow the filters).");
        }
    }
}
