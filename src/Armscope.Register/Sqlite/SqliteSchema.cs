using Microsoft.Data.Sqlite;

namespace Armscope.Register.Sqlite;

/// <summary>Creates the register's tables on first open and refuses a register written by a newer schema.</summary>
internal static class SqliteSchema
{
    public const int Current = 1;

    // Dates are ISO 8601 text ("2017", "2017-12", "2017-12-05"), which sorts as PartialDate compares.
    // Money amounts are invariant decimal text, so they round-trip exactly.
    // CHECK constraints are the last line of defence against malformed records: a violation fails the
    // whole document's transaction.
    private const string Version1 = """
        CREATE TABLE documents (
            id            TEXT PRIMARY KEY,
            name          TEXT NOT NULL,
            source        TEXT,
            title         TEXT,
            published     TEXT,
            content_hash  TEXT NOT NULL UNIQUE,
            ingested_at   TEXT NOT NULL,
            text          TEXT NOT NULL
        );
        CREATE INDEX documents_by_published ON documents (published, id);

        CREATE TABLE transfers (
            document_id     TEXT NOT NULL REFERENCES documents (id),
            ordinal         INTEGER NOT NULL,
            deal_id         TEXT NOT NULL,
            supplier        TEXT NOT NULL,
            supplier_name   TEXT NOT NULL,
            recipient       TEXT NOT NULL,
            recipient_name  TEXT NOT NULL,
            system          TEXT,
            category        TEXT NOT NULL,
            status          TEXT NOT NULL,
            modality        TEXT NOT NULL,
            event_date      TEXT,
            quantity        INTEGER CHECK (quantity IS NULL OR quantity >= 0),
            value_amount    TEXT,
            value_currency  TEXT,
            evidence        TEXT NOT NULL,
            evidence_start  INTEGER NOT NULL,
            evidence_end    INTEGER NOT NULL,
            confidence      REAL NOT NULL,
            PRIMARY KEY (document_id, ordinal),
            CHECK (evidence_start >= 0 AND evidence_end >= evidence_start),
            CHECK ((value_amount IS NULL) = (value_currency IS NULL))
        );
        CREATE INDEX transfers_by_deal ON transfers (deal_id);

        CREATE TABLE deals (
            id              TEXT PRIMARY KEY,
            merge_key       TEXT NOT NULL UNIQUE,
            supplier        TEXT NOT NULL,
            supplier_name   TEXT NOT NULL,
            recipient       TEXT NOT NULL,
            recipient_name  TEXT NOT NULL,
            system          TEXT,
            system_key      TEXT,
            category        TEXT NOT NULL,
            status          TEXT NOT NULL,
            first_seen      TEXT,
            last_seen       TEXT,
            quantity        INTEGER,
            value_amount    TEXT,
            value_currency  TEXT,
            records         INTEGER NOT NULL,
            documents       INTEGER NOT NULL,
            first_record    TEXT NOT NULL
        );
        CREATE INDEX deals_by_last_seen ON deals (last_seen);
        CREATE INDEX deals_by_supplier ON deals (supplier);
        CREATE INDEX deals_by_recipient ON deals (recipient);

        -- One row per timeline entry, kept as records arrive, so re-summarising a deal reads its events
        -- rather than all its records. event_date is '' for undated events (a key column cannot be null).
        -- The *_key columns hold DealMerger.OrderKey of the record that gave the value: the first one wins.
        CREATE TABLE deal_events (
            deal_id         TEXT NOT NULL,
            status          TEXT NOT NULL,
            modality        TEXT NOT NULL,
            event_date      TEXT NOT NULL,
            records         INTEGER NOT NULL,
            first_reported  TEXT,
            quantity        INTEGER,
            quantity_key    TEXT,
            value_amount    TEXT,
            value_currency  TEXT,
            value_key       TEXT,
            PRIMARY KEY (deal_id, status, modality, event_date)
        );
        """;

    public static void Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT max(version) FROM schema_version";
        var version = read.ExecuteScalar() is long v ? (int)v : 0;
        if (version > Current)
        {
            throw new InvalidOperationException(
                $"the register was written by a newer Armscope (schema {version}); this one reads schema {Current}");
        }

        if (version < 1)
        {
            Execute(connection, transaction, Version1);
            Execute(connection, transaction, "INSERT INTO schema_version (version) VALUES (1)");
        }
        else
        {
            // Development builds wrote schema 1 before it had deal events; say so rather than fail on a missing table.
            read.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'deal_events'";
            if (read.ExecuteScalar() is 0L)
            {
                throw new InvalidOperationException("the register was written by a development build of schema 1; ingest its documents into a new register");
            }
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
