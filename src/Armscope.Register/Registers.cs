using Armscope.Register.Sqlite;

namespace Armscope.Register;

/// <summary>Opens a register from where it lives, so callers never name a back end.</summary>
public static class Registers
{
    /// <summary>True when the location is a PostgreSQL connection string rather than a file.</summary>
    public static bool IsServerLocation(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating when missing) the register at a SQLite file path.</summary>
    public static IRegister Open(string location) =>
        IsServerLocation(location)
            ? throw new NotSupportedException("PostgreSQL registers are not available yet; give a SQLite file")
            : SqliteRegister.Open(location);
}
