using System.CommandLine;
using Armscope.Cli.Commands;

var root = new RootCommand("Armscope: reads news and keeps an auditable register of arms transfers.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(ReadCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(DealsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(LearnCommand.Create());
return await root.Parse(args).InvokeAsync();
