using Armscope.Register.Migrations;
using Armscope.Register.Sqlite;
using Microsoft.Data.Sqlite;

namespace Armscope.Register.Tests;

/// <summary>The register contract on SQLite files, plus what only a SQLite file can show.</summary>
public sealed class SqliteRegisterTests : RegisterContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armscope-register-").FullName;

    protected override IRegister Open(string name) => SqliteRegister.Open(PathOf(name));

    /// <summary>Builds of schema 1 kept their version in a schema_version table of their own, without DbUp's journal.</summary>
    protected override Task MakeFirstSchemaCopyAsync(string from, string to)
    {
        using var connection = new SqliteConnection($"Data Source={PathOf(to)};Pooling=False");
        connection.Open();
        using var resource = typeof(SqliteRegister).Assembly.GetManifestResourceStream("Armscope.Register.Migrations.Sqlite.0001_first_schema.sql")!;
        using var command = connection.CreateCommand();
        command.CommandText = new StreamReader(resource).ReadToEnd() + $"""
            ;
            CREATE TABLE schema_version (version INTEGER NOT NULL);
            INSERT INTO schema_version (version) VALUES (1);
            ATTACH DATABASE '{PathOf(from)}' AS current;
            INSERT INTO documents SELECT id, name, source, title, published, content_hash, ingested_at, text FROM current.documents;
            INSERT INTO transfers SELECT * FROM current.transfers;
            INSERT INTO deals SELECT * FROM current.deals;
            INSERT INTO deal_events SELECT * FROM current.deal_events;
            """;
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    protected override Task MakeSchemaFourCopyAsync(string from, string to)
    {
        SqliteRegister.MigrateTo(PathOf(to), through: 4);
        Execute(to, CopyRowsFrom(from, """
            INSERT INTO document_sources
            SELECT s.document_id, s.copy_key, s.name, s.source, s.title, s.published, coalesce(s.content_hash, d.content_hash)
            FROM current.document_sources s LEFT JOIN current.documents d ON d.id = s.document_id;
            """));
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Schema_5_indexes_no_document_by_its_full_hash_and_no_exact_copy_by_hash()
    {
        await using (var register = Open("schema5"))
        {
            await IngestAll(register, GeneratedCorpus(seed: 3, articles: 20));
            Assert.True(await register.RecordCopyAsync(GeneratedCorpus(seed: 3, articles: 1)[0].Document with { Id = "copy" }));
        }

        using var connection = new SqliteConnection($"Data Source={PathOf("schema5")};Pooling=False");
        connection.Open();
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_index_list('documents') i JOIN pragma_index_info(i.name) c WHERE c.name = 'content_hash'"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM document_sources s JOIN documents d ON d.id = s.document_id WHERE s.content_hash = d.content_hash"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(1L, Scalar(connection, "PRAGMA foreign_keys"));
        Assert.True((long)Scalar(connection, "SELECT count(*) FROM document_sources")! > (long)Scalar(connection, "SELECT count(*) FROM documents")!);
    }

    [Fact]
    public void A_register_whose_document_ids_are_not_their_hashes_prefixes_is_refused_by_schema_5()
    {
        SqliteRegister.MigrateTo(PathOf("odd-ids"), through: 4);
        Execute("odd-ids", "INSERT INTO documents (id, name, content_hash, ingested_at, text) VALUES ('0123456789abcdef', 'odd', 'ffff', '2026-01-01T00:00:00Z', 'text')");

        var error = Assert.Throws<InvalidOperationException>(() => Open("odd-ids"));
        Assert.Contains("0005_exact_copies_by_document_id", error.Message);
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_and_journals_every_schema_script()
    {
        await using (var register = Open("pragmas"))
        {
            await IngestAll(register, S400Order);
        }

        using var connection = new SqliteConnection($"Data Source={PathOf("pragmas")};Pooling=False");
        connection.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SchemaMigrations.Current, Scalar(connection, $"SELECT count(*) FROM {SchemaMigrations.JournalTable}"));
        Assert.True(SchemaMigrations.Current >= 2);
    }

    [Fact]
    public async Task A_register_of_schema_3_gets_deal_events_without_rowid_and_keeps_every_deal()
    {
        var corpus = GeneratedCorpus(seed: 11, articles: 60);
        await using (var current = Open("schema3-source"))
        {
            await IngestAll(current, corpus[..30]);
        }

        // The same rows in a file of schema 3, whose deal_events table still has a rowid.
        SqliteRegister.MigrateTo(PathOf("schema3-old"), through: 3);
        using (var connection = new SqliteConnection($"Data Source={PathOf("schema3-old")};Pooling=False"))
        {
            connection.Open();
            Assert.DoesNotContain("WITHOUT ROWID", (string)Scalar(connection, "SELECT sql FROM sqlite_master WHERE name = 'deal_events'")!, StringComparison.OrdinalIgnoreCase);
        }

        Execute("schema3-old", CopyRowsFrom("schema3-source", "INSERT INTO document_sources SELECT * FROM current.document_sources;"));

        await using (var upgraded = Open("schema3-old"))
        await using (var source = Open("schema3-source"))
        {
            Assert.Equal(await JsonOf(source), await JsonOf(upgraded));
            await IngestAll(upgraded, corpus[30..]);
        }

        await using (var fresh = Open("schema3-fresh"))
        await using (var upgraded = Open("schema3-old"))
        {
            await IngestAll(fresh, corpus);
            Assert.Equal(await JsonOf(fresh), await JsonOf(upgraded));
        }

        using var check = new SqliteConnection($"Data Source={PathOf("schema3-old")};Pooling=False");
        check.Open();
        Assert.Contains("WITHOUT ROWID", (string)Scalar(check, "SELECT sql FROM sqlite_master WHERE name = 'deal_events'")!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_register_from_a_newer_schema_is_refused_with_a_clear_message()
    {
        await (Open("newer")).DisposeAsync();
        Execute("newer", $"INSERT INTO {SchemaMigrations.JournalTable} (ScriptName, Applied) VALUES ('Armscope.Register.Migrations.Sqlite.0099_future.sql', '2030-01-01')");

        var error = Assert.Throws<InvalidOperationException>(() => Open("newer"));
        Assert.Contains("newer Armscope", error.Message);
        Assert.Contains("0099_future", error.Message);
    }

    [Fact]
    public async Task A_register_of_schema_1_journalled_by_DbUp_is_upgraded_too()
    {
        SqliteRegister.MigrateTo(PathOf("dbup-1"), through: 1);

        await using var register = Open("dbup-1");
        await IngestAll(register, S400Order);

        Assert.Equal(new RegisterCounts(1, 1, 1), await register.CountAsync());
    }

    [Fact]
    public void A_hand_versioned_register_newer_than_schema_1_is_refused_with_a_clear_message()
    {
        Execute("hand-newer", "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (99);");

        var error = Assert.Throws<InvalidOperationException>(() => Open("hand-newer"));
        Assert.Contains("newer Armscope (schema 99)", error.Message);
    }

    [Fact]
    public void A_register_from_a_development_build_of_schema_1_is_refused_with_a_clear_message()
    {
        Execute("early", "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);");

        var error = Assert.Throws<InvalidOperationException>(() => Open("early"));
        Assert.Contains("development build", error.Message);
    }

    [Fact]
    public async Task Ingestion_time_comes_from_the_given_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero));
        await using var register = SqliteRegister.Open(PathOf("clock"), clock);
        await IngestAll(register, S400Order);

        var document = Assert.Single(await register.FindDocumentsAsync(new DocumentQuery()));
        Assert.Equal(clock.Now, document.IngestedAt);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temp folder is cleaned later.
        }
    }

    private string PathOf(string name) => System.IO.Path.Combine(_folder, name + ".db");

    /// <summary>Runs a statement on the register file of that name, through a connection of its own.</summary>
    private void Execute(string name, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={PathOf(name)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The statements that copy every row of the register file <paramref name="from"/> into another one, with the copy of
    /// document_sources given (its columns differ between schemas).
    /// </summary>
    private string CopyRowsFrom(string from, string documentSources) => $"""
        ATTACH DATABASE '{PathOf(from)}' AS current;
        INSERT INTO documents SELECT * FROM current.documents;
        INSERT INTO transfers SELECT * FROM current.transfers;
        INSERT INTO deals SELECT * FROM current.deals;
        INSERT INTO deal_events SELECT * FROM current.deal_events;
        {documentSources}
        INSERT INTO near_duplicate_bands SELECT * FROM current.near_duplicate_bands;
        """;

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now => now;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
