using System.Text;

namespace Armscope.Extraction.Evaluation;

/// <summary>The spec's system matching: keys without case, spaces, hyphens and underscores; a prefix matches unless it cuts a number.</summary>
public static class SystemKey
{
    /// <summary>Lower case, white space, '-' and '_' removed ("S-400 Triumf" -> "s400triumf"); "" for null.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(name.Length);
        foreach (var r in RefereeText.Lower(name).EnumerateRunes())
        {
            if (r.Value is not ('-' or '_') && !RefereeText.IsSpace(r))
            {
                sb.Append(r.ToString());
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Equal keys, or the shorter (two characters at least) is a prefix of the longer and the longer does not
    /// continue a number there: su35 ~ su35s, s400 ~ s400triumf, f35 ~ f35a, but f1 !~ f16. Empty keys match only each other.
    /// </summary>
    public static bool Matches(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a == b;
        }

        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = RefereeText.CodePointLength(b) < RefereeText.CodePointLength(a) ? (b, a) : (a, b);
        if (RefereeText.CodePointLength(shorter) < 2 || !longer.StartsWith(shorter, StringComparison.Ordinal))
        {
            return false;
        }

        Rune.DecodeLastFromUtf16(shorter, out var last, out _);
        Rune.DecodeFromUtf16(longer.AsSpan(shorter.Length), out var next, out _);
        return !(RefereeText.IsDigit(last) && RefereeText.IsDigit(next));
    }
}
