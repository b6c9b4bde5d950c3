using Armscope.Register.Postgres;
using Armscope.Register.Sqlite;

namespace Armscope.Register;

/// <summary>Opens a register from where it lives, so callers never name a back end.</summary>
public static class Registers
{
    /// <summary>True when the location is a PostgreSQL URL or connection string rather than a file.</summary>
    public static bool IsServerLocation(string location) => PostgresLocation.IsPostgres(location);

    /// <summary>Opens (creating when missing) the register at a SQLite file path or a PostgreSQL URL or connection string.</summary>
    public static IRegister Open(string location) =>
        IsServerLocation(location) ? PostgresRegister.Open(location) : SqliteRegister.Open(location);

    /// <summary>The location with any password hidden, for messages and logs.</summary>
    public static string Describe(string location)
    {
        if (!IsServerLocation(location))
        {
            return location;
        }

        try
        {
            var builder = PostgresLocation.ConnectionString(location);
            return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}"
                + (builder.SearchPath is { Length: > 0 } path ? $"?search_path={path}" : "");
        }
        catch (FormatException)
        {
            return "(PostgreSQL location)";
        }
    }
}
