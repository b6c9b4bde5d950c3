using System.CommandLine;
using Armscope.Register;

namespace Armscope.Cli.Commands;

/// <summary>The --db option shared by the register commands, and opening the register it names.</summary>
internal static class DbOption
{
    public const string EnvironmentVariable = "ARMSCOPE_DB";
    public const string DefaultFile = "armscope.db";

    public static Option<string?> Create() => new("--db")
    {
        Description = $"Register: a SQLite file, or PostgreSQL as postgres://user@host:port/db or an Npgsql connection string (default: ${EnvironmentVariable}, else {DefaultFile} in the current folder).",
        HelpName = "FILE|URL",
    };

    /// <summary>The register location: --db, else $ARMSCOPE_DB, else armscope.db here.</summary>
    public static string Resolve(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : DefaultFile;

    /// <summary>Opens the register, creating it when missing; on failure prints why and returns null.</summary>
    public static IRegister? OpenOrCreate(string location) => TryOpen(location);

    /// <summary>Opens a register that must already exist (reading never creates one); on failure prints why and returns null.</summary>
    public static IRegister? OpenExisting(string location)
    {
        if (!Registers.IsServerLocation(location) && !File.Exists(location))
        {
            Console.Error.WriteLine($"armscope: {location}: no register here; create one with `armscope ingest PATH --db {location}`");
            return null;
        }

        return TryOpen(location);
    }

    private static IRegister? TryOpen(string location)
    {
        try
        {
            return Registers.Open(location);
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"armscope: {Registers.Describe(location)}: cannot open the register: {e.Message}");
            return null;
        }
    }
}
