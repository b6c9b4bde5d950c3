using System.Text.Json;
using System.Text.Json.Serialization;

namespace Armscope.Learned;

/// <summary>How the weights were made, kept in the weights file so a score can be traced to its training.</summary>
public sealed record TrainingSummary(
    string Embedding,
    IReadOnlyDictionary<string, int> SentencesPerLabel,
    double L2,
    int Folds,
    double TargetRecall,
    double CrossValidatedRecall,
    double CrossValidatedPrecision,
    double CrossValidatedAccuracy);

/// <summary>
/// "Does this sentence state an arms transfer, or a step of one, between two parties?" as logistic regression over its
/// MiniLM embedding: score = sigmoid(w·x + b). A sentence scoring below <see cref="Threshold"/> is judged to state none.
/// The threshold and how it was trained come first, so the weights file reads from the top.
/// </summary>
public sealed record TransferSentenceClassifier(double Threshold, TrainingSummary Summary, double Bias, float[] Weights)
{
    /// <summary>The weights shipped with Armscope, trained by `armscope learn train` from Data/sentences.tsv.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "transfer-sentence.weights.json");

    public double Score(float[] embedding) => Sigmoid(Logit(Weights, Bias, embedding));

    public bool StatesTransfer(float[] embedding) => Score(embedding) >= Threshold;

    internal static double Logit(float[] weights, double bias, float[] x)
    {
        var z = bias;
        for (var d = 0; d < weights.Length; d++)
        {
            z += weights[d] * x[d];
        }

        return z;
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    public static TransferSentenceClassifier Load(string? path = null) =>
        JsonSerializer.Deserialize<TransferSentenceClassifier>(File.ReadAllText(path ?? DefaultPath), Json)
        ?? throw new InvalidDataException($"{path ?? DefaultPath}: not a classifier");

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
