using System.Text.Json;

namespace Armscope.Extraction.Evaluation;

/// <summary>
/// Predicted records by document, read from JSON Lines ({"document": {"id": ...}, "transfers": [...]}) as
/// score.py reads them: documents are joined on the base name of document.id without its extension and
/// without ".gold"; when an id occurs on several lines the last line wins.
/// </summary>
public sealed class PredictionSet
{
    private readonly Dictionary<string, IReadOnlyList<ScoredRecord>> _documents;

    private PredictionSet(Dictionary<string, IReadOnlyList<ScoredRecord>> documents, int lines, IReadOnlyList<string> replaced)
    {
        _documents = documents;
        LineCount = lines;
        ReplacedDocuments = replaced;
    }

    /// <summary>Non-empty lines read.</summary>
    public int LineCount { get; }

    /// <summary>Document keys that occurred on more than one line (each later line replaced the earlier one).</summary>
    public IReadOnlyList<string> ReplacedDocuments { get; }

    public IReadOnlyCollection<string> DocumentIds => _documents.Keys;

    public int RecordCount => _documents.Values.Sum(r => r.Count);

    public bool TryGet(string documentId, out IReadOnlyList<ScoredRecord> records) =>
        _documents.TryGetValue(documentId, out records!);

    public static PredictionSet Load(string path)
    {
        try
        {
            return Parse(File.ReadLines(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    public static PredictionSet Parse(IEnumerable<string> lines)
    {
        var documents = new Dictionary<string, IReadOnlyList<ScoredRecord>>(StringComparer.Ordinal);
        var replaced = new List<string>();
        var n = 0;
        var count = 0;
        foreach (var line in lines)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            count++;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException("not a JSON object");
                }

                var id = root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty("id", out var i)
                    ? i.ValueKind switch
                    {
                        JsonValueKind.String => i.GetString(),
                        JsonValueKind.Number => i.GetRawText(),
                        _ => null,
                    }
                    : null;
                var key = DocumentKey(id);
                var records = new List<ScoredRecord>();
                if (root.TryGetProperty("transfers", out var t) && t.ValueKind == JsonValueKind.Array)
                {
                    records.AddRange(t.EnumerateArray().Select((r, k) => ScoredRecord.FromJson(r, k)));
                }

                if (documents.ContainsKey(key))
                {
                    replaced.Add(key);
                }

                documents[key] = records;
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {n}: not JSON ({e.Message})", e);
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {n}: {e.Message}", e);
            }
        }

        return new PredictionSet(documents, count, replaced);
    }

    /// <summary>score.py's doc_id: base name (after the last '/'), minus its extension, with ".gold" removed.</summary>
    public static string DocumentKey(string? id)
    {
        var s = id ?? string.Empty;
        s = s[(s.LastIndexOf('/') + 1)..];
        var dot = s.LastIndexOf('.');
        if (dot > 0 && s[..dot].Any(c => c != '.'))
        {
            s = s[..dot];
        }

        return s.Replace(".gold", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>True when the file is prediction JSON Lines: its first non-empty line is an object with "transfers".</summary>
    public static bool IsPredictionFile(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("transfers", out _);
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return false;
    }
}
