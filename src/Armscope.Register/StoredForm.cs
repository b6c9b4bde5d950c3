using System.Globalization;
using Armscope.Core.Vocabulary;

namespace Armscope.Register;

/// <summary>How values are written to and read from register columns, the same for every back end.</summary>
internal static class StoredForm
{
    public static string? Date(PartialDate? date) => date?.ToString();

    public static PartialDate? PartialDateOrNull(string? text) =>
        text is null ? null
        : PartialDate.TryParse(text, out var d) ? d
        : throw new InvalidDataException($"register holds a malformed date '{text}'");

    public static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DayOrNull(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset InstantOf(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <summary>Invariant decimal text without trailing zeros, so 3.40E9 and 3400000000 store alike.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.############################", CultureInfo.InvariantCulture);

    public static decimal AmountOf(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static Money? MoneyOrNull(string? amount, string? currency) =>
        amount is null || currency is null ? null : new Money(AmountOf(amount), currency);

    /// <summary>
    /// A name, title or source as every back end can store it: NUL and unpaired surrogates (which PostgreSQL refuses
    /// and SQLite would keep) become U+FFFD, so both keep the same text.
    /// </summary>
    public static string Label(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            clean = text[i] != '\0' && (!char.IsSurrogate(text[i]) || (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])));
        }

        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c == '\0' || char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    public static string? LabelOrNull(string? text) => text is null ? null : Label(text);
}
