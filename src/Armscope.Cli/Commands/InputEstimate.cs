namespace Armscope.Cli.Commands;

/// <summary>
/// How many documents a set of inputs holds, counted ahead of reading so progress can show an ETA: a JSON Lines
/// file is its lines, a text or HTML file is one document. Unknown (null) as soon as one input cannot be counted
/// cheaply: standard input, URLs, feeds, web archives, compressed files.
/// </summary>
internal static class InputEstimate
{
    private static readonly HashSet<string> OneDocument = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> OneALine = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson", ".jsonlines" };

    /// <summary>The document count, or null when some input is of a kind that cannot be counted without parsing it.</summary>
    public static long? Documents(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        try
        {
            return Count(paths, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            // Only an estimate: the ingest itself reports unreadable inputs.
            return null;
        }
    }

    private static long? Count(IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var path in paths)
        {
            var count = Directory.Exists(path) ? Folder(path, cancellationToken) : File(path, cancellationToken);
            if (count is null)
            {
                return null;
            }

            total += count.Value;
        }

        return total;
    }

    private static long? Folder(string folder, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        long total = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            // The reader skips the same: dot-folders and gold annotation files.
            if (Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')) ||
                file.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (File(file, cancellationToken) is not { } count)
            {
                return null;
            }

            total += count;
        }

        return total;
    }

    private static long? File(string path, CancellationToken cancellationToken)
    {
        if (path == "-" || !System.IO.File.Exists(path))
        {
            return null;
        }

        var extension = Path.GetExtension(path);
        if (OneDocument.Contains(extension))
        {
            return 1;
        }

        return OneALine.Contains(extension) ? NonEmptyLines(path, cancellationToken) : null;
    }

    private static long NonEmptyLines(string path, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        long lines = 0;
        var lineHasContent = false;
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var b in buffer.AsSpan(0, read))
            {
                if (b == (byte)'\n')
                {
                    lines += lineHasContent ? 1 : 0;
                    lineHasContent = false;
                }
                else if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    lineHasContent = true;
                }
            }
        }

        return lines + (lineHasContent ? 1 : 0);
    }
}
