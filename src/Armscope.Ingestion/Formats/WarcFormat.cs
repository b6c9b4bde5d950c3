using System.Text;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Html;
using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Formats;

/// <summary>
/// A web archive (WARC/1.0 or 1.1, as Common Crawl News publishes it): every successful HTML response
/// and every HTML or plain-text resource record becomes a document; requests, metadata and other media are passed over.
/// </summary>
public sealed class WarcFormat : IDocumentFormat
{
    public string Name => "WARC";

    public FormatClaim Claim(InputSource input)
    {
        if (input.Head.AsSpan().StartsWith("WARC/"u8))
        {
            return FormatClaim.ByContent;
        }

        return input.Extension == ".warc" ? FormatClaim.ByExtension : FormatClaim.None;
    }

    public IEnumerable<ReadResult> Read(InputSource input, ReadContext context)
    {
        var reader = new WarcRecordReader(new BufferedStream(input.Content, 65536), context.MaxDocumentBytes);
        var number = 0;
        while (true)
        {
            WarcRecord? record;
            bool skipped;
            string? broken = null;
            try
            {
                record = reader.Next(out skipped);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
            {
                (record, skipped, broken) = (null, false, e.Message);
            }

            if (broken is not null)
            {
                yield return ReadResult.Failed(input.Origin, $"broken web archive after {number} record(s): {broken}");
            }

            if (record is null)
            {
                yield break;
            }

            number++;
            var origin = $"{input.Origin}#{number}";
            if (skipped)
            {
                yield return ReadResult.Failed(origin, $"record larger than {context.MaxDocumentBytes / (1024 * 1024)} MiB skipped");
                continue;
            }

            if (FromRecord(record, origin, context) is { } result)
            {
                yield return result;
            }
        }
    }

    private static ReadResult? FromRecord(WarcRecord record, string origin, ReadContext context)
    {
        string? contentType;
        byte[] payload;
        switch (record.Type.ToLowerInvariant())
        {
            case "response":
                if (HttpMessage.Parse(record.Block) is not { } http || http.Status is < 200 or >= 300)
                {
                    return null;
                }

                contentType = http.ContentType;
                payload = http.Payload;
                break;
            case "resource":
                contentType = record["Content-Type"];
                payload = record.Block;
                break;
            default:
                return null;
        }

        var url = record["WARC-Target-URI"]?.Trim('<', '>', ' ');
        var id = record["WARC-Record-ID"]?.Trim('<', '>', ' ');
        var crawled = PageMetadata.ParseDate(record["WARC-Date"]);
        var isHtml = contentType is null
            ? HtmlPageFormat.LooksLikeHtml(payload)
            : contentType.Contains("html", StringComparison.OrdinalIgnoreCase);
        var isPlain = contentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
        if (!isHtml && !isPlain)
        {
            return null;
        }

        var decoded = context.Decoder.Decode(payload, TextDecoder.CharsetOfContentType(contentType), isHtml ? MarkupKind.Html : MarkupKind.Plain);
        if (!decoded.Succeeded)
        {
            return ReadResult.Failed(origin, $"{url}: {decoded.Error}");
        }

        if (isHtml)
        {
            var page = HtmlPageFormat.FromHtml(decoded.Text!, origin, id, url, null, context, crawled);
            return page.Document is { } d ? page with { Document = d with { Source = url ?? d.Source } } : page;
        }

        var text = decoded.Text!;
        return ReadResult.Ok(origin, new Document(DocumentIds.Choose(text, id, url), PlainTextFormat.Headline(text), context.DefaultPublished ?? crawled, url, text));
    }
}
