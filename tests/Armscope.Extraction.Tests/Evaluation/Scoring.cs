using Armscope.Extraction.Evaluation;

namespace Armscope.Extraction.Tests.Evaluation;

/// <summary>Builds gold and predictions from inline JSON, one document "d1" unless told otherwise.</summary>
internal static class Scoring
{
    public static EvaluationReport Score(string goldTransfers, string predictedTransfers) =>
        TransferScorer.Score(Gold(("d1", goldTransfers)), Predictions(("d1", predictedTransfers)));

    public static GoldCorpus Gold(params (string Id, string Transfers)[] documents) =>
        new(documents.Select(d => GoldDocument.Parse(d.Id, $$"""{"document": {"id": "{{d.Id}}"}, "transfers": {{d.Transfers}}}""")));

    public static PredictionSet Predictions(params (string Id, string Transfers)[] documents) =>
        PredictionSet.Parse(documents.Select(d => $$"""{"document": {"id": "{{d.Id}}"}, "transfers": {{d.Transfers}}}"""));

    public static (int Tp, int Fp, int Fn) Counts(this EvaluationReport report) =>
        (report.Total.TruePositives, report.Total.FalsePositives, report.Total.FalseNegatives);
}
