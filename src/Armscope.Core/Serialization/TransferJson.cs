using System.Text.Json;
using System.Text.Json.Nodes;
using Armscope.Core.Vocabulary;

namespace Armscope.Core.Serialization;

/// <summary>Writes documents and transfers in the JSON shape of spec/transfers.md.</summary>
public static class TransferJson
{
    public static JsonObject DocumentNode(Document d) => new()
    {
        ["id"] = d.Id,
        ["title"] = d.Title,
        ["published"] = d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["source"] = d.Source,
    };

    public static JsonObject TransferNode(Transfer t) => new()
    {
        ["supplier"] = t.Supplier.Code,
        ["recipient"] = t.Recipient.Code,
        ["system"] = t.System.Name,
        ["category"] = t.System.Category.ToSpecName(),
        ["status"] = t.Status.ToSpecName(),
        ["modality"] = t.Modality.ToSpecName(),
        ["when"] = t.When?.ToString(),
        ["quantity"] = t.Quantity,
        ["value"] = t.Value is null ? null : new JsonObject { ["amount"] = t.Value.Amount, ["currency"] = t.Value.Currency },
        ["evidence"] = t.Evidence.Text,
        ["start"] = t.Evidence.Start,
        ["end"] = t.Evidence.End,
        ["confidence"] = Math.Round(t.Confidence, 3),
    };

    /// <summary>One JSON Lines record: {"document": {...}, "transfers": [...]}.</summary>
    /// <param name="explanations">Optional, one per transfer: added to each record as "explain".</param>
    public static string Line(Document d, IEnumerable<Transfer> transfers, IReadOnlyList<string>? explanations = null)
    {
        var nodes = transfers.Select((t, i) =>
        {
            var node = TransferNode(t);
            if (explanations is not null)
            {
                node["explain"] = explanations[i];
            }

            return (JsonNode)node;
        }).ToArray();
        var node = new JsonObject
        {
            ["document"] = DocumentNode(d),
            ["transfers"] = new JsonArray(nodes),
        };
        return node.ToJsonString(Options);
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
