using Armscope.Core.Vocabulary;
using static Armscope.Core.Vocabulary.TransferStatus;

namespace Armscope.Register.Tests;

public sealed class DealMergerTests
{
    [Fact]
    public void Latest_dated_event_gives_the_current_status()
    {
        Assert.Equal(Suspension, DealMerger.CurrentStatus([Event(Order, "2017-12"), Event(Suspension, "2020-01"), Event(Delivery, "2019-07")]));
    }

    [Fact]
    public void On_equal_dates_each_stage_beats_the_ones_before_it()
    {
        var stages = Enum.GetValues<TransferStatus>();
        for (var later = 1; later < stages.Length; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                Assert.Equal(stages[later], DealMerger.CurrentStatus([Event(stages[later], "2019"), Event(stages[earlier], "2019")]));
                Assert.Equal(stages[later], DealMerger.CurrentStatus([Event(stages[earlier], "2019"), Event(stages[later], "2019")]));
            }
        }
    }

    [Fact]
    public void A_dated_event_beats_an_undated_one()
    {
        Assert.Equal(Order, DealMerger.CurrentStatus([Event(Cancellation, null), Event(Order, "2015")]));
    }

    [Fact]
    public void Events_stated_as_fact_outrank_planned_and_possible_ones()
    {
        Assert.Equal(Order, DealMerger.CurrentStatus([
            Event(Order, "2017-12"),
            Event(Delivery, "2019", Modality.Planned),
            Event(Offer, "2019-04-10", Modality.Possible),
        ]));
    }

    [Fact]
    public void A_deal_of_planned_events_only_takes_the_latest_of_them()
    {
        Assert.Equal(Delivery, DealMerger.CurrentStatus([Event(Order, "2024", Modality.Planned), Event(Delivery, "2025", Modality.Planned)]));
    }

    [Fact]
    public void One_event_restated_by_two_documents_is_one_timeline_entry_with_two_pieces_of_evidence()
    {
        var records = new[]
        {
            Record("b", "2019-05-01", Order, "2017-12", "Turkey ordered S-400s in December 2017."),
            Record("a", "2018-01-02", Order, "2017-12", "The S-400 contract was signed in late 2017."),
        };

        var entry = Assert.Single(DealMerger.Timeline(records));

        Assert.Equal(new DateOnly(2018, 1, 2), entry.FirstReported);
        Assert.Equal(["a", "b"], entry.Records.Select(r => r.Document.Id));
    }

    [Fact]
    public void Merging_the_same_records_in_any_order_gives_the_same_deal()
    {
        var records = new[]
        {
            Record("a", "2018-01-02", Order, "2017-12", "Signed.", quantity: 4, system: "S-400"),
            Record("b", "2019-07-12", Delivery, "2019-07", "Arrived.", system: "S 400"),
            Record("c", "2019-07-13", Delivery, "2019-07", "Arrived too.", quantity: 1, system: "S-400"),
            Record("d", null, Negotiation, null, "Talks.", system: "S-400"),
        };

        var forward = DealMerger.Merge(records);
        var backward = DealMerger.Merge([.. records.Reverse()]);

        Assert.Equal(forward.Deal, backward.Deal);
        Assert.Equal(forward.Timeline.Select(e => (e.Status, e.When, e.Records.Count)), backward.Timeline.Select(e => (e.Status, e.When, e.Records.Count)));
        Assert.Equal("S-400", forward.Deal.System);
        Assert.Equal(4, forward.Deal.Quantity);
        Assert.Equal(Negotiation, forward.Timeline[^1].Status);
    }

    [Fact]
    public void Records_of_different_deals_cannot_be_merged_as_one()
    {
        Assert.Throws<ArgumentException>(() => DealMerger.Merge([
            Record("a", "2018-01-02", Order, "2017", "One.", system: "S-400"),
            Record("b", "2018-01-02", Order, "2017", "Two.", system: "Su-35"),
        ]));
    }

    private static DealEvent Event(TransferStatus status, string? when, Modality modality = Modality.Actual) =>
        new(status, modality, when is null ? null : Date(when), null, null, null, []);

    private static StoredTransfer Record(string document, string? published, TransferStatus status, string? when, string sentence, int? quantity = null, string system = "S-400")
    {
        var stored = new StoredDocument(document, document, null, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, document, DateTimeOffset.UnixEpoch);
        var transfer = new Transfer(
            new Party("RU", "Russia"),
            new Party("TR", "Turkey"),
            new SystemRef(system, WeaponCategory.AirDefenceSystems),
            status,
            Modality.Actual,
            when is null ? null : Date(when),
            quantity,
            null,
            new Evidence(sentence, 0, sentence.Length));
        return new StoredTransfer(stored, 0, DealKey.IdFor(DealKey.For(transfer)), transfer);
    }

    private static PartialDate Date(string text) => PartialDate.TryParse(text, out var d) ? d : throw new ArgumentException(text);
}
