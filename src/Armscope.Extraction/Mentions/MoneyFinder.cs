using System.Globalization;
using System.Text.RegularExpressions;
using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Mentions;

/// <summary>Finds amounts of money ("$5.43 billion", "Rs 40,000 crore", "975bn won", "1.9 billion euros") and their hedges.</summary>
public static partial class MoneyFinder
{
    private const string Amount = @"(?<amount>\d{1,3}(?:[,\s]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)";
    private const string Scale = @"(?:[\s-]*(?<scale>trillion|billion|million|thousand|bn|mn|mln|m|b|tn|crore|crores|lakh|lakhs|cr)\b)?";

    [GeneratedRegex(@"(?<cur>US\s?\$|USD|U\.S\.\s?\$|A\$|AU\$|AUD|C\$|CAD|NZ\$|S\$|HK\$|\$|€|EUR|£|GBP|Rs\.?|INR|₹|₩|KRW|¥|JPY|CNY|RMB|SEK|NOK|DKK|CHF|PLN|ZAR|R|TRY|BRL|R\$|AED|SAR|THB|RM|MYR|PHP|₱|P|IDR|Rp)\s?" + Amount + Scale, RegexOptions.CultureInvariant)]
    private static partial Regex PrefixRegex();

    [GeneratedRegex(Amount + Scale + @"\s+(?<cur>(?:US |U\.S\. |Australian |Canadian |Singapore |New Zealand |Hong Kong )?dollars?|(?:(?:Norwegian|Swedish|Danish|Czech) )crowns?|(?:(?:Algerian|Iraqi|Kuwaiti|Serbian|Jordanian|Bahraini|Libyan|Tunisian) )dinars?|" +
                    @"(?:(?:Indian|Pakistani|Sri Lankan|Egyptian|Saudi|Qatari|Mexican|Colombian|Chilean|Argentine|Philippine|Swiss|South African|Turkish|Israeli|Brazilian|Polish|Japanese|Chinese|South Korean|Thai|Malaysian|Indonesian|Hungarian|Czech|Norwegian|Swedish|Danish) )?" +
                    @"(?:euros?|pounds?(?: sterling)?|won|yen|yuan|renminbi|rupees?|crowns?|kronor|kroner|krona|krone|korunas?|koruna|forints?|rand|zlotys?|zloty|riyals?|dirhams?|baht|ringgit|pesos?|lira|liras|reais|real|francs?|shekels?|rupiah))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SuffixRegex();

    [GeneratedRegex(@"(?<hedge>more than|over|well over|in excess of|upwards of|up to|as much as|as high as|nearly|almost|estimated at|estimated|valued at up to|could be worth|may be worth|might be worth|reportedly|potentially|at least|roughly|around|about|some|approximately|worth an estimated)\s*(?:an?\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HedgeRegex();

    // A part of every currency word of SuffixRegex, so a sentence without any is passed over without running it (the
    // pattern is tried at every digit). Case-insensitive like the pattern; letters that other letters match under
    // IgnoreCase (Kelvin sign, long s, dotted and dotless i, Angstrom sign) turn the shortcut off.
    private static readonly System.Buffers.SearchValues<string> CurrencyWords = System.Buffers.SearchValues.Create(
        ["dollar", "euro", "pound", "won", "yen", "yuan", "renminbi", "rupee", "rupiah", "kron", "crown", "korun", "forint", "rand", "zlot", "riyal", "dirham", "baht",
         "ringgit", "peso", "lira", "reais", "real", "franc", "shekel", "dinar"],
        StringComparison.OrdinalIgnoreCase);

    private const string CaseFoldingExotics = "\u212A\u017F\u0130\u0131\u212B";

    // The patterns are walked as `for (var m = Pattern().Match(sentence); m.Success; m = m.NextMatch())` rather than by
    // `foreach` over Matches(sentence): the same matches in the same order, without a collection, its list of matches and
    // an enumerator for every sentence. (Match.Empty stands for a pattern not worth running on the sentence.)

    private static bool MayNameACurrency(ReadOnlySpan<char> sentence) =>
        sentence.ContainsAny(CurrencyWords) || sentence.IndexOfAny(CaseFoldingExotics) >= 0;

    public static List<MoneyMention> Find(string text, int start, int end) => Find(text, start, end, null);

    /// <summary>
    /// As <see cref="Find(string, int, int)"/>; the patterns run on <paramref name="analysed"/>'s text when given
    /// (text[start..end) cut once for the sentence's dates, money and records), asked for only when an amount may be there.
    /// </summary>
    internal static List<MoneyMention> Find(string text, int start, int end, AnalyzedSentence? analysed)
    {
        // Both patterns need a digit (\d: any Unicode digit): most sentences have none.
        if (!HasDigit(text.AsSpan(start, end - start)))
        {
            return [];
        }

        var sentence = analysed?.Evidence ?? text[start..end];
        var found = new List<MoneyMention>();
        for (var m = MayHavePrefixAmount(sentence) ? PrefixRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (m.Groups["cur"].Value is "R" or "P" && !m.Groups["scale"].Success)
            {
                continue; // a bare "R12" or "P8" is more likely a designation than rand or pesos ("P18.9 billion" is pesos)
            }

            if (m.Index > 0 && char.IsLetterOrDigit(sentence[m.Index - 1]))
            {
                continue;
            }

            if (TryValue(m, PrefixCurrency(m.Groups["cur"].Value), out var money))
            {
                found.Add(new MoneyMention(start + m.Index, start + m.Index + m.Length, money, HedgeBefore(sentence, m.Index)));
            }
        }

        for (var m = MayNameACurrency(sentence) ? SuffixRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (InsideAnAmount(found, start, m.Index))
            {
                continue;
            }

            if (TryValue(m, SuffixCurrency(m.Groups["cur"].Value, sentence), out var money))
            {
                found.Add(new MoneyMention(start + m.Index, start + m.Index + m.Length, money, HedgeBefore(sentence, m.Index)));
            }
        }

        found.Sort((a, b) => a.StartChar.CompareTo(b.StartChar));
        return found;
    }

    /// <summary>Whether sentence offset <paramref name="index"/> lies inside an amount found (amounts hold text offsets; the sentence starts at <paramref name="start"/>).</summary>
    private static bool InsideAnAmount(List<MoneyMention> found, int start, int index)
    {
        foreach (var f in found)
        {
            if (f.StartChar - start <= index && index < f.EndChar - start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters PrefixRegex's currencies end with ("US$", "USD", "Rs.", "Rp", "RM", ...), all of them ASCII.</summary>
    private static readonly System.Buffers.SearchValues<char> CurrencyEnds = System.Buffers.SearchValues.Create("$.BDFKLMNPRWYps");

    /// <summary>
    /// False when PrefixRegex cannot match: its amount's first digit stands right after a currency's last character or
    /// one space after it. Checked at each ASCII digit; a sentence with any other character (other scripts' digits, "€",
    /// "£", "₹") is left to the pattern. (The pattern is tried at every capital letter.)
    /// </summary>
    private static bool MayHavePrefixAmount(ReadOnlySpan<char> sentence)
    {
        if (sentence.IndexOfAnyExceptInRange('\u0000', '\u007f') >= 0)
        {
            return true;
        }

        for (var i = sentence.IndexOfAnyInRange('0', '9'); i >= 0;)
        {
            if ((i >= 1 && CurrencyEnds.Contains(sentence[i - 1])) ||
                (i >= 2 && char.IsWhiteSpace(sentence[i - 1]) && CurrencyEnds.Contains(sentence[i - 2])))
            {
                return true;
            }

            var next = sentence[(i + 1)..].IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>Whether a span has a digit of any script (char.IsDigit), with a vectorised search for ASCII ones first.</summary>
    private static bool HasDigit(ReadOnlySpan<char> span)
    {
        if (span.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        var nonAscii = span.IndexOfAnyExceptInRange('\u0000', '\u007f');
        if (nonAscii < 0)
        {
            return false;
        }

        foreach (var c in span[nonAscii..])
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False when <see cref="Find"/> cannot throw on text[start..end): only an amount of 17 digits or more can overflow
    /// a decimal once multiplied by its scale.
    /// </summary>
    public static bool MayThrow(string text, int start, int end)
    {
        // From digit to digit with a vectorised search: most sentences have few digits or none.
        var rest = text.AsSpan(start, end - start);
        var digits = 0;
        int at;
        while ((at = rest.IndexOfAnyInRange('0', '9')) >= 0)
        {
            if (++digits >= 17)
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }

        return false;
    }

    private static string? HedgeBefore(string sentence, int at)
    {
        var before = sentence[Math.Max(0, at - 30)..at];
        var m = HedgeRegex().Match(before);
        return m.Success ? m.Groups["hedge"].Value.ToLowerInvariant() : null;
    }

    private static bool TryValue(Match m, string currency, out Money money)
    {
        money = new Money(0, currency);
        var raw = m.Groups["amount"].Value;
        var scaleWord = m.Groups["scale"].Success ? m.Groups["scale"].Value.ToLowerInvariant() : string.Empty;

        // "29,9bn" uses a decimal comma; "40,000" groups thousands.
        string normalised;
        if (raw.Contains(',') && !raw.Contains('.') && raw.Split(',').Skip(1).All(g => g.Length == 3) && raw.Split(',').Length > 1)
        {
            normalised = raw.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (raw.Contains(',') && !raw.Contains('.'))
        {
            normalised = raw.Replace(',', '.');
        }
        else
        {
            normalised = raw.Replace(",", string.Empty, StringComparison.Ordinal);
        }

        normalised = normalised.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        decimal scale = scaleWord switch
        {
            "trillion" or "tn" => 1_000_000_000_000m,
            "billion" or "bn" or "b" => 1_000_000_000m,
            "million" or "mn" or "mln" or "m" => 1_000_000m,
            "thousand" => 1_000m,
            "crore" or "crores" or "cr" => 10_000_000m,
            "lakh" or "lakhs" => 100_000m,
            _ => 1m,
        };
        var value = decimal.Round(amount * scale, 0);
        if (value < 10_000m)
        {
            return false; // too small to be a deal's value; more likely a count or a price per unit fragment
        }

        money = new Money(value, currency);
        return true;
    }

    private static string PrefixCurrency(string symbol) => symbol.Replace(" ", string.Empty, StringComparison.Ordinal) switch
    {
        "$" or "US$" or "USD" or "U.S.$" => "USD",
        "A$" or "AU$" or "AUD" => "AUD",
        "C$" or "CAD" => "CAD",
        "NZ$" => "NZD",
        "S$" => "SGD",
        "HK$" => "HKD",
        "€" or "EUR" => "EUR",
        "£" or "GBP" => "GBP",
        "Rs" or "Rs." or "INR" or "₹" => "INR",
        "₩" or "KRW" => "KRW",
        "¥" or "JPY" => "JPY",
        "CNY" or "RMB" => "CNY",
        "R" or "ZAR" => "ZAR",
        "R$" or "BRL" => "BRL",
        "RM" or "MYR" => "MYR",
        "Rp" or "IDR" => "IDR",
        "P" or "₱" or "PHP" => "PHP",
        var s => s,
    };

    /// <summary>
    /// Plain "crowns": the crowns of the state the sentence names ("Prague signed ... for 34 billion crowns"); Swedish
    /// when it names none of them, as Sweden's are the crowns arms news quotes most.
    /// </summary>
    private static string CrownsOf(string sentence) =>
        Names(sentence, "Norw", "Oslo") ? "NOK"
        : Names(sentence, "Danish", "Denmark", "Copenhagen") ? "DKK"
        : Names(sentence, "Czech", "Prague") ? "CZK"
        : "SEK";

    private static bool Names(string sentence, params ReadOnlySpan<string> words)
    {
        foreach (var w in words)
        {
            if (sentence.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string SuffixCurrency(string word, string sentence)
    {
        var w = word.ToLowerInvariant();
        if (w.Contains("dollar", StringComparison.Ordinal))
        {
            return w.StartsWith("australian", StringComparison.Ordinal) ? "AUD"
                : w.StartsWith("canadian", StringComparison.Ordinal) ? "CAD"
                : w.StartsWith("singapore", StringComparison.Ordinal) ? "SGD"
                : w.StartsWith("new zealand", StringComparison.Ordinal) ? "NZD"
                : w.StartsWith("hong kong", StringComparison.Ordinal) ? "HKD"
                : "USD";
        }

        // ("3.9 billion Norwegian crowns", "12 billion Mexican pesos": a state's adjective picks its currency of that name.)
        var space = w.LastIndexOf(' ');
        var state = space > 0 ? w[..space] : "";
        w = space > 0 ? w[(space + 1)..] : w;
        return w switch
        {
            "crown" or "crowns" => state switch { "norwegian" => "NOK", "swedish" => "SEK", "danish" => "DKK", "czech" => "CZK", _ => CrownsOf(sentence) },
            "koruna" or "korunas" => "CZK",
            "forint" or "forints" => "HUF",
            "rupee" or "rupees" when state == "pakistani" => "PKR",
            "rupee" or "rupees" when state == "sri lankan" => "LKR",
            "peso" or "pesos" when state is "mexican" or "colombian" or "chilean" or "argentine" =>
                state switch { "mexican" => "MXN", "colombian" => "COP", "chilean" => "CLP", _ => "ARS" },
            _ when w.StartsWith("pound", StringComparison.Ordinal) && state == "egyptian" => "EGP",
            "riyal" or "riyals" when state == "qatari" => "QAR",
            "dinar" or "dinars" => state switch
            {
                "iraqi" => "IQD",
                "kuwaiti" => "KWD",
                "serbian" => "RSD",
                "jordanian" => "JOD",
                "bahraini" => "BHD",
                "libyan" => "LYD",
                "tunisian" => "TND",
                _ => "DZD",
            }, // (only after a state's adjective: several states pay in dinars)
            "euro" or "euros" => "EUR",
            _ when w.StartsWith("pound", StringComparison.Ordinal) => "GBP",
            "won" => "KRW",
            "yen" => "JPY",
            "yuan" or "renminbi" => "CNY",
            "rupee" or "rupees" => "INR",
            "kronor" or "krona" => "SEK",
            "kroner" or "krone" => state == "danish" ? "DKK" : "NOK",
            "rand" => "ZAR",
            "zloty" or "zlotys" => "PLN",
            "riyal" or "riyals" => "SAR",
            "dirham" or "dirhams" => "AED",
            "baht" => "THB",
            "ringgit" => "MYR",
            "peso" or "pesos" => "PHP",
            "lira" or "liras" => "TRY",
            "real" or "reais" => "BRL",
            "franc" or "francs" => "CHF",
            "shekel" or "shekels" => "ILS",
            "rupiah" => "IDR",
            _ => "USD",
        };
    }
}
