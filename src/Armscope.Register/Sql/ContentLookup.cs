using System.Data.Common;

namespace Armscope.Register.Sql;

/// <summary>
/// Answers whether a text is stored on a connection of its own, so the threads that screen inputs never wait for the
/// writer's open batch. It sees the last committed state, as a check made between two batches would; whatever it
/// answers, the writer checks again inside its transaction before storing.
/// </summary>
internal sealed class ContentLookup : IDisposable
{
    private const string Sql = """
        SELECT 1 FROM documents WHERE id = @id AND content_hash = @hash
        UNION ALL
        SELECT 1 FROM document_sources WHERE content_hash = @hash
        LIMIT 1
        """;

    private readonly Lock _lock = new();
    private readonly DbConnection _connection;
    private readonly DbCommand _command;
    private readonly DbParameter _id;
    private readonly DbParameter _hash;

    /// <param name="connection">An open connection to the same register; the lookup owns it.</param>
    public ContentLookup(DbConnection connection, Action<DbCommand> prepare)
    {
        _connection = connection;
        _command = connection.CreateCommand();
        _command.CommandText = Sql;
        _id = _command.CreateParameter();
        _id.ParameterName = "@id";
        _id.Value = "";
        _command.Parameters.Add(_id);
        _hash = _command.CreateParameter();
        _hash.ParameterName = "@hash";
        _hash.Value = "";
        _command.Parameters.Add(_hash);
        prepare(_command);
    }

    /// <summary>True when the text of this hash is a stored document's or a recorded near copy's.</summary>
    public bool IsStored(string contentHash)
    {
        lock (_lock)
        {
            _id.Value = ContentHash.DocumentIdOrSelf(contentHash);
            _hash.Value = contentHash;
            return _command.ExecuteScalar() is not null;
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
