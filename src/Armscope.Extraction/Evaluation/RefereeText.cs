using System.Globalization;
using System.Numerics;
using System.Text;

namespace Armscope.Extraction.Evaluation;

/// <summary>
/// The few string operations of the referee (score.py) done the way Python does them, so that keys,
/// comparisons and printed figures come out identical: str.lower, str.strip, str.isdigit, "\s" and
/// format(x, ".3f") (exact binary value, ties to even).
/// </summary>
/// <remarks>Known residue: Python's context-dependent final sigma and its full upper-case mappings
/// (ß -> SS) are not reproduced; neither occurs in ISO codes or weapon designations.</remarks>
public static class RefereeText
{
    // Characters Python's str.isdigit accepts beyond the decimal digits (superscripts, circled digits...).
    private static readonly (int From, int To)[] ExtraDigits =
    [
        (0xB2, 0xB3), (0xB9, 0xB9), (0x1369, 0x1371), (0x19DA, 0x19DA), (0x2070, 0x2070), (0x2074, 0x2079),
        (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247C), (0x2488, 0x2490), (0x24EA, 0x24EA),
        (0x24F5, 0x24FD), (0x24FF, 0x24FF), (0x2776, 0x277E), (0x2780, 0x2788), (0x278A, 0x2792),
        (0x10A40, 0x10A43), (0x10E60, 0x10E68), (0x11052, 0x1105A), (0x1F100, 0x1F10A),
    ];

    /// <summary>Python's str.isspace (and so the regex class \s): .NET's white space plus the four ASCII separators.</summary>
    public static bool IsSpace(Rune r) => Rune.IsWhiteSpace(r) || r.Value is >= 0x1C and <= 0x1F;

    /// <summary>Python's str.isdigit: decimal digits plus the characters of numeric type "digit".</summary>
    public static bool IsDigit(Rune r)
    {
        if (Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)
        {
            return true;
        }

        foreach (var (from, to) in ExtraDigits)
        {
            if (r.Value >= from && r.Value <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Python's str.lower, including "İ" -> "i̇".</summary>
    public static string Lower(string s) =>
        (s.Contains('\u0130', StringComparison.Ordinal) ? s.Replace("\u0130", "i\u0307", StringComparison.Ordinal) : s).ToLowerInvariant();

    /// <summary>Python's str.strip() with no argument.</summary>
    public static string Strip(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && Rune.DecodeFromUtf16(s.AsSpan(start), out var r, out var n) == System.Buffers.OperationStatus.Done && IsSpace(r))
        {
            start += n;
        }

        while (end > start && Rune.DecodeLastFromUtf16(s.AsSpan(start, end - start), out var r, out var n) == System.Buffers.OperationStatus.Done && IsSpace(r))
        {
            end -= n;
        }

        return s[start..end];
    }

    /// <summary>Python's repr of a string: single quotes unless it holds a single quote and no double one.</summary>
    public static string Repr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ => c.ToString(),
            });
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>Number of code points (Python's len).</summary>
    public static int CodePointLength(string s)
    {
        var n = 0;
        foreach (var _ in s.EnumerateRunes())
        {
            n++;
        }

        return n;
    }

    /// <summary>Python's format(x, ".Nf"): rounds the exact binary value of x, ties to even.</summary>
    public static string Fixed(double x, int digits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x.ToString(CultureInfo.InvariantCulture);
        }

        var negative = x < 0 || (x == 0 && double.IsNegative(x));
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        // |x| = mantissa * 2^(exponent - 1075); scaled = |x| * 10^digits, rounded half to even.
        var shift = exponent - 1075;
        var scaledNumerator = new BigInteger(mantissa) * BigInteger.Pow(10, digits);
        BigInteger rounded;
        if (shift >= 0)
        {
            rounded = scaledNumerator << shift;
        }
        else
        {
            var denominator = BigInteger.One << -shift;
            var quotient = BigInteger.DivRem(scaledNumerator, denominator, out var remainder);
            var twice = remainder * 2;
            rounded = twice > denominator || (twice == denominator && !quotient.IsEven) ? quotient + 1 : quotient;
        }

        var text = rounded.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(text, 0, text.Length - digits);
        if (digits > 0)
        {
            sb.Append('.').Append(text, text.Length - digits, digits);
        }

        return sb.ToString();
    }
}
