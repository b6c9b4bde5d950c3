using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Amounts: quantities and values, and how counts are shared among the systems of a list.
public sealed partial class FrameBuilder
{
    /// <summary>
    /// "nine C-390s, five for the Dutch air force and four for Austria": a count just before "for"/"to" and a buyer is that
    /// buyer's share of a count the sentence gave every buyer alike.
    /// </summary>
    private static void ShareOutCounts(AnalyzedSentence s, List<Candidate> candidates)
    {
        // (Which buyers share a count is decided before any share is given. A loop rather than a query: this runs for every
        // sentence with candidates.)
        var sharing = new bool[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            sharing[i] = c.Quantity is { } whole && Among.Any(candidates, c, whole, static (o, c, whole) => o.System == c.System && o.Quantity == whole && o.Recipient != c.Recipient);
        }
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!sharing[i] || c.Quantity is not { } whole)
            {
                continue;
            }

            foreach (var p in s.Parties)
            {
                var k = p.First - 1;
                while (k >= 0 && s.Lower(k) == "the")
                {
                    k--;
                }

                if (p.Code == c.Recipient && k >= 1 && s.Lower(k) is "for" or "to" && NumberWords.Parse(s.Lower(k - 1)) is { } share && share < whole)
                {
                    candidates[i] = c with { Quantity = share };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Denmark and the Netherlands pledged 19 and 24 F-16s respectively": counts listed before a weapon go, in order, to
    /// the parties listed (suppliers, else buyers) of a sentence that says "respectively".
    /// </summary>
    private static void ShareOutRespectively(AnalyzedSentence s, List<Candidate> candidates)
    {
        if (candidates.Count < 2 || !TokenRun.Any(s, 0, s.Tokens.Count, static (s, k) => s.Lower(k) == "respectively"))
        {
            return;
        }

        foreach (var w in s.Weapons)
        {
            // The counts: "19 and 24", "12, 8 and 6" right before the weapon.
            var counts = new List<int>();
            var k = w.First - 1;
            while (k >= 0 && NumberWords.Parse(s.Lower(k)) is { } n)
            {
                counts.Insert(0, n);
                if (k < 2 || s.Lower(k - 1) is not ("and" or ","))
                {
                    break;
                }

                k -= 2;
            }

            var ofWeapon = candidates.Where(c => c.System == w.Designation && c.Quantity == w.Quantity).ToList();
            if (counts.Count < 2 || ofWeapon.Count != counts.Count)
            {
                continue;
            }

            // The parties that tell the records apart, in the order the sentence names them.
            var bySupplier = ofWeapon.Select(c => c.Supplier).Distinct().Count() == counts.Count;
            var order = s.Parties.Select(p => p.Code).Distinct().ToList();
            var sorted = ofWeapon.OrderBy(c => order.IndexOf(bySupplier ? c.Supplier : c.Recipient)).ToList();
            if (sorted.Exists(c => order.IndexOf(bySupplier ? c.Supplier : c.Recipient) < 0))
            {
                continue;
            }

            for (var i = 0; i < sorted.Count; i++)
            {
                candidates[candidates.IndexOf(sorted[i])] = sorted[i] with { Quantity = counts[i] };
            }
        }
    }

    /// <summary>"with an order for two": a deal for a bare count is for the weapon in focus.</summary>
    private static bool ForACount(AnalyzedSentence s, int from, int to)
    {
        for (var k = from; k + 2 < Math.Min(to, s.Tokens.Count); k++)
        {
            if (DealNouns.Contains(s.Lower(k)) && s.Lower(k + 1) == "for" && CountOnly(s, k + 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A count that names no weapon after it ("the first two landed", "an order for four").</summary>
    private static bool CountOnly(AnalyzedSentence s, int k) =>
        k < s.Tokens.Count && (s.Tokens[k].Kind == Core.Text.TokenKind.Number || NumberWords.Parse(s.Lower(k)) is not null) &&
        !TokenSpans.StartsIn(s.Weapons, k, k + 4) && !TokenSpans.Covers(s.Weapons, k) && !SentenceAnalyzer.WrittenOntoAName(s.Text, s.Tokens[k].Start) &&
        !InAnAmountOrADate(s, s.Tokens[k].Start); // ("worth 34 billion crowns", "BAKU, May 29")

    private static bool InAnAmountOrADate(AnalyzedSentence s, int at)
    {
        foreach (var m in s.Money)
        {
            if (m.StartChar <= at && at < m.EndChar)
            {
                return true;
            }
        }

        foreach (var d in s.Dates)
        {
            if (d.StartChar <= at && at < d.EndChar)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOption(AnalyzedSentence s, List<TriggerMention> chain)
    {
        foreach (var t in chain)
        {
            if (s.Lower(t.End - 1) is "option" or "options")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first count within a few words after a token ("on a further 19", "for eight more", "on up to 60").</summary>
    private static int? CountAfter(AnalyzedSentence s, int from)
    {
        for (var k = from; k < Math.Min(s.Tokens.Count, from + 5); k++)
        {
            if (InAnAmountOrADate(s, s.Tokens[k].Start))
            {
                return null; // ("an option worth $3bn": a sum is no count)
            }

            if (NumberWords.Parse(s.Lower(k)) is { } n)
            {
                return n;
            }

            if (s.Tokens[k].Kind == Core.Text.TokenKind.Number && int.TryParse(s.Word(k).Replace(",", "", StringComparison.Ordinal), out var m))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>"300 trucks, worth $120 million, and four helicopters, worth $60 million": each item's own value, right after it.</summary>
    private static MoneyMention? OwnValue(AnalyzedSentence s, List<WeaponMention> weapons, WeaponMention weapon)
    {
        if (weapons.Count < 2 || weapon.End >= s.Tokens.Count)
        {
            return null;
        }

        var next = NextStartAfter(weapons, weapon.First, s.Tokens.Count);
        var from = s.Tokens[weapon.End].Start;
        var to = next < s.Tokens.Count ? s.Tokens[next].Start : s.Span.End;
        return Among.First(s.Money, s, from, to, static (m, s, from, to) => m.StartChar >= from && m.EndChar <= to && s.Text[from..m.StartChar].TrimEnd() is var lead && lead.Count(c => c == ' ') <= 4 &&
                                                                            (lead.EndsWith("worth", StringComparison.Ordinal) || lead.EndsWith("worth about", StringComparison.Ordinal) || lead.EndsWith("worth some", StringComparison.Ordinal) ||
                                                                             lead.EndsWith("valued at", StringComparison.Ordinal) || lead.EndsWith("valued at about", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The first token of the weapon that starts next after token <paramref name="first"/> (the least start after it), else
    /// <paramref name="none"/>. (A loop rather than <c>Where/Select/DefaultIfEmpty/Min</c>: this runs for each weapon of a step.)
    /// </summary>
    private static int NextStartAfter(List<WeaponMention> weapons, int first, int none)
    {
        var next = none;
        var found = false;
        foreach (var w in weapons)
        {
            if (w.First > first && (!found || w.First < next))
            {
                next = w.First;
                found = true;
            }
        }

        return next;
    }

    /// <summary>
    /// "signed a $2.5 billion deal for the S-400 in 2017 and took delivery in 2019", "a $700 million contract for 12 jets,
    /// with an option for eight more": the value is the deal's, not its deliveries' or its option's.
    /// </summary>
    private static void KeepTheValueOnTheDeal(List<Candidate> candidates)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Value is null || !(c.Status == TransferStatus.Delivery || c.Status == TransferStatus.Order && c.Modality == Modality.Possible))
            {
                continue;
            }

            if (Among.Any(candidates, c, static (d, c) => !ReferenceEquals(d, c) && d.Value == c.Value && d.Supplier == c.Supplier && d.Recipient == c.Recipient &&
                                                          d.Status is TransferStatus.Order or TransferStatus.Offer && d.Modality != Modality.Possible))
            {
                candidates[i] = c with { Value = null, Explanation = c.Explanation with { ValueFrom = null } };
            }
        }
    }

    /// <summary>
    /// The count of "the first [N] of" before a weapon's own count ("the first of 12 howitzers": 1); 0 for "the last of",
    /// "the rest of" (how many is not said); else null.
    /// </summary>
    private static int? FirstOfCount(AnalyzedSentence s, WeaponMention w)
    {
        // (Over a count and modifiers: "the last three of 32 second-hand F-16s".)
        for (var k = w.First - 1; k >= Math.Max(2, w.First - 6); k--)
        {
            if (s.Lower(k) is "," or ";")
            {
                return null;
            }

            if (s.Lower(k) != "of")
            {
                continue;
            }

            // ("the second of four frigates": one unit too.)
            if ((s.Lower(k - 1) == "first" || IsOrdinal(s.Lower(k - 1))) && s.Lower(k - 2) == "the")
            {
                return 1;
            }

            if (s.Lower(k - 1) is "last" or "rest" or "remainder" or "balance" && s.Lower(k - 2) == "the")
            {
                return 0;
            }

            // ("has received 12 of the 99 engines": the count before "of the".)
            if (s.Lower(k + 1) is "the" or "its" or "their" && NumberWords.Parse(s.Lower(k - 1)) is { } part and > 0 and < 1000 && s.Lower(k - 2) is not ("first" or "last"))
            {
                return part;
            }

            return k >= 3 && s.Lower(k - 2) is "first" or "last" or "final" && s.Lower(k - 3) == "the" && NumberWords.Parse(s.Lower(k - 1)) is { } n and > 0 and < 1000 ? n : null;
        }

        return null;
    }

    /// <summary>
    /// "The first two landed", "The remaining four are due": a clause opening with an ordinal and a bare count speaks of
    /// units of the weapon told before.
    /// </summary>
    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) are only a comma and a conjunction opening a clause.</summary>
    private static bool OnlyConjunctionsBetween(AnalyzedSentence s, int from, int to) =>
        to > from && to - from <= 3 && TokenRun.All(s, from, to - from, static (s, k) => s.Lower(k) is "," or ";" or "and" or "but" or "while" or "whereas");

    private static bool CountedSubjectAt(AnalyzedSentence s, int from, int k) =>
        k >= from + 1 && s.Lower(k - 1) == "the" && s.Lower(k) is "first" or "remaining" or "last" or "other" or "next" or "final" && CountOnly(s, k + 1) &&
        (k == from + 1 || VerbEndsAt(s, k - 1) || OnlyConjunctionsBetween(s, from, k - 1)) && // the clause's subject ("..., and the remaining 40 are due"), or the object of its verb ("received the first two")
        (k + 2 >= s.Tokens.Count || s.Tokens[k + 2].Kind == Core.Text.TokenKind.Punctuation || Prepositions.Contains(s.Lower(k + 2)) && s.Lower(k + 2) != "of" ||
         s.Lower(k + 2) is "were" or "was" or "are" or "is" or "will" or "have" or "has" or "had" or "would" or "could" or "should" || TokenSpans.StartsAt(s.Triggers, k + 2));

    /// <summary>
    /// A bare count as the verb's object ("has given 14 of them", "sent four more", "delivered two to Kyiv"): the number of
    /// the weapons recalled, not a year or a sum.
    /// </summary>
    private static bool CountRightAfterTheVerb(AnalyzedSentence s, int k) => CountAfterTheVerb(s, k) >= 0;

    /// <summary>
    /// Where the bare count right after the verb ending at token <paramref name="k"/> stands ("delivered six", "handed over
    /// another four", "sent a further 12 to Kyiv"), or -1.
    /// </summary>
    private static int CountAfterTheVerb(AnalyzedSentence s, int k)
    {
        var at = k < s.Tokens.Count && s.Lower(k) == "another" ? k + 1
            : k + 1 < s.Tokens.Count && s.Lower(k) is "a" or "an" && s.Lower(k + 1) is "further" or "additional" ? k + 2
            : k;
        return at < s.Tokens.Count && BareCountAfterTheVerb(s, k, at) ? at : -1;
    }

    private static bool BareCountAfterTheVerb(AnalyzedSentence s, int verbEnd, int k) =>
        k >= 1 && VerbEndsAt(s, verbEnd) && CountOnly(s, k) &&
        NumberWords.Parse(s.Lower(k)) is > 0 and < 1000 && k + 1 < s.Tokens.Count &&
        (s.Lower(k + 1) is "more" or "so" or "last" or "this" || Prepositions.Contains(s.Lower(k + 1)) && s.Lower(k + 1) != "of" || s.Tokens[k + 1].Kind == Core.Text.TokenKind.Punctuation ||
         k + 2 < s.Tokens.Count && s.Lower(k + 1) == "of" && s.Lower(k + 2) is "them" or "those" or "these");

    /// <summary>Whether the clause speaks of "the first two", "the remaining four" of a weapon told before.</summary>
    private static bool SpeaksOfCountedUnits(AnalyzedSentence s, int clauseStart, int clauseEnd) =>
        Enumerable.Range(clauseStart, Math.Max(0, clauseEnd - clauseStart)).Any(k => CountedSubjectAt(s, clauseStart, k));

    /// <summary>Whether an amount before the head belongs to the verb of another step ("which had bought 24 Rafales for €6.3bn, exercised an option").</summary>
    private static bool MoneyOfAnotherStep(AnalyzedSentence s, MoneyMention money, List<TriggerMention> chain, TriggerMention head) =>
        money.EndChar <= s.Tokens[head.First].Start && OwnerAt(s, money.StartChar) is { Entry.IsNoun: false, Entry.Status: not null } owner && !chain.Contains(owner);

    private static MoneyMention? ValueOf(AnalyzedSentence s, int clauseStart, int clauseEnd, TransferStatus status)
    {
        var from = clauseStart < s.Tokens.Count ? s.Tokens[clauseStart].Start : s.Span.Start;
        var to = clauseEnd < s.Tokens.Count ? s.Tokens[clauseEnd].Start : s.Span.End;
        // (A loop, not FirstOrDefault with a lambda: that would cost a closure and a delegate at every call, for most chains.)
        foreach (var m in s.Money)
        {
            if (m.StartChar >= from && m.StartChar < to && !IsMoneyGiven(s, m) && HedgeStatesTheValue(m.Hedge, status))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Whether an amount with this hedge is the value: a round figure, or an estimate of an offer's notified sale.</summary>
    private static bool HedgeStatesTheValue(string? hedge, TransferStatus status) => hedge switch
    {
        null or "about" or "around" or "roughly" or "approximately" or "some" => true,
        "estimated" or "estimated at" or "up to" or "worth an estimated" => status == TransferStatus.Offer,
        _ => false,
    };

    /// <summary>"ordered 46 Lynx vehicles, the company said, in a deal valued at €320 million" (or ", a deal worth ..."): the value of the deal the step is made in.</summary>
    private static MoneyMention? DealValueAfter(AnalyzedSentence s, int last, TransferStatus status)
    {
        for (var k = last; k + 2 < Math.Min(s.Tokens.Count, last + 30); k++)
        {
            // (", a deal worth about $3.5 billion": the deal in apposition to the step.)
            if (s.Lower(k) is "in" or "," && s.Lower(k + 1) is "a" or "an" && s.Lower(k + 2) is "deal" or "contract" or "agreement" or "purchase")
            {
                var from = s.Tokens[k + 2].End;
                var to = k + 7 < s.Tokens.Count ? s.Tokens[k + 7].Start : s.Span.End;
                var words = s.Text.AsSpan(from, Math.Max(0, Math.Min(to, s.Span.End) - from));
                // (An estimate is a value only of an offer's notified sale: "a deal estimated by analysts at" is a guess.)
                // (", a deal worth $12 billion including 800 Hellfire missiles": a value of several systems is none's.)
                if (s.Lower(k) == "," && TokenSpans.StartsIn(s.Weapons, k + 3, s.Tokens.Count))
                {
                    return null;
                }

                return words.Contains("worth", StringComparison.OrdinalIgnoreCase) || words.Contains("valued", StringComparison.OrdinalIgnoreCase) ||
                       words.Contains("priced", StringComparison.OrdinalIgnoreCase) ||
                       status == TransferStatus.Offer && words.Contains("estimated", StringComparison.OrdinalIgnoreCase) && !words.Contains("analysts", StringComparison.OrdinalIgnoreCase)
                    ? ValueOf(s, k + 2, Math.Min(s.Tokens.Count, k + 7), status)
                    : null;
            }
        }

        return null;
    }

    /// <summary>"200 million euros in EU compensation and 12 helicopters": money handed over with the weapons, not their price.</summary>
    private static bool IsMoneyGiven(AnalyzedSentence s, MoneyMention m)
    {
        var k = 0;
        while (k < s.Tokens.Count && s.Tokens[k].Start < m.EndChar)
        {
            k++;
        }

        if (k >= s.Tokens.Count || s.Lower(k) != "in")
        {
            return false;
        }

        for (var j = k + 1; j < Math.Min(s.Tokens.Count, k + 4); j++)
        {
            if (MoneyGivenNouns.Contains(s.Lower(j)))
            {
                return true;
            }
        }

        return false;
    }
}
