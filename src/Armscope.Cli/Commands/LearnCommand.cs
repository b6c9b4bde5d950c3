using System.CommandLine;
using System.Globalization;
using Armscope.Learned;

namespace Armscope.Cli.Commands;

/// <summary>
/// `armscope learn`: trains the optional sentence classifier that `extract --learned` and `eval --learned` use, and scores
/// sentences with it so that a decision can be checked by hand.
/// </summary>
internal static class LearnCommand
{
    public static Command Create() => new("learn", "Train or query the optional learned sentence filter (MiniLM embeddings + logistic regression).")
    {
        Train(),
        Score(),
        Embed(),
    };

    /// <summary>Embeddings of standard-input lines, one line of 384 numbers each, for analysis outside Armscope.</summary>
    private static Command Embed()
    {
        var command = new Command("embed", "Print the MiniLM embedding of each line read from standard input (tab-separated numbers).");
        command.SetAction(_ =>
        {
            var lines = new List<string>();
            while (Console.In.ReadLine() is { } line)
            {
                lines.Add(line);
            }

            using var embedder = SentenceEmbedder.LoadDefault();
            foreach (var v in embedder.Embed(lines))
            {
                Console.WriteLine(string.Join('\t', v.Select(x => x.ToString("0.######", CultureInfo.InvariantCulture))));
            }

            return 0;
        });
        return command;
    }

    private static Command Train()
    {
        var data = new Option<string[]>("--data")
        {
            Description = "Training sentences: `label<TAB>sentence` files, or challenge cases (.jsonl). Default: the shipped Data/sentences.tsv.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "Where to write the weights (JSON).", Required = true };
        var recall = new Option<double>("--target-recall")
        {
            Description = "Share of transfer sentences (out of fold) the threshold must keep.",
            DefaultValueFactory = _ => new TrainingOptions().TargetRecall,
        };
        var command = new Command("train", "Embed the training sentences, fit the classifier and pick its threshold by cross-validation.") { data, output, recall };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(data) is { Length: > 0 } given ? given : [TrainingData.DefaultPath];
            var sentences = files.SelectMany(TrainingData.Load).ToList();
            Console.Error.WriteLine($"armscope: embedding {sentences.Count} sentences from {string.Join(", ", files)}");
            using var embedder = SentenceEmbedder.LoadDefault();
            var classifier = ClassifierTrainer.Train(sentences, embedder, new TrainingOptions(TargetRecall: parse.GetValue(recall)));
            classifier.Save(parse.GetValue(output)!);
            var s = classifier.Summary;
            Console.WriteLine($"{string.Join(" ", s.SentencesPerLabel.Select(p => $"{p.Key}={p.Value}"))}");
            Console.WriteLine(FormattableString.Invariant(
                $"l2={s.L2} threshold={classifier.Threshold:0.0000} out-of-fold: recall={s.CrossValidatedRecall:0.000} precision={s.CrossValidatedPrecision:0.000} accuracy={s.CrossValidatedAccuracy:0.000} ({s.Folds} folds)"));
            return 0;
        });
        return command;
    }

    private static Command Score()
    {
        var weights = new Option<string?>("--weights") { Description = "Weights file (default: the shipped one)." };
        var sentences = new Argument<string[]>("SENTENCE") { Arity = ArgumentArity.OneOrMore };
        var command = new Command("score", "Print the classifier's score and decision for each sentence.") { weights, sentences };
        command.SetAction(parse =>
        {
            var classifier = TransferSentenceClassifier.Load(parse.GetValue(weights));
            using var embedder = SentenceEmbedder.LoadDefault();
            var given = parse.GetValue(sentences)!;
            var embeddings = embedder.Embed(given);
            for (var i = 0; i < given.Length; i++)
            {
                var score = classifier.Score(embeddings[i]);
                var verdict = score >= classifier.Threshold ? "transfer" : "none";
                Console.WriteLine($"{score.ToString("0.000", CultureInfo.InvariantCulture)}  {verdict,-8}  {given[i]}");
            }

            return 0;
        });
        return command;
    }
}
