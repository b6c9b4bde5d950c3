using System.Globalization;
using System.Text;
using Armscope.Core.Vocabulary;

namespace Armscope.Register.Ingest;

/// <summary>
/// What one document may cost: its size in UTF-8 bytes and the time its extraction may take. A document over either
/// limit is refused with a message naming the limit and the option that sets it; the run goes on.
/// </summary>
public sealed record DocumentLimits
{
    /// <summary>The defaults of `armscope ingest` and `armscope extract`: 16 MiB of text, 30 seconds of extraction.</summary>
    public static readonly DocumentLimits Default = new();

    /// <summary>Largest text accepted, in UTF-8 bytes.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Longest extraction of one document.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Throws when a limit is out of range, naming it.</summary>
    public void Validate()
    {
        if (MaxBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxBytes), MaxBytes, "--max-doc-bytes must be at least 1");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "--doc-timeout must be more than zero");
        }
    }

    /// <summary>Why the document is over the size limit, or null when it is within it.</summary>
    public string? Problem(Document document)
    {
        // Counting bytes costs a pass over the text: a text of fewer chars than MaxBytes / 3 is within it anyway.
        if (document.Text.Length <= MaxBytes / 3)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(document.Text);
        return bytes > MaxBytes
            ? string.Create(CultureInfo.InvariantCulture, $"too large: {bytes:N0} bytes of text, over the limit of {MaxBytes:N0} (--max-doc-bytes)")
            : null;
    }

    /// <summary>
    /// Extraction within the time limit: the extractor is asked to stop when the time is up and, should it not
    /// notice, is left behind: the caller gets a <see cref="TimeoutException"/> either way and never waits longer.
    /// </summary>
    public Func<Document, CancellationToken, T> Bound<T>(Func<Document, CancellationToken, T> extract) =>
        (document, cancellationToken) =>
        {
            if (Problem(document) is { } problem)
            {
                throw new DocumentRefusedException(problem);
            }

            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(Timeout);
            var work = Task.Run(() => extract(document, budget.Token), CancellationToken.None);

            // Waits without spinning (Task.Wait spins first): a document takes about a millisecond, and spinning for each
            // one takes processor time that the extraction and storing threads need.
            var done = new ManualResetEventSlim(false, spinCount: 0);
            _ = work.ContinueWith(_ => done.Set(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            try
            {
                // Finished: the task's own Wait then throws for a failed or cancelled extraction as it did when waiting.
                if (done.Wait(Timeout + TimeSpan.FromSeconds(1), cancellationToken) && work.Wait(0, CancellationToken.None))
                {
                    return work.Result;
                }
            }
            catch (AggregateException e) when (e.InnerException is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The extractor noticed the budget was spent.
            }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            }

            cancellationToken.ThrowIfCancellationRequested();
            budget.Cancel();
            throw new TimeoutException(string.Create(
                CultureInfo.InvariantCulture,
                $"extraction took longer than {Timeout.TotalSeconds:0.###} s (--doc-timeout)"));
        };
}

/// <summary>A document refused before extraction, with the reason in a few words.</summary>
public sealed class DocumentRefusedException(string reason) : Exception(reason);
