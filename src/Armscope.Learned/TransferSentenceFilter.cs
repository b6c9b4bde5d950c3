using Armscope.Extraction;
using Armscope.Extraction.Frames;

namespace Armscope.Learned;

/// <summary>Which records the learned filter may drop.</summary>
public enum FilterScope
{
    /// <summary>Any record whose sentence scores below the threshold.</summary>
    All,

    /// <summary>Only records with a party inferred from outside the sentence's grammar (see <see cref="WeakRoles"/>).</summary>
    WeakRoles,
}

/// <summary>
/// Roles the rules did not read from the sentence's own grammar but inferred: the supplier as the catalogue origin of
/// the weapon, a party carried over from an earlier transfer, 'it'/'they' resolved to the party in focus. Such a record
/// rests on the sentence stating a transfer at all, which is what the classifier judges.
/// </summary>
public static class WeakRoles
{
    private static readonly string[] Inferred = ["catalogue origin", "in focus", "earlier transfer"];

    public static bool Has(Explanation e) => IsInferred(e.SupplierFrom) || IsInferred(e.RecipientFrom);

    private static bool IsInferred(string from) => Inferred.Any(p => from.Contains(p, StringComparison.Ordinal));
}

/// <summary>A record the rules found, with the classifier's score of its evidence sentence and whether it is kept.</summary>
public sealed record ScoredTransfer(ExplainedTransfer Record, double Score, double Threshold, bool InScope)
{
    public bool Kept => !InScope || Score >= Threshold;

    /// <summary>The decision as `--explain` shows it, e.g. "learned: sentence score 0.912 >= 0.155, kept".</summary>
    public string Decision => FormattableString.Invariant(
        $"learned: sentence score {Score:0.000} {(Score >= Threshold ? ">=" : "<")} {Threshold:0.000}, ") + (Kept
            ? Score >= Threshold ? "kept" : "kept (both parties read from the sentence: out of the filter's scope)"
            : "dropped (sentence judged to state no transfer)");
}

/// <summary>
/// The optional learned step after the rules: scores each record's evidence sentence and drops the records (in scope)
/// whose sentence the classifier judges to state no transfer. It never edits a record, only keeps or drops it.
/// </summary>
public sealed class TransferSentenceFilter(SentenceEmbedder embedder, TransferSentenceClassifier classifier, FilterScope scope = FilterScope.All)
{
    public static TransferSentenceFilter LoadDefault(FilterScope scope = FilterScope.All) =>
        new(SentenceEmbedder.LoadDefault(), TransferSentenceClassifier.Load(), scope);

    public TransferSentenceClassifier Classifier => classifier;

    /// <summary>Every record with its score, in the extractor's order (each distinct sentence is embedded once).</summary>
    public IReadOnlyList<ScoredTransfer> Score(IReadOnlyList<ExplainedTransfer> records)
    {
        var sentences = records.Select(r => r.Transfer.Evidence.Text).Distinct(StringComparer.Ordinal).ToList();
        var embeddings = embedder.Embed(sentences);
        var scoreOf = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            scoreOf[sentences[i]] = classifier.Score(embeddings[i]);
        }

        return records
            .Select(r => new ScoredTransfer(r, scoreOf[r.Transfer.Evidence.Text], classifier.Threshold, scope == FilterScope.All || WeakRoles.Has(r.Explanation)))
            .ToList();
    }

    public IReadOnlyList<ExplainedTransfer> Keep(IReadOnlyList<ExplainedTransfer> records) =>
        Score(records).Where(s => s.Kept).Select(s => s.Record).ToList();
}
