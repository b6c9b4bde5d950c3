using System.IO.Compression;
using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Formats;
using Armscope.Ingestion.Html;
using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion;

/// <summary>
/// Turns paths into documents, lazily, one result per document or per problem: files, folders
/// (recursively, in a stable order, without hidden entries and gold annotation files), URLs, and "-" for standard input, each possibly gzip-compressed;
/// the format of each is chosen by <see cref="FormatSelector"/>. A problem with one input never stops the rest.
/// </summary>
public sealed class DocumentReader
{
    private const int SniffBytes = 8192;

    /// <summary>Gold annotations kept beside their articles (spec: NAME.gold.json) are not inputs when a folder is read.</summary>
    private const string GoldSuffix = ".gold.json";

    /// <summary>A folder's own README describes the folder; it is not one of its articles.</summary>
    private static bool IsFolderReadme(string path) =>
        Path.GetFileNameWithoutExtension(path).Equals("README", StringComparison.OrdinalIgnoreCase);

    private readonly ReaderOptions _options;
    private readonly FormatSelector _formats;
    private readonly ReadContext _context;
    private HttpFetcher? _http;

    /// <param name="defaultPublished">Publication date for inputs that carry none of their own.</param>
    public DocumentReader(DateOnly? defaultPublished = null)
        : this(new ReaderOptions { DefaultPublished = defaultPublished })
    {
    }

    public DocumentReader(ReaderOptions options, FormatSelector? formats = null)
    {
        _options = options;
        _formats = formats ?? FormatSelector.Default;
        _context = new ReadContext(options.DefaultPublished, new TextDecoder(), new HtmlArticleParser(), options.MaxDocumentBytes);
    }

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var location in Expand(path))
            {
                foreach (var result in ReadOne(location))
                {
                    yield return result;
                }
            }
        }
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            return Directory.EnumerateFiles(path, "*", options)
                .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
                .Where(f => !f.EndsWith(GoldSuffix, StringComparison.OrdinalIgnoreCase) && !IsFolderReadme(f))
                .Order(StringComparer.Ordinal);
        }

        return [path];
    }

    private IEnumerable<ReadResult> ReadOne(string location)
    {
        InputSource? input = null;
        string? problem;
        try
        {
            (input, problem) = Open(location);
        }
        catch (Exception e) when (IsInputProblem(e))
        {
            problem = Describe(e);
        }

        if (input is null)
        {
            if (problem is not null)
            {
                yield return ReadResult.Failed(location, problem);
            }

            yield break;
        }

        using (input)
        {
            var (format, refusal) = _formats.Choose(input);
            if (format is null)
            {
                yield return ReadResult.Failed(location, refusal!);
                yield break;
            }

            using var results = format.Read(input, _context).GetEnumerator();
            while (true)
            {
                ReadResult? next = null;
                string? failure = null;
                try
                {
                    if (results.MoveNext())
                    {
                        next = results.Current;
                    }
                }
                catch (Exception e) when (IsInputProblem(e))
                {
                    failure = Describe(e);
                }

                if (failure is not null)
                {
                    yield return ReadResult.Failed(location, failure);
                    yield break;
                }

                if (next is null)
                {
                    yield break;
                }

                yield return next;
            }
        }
    }

    /// <summary>Opens a location as an input source; null with a reason when it cannot, null without one when there is nothing new.</summary>
    private (InputSource? Input, string? Problem) Open(string location)
    {
        if (location == "-")
        {
            return (Prepare(location, "stdin", _options.StandardInput(), null, null), null);
        }

        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            _http ??= new HttpFetcher(_options.Http, _options.MaxDocumentBytes, _options.HttpHandler);
            switch (_http.Fetch(location))
            {
                case FetchOutcome.Fetched f:
                    var name = Path.GetFileName(new Uri(f.FinalUrl).AbsolutePath);
                    return (Prepare(location, name.Length == 0 ? "index" : name, new MemoryStream(f.Body), f.ContentType, f.FinalUrl), null);
                case FetchOutcome.NotModified:
                    _options.Notice?.Invoke(location, "not modified since the last fetch; nothing new");
                    return (null, null);
                case FetchOutcome.Failed failed:
                    return (null, $"could not fetch: {failed.Reason}");
            }
        }

        if (!File.Exists(location))
        {
            return (null, "no such file or folder");
        }

        return (Prepare(location, Path.GetFileName(location), File.OpenRead(location), null, null), null);
    }

    /// <summary>Decompresses gzip transparently (one or many members) and takes the head for sniffing.</summary>
    private static InputSource Prepare(string origin, string name, Stream raw, string? contentType, string? url)
    {
        var (magic, stream) = ReplayStream.Peek(raw, 2);
        if (magic is [0x1F, 0x8B])
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^3];
            }
            else if (name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^4] + ".tar";
            }

            contentType = contentType is not null && contentType.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? null : contentType;
        }

        var (head, whole) = ReplayStream.Peek(stream, SniffBytes);
        return new InputSource(origin, name, whole, head, contentType, url);
    }

    private static bool IsInputProblem(Exception e) =>
        e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.DecoderFallbackException or NotSupportedException;

    private static string Describe(Exception e) => e switch
    {
        InvalidDataException => $"corrupt compressed data ({e.Message})",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
