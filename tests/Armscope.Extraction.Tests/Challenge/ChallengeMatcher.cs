using System.Globalization;
using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Tests.Challenge;

/// <summary>What the extractor produced for a case and how it compares with the expected records.</summary>
public sealed record CaseOutcome(
    ChallengeCase Case,
    IReadOnlyList<CaseRecord> Produced,
    IReadOnlyList<CaseRecord> Missing,
    IReadOnlyList<CaseRecord> Extra,
    IReadOnlyList<string> FieldErrors)
{
    public bool Passed => Missing.Count == 0 && Extra.Count == 0 && FieldErrors.Count == 0;

    /// <summary>A compact one-line account of the difference ("missing ...; extra ...; when: got ..., want ...").</summary>
    public string Difference
    {
        get
        {
            var parts = new List<string>();
            if (Missing.Count > 0)
            {
                parts.Add("missing " + string.Join(" + ", Missing));
            }

            if (Extra.Count > 0)
            {
                parts.Add("extra " + string.Join(" + ", Extra));
            }

            parts.AddRange(FieldErrors);
            return string.Join("; ", parts);
        }
    }

    public string Report() =>
        $"""
        case {Case.Id} ({Case.Phenomenon}), published {Case.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}
          text:     {Case.Text.Replace("\n", " / ", StringComparison.Ordinal)}
          expected: {(Case.Expect.Count == 0 ? "(none)" : string.Join(" + ", Case.Expect))}
          produced: {(Produced.Count == 0 ? "(none)" : string.Join(" + ", Produced))}
          checked:  {string.Join(", ", Case.Check)}
          => {Difference}
        """;
}

/// <summary>
/// Runs the extractor on a case and compares the records the way the spec's scorer does (spec/transfers.md,
/// "Scoring"): supplier, recipient and status equal; systems equal after lower-casing and removing white
/// space, hyphens and underscores, or one a prefix of the other that does not cut a number, or matching one of
/// the expected record's aliases; an expected record without a system wants no system and the same category.
/// Matching is one-to-one in expected order. On top of the scorer, a case wants the exact set: no record
/// missing, none extra, and the listed secondary fields right (when: the produced date starts with the
/// expected one, checked only when one is expected; quantity and value: equal, null included).
/// </summary>
public static class ChallengeMatcher
{
    private static readonly Lazy<TransferExtractor> Extractor = new(() => new TransferExtractor(ReferenceData.Default));

    public static CaseOutcome Run(ChallengeCase c)
    {
        var document = new Document(c.Id, null, c.Published, null, c.Text);
        var produced = Extractor.Value.Extract(document).Select(FromTransfer).ToList();
        return Compare(c, produced);
    }

    public static CaseOutcome Compare(ChallengeCase c, IReadOnlyList<CaseRecord> produced)
    {
        var used = new bool[produced.Count];
        var missing = new List<CaseRecord>();
        var fieldErrors = new List<string>();
        foreach (var expected in c.Expect)
        {
            // The scorer takes the first unused record with the same key; among those, prefer one whose checked
            // fields are right too, so that two records with one key (an order and its option) pair up sensibly.
            var candidates = Enumerable.Range(0, produced.Count).Where(j => !used[j] && KeyMatches(expected, produced[j])).ToList();
            if (candidates.Count == 0)
            {
                missing.Add(expected);
                continue;
            }

            var pick = candidates.FirstOrDefault(j => FieldErrorsOf(c, expected, produced[j]).Count == 0, candidates[0]);
            used[pick] = true;
            fieldErrors.AddRange(FieldErrorsOf(c, expected, produced[pick]));
        }

        var extra = produced.Where((_, j) => !used[j]).ToList();
        return new CaseOutcome(c, produced, missing, extra, fieldErrors);
    }

    public static bool KeyMatches(CaseRecord expected, CaseRecord produced)
    {
        if (Party(expected.Supplier) != Party(produced.Supplier)
            || Party(expected.Recipient) != Party(produced.Recipient)
            || !string.Equals(expected.Status, produced.Status, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (expected.System is null)
        {
            return SystemKey(produced.System).Length == 0
                && string.Equals(expected.Category, produced.Category, StringComparison.OrdinalIgnoreCase);
        }

        var key = SystemKey(produced.System);
        return SystemsMatch(SystemKey(expected.System), key) || expected.Aliases.Any(a => SystemsMatch(SystemKey(a), key));
    }

    /// <summary>Lower case without white space, '-' and '_' ("S-400 Triumf" -> "s400triumf").</summary>
    public static string SystemKey(string? name) =>
        name is null ? string.Empty : new string(name.ToLowerInvariant().Where(ch => !char.IsWhiteSpace(ch) && ch is not ('-' or '_')).ToArray());

    /// <summary>Equal keys, or the shorter (two characters at least) starts the longer and the longer does not continue a number there.</summary>
    public static bool SystemsMatch(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a == b;
        }

        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = b.Length < a.Length ? (b, a) : (a, b);
        if (shorter.Length < 2 || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        return !(char.IsDigit(shorter[^1]) && char.IsDigit(longer[shorter.Length]));
    }

    private static string Party(string p) => p.Trim().ToUpperInvariant();

    private static List<string> FieldErrorsOf(ChallengeCase c, CaseRecord expected, CaseRecord produced)
    {
        var errors = new List<string>();
        var label = $"{expected.System ?? expected.Category} {expected.Status}";
        if (c.Check.Contains("modality") && !string.Equals(expected.Modality, produced.Modality, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add($"{label} modality: got {produced.Modality}, want {expected.Modality}");
        }

        if (c.Check.Contains("when") && expected.When is not null && !(produced.When ?? string.Empty).StartsWith(expected.When, StringComparison.Ordinal))
        {
            errors.Add($"{label} when: got {produced.When ?? "null"}, want {expected.When}");
        }

        if (c.Check.Contains("quantity") && expected.Quantity != produced.Quantity)
        {
            errors.Add($"{label} quantity: got {Show(produced.Quantity)}, want {Show(expected.Quantity)}");
        }

        if (c.Check.Contains("value") && expected.Value != produced.Value)
        {
            errors.Add($"{label} value: got {produced.Value?.ToString() ?? "null"}, want {expected.Value?.ToString() ?? "null"}");
        }

        return errors;
    }

    private static string Show(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static CaseRecord FromTransfer(Transfer t) => new(
        t.Supplier.Code,
        t.Recipient.Code,
        t.System.Name,
        t.System.Category.ToSpecName(),
        t.Status.ToSpecName(),
        t.Modality.ToSpecName(),
        t.When?.ToString(),
        t.Quantity,
        t.Value is null ? null : new CaseValue(t.Value.Amount, t.Value.Currency.Trim().ToUpperInvariant()),
        []);
}
