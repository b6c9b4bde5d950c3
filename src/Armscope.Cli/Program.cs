using System.CommandLine;
using Armscope.Cli.Commands;

var root = new RootCommand("Armscope: reads news and keeps an auditable register of arms transfers.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(ReadCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
return await root.Parse(args).InvokeAsync();
