using System.Text.Encodings.Web;
using System.Text.Json;
using Armscope.Core.Vocabulary;

namespace Armscope.Register.Export;

/// <summary>
/// Deals with their timelines and every evidence sentence as one JSON document. Merge-key order, LF line ends,
/// no wall-clock times: byte-identical for the same register content, whatever order it was ingested in.
/// </summary>
public static class JsonExport
{
    public const string Format = "armscope.deals/1";

    public static async Task WriteAsync(IRegister register, Stream output, CancellationToken cancellationToken = default)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        await using var json = new Utf8JsonWriter(output, options);
        json.WriteStartObject();
        json.WriteString("format", Format);
        json.WriteStartArray("deals");
        await foreach (var detail in register.ReadAllDealsAsync(cancellationToken))
        {
            WriteDeal(json, detail);
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private static void WriteDeal(Utf8JsonWriter json, DealDetail detail)
    {
        var deal = detail.Deal;
        json.WriteStartObject();
        json.WriteString("id", deal.Id);
        json.WriteString("key", deal.MergeKey);
        WriteParty(json, "supplier", deal.Supplier);
        WriteParty(json, "recipient", deal.Recipient);
        json.WriteString("system", deal.System);
        json.WriteString("category", deal.Category.ToSpecName());
        json.WriteString("status", deal.Status.ToSpecName());
        json.WriteString("first_seen", deal.FirstSeen?.ToString());
        json.WriteString("last_seen", deal.LastSeen?.ToString());
        WriteQuantity(json, deal.Quantity);
        WriteMoney(json, deal.Value);
        json.WriteNumber("records", deal.Records);
        json.WriteNumber("documents", deal.Documents);
        WriteSources(json, detail.Sources);
        json.WriteStartArray("timeline");
        foreach (var e in detail.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("status", e.Status.ToSpecName());
            json.WriteString("modality", e.Modality.ToSpecName());
            json.WriteString("when", e.When?.ToString());
            json.WriteString("first_reported", StoredForm.Day(e.FirstReported));
            WriteQuantity(json, e.Quantity);
            WriteMoney(json, e.Value);
            json.WriteStartArray("evidence");
            foreach (var r in e.Records)
            {
                json.WriteStartObject();
                json.WriteString("text", r.Transfer.Evidence.Text);
                json.WriteNumber("start", r.Transfer.Evidence.Start);
                json.WriteNumber("end", r.Transfer.Evidence.End);
                json.WriteNumber("confidence", Math.Round(r.Transfer.Confidence, 3));
                json.WriteStartObject("document");
                json.WriteString("id", r.Document.Id);
                json.WriteString("name", r.Document.Name);
                json.WriteString("title", r.Document.Title);
                json.WriteString("published", StoredForm.Day(r.Document.Published));
                json.WriteString("source", r.Document.Source);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Every copy of the deal's documents: records count once per document, yet each outlet that carried it is listed.</summary>
    private static void WriteSources(Utf8JsonWriter json, IReadOnlyList<DocumentSource> sources)
    {
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("document", source.DocumentId);
            json.WriteString("name", source.Name);
            json.WriteString("title", source.Title);
            json.WriteString("published", StoredForm.Day(source.Published));
            json.WriteString("source", source.Source);
            json.WriteBoolean("near_copy", source.NearCopy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteParty(Utf8JsonWriter json, string name, Party party)
    {
        json.WriteStartObject(name);
        json.WriteString("code", party.Code);
        json.WriteString("name", party.Name);
        json.WriteEndObject();
    }

    private static void WriteQuantity(Utf8JsonWriter json, int? quantity)
    {
        if (quantity is { } q)
        {
            json.WriteNumber("quantity", q);
        }
        else
        {
            json.WriteNull("quantity");
        }
    }

    private static void WriteMoney(Utf8JsonWriter json, Money? value)
    {
        if (value is null)
        {
            json.WriteNull("value");
            return;
        }

        json.WriteStartObject("value");
        json.WriteNumber("amount", value.Amount);
        json.WriteString("currency", value.Currency);
        json.WriteEndObject();
    }
}
