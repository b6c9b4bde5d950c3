using Armscope.Register.Postgres;

namespace Armscope.Register.Tests;

/// <summary>The register contract on PostgreSQL, each store in a schema of its own; skipped, saying why, without a server.</summary>
public sealed class PostgresRegisterTests : RegisterContract, IDisposable
{
    private readonly PostgresTestServer _server = new();

    protected override IRegister Open(string name) => PostgresRegister.Open(_server.Location(name));

    protected override Task MakeFirstSchemaCopyAsync(string from, string to)
    {
        PostgresRegister.MigrateTo(_server.Location(to), through: 1);
        var (source, target) = (_server.SchemaOf(from), _server.SchemaOf(to));
        PostgresTestServer.Execute(string.Join(
            ";\n",
            new[] { "documents", "transfers", "deals", "deal_events" }.Select(t => $"INSERT INTO \"{target}\".{t} SELECT {FirstSchemaColumns(t)} FROM \"{source}\".{t}")));
        return Task.CompletedTask;
    }

    protected override Task MakeSchemaFourCopyAsync(string from, string to)
    {
        PostgresRegister.MigrateTo(_server.Location(to), through: 4);
        var (source, target) = (_server.SchemaOf(from), _server.SchemaOf(to));
        PostgresTestServer.Execute(string.Join(
            ";\n",
            new[] { "documents", "transfers", "deals", "deal_events", "near_duplicate_bands" }.Select(t => $"INSERT INTO \"{target}\".{t} SELECT * FROM \"{source}\".{t}")
                .Append($"""
                    INSERT INTO "{target}".document_sources
                    SELECT s.document_id, s.copy_key, s.name, s.source, s.title, s.published, coalesce(s.content_hash, d.content_hash)
                    FROM "{source}".document_sources s LEFT JOIN "{source}".documents d ON d.id = s.document_id
                    """)));
        return Task.CompletedTask;
    }

    /// <summary>The columns a table had in schema 1.</summary>
    private static string FirstSchemaColumns(string table) =>
        table == "documents" ? "id, name, source, title, published, content_hash, ingested_at, text" : "*";

    [SkippableFact]
    public async Task The_schema_is_journalled_by_DbUp_and_a_newer_one_is_refused()
    {
        await (Open("journal")).DisposeAsync();
        var schema = _server.SchemaOf("journal");
        PostgresTestServer.Execute($"INSERT INTO \"{schema}\".schema_migrations (scriptname, applied) VALUES ('Armscope.Register.Migrations.Postgres.9999_future.sql', now())");

        var error = Assert.Throws<InvalidOperationException>(() => Open("journal"));
        Assert.Contains("newer Armscope", error.Message);
        Assert.Contains("9999_future", error.Message);
    }

    [SkippableFact]
    public async Task A_postgres_url_names_the_same_register_as_its_connection_string()
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(PostgresTestServer.Require());
        var schema = _server.SchemaOf("url");
        _server.Location("url");
        var url = $"postgres://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database}?search_path={schema}";

        await using (var register = Registers.Open(url))
        {
            await IngestAll(register, S400Order);
        }

        await using var again = Open("url");
        Assert.Equal(new RegisterCounts(1, 1, 1), await again.CountAsync());
        Assert.Equal($"postgres://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database}?search_path={schema}", Registers.Describe(url));
    }

    public void Dispose() => _server.Dispose();
}
