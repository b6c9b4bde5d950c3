using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction;

namespace Armscope.Learned.Tests;

public sealed class FilterTests(SharedModel model) : IClassFixture<SharedModel>
{
    private static readonly TransferExtractor Extractor = new(ReferenceData.Default);

    private static IReadOnlyList<ExplainedTransfer> Extract(string text) =>
        Extractor.ExtractExplained(new Document("test", null, new DateOnly(2024, 5, 1), null, text));

    private TransferSentenceFilter FilterWithThreshold(double threshold, FilterScope scope = FilterScope.All)
    {
        var shipped = TransferSentenceClassifier.Load();
        return new TransferSentenceFilter(model.Embedder, shipped with { Threshold = threshold }, scope);
    }

    private const string Article =
        "Russia sold 12 Su-35 fighter jets to Egypt in 2018. Egypt ordered 24 Rafale jets in 2015. " +
        "The Pentagon ordered 100 F-35 jets from Lockheed Martin.";

    [Fact]
    public void A_filter_that_keeps_everything_returns_the_extractor_output_unchanged()
    {
        var records = Extract(Article);
        Assert.NotEmpty(records);

        Assert.Equal(records, FilterWithThreshold(0).Keep(records));
    }

    [Fact]
    public void The_filter_only_drops_records_never_edits_or_reorders_them()
    {
        var records = Extract(Article);
        var kept = FilterWithThreshold(0.5).Keep(records);

        Assert.Equal(records.Where(kept.Contains), kept);
    }

    [Fact]
    public void Every_decision_shows_the_sentence_score_and_threshold()
    {
        var scored = FilterWithThreshold(1.01).Score(Extract(Article));

        Assert.All(scored, s => Assert.False(s.Kept));
        Assert.All(scored, s => Assert.Matches(@"^learned: sentence score 0\.\d{3} < 1\.010, dropped", s.Decision));
    }

    [Fact]
    public void Weak_roles_scope_drops_only_records_with_an_inferred_party()
    {
        // "Russia sold ... to Egypt": both parties in the sentence. "Egypt ordered 24 Rafale jets": the supplier is the
        // catalogue origin of the Rafale, inferred from outside the sentence.
        var records = Extract(Article);
        var scored = FilterWithThreshold(1.01, FilterScope.WeakRoles).Score(records);

        var sold = Assert.Single(scored, s => s.Record.Transfer.System.Name == "Su-35");
        var ordered = Assert.Single(scored, s => s.Record.Transfer.System.Name == "Rafale");
        Assert.True(sold.Kept);
        Assert.Contains("out of the filter's scope", sold.Decision);
        Assert.False(ordered.Kept);
        Assert.True(WeakRoles.Has(ordered.Record.Explanation), ordered.Record.Explanation.ToString());
    }
}
