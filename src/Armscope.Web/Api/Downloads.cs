using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Armscope.Web.Api;

/// <summary>A column of a CSV download: its header and how to read it off a row.</summary>
public sealed record CsvColumn<T>(string Header, Func<T, object?> Value);

/// <summary>
/// Writes whole lists as CSV or JSON downloads, row by row as the store reads them so memory stays flat. CSV is RFC 4180
/// with LF line ends; text cells that a spreadsheet would take for a formula are prefixed with an apostrophe.
/// </summary>
public static class Downloads
{
    private const int Chunk = 2000;

    public static async Task WriteCsvAsync<T>(HttpContext context, string fileName, IReadOnlyList<CsvColumn<T>> columns, IEnumerable<T> rows, int maxRows)
    {
        Prepare(context, fileName, "text/csv; charset=utf-8");
        var output = new StreamWriter(context.Response.Body, new UTF8Encoding(false), 64 * 1024);
        await using (output.ConfigureAwait(false))
        {
            await output.WriteAsync(string.Join(',', columns.Select(c => Quote(c.Header))) + "\n");
            foreach (var row in rows.Take(maxRows))
            {
                context.RequestAborted.ThrowIfCancellationRequested();
                await output.WriteAsync(string.Join(',', columns.Select(c => Cell(c.Value(row)))) + "\n");
            }
        }
    }

    public static async Task WriteJsonAsync<T>(HttpContext context, string fileName, IEnumerable<T> rows, int maxRows, JsonSerializerOptions options)
    {
        Prepare(context, fileName, "application/json; charset=utf-8");

        // The writer fills the response pipe's buffers (no synchronous I/O); the pipe is flushed as they fill.
        var body = context.Response.BodyWriter;
        await using var json = new Utf8JsonWriter(body, new JsonWriterOptions { Indented = false });
        json.WriteStartArray();
        long flushed = 0;
        foreach (var row in rows.Take(maxRows))
        {
            context.RequestAborted.ThrowIfCancellationRequested();
            JsonSerializer.Serialize(json, row, options);
            if (json.BytesCommitted + json.BytesPending - flushed > 32 * 1024)
            {
                json.Flush();
                await body.FlushAsync(context.RequestAborted);
                flushed = json.BytesCommitted;
            }
        }

        json.WriteEndArray();
        json.Flush();
        await body.FlushAsync(context.RequestAborted);
    }

    private static void Prepare(HttpContext context, string fileName, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }

    /// <summary>A whole list read page by page, for sources that only page (rankings and other short lists).</summary>
    public static IEnumerable<T> Paged<T>(Func<int, int, IReadOnlyList<T>> page)
    {
        for (var offset = 0; ; offset += Chunk)
        {
            var rows = page(offset, Chunk);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < Chunk)
            {
                yield break;
            }
        }
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Quote(Defuse(s)),
        IFormattable f => Quote(f.ToString(null, CultureInfo.InvariantCulture)),
        bool b => b ? "true" : "false",
        _ => Quote(Defuse(value.ToString() ?? "")),
    };

    /// <summary>Text starting like a formula (=, +, @, -, tab, CR) is written with a leading apostrophe, as OWASP advises for CSV.</summary>
    private static string Defuse(string s) =>
        s.Length > 0 && (s[0] is '=' or '+' or '@' or '\t' or '\r' || (s[0] == '-' && (s.Length == 1 || !char.IsAsciiDigit(s[1])))) ? "'" + s : s;

    private static string Quote(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
