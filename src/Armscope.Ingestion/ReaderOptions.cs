using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion;

/// <summary>How a <see cref="DocumentReader"/> reads: fallback date, size limit, HTTP settings, where remarks go.</summary>
public sealed record ReaderOptions
{
    /// <summary>Publication date for inputs that carry none of their own.</summary>
    public DateOnly? DefaultPublished { get; init; }

    /// <summary>Largest single page, feed, text or archive record read into memory.</summary>
    public long MaxDocumentBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Timeouts, retries and the conditional-GET cache for URLs.</summary>
    public HttpFetchOptions Http { get; init; } = HttpFetchOptions.Default;

    /// <summary>Replaces the network for URL inputs (tests); null uses the real one.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>Opens standard input for the path "-".</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Receives remarks that are not errors, such as "not modified since the last fetch".</summary>
    public Action<string, string>? Notice { get; init; }
}
