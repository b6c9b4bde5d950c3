using System.Globalization;
using System.Text.RegularExpressions;
using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Mentions;

/// <summary>
/// Finds dates in a sentence: absolute ("5 March 2019", "December 2017", "2015"), partial ("April 10",
/// "in January"), relative to publication ("on Monday", "last month", "next year") and ranges (start kept).
/// </summary>
public static partial class DateFinder
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Whether a folded word is a month's or a weekday's full name ("In September Germany signed").</summary>
    public static bool IsCalendarWord(string word) => MonthNames.Contains(word) || WeekdayNames.Contains(word);

    private const string Month = @"(?<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|Mar\.|April|Apr\.|May|June|Jun\.|July|Jul\.|August|Aug\.|September|Sept?\.|October|Oct\.|November|Nov\.|December|Dec\.)";

    [GeneratedRegex(@"\b(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+" + Month + @"|" + Month + @"\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\b)(?:,?\s+(?<year>(?:19|20)[0-9][0-9]))?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthRegex();

    // ("in August and September 1985": a pair of months shares the year written after the second; the first starts the range.)
    private const string SecondMonth = @"(?:\s+(?:and|or|to|through)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))?";

    [GeneratedRegex(@"\b(?<mod>(?:early|late|mid|the end of|the beginning of|the start of|the middle of|end|end-)[\s-]*)?" + Month + SecondMonth + @"(?:,?\s+(?<year>(?:19|20)[0-9][0-9]))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"\b(?:(?<day>[0-9]{1,2})(?:st|nd|rd|th)?\s+)?" + Month + @"(?:\s+(?<day>[0-9]{1,2})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(?<rel>last|this|next|that|the same)\s+year\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthRelativeYearRegex();

    [GeneratedRegex(@"\b(?:(?:fiscal|FY)\s?(?:year\s)?)?(?<year>(?:19[5-9]|20[0-4])[0-9])(?<s>s)?(?:[-–/][0-9][0-9]\b)?\b(?![-–][0-9])(?!\s?(?:km|kilomet|mm|m\b|kg|tons|tonnes|troops|soldiers|units|aircraft|tanks|jets))", RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"\b(?:(?<last>last|past|previous)\s+|(?<next>next|coming)\s+|(?<this>this)\s+|on\s+|(?:on\s+)?(?<prefix>late|early)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?:(?<yesterday>yesterday)|(?<today>today|tonight|this morning|this afternoon|this evening)|(?<rel>(?:earlier |later )?(?:this|that)|last|next|the previous|the following|the past|the coming|the same)\s+(?<unit>week|month|year|quarter|spring|summer|autumn|fall|winter)|(?<ago>(?<n>[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<agounit>days|weeks|months|years|day|week|month|year)\s+ago)|(?<turn>the turn of the year)|in\s+the\s+(?<season>spring|summer|autumn|fall|winter)\b(?!\s+(?:of\s+)?[0-9])(?!\s+of\b)|(?:the\s+)?end\s+of\s+the\s+(?<endunit>month|year)\b|the\s+(?<endunit>month|year)\s+is\s+out|(?<coming>(?:in\s+)?the\s+coming\s+(?:weeks|months|years|days)))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"\b(?:(?<n>[0-9]{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?<unit>hours|days|weeks|months|years|hour|day|week|month|year)\s+later\b(?!\s+than)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LaterRegex();

    [GeneratedRegex(@"\bbetween\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BetweenRegex();

    // Words one of the date patterns needs, so a sentence without any is passed over without running them.
    // Case-insensitive, a superset for the case-sensitive patterns; letters that other letters match under IgnoreCase
    // (Kelvin sign, long s, dotted and dotless i, Angstrom sign) turn the shortcut off.
    private static readonly System.Buffers.SearchValues<string> MonthWords = System.Buffers.SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> YearDigits = System.Buffers.SearchValues.Create(["19", "20"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> RelativeWords = System.Buffers.SearchValues.Create(
        ["day", "tonight", "this morning", "this afternoon", "this evening", "week", "month", "year", "quarter", "spring", "summer", "autumn", "fall", "winter"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> Ago = System.Buffers.SearchValues.Create(["ago"], StringComparison.OrdinalIgnoreCase);

    // The month and weekday patterns are case-sensitive: a month's capitalised first three letters ("Mar" of "March",
    // "Mar.") or a weekday's name must be written for them to match. (Vectorised searches: the ordinal-ignore-case
    // Contains of invariant mode is a character loop.)
    private static readonly System.Buffers.SearchValues<string> CapitalisedMonths = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> Weekdays = System.Buffers.SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<string> Later = System.Buffers.SearchValues.Create([" later"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> Year = System.Buffers.SearchValues.Create(["year"], StringComparison.OrdinalIgnoreCase);

    // The patterns are walked as `for (var m = Pattern().Match(sentence); m.Success; m = m.NextMatch())` rather than by
    // `foreach` over Matches(sentence): the same matches in the same order, without a collection, its list of matches and
    // an enumerator for every sentence. (Match.Empty stands for a pattern not worth running on the sentence.)

    // Each form of the relative pattern holds one of these words, or a unit after an opener ("last year", "the month"):
    // MayHaveRelative tests for them, so the pattern (slow: it tries at almost every word) runs only where it can match.
    private static readonly System.Buffers.SearchValues<string> RelativeLiterals = System.Buffers.SearchValues.Create(
        ["yesterday", "today", "tonight", "this morning", "this afternoon", "this evening", "ago", "turn", "coming", "spring", "summer", "autumn", "fall", "winter"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> RelativeUnits = System.Buffers.SearchValues.Create(
        ["week", "month", "year", "quarter"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] UnitOpeners = ["this", "that", "last", "next", "previous", "following", "past", "same", "the"];

    /// <summary>
    /// False when <see cref="RelativeRegex"/> cannot match <paramref name="span"/> (a superset test; letters that fold
    /// to ASCII ones under IgnoreCase are for the caller to rule out): none of <see cref="RelativeLiterals"/>, and no
    /// unit ("week", "month", "year", "quarter") after white space and a word ending as one of <see cref="UnitOpeners"/>.
    /// </summary>
    private static bool MayHaveRelative(ReadOnlySpan<char> span)
    {
        if (span.ContainsAny(RelativeLiterals))
        {
            return true;
        }

        var from = 0;
        while (from < span.Length && span[from..].IndexOfAny(RelativeUnits) is var i and >= 0)
        {
            var at = from + i;
            var k = at;
            while (k > 0 && char.IsWhiteSpace(span[k - 1]))
            {
                k--;
            }

            if (k < at)
            {
                foreach (var opener in UnitOpeners)
                {
                    if (span[..k].EndsWith(opener, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            from = at + 1;
        }

        return false;
    }

    // The patterns' group numbers, looked up once: a group asked for by name costs a hash-table look-up on every match.
    private static class DayMonthGroup
    {
        public static readonly int Day = DayMonthRegex().GroupNumberFromName("day");
        public static readonly int Month = DayMonthRegex().GroupNumberFromName("month");
        public static readonly int Year = DayMonthRegex().GroupNumberFromName("year");
    }

    private static class MonthGroup
    {
        public static readonly int Mod = MonthRegex().GroupNumberFromName("mod");
        public static readonly int Month = MonthRegex().GroupNumberFromName("month");
        public static readonly int Year = MonthRegex().GroupNumberFromName("year");
    }

    private static class MonthRelativeYearGroup
    {
        public static readonly int Day = MonthRelativeYearRegex().GroupNumberFromName("day");
        public static readonly int Month = MonthRelativeYearRegex().GroupNumberFromName("month");
        public static readonly int Rel = MonthRelativeYearRegex().GroupNumberFromName("rel");
    }

    private static class YearGroup
    {
        public static readonly int Decade = YearRegex().GroupNumberFromName("s");
        public static readonly int Year = YearRegex().GroupNumberFromName("year");
    }

    private static class WeekdayGroup
    {
        public static readonly int Last = WeekdayRegex().GroupNumberFromName("last");
        public static readonly int Next = WeekdayRegex().GroupNumberFromName("next");
        public static readonly int Weekday = WeekdayRegex().GroupNumberFromName("weekday");
    }

    private static class RelativeGroup
    {
        public static readonly int Ago = RelativeRegex().GroupNumberFromName("ago");
        public static readonly int AgoUnit = RelativeRegex().GroupNumberFromName("agounit");
        public static readonly int Coming = RelativeRegex().GroupNumberFromName("coming");
        public static readonly int EndUnit = RelativeRegex().GroupNumberFromName("endunit");
        public static readonly int N = RelativeRegex().GroupNumberFromName("n");
        public static readonly int Rel = RelativeRegex().GroupNumberFromName("rel");
        public static readonly int Season = RelativeRegex().GroupNumberFromName("season");
        public static readonly int Today = RelativeRegex().GroupNumberFromName("today");
        public static readonly int Turn = RelativeRegex().GroupNumberFromName("turn");
        public static readonly int Unit = RelativeRegex().GroupNumberFromName("unit");
        public static readonly int Yesterday = RelativeRegex().GroupNumberFromName("yesterday");
    }

    private static class LaterGroup
    {
        public static readonly int N = LaterRegex().GroupNumberFromName("n");
        public static readonly int Unit = LaterRegex().GroupNumberFromName("unit");
    }

    private const string CaseFoldingExotics = "\u212A\u017F\u0130\u0131\u212B";

    /// <summary>Dates in text[start..end), in order of appearance.</summary>
    /// <param name="futureContext">The sentence speaks of the future, so a month or weekday without a year is the next one, not the last.</param>
    public static List<DateMention> Find(string text, int start, int end, DateOnly? published, bool futureContext) =>
        Find(text, start, end, published, futureContext, null);

    /// <summary>
    /// As <see cref="Find(string, int, int, DateOnly?, bool)"/>; the patterns run on <paramref name="analysed"/>'s text when
    /// given (text[start..end) cut once for the sentence's dates, money and records), asked for only when a date may be there.
    /// </summary>
    internal static List<DateMention> Find(string text, int start, int end, DateOnly? published, bool futureContext, AnalyzedSentence? analysed)
    {
        var span = text.AsSpan(start, end - start);
        var exotic = span.IndexOfAny(CaseFoldingExotics) >= 0;
        var months = exotic || span.ContainsAny(MonthWords);
        var years = span.ContainsAny(YearDigits);
        var relative = published is not null && (exotic || span.ContainsAny(RelativeWords));
        var later = span.ContainsAny(Later);
        if (!months && !years && !relative && !later)
        {
            return [];
        }

        var sentence = analysed?.Evidence ?? text[start..end];
        var found = new List<DateMention>();
        // (Which characters a date has taken: a pooled array, cleared, rather than a new one for every sentence searched.)
        var taken = System.Buffers.ArrayPool<bool>.Shared.Rent(sentence.Length);
        Array.Clear(taken, 0, sentence.Length);

        void Add(Match m, PartialDate date, bool future) => AddAt(m.Index, m.Length, date, future);

        void AddAt(int index, int length, PartialDate date, bool future)
        {
            for (var i = index; i < index + length; i++)
            {
                if (taken[i])
                {
                    return;
                }
            }

            for (var i = index; i < index + length; i++)
            {
                taken[i] = true;
            }

            var isRange = BetweenRegex().IsMatch(sentence.AsSpan(Math.Max(0, index - 30), index - Math.Max(0, index - 30))) || FollowedByRangeEnd(sentence, index + length);
            var isFuture = future || (published is { } p && date.CompareTo(PartialDate.Of(p)) > 0 && !SamePeriod(date, p));
            found.Add(new DateMention(start + index, start + index + length, date, isRange, isFuture));
        }

        // The pattern's "year" has no letter that IgnoreCase matches beyond its two cases, so a plain search rules it out.
        if (published is { } pubYear && months && span.ContainsAny(Year))
        {
            // "in April last year", "in March this year", "in December of last year", "on June 7 last year"
            for (var m = MonthRelativeYearRegex().Match(sentence); m.Success; m = m.NextMatch())
            {
                var rel = m.Groups[MonthRelativeYearGroup.Rel].Value.ToLowerInvariant();
                var month = MonthOf(m.Groups[MonthRelativeYearGroup.Month].ValueSpan);
                int? year = rel switch { "last" => pubYear.Year - 1, "next" => pubYear.Year + 1, "this" => pubYear.Year, _ => YearBefore(text, start + m.Index) };
                if (year is not { } y)
                {
                    // "in October of that year" with no year written before it: which year is not known, and not the
                    // publication's either.
                    Array.Fill(taken, true, m.Index, m.Length);
                    continue;
                }

                var day = m.Groups[MonthRelativeYearGroup.Day].Success ? int.Parse(m.Groups[MonthRelativeYearGroup.Day].ValueSpan, CultureInfo.InvariantCulture) : 0;
                Add(m, day is >= 1 && day <= DateTime.DaysInMonth(y, month) ? new PartialDate(y, month, day) : new PartialDate(y, month), rel == "next");
            }
        }

        var capitalisedMonths = months && span.ContainsAny(CapitalisedMonths);
        for (var m = capitalisedMonths ? DayMonthRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var month = MonthOf(m.Groups[DayMonthGroup.Month].ValueSpan);
            var day = int.Parse(m.Groups[DayMonthGroup.Day].ValueSpan, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31 || (m.Groups[DayMonthGroup.Month].ValueSpan is "May" && !m.Groups[DayMonthGroup.Year].Success && !LooksLikeDateContext(sentence, m.Index)))
            {
                continue;
            }

            if (m.Groups[DayMonthGroup.Year].Success)
            {
                var y = int.Parse(m.Groups[DayMonthGroup.Year].ValueSpan, CultureInfo.InvariantCulture);
                if (day <= DateTime.DaysInMonth(y, month))
                {
                    Add(m, new PartialDate(y, month, day), false);
                }
            }
            else if (published is { } p)
            {
                var y = YearFor(month, day, p, futureContext && !TellsOfThePast(sentence, m));
                if (day <= DateTime.DaysInMonth(y, month))
                {
                    Add(m, new PartialDate(y, month, day), false);
                }
            }
        }

        for (var m = capitalisedMonths ? MonthRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var monthWord = m.Groups[MonthGroup.Month].ValueSpan;
            var month = MonthOf(monthWord);
            if (monthWord is "May" && !m.Groups[MonthGroup.Year].Success && !m.Groups[MonthGroup.Mod].Success && !LooksLikeDateContext(sentence, m.Index))
            {
                continue;
            }

            if (m.Groups[MonthGroup.Year].Success)
            {
                Add(m, new PartialDate(int.Parse(m.Groups[MonthGroup.Year].ValueSpan, CultureInfo.InvariantCulture), month), false);
            }
            else if (published is { } p && (m.Groups[MonthGroup.Mod].Success || LooksLikeDateContext(sentence, m.Index)))
            {
                Add(m, new PartialDate(YearFor(month, 1, p, futureContext && !TellsOfThePast(sentence, m)), month), false);
            }
        }

        // (Years are the commonest match: walked as positions only, with no Match, groups or strings. The pattern's prefix,
        // "fiscal year" or "FY", holds no digit, so the year is the four characters from the match's first digit; its "s"
        // group, a decade, is the character right after them, which is otherwise a dash, a slash or past the match.)
        if (years)
        {
            foreach (var y in YearRegex().EnumerateMatches(sentence))
            {
                var year = sentence.AsSpan(y.Index, y.Length);
                var digits = year.IndexOfAnyInRange('0', '9');
                if (digits + 4 < year.Length && year[digits + 4] == 's')
                {
                    continue; // "the 1990s" is a decade, not a date of an event
                }

                AddAt(y.Index, y.Length, new PartialDate(int.Parse(year.Slice(digits, 4), CultureInfo.InvariantCulture)), false);
            }
        }

        if (published is { } pub && relative)
        {
            for (var m = span.ContainsAny(Weekdays) ? WeekdayRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
            {
                var target = Enum.Parse<DayOfWeek>(m.Groups[WeekdayGroup.Weekday].ValueSpan);
                var d = pub;
                if (m.Groups[WeekdayGroup.Next].Success || (futureContext && !m.Groups[WeekdayGroup.Last].Success && !TellsOfThePast(sentence, m)))
                {
                    do
                    {
                        d = d.AddDays(1);
                    }
                    while (d.DayOfWeek != target);
                    Add(m, PartialDate.Of(d), true);
                }
                else
                {
                    while (d.DayOfWeek != target)
                    {
                        d = d.AddDays(-1);
                    }

                    if (m.Groups[WeekdayGroup.Last].Success && d == pub)
                    {
                        d = d.AddDays(-7);
                    }

                    Add(m, PartialDate.Of(d), false);
                }
            }

            for (var m = exotic || MayHaveRelative(span) ? RelativeRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
            {
                if (m.Groups[RelativeGroup.Yesterday].Success)
                {
                    Add(m, PartialDate.Of(pub.AddDays(-1)), false);
                }
                else if (m.Groups[RelativeGroup.Today].Success)
                {
                    Add(m, PartialDate.Of(pub), false);
                }
                else if (m.Groups[RelativeGroup.Turn].Success)
                {
                    Add(m, new PartialDate(pub.Year + 1), true);
                }
                else if (m.Groups[RelativeGroup.Season].Success)
                {
                    // "delivered dozens in the spring": the last such season begun by publication; "will arrive in the
                    // autumn": the next one not yet over. A year written before it in the sentence ("In 2021 ... in the
                    // summer") is the season's.
                    var (begins, ends) = m.Groups[RelativeGroup.Season].Value.ToLowerInvariant() switch { "spring" => (3, 5), "summer" => (6, 8), "winter" => (12, 2), _ => (9, 11) };
                    var ahead = futureContext && !TellsOfThePast(sentence, m);
                    // (A year written out, or the date of a report the season is told in: "said in January that the jets would
                    // arrive in the spring"; not another step's: "which chose it in September, expects to sign in the spring".)
                    // (Told as to come after a report's day, the first such season after it: "said on Monday [in November] that
                    // the jets would arrive in the spring" is next year's.)
                    var before = LatestBefore(found, start + m.Index, pastOnly: false);
                    var report = before is not null && !WritesAYear(sentence, before.StartChar - start, before.EndChar - start) &&
                                 sentence.AsSpan(before.EndChar - start, Math.Max(0, m.Index - (before.EndChar - start))).Contains(" that ", StringComparison.Ordinal);
                    var written = before is null ? (int?)null
                        : WritesAYear(sentence, before.StartChar - start, before.EndChar - start) ? before.Date.Year
                        : report ? (ahead && before.Date.Month is { } said && ends < said && begins != 12 ? before.Date.Year + 1 : before.Date.Year)
                        : null;
                    var year = written ?? (ahead ? (ends >= pub.Month || begins == 12 ? pub.Year : pub.Year + 1) : begins <= pub.Month ? pub.Year : pub.Year - 1);
                    Add(m, new PartialDate(year), published is { } p && year > p.Year || ahead && begins > pub.Month);
                }
                else if (m.Groups[RelativeGroup.EndUnit].Success && sentence[..m.Index].TrimEnd().Split(' ')[^1].ToLowerInvariant() is "until" or "till" or "through")
                {
                    Array.Fill(taken, true, m.Index, m.Length); // "froze exports until the end of the year": how long, not when
                }
                else if (m.Groups[RelativeGroup.EndUnit].Success)
                {
                    // "by the end of the month", "before the year is out": the publication's month or year, still to come;
                    // told in the past ("arrived at the end of the year"), the last one ended.
                    var month = m.Groups[RelativeGroup.EndUnit].Value.Equals("month", StringComparison.OrdinalIgnoreCase);
                    var past = TellsOfThePast(sentence, m);
                    var ended = month ? (past ? pub.AddMonths(-1) : pub) : (past ? pub.AddYears(-1) : pub);
                    // ("In 2021, India said it expected to order ... by the end of the year": the year written before it.)
                    // (Only a year that opens the sentence: "the jets ordered in 2022 will arrive by the end of the year" is this year.)
                    var written = month ? null : LatestBefore(found, start + m.Index, pastOnly: false) is { } opening && opening.StartChar - start <= 4 ? opening.Date.Year : (int?)null;
                    Add(m, month ? new PartialDate(ended.Year, ended.Month) : new PartialDate(written ?? ended.Year), !past && written is null);
                }
                else if (m.Groups[RelativeGroup.Coming].Success)
                {
                    continue;
                }
                else if (m.Groups[RelativeGroup.Ago].Success)
                {
                    var n = NumberOf(m.Groups[RelativeGroup.N].Value);
                    var unit = m.Groups[RelativeGroup.AgoUnit].Value.TrimEnd('s').ToLowerInvariant();
                    if (n > 500 * (unit is "year" ? 1 : 12))
                    {
                        continue; // "3,000 years ago" is history, not a date of a transfer (and beyond what a date can hold)
                    }

                    var d = unit switch
                    {
                        "day" => pub.AddDays(-n),
                        "week" => pub.AddDays(-7 * n),
                        "month" => pub.AddMonths(-n),
                        _ => pub.AddYears(-n),
                    };
                    Add(m, unit is "year" ? new PartialDate(d.Year) : unit is "month" ? new PartialDate(d.Year, d.Month) : PartialDate.Of(d), false);
                }
                else if (m.Groups[RelativeGroup.Rel].Value.ToLowerInvariant() is "the same" or "that" or "earlier that" or "later that")
                {
                    // "agreed in March 2010 ... and ordered jets the same month": the period of the date before it.
                    // A year may have been written sentences before ("later that year"); a month is looked for in this one.
                    var before = LatestBefore(found, start + m.Index, pastOnly: false);
                    var unit = m.Groups[RelativeGroup.Unit].Value.ToLowerInvariant();
                    if (unit is "month" && before?.Date.Month is { } month)
                    {
                        Add(m, new PartialDate(before.Date.Year, month), before.IsFuture);
                    }
                    else if (unit is "year" && YearBefore(text, start + m.Index) is { } year)
                    {
                        Add(m, new PartialDate(year), published is { } p && year > p.Year);
                    }
                    else
                    {
                        Array.Fill(taken, true, m.Index, m.Length); // not the publication's period either
                    }
                }
                else if (m.Groups[RelativeGroup.Unit].Value.Equals("year", StringComparison.OrdinalIgnoreCase) && StoryRelative(sentence, m) is { } step &&
                         StoryYearBefore(text, start + m.Index, published) is { } told)
                {
                    // "bought MiG-29s in 1996; they arrived the next year", "the previous year": counted from the year told, not the news.
                    Add(m, new PartialDate(told + step), published is { } p && told + step > p.Year);
                }
                else
                {
                    var rel = m.Groups[RelativeGroup.Rel].Value.ToLowerInvariant();
                    var unit = m.Groups[RelativeGroup.Unit].Value.ToLowerInvariant();
                    var offset = rel switch
                    {
                        "last" or "the previous" or "the past" => -1,
                        "next" or "the following" or "the coming" => 1,
                        _ => 0,
                    };
                    PartialDate date = unit switch
                    {
                        "week" => PartialDate.Of(pub.AddDays(7 * offset)),
                        "month" => MonthOffset(pub, offset),
                        "quarter" => MonthOffset(pub, 3 * offset),
                        _ => new PartialDate(pub.Year + offset),
                    };
                    if (unit == "week")
                    {
                        // A week is vaguer than a day: keep the month only.
                        date = new PartialDate(date.Year, date.Month);
                    }

                    Add(m, date, offset > 0);
                }
            }
        }

        // "A month later", "days later", "two years later": counted from the last date written before.
        for (var m = later ? LaterRegex().Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var n = m.Groups[LaterGroup.N].Success ? NumberOf(m.Groups[LaterGroup.N].Value) : 0; // 0: "days later", a few
            var unit = m.Groups[LaterGroup.Unit].Value.ToLowerInvariant().TrimEnd('s');
            // (A date found before it in this sentence, "last July, and days later", is nearer than any written before.)
            var inSentence = LatestBefore(found, start + m.Index, pastOnly: true)?.Date;
            PartialDate? date = (inSentence ?? LastDateBefore(text, start + m.Index, published)) is not { } before || n > 100
                ? null
                : unit switch
                {
                    // Hours on: the same day; days or weeks on: the same month, as near as the text allows.
                    "hour" => before,
                    "day" or "week" => before.Month is { } mo ? new PartialDate(before.Year, mo) : new PartialDate(before.Year),
                    "month" when n > 0 && before.Month is { } mo => new PartialDate(before.Year + (mo - 1 + n) / 12, (mo - 1 + n) % 12 + 1),
                    "year" when n > 0 => new PartialDate(before.Year + n),
                    _ => null,
                };
            if (date is { } d)
            {
                Add(m, d, published is { } p && d.CompareTo(PartialDate.Of(p)) > 0 && !SamePeriod(d, p));
            }
        }

        // "MOSCOW, July 28 -": a dateline dates the report, not the event.
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (IsDateline(sentence, found[i].StartChar - start, found[i].EndChar - start))
            {
                found.RemoveAt(i);
            }
        }

        System.Buffers.ArrayPool<bool>.Shared.Return(taken);
        found.Sort((a, b) => a.StartChar.CompareTo(b.StartChar));
        return found;
    }

    /// <summary>
    /// The date found so far that starts last before character <paramref name="at"/> (the first such when two start
    /// together, as MaxBy), only among those not in the future when <paramref name="pastOnly"/>.
    /// </summary>
    private static DateMention? LatestBefore(List<DateMention> found, int at, bool pastOnly)
    {
        DateMention? latest = null;
        foreach (var d in found)
        {
            if (d.StartChar < at && !(pastOnly && d.IsFuture) && (latest is null || d.StartChar > latest.StartChar))
            {
                latest = d;
            }
        }

        return latest;
    }

    private static readonly System.Buffers.SearchValues<string> DayWords = System.Buffers.SearchValues.Create(
        ["yesterday", "today", "tonight", "this morning", "this afternoon", "this evening", "ago"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// False when no date <see cref="Find"/> finds in text[start..end) names a day (a superset test, as the shortcuts in
    /// <see cref="Find"/>): a day comes only from a month's name ("5 March", "June 7 last year"), a weekday, "yesterday",
    /// "today" and the like, "N days ago" or "hours later"; years, months, seasons and "last week" name none.
    /// </summary>
    public static bool MayFindADay(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return span.IndexOfAny(CaseFoldingExotics) >= 0 || span.ContainsAny(MonthWords) || span.ContainsAny(Weekdays) || span.ContainsAny(DayWords) ||
               span.ContainsAny(Later);
    }

    /// <summary>
    /// False when <see cref="Find"/> cannot throw on text[start..end): true only with letters that the case-insensitive
    /// patterns match but the month table does not know, "N ... ago" (N may be past the calendar) or a publication date at
    /// the calendar's ends. (Digits are ASCII in every pattern: "in ٢٠١٩" is no date, and no error.)
    /// </summary>
    public static bool MayThrow(string text, int start, int end, DateOnly? published)
    {
        if (published is { Year: <= 1 or >= 9999 })
        {
            return true;
        }

        var span = text.AsSpan(start, end - start);
        return span.IndexOfAny(CaseFoldingExotics) >= 0 || span.ContainsAny(Ago);
    }

    /// <summary>The full date of a dateline ("ANKARA, 12 September 2017 - ..."), which dates the report when nothing else does.</summary>
    public static DateOnly? DatelineDate(string text, int start, int end)
    {
        var sentence = text[start..end];
        for (var m = DayMonthRegex().Match(sentence); m.Success; m = m.NextMatch())
        {
            if (m.Groups[DayMonthGroup.Year].Success && IsDateline(sentence, m.Index, m.Index + m.Length))
            {
                var y = int.Parse(m.Groups[DayMonthGroup.Year].ValueSpan, CultureInfo.InvariantCulture);
                var month = MonthOf(m.Groups[DayMonthGroup.Month].ValueSpan);
                var day = int.Parse(m.Groups[DayMonthGroup.Day].ValueSpan, CultureInfo.InvariantCulture);
                if (day >= 1 && day <= DateTime.DaysInMonth(y, month))
                {
                    return new DateOnly(y, month, day);
                }
            }
        }

        return null;
    }

    private static bool IsDateline(string sentence, int from, int to)
    {
        if (from > 60)
        {
            return false;
        }

        // (Read in place: this runs for every date found.)
        var before = sentence.AsSpan(0, from);
        var after = sentence.AsSpan(to).TrimStart();
        return IsPlaceOnly(before) && after is ['-' or '–' or '—' or '(', ..];
    }

    /// <summary>Only capitals and a place line's punctuation ("MOSCOW, ", "NEW DELHI/ISLAMABAD ("), with one capital at least.</summary>
    private static bool IsPlaceOnly(ReadOnlySpan<char> before)
    {
        var capital = false;
        foreach (var c in before)
        {
            if (char.IsUpper(c))
            {
                capital = true;
            }
            else if (c is not (',' or ' ' or '/' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        return capital;
    }

    /// <summary>
    /// The year of the story told last before a position: not a year after publication ("deliveries until 2030") and not a
    /// number in a name ("Mirage 2000", "PzH 2000", "Vision 2030").
    /// </summary>
    private static int? StoryYearBefore(string text, int index, DateOnly? published)
    {
        var from = Math.Max(0, index - 1500);
        var matches = YearRegex().Matches(text[from..index]);
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            var year = int.Parse(m.Groups[YearGroup.Year].Value, CultureInfo.InvariantCulture);
            if (m.Groups[YearGroup.Decade].Success || published is { } p && year > p.Year || NamedNumber(text, from + m.Index))
            {
                continue;
            }

            return year;
        }

        return null;
    }

    /// <summary>Whether the number at <paramref name="at"/> follows a capitalised word that is no month ("Mirage 2000").</summary>
    private static bool NamedNumber(string text, int at) =>
        WordBefore.Number(text, at) is { Length: > 0 } word && char.IsUpper(word[0]) && word.ToString().ToLowerInvariant() is var folded &&
        !IsCalendarWord(folded) && !YearOpeners.Contains(folded);

    /// <summary>Capitalised words that open a year rather than name a system ("In 2015", "Since 2019", "Early 2020").</summary>
    private static readonly HashSet<string> YearOpeners = new(StringComparer.Ordinal)
    {
        "in", "by", "since", "from", "until", "till", "of", "to", "on", "at", "and", "or", "the", "early", "late", "mid", "fiscal", "end", "spring",
        "summer", "autumn", "fall", "winter", "year", "before", "after", "during", "around", "about", "between", "through", "throughout",
    };

    /// <summary>+1 for "the next"/"the following", -1 for "the previous": a period counted from the story's own time; else null.</summary>
    private static int? StoryRelative(string sentence, Match m)
    {
        var rel = m.Groups[RelativeGroup.Rel].Value.ToLowerInvariant();
        var thePrecedes = m.Index >= 4 && sentence.AsSpan(m.Index - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase);
        return rel switch
        {
            "the following" => 1,
            "next" when thePrecedes => 1,
            "the previous" => -1,
            _ => null,
        };
    }

    private static PartialDate MonthOffset(DateOnly pub, int months)
    {
        var d = new DateOnly(pub.Year, pub.Month, 1).AddMonths(months);
        return new PartialDate(d.Year, d.Month);
    }

    private static bool SamePeriod(PartialDate date, DateOnly p) =>
        date.Year == p.Year && (date.Month is null || (date.Month == p.Month && date.Day is null));

    private static bool FollowedByRangeEnd(string s, int at)
    {
        var rest = s[at..].TrimStart();
        return rest.StartsWith("and ", StringComparison.Ordinal) && BetweenRegex().IsMatch(s[..at]) ||
               rest.StartsWith("to ", StringComparison.Ordinal) && char.IsDigit(rest.ElementAtOrDefault(3)) ||
               rest.StartsWith("-", StringComparison.Ordinal) || rest.StartsWith("–", StringComparison.Ordinal);
    }

    private static bool LooksLikeDateContext(string s, int at)
    {
        var before = s[Math.Max(0, at - 16)..at].TrimEnd().ToLowerInvariant();
        return before.EndsWith(" in", StringComparison.Ordinal) || before.EndsWith(" on", StringComparison.Ordinal) || before.EndsWith(" of", StringComparison.Ordinal) ||
               before.EndsWith(" since", StringComparison.Ordinal) || before.EndsWith(" until", StringComparison.Ordinal) || before.EndsWith(" by", StringComparison.Ordinal) ||
               before.EndsWith(" from", StringComparison.Ordinal) || before.EndsWith(" last", StringComparison.Ordinal) || before.EndsWith(" early", StringComparison.Ordinal) ||
               before.EndsWith(" late", StringComparison.Ordinal) || before.EndsWith(" mid", StringComparison.Ordinal) || before.EndsWith("mid-", StringComparison.Ordinal) ||
               before.EndsWith(" this", StringComparison.Ordinal) || before.EndsWith(" next", StringComparison.Ordinal) || before.EndsWith(" between", StringComparison.Ordinal) ||
               before.EndsWith(" and", StringComparison.Ordinal) || before.Length == 0 || before == "in" || before == "on";
    }

    /// <summary>
    /// "will acquire jets under an agreement signed on Monday": a date right after a verb in the past is a past date, though
    /// the sentence speaks of the future; so is one right before such a verb ("on Friday signed").
    /// </summary>
    /// <summary>Whether sentence[from..to) has four digits in a row: a year written, not one inferred from publication.</summary>
    private static bool WritesAYear(string sentence, int from, int to)
    {
        var run = 0;
        for (var i = Math.Max(0, from); i < Math.Min(to, sentence.Length); i++)
        {
            run = char.IsAsciiDigit(sentence[i]) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TellsOfThePast(string sentence, Match date)
    {
        // Back through the clause to its verb: "signed for 24 jets on Sunday", "will sign the contract on Friday".
        var before = sentence[..date.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = before.Length - 1; i >= 0 && i >= before.Length - 12; i--)
        {
            var word = before[i].ToLowerInvariant();
            if (word.EndsWith(',') && i < before.Length - 1)
            {
                break; // another clause
            }

            word = word.TrimEnd(',');
            if (FutureMarkers.Contains(word))
            {
                return false; // "will deliver the jets on Friday"
            }

            // "said it expected to sign the contract by the end of the year": a past verb that looks ahead to the step.
            if (i + 1 < before.Length && before[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase) && LookAhead.Contains(word))
            {
                return false;
            }

            // "the promised tanks": a participle after a determiner describes; "be officially commissioned": still to come.
            if (IsPastForm(word) && !(i > 0 && Determiners.Contains(before[i - 1].ToLowerInvariant())))
            {
                var previous = i > 0 && before[i - 1].EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? i - 2 : i - 1;
                return previous < 0 || before[previous].ToLowerInvariant() is not ("be" or "to" or "been");
            }

        }

        // Or on to it, when the date opens its clause: "the cabinet on Monday approved a purchase that will ...",
        // "In February, the cabinet decided".
        var after = sentence[(date.Index + date.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opensClause = before.Length <= 3 || before[^1].EndsWith(',') || (before.Length >= 2 && before[^2].EndsWith(','));
        for (var i = 0; i < after.Length && i < 4; i++)
        {
            var word = after[i].ToLowerInvariant().TrimEnd(',', '.');
            if (FutureMarkers.Contains(word) || (i > 0 && after[i - 1].EndsWith(',') && !(i == 1 && opensClause)))
            {
                break;
            }

            if (IsPastForm(word))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her", "our", "these", "those" };

    private static bool IsPastForm(string verb) =>
        PastVerbs.Contains(verb) || (verb.Length > 4 && verb.EndsWith("ed", StringComparison.Ordinal) && !NotYetDone.Contains(verb) && !Adjectives.Contains(verb));

    /// <summary>Words after which what follows is still to come.</summary>
    private static readonly HashSet<string> FutureMarkers = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "be", "could", "may", "might", "is", "are", "expects", "expect", "plans", "plan", "due", "set",
    };

    /// <summary>Past verbs that, before "to", look ahead: "expected to sign", "planned to buy", "promised to deliver".</summary>
    private static readonly HashSet<string> LookAhead = new(StringComparer.Ordinal)
    {
        "expected", "planned", "hoped", "aimed", "intended", "scheduled", "promised", "pledged", "vowed", "agreed", "decided", "wanted", "sought", "prepared",
    };

    /// <summary>Words ending like a past verb that describe weapons or people instead: "used jets", "unmanned aircraft".</summary>
    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "used", "armed", "unarmed", "advanced", "unmanned", "crewed", "uncrewed", "piloted", "guided", "upgraded", "refurbished",
        "armoured", "armored", "based", "related", "integrated", "combined", "modified", "improved", "dedicated", "limited",
        "specialised", "specialized", "tracked", "wheeled", "second-hand", "unspecified", "undisclosed",
    };

    private static readonly HashSet<string> PastVerbs = new(StringComparer.Ordinal)
    {
        "said", "told", "met", "made", "won", "took", "gave", "sent", "sold", "bought", "began", "struck", "paid", "held", "came",
        "chose", "brought", "flew", "went", "got", "withdrew", "drew", "froze", "became", "fell", "spent", "lost", "wrote", "shot",
    };

    /// <summary>Participles that put a date ahead: "expected on Tuesday", "scheduled in March".</summary>
    private static readonly HashSet<string> NotYetDone = new(StringComparer.Ordinal)
    {
        "expected", "scheduled", "planned", "slated", "intended", "targeted", "anticipated", "proposed", "timed", "foreseen", "needed",
    };

    /// <summary>
    /// The last year written before a position, in this sentence or the few before it: "talks began in 2017; ... in
    /// October of that year".
    /// </summary>
    private static int? YearBefore(string text, int index)
    {
        var from = Math.Max(0, index - 1500);
        return YearRegex().Matches(text[from..index]).LastOrDefault(y => !y.Groups[YearGroup.Decade].Success) is { } m
            ? int.Parse(m.Groups[YearGroup.Year].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The last date written with its year before a position, in this sentence or the few before it.</summary>
    private static PartialDate? LastDateBefore(string text, int index, DateOnly? published)
    {
        var from = Math.Max(0, index - 1500);
        var window = text[from..index];
        var best = (End: -1, Date: default(PartialDate));
        void Consider(int end, PartialDate date)
        {
            // Of two dates ending at one place ("March 2010" and its "2010"), the more precise; a year after publication
            // is a plan's or a name's ("Vision 2030"), not a date events count from.
            if (published is { } p && date.Year > p.Year)
            {
                return;
            }

            if (end > best.End || (end == best.End && (date.Month is not null && best.Date.Month is null)))
            {
                best = (end, date);
            }
        }

        foreach (Match m in DayMonthRegex().Matches(window))
        {
            if (m.Groups[DayMonthGroup.Year].Success)
            {
                var y = int.Parse(m.Groups[DayMonthGroup.Year].Value, CultureInfo.InvariantCulture);
                var mo = MonthOf(m.Groups[DayMonthGroup.Month].ValueSpan);
                var day = int.Parse(m.Groups[DayMonthGroup.Day].Value, CultureInfo.InvariantCulture);
                Consider(m.Index + m.Length, day >= 1 && day <= DateTime.DaysInMonth(y, mo) ? new PartialDate(y, mo, day) : new PartialDate(y, mo));
            }
        }

        foreach (Match m in MonthRegex().Matches(window))
        {
            if (m.Groups[MonthGroup.Year].Success)
            {
                Consider(m.Index + m.Length, new PartialDate(int.Parse(m.Groups[MonthGroup.Year].Value, CultureInfo.InvariantCulture), MonthOf(m.Groups[MonthGroup.Month].ValueSpan)));
            }
        }

        foreach (Match m in YearRegex().Matches(window))
        {
            if (!m.Groups[YearGroup.Decade].Success)
            {
                Consider(m.Index + m.Length, new PartialDate(int.Parse(m.Groups[YearGroup.Year].Value, CultureInfo.InvariantCulture)));
            }
        }

        return best.End < 0 ? null : best.Date;
    }

    private static int YearFor(int month, int day, DateOnly published, bool future)
    {
        var candidate = new DateOnly(published.Year, month, Math.Min(day, DateTime.DaysInMonth(published.Year, month)));
        if (future)
        {
            return candidate < new DateOnly(published.Year, published.Month, 1) ? published.Year + 1 : published.Year;
        }

        return candidate > published ? published.Year - 1 : published.Year;
    }

    /// <summary>The month a month's name or abbreviation as matched ("March", "Sept.", "DECEMBER") names, read in place.</summary>
    private static int MonthOf(ReadOnlySpan<char> word)
    {
        var trimmed = word.TrimEnd('.');
        Span<char> lower = trimmed.Length <= 16 ? stackalloc char[16] : new char[trimmed.Length];
        var w = lower[..trimmed.ToLowerInvariant(lower)];
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].AsSpan().StartsWith(w))
            {
                return i + 1;
            }
        }

        throw new FormatException($"not a month: {word}");
    }

    private static int NumberOf(string word) => word.ToLowerInvariant() switch
    {
        "a" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        var n => int.Parse(n, CultureInfo.InvariantCulture),
    };
}
