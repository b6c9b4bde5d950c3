using System.Text;
using System.Text.Json;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion.Html;
using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Formats;

/// <summary>
/// JSON Lines of documents, one object a line: {"id", "title", "published", "source", "text"} or "html"
/// instead of "text". A broken line is an error for that line alone; the rest of the file is read.
/// </summary>
public sealed class JsonLinesFormat : IDocumentFormat
{
    private static readonly HashSet<string> Extensions = [".jsonl", ".ndjson", ".jsonlines"];

    public string Name => "JSON Lines";

    public FormatClaim Claim(InputSource input)
    {
        if (Extensions.Contains(input.Extension))
        {
            return FormatClaim.ByExtension;
        }

        return FirstLineIsDocument(input.Head) ? FormatClaim.ByContent : FormatClaim.None;
    }

    private static bool FirstLineIsDocument(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('{'))
        {
            return false;
        }

        var end = text.IndexOf('\n');
        if (end < 0 && head.Length >= 4096)
        {
            // The first line is longer than the sniffed head: a pretty-printed object never is.
            return text.Contains("\"text\"", StringComparison.Ordinal) || text.Contains("\"html\"", StringComparison.Ordinal);
        }

        try
        {
            using var json = JsonDocument.Parse(end < 0 ? text : text[..end]);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && (json.RootElement.TryGetProperty("text", out _) || json.RootElement.TryGetProperty("html", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public IEnumerable<ReadResult> Read(InputSource input, ReadContext context)
    {
        using var lines = new StreamReader(input.Content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var number = 0;
        while (lines.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ReadLine(line, $"{input.Origin}:{number}", context);
        }
    }

    private static ReadResult ReadLine(string line, string origin, ReadContext context)
    {
        try
        {
            return ReadObject(line, origin, context);
        }
        catch (InvalidOperationException e)
        {
            // A string escape that decodes to no text, such as half a surrogate pair ("\ud800").
            return ReadResult.Failed(origin, $"broken JSON line ({e.Message.Split(". ")[0].TrimEnd('.')})");
        }
    }

    private static ReadResult ReadObject(string line, string origin, ReadContext context)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ReadResult.Failed(origin, $"broken JSON line ({e.Message.Split(". ")[0]})");
        }

        using (json)
        {
            var o = json.RootElement;
            if (o.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Failed(origin, $"a JSON {o.ValueKind.ToString().ToLowerInvariant()} where a document object was expected");
            }

            var givenId = Scalar(o, "id");
            var title = Scalar(o, "title");
            var published = PageMetadata.ParseDate(Scalar(o, "published") ?? Scalar(o, "date"));
            var source = Scalar(o, "source") ?? Scalar(o, "url");
            var link = Scalar(o, "url") ?? (source is not null && source.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? source : null);

            if (Scalar(o, "text") is { } text)
            {
                var id = DocumentIds.Choose(text, givenId, link);
                var document = new Document(id, title, published ?? context.DefaultPublished, source, text);
                return ReadResult.Ok(origin, document) with { Language = PageMetadata.PrimaryLanguage(Scalar(o, "language") ?? Scalar(o, "lang")) };
            }

            if (Scalar(o, "html") is { } html)
            {
                var page = HtmlPageFormat.FromHtml(html, origin, givenId ?? link, link, null, context);
                if (page.Document is not { } d)
                {
                    return page;
                }

                return page with
                {
                    Document = d with { Title = title ?? d.Title, Published = published ?? d.Published, Source = source ?? d.Source },
                    Language = PageMetadata.PrimaryLanguage(Scalar(o, "language") ?? Scalar(o, "lang")) ?? page.Language,
                };
            }

            return ReadResult.Failed(origin, "the object has neither a \"text\" nor an \"html\" field");
        }
    }

    private static string? Scalar(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
