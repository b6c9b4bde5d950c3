namespace Armscope.Learned.Tests;

public sealed class ClassifierTests(SharedModel model) : IClassFixture<SharedModel>
{
    // Sentences written for these tests only: none is in the training data.
    private static readonly string[] Transfers =
    [
        "Finland signed a contract to buy 64 F-35 fighters from the United States.",
        "The first batch of Korean K9 howitzers was delivered to Norway on Tuesday.",
        "Germany has blocked the sale of its tanks to the Gulf monarchy.",
    ];

    private static readonly string[] NonTransfers =
    [
        "The navy held a ceremony to mark the anniversary of the battle.",
        "The defence minister said the budget would grow by five percent next year.",
        "The new rifle was tested by infantry units at a range in the north.",
    ];

    [Fact]
    public void The_shipped_classifier_scores_a_clear_transfer_above_and_a_clear_non_transfer_below_its_threshold()
    {
        var classifier = TransferSentenceClassifier.Load();
        var transfers = model.Embedder.Embed(Transfers);
        var others = model.Embedder.Embed(NonTransfers);

        Assert.All(transfers, v => Assert.True(classifier.StatesTransfer(v), $"score {classifier.Score(v):0.000} < {classifier.Threshold}"));
        Assert.All(others, v => Assert.False(classifier.StatesTransfer(v), $"score {classifier.Score(v):0.000} >= {classifier.Threshold}"));
    }

    [Fact]
    public void Retraining_on_part_of_the_data_separates_the_held_out_sentences()
    {
        var data = TrainingData.LoadTsv(TrainingData.DefaultPath);
        var embeddings = model.Embedder.Embed(data.Select(s => s.Text).ToList());
        var fold = ClassifierTrainer.FoldOf(data.Select(s => s.IsTransfer).ToList(), folds: 5, seed: 7);
        var train = Enumerable.Range(0, data.Count).Where(i => fold[i] != 0).ToList();
        var heldOut = Enumerable.Range(0, data.Count).Where(i => fold[i] == 0).ToList();

        var classifier = ClassifierTrainer.Train(train.Select(i => data[i]).ToList(), train.Select(i => embeddings[i]).ToList(), new TrainingOptions(Folds: 3));

        var scores = heldOut.Select(i => (data[i].IsTransfer, Score: classifier.Score(embeddings[i]))).ToList();
        var positives = scores.Where(s => s.IsTransfer).Select(s => s.Score).ToList();
        var negatives = scores.Where(s => !s.IsTransfer).Select(s => s.Score).ToList();
        var auc = positives.Sum(p => negatives.Count(n => p > n) + 0.5 * negatives.Count(n => p == n)) / (positives.Count * (double)negatives.Count);
        Assert.True(auc > 0.9, $"held-out AUC {auc:0.000}");
        Assert.True(positives.Count(p => p >= classifier.Threshold) >= 0.9 * positives.Count, "the threshold keeps the held-out transfers");
        Assert.True(negatives.Count(n => n < classifier.Threshold) >= 0.4 * negatives.Count, "the threshold rejects many held-out non-transfers");
    }

    [Fact]
    public void The_threshold_keeps_the_asked_share_of_transfer_sentences()
    {
        double[] scores = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.05, 0.01];
        bool[] labels = [true, true, true, true, true, true, true, true, true, true, false, false];

        Assert.Equal(0.2, ClassifierTrainer.ThresholdKeeping(scores, labels, recall: 0.9));
        Assert.Equal(0.1, ClassifierTrainer.ThresholdKeeping(scores, labels, recall: 1.0));
    }

    [Fact]
    public void The_weights_file_round_trips(/* so the shipped file is what training wrote */)
    {
        var classifier = TransferSentenceClassifier.Load();
        var path = Path.GetTempFileName();
        try
        {
            classifier.Save(path);
            var again = TransferSentenceClassifier.Load(path);
            Assert.Equal(classifier.Threshold, again.Threshold);
            Assert.Equal(classifier.Weights, again.Weights);
            Assert.Equal(SentenceEmbedder.Dimensions, again.Weights.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_sentences_have_known_labels()
    {
        var data = TrainingData.LoadTsv(TrainingData.DefaultPath);

        Assert.True(data.Count >= 400);
        Assert.All(LabeledSentence.Statuses, status => Assert.True(data.Count(s => s.Label == status) >= 15, status));
        Assert.True(data.Count(s => !s.IsTransfer) >= 150);
    }
}
