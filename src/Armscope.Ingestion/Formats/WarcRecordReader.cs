using System.Globalization;
using System.Text;

namespace Armscope.Ingestion.Formats;

/// <summary>Reads WARC/1.0 and WARC/1.1 records one at a time from a stream (already decompressed).</summary>
public sealed class WarcRecordReader
{
    private readonly Stream _stream;
    private readonly long _maxBlockBytes;
    private readonly byte[] _one = new byte[1];
    private long _position;

    public WarcRecordReader(Stream stream, long maxBlockBytes)
    {
        _stream = stream;
        _maxBlockBytes = maxBlockBytes;
    }

    /// <summary>The next record, or null at the end. Throws <see cref="InvalidDataException"/> on a malformed record.</summary>
    /// <param name="skippedBlock">True when the record's block exceeded the size limit and was skipped unread.</param>
    public WarcRecord? Next(out bool skippedBlock)
    {
        skippedBlock = false;
        string? version;
        do
        {
            version = ReadLine();
            if (version is null)
            {
                return null;
            }
        }
        while (version.Length == 0);

        var offset = _position;
        if (!version.StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"expected a WARC record at byte {offset}, found \"{Shorten(version)}\"");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (ReadLine() is { } line && line.Length > 0)
        {
            if ((line[0] == ' ' || line[0] == '\t') && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new InvalidDataException($"malformed WARC header line \"{Shorten(line)}\" at byte {_position}");
            }

            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            throw new InvalidDataException($"WARC record at byte {offset} has no valid Content-Length");
        }

        byte[] block;
        if (length > _maxBlockBytes)
        {
            Skip(length);
            skippedBlock = true;
            block = [];
        }
        else
        {
            block = new byte[length];
            _stream.ReadExactly(block);
            _position += length;
        }

        return new WarcRecord(version.Trim(), headers, block, offset);
    }

    private void Skip(long count)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var n = _stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (n == 0)
            {
                throw new EndOfStreamException("WARC record cut short");
            }

            count -= n;
            _position += n;
        }
    }

    /// <summary>A header line without its CR LF, decoded as UTF-8; null at the end of the stream.</summary>
    private string? ReadLine()
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            if (_stream.Read(_one, 0, 1) == 0)
            {
                return bytes.Count == 0 ? null : Encoding.UTF8.GetString(bytes.ToArray());
            }

            _position++;
            if (_one[0] == (byte)'\n')
            {
                if (bytes.Count > 0 && bytes[^1] == (byte)'\r')
                {
                    bytes.RemoveAt(bytes.Count - 1);
                }

                return Encoding.UTF8.GetString(bytes.ToArray());
            }

            bytes.Add(_one[0]);
            if (bytes.Count > 65536)
            {
                throw new InvalidDataException($"WARC header line longer than 64 KiB at byte {_position}");
            }
        }
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
