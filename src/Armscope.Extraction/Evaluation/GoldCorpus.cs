using System.Text.Json;

namespace Armscope.Extraction.Evaluation;

/// <summary>One gold file: the document's id (the file name without ".gold.json") and its records in file order.</summary>
public sealed record GoldDocument(string Id, string? Title, IReadOnlyList<ScoredRecord> Records)
{
    /// <summary>Reads the text of a gold file: {"document": {...}, "transfers": [...]}.</summary>
    public static GoldDocument Parse(string id, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("transfers", out var transfers) || transfers.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"gold '{id}' has no \"transfers\" list");
        }

        string? title = null;
        if (root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String)
        {
            title = t.GetString();
        }

        var records = transfers.EnumerateArray().Select((r, i) => ScoredRecord.FromJson(r, i)).ToList();
        return new GoldDocument(id, title, records);
    }
}

/// <summary>The gold standard: every GOLD_DIR/*.gold.json, in the referee's (sorted) order.</summary>
public sealed class GoldCorpus
{
    public const string Suffix = ".gold.json";

    public GoldCorpus(IEnumerable<GoldDocument> documents) =>
        Documents = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<GoldDocument> Documents { get; }

    public int RecordCount => Documents.Sum(d => d.Records.Count);

    /// <summary>Reads every *.gold.json of a folder (not its subfolders; hidden files skipped, as glob does).</summary>
    public static GoldCorpus Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"gold folder '{directory}' does not exist");
        }

        var documents = new List<GoldDocument>();
        foreach (var path in Directory.EnumerateFiles(directory))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.') || !name.EndsWith(Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            try
            {
                documents.Add(GoldDocument.Parse(name[..^Suffix.Length], File.ReadAllText(path)));
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                throw new FormatException($"{path}: {e.Message}", e);
            }
        }

        return new GoldCorpus(documents);
    }
}
