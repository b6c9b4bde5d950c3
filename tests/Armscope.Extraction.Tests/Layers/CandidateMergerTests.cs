using Armscope.Core.Vocabulary;
using Armscope.Extraction.Frames;
using Armscope.Extraction.Resolution;

namespace Armscope.Extraction.Tests.Layers;

public class CandidateMergerTests
{
    private static readonly Explanation Why = new("sold", "subject", "'to'", "Rafale (object)", "'sold'", "stated as fact", null, null);

    private static Candidate Fact(
        int sentence,
        string? system = "Rafale",
        TransferStatus status = TransferStatus.Order,
        Modality modality = Modality.Actual,
        PartialDate? when = null,
        int? quantity = null,
        Money? value = null,
        bool headline = false,
        bool nominal = false,
        string supplier = "FR",
        string recipient = "EG",
        WeaponCategory category = WeaponCategory.Aircraft) =>
        new(supplier, recipient, system, category, status, modality, when, quantity, value, sentence, headline, nominal, Why);

    [Fact]
    public void The_same_fact_in_two_sentences_is_one_record_with_the_fullest_attributes_of_both()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(1, when: new PartialDate(2015), quantity: 24),
            Fact(4, when: new PartialDate(2015, 2, 16), value: new Money(5_200_000_000m, "EUR")),
        ]);

        var one = Assert.Single(merged);
        Assert.Equal(new PartialDate(2015, 2, 16), one.When);
        Assert.Equal(24, one.Quantity);
        Assert.Equal(new Money(5_200_000_000m, "EUR"), one.Value);
    }

    [Fact]
    public void The_merged_record_keeps_the_evidence_of_the_more_informative_sentence()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(0, nominal: true),
            Fact(3, when: new PartialDate(2015, 2), quantity: 24),
        ]);

        Assert.Equal(3, Assert.Single(merged).SentenceIndex);
    }

    [Fact]
    public void A_headline_restating_the_body_yields_to_the_body_sentence()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(0, headline: true, quantity: 24),
            Fact(2, when: new PartialDate(2015, 2)),
        ]);

        var one = Assert.Single(merged);
        Assert.Equal(2, one.SentenceIndex);
        Assert.False(one.FromHeadline);
    }

    [Fact]
    public void Designations_written_differently_are_the_same_weapon()
    {
        Assert.Single(CandidateMerger.Merge([Fact(1, system: "Su-30"), Fact(2, system: "SU 30")]));
    }

    [Fact]
    public void The_same_deal_with_distinct_dates_stays_two_records()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(1, when: new PartialDate(2007)),
            Fact(5, when: new PartialDate(2015)),
        ]);

        Assert.Equal([new PartialDate(2007), new PartialDate(2015)], merged.Select(c => c.When).ToList());
    }

    [Fact]
    public void Dates_of_different_months_in_the_same_year_stay_apart()
    {
        Assert.Equal(2, CandidateMerger.Merge([Fact(1, when: new PartialDate(2019, 7)), Fact(2, when: new PartialDate(2019, 9))]).Count);
    }

    [Fact]
    public void A_dated_and_an_undated_statement_of_one_fact_merge_and_keep_the_date()
    {
        var one = Assert.Single(CandidateMerger.Merge([Fact(1), Fact(2, when: new PartialDate(2019, 7))]));

        Assert.Equal(new PartialDate(2019, 7), one.When);
    }

    [Fact]
    public void Different_statuses_of_one_deal_stay_separate_records()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(1, status: TransferStatus.Order, when: new PartialDate(2017)),
            Fact(2, status: TransferStatus.Delivery, modality: Modality.Planned, when: new PartialDate(2019)),
        ]);

        Assert.Equal([TransferStatus.Order, TransferStatus.Delivery], merged.Select(c => c.Status).ToList());
    }

    [Fact]
    public void A_delivered_batch_and_a_planned_remainder_stay_separate_records()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(1, status: TransferStatus.Delivery, quantity: 6),
            Fact(2, status: TransferStatus.Delivery, modality: Modality.Planned, quantity: 18),
        ]);

        Assert.Equal([6, 18], merged.Select(c => c.Quantity).ToList());
    }

    [Fact]
    public void Different_recipients_stay_separate_records()
    {
        Assert.Equal(2, CandidateMerger.Merge([Fact(1, recipient: "EG"), Fact(1, recipient: "QA")]).Count);
    }

    [Fact]
    public void A_generic_weapon_in_the_same_sentence_as_its_named_form_is_that_named_weapon()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(2, system: null),
            Fact(2, system: "Rafale", quantity: 24),
        ]);

        Assert.Equal("Rafale", Assert.Single(merged).System);
    }

    [Fact]
    public void A_generic_weapon_of_another_category_is_kept()
    {
        var merged = CandidateMerger.Merge(
        [
            Fact(2, system: null, category: WeaponCategory.Missiles),
            Fact(2, system: "Rafale"),
        ]);

        Assert.Equal(2, merged.Count);
    }
}
