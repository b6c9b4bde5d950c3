using System.CommandLine;
using Armscope.Learned;

namespace Armscope.Cli.Commands;

/// <summary>`--learned` and `--learned-scope`, shared by `extract` and `eval`: the optional learned sentence filter, off by default.</summary>
internal sealed class LearnedOptions
{
    public Option<bool> Learned { get; } = new("--learned")
    {
        Description = "Also run the learned sentence filter: drop records whose sentence a classifier over MiniLM embeddings judges to state no transfer (--explain shows each record's score).",
    };

    public Option<FilterScope> Scope { get; } = new("--learned-scope")
    {
        Description = "Records the learned filter may drop: All, or WeakRoles (only records with a party inferred from outside the sentence's grammar).",
        DefaultValueFactory = _ => FilterScope.All,
    };

    /// <summary>The filter the options ask for, or null when `--learned` is absent.</summary>
    public TransferSentenceFilter? Filter(ParseResult parse) =>
        parse.GetValue(Learned) ? TransferSentenceFilter.LoadDefault(parse.GetValue(Scope)) : null;
}
