using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Grammar: clause boundaries, passives, prepositions and other tests the concerns above share.
public sealed partial class FrameBuilder
{
    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting",
    };

    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "already", "previously", "only", "also", "reportedly", "recently", "finally", "now", "since", "first", "just", "formally",
        "officially", "initially", "successfully", "still", "then", "later", "eventually", "partly", "fully", "originally",
    };

    private static readonly HashSet<string> Anaphors = new(StringComparer.Ordinal)
    {
        "it", "they", "them", "deal", "contract", "agreement", "purchase", "order", "sale", "delivery", "deliveries", "package", "weapons", "equipment", "hardware",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "if", "unless", "in case" };

    private static readonly HashSet<string> ContentVerbs = new(StringComparer.Ordinal)
    {
        "includes", "included", "include", "including", "covers", "covered", "cover", "consists", "consisted", "comprises", "comprised", "contains", "contained",
    };

    private static readonly HashSet<string> TradeNouns = new(StringComparer.Ordinal)
    {
        "export", "exports", "sale", "sales", "deliveries", "shipments", "supplies", "transfers",
    };

    private static readonly HashSet<string> ContractNouns = new(StringComparer.Ordinal) { "contract", "contracts", "agreement", "agreements", "deal", "order" };

    /// <summary>Where "under a 2019 contract" begins: its "under" or "through".</summary>
    private static int ContractPhraseStart(AnalyzedSentence s, List<TriggerMention> chain)
    {
        var head = chain[0].First;
        for (var k = head - 1; k >= Math.Max(0, head - 6); k--)
        {
            if (s.Lower(k) is "under" or "through")
            {
                return k;
            }
        }

        return head;
    }

    private static bool IsReducedRelative(AnalyzedSentence s, TriggerMention t) =>
        IsPastParticiple(s.Lower(t.First)) && t.First > 0 && (WeaponEndsRightBefore(s, t.First) || KindAfterAName(s, t.First - 1));

    /// <summary>"the K2 tanks ordered", "CV90 vehicles bought": a plain noun of the weapon's kind right after its name (not "was", "has").</summary>
    private static bool KindAfterAName(AnalyzedSentence s, int k) =>
        HeadNounOfAName(s, k) && !BeForms.Contains(s.Lower(k)) && s.Lower(k) is not ("has" or "was" or "is" or "does" or "as" or "its" or "this" or "thus" or "plus");

    /// <summary>Whether a weapon ends right before token <paramref name="k"/>, its plural "s" a token of its own or not ("the MiG-29s given").</summary>
    private static bool WeaponEndsRightBefore(AnalyzedSentence s, int k) =>
        TokenSpans.EndsAt(s.Weapons, k) || TokenSpans.EndsAt(s.Weapons, WeaponEndBefore(s, k));

    private static bool IsOrdinal(string word) => word is "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth";

    /// <summary>"for a fourth", "on a third": one more, named by its rank ("a second batch", "a second squadron": how many is not said).</summary>
    private static bool OrdinalFollows(AnalyzedSentence s, int from) =>
        TokenRun.Any(s, from, Math.Max(0, Math.Min(s.Tokens.Count, from + 4) - from), static (s, k) => IsOrdinal(s.Lower(k)) &&
            !(k + 1 < s.Tokens.Count && s.Lower(k + 1) is "batch" or "squadron" or "pair" or "tranche" or "lot" or "phase" or "regiment" or "battalion"));

    /// <summary>Commas between two tokens: an even number closes a parenthesis ("the deal, awarded in 2013, was cancelled").</summary>
    private static int CommasBetween(AnalyzedSentence s, int from, int to) =>
        TokenRun.Count(s, from, Math.Max(0, to - from), static (s, k) => s.Tokens[k].Kind == Core.Text.TokenKind.Punctuation && s.Text[s.Tokens[k].Start] == ',');

    private static bool CommaBetween(AnalyzedSentence s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Tokens[k].Kind == Core.Text.TokenKind.Punctuation && s.Text[s.Tokens[k].Start] is ',' or ';')
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(WeaponMention w) => w.Designation ?? $"{w.Category.ToSpecName()} (no system named)";

    private static int LastBoundaryAtOrBefore(List<int> boundaries, int token, int none)
    {
        for (var i = boundaries.Count - 1; i >= 0; i--)
        {
            if (boundaries[i] <= token)
            {
                return boundaries[i];
            }
        }

        return none;
    }

    private static int FirstBoundaryAtOrAfter(List<int> boundaries, int token, int none)
    {
        foreach (var b in boundaries)
        {
            if (b >= token)
            {
                return b;
            }
        }

        return none;
    }

    /// <summary>The clause of a chain [first, last): from the boundary before it to the next boundary or chain.</summary>
    private static (int Start, int End) ClauseOf(AnalyzedSentence s, List<int> boundaries, int first, int last, int nextChainStart)
    {
        var start = LastBoundaryAtOrBefore(boundaries, first, 0);
        var end = Math.Min(FirstBoundaryAtOrAfter(boundaries, last, s.Tokens.Count), nextChainStart);
        // (A boundary right after the chain leaves it the rest of the sentence, but a semicolon before a step of its own:
        // "delivered; the last will arrive" — not "ordered 12 Rafales; the contract was signed in August", which dates it.)
        if (end < last || end == last && (end >= s.Tokens.Count || s.Lower(end) != ";" || !VerbStepStartsAt(s, nextChainStart)))
        {
            end = Math.Min(s.Tokens.Count, nextChainStart);
        }

        // "..., which Chile bought in 2023, would arrive late": the modal after the comma belongs to the next predicate.
        for (var k = last; k + 1 < end; k++)
        {
            if (s.Tokens[k].Kind == Core.Text.TokenKind.Punctuation && s.Text[s.Tokens[k].Start] == ',' && s.Lower(k + 1) is "would" or "could" or "should" or "might" or "must" or "will" or "may" &&
                nextChainStart < s.Tokens.Count && nextChainStart - k <= 4)
            {
                return (start, k);
            }
        }

        return (start, end);
    }

    /// <summary>Whether a verb with a status of its own ("will arrive", not "the contract was signed") starts at token <paramref name="k"/>.</summary>
    private static bool VerbStepStartsAt(AnalyzedSentence s, int k) => TriggerStartingAt(s, k) is { Entry.IsNoun: false, Entry.Status: not null };

    /// <summary>The trigger that starts at token <paramref name="k"/>, if any.</summary>
    private static TriggerMention? TriggerStartingAt(AnalyzedSentence s, int k)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First == k)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The chain's trigger words as written, joined by spaces.</summary>
    private static string TriggerText(AnalyzedSentence s, List<TriggerMention> chain)
    {
        if (chain.Count == 1)
        {
            return TextOf(s, chain[0]);
        }

        var words = new string[chain.Count];
        for (var i = 0; i < chain.Count; i++)
        {
            words[i] = TextOf(s, chain[i]);
        }

        return string.Join(" ", words);
    }

    /// <summary>The words of a trigger as written.</summary>
    private static string TextOf(AnalyzedSentence s, TriggerMention t) => s.Text[s.Tokens[t.First].Start..s.Tokens[t.End - 1].End];

    /// <summary>Token indices where a new clause starts.</summary>
    private static List<int> Boundaries(AnalyzedSentence s)
    {
        var b = new List<int>();
        foreach (var (first, _, effect) in s.Cues)
        {
            if (effect == CueEffect.Boundary)
            {
                // "that" is a clause boundary after a verb ("said that"), not as a determiner ("that deal").
                var w = s.Lower(first);
                if (w == "that" && first + 1 < s.Tokens.Count && (TokenSpans.StartsAt(s.Weapons, first + 1) ||
                    s.Lower(first + 1) is "year" or "month" or "week" or "day" or "time" or "decade" or "summer" or "spring" or "autumn" or "winter" or "deal" or "contract" or "agreement" or "sale" or "order"))
                {
                    continue;
                }

                // "it, too, would donate", "Poland, however, ordered": commas around one adverb close no clause.
                if (w == "," && (first + 2 < s.Tokens.Count && AsideAdverbs.Contains(s.Lower(first + 1)) && s.Lower(first + 2) == "," ||
                                 first >= 2 && AsideAdverbs.Contains(s.Lower(first - 1)) && s.Lower(first - 2) == ","))
                {
                    continue;
                }

                // "12 Leopard tanks, made by KNDS, and 18 Caesar guns": ", and" before a further item of a list of weapons.
                if (w == "," && ListGoesOn(s, first))
                {
                    continue;
                }

                // "delivered to Ukraine: 18 Leopard 2 tanks and 40 Marders": a colon opening a list of weapons lists the step's objects.
                if (w == ":" && ListOfWeaponsAfter(s, first + 1))
                {
                    continue;
                }

                // "Germany, France, and Italy have pledged": a comma inside a list of parties. (", and" closes a list only after
                // another comma of it: "built with Pakistan, and India offered" is a new clause.)
                if (w == "," && TokenSpans.EndsAt(s.Parties, first) &&
                    (TokenSpans.StartsAt(s.Parties, first + 1) || TokenSpans.StartsAt(s.Parties, first + 2) && s.Lower(first + 1) is "and" or "or" && ListedBefore(s, first)))
                {
                    continue;
                }

                b.Add(first);
            }
            else if (effect == CueEffect.Possible && Subordinators.Contains(s.Lower(first)))
            {
                b.Add(first);
            }
            else if (effect == CueEffect.Possible && s.Lower(first) == "in" && first + 1 < s.Tokens.Count && s.Lower(first + 1) == "case")
            {
                b.Add(first);
            }
        }

        // (Most sentences have no "since": the tokens are not walked for them.)
        if (s.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start).ContainsAny(Since))
        {
            AddSinceClauses(s, b);
        }

        if (s.Triggers.Count > 1)
        {
            AddAndClauses(s, b);
        }

        b.Sort();
        return b;
    }

    /// <summary>
    /// "Saab has delivered four GlobalEyes and the fifth will be delivered next year", "three arrived in November, and three
    /// more touched down in January": after a verb, "and" before a new subject and its own verb (an auxiliary or a step) opens
    /// a clause of its own, with its own date and modality. (Not "Poland and South Korea signed": no verb before "and".)
    /// </summary>
    private static void AddAndClauses(AnalyzedSentence s, List<int> b)
    {
        for (var k = 1; k + 2 < s.Tokens.Count; k++)
        {
            // (The verb before not the sentence's first word: "Exports to Oman and Algeria have been frozen" opens with a noun.)
            // (The verb in the same clause: not "Estonia will send X, while Latvia and Lithuania will send Y".)
            if (s.Lower(k) != "and" || b.Contains(k) || b.Contains(k - 1) ||
                !Among.Any(s.Triggers, k, b, static (t, k, b) => !t.Entry.IsNoun && t.Entry.Status is not null && t.End <= k && t.First > 0 && !BoundaryIn(b, t.End, k - 1)) ||
                Among.Any(s.Triggers, s, k, static (t, s, k) => t.End <= k && !t.Entry.IsNoun && IsReducedRelative(s, t)) || // ("the jets donated by Denmark and the Netherlands arrived")
                Coverage.InTrigger(s, k + 1) || s.Lower(k + 1).EndsWith("ing", StringComparison.Ordinal) || s.Lower(k + 1).EndsWith("ed", StringComparison.Ordinal) || // ("buying and testing the system would")
                s.Lower(k + 1) is "then" or "later" or "also" or "subsequently" or "eventually" or "finally" or "so" or "not" || IsFiniteAuxiliary(s.Lower(k + 1)))
            {
                continue;
            }

            for (var j = k + 2; j <= Math.Min(k + 5, s.Tokens.Count - 1); j++)
            {
                if (s.Lower(j) is "," or "and" || Coverage.InTrigger(s, j) && Among.Any(s.Triggers, j, static (t, j) => t.First == j && t.Entry.IsNoun))
                {
                    break;
                }

                // (A finite verb: "talks with Sweden and France about buying jets" has none.)
                if (IsFiniteAuxiliary(s.Lower(j)) ||
                    Among.Any(s.Triggers, j, static (t, j) => t.First == j && !t.Entry.IsNoun && t.Entry.Status is not null) && !s.Lower(j).EndsWith("ing", StringComparison.Ordinal))
                {
                    b.Add(k);
                    break;
                }
            }
        }
    }

    /// <summary>A finite auxiliary or modal: "will", "has", "were", "could" ...</summary>
    private static bool IsFiniteAuxiliary(string w) =>
        w is "will" or "would" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "should" or "could" or "can" or "may" or "might" or "must";

    /// <summary>
    /// "since" as an ordinal-ignore-case search, vectorised: the ordinal-ignore-case <c>Contains</c> of invariant-globalization
    /// builds is a character loop, and it ran on every sentence.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> Since = System.Buffers.SearchValues.Create(["since"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Since Russia cannot deliver on time, India bought ...": "since" before a subject, opening the sentence or after a comma,
    /// opens a clause of its own (not "since 2014", nor "sent to Ukraine since Russia's attack"); opening the sentence, the
    /// clause ends at its comma.
    /// </summary>
    private static void AddSinceClauses(AnalyzedSentence s, List<int> b)
    {
        var opening = AfterDateline(s);
        for (var k = 0; k + 1 < s.Tokens.Count; k++)
        {
            if (s.Lower(k) == "since" && (k == opening || k > 0 && s.Lower(k - 1) == ",") && (TokenSpans.StartsAt(s.Parties, k + 1) || s.Lower(k + 1) is "it" or "they" or "the" && !DateFinder.IsCalendarWord(s.Lower(Math.Min(k + 2, s.Tokens.Count - 1)))))
            {
                b.Add(k);
                var comma = TokenRun.First(s, k + 1, s.Tokens.Count - k - 1, static (s, j) => s.Lower(j) == ",", -1);
                if (k == opening && comma > 0)
                {
                    b.Add(comma);
                }
            }
        }
    }

    /// <summary>Whether the party ending at the comma <paramref name="comma"/> follows another party and a comma ("Germany, France, and").</summary>
    private static bool ListedBefore(AnalyzedSentence s, int comma)
    {
        foreach (var p in s.Parties)
        {
            if (p.End == comma)
            {
                return p.First >= 2 && s.Lower(p.First - 1) == "," && TokenSpans.EndsAt(s.Parties, p.First - 1);
            }
        }

        return false;
    }

    /// <summary>"has supplied jets and is expected to deliver more": where a second predicate of the same subject, with cues and dates of its own, begins.</summary>
    private static int SecondPredicateAfter(AnalyzedSentence s, List<TriggerMention> chain)
    {
        for (var k = chain[^1].End; k + 1 < s.Tokens.Count; k++)
        {
            if (s.Lower(k) is "and" or "but" && s.Lower(k + 1) is "is" or "are" or "was" or "were" or "will" or "would" or "could" or "may" or "might" or "plans" or "expects" or "hopes" &&
                StatusTriggerAfter(s, k + 1))
            {
                return k;
            }

            // "has delivered 10 K9s, and the remaining 38 are due in 2026": a part of the weapons, counted, as the subject of
            // a step of its own.
            if (s.Lower(k) is "and" or "but" && PartOfTheWeaponsEndsBefore(s, k + 1) is var verb and > 0 && StatusTriggerAfter(s, verb))
            {
                return k;
            }

            // "has received 10 of the 24, the rest to arrive by 2026": the part after a comma with its own infinitive.
            if (PartOpensAt(s, k) && StatusTriggerAfter(s, k + 3))
            {
                return k;
            }
        }

        return s.Tokens.Count;
    }

    /// <summary>
    /// Where the auxiliary after "the remaining 38", "the last six", "the rest", "four more" starting at <paramref name="k"/>
    /// stands, or -1: a part of the weapons told, counted or ordinal, with nothing else before its verb.
    /// </summary>
    private static int PartOfTheWeaponsEndsBefore(AnalyzedSentence s, int k)
    {
        var counted = false;
        for (var j = k; j < s.Tokens.Count && j <= k + 4; j++)
        {
            var w = s.Lower(j);
            if (w is "is" or "are" or "was" or "were" or "will" or "would" or "should" or "could" or "have" or "has")
            {
                return counted && j > k ? j : -1;
            }

            if (w is "remaining" or "rest" or "last" or "final" or "others" or "more" || CountOnly(s, j))
            {
                counted = true;
            }
            else if (w is not ("the" or "other"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>", and 24 K9 howitzers." / ", and six transport aircraft worth ...": a weapon, not a new predicate, follows ", and".</summary>
    private static bool ListGoesOn(AnalyzedSentence s, int comma)
    {
        // ("received six MiG-29s from Russia in 2017, and four more from Belarus": a gapped count with its own source.)
        // (Not when the gapped part has a verb of its own: ", and four from Belarus were rejected".)
        var preposition = comma + 3 < s.Tokens.Count && s.Lower(comma + 3) == "more" ? comma + 4 : comma + 3;
        if (preposition + 1 < s.Tokens.Count && s.Lower(comma + 1) == "and" && CountOnly(s, comma + 2) && s.Lower(preposition) is "from" or "to" &&
            Among.First(s.Parties, preposition, static (p, preposition) => p.First > preposition && p.First <= preposition + 2) is { } party &&
            (party.End >= s.Tokens.Count || s.Tokens[party.End].Kind == Core.Text.TokenKind.Punctuation || s.Lower(party.End) is "in" or "on" or "last" or "earlier" or "this" or "later") &&
            !TokenRun.Any(s, party.End, Math.Min(4, s.Tokens.Count - party.End), static (s, k) => BeForms.Contains(s.Lower(k)) || s.Lower(k) is "will" or "have" or "has" or "had" || TokenSpans.StartsAt(s.Triggers, k)))
        {
            return true;
        }

        if (comma + 2 >= s.Tokens.Count || s.Lower(comma + 1) != "and" || s.Weapons.FirstOrDefault(w => w.First > comma + 1 && w.First <= comma + 4) is not { } item)
        {
            return false;
        }

        var between = Enumerable.Range(comma + 2, item.First - comma - 2);
        if (!between.All(k => s.Tokens[k].Kind == Core.Text.TokenKind.Number || NumberWords.Parse(s.Lower(k)) is not null || s.Lower(k) is "the" or "a" or "an" or "more" or "another" or "additional"))
        {
            return false;
        }

        // "..., and two K9s were delivered": the item is the subject of a verb of its own.
        var after = item.End;
        return after >= s.Tokens.Count || (s.Lower(after) is not ("was" or "were" or "is" or "are" or "has" or "have" or "had" or "will" or "would" or "could") &&
                                           !s.Triggers.Any(t => t.First >= after && t.First <= after + 1 && !t.Entry.IsNoun));
    }

    /// <summary>
    /// "The contract for 42 Rafales that Indonesia signed with France": a deal noun and the signing verb of the relative
    /// clause on it (its subject a party right after "that"/"which") are one step.
    /// </summary>
    private static bool SignedInARelativeClause(AnalyzedSentence s, TriggerMention prev, TriggerMention t)
    {
        if (!prev.Entry.IsNoun || prev.Entry.Status is null || t.Entry.Status is not null || t.Entry.IsNoun || !SigningVerbs.Contains(s.Lower(t.First)) || t.First - prev.End > 12)
        {
            return false;
        }

        var subject = Among.Last(s.Parties, prev, t, static (p, prev, t) => p.End <= t.First && t.First - p.End <= 1 && p.First > prev.End);
        return subject is not null && s.Lower(subject.First - 1) is "that" or "which" &&
               (subject.End == t.First || s.Lower(subject.End) is "had" or "has" or "have" or "also" or "first") &&
               TokenRun.All(s, prev.End, subject.First - 1 - prev.End, static (s, k) => s.Lower(k) is not ("," or ";" or "and" or "but"));
    }

    /// <summary>
    /// "The two boats that Chile ordered from France arrived in 2005": the verb after a relative clause whose own subject
    /// is a party is the main clause's predicate, a step of its own.
    /// </summary>
    private static bool EndsARelativeClause(AnalyzedSentence s, TriggerMention prev, TriggerMention t)
    {
        if (t.Entry.Status is null || t.Entry.IsNoun || prev.Entry.IsNoun ||
            TokenRun.Any(s, prev.End, Math.Max(0, t.First - prev.End), static (s, k) => s.Lower(k) is "and" or "or" or "to" or "," or "but"))
        {
            return false;
        }

        for (var k = prev.First - 1; k >= 1 && k >= prev.First - 8; k--)
        {
            if (s.Lower(k) is "that" or "which")
            {
                return WeaponEndsIn(s, k - 2, k + 1) && SubjectOfRelativeClause(s, k, prev.First);
            }

            if (s.Lower(k) is "," or ";" || TokenSpans.StartsAt(s.Triggers, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"the jets that Chile bought": a party after the relative pronoun at <paramref name="pronoun"/> and by <paramref name="end"/> that can be the clause's subject.</summary>
    private static bool SubjectOfRelativeClause(AnalyzedSentence s, int pronoun, int end)
    {
        foreach (var p in s.Parties)
        {
            if (p.First > pronoun && p.End <= end && !p.Possessive && !p.ModifiesWeapon && !IsObjectOfPreposition(s, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs of control whose object is held back or let through, not a buyer ("let Spain sell", "preventing Embraer from selling").</summary>
    private static readonly HashSet<string> ControlVerbs = new(StringComparer.Ordinal)
    {
        "allow", "allows", "allowed", "allowing", "let", "letting", "permit", "prevent", "prevents", "prevented", "preventing",
    };

    /// <summary>Verbs that name or rank the party after them, their object ("Turkey named CPMIEC the preferred bidder").</summary>
    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "named", "chose", "picked", "selected", "declared", "appointed", "designated", "beat", "defeated",
    };

    /// <summary>Verbs of signing that conclude a contract ("the contract, signed in 2009").</summary>
    private static readonly HashSet<string> SigningVerbs = new(StringComparer.Ordinal)
    {
        "signed", "concluded", "inked", "sealed", "finalised", "finalized", "awarded", "agreed",
    };

    /// <summary>"to India", "let Spain", "denied Spain", "preventing Brazil's Embraer": a party governed by a preposition or a verb of control is no new subject.</summary>
    private static bool IsObjectOfPreposition(AnalyzedSentence s, PartyMention p)
    {
        var before = p.First - 1;
        if (s.Parties.FirstOrDefault(o => o.Possessive && o.End <= p.First && o.End >= p.First - 2) is { } owner) // "Brazil 's Embraer"
        {
            before = owner.First - 1;
        }

        if (before >= 1 && s.Lower(before) == "the")
        {
            before--; // "with the Australian Army"
        }

        return before >= 0 && (s.Lower(before) is "to" or "with" or "from" or "by" or "for" || PermissionWords.IsDenial(s.Lower(before)) || ControlVerbs.Contains(s.Lower(before)));
    }

    private static bool IsPassive(AnalyzedSentence s, TriggerMention head, int clauseStart)
    {
        // "was preventing", "is selling": a be-form before a present participle is progressive, not passive; "is interested
        // in", "is keen on": an adjective of wanting, its subject the one who wants.
        if (head.Entry.IsNoun || s.Lower(head.First).EndsWith("ing", StringComparison.Ordinal) || s.Lower(head.First) is "interested" or "keen" or "eager")
        {
            return false;
        }

        for (var k = head.First - 1; k >= Math.Max(clauseStart, head.First - 4); k--)
        {
            var w = s.Lower(k);
            if (BeForms.Contains(w))
            {
                return true;
            }

            // "Saab was to supply India with launchers": a bare infinitive after "to" is active ("is to be supplied" stops at "be").
            if (w == "to")
            {
                return false;
            }

            if (!Adverbs.Contains(w) && w is not ("not" or "n" or "t" or "'" or "’" or "s"))
            {
                break;
            }
        }

        // "will be assembled next year and shipped from 2027": a participle coordinated with a passive is passive.
        var word = s.Lower(head.First);
        if (head.First > 0 && s.Lower(head.First - 1) == "and" && (word.EndsWith("ed", StringComparison.Ordinal) || word is "sold" or "sent" or "given" or "built" or "made"))
        {
            for (var k = head.First - 2; k >= Math.Max(clauseStart, head.First - 12); k--)
            {
                if (BeForms.Contains(s.Lower(k)) && k + 1 < head.First && (s.Lower(k + 1).EndsWith("ed", StringComparison.Ordinal) || s.Lower(k + 1) is "built" or "made" or "sold" or "sent"))
                {
                    return true;
                }
            }
        }

        // Reduced relative: "tanks bought by Poland", "the system sold to China".
        var headWord = s.Lower(head.First);
        var participle = headWord.EndsWith("ed", StringComparison.Ordinal) || headWord is "sold" or "bought" or "sent" or "given" or "built" or "made";
        return participle && head.First > 0 && TokenSpans.EndsAt(s.Weapons, head.First) && head.End < s.Tokens.Count && s.Lower(head.End) is "by" or "from" or "to" or "under" or "in";
    }

    private static readonly HashSet<string> AsideAdverbs = new(StringComparer.Ordinal)
    {
        "too", "also", "however", "meanwhile", "therefore", "though", "moreover", "instead", "likewise", "nevertheless",
    };

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "from", "by", "with", "for", "in", "at", "of", "on", "into", "against", "over", "about", "than", "near", "via", "through",
        "under", "amid", "despite", "during", "among", "between", "without",
    };

    /// <summary>The preposition governing a party, past "the", name words and one common noun ("with the French shipbuilder Naval Group" -> "with").</summary>
    private static string PrepositionBefore(AnalyzedSentence s, PartyMention p)
    {
        var nouns = 0;
        for (var k = p.First - 1; k >= 0 && k >= p.First - 5; k--)
        {
            var w = s.Lower(k);
            // "exported to 33 countries, including Poland and Morocco": the states listed are among those it goes to.
            if (w is "including" or "notably" && k >= 3 && s.Lower(k - 1) == "," && s.Lower(k - 2) is "countries" or "states" or "nations" or "buyers" or "customers" or "users" &&
                TokenRun.Any(s, Math.Max(0, k - 8), k - 2 - Math.Max(0, k - 8), static (s, j) => s.Lower(j) == "to") &&
                !TokenRun.Any(s, Math.Max(0, k - 8), k - 2 - Math.Max(0, k - 8), static (s, j) => s.Lower(j) is "," or ";"))
            {
                return "to";
            }

            if (Prepositions.Contains(w))
            {
                // "according to Russian media" names a source, not a party of the deal.
                if (w == "to" && k > 0 && s.Lower(k - 1) == "according")
                {
                    return "according to";
                }

                // "frozen due to the American pressure", "thanks to Turkish drones": a cause, not a party the step goes to.
                if (w == "to" && k > 0 && s.Lower(k - 1) is "due" or "owing" or "thanks" && !(k + 1 < s.Tokens.Count && s.Lower(k + 1) == "be"))
                {
                    return s.Lower(k - 1) + " to";
                }

                // "from the reserve fleet of the Spanish air force", "from the stocks of the Danish army": the owner of the stocks supplies.
                if (w == "of" && k > 0 && s.Lower(k - 1) is "fleet" or "fleets" or "stocks" or "stock" or "stockpiles" or "inventory" or "inventories" or "arsenal" or "reserves" or "surplus" &&
                    TokenRun.Any(s, Math.Max(0, k - 5), Math.Min(5, k), static (s, j) => s.Lower(j) == "from"))
                {
                    return "from";
                }

                // "a possible sale to the Government of Poland": the preposition that governs the government governs its state.
                if (w == "of" && k >= 3 && s.Lower(k - 1) is "government" or "governments" && s.Lower(k - 2) == "the" && Prepositions.Contains(s.Lower(k - 3)) && s.Lower(k - 3) != "of")
                {
                    return s.Lower(k - 3);
                }

                // "help from the United States" is not a seller; nor are "threats of sanctions from Washington" ("military
                // assistance for Ukraine" and "to Ukraine" name who is helped)
                return k > 0 && s.Lower(k - 1) is "help" or "assistance" or "support" && w is not ("for" or "to") ? "with help"
                    : w == "from" && k > 0 && s.Lower(k - 1) is "sanctions" or "threats" or "threat" or "pressure" or "criticism" or "warnings" or "warning" or "objections" or "opposition" or "protests" or "condemnation" ? "from a critic"
                    : w;
            }

            // ("In September Germany signed": a month or a weekday is no part of a name, so "in" governs the date, not the party.)
            var capitalised = s.Tokens[k].Kind == Core.Text.TokenKind.Word && char.IsUpper(s.Text[s.Tokens[k].Start]) && k > 0 && k == p.First - 1 && !DateFinder.IsCalendarWord(w);
            if (w is "the" or "a" or "an" || capitalised || Coverage.InParty(s, k) ||
                w is "s" or "'" or "’" && k > 0 && (TokenSpans.EndsAt(s.Parties, k) || TokenSpans.EndsAt(s.Parties, k - 1)))
            {
                continue;
            }

            // a verb that takes the party as its object ("Turkey named CPMIEC ...") is no noun before a name
            if (NamingVerbs.Contains(w) || w is "told" or "asked" or "urged")
            {
                return k == p.First - 1 ? w : string.Empty;
            }

            // up to two common nouns between a determiner or name and the party: "the French shipbuilder Naval Group",
            // "Norway's state arms group Kongsberg" ("to Ukraine since Russia's invasion": no subordinator)
            if (s.Tokens[k].Kind == Core.Text.TokenKind.Word && nouns < 2 && k > 0 && w is not ("since" or "after" or "before" or "until" or "following" or "because" or "while" or "when" or "whereas" or "although" or "and" or "or" or "but") &&
                (s.Lower(k - 1) is "the" or "a" or "an" or "s" || char.IsUpper(s.Text[s.Tokens[k - 1].Start]) || nouns == 0 && s.Tokens[k - 1].Kind == Core.Text.TokenKind.Word && !Prepositions.Contains(s.Lower(k - 1))) &&
                !Coverage.InTrigger(s, k) && !Coverage.InCue(s, k) && !char.IsUpper(s.Text[s.Tokens[k].Start]))
            {
                nouns++;
                continue;
            }

            return k == p.First - 1 ? w : string.Empty;
        }

        return string.Empty;
    }

    /// <summary>"delivered", "sold", "bought", "built": a word that can be a past participle.</summary>
    private static bool IsPastParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "sold" or "bought" or "sent" or "given" or "built" or "made";

    /// <summary>Where a party's institution ends: "Egypt's Ministry of Defence", "the Egyptian army", "Polish defence officials".</summary>
    private static int InstitutionEnd(AnalyzedSentence s, PartyMention p, int limit)
    {
        var k = p.Possessive ? p.End + 2 : p.End; // past the apostrophe and the "s"

        var end = p.End;
        for (var n = 0; k < limit && n < 4 && InstitutionWords.Contains(s.Lower(k)); k++, n++)
        {
            if (s.Lower(k) != "of")
            {
                end = k + 1; // "Ministry of Defence" goes on after "of"; a phrase does not end there
            }
        }

        return end;
    }

    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "government", "ministry", "army", "navy", "forces", "officials", "authorities", "administration", "cabinet", "agency",
    };

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "government", "ministry", "of", "defence", "defense", "army", "navy", "air", "force", "forces", "armed", "military", "coast", "guard",
        "officials", "authorities", "administration", "cabinet", "agency", "armament", "armaments", "procurement",
    };

    /// <summary>"Washington has told the Thai air force that it ...": the party told is not the one that speaks.</summary>
    /// <summary>("a day after joining NATO, Helsinki said that it ...": an alliance joined does not speak either.)</summary>
    private static bool IsAddressee(AnalyzedSentence s, PartyMention p) =>
        TokenRun.Any(s, Math.Max(0, p.First - 3), Math.Min(3, p.First), static (s, k) => s.Lower(k) is "told" or "tells" or "informed" or "informs" or "assured" or "notified" or "reminded" or "warned"
            or "joining" or "joined" or "join" or "joins");

    private static readonly HashSet<string> DealNouns = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "agreement", "purchase", "order", "sale", "sales", "delivery", "deliveries", "package", "transfer", "acquisition", "procurement", "plan", "plans", "option", "options",
        "permits", "permit", "licences", "licenses", "licence", "license", "proposal",
    };

    /// <summary>Whether only sentence openers ("But", "Meanwhile,", "In 2022,", "Last week") stand before token <paramref name="k"/>.</summary>
    private static bool OnlyOpenersBefore(AnalyzedSentence s, int k)
    {
        for (var i = 0; i < k; i++)
        {
            if (!(s.Tokens[i].Kind is Core.Text.TokenKind.Number or Core.Text.TokenKind.Punctuation || SentenceOpeners.Contains(s.Lower(i)) ||
                  DateFinder.IsCalendarWord(s.Lower(i))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "The Air Force inducted ...", "The defence ministry has signed ...": the sentence opens with "The" and an institution
    /// that names no state, the subject of the verb at <paramref name="first"/>.
    /// </summary>
    private static bool InstitutionOpens(AnalyzedSentence s, int first)
    {
        var k = AfterDateline(s);
        if (k + 1 >= first || s.Lower(k) != "the")
        {
            return false;
        }

        k++;
        if (s.Lower(k) is "defence" or "defense" or "interior" or "armed" or "air" or "military" && k + 1 < first)
        {
            k++;
        }

        return (InstitutionHeads.Contains(s.Lower(k)) || s.Lower(k) is "force" or "military") &&
            !TokenRun.Any(s, k + 1, first - k - 1, static (s, j) => s.Lower(j) is "," or "of" or "that" or "which" or "who" || Coverage.InParty(s, j));
    }

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "the", "but", "and", "meanwhile", "however", "yet", "so", "still", "now", "also", "in", "on", "since", "by", "last", "this",
        "next", "earlier", "later", "year", "week", "month", "years", "ago", "then", "separately", "instead", "today", "yesterday",
    };

    /// <summary>Whether a trigger that is a verb, not a noun, ends at token <paramref name="end"/> (a loop: this runs token after token).</summary>
    private static bool VerbEndsAt(AnalyzedSentence s, int end)
    {
        foreach (var t in s.Triggers)
        {
            if (t.End == end && !t.Entry.IsNoun)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlatform(WeaponCategory c) => c is WeaponCategory.Aircraft or WeaponCategory.Ships or WeaponCategory.ArmouredVehicles;

    /// <summary>The step whose trigger stands last before text offset <paramref name="start"/> in the same clause, if any.</summary>
    private static TriggerMention? OwnerAt(AnalyzedSentence s, int start)
    {
        TriggerMention? owner = null;
        for (var i = s.Triggers.Count - 1; i >= 0; i--)
        {
            if (s.Tokens[s.Triggers[i].End - 1].End <= start)
            {
                owner = s.Triggers[i];
                break;
            }
        }

        if (owner is null)
        {
            return null;
        }

        for (var k = owner.End; k < s.Tokens.Count && s.Tokens[k].Start < start; k++)
        {
            if (s.Lower(k) is "but" or ";" or "while" or "whereas")
            {
                return null;
            }
        }

        return owner;
    }

    /// <summary>"four corvettes sold to Malaysia", "a patrol ship donated by Tokyo": a participle right after the weapon it describes.</summary>
    private static bool IsReducedRelative(AnalyzedSentence s, List<TriggerMention> chain) =>
        chain.Count == 1 && !chain[0].Entry.IsNoun && IsReducedRelative(s, chain[0]);

    /// <summary>"a 2019 contract", "the 2004 deal": a year written as the name of an agreement.</summary>
    private static bool NamesAContract(AnalyzedSentence s, DateMention d)
    {
        var next = s.Tokens.FindIndex(t => t.Start >= d.EndChar);
        return next >= 0 && ContractNouns.Contains(s.Lower(next)) && d.Date.Month is null;
    }

    private static readonly HashSet<string> MoneyGivenNouns = new(StringComparer.Ordinal)
    {
        "aid", "compensation", "funding", "funds", "credit", "credits", "loans", "loan", "grants", "grant", "assistance", "financing", "subsidies",
    };
}
