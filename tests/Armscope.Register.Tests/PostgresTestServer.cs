using Npgsql;

namespace Armscope.Register.Tests;

/// <summary>
/// The PostgreSQL server the tests may use, named by ARMSCOPE_TEST_POSTGRES (CI's .ci/run starts one and sets it).
/// Each store gets a schema of its own, dropped when the test class is done.
/// </summary>
public sealed class PostgresTestServer : IDisposable
{
    public const string Variable = "ARMSCOPE_TEST_POSTGRES";

    public const string SkipMessage =
        $"PostgreSQL tests skipped: {Variable} is not set (e.g. {Variable}=\"Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres\"; .ci/run starts a server and sets it)";

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly List<string> _schemas = [];

    /// <summary>The server's connection string, or null when none is configured.</summary>
    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the calling test, saying why, when no server is configured.</summary>
    public static string Require()
    {
        Skip.If(ConnectionString is null, SkipMessage);
        return ConnectionString!;
    }

    /// <summary>The connection string of the store called <paramref name="name"/> (the same name, the same schema).</summary>
    public string Location(string name)
    {
        var schema = SchemaOf(name);
        lock (_schemas)
        {
            if (!_schemas.Contains(schema))
            {
                _schemas.Add(schema);
            }
        }

        return new NpgsqlConnectionStringBuilder(Require()) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>Runs SQL on the server (outside any register's schema).</summary>
    public static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Require());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    public string SchemaOf(string name) =>
        $"t_{_run}_{new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray())}";

    public void Dispose()
    {
        if (ConnectionString is null || _schemas.Count == 0)
        {
            return;
        }

        try
        {
            NpgsqlConnection.ClearAllPools();
            Execute(string.Join(";", _schemas.Select(s => $"DROP SCHEMA IF EXISTS \"{s}\" CASCADE")));
        }
        catch (NpgsqlException)
        {
            // The server went away: its schemas go with it.
        }
    }
}
