using System.Diagnostics;
using Armscope.Core.Vocabulary;
using Armscope.Register.Ingest;

namespace Armscope.Register.Tests;

public sealed class DocumentLimitsTests
{
    private static readonly Document Small = new("small", null, null, null, "Turkey bought S-400 systems from Russia.");

    [Fact]
    public void A_document_over_the_size_limit_is_refused_naming_the_limit_and_its_option()
    {
        var limits = new DocumentLimits { MaxBytes = 30 };

        Assert.Null(limits.Problem(Small with { Text = "short" }));
        Assert.Equal("too large: 40 bytes of text, over the limit of 30 (--max-doc-bytes)", limits.Problem(Small));
        Assert.Throws<DocumentRefusedException>(() => limits.Bound<int>((_, _) => 1)(Small, CancellationToken.None));
    }

    [Fact]
    public void Sizes_are_counted_in_UTF8_bytes()
    {
        var limits = new DocumentLimits { MaxBytes = 9 };

        Assert.Null(limits.Problem(Small with { Text = "ééé" }));
        Assert.NotNull(limits.Problem(Small with { Text = "ééééé" }));
    }

    [Fact]
    public void An_extraction_that_ignores_cancellation_is_given_up_after_its_budget()
    {
        var limits = new DocumentLimits { Timeout = TimeSpan.FromMilliseconds(200) };
        var hang = limits.Bound<int>((_, _) =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(30));
            return 0;
        });

        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<TimeoutException>(() => hang(Small, CancellationToken.None));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"waited {watch.Elapsed}");
        Assert.Equal("extraction took longer than 0.2 s (--doc-timeout)", error.Message);
    }

    [Fact]
    public void An_extraction_that_notices_its_budget_is_spent_is_refused_as_too_slow()
    {
        var limits = new DocumentLimits { Timeout = TimeSpan.FromMilliseconds(100) };
        var cooperative = limits.Bound<int>((_, token) =>
        {
            while (true)
            {
                token.ThrowIfCancellationRequested();
                Thread.Sleep(5);
            }
        });

        Assert.Throws<TimeoutException>(() => cooperative(Small, CancellationToken.None));
    }

    [Fact]
    public void The_callers_cancellation_stays_a_cancellation_and_errors_pass_through()
    {
        var limits = new DocumentLimits { Timeout = TimeSpan.FromSeconds(10) };
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var slow = limits.Bound<int>((_, token) =>
        {
            Task.Delay(Timeout.Infinite, token).Wait(token);
            return 0;
        });

        Assert.ThrowsAny<OperationCanceledException>(() => slow(Small, cancel.Token));
        Assert.Equal("bad", Assert.Throws<InvalidOperationException>(() => limits.Bound<int>((_, _) => throw new InvalidOperationException("bad"))(Small, CancellationToken.None)).Message);
        Assert.Equal(7, limits.Bound((_, _) => 7)(Small, CancellationToken.None));
    }
}
