using System.Threading.Channels;
using Armscope.Core.Vocabulary;
using Armscope.Register.Ingest;

namespace Armscope.Register.Pipeline;

/// <summary>
/// Feeds sources into a register on all cores: read → screen and extract (in parallel) → store (in batches), the
/// stages joined by bounded channels, so a slow stage holds the ones before it back and memory stays bounded
/// (<see cref="PipelineOptions.MaxInFlight"/> documents at most). Documents are stored in whatever order they finish,
/// which the register's order-independent merge makes safe. Every failure (an unreadable source, a refused document,
/// an extractor or register error) is reported once and the run goes on; only cancellation stops it.
/// </summary>
/// <remarks>The same contract as <see cref="BatchIngester"/>, which stays the one-thread reference.</remarks>
public sealed class IngestPipeline
{
    private readonly IRegister _register;
    private readonly Func<Document, CancellationToken, IReadOnlyList<Transfer>> _extract;
    private readonly PipelineOptions _options;

    /// <param name="extract">The transfers a document states; called from several threads at once, only for documents not yet in the register.</param>
    public IngestPipeline(IRegister register, Func<Document, CancellationToken, IReadOnlyList<Transfer>> extract, PipelineOptions? options = null)
    {
        _options = options ?? new PipelineOptions();
        _options.Validate();
        _register = register;
        _extract = extract;
    }

    public PipelineOptions Options => _options;

    /// <summary>
    /// Told of each input found to be a near duplicate of a stored document (its origin, the document read, what the
    /// register did: <see cref="IngestResult.NearDuplicate"/>, <see cref="IngestResult.Replaced"/>), from the storing thread; for logs.
    /// </summary>
    public Action<string, Document, IngestResult>? NearDuplicateStored { get; init; }

    /// <param name="sources">Inputs to ingest (files, URLs...), taken in this order by the readers.</param>
    /// <param name="read">Reads one source lazily; if it throws, the rest of that source is lost but not the run. Called from reader threads.</param>
    /// <param name="onFailure">Called once per failed input, from any stage's thread but never two at a time.</param>
    /// <param name="tally">Totals to update as the run goes, for a progress display.</param>
    /// <exception cref="OperationCanceledException">When cancelled; whole batches already stored stay stored.</exception>
    public Task<IngestSummary> RunAsync(
        IEnumerable<string> sources,
        Func<string, IEnumerable<SourceItem>> read,
        Action<IngestFailure> onFailure,
        IngestTally? tally = null,
        CancellationToken cancellationToken = default) =>
        new Run(this, sources, read, onFailure, tally ?? new IngestTally(), cancellationToken).ExecuteAsync();

    /// <summary>A document ready to store, with where it came from for messages, its signature and hash, computed here rather than by the storing thread.</summary>
    private sealed record Extracted(string Origin, Document Document, IReadOnlyList<Transfer> Transfers, string Hash)
    {
        public PreparedSignature Signature { get; } = PreparedSignature.Of(Document.Text);
    }

    /// <summary>The state of one run: its channels, threads and totals.</summary>
    private sealed class Run
    {
        private readonly IngestPipeline _pipeline;
        private readonly IEnumerator<string> _sources;
        private readonly Func<string, IEnumerable<SourceItem>> _read;
        private readonly Action<IngestFailure> _onFailure;
        private readonly IngestTally _tally;
        private readonly CancellationToken _callerToken;
        private readonly CancellationTokenSource _stop;
        private readonly Channel<SourceItem> _toExtract;
        private readonly Channel<Extracted> _toStore;
        private readonly HashSet<string> _dealsTouched = new(StringComparer.Ordinal);
        private readonly Lock _sourcesLock = new();
        private readonly Lock _failureLock = new();
        private int _readersLeft;
        private int _extractorsLeft;
        private Exception? _firstFault;

        public Run(
            IngestPipeline pipeline,
            IEnumerable<string> sources,
            Func<string, IEnumerable<SourceItem>> read,
            Action<IngestFailure> onFailure,
            IngestTally tally,
            CancellationToken cancellationToken)
        {
            _pipeline = pipeline;
            _sources = sources.GetEnumerator();
            _read = read;
            _onFailure = onFailure;
            _tally = tally;
            _callerToken = cancellationToken;
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var options = pipeline._options;
            _toExtract = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(options.Capacity)
            {
                SingleReader = options.Parallelism == 1,
                SingleWriter = options.Readers == 1,
                FullMode = BoundedChannelFullMode.Wait,
            });
            _toStore = Channel.CreateBounded<Extracted>(new BoundedChannelOptions(options.Capacity)
            {
                SingleReader = true,
                SingleWriter = options.Parallelism == 1,
                FullMode = BoundedChannelFullMode.Wait,
            });
            _readersLeft = options.Readers;
            _extractorsLeft = options.Parallelism;
        }

        private CancellationToken Token => _stop.Token;

        public async Task<IngestSummary> ExecuteAsync()
        {
            var options = _pipeline._options;
            var threads = new List<Task>();
            try
            {
                // Dedicated threads: every stage blocks (file reads, CPU-bound extraction, SQLite), and blocking
                // on a full or empty channel is exactly the back-pressure wanted; pool threads would starve instead.
                for (var i = 0; i < options.Readers; i++)
                {
                    threads.Add(Start(ReadSources, () => Finished(ref _readersLeft, _toExtract.Writer)));
                }

                for (var i = 0; i < options.Parallelism; i++)
                {
                    threads.Add(Start(ExtractDocuments, () => Finished(ref _extractorsLeft, _toStore.Writer)));
                }

                threads.Add(Start(StoreDocuments, () => { }));

                try
                {
                    await Task.WhenAll(threads).ConfigureAwait(false);
                }
                catch when (_callerToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException(_callerToken);
                }
                catch when (_firstFault is not null)
                {
                    // One stage broke (a bug, not a bad input) and stopped the others: report its cause, not their echoes.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_firstFault).Throw();
                    throw;
                }

                return _tally.Snapshot();
            }
            finally
            {
                _sources.Dispose();
                _stop.Dispose();
            }
        }

        private Task Start(Action stage, Action finished) =>
            Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        stage();
                        finished();
                    }
                    catch (Exception e)
                    {
                        if (e is not OperationCanceledException)
                        {
                            Interlocked.CompareExchange(ref _firstFault, e, null);
                        }

                        // Stop every stage: readers blocked on a full channel and writers on an empty one wake up.
                        _stop.Cancel();
                        _toExtract.Writer.TryComplete(e);
                        _toStore.Writer.TryComplete(e);
                        throw;
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);

        /// <summary>The last thread of a stage to finish closes the channel after it.</summary>
        private static void Finished<T>(ref int left, ChannelWriter<T> next)
        {
            if (Interlocked.Decrement(ref left) == 0)
            {
                next.TryComplete();
            }
        }

        private bool NextSource(out string source)
        {
            lock (_sourcesLock)
            {
                if (_sources.MoveNext())
                {
                    source = _sources.Current;
                    return true;
                }

                source = "";
                return false;
            }
        }

        private void ReadSources()
        {
            while (NextSource(out var source))
            {
                Token.ThrowIfCancellationRequested();
                IEnumerator<SourceItem> items;
                try
                {
                    items = _read(source).GetEnumerator();
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

                        Put(_toExtract.Writer, item);
                    }
                }
            }
        }

        private void ExtractDocuments()
        {
            var skipKnown = _pipeline._options.SkipKnownBeforeExtraction;
            while (Take(_toExtract.Reader, out var item))
            {
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

                var hash = item.ContentHash ?? ContentHash.Of(document.Text);
                if (skipKnown)
                {
                    try
                    {
                        if (_pipeline._register.ContainsAsync(hash, Token).GetAwaiter().GetResult())
                        {
                            // Stored already: no extraction, but the register still hears of this copy, within the next
                            // batch write (it keeps every copy's name and source) rather than in a transaction of its own.
                            Put(_toStore.Writer, new Extracted(item.Origin, document, [], hash));
                            continue;
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Fail(item.Origin, $"register: {e.Message}");
                        continue;
                    }
                }

                IReadOnlyList<Transfer> transfers;
                try
                {
                    transfers = _pipeline._extract(document, Token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Fail(item.Origin, $"extraction failed: {e.Message}");
                    continue;
                }

                Put(_toStore.Writer, new Extracted(item.Origin, document, transfers, hash));
            }
        }

        private void StoreDocuments()
        {
            var size = _pipeline._options.BatchSize;
            var batch = new List<Extracted>(size);
            while (Take(_toStore.Reader, out var first))
            {
                // Up to a batch, waiting a moment for more when storing is the faster stage: every commit writes each page it
                // changed, and documents of one batch share pages, so a few large batches cost much less than many small ones.
                batch.Add(first);
                var closes = Environment.TickCount64 + (long)_pipeline._options.BatchLinger.TotalMilliseconds;
                while (batch.Count < size)
                {
                    if (_toStore.Reader.TryRead(out var next))
                    {
                        batch.Add(next);
                    }
                    else if (!WaitForMore(_toStore.Reader, closes - Environment.TickCount64))
                    {
                        break;
                    }
                }

                Store(batch);
                batch.Clear();
            }
        }

        private void Store(List<Extracted> batch)
        {
            if (_pipeline._register is IBatchRegister batches && batch.Count > 1)
            {
                IReadOnlyList<IngestResult>? results = null;
                try
                {
                    results = batches.IngestBatchAsync(batch.Select(e => new DocumentTransfers(e.Document, e.Transfers) { Signature = e.Signature, ContentHash = e.Hash }).ToList(), Token).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Nothing of the batch was kept: store one by one below, so only the culprit fails.
                }

                if (results is not null)
                {
                    for (var i = 0; i < results.Count; i++)
                    {
                        Record(batch[i], results[i]);
                    }

                    return;
                }
            }

            foreach (var extracted in batch)
            {
                IngestResult result;
                try
                {
                    result = _pipeline._register.IngestAsync(extracted.Document, extracted.Transfers, Token).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Fail(extracted.Origin, $"not stored: {e.Message}");
                    continue;
                }

                Record(extracted, result);
            }
        }

        private void Record(Extracted extracted, IngestResult result)
        {
            if (result.Outcome == IngestOutcome.Skipped)
            {
                // A near duplicate of a stored document, the same content twice in this run, or another ingester stored it first.
                _tally.NotAdded(result);
                if (result.NearDuplicate)
                {
                    _pipeline.NearDuplicateStored?.Invoke(extracted.Origin, extracted.Document, result);
                }

                return;
            }

            if (result.NearDuplicate)
            {
                _pipeline.NearDuplicateStored?.Invoke(extracted.Origin, extracted.Document, result);
            }

            _dealsTouched.UnionWith(result.DealIds);
            _tally.DealsTouched(_dealsTouched.Count);
            _tally.Added(result);
        }

        private void Fail(string origin, string problem)
        {
            lock (_failureLock)
            {
                _tally.Failed();
                _onFailure(new IngestFailure(origin, OneLine(problem)));
            }
        }

        /// <summary>Writes to a bounded channel, blocking this thread while it is full.</summary>
        private void Put<T>(ChannelWriter<T> writer, T item)
        {
            if (!writer.TryWrite(item))
            {
                writer.WriteAsync(item, Token).AsTask().GetAwaiter().GetResult();
            }
        }

        /// <summary>Blocks this thread until the channel has an item or <paramref name="milliseconds"/> pass; false when they passed or it is closed.</summary>
        private bool WaitForMore<T>(ChannelReader<T> reader, long milliseconds)
        {
            if (milliseconds <= 0)
            {
                return false;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
            timeout.CancelAfter(TimeSpan.FromMilliseconds(milliseconds));
            try
            {
                return reader.WaitToReadAsync(timeout.Token).AsTask().GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (!Token.IsCancellationRequested)
            {
                return false;
            }
        }

        /// <summary>Takes the next item, blocking this thread while the channel is empty; false once it is closed and drained.</summary>
        private bool Take<T>(ChannelReader<T> reader, out T item)
        {
            while (true)
            {
                if (reader.TryRead(out item!))
                {
                    return true;
                }

                if (!reader.WaitToReadAsync(Token).AsTask().GetAwaiter().GetResult())
                {
                    return false;
                }
            }
        }

        private static string OneLine(string message) =>
            string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
