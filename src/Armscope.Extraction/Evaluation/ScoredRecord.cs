using System.Globalization;
using System.Text.Json;

namespace Armscope.Extraction.Evaluation;

/// <summary>A deal value as the referee compares it: amount and upper-case currency.</summary>
public sealed record RecordValue(decimal Amount, string Currency);

/// <summary>
/// A transfer record, gold or predicted, reduced to what the referee compares. The key fields follow
/// score.py's rec_key: parties stripped and upper-cased (objects give their code, else their name), status and
/// category lower-cased, the system as a <see cref="SystemKey"/> (an object system gives its name and, when it
/// has one, its category).
/// </summary>
/// <param name="Position">Index of the record in its document's list.</param>
public sealed record ScoredRecord(
    string Supplier,
    string Recipient,
    string Status,
    string System,
    string Category,
    IReadOnlyList<string> AliasKeys,
    string Modality,
    string? When,
    decimal? Quantity,
    RecordValue? Value,
    string? SystemName,
    string Evidence,
    int Position)
{
    /// <summary>The key as score.py prints it: ('RU', 'TR', 'order', 's400', 'air defence systems').</summary>
    public string KeyText =>
        $"({RefereeText.Repr(Supplier)}, {RefereeText.Repr(Recipient)}, {RefereeText.Repr(Status)}, {RefereeText.Repr(System)}, {RefereeText.Repr(Category)})";

    /// <summary>Reads one record object of a gold file or a prediction line.</summary>
    public static ScoredRecord FromJson(JsonElement record, int position)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"transfer #{position + 1} is not a JSON object");
        }

        var system = Property(record, "system");
        string? systemName;
        string? category;
        if (system is { ValueKind: JsonValueKind.Object } s)
        {
            systemName = Text(Property(s, "name"));
            category = Text(Property(s, "category")) ?? Text(Property(record, "category"));
        }
        else
        {
            systemName = Text(system);
            category = Text(Property(record, "category"));
        }

        var aliases = new List<string>();
        if (Property(record, "aliases") is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var a in list.EnumerateArray())
            {
                aliases.Add(SystemKey.Normalize(Text(a)));
            }
        }

        return new ScoredRecord(
            Party(Property(record, "supplier")),
            Party(Property(record, "recipient")),
            RefereeText.Lower(Text(Property(record, "status")) ?? string.Empty),
            SystemKey.Normalize(systemName),
            RefereeText.Lower(category ?? string.Empty),
            aliases,
            RefereeText.Lower(Text(Property(record, "modality")) ?? string.Empty),
            Text(Property(record, "when")),
            Number(Property(record, "quantity")),
            ReadValue(Property(record, "value")),
            systemName,
            ReadEvidence(Property(record, "evidence")),
            position);
    }

    private static JsonElement? Property(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) ? v : null;

    /// <summary>Python's `x or ""` on a JSON value: null for absent, null, "", false, 0, [] and {}; numbers as written.</summary>
    private static string? Text(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString() is { Length: > 0 } t ? t : null,
        { ValueKind: JsonValueKind.Number } n => n.TryGetDouble(out var d) && d == 0 ? null : n.GetRawText(),
        { ValueKind: JsonValueKind.True } => "True",
        _ => null,
    };

    private static string Party(JsonElement? e)
    {
        var text = e is { ValueKind: JsonValueKind.Object } o
            ? Text(Property(o, "code")) ?? Text(Property(o, "name"))
            : Text(e);
        return RefereeText.Strip(text ?? string.Empty).ToUpperInvariant();
    }

    private static decimal? Number(JsonElement? e)
    {
        switch (e)
        {
            case { ValueKind: JsonValueKind.Number } n:
                if (n.TryGetDecimal(out var m))
                {
                    return m;
                }

                return n.TryGetDouble(out var d) && Math.Abs(d) < 7.9e28 ? (decimal)d : null;
            case { ValueKind: JsonValueKind.String } s:
                return decimal.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : null;
            default:
                return null;
        }
    }

    private static RecordValue? ReadValue(JsonElement? e)
    {
        if (e is not { ValueKind: JsonValueKind.Object } o || Number(Property(o, "amount")) is not { } amount)
        {
            return null;
        }

        return new RecordValue(amount, RefereeText.Strip(Text(Property(o, "currency")) ?? string.Empty).ToUpperInvariant());
    }

    private static string ReadEvidence(JsonElement? e) => e switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString() ?? string.Empty,
        { ValueKind: JsonValueKind.Object } o => Text(Property(o, "text")) ?? string.Empty,
        _ => string.Empty,
    };
}
