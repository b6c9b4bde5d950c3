using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Modality: whether a step is actual, planned, possible or denied, from the words around its chain.
public sealed partial class FrameBuilder
{
    /// <summary>
    /// Where a participle clause after the chain begins ("handed over the jets, raising the question of whether ..."), or
    /// the sentence's end: its cues speak of another event (not "including", "covering" and the like, which go on listing
    /// what the clause names).
    /// </summary>
    private static int ParticipleClauseAfter(AnalyzedSentence s, List<TriggerMention> chain)
    {
        var secondPredicate = SecondPredicateAfter(s, chain);
        for (var k = chain[^1].End; k + 1 < secondPredicate; k++)
        {
            if (s.Lower(k) == "," && s.Lower(k + 1) is { Length: > 5 } w && w.EndsWith("ing", StringComparison.Ordinal) && !ListingParticiples.Contains(w) &&
                char.IsLower(s.Text[s.Tokens[k + 1].Start]))
            {
                return k;
            }
        }

        return secondPredicate;
    }

    private static readonly HashSet<string> ListingParticiples = new(StringComparer.Ordinal)
    {
        "including", "excluding", "containing", "comprising", "covering", "totalling", "totaling", "costing", "according", "featuring", "involving",
        "depending", "pending", "assuming", "provided", "providing", // conditions of the step itself ("..., depending on whether ...")
    };

    private static int DateTokensBetween(AnalyzedSentence s, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            var start = s.Tokens[k].Start;
            if (Among.Any(s.Dates, start, static (d, start) => d.StartChar <= start && start < d.EndChar) || (s.Lower(k) == "on" && k + 1 < to && DateFinder.IsCalendarWord(s.Lower(k + 1))))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsNegated(AnalyzedSentence s, int clauseStart, int first, int last)
    {
        foreach (var (cFirst, cEnd, effect) in s.Cues)
        {
            if (effect != CueEffect.Negation)
            {
                continue;
            }

            // "denied reports that X is buying": a denial governs the clause it introduces ("denied on Wednesday a report
            // that": a date between does not count).
            // ("denied reports in local media that", "rejected media reports claiming that": the reports may be described.)
            if (cEnd <= clauseStart && clauseStart - cEnd - DateTokensBetween(s, cEnd, clauseStart) <= (ReportNounAt(s, cEnd - 1, cEnd + 2) ? 8 : 3) &&
                s.Lower(cFirst) is "denied" or "denies" or "deny" or "dismissed" or "rejected" or "warned" or "warns" &&
                !TokenRun.Any(s, cEnd, clauseStart - cEnd + 1, static (s, k) => s.Lower(k) is "but" or "while" or "whereas" or "although" or "though" or "because" or "after" or "before" or "when")) // ("denied the report, but confirmed that ...")
            {
                return true;
            }

            // "has not ordered", "no contract was signed", "denied sending": a negation shortly before the trigger in its clause.
            // ("Finland, never one to rush, signed for 64 F-35As": not a negation inside an aside the commas close.)
            if (cFirst >= clauseStart && cEnd <= first && first - cEnd <= 5 && !(CommaBetween(s, cEnd, first) && CommaBetween(s, clauseStart, cFirst)))
            {
                return true;
            }

            // "Reports that they would be sent to Ukraine were denied": the report's clause, denied after it.
            if (cFirst > last && cFirst >= 1 && s.Lower(cFirst) is "denied" or "dismissed" && s.Lower(cFirst - 1) is "were" or "was" or "been" &&
                !TokenRun.Any(s, last, cFirst - last, static (s, k) => s.Lower(k) is "after" or "when" or "while" or "because" or "before" or "since" or "as" or "until" or "once") &&
                TokenRun.Any(s, 0, Math.Max(0, Math.Min(first, s.Tokens.Count - 1)), static (s, k) => s.Lower(k) is "reports" or "report" or "claims" or "rumours" or "rumors" or "suggestions" && s.Lower(k + 1) == "that"))
            {
                return true;
            }

            // "The supply of Tornado aircraft is not under consideration": a step named by its noun and ruled out in its clause.
            if (cFirst > last && s.Lower(cFirst) is "not" or "off" && cEnd - cFirst >= 3 && cFirst - last <= 8 && TriggerStartingAt(s, first) is { Entry.IsNoun: true } &&
                !TokenRun.Any(s, last, cFirst - last, static (s, k) => s.Lower(k) is "," or ";" or "but" or "and" or "that" or "which"))
            {
                return true;
            }

            // "deliveries of the F-16s have not yet begun", "delivery has yet to start", "deliveries ... were not confirmed": a
            // step named by its noun that has not begun, or is not known to have happened.
            // ("have not started yet but will begin in 2026": the step still planned is not denied.)
            if (cFirst > last && cFirst - last <= 16 && NotBegunOrUnconfirmed(s, cFirst, cEnd) && TriggerStartingAt(s, first) is { Entry.IsNoun: true } &&
                !TokenRun.Any(s, last, cFirst - last, static (s, k) => s.Lower(k) is "," or ";" or "but" or "and" or "that" or "which" or "while" or "although" or "though") &&
                !PlannedAfterABut(s, cEnd))
            {
                return true;
            }

            // "the sale was not approved": right after a nominal trigger, before the chain ends.
            // ("abandoned the deal after Washington warned": not across a subordinator into a clause of its own.)
            if (cFirst >= first && cEnd <= last + 3 && cFirst < last + 3 && cFirst > first &&
                !TokenRun.Any(s, last, Math.Max(0, cFirst - last), static (s, k) => s.Lower(k) is "after" or "when" or "while" or "because" or "before" or "since" or "as" or "until" or "once"))
            {
                return true;
            }
        }

        // "The minister called reports that Iran was preparing to ship missiles baseless": reports judged false after them.
        return CalledReportsBefore(s, first) &&
            TokenRun.Any(s, last, s.Tokens.Count - last, static (s, k) => s.Lower(k) is "baseless" or "false" or "untrue" or "groundless" or "fabricated" or "fake" or "unfounded" or "nonsense" or "lies");
    }

    /// <summary>"have not started yet but will begin in 2026": a "but" soon after the negation that goes on with the step planned.</summary>
    private static bool PlannedAfterABut(AnalyzedSentence s, int from)
    {
        for (var k = from; k < Math.Min(from + 8, s.Tokens.Count); k++)
        {
            if (s.Lower(k) is "but" or "although" or "though")
            {
                return TokenRun.Any(s, k + 1, Math.Min(3, s.Tokens.Count - k - 1), static (s, j) => s.Lower(j) is "will" or "are" or "is" or "due" or "expected" or "set" or "scheduled") &&
                       TokenRun.Any(s, k + 1, Math.Min(6, s.Tokens.Count - k - 1), static (s, j) => s.Lower(j) is "begin" or "start" or "commence" or "resume" or "due" or "expected" or "scheduled" or "set");
            }
        }

        return false;
    }

    /// <summary>Whether the negation in [<paramref name="cFirst"/>, <paramref name="cEnd"/>) says a step has not begun or is not confirmed ("not started", "not yet begun", "yet to begin", "not confirmed").</summary>
    private static bool NotBegunOrUnconfirmed(AnalyzedSentence s, int cFirst, int cEnd)
    {
        var k = cEnd < s.Tokens.Count && s.Lower(cEnd) == "yet" ? cEnd + 1 : cEnd;
        return k < s.Tokens.Count && cEnd > cFirst && (s.Lower(cEnd - 1) is "not" or "n't" or "t" || s.Lower(cFirst) == "yet") &&
               s.Lower(k) is "started" or "begun" or "commenced" or "start" or "begin" or "commence" or "resumed" or "resume" or "confirmed" or "verified" or "confirm";
    }

    /// <summary>Whether "called reports that", "calling the claims that" stands before token <paramref name="first"/>.</summary>
    private static bool CalledReportsBefore(AnalyzedSentence s, int first)
    {
        for (var k = 1; k + 1 < first; k++)
        {
            if (s.Lower(k) is "reports" or "claims" or "allegations" or "suggestions" && s.Lower(k + 1) == "that")
            {
                var before = s.Lower(k - 1) is "the" or "media" or "such" && k >= 2 ? k - 2 : k - 1;
                return s.Lower(before) is "called" or "calling" or "calls" or "call";
            }
        }

        return false;
    }

    /// <summary>Whether "reports", "claims", "allegations" or the like stand in tokens [from, to).</summary>
    private static bool ReportNounAt(AnalyzedSentence s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < Math.Min(to, s.Tokens.Count); k++)
        {
            if (s.Lower(k) is "reports" or "report" or "claims" or "allegations" or "rumours" or "rumors" or "suggestions" or "speculation")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Only orders, deliveries and talks can be planned; an interest, an offer, a suspension, a cancellation or a refusal
    /// exists once it is stated ("will pick one of the two", "has given up its plan to buy").
    /// </summary>
    private static (Modality, string) ModalityOf(AnalyzedSentence s, int clauseStart, int clauseEnd, List<TriggerMention> chain, TransferStatus status)
    {
        var (modality, cue) = ClauseModality(s, clauseStart, clauseEnd, chain, status);
        // ("said it could not sell FA-50s": an inability stated is a refusal made, no hedge.)
        if (status == TransferStatus.Refusal && modality == Modality.Possible && cue is "'could'" or "'can'")
        {
            return (Modality.Actual, $"stated as fact ({cue} not: an inability stated)");
        }

        return modality == Modality.Planned && status is not (TransferStatus.Order or TransferStatus.Delivery or TransferStatus.Negotiation)
            ? (Modality.Actual, $"stated as fact ({cue} does not make a {status.ToString().ToLowerInvariant()} planned)")
            : (modality, cue);
    }

    /// <summary>
    /// ", part of a plan to retire its Sea Kings", ", a step toward ...", ", a plan Germany has blocked": a comma-opened phrase
    /// after the step that says what it serves or names it again; its "plan" is no cue of the step's own. The token count
    /// when there is none.
    /// </summary>
    private static int PhraseAboutTheStepAfter(AnalyzedSentence s, int from)
    {
        for (var k = from; k + 2 < s.Tokens.Count; k++)
        {
            if (s.Lower(k) == "," && (s.Lower(k + 1) == "part" && s.Lower(k + 2) == "of" || s.Lower(k + 1) is "as" && s.Lower(k + 2) == "part" ||
                                      s.Lower(k + 1) is "a" or "the" && s.Lower(k + 2) is "step" or "move" or "first" or "plan" or "deal" or "decision" or "effort" or "bid"))
            {
                return k;
            }
        }

        return s.Tokens.Count;
    }

    private static bool InChain(List<TriggerMention> chain, int k)
    {
        foreach (var t in chain)
        {
            if (t.First <= k && k < t.End)
            {
                return true;
            }
        }

        return false;
    }

    private static (Modality, string) ClauseModality(AnalyzedSentence s, int clauseStart, int clauseEnd, List<TriggerMention> chain, TransferStatus status)
    {
        string? possible = null, planned = null;
        var participleClause = ParticipleClauseAfter(s, chain);
        var cuesEnd = Math.Min(clauseEnd, Math.Min(participleClause, PhraseAboutTheStepAfter(s, chain[^1].End)));
        foreach (var (first, end, effect) in s.Cues)
        {
            if (first < clauseStart || first >= cuesEnd)
            {
                continue;
            }

            // ("exercised an option": a cue word inside the trigger is part of its meaning, the option taken up.)
            if (InChain(chain, first))
            {
                continue;
            }

            // (Cut into a string only when kept: most cues in a clause are boundaries, or come after the one kept.)
            var word = s.Text.AsSpan()[s.Tokens[first].Start..s.Tokens[end - 1].End];
            if (effect == CueEffect.Possible && !(word.Equals("possible", StringComparison.OrdinalIgnoreCase) && status == TransferStatus.Offer))
            {
                possible ??= word.ToString();
            }
            else if (effect == CueEffect.Planned && !(first > 0 && s.Lower(first - 1) is "than" or "as")) // "later than planned", "as planned"
            {
                planned ??= word.ToString();
            }
        }

        // "48 launchers to be delivered to Poland": a step still to be done (not "is said to be", "appears to be", "the first of
        // the jets to be delivered", nor a name to come between commas: "The vessel, to be commissioned as HTMS Chang, was bought ...").
        var head = chain[0].First;
        if (planned is null && head >= 3 && s.Lower(head - 1) == "be" && s.Lower(head - 2) == "to" && !chain[0].Entry.IsNoun &&
            !TokenRun.Any(s, Math.Max(0, head - 8), Math.Min(6, head - 2), static (s, k) => s.Lower(k) is "first" or "last" or "only" or "latest" or "among") &&
            s.Lower(head - 3) is not ("said" or "appears" or "appear" or "appeared" or "seems" or "seem" or "seemed" or "believed" or "thought" or "reported" or "likely" or "unlikely" or ","))
        {
            planned = "to be";
        }

        // "if"/"in case" open the clause they condition; they also reach back one boundary ("X could Y in case Z refuses").
        if (possible is null)
        {
            foreach (var (first, end, effect) in s.Cues)
            {
                if (effect == CueEffect.Possible && first < clauseStart && Subordinators.Contains(s.Lower(first)) && first >= clauseStart - 12)
                {
                    possible = s.Text[s.Tokens[first].Start..s.Tokens[end - 1].End];
                }
            }
        }

        // "would buy the jets if Congress agrees": a condition after the main clause governs it too.
        if (possible is null)
        {
            foreach (var (first, end, effect) in s.Cues)
            {
                // ("..., leaving Athens free to order more if it wishes": not past a participle clause.)
                if (effect == CueEffect.Possible && first >= clauseEnd && first < participleClause && Subordinators.Contains(s.Lower(first)))
                {
                    possible = s.Text[s.Tokens[first].Start..s.Tokens[end - 1].End];
                    break;
                }
            }
        }

        if (possible is not null)
        {
            return (Modality.Possible, $"'{possible}'");
        }

        // Framework agreements foresee later contracts; a buyer's clearance precedes one.
        for (var k = clauseStart; k < clauseEnd; k++)
        {
            // ("The Czech government approved the purchase of 24 F-35s": a buyer approving its own purchase.)
            if (status == TransferStatus.Order && s.Lower(k) is "framework" or "clearance" or "cleared" or "approved" &&
                (NoGivingStepUpTo(chain, k) || BuyingOrderRightAfter(chain, k)))
            {
                return (Modality.Planned, $"'{s.Word(k)}'");
            }
        }

        // "agreed to send", "decided to deliver": a delivery agreed on is still to come (an agreement to buy is the order itself).
        if (status == TransferStatus.Delivery && chain.FirstOrDefault(t => !t.Entry.IsNoun && t.Entry.Status == TransferStatus.Delivery) is { First: > 1 } verb &&
            s.Lower(verb.First - 1) == "to" &&
            TokenRun.Last(s, Math.Max(0, verb.First - 5), verb.First - 1 - Math.Max(0, verb.First - 5), static (s, k) => s.Lower(k) is "agreed" or "agree" or "agrees" or "agreeing" or "decided" or "decide" or "decides" or "deciding", -1) is var decision && decision >= 0 &&
            !TokenRun.Any(s, decision + 1, verb.First - 1 - decision - 1, static (s, k) => s.Lower(k) is "," or "and"))
        {
            return (Modality.Planned, $"'{s.Word(decision)} to'");
        }

        if (FirstWithModality(chain) is { } implied)
        {
            return (implied.Entry.Modality!.Value, $"'{s.Text[s.Tokens[implied.First].Start..s.Tokens[implied.End - 1].End]}'");
        }

        if (planned is not null && !(planned == "would" && status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal))
        {
            return (Modality.Planned, $"'{planned}'");
        }

        return (Modality.Actual, "stated as fact");
    }

    // (The two tests below are loops, not lambdas over ClauseModality's loop variable, which would cost a closure at every call.)

    /// <summary>Whether no giving step of the chain starts at or before token <paramref name="k"/>.</summary>
    private static bool NoGivingStepUpTo(List<TriggerMention> chain, int k)
    {
        foreach (var t in chain)
        {
            if (t.First <= k && t.Entry.Role == TriggerRole.Giver)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a buying order noun ("purchase") starts one or two tokens after token <paramref name="k"/>.</summary>
    private static bool BuyingOrderRightAfter(List<TriggerMention> chain, int k)
    {
        foreach (var t in chain)
        {
            if (t.First > k && t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker && t.Entry.Status == TransferStatus.Order && t.First - k <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first step of the chain whose word implies a modality ("planned", "proposed"), if any.</summary>
    private static TriggerMention? FirstWithModality(List<TriggerMention> chain)
    {
        foreach (var t in chain)
        {
            if (t.Entry.Modality is not null)
            {
                return t;
            }
        }

        return null;
    }
}
