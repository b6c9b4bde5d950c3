using System.Globalization;
using System.Text.Json;

namespace Armscope.Extraction.Tests.Challenge;

/// <summary>A deal value as the suite compares it: amount and upper-case ISO 4217 currency.</summary>
public sealed record CaseValue(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}

/// <summary>One transfer record, expected or produced, reduced to the fields the spec's scorer looks at.</summary>
public sealed record CaseRecord(
    string Supplier,
    string Recipient,
    string? System,
    string Category,
    string Status,
    string Modality,
    string? When,
    int? Quantity,
    CaseValue? Value,
    IReadOnlyList<string> Aliases)
{
    public override string ToString()
    {
        var extra = new List<string> { Modality };
        if (When is not null)
        {
            extra.Add("when " + When);
        }

        if (Quantity is not null)
        {
            extra.Add("qty " + Quantity.Value.ToString(CultureInfo.InvariantCulture));
        }

        if (Value is not null)
        {
            extra.Add("value " + Value);
        }

        return $"{Supplier}>{Recipient} {System ?? "(" + Category + ")"} {Status} [{string.Join(", ", extra)}]";
    }
}

/// <summary>
/// One case of the challenge suite (Challenge/cases.jsonl): a sentence or two written for the suite, the
/// publication date, the exact records it must yield and the secondary fields that are checked.
/// </summary>
public sealed record ChallengeCase(
    string Id,
    string Phenomenon,
    DateOnly? Published,
    string Text,
    IReadOnlyList<CaseRecord> Expect,
    IReadOnlyList<string> Check,
    string? KnownGap)
{
    public static readonly string[] Statuses = ["interest", "offer", "negotiation", "order", "delivery", "suspension", "cancellation", "refusal"];

    public static readonly string[] Modalities = ["actual", "planned", "possible"];

    public static readonly string[] Categories =
    [
        "aircraft", "air defence systems", "anti-submarine warfare weapons", "armoured vehicles", "artillery", "engines",
        "missiles", "naval weapons", "satellites", "sensors", "ships", "other",
    ];

    public static readonly string[] CheckableFields = ["modality", "when", "quantity", "value"];

    public static ChallengeCase Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var published = Str(root, "published");
        return new ChallengeCase(
            Str(root, "id") ?? throw new FormatException("case without id"),
            Str(root, "phenomenon") ?? throw new FormatException("case without phenomenon"),
            published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Str(root, "text") ?? throw new FormatException("case without text"),
            root.GetProperty("expect").EnumerateArray().Select(ReadRecord).ToList(),
            root.TryGetProperty("check", out var check) ? check.EnumerateArray().Select(c => c.GetString()!).ToList() : [],
            Str(root, "known_gap"));
    }

    private static CaseRecord ReadRecord(JsonElement r)
    {
        CaseValue? value = null;
        if (r.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.Object)
        {
            value = new CaseValue(v.GetProperty("amount").GetDecimal(), v.GetProperty("currency").GetString()!.Trim().ToUpperInvariant());
        }

        int? quantity = r.TryGetProperty("quantity", out var q) && q.ValueKind == JsonValueKind.Number ? q.GetInt32() : null;
        var aliases = r.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        return new CaseRecord(
            Str(r, "supplier") ?? string.Empty,
            Str(r, "recipient") ?? string.Empty,
            Str(r, "system"),
            Str(r, "category") ?? string.Empty,
            Str(r, "status") ?? string.Empty,
            Str(r, "modality") ?? string.Empty,
            Str(r, "when"),
            quantity,
            value,
            aliases);
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
