namespace Armscope.Learned;

/// <summary>Options of `armscope learn train`.</summary>
/// <param name="TargetRecall">
/// The share of transfer sentences (out of fold) the threshold must keep. The filter only ever removes records the rules
/// found, and at the extractor's precision and recall one true record lost costs about as much F1 as two false ones
/// removed; real news sentences are also harder than the written ones. So the threshold leans far towards keeping.
/// </param>
public sealed record TrainingOptions(int Folds = 5, double TargetRecall = 0.99, int Seed = 20261126)
{
    /// <summary>L2 strengths tried; the one with the lowest out-of-fold log loss is used.</summary>
    public IReadOnlyList<double> L2Grid { get; init; } = [1e-5, 1e-4, 1e-3, 1e-2];
}

/// <summary>
/// Fits the sentence classifier and picks its L2 strength and threshold by k-fold cross-validation on the training
/// sentences alone (never on an evaluation corpus).
/// </summary>
public static class ClassifierTrainer
{
    public static TransferSentenceClassifier Train(IReadOnlyList<LabeledSentence> data, SentenceEmbedder embedder, TrainingOptions? options = null) =>
        Train(data, embedder.Embed(data.Select(s => s.Text).ToList()), options);

    public static TransferSentenceClassifier Train(IReadOnlyList<LabeledSentence> data, IReadOnlyList<float[]> embeddings, TrainingOptions? options = null)
    {
        options ??= new TrainingOptions();
        var labels = data.Select(s => s.IsTransfer).ToList();
        var folds = FoldOf(labels, options.Folds, options.Seed);

        var best = options.L2Grid
            .Select(l2 => (L2: l2, Scores: OutOfFoldScores(embeddings, labels, folds, options.Folds, l2)))
            .MinBy(c => BalancedLogLoss(c.Scores, labels));
        var threshold = ThresholdKeeping(best.Scores, labels, options.TargetRecall);

        var fit = LogisticRegression.Train(embeddings, labels, best.L2);
        var summary = new TrainingSummary(
            "all-MiniLM-L6-v2, mean pooled, L2-normalised",
            data.GroupBy(s => s.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            best.L2,
            options.Folds,
            options.TargetRecall,
            Round(Rate(best.Scores, labels, threshold, positives: true)),
            Round(Precision(best.Scores, labels, threshold)),
            Round(Accuracy(best.Scores, labels, threshold)));
        return new TransferSentenceClassifier(Round(threshold), summary, fit.Bias, fit.Weights);
    }

    /// <summary>Stratified folds: each label's sentences shuffled with a fixed seed and dealt round-robin.</summary>
    internal static int[] FoldOf(IReadOnlyList<bool> labels, int folds, int seed)
    {
        var fold = new int[labels.Count];
        var random = new Random(seed);
        foreach (var label in new[] { true, false })
        {
            var indexes = Enumerable.Range(0, labels.Count).Where(i => labels[i] == label).ToArray();
            random.Shuffle(indexes);
            for (var k = 0; k < indexes.Length; k++)
            {
                fold[indexes[k]] = k % folds;
            }
        }

        return fold;
    }

    private static double[] OutOfFoldScores(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, int[] fold, int folds, double l2)
    {
        var scores = new double[x.Count];
        for (var f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, x.Count).Where(i => fold[i] != f).ToList();
            var fit = LogisticRegression.Train(train.Select(i => x[i]).ToList(), train.Select(i => y[i]).ToList(), l2);
            for (var i = 0; i < x.Count; i++)
            {
                if (fold[i] == f)
                {
                    scores[i] = TransferSentenceClassifier.Sigmoid(TransferSentenceClassifier.Logit(fit.Weights, fit.Bias, x[i]));
                }
            }
        }

        return scores;
    }

    /// <summary>The highest threshold that still keeps <paramref name="recall"/> of the transfer sentences.</summary>
    internal static double ThresholdKeeping(double[] scores, IReadOnlyList<bool> labels, double recall)
    {
        var positives = scores.Where((_, i) => labels[i]).Order().ToArray();
        var lost = (int)Math.Floor((1 - recall) * positives.Length + 1e-9); // (1 - 0.9) * 10 is 0.999...
        return positives.Length == 0 ? 0.5 : positives[Math.Min(lost, positives.Length - 1)];
    }

    private static double BalancedLogLoss(double[] scores, IReadOnlyList<bool> labels)
    {
        double Loss(bool label) => scores.Where((_, i) => labels[i] == label)
            .Select(p => -Math.Log(Math.Clamp(label ? p : 1 - p, 1e-9, 1))).DefaultIfEmpty(0).Average();
        return (Loss(true) + Loss(false)) / 2;
    }

    private static double Rate(double[] scores, IReadOnlyList<bool> labels, double threshold, bool positives)
    {
        var group = scores.Where((_, i) => labels[i] == positives).ToList();
        return group.Count == 0 ? 0 : group.Count(s => s >= threshold == positives) / (double)group.Count;
    }

    private static double Precision(double[] scores, IReadOnlyList<bool> labels, double threshold)
    {
        var kept = Enumerable.Range(0, scores.Length).Where(i => scores[i] >= threshold).ToList();
        return kept.Count == 0 ? 0 : kept.Count(i => labels[i]) / (double)kept.Count;
    }

    private static double Accuracy(double[] scores, IReadOnlyList<bool> labels, double threshold) =>
        Enumerable.Range(0, scores.Length).Count(i => scores[i] >= threshold == labels[i]) / (double)scores.Length;

    private static double Round(double x) => Math.Round(x, 4);
}
