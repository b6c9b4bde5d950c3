using System.Globalization;
using Armscope.Core.Vocabulary;

namespace Armscope.Register.Ingest;

/// <summary>
/// Stands between the readers and extraction: an input whose content the register already holds, or that an earlier
/// input of this run carries, is skipped before any extraction and noted as one more copy of that content (so the
/// register shows the same copy whatever order they came in); an input over the size limit is refused. What is
/// skipped, and why, goes to the log.
/// </summary>
public sealed class KnownContentFilter
{
    private readonly IRegister _register;
    private readonly DocumentLimits _limits;
    private readonly IngestLog? _log;
    private readonly string _storedReason;
    /// <summary>
    /// The first 128 bits of each content hash read so far: a quarter of the memory of the hex strings over a million
    /// inputs, and far more bits than the 64 the register's document ids take from the same hash.
    /// </summary>
    private readonly HashSet<UInt128> _seen = [];
    private readonly List<Document> _pendingCopies = [];
    private readonly Lock _lock = new();
    private long _alreadyStored;
    private long _repeated;

    /// <param name="storedReason">How a skip of stored content is described ("already in the register", "stored by the stopped run").</param>
    public KnownContentFilter(IRegister register, DocumentLimits limits, IngestLog? log, string storedReason = "already in the register")
    {
        _register = register;
        _limits = limits;
        _log = log;
        _storedReason = storedReason;
    }

    /// <summary>Inputs skipped because the register held their content when they were read.</summary>
    public long AlreadyStored => Interlocked.Read(ref _alreadyStored);

    /// <summary>Inputs skipped because an earlier input of this run had the same content.</summary>
    public long Repeated => Interlocked.Read(ref _repeated);

    /// <summary>The items of one source with known content left out and oversized documents turned into errors. Thread-safe.</summary>
    public IEnumerable<SourceItem> Filter(IEnumerable<SourceItem> items, CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            if (item.Document is not { } document)
            {
                yield return item;
                continue;
            }

            if (_limits.Problem(document) is { } tooLarge)
            {
                yield return item with { Document = null, Error = tooLarge };
                continue;
            }

            if (DocumentScreen.Problem(document.Text) is not null)
            {
                // Refused downstream, with its reason.
                yield return item;
                continue;
            }

            var hash = ContentHash.Of(document.Text);
            bool repeated;
            lock (_lock)
            {
                repeated = !_seen.Add(UInt128.Parse(hash.AsSpan(0, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            }

            if (repeated)
            {
                // The earlier copy may still be on its way to the register: note this one once the run has stored it.
                lock (_lock)
                {
                    _pendingCopies.Add(document);
                }

                Interlocked.Increment(ref _repeated);
                _log?.Skipped(item.Origin, "same content as an earlier input of this run", document.Id, hash);
                continue;
            }

            if (_register.RecordCopyAsync(document, hash, cancellationToken).GetAwaiter().GetResult())
            {
                Interlocked.Increment(ref _alreadyStored);
                _log?.Skipped(item.Origin, _storedReason, document.Id, hash);
                continue;
            }

            // Passed on with its hash: hashing the text is not repeated downstream.
            yield return item with { ContentHash = hash };
        }
    }

    /// <summary>Notes the copies held back during the run; call once every input is stored. Returns how many were noted.</summary>
    public async Task<int> RecordPendingCopiesAsync(CancellationToken cancellationToken = default)
    {
        List<Document> pending;
        lock (_lock)
        {
            pending = [.. _pendingCopies];
            _pendingCopies.Clear();
        }

        foreach (var document in pending)
        {
            await _register.RecordCopyAsync(document, cancellationToken);
        }

        return pending.Count;
    }
}
