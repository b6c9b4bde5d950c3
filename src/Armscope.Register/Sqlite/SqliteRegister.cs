using System.Data.Common;
using Armscope.Register.Migrations;
using Armscope.Register.Sql;
using DbUp;
using Microsoft.Data.Sqlite;

namespace Armscope.Register.Sqlite;

/// <summary>The register in one SQLite file (WAL, synchronous=NORMAL): the embedded default.</summary>
public sealed class SqliteRegister : SqlRegister
{
    private readonly SqliteConnection _connection;
    private WalCheckpointer? _checkpointer;

    private SqliteRegister(SqliteConnection connection, string path, TimeProvider clock)
        : base(connection, clock)
    {
        _connection = connection;
        Path = path;
    }

    /// <summary>The register file.</summary>
    public string Path { get; }

    /// <summary>Opens (creating when missing) the register in <paramref name="path"/>, bringing its schema up to date.</summary>
    /// <param name="clock">Source of <see cref="StoredDocument.IngestedAt"/>; the system clock by default.</param>
    public static SqliteRegister Open(string path, TimeProvider? clock = null)
    {
        var connection = Connect(path);
        try
        {
            Migrate(connection, through: null);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return WithSignedDocuments(new SqliteRegister(connection, path, clock ?? TimeProvider.System));
    }

    /// <summary>Creates or upgrades the file to schema <paramref name="through"/> only: how tests make a register as an older build left it.</summary>
    internal static void MigrateTo(string path, int through)
    {
        using var connection = Connect(path);
        Migrate(connection, through);
    }

    protected override void Prepare(DbCommand command) => command.Prepare();

    /// <summary>Batches are ingesting: from now on the log is copied back by a checkpointer of its own.</summary>
    protected override void BatchCommitted()
    {
        if (_checkpointer is null)
        {
            var connection = OpenConnection(Path, SqliteOpenMode.ReadWrite, "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 0;");
            try
            {
                using var writer = _connection.CreateCommand();
                writer.CommandText = $"PRAGMA wal_autocheckpoint = {WalCheckpointer.WriterFallbackPages}";
                writer.ExecuteNonQuery();
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            _checkpointer = new WalCheckpointer(connection);
        }

        _checkpointer.Committed();
    }

    protected override ValueTask DisposeMoreAsync()
    {
        _checkpointer?.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <remarks>SQLite's data_version: it changes when another connection commits, never for this one's own commits.</remarks>
    protected override long? ChangeCounter(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }

    protected override DbConnection? OpenLookupConnection() => OpenConnection(Path, SqliteOpenMode.ReadOnly);

    protected override Task<(DbConnection Connection, DbTransaction Transaction)> OpenSnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = OpenConnection(Path, SqliteOpenMode.ReadOnly);
        try
        {
            // In WAL mode a deferred transaction reads one snapshot from its first read to its end.
            var transaction = connection.BeginTransaction(deferred: true);
            return Task.FromResult<(DbConnection, DbTransaction)>((connection, transaction));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // busy_timeout lets a second ingester wait for the writer instead of failing at once. Every document writes a
    // dozen random-keyed index entries (ids, content hashes, band keys, deals): a 128 MiB page cache holds the
    // pages a batch of a few thousand documents changes, so they are written once at its commit rather than
    // spilled and re-read, and checkpointing every 64 MiB of WAL rather than 4 MiB copies a page once for many
    // batches that touch it.
    private static SqliteConnection Connect(string path) => OpenConnection(path, SqliteOpenMode.ReadWriteCreate,
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 60000; PRAGMA cache_size = -131072; PRAGMA wal_autocheckpoint = 16384;");

    /// <summary>A new connection to the file, opened and set up by <paramref name="pragmas"/>; disposed again if either fails.</summary>
    private static SqliteConnection OpenConnection(string path, SqliteOpenMode mode, string? pragmas = null)
    {
        var connection = new SqliteConnection(ConnectionString(path, mode));
        try
        {
            connection.Open();
            if (pragmas is not null)
            {
                using var command = connection.CreateCommand();
                command.CommandText = pragmas;
                command.ExecuteNonQuery();
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = 60,
    }.ToString();

    /// <remarks>
    /// Foreign keys are off while scripts run (a pragma that cannot change inside their transactions): a script that
    /// copies a table into a new one drops the old, which other tables reference by name, and SQLite would count the
    /// references to the dropped rows as violations. The rows the copy keeps are the same, so nothing dangles.
    /// </remarks>
    private static void Migrate(SqliteConnection connection, int? through)
    {
        RefuseLegacyOddities(connection);
        var target = DeployChanges.To.SqliteDatabase(new DbUp.Sqlite.Helpers.SharedConnection(connection))
            .JournalToSqliteTable(SchemaMigrations.JournalTable);
        Execute(connection, "PRAGMA foreign_keys = OFF");
        try
        {
            SchemaMigrations.Upgrade(target, "Sqlite", through);
        }
        catch (InvalidOperationException e) when (e.InnerException is SqliteException { SqliteErrorCode: 5 or 6 })
        {
            // Another process was upgrading the same file at that moment: its work is ours, check once more.
            Thread.Sleep(200);
            SchemaMigrations.Upgrade(target, "Sqlite", through);
        }
        finally
        {
            Execute(connection, "PRAGMA foreign_keys = ON");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Registers written before migrations were journalled carry a schema_version table: refuse a newer one, and
    /// the development builds of schema 1 that had no deal events.
    /// </summary>
    private static void RefuseLegacyOddities(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (command.ExecuteScalar() is 0L)
        {
            return;
        }

        command.CommandText = "SELECT max(version) FROM schema_version";
        var version = command.ExecuteScalar() is long v ? (int)v : 0;
        if (version > 1)
        {
            throw new InvalidOperationException(
                $"the register was written by a newer Armscope (schema {version}); this one reads schema {SchemaMigrations.Current}");
        }

        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'deal_events'";
        if (command.ExecuteScalar() is 0L)
        {
            throw new InvalidOperationException("the register was written by a development build of schema 1; ingest its documents into a new register");
        }
    }
}
