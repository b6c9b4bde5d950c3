using System.Text.Encodings.Web;
using System.Text.Json;

namespace Armscope.Register.Ingest;

/// <summary>
/// A structured log of one ingest run as JSON Lines: one object per input not stored (refused, failed, skipped as
/// already there or as a copy) with where it came from and why, then one summary. Safe to write from any thread.
/// </summary>
public sealed class IngestLog : IDisposable
{
    private readonly TextWriter _writer;
    private readonly TimeProvider _clock;
    private readonly Lock _lock = new();
    private readonly JsonWriterOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public IngestLog(TextWriter writer, TimeProvider? clock = null)
    {
        _writer = writer;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Appends to the file (created when missing), so a resumed run continues the log of the stopped one.</summary>
    public static IngestLog AppendTo(string path) =>
        new(new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new System.Text.UTF8Encoding(false)) { AutoFlush = true });

    /// <summary>An input that was not stored because it could not be: unreadable, refused by a limit or screen, or failed.</summary>
    public void Failed(IngestFailure failure) => Write("failed", failure.Origin, failure.Problem, null, null);

    /// <summary>An input that was not stored because its content is: <paramref name="reason"/> says how it is known.</summary>
    public void Skipped(string origin, string reason, string documentName, string contentHash) => Write("skipped", origin, reason, documentName, contentHash);

    /// <summary>The run's start or end, with its totals.</summary>
    public void Run(string @event, IReadOnlyDictionary<string, object?> fields)
    {
        lock (_lock)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, _options))
            {
                json.WriteStartObject();
                json.WriteString("at", _clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("event", @event);
                foreach (var (name, value) in fields)
                {
                    json.WritePropertyName(name);
                    JsonSerializer.Serialize(json, value);
                }

                json.WriteEndObject();
            }

            _writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    public void Dispose() => _writer.Dispose();

    private void Write(string @event, string origin, string reason, string? documentName, string? contentHash)
    {
        var fields = new Dictionary<string, object?> { ["origin"] = origin, ["reason"] = reason };
        if (documentName is not null)
        {
            fields["document"] = documentName;
        }

        if (contentHash is not null)
        {
            fields["content_hash"] = contentHash;
        }

        Run(@event, fields);
    }
}
