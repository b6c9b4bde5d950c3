namespace Armscope.Ingestion.Inputs;

/// <summary>
/// One opened input, already decompressed: its bytes as a stream, the first of them for sniffing,
/// and what is known about it from outside (name, URL, transport content type).
/// </summary>
public sealed class InputSource : IDisposable
{
    public InputSource(string origin, string name, Stream content, byte[] head, string? contentType, string? url)
    {
        Origin = origin;
        Name = name;
        Content = content;
        Head = head;
        ContentType = contentType;
        Url = url;
    }

    /// <summary>Path, URL or "-" as the user gave it; used in messages.</summary>
    public string Origin { get; }

    /// <summary>File name with its real extension (".gz" removed), e.g. "story.html".</summary>
    public string Name { get; }

    /// <summary>The whole content, decompressed, from its first byte.</summary>
    public Stream Content { get; }

    /// <summary>The first bytes of the content (at most a few kilobytes).</summary>
    public byte[] Head { get; }

    /// <summary>Content-Type the transport declared (HTTP), if any.</summary>
    public string? ContentType { get; }

    /// <summary>Where the content came from on the web, if it did.</summary>
    public string? Url { get; }

    /// <summary>Lower-case extension of <see cref="Name"/> with its dot, or "".</summary>
    public string Extension => Path.GetExtension(Name).ToLowerInvariant();

    /// <summary>The document id a file gives: its name without extension.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(Name);

    /// <summary>Whether this input is a local file (so its documents take the file name as id and path as source).</summary>
    public bool IsFile => Url is null && Origin != "-";

    /// <summary>Reads the rest of the content into memory, refusing inputs larger than <paramref name="limit"/> bytes.</summary>
    public byte[] ReadAllBytes(long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            while ((n = Content.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > limit)
                {
                    throw new InputTooLargeException(limit);
                }

                buffer.Write(chunk, 0, n);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    public void Dispose() => Content.Dispose();
}

/// <summary>Raised when an input that must be read whole is larger than the configured limit.</summary>
public sealed class InputTooLargeException(long limit)
    : IOException($"larger than {limit / (1024 * 1024)} MiB, the limit for a single page, feed or text");
