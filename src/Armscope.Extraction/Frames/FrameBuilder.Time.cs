using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Time: which date of the sentence belongs to each step.
public sealed partial class FrameBuilder
{
    /// <summary>
    /// "Six Apaches, the first of Morocco's order, were handed over on Wednesday": the order named in passing is not
    /// dated by the handover's day.
    /// </summary>
    private static void UndateOrdersNamedInPassing(List<Candidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.NominalOnly && c.Status == TransferStatus.Order && c.When is not null &&
                Among.Any(candidates, c, static (d, c) => d.Status == TransferStatus.Delivery && !d.NominalOnly && d.Explanation.DateFrom == c.Explanation.DateFrom && Equals(d.When, c.When)))
            {
                candidates[i] = c with { When = null, Explanation = c.Explanation with { DateFrom = null } };
            }
        }
    }

    /// <summary>
    /// The date right after a weapon whose designation the chain names twice, each time with a date after it ("24 Rafales
    /// in 2015 and 12 Rafales in 2017"); null when the name is not repeated or a date is missing.
    /// </summary>
    private static DateMention? OwnDateOfARepeatedName(AnalyzedSentence s, List<WeaponMention> weapons, WeaponMention weapon)
    {
        if (weapons.Count < 2 || weapon.Designation is null || weapon.End > s.Tokens.Count || !Among.Any(weapons, weapon, static (w, weapon) => w != weapon && w.Designation == weapon.Designation))
        {
            return null;
        }

        // (A loop rather than a query: this runs for each counted weapon of a step.)
        foreach (var w in weapons)
        {
            if (w.Designation == weapon.Designation && !(w.End <= s.Tokens.Count && DateRightAfter(s, weapons, w) is not null))
            {
                return null;
            }
        }

        return DateRightAfter(s, weapons, weapon);
    }

    /// <summary>The first date between weapon <paramref name="w"/> and the next weapon of <paramref name="weapons"/> (or the sentence's end).</summary>
    private static DateMention? DateRightAfter(AnalyzedSentence s, List<WeaponMention> weapons, WeaponMention w)
    {
        var next = NextStartAfter(weapons, w.First, s.Tokens.Count);
        var from = w.End < s.Tokens.Count ? s.Tokens[w.End].Start : s.Span.End;
        var to = next < s.Tokens.Count ? s.Tokens[next].Start : s.Span.End;
        return Among.First(s.Dates, from, to, static (d, from, to) => d.StartChar >= from && d.StartChar < to);
    }

    /// <summary>The first date of a single day in the week up to <paramref name="day"/> (not a range).</summary>
    private static DateMention? DayInTheWeekBefore(List<DateMention> dates, DateOnly day)
    {
        foreach (var d in dates)
        {
            if (d.Date.Day is not null && !d.IsRange && d.Date.CompareTo(PartialDate.Of(day)) <= 0 && d.Date.CompareTo(PartialDate.Of(day.AddDays(-7))) >= 0)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>The earliest date from the contract phrase of <paramref name="contract"/> on, starting before character <paramref name="before"/>.</summary>
    private static DateMention? EarliestDateOfContract(AnalyzedSentence s, List<TriggerMention> contract, int before)
    {
        DateMention? earliest = null;
        foreach (var d in s.Dates)
        {
            if (d.StartChar >= s.Tokens[ContractPhraseStart(s, contract)].Start && d.StartChar < before && (earliest is null || d.StartChar < earliest.StartChar))
            {
                earliest = d;
            }
        }

        return earliest;
    }

    /// <summary>Whether a date that is no range starts after <paramref name="date"/> and before character <paramref name="to"/>.</summary>
    private static bool LaterDateIn(AnalyzedSentence s, DateMention date, int to)
    {
        foreach (var d in s.Dates)
        {
            if (d.StartChar > date.EndChar && d.StartChar < to && !d.IsRange)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Lima signed for 8 helicopters in 2013 but gave up the deal in 2016", "..., and the first two arrived in July":
    /// a later clause that names no weapon and no new party of its own tells the next step of the transfer just told.
    /// </summary>
    /// <summary>
    /// The day of the news a report tells: the day its lead gives ("..., the ministry said on Monday"), else the day before
    /// publication, as a daily report tells what happened the day before ("Washington has cleared the sale ...").
    /// </summary>
    private static PartialDate DayOfTheNews(DocumentFocus focus, DateOnly published) =>
        focus.StoryDate ?? PartialDate.Of(published.AddDays(-1));

    private static bool DateOfAnEarlierPredicate(AnalyzedSentence s, DateMention date, int first)
    {
        // (Only a date after the earlier predicate's verb: "On April 10 he said Russia is interested ... and is ready to" dates both.)
        var dateToken = s.TokenAt(date.EndChar - 1);
        if (!Among.Any(s.Triggers, dateToken, first, static (t, dateToken, first) => t.Entry.Status is not null && t.End <= dateToken && t.First < first))
        {
            return false;
        }

        for (var k = dateToken + 1; k + 1 < first; k++)
        {
            // ("ordered Rafales in 2021 and later bought Su-35s": "later", "then", "since" start a step of another time.)
            if (s.Lower(k) == "and" && s.Lower(k + 1) is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "later" or "then" or "since" or "subsequently" or "earlier")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "received 12 of the 99 engines it ordered from GE in 2021": a date after another step, told in a relative clause that
    /// follows this step's weapon, belongs to that clause.
    /// </summary>
    private static bool DateOfARelativeClauseAfter(AnalyzedSentence s, DateMention date, int last, TransferStatus status)
    {
        // (A day closing the sentence is the news's: "took delivery of the tanks it ordered from Seoul on Wednesday".)
        if (date.Date.Day is not null)
        {
            return false;
        }

        var dateToken = s.TokenAt(date.StartChar);
        foreach (var t in s.Triggers)
        {
            // ("ordered 42 Rafales, the first three of which are due next year": "which" may stand a few words before.)
            // (A clause of the same step restates it: "received jets, which were handed over on Tuesday".)
            if (t.First > last && t.End <= dateToken && t.Entry.Status is { } other && other != status && !t.Entry.IsNoun && t.First >= 2 &&
                (s.Lower(t.First - 1) is "it" or "they" or "which" or "that" || TokenRun.Any(s, Math.Max(last, t.First - 3), Math.Min(3, t.First - last), static (s, k) => s.Lower(k) == "which") ||
                 s.Lower(t.First - 1) == "," && IsPastParticiple(s.Lower(t.First))) && // ("received six corvettes, ordered from France in 2014")
                Among.Any(s.Weapons, last, t, static (w, last, t) => w.End > last && w.End <= t.First - 1) && !CommaBetween(s, t.End, dateToken)) // (", the army said on Monday" is the report's)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", the army said on Monday": a date in the reporting clause after the step.</summary>
    private static bool DateOfTheReport(AnalyzedSentence s, DateMention date, int last)
    {
        var dateToken = s.TokenAt(date.StartChar);
        if (dateToken < last)
        {
            return false;
        }

        for (var k = last; k < dateToken; k++)
        {
            if (s.Lower(k) == "," && Enumerable.Range(k + 1, Math.Max(0, dateToken - k - 1)).Any(j => SpeechVerbs.Contains(s.Lower(j))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A new list of the dates that end no period. (A loop, not a lambda: a lambda over DateOf's sentence would cost a
    /// closure at every call of DateOf, though most never get here.)
    /// </summary>
    private static List<DateMention> WithoutPeriodEnds(AnalyzedSentence s, List<DateMention> dates)
    {
        var kept = new List<DateMention>();
        foreach (var d in dates)
        {
            if (!EndsAPeriod(s, d))
            {
                kept.Add(d);
            }
        }

        return kept;
    }

    private static bool AnyEndsAPeriod(AnalyzedSentence s, List<DateMention> dates)
    {
        foreach (var d in dates)
        {
            if (EndsAPeriod(s, d))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAPeriod(AnalyzedSentence s, DateMention d)
    {
        var k = s.TokenAt(d.StartChar);
        return k >= 1 && s.Lower(k - 1) is "until" or "till" or "through" or "thru";
    }

    private static DateMention? DateOf(AnalyzedSentence s, int clauseStart, int clauseEnd, TriggerMention head, List<TriggerMention>? chain = null)
    {
        if (s.Dates.Count == 0)
        {
            return null; // (every path below picks from the sentence's dates)
        }

        // (Loops rather than queries: this runs for every step of every chain, and most sentences have a date or two.)
        var from = s.Tokens.Count > 0 && clauseStart < s.Tokens.Count ? s.Tokens[clauseStart].Start : s.Span.Start;
        var to = clauseEnd < s.Tokens.Count ? s.Tokens[clauseEnd].Start : s.Span.End;
        var anchor = s.Tokens[head.First].Start;

        // "the deal, awarded two years ago, was cancelled on Tuesday": a date right after another step dates that step.
        // "... in a deal worth $2bn, with the first ships due in 2028": nor does a later step's date.
        var dates = s.Dates;
        if (chain is not null)
        {
            dates = [];
            foreach (var d in s.Dates)
            {
                if (DatesTheChain(s, d, chain, clauseStart, from, anchor))
                {
                    dates.Add(d);
                }
            }
        }

        // (Else any date of the sentence, but not the main verb's for a step inside a relative clause: "the boats that
        // Chile ordered arrived in 2005", nor the date of a step told in an earlier clause: "bought helicopters last year,
        // and Brazil has been negotiating".)
        if (dates.Count == 0 && !(chain is not null && RelativeClauseEndsAfter(s, chain)))
        {
            // ("..., days after the first parts were delivered", "and hours later the first aircraft landed" count from it.)
            var relative = TokenRun.Any(s, Math.Max(1, head.First - 20), Math.Min(20, Math.Max(0, head.First - 1)), static (s, k) => s.Lower(k) is "after" or "later" or "before" or "earlier" &&
                                                                                                             s.Lower(k - 1) is "days" or "hours" or "weeks" or "months" or "day" or "week" or "month" or "soon" or "shortly");
            // (Nor a date in a second predicate after the step: "has supplied jets and is expected to deliver more later this year".)
            var secondPredicate = chain is null ? s.Tokens.Count : SecondPredicateAfter(s, chain);
            var secondFrom = secondPredicate < s.Tokens.Count ? s.Tokens[secondPredicate].Start : int.MaxValue;
            dates = [];
            foreach (var d in s.Dates)
            {
                if ((relative || !(chain is not null && DateOfAnEarlierClause(s, d, clauseStart, from))) && d.StartChar < secondFrom &&
                    !(chain is not null && (DescribesALaterWeapon(s, d, chain) || DateOfAClosedRelativeClause(s, d, head))))
                {
                    dates.Add(d);
                }
            }
        }

        // "with the lease running until 2035": the end of a period is not the day of a step.
        // (A new list: the dates may still be the sentence's own.)
        if (AnyEndsAPeriod(s, dates))
        {
            dates = WithoutPeriodEnds(s, dates);
        }

        // "delivered jets under a 2019 contract": the year that names a contract dates the contract (and a purchase), not
        // the delivery.
        if (chain is not null && !NamesAContractOrOrder(s, chain))
        {
            var named = dates;
            dates = [];
            foreach (var d in named)
            {
                if (!NamesAContract(s, d))
                {
                    dates.Add(d);
                }
            }
        }

        var inClause = new List<DateMention>();
        foreach (var d in dates)
        {
            if (d.StartChar >= from && d.StartChar < to)
            {
                inClause.Add(d);
            }
        }

        // "sought the tanks in 2020, after it had left the alliance": a subordinate clause of earlier or
        // other events takes no date from the clause it hangs on.
        if (inClause.Count == 0 && clauseStart > 0 && clauseStart < s.Tokens.Count && s.Lower(clauseStart) is "after" or "before" or "because" or "since" or "until" &&
            !PhraseBeforeTheStep(s, clauseStart, head))
        {
            return null;
        }

        // Outside its clause a step may take the sentence's date ("In 2019, ...", "..., the ministry said on Monday"), not the
        // date of a later step ("..., and in 2022 it agreed to buy a radar").
        var pool = inClause;
        if (inClause.Count == 0)
        {
            // ("Three have been delivered; the last will arrive in 2025": nothing past a semicolon.)
            // (Not "ordered 12 Rafales; the contract was signed in August 2024": a deal noun after it restates the step.)
            // (Nor past "and" before a subject with a verb of its own: "delivered four and the fifth will be delivered next year".)
            var closedBySemicolon = clauseEnd < s.Tokens.Count && s.Lower(clauseEnd) is ";" or "and" && VerbStepStartsAt(s, NextTriggerFrom(s, clauseEnd));
            pool = [];
            foreach (var d in dates)
            {
                if ((d.StartChar < to || !closedBySemicolon && !AnotherStepRightAfter(s, d, chain)) && !(d.StartChar < from && InASubordinateClause(s, d, clauseStart) && !NamesTheTimeOfAWhenClause(s, d, clauseStart)))
                {
                    pool.Add(d);
                }
            }
        }

        if (pool.Count == 0)
        {
            return null;
        }

        // A date after the trigger in its clause dates it ("an agreement concluded in December 2001"); else the nearest.
        var nearest = FirstAfter(inClause, anchor) ?? Nearest(pool, anchor);

        // "between late 2019 and early 2020": a range is dated by its start.
        return nearest is { IsRange: true } ? FirstRange(pool) : nearest;
    }

    /// <summary>
    /// Whether a date may date the chain: one that follows no step (<see cref="OwnerOf"/>) or a step of the chain; after the
    /// chain's head, one that follows no verb of a later step; before the head, one that follows a noun, or one inside the
    /// clause that follows a step of an earlier clause.
    /// </summary>
    private static bool DatesTheChain(AnalyzedSentence s, DateMention d, List<TriggerMention> chain, int clauseStart, int from, int anchor) =>
        OwnerOf(s, d) is not { } owner || chain.Contains(owner) || NamesTheTimeOfAWhenClause(s, d, clauseStart) ||
        (d.StartChar >= anchor
            ? !(owner.First > chain[^1].First && owner.Entry.Status is not null && !owner.Entry.IsNoun)
            : owner.Entry.IsNoun || (owner.First < clauseStart && d.StartChar >= from));

    /// <summary>
    /// "expanding its army since Russia invaded Ukraine in February, and has donated": a date inside a clause that a
    /// subordinator opens, closed before the step's clause, dates that clause's own event.
    /// </summary>
    private static bool InASubordinateClause(AnalyzedSentence s, DateMention d, int clauseStart)
    {
        for (var k = Math.Min(clauseStart, s.Tokens.Count) - 1; k >= 1; k--)
        {
            if (s.Tokens[k].End <= d.StartChar)
            {
                if (s.Lower(k) is "," or ";")
                {
                    return false;
                }

                if (s.Lower(k) is "since" or "after" or "when" or "because" or "while" or "before" or "until" or "as" && k + 1 < s.Tokens.Count && s.Lower(k + 1) is not ("of" or "part" or "well" or "early" or "late"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "In 2019, after long talks, Poland ordered", "In March, after Russia invaded, Poland ordered": the subordinator's phrase
    /// or clause, with no step of its own, closes with a comma before the step, so the step is the main clause's and may take
    /// the sentence's date.
    /// </summary>
    private static bool PhraseBeforeTheStep(AnalyzedSentence s, int opener, TriggerMention head)
    {
        var comma = TokenRun.First(s, opener + 1, Math.Min(12, Math.Max(0, head.First - opener - 1)), static (s, k) => s.Lower(k) == ",", -1);
        return comma > opener + 1 && TokenRun.All(s, opener + 1, comma - opener - 1, static (s, k) => TriggerStartingAt(s, k) is null or { Entry.IsNoun: true });
    }

    /// <summary>The first token at or after <paramref name="k"/> where a trigger starts, or the token count.</summary>
    private static int NextTriggerFrom(AnalyzedSentence s, int k)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First >= k)
            {
                return t.First;
            }
        }

        return s.Tokens.Count;
    }

    /// <summary>"a smaller purchase in 2003, when Jakarta ordered two jets": the clause "when" opens tells what happened at that date.</summary>
    private static bool NamesTheTimeOfAWhenClause(AnalyzedSentence s, DateMention d, int clauseStart) =>
        clauseStart >= 2 && clauseStart < s.Tokens.Count && s.Lower(clauseStart) == "when" && s.Lower(clauseStart - 1) == "," &&
        s.Tokens[clauseStart - 1].Start == d.EndChar;

    /// <summary>Whether a date before the clause belongs to a verb of a step before the clause.</summary>
    private static bool DateOfAnEarlierClause(AnalyzedSentence s, DateMention d, int clauseStart, int from) =>
        d.EndChar <= from && OwnerOf(s, d) is { Entry.IsNoun: false, Entry.Status: not null } owner && owner.First < clauseStart;

    /// <summary>
    /// "received the second of four frigates ordered from China in 2017": the year of a participle describing the weapon after
    /// the step; a day is the news's ("handed over the first of two frigates sold to Egypt on Tuesday").
    /// </summary>
    private static bool DescribesALaterWeapon(AnalyzedSentence s, DateMention d, List<TriggerMention> chain) =>
        OwnerOf(s, d) is { Entry.IsNoun: false, Entry.Status: not null } described && described.First > chain[^1].First &&
        d.Date.Day is null && IsReducedRelative(s, described);

    /// <summary>
    /// "Poland, which received Leopards in 2002, has given them to Kyiv": the date of a step inside a relative clause
    /// that a comma closes before the head is that step's, not the main verb's.
    /// </summary>
    private static bool DateOfAClosedRelativeClause(AnalyzedSentence s, DateMention d, TriggerMention head)
    {
        if (d.EndChar > s.Tokens[head.First].Start || OwnerOf(s, d) is not { Entry.IsNoun: false, Entry.Status: not null } owner || owner.First >= head.First)
        {
            return false;
        }

        var opens = false;
        for (var k = owner.First - 1; k >= 1 && k >= owner.First - 6; k--)
        {
            if (s.Lower(k) is "which" or "who" && s.Lower(k - 1) == ",")
            {
                opens = true;
                break;
            }

            if (s.Lower(k) is "," or ";")
            {
                return false;
            }
        }

        return opens && TokenRun.Any(s, owner.End, Math.Max(0, head.First - owner.End), (s, k) => s.Lower(k) == "," && s.Tokens[k].Start >= d.EndChar);
    }

    /// <summary>Whether a trigger after the chain ends a relative clause the chain's last step stands in.</summary>
    private static bool RelativeClauseEndsAfter(AnalyzedSentence s, List<TriggerMention> chain)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First >= chain[^1].End && EndsARelativeClause(s, chain[^1], t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the chain names a contract (a contract noun) or an order.</summary>
    private static bool NamesAContractOrOrder(AnalyzedSentence s, List<TriggerMention> chain)
    {
        foreach (var t in chain)
        {
            if (ContractNouns.Contains(s.Lower(t.First)) || t.Entry.Status == TransferStatus.Order)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a step outside the chain starts less than 24 characters after the date (never without a chain).</summary>
    private static bool AnotherStepRightAfter(AnalyzedSentence s, DateMention d, List<TriggerMention>? chain)
    {
        if (chain is null)
        {
            return false;
        }

        foreach (var t in s.Triggers)
        {
            if (t.Entry.Status is not null && !chain.Contains(t) && s.Tokens[t.First].Start > d.EndChar && s.Tokens[t.First].Start - d.EndChar < 24)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first date starting after <paramref name="anchor"/> (the earliest such; the first of equals, as MinBy).</summary>
    private static DateMention? FirstAfter(List<DateMention> dates, int anchor)
    {
        DateMention? first = null;
        foreach (var d in dates)
        {
            if (d.StartChar > anchor && (first is null || d.StartChar < first.StartChar))
            {
                first = d;
            }
        }

        return first;
    }

    /// <summary>The date starting nearest <paramref name="anchor"/> (the first of equals, as MinBy).</summary>
    private static DateMention? Nearest(List<DateMention> dates, int anchor)
    {
        DateMention? nearest = null;
        foreach (var d in dates)
        {
            if (nearest is null || Math.Abs(d.StartChar - anchor) < Math.Abs(nearest.StartChar - anchor))
            {
                nearest = d;
            }
        }

        return nearest;
    }

    /// <summary>The earliest range among the dates (the first of equals, as MinBy).</summary>
    private static DateMention? FirstRange(List<DateMention> dates)
    {
        DateMention? first = null;
        foreach (var d in dates)
        {
            if (d.IsRange && (first is null || d.StartChar < first.StartChar))
            {
                first = d;
            }
        }

        return first;
    }

    /// <summary>
    /// The step a date follows, unless a clause breaks between them ("agreed to buy jets in 2018, but the air force
    /// confirmed in December 2021 that ...": that date has no step before it).
    /// </summary>
    private static TriggerMention? OwnerOf(AnalyzedSentence s, DateMention d) => OwnerAt(s, d.StartChar);

    /// <summary>
    /// "the yard delivered the lead ship of four corvettes sold to Malaysia on Tuesday", "a patrol ship donated by Tokyo, reached
    /// port on Sunday": the main verb before the described weapon, or the clause after the description's comma, owns the date,
    /// as it owns any date before the participle.
    /// </summary>
    private static bool DateBelongsToMainVerb(AnalyzedSentence s, List<TriggerMention> chain, int clauseStart, DateMention date)
    {
        var first = chain[0].First;
        var at = s.Tokens[first].Start;
        // ("ordered F-16s to replace the MiG-29s given to Ukraine last year": past an infinitive, the weapon is no longer the
        // main verb's object, and the date is the participle's.)
        var mainVerbBefore = s.Triggers.Any(t => t.First >= clauseStart && t.First < first && !t.Entry.IsNoun && t.Entry.Status is not null && !InfinitiveIn(s, t.End, first));
        var commaBefore = TokenRun.Any(s, Math.Max(0, first - 8), Math.Min(8, first), static (s, k) => s.Lower(k) == ",");
        var commaBetween = s.Tokens.Any(t => t.Start > at && t.Start < date.StartChar && s.Text[t.Start] == ',');
        // ("the last of 24 Rafales ordered in 2015": a written year or date after the participle is its own.)
        var relativeDay = !s.Text[date.StartChar..date.EndChar].Any(char.IsDigit);
        // ("the 24 Rafales ordered from France to arrive next year": a date after a later step is that step's.)
        var laterStepBefore = s.Triggers.Exists(t => t.First >= chain[^1].End && s.Tokens[t.First].Start < date.StartChar && !t.Entry.IsNoun && t.Entry.Status is not null);
        // ("TKMS on Thursday handed over the first of four frigates ordered by Egypt": a date before the participle is the main
        // verb's when the two tell different steps; "arrived in May, alongside radars supplied by Norway" share it.)
        return date.StartChar < at
            ? s.Triggers.Exists(t => t.First >= clauseStart && t.First < first && !t.Entry.IsNoun && t.Entry.Status is { } main && main != chain[0].Entry.Status && !InfinitiveIn(s, t.End, first))
            : (mainVerbBefore && relativeDay) || (commaBefore && commaBetween) || laterStepBefore;
    }

    /// <summary>Whether "to" and a verb ("to replace", "to help") stand in tokens [from, to): not "to Ukraine", "to the army", "to 24".</summary>
    private static bool InfinitiveIn(AnalyzedSentence s, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (s.Lower(k) == "to" && !Coverage.InParty(s, k + 1) && !Coverage.InWeapon(s, k + 1) && s.Tokens[k + 1].Kind == Core.Text.TokenKind.Word &&
                char.IsLower(s.Text[s.Tokens[k + 1].Start]) && s.Lower(k + 1) is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "this" or "that" or "these" or "those" or "be"))
            {
                return true;
            }
        }

        return false;
    }
}
