using System.Diagnostics;
using System.Globalization;
using Armscope.Register.Ingest;

namespace Armscope.Cli.Commands;

/// <summary>
/// Documents per second over the last few seconds, and the time left when the number of documents is known:
/// the figures a progress line shows while an ingest runs.
/// </summary>
internal sealed class IngestRate
{
    /// <summary>How far back the rate looks: long enough to smooth batches, short enough to follow a change of pace.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(15);

    private readonly Stopwatch _clock;
    private readonly Queue<(TimeSpan At, long Done)> _samples = new();

    public IngestRate(Stopwatch clock) => _clock = clock;

    private long _expected = -1;

    /// <summary>Documents the inputs hold, once counted; null while counting or when they cannot be counted. Set from any thread.</summary>
    public long? Expected
    {
        get => Volatile.Read(ref _expected) is >= 0 and var expected ? expected : null;
        set => Volatile.Write(ref _expected, value ?? -1);
    }

    /// <summary>Records the totals now and describes them: counts, rate and, when the total is known, the ETA.</summary>
    public string Describe(IngestSummary s)
    {
        var done = s.Documents;
        var now = _clock.Elapsed;
        _samples.Enqueue((now, done));
        while (_samples.Count > 2 && now - _samples.Peek().At > Window)
        {
            _samples.Dequeue();
        }

        var (since, doneThen) = _samples.Peek();
        var seconds = (now - since).TotalSeconds;
        var rate = seconds > 0.5 ? (done - doneThen) / seconds : done / Math.Max(now.TotalSeconds, 1e-3);
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{done:N0}{(Expected is { } total ? $" of {total:N0}" : "")} documents: {s.New:N0} new, {s.Skipped:N0} skipped, {s.NearDuplicates:N0} near duplicates, {s.Failed:N0} failed; {s.Transfers:N0} transfers; {rate:N0} docs/s");
        if (Expected is { } expected && rate > 0 && expected > done)
        {
            line += $"; ETA {Duration(TimeSpan.FromSeconds((expected - done) / rate))}";
        }

        return line;
    }

    private static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}h {t.Minutes:D2}m")
        : t.TotalMinutes >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{t.Minutes}m {t.Seconds:D2}s")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Seconds}s");
}
