using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Statuses: the status a chain states (halts, requests, awards, approvals) beyond its first status word.
public sealed partial class FrameBuilder
{
    /// <summary>"won the order", "secured a contract": a step of the chain before <paramref name="before"/> that wins (not "won" of "$2 million won").</summary>
    private static bool WinsBefore(AnalyzedSentence s, List<TriggerMention> chain, int before)
    {
        // ("Saab today announced a contract from the Estonian ministry", "has received an order from Estonia": the firm's news.)
        for (var k = before - 1; k >= 0 && k >= before - 4; k--)
        {
            if (s.Lower(k) is "announced" or "announces" or "received" or "receives" or "booked" or "books" or "bagged" or "landed" or "clinched" or "awarded" &&
                FirmBefore(s, k) && TokenRun.Any(s, before, Math.Min(8, s.Tokens.Count - before), static (s, j) => s.Lower(j) == "from") &&
                !(s.Lower(k) == "awarded" && k > 0 && BeForms.Contains(s.Lower(k - 1))))
            {
                return true;
            }
        }

        foreach (var t in chain)
        {
            if (t.First < before && s.Lower(t.First) is "won" or "win" or "wins" or "winning" or "secured" or "secure" or "secures" or "securing" &&
                !(t.First > 0 && (s.Tokens[t.First - 1].Kind == Core.Text.TokenKind.Number || s.Lower(t.First - 1) is "million" or "billion" or "trillion")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first halting status of a chain (cancellation, suspension, refusal): it outranks the step it halts.</summary>
    private static TransferStatus? HaltingStatus(List<TriggerMention> chain)
    {
        foreach (var t in chain)
        {
            if (t.Entry.Status is TransferStatus.Cancellation or TransferStatus.Suspension or TransferStatus.Refusal)
            {
                return t.Entry.Status;
            }
        }

        return null;
    }

    /// <summary>The first trigger of the chain with <paramref name="status"/> (there is one: the status is read from the chain).</summary>
    private static TriggerMention FirstWithStatus(List<TriggerMention> chain, TransferStatus status)
    {
        foreach (var t in chain)
        {
            if (t.Entry.Status == status)
            {
                return t;
            }
        }

        throw new InvalidOperationException("Sequence contains no matching element");
    }

    /// <summary>"a letter of request": a noun of interest after token <paramref name="after"/>.</summary>
    private static TriggerMention? RequestAfter(List<TriggerMention> chain, int after)
    {
        foreach (var t in chain)
        {
            if (t.Entry.IsNoun && t.Entry.Status == TransferStatus.Interest && t.First > after)
            {
                return t;
            }
        }

        return null;
    }

    private static string? ReadinessCue(AnalyzedSentence s, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 5); k--)
        {
            if (s.Lower(k) is "ready" or "willing" or "prepared" or "open" && k + 1 < s.Tokens.Count && s.Lower(k + 1) == "to")
            {
                return s.Word(k);
            }
        }

        return null;
    }

    /// <summary>"proposing to buy", "bidding to acquire": an offering verb right before "to" and a buying verb.</summary>
    private static bool ProposesToBuy(AnalyzedSentence s, TriggerMention t, TriggerMention next) =>
        t.Entry.Status == TransferStatus.Offer && s.Lower(t.First) is "propose" or "proposes" or "proposing" or "bidding" &&
        next.First == t.End + 1 && s.Lower(t.End) == "to" && next.Entry.Role == TriggerRole.Taker;

    /// <summary>The index of the chain's first "received", "receives" or "receive", else -1.</summary>
    private static int IndexOfReceiving(AnalyzedSentence s, List<TriggerMention> chain)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (s.Lower(chain[i].First) is "received" or "receives" or "receive")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the chain's first request (<see cref="IsRequest"/>), else -1.</summary>
    private static int IndexOfRequest(AnalyzedSentence s, List<TriggerMention> chain)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (IsRequest(s, chain[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsRequest(AnalyzedSentence s, TriggerMention t) =>
        t.Entry.Status == TransferStatus.Interest && s.Lower(t.First) is "asked" or "asks" or "asking" or "ask" or "requested" or "requests" or "request" or "requesting" or
            "sought" or "seeks" or "seeking" or "seek";

    /// <summary>Whether a trigger with a status starts after token <paramref name="after"/>.</summary>
    private static bool StatusTriggerAfter(AnalyzedSentence s, int after)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First > after && t.Entry.Status is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> PermitNouns = new(StringComparer.Ordinal)
    {
        "permit", "permits", "licence", "licences", "license", "licenses", "authorisation", "authorisations", "authorization", "authorizations",
    };

    /// <summary>Whether "over", "rather than" or "instead of" governs the weapon at <paramref name="at"/> (over its determiners and owner).</summary>
    private static bool PassedOver(AnalyzedSentence s, int at)
    {
        var k = at - 1;
        while (k >= 1 && (s.Lower(k) is "the" or "a" or "an" or "its" or "their" or "s" or "'s" or "'" or "\u2019" or "-" or "made" or "built" or "designed" || Coverage.InParty(s, k)))
        {
            k--;
        }

        // ("selected the F-35A, ahead of the Rafale", "beating the Gripen", "in preference to the Typhoon")
        return k >= 1 && (s.Lower(k) is "over" or "beating" or "outscoring" or "against" || s.Lower(k) is "than" or "of" && s.Lower(k - 1) is "rather" or "instead" or "ahead" ||
                          s.Lower(k) == "to" && s.Lower(k - 1) == "preference");
    }

    /// <summary>Verbs by which a buyer gives a contract to its seller ("awarded Saab a contract").</summary>
    private static readonly HashSet<string> AwardVerbs = new(StringComparer.Ordinal) { "award", "awards", "awarded", "awarding" };

    private static readonly HashSet<string> ApprovalVerbs = new(StringComparer.Ordinal)
    {
        "approve", "approves", "approved", "approving", "approval", "clear", "clears", "cleared", "authorise", "authorised", "authorize", "authorized", "greenlit",
    };

    private static readonly HashSet<string> ChoiceVerbs = new(StringComparer.Ordinal)
    {
        "chose", "chosen", "choose", "chooses", "choosing", "selected", "select", "selects", "selecting", "picked", "pick", "picks", "picking",
    };

    /// <summary>
    /// A step gapped after "and" ("..., and four from Belarus in 2019", "and 12 to Qatar a year later"): the count before
    /// the preposition naming <paramref name="code"/>, and the date right after that party.
    /// </summary>
    private static (int? Count, DateMention? Date) GappedStep(AnalyzedSentence s, string code, string preposition, int after)
    {
        foreach (var p in s.Parties)
        {
            if (p.Code != code || p.First < after + 3 || s.Lower(p.First - 1) != preposition)
            {
                continue;
            }

            var k = p.First - 2;
            if (k >= 1 && s.Lower(k) == "more")
            {
                k--;
            }

            if (k < 1 || s.Lower(k - 1) != "and" || !CountOnly(s, k) || NumberWords.Parse(s.Lower(k)) is not (> 0 and < 1000) and var n)
            {
                continue;
            }

            var stop = p.End < s.Tokens.Count ? s.Tokens[Math.Min(s.Tokens.Count - 1, p.End + 4)].End : s.Span.End;
            DateMention? date = null;
            foreach (var d in s.Dates)
            {
                if (d.StartChar >= s.Tokens[p.End - 1].End && d.StartChar <= stop)
                {
                    date = d;
                    break;
                }
            }

            return (NumberWords.Parse(s.Lower(k)), date);
        }

        return default;
    }

    /// <summary>Whether "talks/negotiations (with X) (to|over|on|about) (the sale of)" leads up to the trigger.</summary>
    private static int NegotiatedBefore(AnalyzedSentence s, TriggerMention trigger)
    {
        for (var k = trigger.First - 1; k >= 0 && k >= trigger.First - 10; k--)
        {
            var w = s.Lower(k);
            if (w is "talks" or "negotiations" or "negotiating" or "discussions")
            {
                return k;
            }

            if (!(w is "with" or "to" or "over" or "on" or "about" or "for" or "the" or "a" or "an" || Coverage.InParty(s, k)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a contract noun opens the clause as the subject of the step at <paramref name="first"/>, with no verb between ("The contract with Algeria for Su-35s was ...").</summary>
    private static bool DealHaltedAsSubject(AnalyzedSentence s, int clauseStart, int first)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First >= clauseStart && t.End <= first && t.Entry.IsNoun && ContractNouns.Contains(s.Lower(t.End - 1)) && t.First - clauseStart <= 4 &&
                !Among.Any(s.Triggers, t, first, static (u, t, first) => u.First >= t.End && u.First < first && !u.Entry.IsNoun))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the talks noun is the object right after a halting verb ending at <paramref name="k"/> ("suspended talks", "froze its negotiations").</summary>
    private static bool HaltedTalksAt(AnalyzedSentence s, int k)
    {
        while (k < s.Tokens.Count && s.Lower(k) is "the" or "its" or "their" or "all")
        {
            k++;
        }

        return k < s.Tokens.Count && s.Lower(k) is "talks" or "negotiations" or "discussions";
    }

    /// <summary>"suspended talks", "froze its negotiations", "has paused the discussions": a halting verb on the talks noun at <paramref name="talks"/>.</summary>
    private static bool TalksHalted(AnalyzedSentence s, int talks)
    {
        var verb = talks - 1;
        while (verb >= 0 && s.Lower(verb) is "the" or "its" or "their" or "all")
        {
            verb--;
        }

        // (A halting verb of the trigger lexicon: "suspended", "froze", "paused", "put on hold" ...)
        return verb >= 0 && Among.Any(s.Triggers, verb, static (t, verb) => t.End == verb + 1 && t.Entry.Status == TransferStatus.Suspension && !t.Entry.IsNoun);
    }

    /// <summary>The offer noun a refusing verb takes as its object ("rejected a US offer", "turned down Beijing's bid"), if any.</summary>
    private static TriggerMention? DeclinedOffer(AnalyzedSentence s, List<TriggerMention> chain)
    {
        for (var i = 0; i + 1 < chain.Count; i++)
        {
            var refusing = chain[i];
            var offer = chain[i + 1];
            if (refusing.Entry.Status == TransferStatus.Refusal && !refusing.Entry.IsNoun && offer.Entry.Status == TransferStatus.Offer &&
                offer.First - refusing.End <= 4 && s.Lower(offer.End - 1) is "offer" or "offers" or "bid" or "bids" or "proposal" or "proposals" &&
                !(offer.End < s.Tokens.Count && s.Lower(offer.End) == "to") && // ("rejected a Saudi bid to buy tanks": the buyer's request, refused)
                !TokenRun.Any(s, refusing.End, offer.First - refusing.End, static (s, k) => s.Lower(k) is "," or "to" or "and"))
            {
                return offer;
            }
        }

        return null;
    }
}
