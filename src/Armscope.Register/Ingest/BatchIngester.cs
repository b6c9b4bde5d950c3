using Armscope.Core.Vocabulary;

namespace Armscope.Register.Ingest;

/// <summary>One item a reader delivered: a document, or why none could be read (never both).</summary>
/// <param name="Origin">The file (and line or item) it came from, for messages.</param>
public sealed record SourceItem(string Origin, Document? Document, string? Error)
{
    /// <summary>The document's <see cref="Register.ContentHash"/> when a stage before has computed it; null otherwise.</summary>
    public string? ContentHash { get; init; }
}

/// <summary>An input that was not ingested, and why, in one line.</summary>
public sealed record IngestFailure(string Origin, string Problem);

/// <summary>
/// Totals of a batch: documents new, skipped (already in the register) and failed; records written; distinct deals
/// re-merged; documents recorded as near duplicates of stored ones (the same story with small edits), not counted as skipped.
/// </summary>
public sealed record IngestSummary(long New, long Skipped, long Failed, long Transfers, long DealsTouched, long NearDuplicates = 0)
{
    /// <summary>Every document the batch took in, whatever became of it.</summary>
    public long Documents => New + Skipped + NearDuplicates + Failed;
}

/// <summary>Running totals of a batch, safe to read from another thread (a progress display) while it runs.</summary>
public sealed class IngestTally
{
    private long _new;
    private long _skipped;
    private long _failed;
    private long _transfers;
    private long _dealsTouched;
    private long _nearDuplicates;

    public IngestSummary Snapshot() => new(
        Interlocked.Read(ref _new),
        Interlocked.Read(ref _skipped),
        Interlocked.Read(ref _failed),
        Interlocked.Read(ref _transfers),
        Interlocked.Read(ref _dealsTouched),
        Interlocked.Read(ref _nearDuplicates));

    internal void Added(int transfers)
    {
        Interlocked.Increment(ref _new);
        Interlocked.Add(ref _transfers, transfers);
    }

    /// <summary>Counts a document the register added: new, or an earlier copy of a story that took the stored copy's place.</summary>
    internal void Added(IngestResult result)
    {
        if (result.Replaced is null)
        {
            Added(result.Transfers);
            return;
        }

        // The register holds as many documents as before, one more copy, and this copy's records instead of the other's.
        NearDuplicate();
        Interlocked.Add(ref _transfers, result.Transfers - result.WithdrawnTransfers);
    }

    internal void Skipped() => Interlocked.Increment(ref _skipped);

    internal void NearDuplicate() => Interlocked.Increment(ref _nearDuplicates);

    /// <summary>Counts a document the register did not add: a near duplicate, or content it held already.</summary>
    internal void NotAdded(IngestResult result)
    {
        if (result.NearDuplicate)
        {
            NearDuplicate();
        }
        else
        {
            Skipped();
        }
    }

    internal void Failed() => Interlocked.Increment(ref _failed);

    internal void DealsTouched(int count) => Interlocked.Exchange(ref _dealsTouched, count);
}

/// <summary>
/// Feeds sources into a register, one document per transaction. Every failure (an unreadable source, a
/// refused document, an extractor or register error) is reported once and the batch goes on; only
/// cancellation stops it.
/// </summary>
public sealed class BatchIngester
{
    private readonly IRegister _register;
    private readonly Func<Document, CancellationToken, IReadOnlyList<Transfer>> _extract;

    /// <param name="extract">The transfers a document states; called only for documents not yet in the register.</param>
    public BatchIngester(IRegister register, Func<Document, CancellationToken, IReadOnlyList<Transfer>> extract)
    {
        _register = register;
        _extract = extract;
    }

    /// <param name="sources">Inputs in the order to ingest them (files, URLs...).</param>
    /// <param name="read">Reads one source lazily; if it throws, the rest of that source is lost but not the batch.</param>
    /// <param name="onFailure">Called once per failed input, on the ingesting thread.</param>
    /// <param name="tally">Totals to update as the batch runs, for a progress display.</param>
    public async Task<IngestSummary> RunAsync(
        IEnumerable<string> sources,
        Func<string, IEnumerable<SourceItem>> read,
        Action<IngestFailure> onFailure,
        IngestTally? tally = null,
        CancellationToken cancellationToken = default)
    {
        tally ??= new IngestTally();
        var dealsTouched = new HashSet<string>(StringComparer.Ordinal);

        void Fail(string origin, string problem)
        {
            tally.Failed();
            onFailure(new IngestFailure(origin, OneLine(problem)));
        }

        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IEnumerator<SourceItem> items;
            try
            {
                items = read(source).GetEnumerator();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Fail(source, e.Message);
                continue;
            }

            using (items)
            {
                while (true)
                {
                    SourceItem item;
                    try
                    {
                        if (!items.MoveNext())
                        {
                            break;
                        }

                        item = items.Current;
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Fail(source, e.Message);
                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    if (item.Document is not { } document)
                    {
                        Fail(item.Origin, item.Error ?? "could not be read");
                        continue;
                    }

                    if (DocumentScreen.Problem(document.Text) is { } problem)
                    {
                        Fail(item.Origin, problem);
                        continue;
                    }

                    try
                    {
                        if (await _register.ContainsAsync(ContentHash.Of(document.Text), cancellationToken))
                        {
                            tally.Skipped();
                            continue;
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Fail(item.Origin, $"register: {e.Message}");
                        continue;
                    }

                    IReadOnlyList<Transfer> transfers;
                    try
                    {
                        transfers = _extract(document, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Fail(item.Origin, $"extraction failed: {e.Message}");
                        continue;
                    }

                    IngestResult result;
                    try
                    {
                        result = await _register.IngestAsync(document, transfers, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Fail(item.Origin, $"not stored: {e.Message}");
                        continue;
                    }

                    if (result.Outcome == IngestOutcome.Skipped)
                    {
                        // A near duplicate of a stored document, or another ingester stored the same content between our check and our write.
                        tally.NotAdded(result);
                        continue;
                    }

                    dealsTouched.UnionWith(result.DealIds);
                    tally.DealsTouched(dealsTouched.Count);
                    tally.Added(result);
                }
            }
        }

        return tally.Snapshot();
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
