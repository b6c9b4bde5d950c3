using System.Net;
using System.Net.Http.Headers;

namespace Armscope.Ingestion.Inputs;

/// <summary>Settings for fetching feeds and pages over HTTP.</summary>
/// <param name="Timeout">Per attempt.</param>
/// <param name="Retries">Further attempts after a network error, a timeout, 408, 429 or a 5xx status.</param>
/// <param name="RetryDelay">Before the first retry; doubled for each later one.</param>
/// <param name="ValidatorCachePath">Where ETag and Last-Modified are kept for conditional GET; null: in memory only.</param>
public sealed record HttpFetchOptions(TimeSpan Timeout, int Retries, TimeSpan RetryDelay, string? ValidatorCachePath)
{
    public static HttpFetchOptions Default => new(TimeSpan.FromSeconds(30), 2, TimeSpan.FromMilliseconds(500), ValidatorCache.DefaultPath);
}

/// <summary>The outcome of one fetch.</summary>
public abstract record FetchOutcome
{
    public sealed record Fetched(byte[] Body, string? ContentType, string FinalUrl) : FetchOutcome;

    /// <summary>The server answered 304: nothing new since the last fetch.</summary>
    public sealed record NotModified : FetchOutcome;

    public sealed record Failed(string Reason) : FetchOutcome;
}

/// <summary>Fetches URLs with a timeout, retries with back-off, and conditional GET from cached validators.</summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly HttpFetchOptions _options;
    private readonly ValidatorCache _validators;
    private readonly long _maxBytes;

    public HttpFetcher(HttpFetchOptions options, long maxBytes = 64L * 1024 * 1024, HttpMessageHandler? handler = null)
    {
        _options = options;
        _maxBytes = maxBytes;
        _validators = new ValidatorCache(options.ValidatorCachePath);
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All }, disposeHandler: true)
        {
            Timeout = options.Timeout,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Armscope/0.1 (news reader; arms-transfer register)");
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
    }

    public FetchOutcome Fetch(string url)
    {
        var cached = _validators.Get(url);
        var attempt = 0;
        while (true)
        {
            attempt++;
            string failure;
            TimeSpan? retryAfter = null;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (cached?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
                {
                    request.Headers.IfNoneMatch.Add(tag);
                }

                if (cached?.LastModified is { } lm && DateTimeOffset.TryParse(lm, out var since))
                {
                    request.Headers.IfModifiedSince = since;
                }

                using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead);
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchOutcome.NotModified();
                }

                if (response.IsSuccessStatusCode)
                {
                    var body = ReadBody(response);
                    _validators.Put(url, new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R")));
                    return new FetchOutcome.Fetched(body, response.Content.Headers.ContentType?.ToString(), response.RequestMessage?.RequestUri?.ToString() ?? url);
                }

                failure = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                if (!IsTransient(response.StatusCode))
                {
                    return new FetchOutcome.Failed(failure);
                }

                retryAfter = response.Headers.RetryAfter?.Delta;
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }
            catch (TaskCanceledException)
            {
                failure = $"no answer within {_options.Timeout.TotalSeconds:0.#} s";
            }
            catch (InputTooLargeException e)
            {
                return new FetchOutcome.Failed(e.Message);
            }

            if (attempt > _options.Retries)
            {
                return new FetchOutcome.Failed($"{failure} (after {attempt} attempt{(attempt > 1 ? "s" : string.Empty)})");
            }

            var backoff = _options.RetryDelay * Math.Pow(2, attempt - 1);
            Thread.Sleep(retryAfter is { } ra && ra > backoff ? TimeSpan.FromTicks(Math.Min(ra.Ticks, TimeSpan.FromSeconds(10).Ticks)) : backoff);
        }
    }

    private byte[] ReadBody(HttpResponseMessage response)
    {
        using var stream = response.Content.ReadAsStream();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > _maxBytes)
            {
                throw new InputTooLargeException(_maxBytes);
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    public void Dispose() => _client.Dispose();
}
