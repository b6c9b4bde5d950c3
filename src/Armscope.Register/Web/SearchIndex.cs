using System.Text;
using Microsoft.Data.Sqlite;

namespace Armscope.Register.Web;

/// <summary>
/// Full-text search over evidence sentences and documents with SQLite FTS5, kept in a file of its own beside the
/// register ("armscope.search.db" for "armscope.db"), so the register is never written by a reader and its schema
/// stays its owner's. The index follows the register by row id: documents and transfers are only ever appended,
/// so each <see cref="Sync"/> adds the rows past the last one indexed. A register replaced under the same name is
/// noticed (the last indexed document is gone or changed) and indexed again from scratch.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Start of a matched term in <see cref="EvidenceHit.Highlighted"/> and <see cref="DocumentHit.Snippet"/>.</summary>
    public const char MarkStart = '\u0002';

    /// <summary>End of a matched term.</summary>
    public const char MarkEnd = '\u0003';

    private const int Batch = 2000;
    private const int MaxTerms = 16;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS progress (name TEXT PRIMARY KEY, last_rowid INTEGER NOT NULL, last_id TEXT);
        CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5(
            evidence, document_id UNINDEXED, ordinal UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE IF NOT EXISTS document_fts USING fts5(
            title, body, document_id UNINDEXED, tokenize = 'porter unicode61 remove_diacritics 2');
        """;

    private readonly SqliteExplorer _register;
    private readonly SqliteConnection _index;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SearchIndex(SqliteExplorer register, SqliteConnection index, string location)
    {
        _register = register;
        _index = index;
        Location = location;
    }

    /// <summary>The index file, or ":memory:" when no file beside the register could be written.</summary>
    public string Location { get; }

    /// <summary>Opens (creating when missing) the index beside the register; falls back to memory when that folder is read-only.</summary>
    public static SearchIndex Open(SqliteExplorer register, string? location = null)
    {
        location ??= DefaultLocation(register.Path);
        SqliteConnection? connection = null;
        try
        {
            connection = OpenIndex(location);
        }
        catch (SqliteException)
        {
            connection?.Dispose();
            location = ":memory:";
            connection = OpenIndex(location);
        }

        return new SearchIndex(register, connection, location);
    }

    /// <summary>"armscope.search.db" beside "armscope.db"; "FILE.search.db" beside any other name.</summary>
    public static string DefaultLocation(string registerPath)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(registerPath)) ?? ".";
        var name = System.IO.Path.GetFileName(registerPath);
        var stem = name.EndsWith(".db", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return System.IO.Path.Combine(directory, stem + ".search.db");
    }

    /// <summary>
    /// The FTS5 query for what a person typed: each word a quoted phrase (so FTS syntax in the input is only text),
    /// all required; a trailing * keeps prefix search. Null when nothing searchable remains.
    /// </summary>
    public static string? ToMatchQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var prefix = word.EndsWith('*');
            var clean = new StringBuilder(word.Length);
            foreach (var c in prefix ? word[..^1] : word)
            {
                // Keep letters, digits and joiners; anything else separates words inside the phrase.
                clean.Append(char.IsLetterOrDigit(c) || c is '-' or '\'' or '.' ? c : ' ');
            }

            var phrase = clean.ToString().Trim();
            if (!phrase.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            terms.Add(prefix ? $"\"{phrase}\" *" : $"\"{phrase}\"");
            if (terms.Count == MaxTerms)
            {
                break;
            }
        }

        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    /// <summary>Indexes whatever the register gained since the last call. Safe to call often: a no-op costs two index seeks.</summary>
    public void Sync()
    {
        _gate.Wait();
        try
        {
            using var register = _register.Connect();
            if (IsStale(register))
            {
                Execute(_index, "DELETE FROM evidence_fts; DELETE FROM document_fts; DELETE FROM progress;");
            }

            while (IndexDocuments(register) == Batch)
            {
            }

            while (IndexEvidence(register) == Batch)
            {
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Evidence sentences matching the query, best first, each highlighted.</summary>
    public Page<EvidenceHit> SearchEvidence(string matchQuery, int offset, int limit)
    {
        Sync();
        List<(string DocumentId, int Ordinal, string Highlighted)> keys;
        long total;
        _gate.Wait();
        try
        {
            keys = Read(
                _index,
                $"SELECT document_id, ordinal, highlight(evidence_fts, 0, char({(int)MarkStart}), char({(int)MarkEnd})) FROM evidence_fts WHERE evidence_fts MATCH @q ORDER BY rank LIMIT @limit OFFSET @offset",
                r => (r.GetString(0), r.GetInt32(1), r.GetString(2)),
                ("@q", matchQuery),
                ("@limit", limit),
                ("@offset", offset));
            total = Read(_index, "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH @q", r => r.GetInt64(0), ("@q", matchQuery))[0];
        }
        finally
        {
            _gate.Release();
        }

        var records = _register.Records(keys.Select(k => (k.DocumentId, k.Ordinal)))
            .ToDictionary(r => (r.Document.Id, r.Ordinal));
        var hits = keys
            .Where(k => records.ContainsKey((k.DocumentId, k.Ordinal)))
            .Select(k => new EvidenceHit(records[(k.DocumentId, k.Ordinal)], k.Highlighted))
            .ToList();
        return new Page<EvidenceHit>(hits, offset, limit, total);
    }

    /// <summary>Documents whose title or text matches the query, best first, each with a passage.</summary>
    public Page<DocumentHit> SearchDocuments(string matchQuery, int offset, int limit)
    {
        Sync();
        List<(string DocumentId, string Snippet)> keys;
        long total;
        _gate.Wait();
        try
        {
            keys = Read(
                _index,
                $"SELECT document_id, snippet(document_fts, 1, char({(int)MarkStart}), char({(int)MarkEnd}), '…', 40) FROM document_fts WHERE document_fts MATCH @q ORDER BY rank LIMIT @limit OFFSET @offset",
                r => (r.GetString(0), r.GetString(1)),
                ("@q", matchQuery),
                ("@limit", limit),
                ("@offset", offset));
            total = Read(_index, "SELECT count(*) FROM document_fts WHERE document_fts MATCH @q", r => r.GetInt64(0), ("@q", matchQuery))[0];
        }
        finally
        {
            _gate.Release();
        }

        var documents = _register.Documents(keys.Select(k => k.DocumentId)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var hits = keys
            .Where(k => documents.ContainsKey(k.DocumentId))
            .Select(k => new DocumentHit(documents[k.DocumentId], k.Snippet))
            .ToList();
        return new Page<DocumentHit>(hits, offset, limit, total);
    }

    public void Dispose()
    {
        _index.Dispose();
        _gate.Dispose();
    }

    private static SqliteConnection OpenIndex(string location)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = location,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            Execute(connection, Schema);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>True when the last document indexed is no longer the register's document at that row: the register was replaced.</summary>
    private bool IsStale(SqliteConnection register)
    {
        var indexed = Read(_index, "SELECT last_rowid, last_id FROM progress WHERE name = 'documents'", r => (Rowid: r.GetInt64(0), Id: r.IsDBNull(1) ? null : r.GetString(1)));
        if (indexed.Count == 0)
        {
            return false;
        }

        var current = Read(register, "SELECT id FROM documents WHERE rowid = @rowid", r => r.GetString(0), ("@rowid", indexed[0].Rowid));
        return current.Count == 0 || current[0] != indexed[0].Id;
    }

    private int IndexDocuments(SqliteConnection register)
    {
        var last = Progress("documents");
        var rows = Read(
            register,
            "SELECT rowid, id, coalesce(title, ''), text FROM documents WHERE rowid > @last ORDER BY rowid LIMIT @n",
            r => (Rowid: r.GetInt64(0), Id: r.GetString(1), Title: r.GetString(2), Text: r.GetString(3)),
            ("@last", last),
            ("@n", Batch));
        if (rows.Count == 0)
        {
            return 0;
        }

        using var transaction = _index.BeginTransaction();
        using var insert = _index.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO document_fts (rowid, title, body, document_id) VALUES (@rowid, @title, @body, @id)";
        var pRowid = insert.Parameters.Add("@rowid", SqliteType.Integer);
        var pTitle = insert.Parameters.Add("@title", SqliteType.Text);
        var pBody = insert.Parameters.Add("@body", SqliteType.Text);
        var pId = insert.Parameters.Add("@id", SqliteType.Text);
        foreach (var row in rows)
        {
            pRowid.Value = row.Rowid;
            pTitle.Value = row.Title;
            pBody.Value = row.Text;
            pId.Value = row.Id;
            insert.ExecuteNonQuery();
        }

        SetProgress(transaction, "documents", rows[^1].Rowid, rows[^1].Id);
        transaction.Commit();
        return rows.Count;
    }

    private int IndexEvidence(SqliteConnection register)
    {
        var last = Progress("transfers");
        var rows = Read(
            register,
            "SELECT rowid, document_id, ordinal, evidence FROM transfers WHERE rowid > @last ORDER BY rowid LIMIT @n",
            r => (Rowid: r.GetInt64(0), DocumentId: r.GetString(1), Ordinal: r.GetInt64(2), Evidence: r.GetString(3)),
            ("@last", last),
            ("@n", Batch));
        if (rows.Count == 0)
        {
            return 0;
        }

        using var transaction = _index.BeginTransaction();
        using var insert = _index.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO evidence_fts (rowid, evidence, document_id, ordinal) VALUES (@rowid, @evidence, @document, @ordinal)";
        var pRowid = insert.Parameters.Add("@rowid", SqliteType.Integer);
        var pEvidence = insert.Parameters.Add("@evidence", SqliteType.Text);
        var pDocument = insert.Parameters.Add("@document", SqliteType.Text);
        var pOrdinal = insert.Parameters.Add("@ordinal", SqliteType.Integer);
        foreach (var row in rows)
        {
            pRowid.Value = row.Rowid;
            pEvidence.Value = row.Evidence;
            pDocument.Value = row.DocumentId;
            pOrdinal.Value = row.Ordinal;
            insert.ExecuteNonQuery();
        }

        SetProgress(transaction, "transfers", rows[^1].Rowid, null);
        transaction.Commit();
        return rows.Count;
    }

    private long Progress(string name)
    {
        var rows = Read(_index, "SELECT last_rowid FROM progress WHERE name = @name", r => r.GetInt64(0), ("@name", name));
        return rows.Count == 0 ? 0 : rows[0];
    }

    private void SetProgress(SqliteTransaction transaction, string name, long rowid, string? id)
    {
        using var command = _index.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO progress (name, last_rowid, last_id) VALUES (@name, @rowid, @id) ON CONFLICT (name) DO UPDATE SET last_rowid = excluded.last_rowid, last_id = excluded.last_id";
        command.Parameters.AddWithValue("@name", name);
        command.Parameters.AddWithValue("@rowid", rowid);
        command.Parameters.AddWithValue("@id", (object?)id ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row, params (string Name, object Value)[] args)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in args)
        {
            command.Parameters.AddWithValue(name, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
