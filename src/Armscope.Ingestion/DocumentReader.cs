using System.Text.Json;
using Armscope.Core.Vocabulary;

namespace Armscope.Ingestion;

/// <summary>Turns paths (files, folders, JSON Lines) into documents, one result per item, lazily.</summary>
public sealed class DocumentReader
{
    private readonly DateOnly? _defaultPublished;

    /// <param name="defaultPublished">Publication date for inputs that carry none of their own.</param>
    public DocumentReader(DateOnly? defaultPublished = null) => _defaultPublished = defaultPublished;

    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    foreach (var r in ReadFile(file))
                    {
                        yield return r;
                    }
                }
            }
            else
            {
                foreach (var r in ReadFile(path))
                {
                    yield return r;
                }
            }
        }
    }

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            yield return ReadResult.Failed(path, "no such file or folder");
            yield break;
        }

        if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            var n = 0;
            foreach (var line in File.ReadLines(path))
            {
                n++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var o = json.RootElement;
                var id = o.TryGetProperty("id", out var i) ? i.GetString() ?? $"{Path.GetFileNameWithoutExtension(path)}:{n}" : $"{Path.GetFileNameWithoutExtension(path)}:{n}";
                var published = o.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String && DateOnly.TryParse(p.GetString()!.AsSpan(0, Math.Min(10, p.GetString()!.Length)), out var d) ? d : _defaultPublished;
                yield return ReadResult.Ok($"{path}:{n}", new Document(
                    id,
                    o.TryGetProperty("title", out var t) ? t.GetString() : null,
                    published,
                    o.TryGetProperty("source", out var s) ? s.GetString() : null,
                    o.TryGetProperty("text", out var x) ? x.GetString() ?? string.Empty : string.Empty));
            }

            yield break;
        }

        var text = File.ReadAllText(path);
        yield return ReadResult.Ok(path, new Document(Path.GetFileNameWithoutExtension(path), null, _defaultPublished, path, text));
    }
}
