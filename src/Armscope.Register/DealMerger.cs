using Armscope.Core.Vocabulary;

namespace Armscope.Register;

/// <summary>
/// Merges the records of one deal into its summary and timeline. Pure and order-independent: the same records
/// in any order give the same deal, which is what makes the register deterministic.
/// </summary>
public static class DealMerger
{
    /// <summary>The deal's timeline: one event per (status, modality, date), oldest first, undated events last.</summary>
    public static IReadOnlyList<DealEvent> Timeline(IEnumerable<StoredTransfer> records) =>
        records
            .Order(RecordOrder)
            .GroupBy(r => (r.Transfer.Status, r.Transfer.Modality, r.Transfer.When))
            .Select(g =>
            {
                var rs = g.ToList();
                return new DealEvent(
                    g.Key.Status,
                    g.Key.Modality,
                    g.Key.When,
                    rs.Select(r => r.Document.Published).Where(p => p is not null).Min(),
                    rs.Select(r => r.Transfer.Quantity).FirstOrDefault(q => q is not null),
                    rs.Select(r => r.Transfer.Value).FirstOrDefault(v => v is not null),
                    rs);
            })
            .Order(EventOrder)
            .ToList();

    /// <summary>
    /// The status of the latest-dated event; on equal dates the later stage wins (interest &lt; offer &lt;
    /// negotiation &lt; order &lt; delivery &lt; suspension &lt; cancellation &lt; refusal). Only events stated
    /// as fact count while there are any: a planned delivery or a possible new offer does not make a deal
    /// "delivered" or "offered" again. A deal with no actual event takes its status from all its events.
    /// </summary>
    public static TransferStatus CurrentStatus(IReadOnlyList<DealEvent> timeline)
    {
        if (timeline.Count == 0)
        {
            throw new ArgumentException("a deal has at least one event", nameof(timeline));
        }

        var actual = timeline.Where(e => e.Modality == Modality.Actual).ToList();
        var pool = actual.Count > 0 ? actual : timeline;
        return pool.MaxBy(e => (e.Date is not null, e.Date ?? default, e.Status))!.Status;
    }

    /// <summary>The deal that these records (all of one merge key) make: the reference the register's incremental merge must equal.</summary>
    public static DealDetail Merge(IReadOnlyList<StoredTransfer> records)
    {
        if (records.Count == 0)
        {
            throw new ArgumentException("a deal has at least one record", nameof(records));
        }

        var key = DealKey.For(records[0].Transfer);
        if (records.Any(r => DealKey.For(r.Transfer) != key))
        {
            throw new ArgumentException($"records of several deals passed as one ({key})", nameof(records));
        }

        var timeline = Timeline(records);
        var first = records.Min(RecordOrder)!;
        var deal = Summarise(
            key,
            DealIdentity.Of(first.Transfer),
            timeline,
            records.Count,
            records.Select(r => r.Document.Id).Distinct(StringComparer.Ordinal).Count());
        return new DealDetail(deal, timeline);
    }

    /// <summary>
    /// A deal's summary from its timeline. Events need not carry their records: everything here is
    /// derived from status, modality, dates, quantities and values, so a store can keep events instead of re-reading records.
    /// </summary>
    /// <param name="identity">Names as the deal's first record (in <see cref="RecordOrder"/>) gives them.</param>
    public static Deal Summarise(string mergeKey, DealIdentity identity, IReadOnlyList<DealEvent> timeline, int records, int documents)
    {
        var dates = timeline.Select(e => e.Date).Where(d => d is not null).Select(d => d!.Value).ToList();
        return new Deal(
            DealKey.IdFor(mergeKey),
            mergeKey,
            identity.Supplier,
            identity.Recipient,
            identity.System,
            identity.Category,
            CurrentStatus(timeline),
            dates.Count > 0 ? dates.Min() : null,
            dates.Count > 0 ? dates.Max() : null,
            timeline.Where(e => e.Quantity is not null).Order(QuantityPreference).FirstOrDefault()?.Quantity,
            timeline.Where(e => e.Value is not null).Order(ValuePreference).FirstOrDefault()?.Value,
            records,
            documents);
    }

    /// <summary>
    /// A text key that sorts records as <see cref="RecordOrder"/> does, for stores that keep "the first record" by comparing strings.
    /// Document ids must have one length (register ids are 16 hex digits).
    /// </summary>
    public static string OrderKey(DateOnly? published, string documentId, int ordinal) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(published is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "~")}|{documentId}|{ordinal:D9}");

    /// <summary>Records by publication date (undated last), then document id, then position in the document.</summary>
    public static readonly IComparer<StoredTransfer> RecordOrder = Comparer<StoredTransfer>.Create((a, b) =>
    {
        var c = CompareNullsLast(a.Document.Published, b.Document.Published);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Document.Id, b.Document.Id);
        return c != 0 ? c : a.Ordinal.CompareTo(b.Ordinal);
    });

    private static readonly IComparer<DealEvent> EventOrder = Comparer<DealEvent>.Create((a, b) =>
    {
        var c = CompareNullsLast(a.Date, b.Date);
        if (c != 0)
        {
            return c;
        }

        c = a.Status.CompareTo(b.Status);
        if (c != 0)
        {
            return c;
        }

        c = a.Modality.CompareTo(b.Modality);
        return c != 0 ? c : (a.When is null).CompareTo(b.When is null);
    });

    // The number ordered is the deal's quantity (as in SIPRI's register); failing that, delivered; then anything stated.
    private static readonly IComparer<DealEvent> QuantityPreference = Comparer<DealEvent>.Create((a, b) =>
        ComparePreference(a, b, s => s switch { TransferStatus.Order => 0, TransferStatus.Delivery => 1, _ => 2 }, (x, y) => y.Quantity!.Value.CompareTo(x.Quantity!.Value)));

    // The contract's value first, then a notified offer's, then anything stated.
    private static readonly IComparer<DealEvent> ValuePreference = Comparer<DealEvent>.Create((a, b) =>
        ComparePreference(a, b, s => s switch { TransferStatus.Order => 0, TransferStatus.Offer => 1, _ => 2 }, (x, y) =>
        {
            var c = y.Value!.Amount.CompareTo(x.Value!.Amount);
            return c != 0 ? c : string.CompareOrdinal(x.Value.Currency, y.Value.Currency);
        }));

    private static int ComparePreference(DealEvent a, DealEvent b, Func<TransferStatus, int> rank, Comparison<DealEvent> last)
    {
        var c = rank(a.Status).CompareTo(rank(b.Status));
        if (c != 0)
        {
            return c;
        }

        c = a.Modality.CompareTo(b.Modality);
        if (c != 0)
        {
            return c;
        }

        // Latest date first, undated last.
        c = (a.Date, b.Date) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => b.Date.Value.CompareTo(a.Date.Value),
        };
        return c != 0 ? c : last(a, b);
    }

    private static int CompareNullsLast<T>(T? a, T? b)
        where T : struct, IComparable<T> =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => a.Value.CompareTo(b.Value),
        };
}
