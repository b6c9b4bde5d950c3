using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Tests;

public class HttpFeedTests
{
    private static ReaderOptions Options(string cacheFile, List<string> notices) => new()
    {
        DefaultPublished = new DateOnly(2019, 4, 29),
        Http = new HttpFetchOptions(TimeSpan.FromSeconds(10), Retries: 2, RetryDelay: TimeSpan.FromMilliseconds(20), cacheFile),
        Notice = (origin, remark) => notices.Add($"{origin}: {remark}"),
    };

    [Fact]
    public void Feed_url_is_fetched_and_the_second_fetch_is_conditional_and_answered_304()
    {
        using var scratch = new Scratch();
        using var server = new FeedServer(FeedTests.Rss);
        var cache = Path.Combine(scratch.Root, "validators.json");
        var notices = new List<string>();

        var first = Reading.ReadAll(Options(cache, notices), server.Url);
        var second = Reading.ReadAll(Options(cache, notices), server.Url);

        Assert.Equal(["wire-2001", "https://wire.example.net/tanks"], first.Select(r => r.Document!.Id));
        Assert.Empty(second);
        Assert.Equal([(null, 200), ("\"v1\"", 304)], server.Requests);
        Assert.Equal($"{server.Url}: not modified since the last fetch; nothing new", Assert.Single(notices));
    }

    [Fact]
    public void Transient_server_errors_are_retried()
    {
        using var scratch = new Scratch();
        using var server = new FeedServer(FeedTests.Rss, failFirst: 2);

        var results = Reading.ReadAll(Options(Path.Combine(scratch.Root, "v.json"), []), server.Url);

        Assert.Equal(2, results.Count(r => r.Document is not null));
        Assert.Equal([503, 503, 200], server.Requests.Select(r => r.Status));
    }

    [Fact]
    public void A_server_that_keeps_failing_gives_one_error_after_the_retries()
    {
        using var scratch = new Scratch();
        using var server = new FeedServer(FeedTests.Rss, failFirst: 10);

        var result = Assert.Single(Reading.ReadAll(Options(Path.Combine(scratch.Root, "v.json"), []), server.Url));

        Assert.Equal("could not fetch: HTTP 503 Service Unavailable (after 3 attempts)", result.Error);
    }
}
