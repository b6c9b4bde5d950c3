using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Armscope.Ingestion.Formats;

/// <summary>An HTTP response as a web archive stores it: status, headers and the payload, de-chunked and decompressed.</summary>
public sealed record HttpMessage(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Payload)
{
    public string? ContentType => Headers.TryGetValue("Content-Type", out var v) ? v : null;

    /// <summary>Parses a stored response; null when the block does not start with an HTTP status line.</summary>
    public static HttpMessage? Parse(byte[] block)
    {
        var headerEnd = IndexOf(block, "\r\n\r\n"u8, out var separatorLength);
        if (headerEnd < 0)
        {
            headerEnd = IndexOf(block, "\n\n"u8, out separatorLength);
        }

        if (headerEnd < 0)
        {
            return null;
        }

        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        var statusParts = lines[0].Trim().Split(' ', 3);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var payload = block.AsSpan(headerEnd + separatorLength).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            payload = Dechunk(payload) ?? payload;
        }

        if (headers.TryGetValue("Content-Encoding", out var ce))
        {
            payload = Decompress(payload, ce.Trim().ToLowerInvariant()) ?? payload;
        }

        return new HttpMessage(status, headers, payload);
    }

    /// <summary>Joins chunked transfer coding; null when the payload is not actually chunked (archives often store it decoded).</summary>
    private static byte[]? Dechunk(byte[] payload)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (position < payload.Length)
        {
            var lineEnd = Array.IndexOf(payload, (byte)'\n', position);
            if (lineEnd < 0)
            {
                return null;
            }

            var sizeText = Encoding.ASCII.GetString(payload, position, lineEnd - position).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            if (size == 0)
            {
                return output.ToArray();
            }

            position = lineEnd + 1;
            if (position + size > payload.Length)
            {
                return null;
            }

            output.Write(payload, position, size);
            position += size;
            while (position < payload.Length && (payload[position] == '\r' || payload[position] == '\n'))
            {
                position++;
            }
        }

        return output.ToArray();
    }

    private static byte[]? Decompress(byte[] payload, string coding)
    {
        try
        {
            using var input = new MemoryStream(payload);
            using Stream decoder = coding switch
            {
                "gzip" or "x-gzip" when payload.Length > 2 && payload[0] == 0x1F && payload[1] == 0x8B => new GZipStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => Stream.Null,
            };
            if (decoder == Stream.Null)
            {
                return null;
            }

            using var output = new MemoryStream();
            decoder.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int IndexOf(byte[] haystack, ReadOnlySpan<byte> needle, out int length)
    {
        length = needle.Length;
        return haystack.AsSpan().IndexOf(needle);
    }
}
