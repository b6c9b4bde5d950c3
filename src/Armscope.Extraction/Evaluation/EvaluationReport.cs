using System.Text.Json.Nodes;

namespace Armscope.Extraction.Evaluation;

/// <summary>True positives, false positives and false negatives, with the spec's precision, recall and F1 (0 when undefined).</summary>
public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public bool IsPerfect => FalsePositives == 0 && FalseNegatives == 0;
}

/// <summary>Correct answers out of the pairs that were judged; 0 when none was.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    public double Value => Total == 0 ? 0.0 : (double)Correct / Total;
}

/// <summary>
/// Accuracies on matched pairs. Modality: over all pairs. When: over pairs whose gold has a date, a prediction
/// being right when it starts with the gold value (as score.py). Quantity and value: over pairs where gold or
/// prediction states one (pairs with neither would only inflate the figure); right when equal.
/// </summary>
public sealed record SecondaryScores(Accuracy Modality, Accuracy When, Accuracy Quantity, Accuracy Value);

public sealed record StatusScore(string Status, Counts Counts);

/// <param name="Predicted">False when the predictions had no line for this document (all its gold records are misses).</param>
public sealed record DocumentScore(string Id, string? Title, bool Predicted, Counts Counts);

/// <summary>A gold record and the prediction it was matched with.</summary>
public sealed record MatchedPair(string DocumentId, ScoredRecord Gold, ScoredRecord Predicted);

/// <summary>A gold record no prediction matched (a miss), or a prediction no gold record matched (an extra).</summary>
public sealed record ScoringError(string DocumentId, ScoredRecord Record);

/// <summary>The outcome of scoring predictions against gold.</summary>
/// <param name="MissingDocuments">Gold documents with no prediction line.</param>
/// <param name="IgnoredDocuments">Predicted documents with no gold file (not scored).</param>
/// <param name="ReplacedDocuments">Document keys predicted on several lines (the last line was scored).</param>
public sealed record EvaluationReport(
    Counts Total,
    SecondaryScores Secondary,
    IReadOnlyList<StatusScore> ByStatus,
    IReadOnlyList<DocumentScore> ByDocument,
    IReadOnlyList<MatchedPair> Pairs,
    IReadOnlyList<ScoringError> Misses,
    IReadOnlyList<ScoringError> Extras,
    IReadOnlyList<string> MissingDocuments,
    IReadOnlyList<string> IgnoredDocuments,
    IReadOnlyList<string> ReplacedDocuments)
{
    /// <summary>score.py's closing line, character for character: "P=0.900 R=0.818 F1=0.857 (tp=9 fp=1 fn=2) modality=0.89 when=1.00".</summary>
    public string RefereeLine() =>
        $"P={F3(Total.Precision)} R={F3(Total.Recall)} F1={F3(Total.F1)} " +
        $"(tp={Total.TruePositives} fp={Total.FalsePositives} fn={Total.FalseNegatives}) " +
        $"modality={RefereeText.Fixed(Secondary.Modality.Value, 2)} when={RefereeText.Fixed(Secondary.When.Value, 2)}";

    /// <summary>A machine-readable summary; misses, extras and secondary disagreements only when asked for.</summary>
    public JsonObject ToJson(bool includeErrors = false)
    {
        var o = new JsonObject
        {
            ["precision"] = Round(Total.Precision),
            ["recall"] = Round(Total.Recall),
            ["f1"] = Round(Total.F1),
            ["tp"] = Total.TruePositives,
            ["fp"] = Total.FalsePositives,
            ["fn"] = Total.FalseNegatives,
            ["secondary"] = new JsonObject
            {
                ["modality"] = AccuracyNode(Secondary.Modality),
                ["when"] = AccuracyNode(Secondary.When),
                ["quantity"] = AccuracyNode(Secondary.Quantity),
                ["value"] = AccuracyNode(Secondary.Value),
            },
            ["documents"] = new JsonObject
            {
                ["gold"] = ByDocument.Count,
                ["missing"] = new JsonArray(MissingDocuments.Select(d => (JsonNode)d).ToArray()),
                ["ignored"] = new JsonArray(IgnoredDocuments.Select(d => (JsonNode)d).ToArray()),
                ["replaced"] = new JsonArray(ReplacedDocuments.Select(d => (JsonNode)d).ToArray()),
            },
            ["by_status"] = new JsonObject(ByStatus.Select(s => KeyValuePair.Create(s.Status, (JsonNode?)CountsNode(s.Counts)))),
            ["by_document"] = new JsonArray(ByDocument.Select(d =>
            {
                var n = CountsNode(d.Counts);
                n["id"] = d.Id;
                n["predicted"] = d.Predicted;
                return (JsonNode)n;
            }).ToArray()),
            ["referee"] = RefereeLine(),
        };
        if (includeErrors)
        {
            o["misses"] = new JsonArray(Misses.Select(e => (JsonNode)ErrorNode(e)).ToArray());
            o["extras"] = new JsonArray(Extras.Select(e => (JsonNode)ErrorNode(e)).ToArray());
        }

        return o;
    }

    private static string F3(double x) => RefereeText.Fixed(x, 3);

    private static double Round(double x) => Math.Round(x, 4);

    private static JsonObject AccuracyNode(Accuracy a) => new()
    {
        ["accuracy"] = Round(a.Value),
        ["correct"] = a.Correct,
        ["total"] = a.Total,
    };

    private static JsonObject CountsNode(Counts c) => new()
    {
        ["tp"] = c.TruePositives,
        ["fp"] = c.FalsePositives,
        ["fn"] = c.FalseNegatives,
        ["precision"] = Round(c.Precision),
        ["recall"] = Round(c.Recall),
        ["f1"] = Round(c.F1),
    };

    private static JsonObject ErrorNode(ScoringError e) => new()
    {
        ["document"] = e.DocumentId,
        ["index"] = e.Record.Position,
        ["supplier"] = e.Record.Supplier,
        ["recipient"] = e.Record.Recipient,
        ["status"] = e.Record.Status,
        ["system"] = e.Record.SystemName,
        ["category"] = e.Record.Category,
        ["modality"] = e.Record.Modality,
        ["when"] = e.Record.When,
        ["quantity"] = e.Record.Quantity,
        ["value"] = e.Record.Value is null ? null : new JsonObject { ["amount"] = e.Record.Value.Amount, ["currency"] = e.Record.Value.Currency },
        ["evidence"] = e.Record.Evidence,
    };

    /// <summary>The invariant-culture text of a figure, for callers that print their own tables.</summary>
    public static string Format(double x, int digits = 3) => RefereeText.Fixed(x, digits);
}
