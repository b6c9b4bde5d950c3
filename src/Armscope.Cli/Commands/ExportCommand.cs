using System.CommandLine;
using System.Text;
using Armscope.Register;
using Armscope.Register.Export;

namespace Armscope.Cli.Commands;

/// <summary>`armscope export`: the whole register as CSV (SIPRI-style), JSON (deals with timelines and evidence) or GraphML.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var format = new Option<string>("--format") { Description = "csv (one row per deal, SIPRI trade-register style), json (deals with timelines and evidence) or graphml (supplier -> recipient network).", Required = true, HelpName = "FORMAT" };
        format.AcceptOnlyFromAmong("csv", "json", "graphml");
        var output = new Option<string?>("--output") { Description = "File to write (default: standard output). Written whole or not at all.", HelpName = "FILE" };
        var command = new Command("export", "Export the register; the same content always gives the same bytes.") { format, db, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var register = DbOption.OpenExisting(DbOption.Resolve(parse, db));
            if (register is null)
            {
                return 2;
            }

            var target = parse.GetValue(output);
            if (target is null)
            {
                await using var stdout = Console.OpenStandardOutput();
                await WriteAsync(register, parse.GetValue(format)!, stdout, cancellationToken);
                return 0;
            }

            // Write beside the target and rename, so a failed export never leaves half a file.
            var partial = target + ".partial";
            try
            {
                await using (var file = File.Create(partial))
                {
                    await WriteAsync(register, parse.GetValue(format)!, file, cancellationToken);
                }

                File.Move(partial, target, overwrite: true);
                return 0;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"armscope: {target}: {e.Message}");
                File.Delete(partial);
                return 1;
            }
        });
        return command;
    }

    private static async Task WriteAsync(IRegister register, string format, Stream output, CancellationToken cancellationToken)
    {
        switch (format)
        {
            case "csv":
                await using (var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                {
                    await CsvExport.WriteAsync(register, writer, cancellationToken);
                }

                break;
            case "json":
                await JsonExport.WriteAsync(register, output, cancellationToken);
                break;
            case "graphml":
                await GraphMlExport.WriteAsync(register, output, cancellationToken);
                break;
        }
    }
}
