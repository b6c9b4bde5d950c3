namespace Armscope.Extraction.Evaluation;

/// <summary>
/// The spec's scoring (and score.py's, which is the referee): one-to-one matching in gold order, each gold
/// record taking the first unused prediction that matches; micro-averaged counts; secondary accuracies on the
/// matched pairs. Predictions for documents that have no gold file are not scored.
/// </summary>
public static class TransferScorer
{
    /// <summary>Same supplier, recipient and status, and matching systems (or, for a gold record with no system, no system and the same category).</summary>
    public static bool Matches(ScoredRecord gold, ScoredRecord predicted)
    {
        if (gold.Supplier != predicted.Supplier || gold.Recipient != predicted.Recipient || gold.Status != predicted.Status)
        {
            return false;
        }

        if (gold.System.Length > 0)
        {
            return SystemKey.Matches(gold.System, predicted.System) || gold.AliasKeys.Any(a => SystemKey.Matches(a, predicted.System));
        }

        return predicted.System.Length == 0 && gold.Category == predicted.Category;
    }

    public static EvaluationReport Score(GoldCorpus gold, PredictionSet predictions)
    {
        var pairs = new List<MatchedPair>();
        var misses = new List<ScoringError>();
        var extras = new List<ScoringError>();
        var documents = new List<DocumentScore>();
        var missing = new List<string>();
        foreach (var g in gold.Documents)
        {
            var predicted = predictions.TryGet(g.Id, out var p) ? p : [];
            if (!predictions.TryGet(g.Id, out _))
            {
                missing.Add(g.Id);
            }

            var used = new bool[predicted.Count];
            int tp = 0, fp = 0, fn = 0;
            foreach (var gi in g.Records)
            {
                var hit = -1;
                for (var j = 0; j < predicted.Count; j++)
                {
                    if (!used[j] && Matches(gi, predicted[j]))
                    {
                        hit = j;
                        break;
                    }
                }

                if (hit < 0)
                {
                    fn++;
                    misses.Add(new ScoringError(g.Id, gi));
                }
                else
                {
                    used[hit] = true;
                    tp++;
                    pairs.Add(new MatchedPair(g.Id, gi, predicted[hit]));
                }
            }

            for (var j = 0; j < predicted.Count; j++)
            {
                if (!used[j])
                {
                    fp++;
                    extras.Add(new ScoringError(g.Id, predicted[j]));
                }
            }

            documents.Add(new DocumentScore(g.Id, g.Title, predictions.TryGet(g.Id, out _), new Counts(tp, fp, fn)));
        }

        var goldIds = gold.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var ignored = predictions.DocumentIds.Where(id => !goldIds.Contains(id)).Order(StringComparer.Ordinal).ToList();
        return new EvaluationReport(
            new Counts(pairs.Count, extras.Count, misses.Count),
            Secondary(pairs),
            ByStatus(pairs, misses, extras),
            documents,
            pairs,
            misses,
            extras,
            missing,
            ignored,
            predictions.ReplacedDocuments);
    }

    private static SecondaryScores Secondary(IReadOnlyList<MatchedPair> pairs)
    {
        var modality = pairs.Count(p => p.Predicted.Modality == p.Gold.Modality);
        var withWhen = pairs.Where(p => p.Gold.When is not null).ToList();
        var when = withWhen.Count(p => (p.Predicted.When ?? string.Empty).StartsWith(p.Gold.When!, StringComparison.Ordinal));
        var withQuantity = pairs.Where(p => p.Gold.Quantity is not null || p.Predicted.Quantity is not null).ToList();
        var quantity = withQuantity.Count(p => p.Gold.Quantity == p.Predicted.Quantity);
        var withValue = pairs.Where(p => p.Gold.Value is not null || p.Predicted.Value is not null).ToList();
        var value = withValue.Count(p => p.Gold.Value == p.Predicted.Value);
        return new SecondaryScores(
            new Accuracy(modality, pairs.Count),
            new Accuracy(when, withWhen.Count),
            new Accuracy(quantity, withQuantity.Count),
            new Accuracy(value, withValue.Count));
    }

    private static IReadOnlyList<StatusScore> ByStatus(IReadOnlyList<MatchedPair> pairs, IReadOnlyList<ScoringError> misses, IReadOnlyList<ScoringError> extras)
    {
        var statuses = pairs.Select(p => p.Gold.Status)
            .Concat(misses.Select(m => m.Record.Status))
            .Concat(extras.Select(e => e.Record.Status))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => Array.IndexOf(StatusOrder, s) is var i && i >= 0 ? i : StatusOrder.Length)
            .ThenBy(s => s, StringComparer.Ordinal);
        return statuses.Select(s => new StatusScore(s, new Counts(
            pairs.Count(p => p.Gold.Status == s),
            extras.Count(e => e.Record.Status == s),
            misses.Count(m => m.Record.Status == s)))).ToList();
    }

    private static readonly string[] StatusOrder = ["interest", "offer", "negotiation", "order", "delivery", "suspension", "cancellation", "refusal"];
}
