using System.Globalization;

namespace Armscope.Core.Vocabulary;

/// <summary>A date known to the year, month or day, printed as an ISO 8601 prefix ("2017", "2017-12", "2017-12-05").</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public override string ToString() =>
        Month is null ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}-{Month:D2}-{Day:D2}";

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            return false;
        }

        int? m = null, d = null;
        if (parts.Length >= 2)
        {
            if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var mm) || mm is < 1 or > 12)
            {
                return false;
            }

            m = mm;
        }

        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value))
            {
                return false;
            }

            d = dd;
        }

        date = new PartialDate(y, m, d);
        return true;
    }

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }
}
