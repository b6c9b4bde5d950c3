using Microsoft.Data.Sqlite;

namespace Armscope.Register.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database file on a thread and connection of its own, after each batch the
/// writer commits, so the writer goes on storing meanwhile: in a bulk ingest every batch changes tens of thousands of
/// pages, and copying them back (and syncing the file) was a tenth of the writer's time.
/// </summary>
/// <remarks>
/// Passive checkpoints never block the writer nor wait for it. The writer keeps checkpointing itself, less often, in case
/// this thread falls behind.
/// </remarks>
internal sealed class WalCheckpointer : IDisposable
{
    /// <summary>The writer's own checkpoint threshold while this one runs: 256 MiB of log.</summary>
    public const int WriterFallbackPages = 65536;

    private readonly SqliteConnection _connection;
    private readonly AutoResetEvent _committed = new(false);
    private readonly Thread _thread;
    private volatile bool _stopping;

    public WalCheckpointer(SqliteConnection connection)
    {
        _connection = connection;
        _thread = new Thread(Run) { IsBackground = true, Name = "armscope WAL checkpoint" };
        _thread.Start();
    }

    /// <summary>Tells the checkpointer that the writer committed.</summary>
    public void Committed() => _committed.Set();

    public void Dispose()
    {
        _stopping = true;
        _committed.Set();
        _thread.Join();
        _committed.Dispose();
        _connection.Dispose();
    }

    private void Run()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";

        // Microsoft.Data.Sqlite retries a busy statement until its timeout: a checkpoint already running elsewhere is not worth waiting for.
        command.CommandTimeout = 1;
        while (true)
        {
            _committed.WaitOne();
            if (_stopping)
            {
                return;
            }

            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Busy or failed: the next commit asks again, and the writer checkpoints itself past its threshold.
            }
        }
    }
}
