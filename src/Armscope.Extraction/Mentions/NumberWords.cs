using System.Globalization;

namespace Armscope.Extraction.Mentions;

/// <summary>Reads counts written as digits ("1,000") or words ("five", "a dozen", "Twenty-four").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
        ["a dozen"] = 12,
        ["a pair of"] = 2,
        ["pair of"] = 2,
        ["a hundred"] = 100,
        ["one hundred"] = 100,
    };

    /// <summary>The count a phrase states, or null ("dozens", "several" and "hundreds" state none).</summary>
    public static int? Parse(string phrase)
    {
        var p = phrase.Trim().Replace('\u2011', '-').Replace('–', '-');
        if (p.Length == 0)
        {
            return null;
        }

        if (char.IsDigit(p[0]))
        {
            return int.TryParse(p.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        if (Units.TryGetValue(p, out var u))
        {
            return u;
        }

        // One word that is no unit ("jets", "Poland"), as most words asked are: the split below would leave it alone.
        if (!p.AsSpan().ContainsAny('-', ' '))
        {
            return null;
        }

        var parts = p.Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 && Units.TryGetValue(parts[0], out var tens) && tens >= 20 && tens % 10 == 0 && Units.TryGetValue(parts[1], out var ones) && ones < 10)
        {
            return tens + ones;
        }

        if (parts.Length == 2 && Units.TryGetValue(parts[0], out var mult) && parts[1].Equals("dozen", StringComparison.OrdinalIgnoreCase))
        {
            return mult * 12;
        }

        return null;
    }

    /// <summary>Regex alternation matching the number words <see cref="Parse"/> understands.</summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|two|three|four)\s+dozen|dozen|a\s+pair\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred)";
}
