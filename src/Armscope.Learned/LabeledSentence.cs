using System.Text.Json;

namespace Armscope.Learned;

/// <summary>
/// One training sentence: its label is the transfer status it states (interest ... refusal) or "none" when it states no
/// transfer between two parties, however much it looks like one (own deployments, tests, budgets, policy, parts for a
/// domestic programme).
/// </summary>
public sealed record LabeledSentence(string Label, string Text)
{
    public const string None = "none";

    public static readonly IReadOnlySet<string> Statuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "interest", "offer", "negotiation", "order", "delivery", "suspension", "cancellation", "refusal",
    };

    public bool IsTransfer => Label != None;
}

/// <summary>Reads training sentences: `label TAB sentence` lines (# comments), or the extraction challenge cases (.jsonl).</summary>
public static class TrainingData
{
    /// <summary>The sentences written for the classifier, copied beside the assemblies.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Data", "sentences.tsv");

    public static IReadOnlyList<LabeledSentence> Load(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? LoadChallengeCases(path) : LoadTsv(path);

    public static IReadOnlyList<LabeledSentence> LoadTsv(string path)
    {
        var result = new List<LabeledSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var label = tab < 0 ? string.Empty : line[..tab];
            if (label != LabeledSentence.None && !LabeledSentence.Statuses.Contains(label))
            {
                throw new FormatException($"{path}:{lineNumber}: expected 'LABEL<TAB>sentence' with LABEL a status or 'none'");
            }

            result.Add(new LabeledSentence(label, line[(tab + 1)..].Trim()));
        }

        return result;
    }

    /// <summary>
    /// The extraction challenge cases: a case that expects records is labelled with its first record's status; a case
    /// about a non-transfer is "none". Negation cases are left out: a negated sale reads like a sale, and the rules, not
    /// the embedding, are what tell the two apart.
    /// </summary>
    public static IReadOnlyList<LabeledSentence> LoadChallengeCases(string path)
    {
        var result = new List<LabeledSentence>();
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            var expect = root.GetProperty("expect");
            if (expect.GetArrayLength() > 0)
            {
                result.Add(new LabeledSentence(expect[0].GetProperty("status").GetString() ?? string.Empty, text));
            }
            else if (root.GetProperty("phenomenon").GetString() == "nontransfer")
            {
                result.Add(new LabeledSentence(LabeledSentence.None, text));
            }
        }

        return result;
    }
}
