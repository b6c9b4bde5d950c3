using System.Data;
using System.Data.Common;
using System.Globalization;
using Armscope.Register.Migrations;
using Armscope.Register.Sql;
using DbUp;
using Npgsql;

namespace Armscope.Register.Postgres;

/// <summary>
/// The register in a PostgreSQL database, shared by teams and by concurrent ingesters: each writer locks the deals
/// it re-summarises for the length of its transaction, so no update is lost; the schema is the one named by the
/// connection's search path (public by default).
/// </summary>
public sealed class PostgresRegister : SqlRegister
{
    private readonly NpgsqlDataSource _source;

    private PostgresRegister(NpgsqlDataSource source, NpgsqlConnection connection, string schema, TimeProvider clock)
        : base(connection, clock)
    {
        _source = source;
        Schema = schema;
    }

    /// <summary>The schema holding the register's tables.</summary>
    public string Schema { get; }

    /// <summary>Opens the register at <paramref name="location"/> (a postgres:// URL or an Npgsql connection string), creating or upgrading its schema.</summary>
    public static PostgresRegister Open(string location, TimeProvider? clock = null) => WithSignedDocuments(Open(location, clock, through: null));

    /// <summary>Creates or upgrades the register to schema <paramref name="through"/> only: how tests make a register as an older build left it.</summary>
    internal static void MigrateTo(string location, int through) => Open(location, null, through).DisposeAsync().AsTask().GetAwaiter().GetResult();

    private static PostgresRegister Open(string location, TimeProvider? clock, int? through)
    {
        var builder = PostgresLocation.ConnectionString(location);
        var schema = builder.SearchPath?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "public";
        var source = NpgsqlDataSource.Create(builder);
        NpgsqlConnection? connection = null;
        try
        {
            connection = source.OpenConnection();
            Migrate(connection, builder.ConnectionString, schema, through);
            return new PostgresRegister(source, connection, schema, clock ?? TimeProvider.System);
        }
        catch
        {
            connection?.Dispose();
            source.Dispose();
            throw;
        }
    }

    protected override void LockWriters(DbConnection connection, DbTransaction transaction)
    {
        // One lock for the whole register (its schema), held to commit: near copies share no key that a finer lock could
        // take, since any band may be the one they share. Extraction, the slow part of ingesting, runs outside it.
        using var command = (NpgsqlCommand)connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(hashtext('armscope-ingest:' || @schema))";
        command.Parameters.AddWithValue("schema", Schema);
        command.ExecuteNonQuery();
    }

    protected override void LockDeals(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> dealIds)
    {
        // A transaction-scoped lock per deal, held to commit; it works for deals not yet written, which a row lock
        // (SELECT ... FOR UPDATE) cannot. Deal ids are 16 hex digits: exactly a lock key.
        if (dealIds.Count == 0)
        {
            return;
        }

        using var command = (NpgsqlCommand)connection.CreateCommand();
        command.Transaction = (NpgsqlTransaction)transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) WITH ORDINALITY AS u(k, n) ORDER BY n";
        command.Parameters.AddWithValue("keys", dealIds.Select(LockKey).ToArray());
        command.ExecuteNonQuery();
    }

    protected override DbConnection? OpenLookupConnection() => _source.OpenConnection();

    protected override async Task<(DbConnection Connection, DbTransaction Transaction)> OpenSnapshotAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
            {
                await readOnly.ExecuteNonQueryAsync(cancellationToken);
            }

            return (connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The lock key of a deal: its 16 hex digits as a signed 64-bit number (distinct from the migration lock's small key).</summary>
    private static long LockKey(string dealId) => unchecked((long)ulong.Parse(dealId, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));

    private static void Migrate(NpgsqlConnection connection, string connectionString, string schema, int? through)
    {
        using (var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {Quote(schema)}", connection))
        {
            try
            {
                create.ExecuteNonQuery();
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateSchema)
            {
                // Created by another process at the same moment.
            }
        }

        // Ingesters starting together must not both run the scripts: one upgrades, the others wait and find nothing to do.
        using (var lockSchema = new NpgsqlCommand("SELECT pg_advisory_lock(hashtext('armscope-schema:' || @schema))", connection))
        {
            lockSchema.Parameters.AddWithValue("schema", schema);
            lockSchema.ExecuteNonQuery();
        }

        try
        {
            var target = DeployChanges.To.PostgresqlDatabase(connectionString, schema)
                .JournalToPostgresqlTable(schema, SchemaMigrations.JournalTable);
            SchemaMigrations.Upgrade(target, "Postgres", through);
        }
        finally
        {
            using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtext('armscope-schema:' || @schema))", connection);
            unlock.Parameters.AddWithValue("schema", schema);
            unlock.ExecuteNonQuery();
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Releases the pool behind the export snapshots.</summary>
    protected override ValueTask DisposeMoreAsync() => _source.DisposeAsync();
}
