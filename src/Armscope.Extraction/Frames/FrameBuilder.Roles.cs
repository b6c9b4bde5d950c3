using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Roles: the parties each chain's words name as buyer, seller, maker or alternative, from grammatical cues.
public sealed partial class FrameBuilder
{
    /// <summary>"derived from India's MKI", "based on", "copied from": a party after "from" that names a design's source.</summary>
    private static bool DerivedFrom(AnalyzedSentence s, PartyMention p) =>
        p.First >= 2 && s.Lower(p.First - 1) == "from" && s.Lower(p.First - 2) is "derived" or "adapted" or "copied" or "developed" or "evolved" or "descended";

    /// <summary>A comma and a participle in "-ing" between tokens <paramref name="from"/> and <paramref name="to"/>: a clause of its own begins.</summary>
    private static bool ParticipleClauseBetween(AnalyzedSentence s, int from, int to) =>
        TokenRun.Any(s, from, Math.Max(0, to - from - 1), (s, k) => s.Lower(k) == "," && (IsGerund(s.Lower(k + 1)) ||
            // (", with Greek pilots beginning training in the United States": "with", a subject of its own and a participle.)
            s.Lower(k + 1) == "with" && TokenRun.Any(s, k + 2, Math.Max(0, Math.Min(to, k + 6) - k - 2), static (s, j) => IsGerund(s.Lower(j)) && s.Lower(j) is not ("being" or "having"))));

    private static bool IsGerund(string word) => word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal);

    /// <summary>Words after a demonym that make it a foreign envoy ("the Brazilian ambassador"), present at a handover, not buying.</summary>
    private static readonly HashSet<string> Envoys = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "embassy", "consul", "attache", "attaché", "diplomat", "diplomats", "chargé",
    };

    /// <summary>"a stand-in for the French radar", "an alternative to the American jet": the party of what is replaced.</summary>
    private static bool StandsInFor(AnalyzedSentence s, PartyMention p)
    {
        for (var k = p.First - 1; k >= Math.Max(1, p.First - 4); k--)
        {
            if (s.Lower(k) is "for" or "to")
            {
                return s.Lower(k - 1) is "substitute" or "substitutes" or "replacement" or "replacements" or "alternative" or "alternatives" or "successor" or "rival" or "competitor";
            }
        }

        return false;
    }

    /// <summary>"a German licence", "Washington's approval", "US consent": a state named as the one that permits.</summary>
    private static bool GrantsAPermission(AnalyzedSentence s, PartyMention p)
    {
        var next = p.Possessive ? p.End + 2 : p.End;
        next += next + 1 < s.Tokens.Count && s.Lower(next) is "export" or "arms" ? 1 : 0; // ("US export licences")
        return next < s.Tokens.Count && (PermissionWords.IsPermission(s.Lower(next)) || s.Lower(next) is "consent" or "veto");
    }

    /// <summary>"a visit to London", "a trip to Ankara": the place a visit went to.</summary>
    private static bool IsVisitedPlace(AnalyzedSentence s, PartyMention p)
    {
        if (p.First < 2 || s.Lower(p.First - 1) != "to")
        {
            return false;
        }

        // "a visit to Paris", or with the visitor between: "the visit of the prime minister to Seoul", "a trip by its navy chief to Rome".
        for (var k = p.First - 2; k >= 0 && k >= p.First - 10; k--)
        {
            if (IsJourney(s.Lower(k)))
            {
                return k == p.First - 2 || s.Lower(k + 1) is "of" or "by";
            }

            if (s.Lower(k) is "," or ";" || TokenSpans.StartsAt(s.Triggers, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "several governments that once bought Sukhois", "buyers who have ordered the jet": the verb's subject is the relative
    /// pronoun of a plain noun (lowercase, no party), so a state named before it in the sentence is not the buyer.
    /// </summary>
    private static bool RelativeOnACommonNoun(AnalyzedSentence s, int clauseStart, int first)
    {
        var k = first - 1;
        while (k > 0 && k >= clauseStart - 1 && s.Lower(k) is "once" or "have" or "has" or "had" or "already" or "previously" or "also" or "recently" or "earlier" or "later")
        {
            k--;
        }

        if (k < 1 || k < clauseStart - 1 || s.Lower(k) is not ("that" or "who") || s.Lower(k - 1) is not { Length: > 2 } head)
        {
            return false;
        }

        if (!char.IsLower(s.Text[s.Tokens[k - 1].Start]) || !head.All(char.IsLetter) || SpeechVerbs.Contains(head) || head is "so" or "such" or "now" or "and" or "but")
        {
            return false;
        }

        foreach (var p in s.Parties)
        {
            if (p.First < k && k <= p.End + 3 && !CommaBetween(s, p.End, k))
            {
                return false; // ("the Indian navy that ordered", "the Indian air force that": a party's own noun)
            }
        }

        // ("Egypt is one of several countries that ordered", "Ukraine is among the buyers that", "It was the navy that
        // ordered": the noun is said of the subject.)
        for (var j = k - 2; j >= 0 && j >= k - 7 && s.Lower(j) is not ("," or ";" or "and" or "but"); j--)
        {
            if (BeForms.Contains(s.Lower(j)) || s.Lower(j) is "among" or "became" or "become" or "becomes" or "remains" or "remained" or "one")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the party ending at token <paramref name="k"/> is the one a speaker tells ("told Washington").</summary>
    private static bool AddresseeEndsAt(AnalyzedSentence s, int k)
    {
        foreach (var p in s.Parties)
        {
            if (p.End == k && IsAddressee(s, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the step's subject is a pronoun right after the one told ("told the UAE it is suspending"), within a few words of the step.</summary>
    private static bool TellerOfThePronoun(AnalyzedSentence s, int first)
    {
        for (var k = first - 1; k >= 2 && k >= first - 5; k--)
        {
            if (s.Lower(k) is "it" or "they")
            {
                return AddresseeEndsAt(s, k) || s.Lower(k - 1) == "that" && AddresseeEndsAt(s, k - 1);
            }
        }

        return false;
    }

    /// <summary>"selling the S-400 to a third country", "to other buyers": a "to" after the step that names nobody.</summary>
    private static bool ToAnUnnamedBuyer(AnalyzedSentence s, int last, int clauseEnd)
    {
        for (var k = last; k + 1 < Math.Min(clauseEnd, s.Tokens.Count); k++)
        {
            if (s.Lower(k) != "to" || s.Lower(k + 1) is not ("a" or "an" or "another" or "other" or "third" or "some" or "any"))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(k + 5, s.Tokens.Count); j++)
            {
                if (s.Lower(j) is "country" or "countries" or "buyer" or "buyers" or "customer" or "customers" or "state" or "states" or "nation" or "nations" or "party" or "parties")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsJourney(string word) =>
        word is "visit" or "visits" or "trip" or "trips" or "tour" or "journey" or "flight" or "delegation" or "mission" or "return";

    /// <summary>"denied Italy the export licences", "refused Seoul the permits": the party refused a licence is the exporter, not the buyer.</summary>
    private static bool IsRefusedALicence(AnalyzedSentence s, List<TriggerMention> chain, PartyMention p) =>
        DenialEndsAt(s, chain, p.First) &&
        p.End + 1 < s.Tokens.Count && s.Lower(s.Lower(p.End) is "the" or "its" or "any" ? p.End + 1 : p.End) is var noun &&
        (PermissionWords.IsPermission(noun) || noun == "export");

    /// <summary>Whether a step of the chain that denies or refuses ends at <paramref name="end"/>.</summary>
    private static bool DenialEndsAt(AnalyzedSentence s, List<TriggerMention> chain, int end)
    {
        foreach (var t in chain)
        {
            if (t.End == end && (PermissionWords.IsDenial(s.Lower(t.First)) || s.Lower(t.First) is "refused" or "refuses" or "refuse"))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Roles
    {
        /// <summary>The roles each thread fills for one chain at a time (<see cref="ForChain"/>): a chain's roles are dropped before the next chain's are collected.</summary>
        [ThreadStatic]
        private static Roles? t_reused;

        /// <summary>
        /// The calling thread's roles, emptied for a new chain: twelve lists and three sets are made once per thread
        /// instead of once per chain. Nothing keeps them past the chain they were collected for.
        /// </summary>
        public static Roles ForChain(int clauseStart, bool noPartyInSentence)
        {
            var r = t_reused ??= new Roles();
            r.Clear();
            r.ClauseStart = clauseStart;
            r.NoPartyInSentence = noPartyInSentence;
            return r;
        }

        /// <summary>Back to a new object's state: every list and set empty, every flag and value at its default (a field added below is reset here too).</summary>
        private void Clear()
        {
            foreach (var list in (ReadOnlySpan<List<PartyMention>>)[Subject, To, Into, From, By, With, For, In, Object, Possessor, Origin, Other, Speakers])
            {
                list.Clear();
            }

            Bidders.Clear();
            Makers.Clear();
            Prepositional.Clear();
            Institutions.Clear();
            NounHead = false;
            PronounSubject = false;
            PronounOpensSentence = false;
            InstitutionOpensSentence = false;
            NoNamedBuyer = false;
            ClauseStart = 0;
            NoPartyInSentence = false;
            OwnersWeapon = false;
            WeaponOwners.Clear();
            SignedWith = false;
            Awarded = false;
            PreviousRecipient = null;
            PronounRecipient = false;
            DistantSpeaker = false;
            PreviousSupplier = null;
            OfferInALaterClause = false;
            SettingState = null;
            RecalledDeal = null;
        }

        public List<PartyMention> Subject { get; } = [];
        public List<PartyMention> To { get; } = [];

        /// <summary>Parties after "into" ("inducted into the Indian Air Force"), also in <see cref="To"/>.</summary>
        public List<PartyMention> Into { get; } = [];
        public List<PartyMention> From { get; } = [];
        public List<PartyMention> By { get; } = [];
        public List<PartyMention> With { get; } = [];
        public List<PartyMention> For { get; } = [];
        public List<PartyMention> In { get; } = [];
        public List<PartyMention> Object { get; } = [];
        public List<PartyMention> Possessor { get; } = [];
        public List<PartyMention> Origin { get; } = [];
        public List<PartyMention> Other { get; } = [];

        /// <summary>States whose people speak of the chain's noun ("Greek officials said deliveries ..."): a buyer when no other is named.</summary>
        public List<PartyMention> Speakers { get; } = [];

        /// <summary>Parties that name an offer of their own ("the German offer"), rivals rather than buyers.</summary>
        public HashSet<PartyMention> Bidders { get; } = [];

        /// <summary>Subjects that are companies, or the states owning them ("Turkey's Otokar").</summary>
        public HashSet<PartyMention> Makers { get; } = [];

        /// <summary>Parties named after a preposition outside the chain's clause ("from the United States" in an earlier clause).</summary>
        public HashSet<PartyMention> Prepositional { get; } = [];

        /// <summary>Possessives heading a state's own institution ("Poland's Armament Agency"): a buyer's office, never a maker.</summary>
        public HashSet<PartyMention> Institutions { get; } = [];

        /// <summary>The chain's status word is a noun ("Hanoi's purchase"), not a verb.</summary>
        public bool NounHead { get; set; }

        /// <summary>The subject is "it" or "they": a state named in an earlier sentence.</summary>
        public bool PronounSubject { get; set; }

        /// <summary>The pronoun subject opens the sentence ("It has ordered", "In 2022 it signed"): it carries on the last subject state.</summary>
        public bool PronounOpensSentence { get; set; }

        /// <summary>An unnamed institution opens the sentence as its subject ("The Air Force inducted ..."): the story's own state's.</summary>
        public bool InstitutionOpensSentence { get; set; }

        /// <summary>
        /// The trigger's subject is a relative pronoun on a noun that names no party ("governments that once bought"), or the
        /// step goes "to a third country": nobody named buys.
        /// </summary>
        public bool NoNamedBuyer { get; set; }

        public int ClauseStart { get; set; }

        public bool NoPartyInSentence { get; set; }

        /// <summary>"its only Buk battery", "second-hand F-16s": the weapon's owner supplies it, not its maker.</summary>
        public bool OwnersWeapon { get; set; }

        /// <summary>The chain names a contract or deal: a party it is signed "with" is the other side of it.</summary>
        public bool SignedWith { get; set; }

        /// <summary>A contract awarded: the buyer awards it ("Spain awarded Saab a contract", "was awarded to Rafael by Spain").</summary>
        public bool Awarded { get; set; }

        /// <summary>Possessors named right before a weapon after the trigger ("interested in Kuwait's Hornets"): who owns it now.</summary>
        public HashSet<PartyMention> WeaponOwners { get; } = [];

        /// <summary>"..., and then bought ...": the buyer of the clause before, when this clause names none.</summary>
        public string? PreviousRecipient { get; set; }

        /// <summary>The speaker stands apart from the step, words between ("Nigeria's air chief said three jets ... had been inducted").</summary>
        public bool DistantSpeaker { get; set; }

        /// <summary>"..., and France agreed to sell it radars": a pronoun right after the giving verb is the buyer told before.</summary>
        public bool PronounRecipient { get; set; }

        /// <summary>"..., and a consignment of Hawk missiles in November": the seller of the clause before, for a conjunct with no verb.</summary>
        public string? PreviousSupplier { get; set; }

        /// <summary>An offer in a later clause of a sentence whose earlier clause named a buyer: a rival bid to that buyer.</summary>
        public bool OfferInALaterClause { get; set; }

        /// <summary>The state a sentence opens with as its setting ("In Chile, the army received ..."): the buyer of an unnamed institution.</summary>
        public string? SettingState { get; set; }

        /// <summary>The parties of the earlier deal "the contract" refers to, when the sentence names one of them.</summary>
        public (string Supplier, string Recipient)? RecalledDeal { get; set; }
    }

    /// <summary>"Ankara's purchase", "Turkey's S-400": a possessive that owns a deal or a weapon, not "Germany's Rheinmetall" or "Greece's neighbour".</summary>
    private static bool PossessesTransfer(AnalyzedSentence s, PartyMention p)
    {
        var from = p.End + 2; // past "'s"
        // ("Ghana's army and Otokar signed": the possessive names an institution of the state, which then acts.)
        if (s.Parties.Any(x => x.First == from) || (from < s.Tokens.Count && InstitutionHeads.Contains(s.Lower(from))))
        {
            return false;
        }

        return s.Triggers.Any(t => t.First >= from && t.First - from <= 3) || s.Weapons.Any(w => w.First >= from && w.First - from <= 3);
    }

    // Tests of one party for CollectRoles, as loops: the party loop there ran them for every party of every chain.

    private static bool NamesWeapon(AnalyzedSentence s, int at)
    {
        foreach (var w in s.Weapons)
        {
            if (w.First == at && !w.IsGeneric)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Saab Gripen": a company's name at <paramref name="at"/> right before the weapon it names.</summary>
    private static bool MakerNamingWeaponAt(AnalyzedSentence s, int at)
    {
        foreach (var x in s.Parties)
        {
            if (x.First == at && x.Form == PartyForm.Organisation && !x.Possessive && NamesWeapon(s, x.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"China Precision Machinery Import and Export Corp (CPMIEC)": the same party ends right before <paramref name="p"/>.</summary>
    private static bool RepeatsTheNameBefore(AnalyzedSentence s, PartyMention p)
    {
        foreach (var q in s.Parties)
        {
            if (q.End == p.First - 1 && q.Code == p.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Sweden's Saab": a possessive state or name one or two tokens before <paramref name="p"/>.</summary>
    private static bool OwnedByTheStateBefore(AnalyzedSentence s, PartyMention p)
    {
        foreach (var q in s.Parties)
        {
            if (q.Possessive && q.Form != PartyForm.Organisation && p.First - q.End is >= 1 and <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"French and Italian rivals": the end of the last demonym starting within four tokens of <paramref name="p"/> (a demonym itself).</summary>
    private static int EndOfDemonyms(AnalyzedSentence s, PartyMention p) =>
        s.Parties.Where(q => q.First >= p.First && q.Form == PartyForm.Demonym && q.First - p.First <= 4).Max(q => q.End);

    /// <summary>"asked Tokyo for", "asks the Netherlands": <paramref name="p"/> is the object of "ask" in the chain.</summary>
    private static bool IsAsked(AnalyzedSentence s, List<TriggerMention> chain, PartyMention p)
    {
        foreach (var t in chain)
        {
            if ((t.End == p.First || (t.End == p.First - 1 && s.Lower(t.End) == "the")) && s.Lower(t.First) is "asked" or "asks" or "asking")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the JF-17, produced jointly with Pakistan", "the Arrow 3, developed with the US": a party in a participle of making
    /// that describes the weapon before its comma names a maker, not a party of the step.
    /// </summary>
    private static bool DescribesTheMaking(AnalyzedSentence s, PartyMention p)
    {
        for (var k = p.First - 2; k >= 1 && k >= p.First - 5; k--)
        {
            if (s.Lower(k) is "produced" or "developed" or "built" or "made" or "designed" or "manufactured" or "co-produced" or "co-developed" or "codeveloped")
            {
                return s.Lower(k - 1) == "," && WeaponEndsRightBefore(s, k - 1);
            }
        }

        return false;
    }

    private static bool NounTriggerJustAfter(List<TriggerMention> chain, PartyMention p)
    {
        foreach (var t in chain)
        {
            // ("a Polish order": a word right after a demonym is a noun, whatever else it can be.)
            if ((t.Entry.IsNoun || t.First == p.End) && t.First >= p.End && t.First - p.End <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A trigger of the chain ends right before <paramref name="p"/>, or before "the" and it.</summary>
    private static bool IsObjectOfChain(AnalyzedSentence s, List<TriggerMention> chain, PartyMention p)
    {
        foreach (var t in chain)
        {
            if (t.End == p.First || (t.End == p.First - 1 && s.Lower(p.First - 1) is "the"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a party lies within tokens [from, end).</summary>
    private static bool PartyWithin(AnalyzedSentence s, int from, int end)
    {
        foreach (var q in s.Parties)
        {
            if (q.First >= from && q.End <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TriggerStartsIn(AnalyzedSentence s, int from, int to) => TokenSpans.StartsIn(s.Triggers, from, to);

    /// <summary>"12 Caesars ordered by Lithuania": <paramref name="p"/> follows "by" after a buying participle outside the chain.</summary>
    private static bool IsAgentOfAnotherParticiple(AnalyzedSentence s, List<TriggerMention> chain, PartyMention p)
    {
        foreach (var t in s.Triggers)
        {
            if (t.End == p.First - 1 && !chain.Contains(t) && t.Entry.Role == TriggerRole.Taker && !t.Entry.IsNoun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"has supplied Tehran with jets and is expected to": <paramref name="p"/> is the object of a verb outside the chain.</summary>
    private static bool IsObjectOfAnotherStep(AnalyzedSentence s, List<TriggerMention> chain, PartyMention p)
    {
        foreach (var t in s.Triggers)
        {
            if (t.End == p.First && !t.Entry.IsNoun && t.Entry.Status is not null && !chain.Contains(t))
            {
                return true;
            }
        }

        return false;
    }

    // CollectRoles's tests over the chain and the parties are methods of their own, not lambdas: a lambda over its
    // parameters or its loop's party would cost a closure for every chain, or for every party of it.

    /// <summary>Whether a trigger of the chain after token <paramref name="after"/> is signed in a relative clause on the chain's first.</summary>
    private static bool SignedInARelativeClauseAfter(AnalyzedSentence s, List<TriggerMention> chain, int after)
    {
        foreach (var t in chain)
        {
            if (t.First > after && SignedInARelativeClause(s, chain[0], t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last possessive party, naming no weapon's origin, that ends before token <paramref name="k"/> and at most eight tokens before it.</summary>
    private static PartyMention? PossessorBefore(AnalyzedSentence s, int k)
    {
        for (var i = s.Parties.Count - 1; i >= 0; i--)
        {
            var p = s.Parties[i];
            if (p.End < k && k - p.End <= 8 && p.Possessive && !p.ModifiesWeapon)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Whether every party after token <paramref name="speech"/> is a seller ("acquired from Pakistan", "the deal with France").</summary>
    private static bool OnlySellersAfter(AnalyzedSentence s, int speech)
    {
        foreach (var q in s.Parties)
        {
            if (q.First > speech && PrepositionBefore(s, q) is not ("from" or "with"))
            {
                return false;
            }
        }

        return true;
    }

    private static Roles CollectRoles(AnalyzedSentence s, int clauseStart, int first, int last, int clauseEnd, List<TriggerMention> chain)
    {
        var r = Roles.ForChain(clauseStart, noPartyInSentence: s.Parties.Count == 0);
        List<PartyMention>? coordinated = null;
        PartyMention? previous = null;
        foreach (var p in s.Parties)
        {
            // "Beijing said the shipments would inflame tensions", "the minister said steps were taken for Paris
            // to supply": a speaker is not the agent of what the reported clause tells ("Berlin said it would" keeps it).
            var speech = TokenRun.First(s, p.End, Math.Max(0, Math.Min(p.End + 6, first) - p.End), static (s, k) => s.Lower(k) is "said" or "says" or "told" or "warned" or "added" or "noted" or "argued" or "claimed" or "complained" or "criticised" or "criticized", -1);
            // ("Hanoi is said to be close to buying": a report about the subject, which still acts.)
            var saidToBe = speech > 0 && s.Lower(speech - 1) is "is" or "are" or "was" or "were" or "been" or "be" && s.Lower(speech + 1) == "to";
            // ("said it could not confirm that the systems had arrived": an arrival's subject is the weapon, never the speaker.)
            // ("Greek officials said deliveries of the jets should begin": a noun right after the verb is no speaker's act.)
            if (speech >= 0 && (speech + 1 < first || speech + 1 == first && chain[0].Entry.IsNoun) && !saidToBe && (chain.All(t => t.Entry.IsNoun || t.Entry.Status is null || t.Entry.Role == TriggerRole.Arrival) ||
                s.Lower(speech + 1) is not ("it" or "they" or "we" or "he" or "she" or "that" or "on" or "in" or "last" or "this" or "earlier" or "late" or "on")))
            {
                // ("Nigeria's air chief said three jets bought from Pakistan had been inducted": with no party between, the
                // speaker's state may still be the one the step concerns.)
                // (Not over a pronoun: "Washington said it remained committed to the sale" is the speaker as subject; nor when
                // the clause names a party other than a seller: "said S-400s bought by Turkey would be delivered".)
                if (speech + 1 == first)
                {
                    r.Speakers.Add(p);
                }
                else if (!TokenSpans.StartsIn(s.Parties, speech + 1, first) && OnlySellersAfter(s, speech) &&
                         !TokenRun.Any(s, speech + 1, first - speech - 1, static (s, k) => s.Lower(k) is "it" or "they" or "we" or "he" or "she" or "i"))
                {
                    r.Speakers.Add(p);
                    r.DistantSpeaker = true;
                }

                continue;
            }

            // "US National Security Adviser John Bolton had earlier called ...", "Russian Foreign Minister Sergei Lavrov": a
            // person's state before the trigger's clause is no party of it.
            if (p.End < clauseStart && HeadsAPersonsTitle(s, p))
            {
                continue;
            }

            // "China Precision Machinery Import and Export Corp (CPMIEC)": an acronym in brackets repeats the name before it.
            if (p.First > 1 && s.Lower(p.First - 1) == "(" && RepeatsTheNameBefore(s, p))
            {
                continue;
            }

            // "from Sweden's Saab": the state named as the firm's owner plays the firm's part.
            if (p.Form == PartyForm.Organisation && OwnedByTheStateBefore(s, p))
            {
                continue;
            }

            // "(Russian) Sukhoi Su-35 fighters", "Saab Gripen E": a maker's name right before its weapon describes the weapon, it does not act.
            // ("sold India S-400s": a state's name before a weapon is the verb's object.)
            if (p.ModifiesWeapon || !p.Possessive && p.Form is PartyForm.Organisation or PartyForm.Demonym &&
                (NamesWeapon(s, p.End) || MakerNamingWeaponAt(s, p.End)))
            {
                if (p.ModifiesWeapon || p.Form != PartyForm.Organisation)
                {
                    r.Origin.Add(p); // a maker's name adds nothing to the catalogue's origin of its weapon
                }

                continue;
            }

            // "U.S. sanctions on Turkey over its purchase of S-400s": the state whose sanctions or embargo a clause names
            // punishes the trade, it takes no part in it.
            var afterName = p.End < s.Tokens.Count && s.Lower(p.End) == "." ? p.End + 1 : p.End; // ("U.S." may end in its own period)
            afterName += afterName + 1 < first && s.Lower(afterName) is "arms" or "weapons" or "trade" or "economic" or "export" ? 1 : 0; // ("a US arms embargo")
            if (!p.Possessive && afterName < first && s.Lower(afterName) is "sanctions" or "embargo" or "embargoes" or "penalties")
            {
                r.Other.Add(p);
                continue;
            }

            // "beat French and Italian rivals to supply": the competitors a demonym describes do not act in the clause.
            if (p.Form == PartyForm.Demonym && EndOfDemonyms(s, p) is var lastDemonym &&
                lastDemonym < s.Tokens.Count && s.Lower(lastDemonym) is "rivals" or "rival" or "competitors" or "competitor" or "bidders" or "contenders" or "competition")
            {
                r.Other.Add(p);
                continue;
            }

            // Coordination carries the previous party's role: "to China and India", "Peru, Chile and Bolivia".
            // ("According to Seoul, Poland and Romania have ordered": the comma closes the source.)
            if (previous is not null && coordinated is not null && IsCoordinated(s, previous, p) && !(coordinated == r.Other && PrepositionBefore(s, previous) == "according to" && CommaBetween(s, previous.End, p.First)))
            {
                coordinated.Add(p);
                previous = p;
                continue;
            }

            previous = p;
            coordinated = null;
            var prep = PrepositionBefore(s, p);

            if (p.First >= first && p.First < clauseEnd)
            {
                coordinated = prep switch
                {
                    "to" when IsVisitedPlace(s, p) => r.Other, // "during a visit to London": where a visit went, not a buyer
                    _ when AnAlternativeBetween(s, last, p.First) => r.Other, // "scrapped the deal in favour of a pact with the United States"
                    _ when SignedInARelativeClauseAfter(s, chain, p.First) => r.Subject, // "the contract that Indonesia signed": who signs
                    _ when GrantsAPermission(s, p) => r.Other, // "to wait for an American licence": the state that licenses, not a buyer
                    "for" or "to" when StandsInFor(s, p) => r.Other, // "a stand-in for the French radar": what is replaced, not a buyer
                    _ when IsAsked(s, chain, p) => r.From, // "asked Tokyo for three more destroyers": the one asked sells
                    "to" or "into" => r.To,
                    "from" when DerivedFrom(s, p) => r.Other, // "a version derived from India's MKI": a design's source, no seller
                    "from" when AwayFrom(s, p.First) => r.Other, // "shifted away from the United States": no seller
                    "from" => r.From,
                    "by" when p.First >= 2 && SigningVerbs.Contains(s.Lower(p.First - 2)) => r.Subject, // "a deal ... was signed by Croatia": who signs
                    "by" when CommasBetween(s, last, p.First) == 0 => r.By, // an appositive after a comma ("..., a yard run by the navy") is no agent
                    "with" or "by" when DescribesTheMaking(s, p) => r.Other, // "the JF-17, produced jointly with Pakistan": the weapon's makers
                    "with" => r.With,
                    "between" when chain.All(t => t.Entry.Role == TriggerRole.Either || t.Entry.Status is null) => r.With, // "a contract signed between Egypt and France"
                    "for" => r.For,
                    "in" or "at" when ParticipleClauseBetween(s, last, p.First) => r.Other, // "..., ending the uncertainty of the war in Ukraine": another clause's place
                    "in" or "at" => r.In,
                    _ when ControlVerbs.Contains(prep) => r.Other, // the party held back is no buyer
                    "block" or "blocks" or "blocked" or "blocking" or "bar" or "bars" or "barred" or "barring" when p.End + 1 < s.Tokens.Count && s.Lower(p.End) == "from" =>
                        s.Lower(p.End + 1) is "buying" or "acquiring" or "purchasing" or "importing" or "receiving" or "obtaining" ? r.To : r.Other, // "barred Turkey from buying"; "blocked Germany from re-exporting"
                    _ when p.Possessive && PossessesTransfer(s, p) => r.Possessor,
                    _ when p.Form == PartyForm.Demonym && NounTriggerJustAfter(chain, p) => r.Possessor,
                    _ when p.Form == PartyForm.Demonym && p.End < s.Tokens.Count && s.Lower(p.End) is "plan" or "plans" or "bid" or "request" or "attempt" or "effort" => r.Possessor, // "blocked a Peruvian bid to acquire"
                    _ when IsRefusedALicence(s, chain, p) => r.Other, // "denied Italy the licences": the exporter held back, no buyer
                    _ when IsObjectOfChain(s, chain, p) => r.Object,
                    _ => r.Other,
                };
                coordinated.Add(p);
                if (prep == "into" && coordinated == r.To)
                {
                    r.Into.Add(p);
                }

                if (coordinated == r.With && p.Possessive && InstitutionEnd(s, p, s.Tokens.Count) > p.End)
                {
                    r.Institutions.Add(p);
                }
            }
            else if (p.First >= clauseStart && p.End <= first)
            {
                if (prep == "according to")
                {
                    // "and, according to British and Australian officials, has received": a source, not the subject.
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else if (p.Possessive && PossessesTransfer(s, p) && !CommaBetween(s, p.End, first))
                {
                    // "over Ankara's plans to buy": the possessor acts, whatever preposition governs its noun.
                    // ("chose Sweden's Gripen, snubbing a US offer": not across a comma.)
                    coordinated = r.Possessor;
                    r.Possessor.Add(p);
                }
                else if (p.Form == PartyForm.Demonym && (Prepositions.Contains(prep) || p.First == clauseStart) && NounTriggerJustAfter(chain, p))
                {
                    // "as compensation for Czech donations of T-72s to Ukraine", "Czech donations ... were compensated by
                    // Germany": a demonym on the chain's noun is its possessor.
                    coordinated = r.Possessor;
                    r.Possessor.Add(p);
                }
                else if (p.First >= 2 && (prep == "of" || (prep == "in" && p.Form != PartyForm.Demonym) || (prep == "from" && Delegates.Contains(s.Lower(p.First - 2)))) &&
                         (InstitutionHeads.Contains(s.Lower(p.First - 2)) || Delegates.Contains(s.Lower(p.First - 2)) || s.Lower(p.First - 2) == "president" ||
                          prep == "of" && InstitutionHeadBefore(s, p.First - 1) >= 0) &&
                         !PartyWithin(s, clauseStart, Math.Min(p.First - 2, InstitutionHeadBefore(s, p.First - 1) is var head and >= 0 ? head : p.First - 2)) &&
                         !TriggerStartsIn(s, clauseStart, p.First - 2))
                {
                    // "the government of Norway halted exports", "officials in Seoul approved": the state whose institution opens the clause acts.
                    // ("Officials from Paris and New Delhi held talks": people sent by both.)
                    coordinated = r.Subject;
                    r.Subject.Add(p);
                }
                else if (prep is "of" or "in" or "at" or "with" or "from" or "to" or "by" or "for" or "against" or "on" or "over" or "about")
                {
                    coordinated = prep switch
                    {
                        // "12 Caesars ordered by Lithuania was handed over": the agent of another verb's participle.
                        // ("the F-16s sold by Norway were delivered": a seller's participle keeps its agent the supplier.)
                        "by" when p.First >= 2 && IsAgentOfAnotherParticiple(s, chain, p) => r.Other,
                        // ("The ships, previously operated by the Chinese navy, were bought in 2013": an aside between commas.)
                        "by" when p.End <= first && CommaBetween(s, clauseStart, p.First) && CommaBetween(s, p.End, first) => r.Other,
                        "from" when AwayFrom(s, p.First) => r.Other, // "shifted away from the United States": no seller
                        "from" => r.From,
                        "to" when IsVisitedPlace(s, p) => r.Other, // "During a visit to Moscow, Iraq signed ...": the host, not a buyer
                        "to" => r.To,
                        "by" => r.By,
                        "with" => r.With,
                        "for" when p.First - 2 > clauseStart && chain[0].First > 0 && BeForms.Contains(s.Lower(chain[0].First - 1)) => r.For, // "A package of F-16s for the Philippines was approved"
                        "for" when p.First - 2 > clauseStart && chain[0].Entry.Role == TriggerRole.Arrival && !CommaBetween(s, p.End, first) &&
                                   !Among.Any(s.Parties, clauseStart, p.First, static (q, from, to) => q.ModifiesWeapon && q.First >= from && q.End < to) => r.For, // "The first Typhoons for Qatar landed" (not "Dutch Patriot units for Slovakia")
                        _ => r.Other,
                    };
                    coordinated.Add(p);
                }
                else if (IsObjectOfAnotherStep(s, chain, p))
                {
                    // "Moscow has supplied Tehran with jets and is expected to deliver ...": the object of an earlier step is
                    // not the subject of this one.
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else if (NamingVerbs.Contains(prep))
                {
                    // "Turkey named CPMIEC the preferred bidder": the party named is the verb's object, not a new subject.
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else if (p.Form == PartyForm.Demonym && p.End < s.Tokens.Count && (Envoys.Contains(s.Lower(p.End)) || s.Lower(p.End) == "high" && p.End + 1 < s.Tokens.Count && s.Lower(p.End + 1) == "commissioner"))
                {
                    // "the air chief and the British High Commissioner received the aircraft": a foreign envoy at the ceremony,
                    // not the buyer.
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else if (s.Lower(clauseStart) is "which" or "who" && p.First > clauseStart && CommaBetween(s, p.End, first))
                {
                    // "Norway, which has sent howitzers to Ukraine since Russia's attack, is buying K9s": a party of the
                    // relative clause closed before the verb is not its subject (the antecedent is, below).
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else if (prep is "after" or "since" or "before" or "during" or "amid" or "despite" or "following" or "until" && CommaBetween(s, p.End, first))
                {
                    // "A year after Russia's invasion, Western governments have committed ...": a party of a phrase set
                    // before the clause by a comma is not its subject.
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else if (p.End < first && s.Lower(p.End) is "it" or "they" or "that" && IsAddressee(s, p))
                {
                    // "The UAE has told Washington it is suspending talks": the one told is not the teller.
                    coordinated = r.Other;
                    r.Other.Add(p);
                }
                else
                {
                    coordinated = r.Subject;
                    r.Subject.Add(p);
                }
            }
            else
            {
                coordinated = r.Other;
                r.Other.Add(p);
                if (prep is "of" or "in" or "at" or "with" or "from" or "to" or "by" or "for" or "against" or "on" or "over" or "about" or "than")
                {
                    r.Prepositional.Add(p);
                }
            }
        }

        // "Germany, which builds the jet with others, had blocked sales": the state before the relative clause acts.
        if (r.Subject.Count == 0 && clauseStart > 0 && s.Lower(clauseStart) is "which" or "who" && AntecedentBefore(s, clauseStart) is { } antecedent)
        {
            r.Subject.Add(antecedent);
        }

        // "It ordered ...", "They bought ...": no named subject between the clause start and the trigger.
        if (r.Subject.Count == 0)
        {
            // ("it, too, would donate": an adverb between commas adds no distance.)
            var reach = first >= 5 && AsideAdverbs.Contains(s.Lower(first - 3)) && s.Lower(first - 2) == "," && s.Lower(first - 4) == "," ? 6 : 4;
            for (var k = first - 1; k >= clauseStart && k >= first - reach; k--)
            {
                // ("sanctions on Turkey's agency over its purchase of S-400s": "its" before a deal noun is the owner just named.)
                if (s.Lower(k) is "its" or "their" && k + 1 == first && chain[0].Entry.IsNoun &&
                    PossessorBefore(s, k) is { } owner)
                {
                    r.Possessor.Add(owner);
                    break;
                }

                // ("Belarus said its army had ordered": the possessor of the institution is the pronoun.)
                // ("The country also gave away its T-72s": a state named by its kind is a pronoun too.)
                if (s.Lower(k) is "it" or "they" || k >= 1 && s.Lower(k - 1) == "the" && s.Lower(k) is "country" or "nation" or "kingdom" && PronounSubjectHere(s, k - 1) ||
                    (s.Lower(k) is "its" or "their" && k + 1 < first && (InstitutionHeads.Contains(s.Lower(k + 1)) || s.Lower(k + 1) is "military" or "air")))
                {
                    // "The United States announced that it would suspend": the pronoun is the reporter.
                    // ("The UAE has told Washington it is suspending": after the one told, the pronoun is the teller.)
                    var reporter = k >= 2 && (s.Lower(k - 1) == "that" || SpeechVerbs.Contains(s.Lower(k - 1)) || AddresseeEndsAt(s, k)) ? ReporterBefore(s, k) : null;
                    // "The Netherlands says the F-16s it donated ...", "Serbia has also bought Chinese arms: it received ...": a
                    // pronoun in a relative clause on a weapon, or opening a clause after a colon, is the state the sentence opened with.
                    // (Only when the pronoun is this verb's own subject: "the F-16s it donated will be handed over" hands over nothing to it.)
                    reporter ??= PronounAfterAWeaponOrAColon(s, k) && TokenRun.All(s, k + 1, first - k - 1, static (s, j) => s.Lower(j) is "has" or "had" or "have" or "also" or "already" or "recently" or "just")
                        ? StateOpeningTheSentence(s, k)
                        : null;
                    if (reporter is not null)
                    {
                        r.Subject.Add(reporter);
                    }
                    else
                    {
                        r.PronounSubject = true;
                        r.PronounOpensSentence = OnlyOpenersBefore(s, s.Lower(k) is "country" or "nation" or "kingdom" ? k - 1 : k);
                    }

                    break;
                }
            }
        }

        // "Hungary is rearming after sending its T-72s to Ukraine": a gerund right after "after"/"before"/"while" has the
        // subject of the clause it hangs on.
        if (r.Subject.Count == 0 && !r.PronounSubject && first >= 2 && s.Lower(first).EndsWith("ing", StringComparison.Ordinal) &&
            s.Lower(first - 1) is "after" or "before" or "while" or "by" && StateOpeningTheSentence(s, first - 1) is { } mainSubject)
        {
            r.Subject.Add(mainSubject);
        }

        // "Warsaw has expanded its army, and has donated T-72s to Kyiv": a predicate after ", and" with no subject of its own
        // has the subject the sentence opened with.
        if (r.Subject.Count == 0 && !r.PronounSubject && CommaAndBefore(s, first) is var conjunction and > 0 &&
            (StateOpeningTheSentence(s, conjunction) ?? StateOpeningBeforeASubordinateClause(s, conjunction)) is { } opener && Among.All(r.To, opener, static (p, opener) => p.Code != opener.Code))
        {
            r.Subject.Add(opener);
        }

        r.InstitutionOpensSentence = r.Subject.Count == 0 && !r.PronounSubject && InstitutionOpens(s, first);
        r.NoNamedBuyer = r.Subject.Count == 0 && !r.PronounSubject && RelativeOnACommonNoun(s, clauseStart, first) ||
                                   r.To.Count == 0 && ToAnUnnamedBuyer(s, last, clauseEnd);

        // "Germany, a partner in the consortium alongside Britain and Spain, has refused", "Poland, the biggest buyer after the
        // US, has ordered": the states inside a phrase that describes the subject between commas are not subjects.
        if (r.Subject.Count > 0 && Among.First(s.Parties, s, first, static (h, s, first) => !h.Possessive && !h.ModifiesWeapon && DescribedBetweenCommas(s, h, first)) is { } described &&
            r.Subject[^1].First > described.End && r.Subject[^1].End <= first)
        {
            r.Other.AddRange(r.Subject);
            r.Other.Remove(described);
            r.Subject.Clear();
            r.Subject.Add(described);
        }

        // Only the subject nearest the trigger (and those coordinated with it) is the subject.
        if (r.Subject.Count > 1)
        {
            var nearest = r.Subject[^1];
            // ("Algeria, Morocco's regional rival, has received": a possessive inside an apposition describes the subject before it.)
            if (nearest.Possessive && InApposition(s, r.Subject[^2], nearest, first))
            {
                nearest = r.Subject[^2];
            }


            var keep = new List<PartyMention> { nearest };
            for (var i = r.Subject.IndexOf(nearest) - 1; i >= 0; i--)
            {
                // ("Saudi Arabia and Turkish drone maker Baykar signed": the demonym that describes a firm is part of its name.)
                if (IsCoordinated(s, r.Subject[i], keep[0]) || DescribesTheFirm(s, r.Subject[i], keep[0]))
                {
                    keep.Insert(0, r.Subject[i]);
                }
                else
                {
                    break;
                }
            }

            r.Subject.Clear();
            r.Subject.AddRange(keep);
        }

        // "delivered the lead ship of four corvettes sold to Malaysia": the buyer named in the weapon's description receives it.
        if (r.To.Count == 0 && BuyerInAWeaponsDescription(s, last) is { } buyer)
        {
            r.To.Add(buyer);
        }

        // The makers among the subjects, and the subjects and possessors that name an offer of their own (loops, not queries:
        // this runs for every chain).
        foreach (var p in r.Subject)
        {
            if (IsMaker(s, p))
            {
                r.Makers.Add(p);
            }
        }

        AddOfferMakers(s, r.Subject, r.Bidders);
        AddOfferMakers(s, r.Possessor, r.Bidders);

        // "denied Italy the licences ...": the buyer is where the goods were to go.
        if (r.To.Count == 0 && r.Other.Count > 0)
        {
            AddDestinationOfARefusedLicence(s, chain, r);
        }

        return r;
    }

    /// <summary>"Germany, which builds the jet with others": the party right before the relative pronoun at <paramref name="pronoun"/>.</summary>
    private static PartyMention? AntecedentBefore(AnalyzedSentence s, int pronoun)
    {
        for (var i = s.Parties.Count - 1; i >= 0; i--)
        {
            var p = s.Parties[i];
            if (p.End <= pronoun && pronoun - p.End <= 1 && !p.ModifiesWeapon)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>"Algeria, Morocco's regional rival, ...": <paramref name="inner"/> opens a phrase between commas right after <paramref name="head"/>, closed before token <paramref name="limit"/>.</summary>
    private static bool InApposition(AnalyzedSentence s, PartyMention head, PartyMention inner, int limit) =>
        inner.First == head.End + 1 && inner.First < limit && limit <= s.Tokens.Count && s.Lower(head.End) == "," &&
        TokenRun.Any(s, inner.End, Math.Max(0, limit - inner.End), static (s, k) => s.Lower(k) == ",");

    /// <summary>
    /// "Warsaw has been expanding its army since Russia invaded Ukraine, and has donated": the state opening the sentence,
    /// when the only other states before token <paramref name="k"/> are in a clause that a subordinator opens after it.
    /// </summary>
    private static PartyMention? StateOpeningBeforeASubordinateClause(AnalyzedSentence s, int k)
    {
        if (Among.First(s.Parties, s, static (p, s) => OnlyOpenersBefore(s, p.First) && !p.ModifiesWeapon && !p.Possessive && p.Code.Length == 2) is not { } opener)
        {
            return null;
        }

        var subordinate = TokenRun.First(s, opener.End, Math.Max(0, k - opener.End), static (s, j) => s.Lower(j) is "since" or "after" or "when" or "because" or "as" or "while" or "before" or "until", -1);
        return subordinate >= 0 && !Among.Any(s.Parties, opener, subordinate, static (p, opener, subordinate) => p.First > opener.End && p.First < subordinate && !p.ModifiesWeapon && p.Code != opener.Code)
            ? opener
            : null;
    }

    /// <summary>Where the "and" of ", and has donated" stands before the verb at <paramref name="first"/> (only auxiliaries and adverbs between), or -1.</summary>
    private static int CommaAndBefore(AnalyzedSentence s, int first)
    {
        var k = first - 1;
        while (k >= 2 && s.Lower(k) is "has" or "have" or "had" or "also" or "since" or "then" or "later" or "is" or "was" or "will" or "recently" or "already")
        {
            k--;
        }

        return k >= 2 && s.Lower(k) == "and" && s.Lower(k - 1) == "," ? k : -1;
    }

    /// <summary>"Germany, a partner in ..., has": a phrase opened by an article after <paramref name="head"/> and its comma, closed by a comma before <paramref name="limit"/> with nothing else named after it.</summary>
    private static bool DescribedBetweenCommas(AnalyzedSentence s, PartyMention head, int limit)
    {
        // (Not "Norway, the Netherlands and Denmark": a state after the article is a list; the phrase ends at the first comma
        // that no further state of a list follows: "alongside Britain, Spain and Italy, has".)
        if (head.End + 2 >= limit || s.Lower(head.End) != "," || s.Lower(head.End + 1) is not ("a" or "an" or "one" or "itself" or "the") ||
            Among.Any(s.Parties, s, head, static (p, s, head) => p.First > head.End && p.First <= head.End + 2 && !p.Possessive && PastPossessiveMark(s, p.End) < 0)) // ("the United States' closest ally" describes)
        {
            return false;
        }

        var closing = -1;
        for (var k = head.End + 2; k < limit; k++)
        {
            if (s.Lower(k) == "," && !TokenSpans.StartsAt(s.Parties, k + 1))
            {
                closing = k;
                break;
            }
        }

        return closing > head.End + 2 && !TokenSpans.StartsIn(s.Parties, closing, limit);
    }

    private static bool PronounAfterAWeaponOrAColon(AnalyzedSentence s, int k) =>
        k >= 1 && (s.Lower(k - 1) is ":" or ";" || WeaponEndsAt(s, k) || k >= 2 && s.Lower(k - 1) is "that" or "which" && WeaponEndsAt(s, k - 1));

    /// <summary>A weapon mention ends right before token <paramref name="k"/> (its plural "s" split off, as in "F-16s", included).</summary>
    private static bool WeaponEndsAt(AnalyzedSentence s, int k) =>
        Among.Any(s.Weapons, s, k, static (w, s, k) => w.End == k || w.End == k - 1 && s.Lower(k - 1) == "s");

    /// <summary>The state a sentence opens with as its subject ("The Netherlands says ...", "Germany's minister said ..."), before token <paramref name="k"/>.</summary>
    private static PartyMention? StateOpeningTheSentence(AnalyzedSentence s, int k) =>
        Among.First(s.Parties, s, k, static (p, s, k) => p.First < k && !p.ModifiesWeapon && (OnlyOpenersBefore(s, p.First) || p.First == 1 && s.Lower(0) == "the") && p.Code.Length == 2 &&
                                                         (!p.Possessive || InstitutionEnd(s, p, k) > p.End)) is { } opener &&
        !Among.Any(s.Parties, s, k, opener, static (p, s, k, opener) => p.First > opener.End && p.First < k && !p.ModifiesWeapon && p.Form != PartyForm.Demonym && p.Code != opener.Code && !Prepositions.Contains(PrepositionBefore(s, p)))
            ? opener
            : null;

    /// <summary>"delivered the lead ship of four corvettes sold to Malaysia": the buyer after "to" and a participle of an order or delivery describing a weapon after <paramref name="last"/>.</summary>
    private static PartyMention? BuyerInAWeaponsDescription(AnalyzedSentence s, int last)
    {
        foreach (var p in s.Parties)
        {
            if (p.First > last && p.First >= 2 && s.Lower(p.First - 1) == "to" && SoldOrDeliveredWeaponBefore(s, p.First - 1, last))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Whether a verb of order or delivery ends at <paramref name="end"/>, right after a weapon that starts at or after <paramref name="last"/>.</summary>
    private static bool SoldOrDeliveredWeaponBefore(AnalyzedSentence s, int end, int last)
    {
        foreach (var t in s.Triggers)
        {
            if (t.End == end && !t.Entry.IsNoun && t.Entry.Status is TransferStatus.Order or TransferStatus.Delivery && WeaponEndsAt(s, t.First, last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a weapon ends at <paramref name="end"/> and starts at or after <paramref name="from"/>.</summary>
    private static bool WeaponEndsAt(AnalyzedSentence s, int end, int from)
    {
        foreach (var w in s.Weapons)
        {
            if (w.End == end && w.First >= from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the parties that name an offer of their own ("the German offer") to <paramref name="bidders"/>.</summary>
    private static void AddOfferMakers(AnalyzedSentence s, List<PartyMention> parties, HashSet<PartyMention> bidders)
    {
        foreach (var p in parties)
        {
            if (MakesAnOffer(s, p))
            {
                bidders.Add(p);
            }
        }
    }

    /// <summary>
    /// "denied Italy the licences it needed for jets that Rome had agreed to sell to Nigeria": the buyer is where the
    /// goods were to go, however far on in the sentence.
    /// </summary>
    private static void AddDestinationOfARefusedLicence(AnalyzedSentence s, List<TriggerMention> chain, Roles r)
    {
        foreach (var exporter in r.Other)
        {
            if (!IsRefusedALicence(s, chain, exporter))
            {
                continue;
            }

            foreach (var p in s.Parties)
            {
                if (p.First > exporter.End && p.Code != exporter.Code && PrepositionBefore(s, p) == "to")
                {
                    r.To.Add(p);
                    return;
                }
            }

            return; // (only the first exporter refused)
        }
    }

    /// <summary>"the German offer", "Russia's bid": the party names an offer of its own.</summary>
    private static bool MakesAnOffer(AnalyzedSentence s, PartyMention p)
    {
        var next = p.Possessive ? p.End + 2 : p.End;
        return next < s.Tokens.Count && s.Lower(next) is "offer" or "offers" or "bid" or "bids" or "proposal";
    }

    /// <summary>A company, or the state owning the one named next: "Otokar", "Turkey's Otokar".</summary>
    private static bool IsMaker(AnalyzedSentence s, PartyMention p) =>
        p.Form == PartyForm.Organisation || (p.Possessive && Among.Any(s.Parties, p, static (x, p) => x.First == p.End + 2 && x.Form == PartyForm.Organisation));

    /// <summary>The nouns of <see cref="InstitutionWords"/> that head a party's institution ("Ghana's army"), not modifiers ("Russia's military exports").</summary>
    /// <summary>People sent by a state: "officials from Paris" speak for Paris, they do not sell from it.</summary>
    private static readonly HashSet<string> Delegates = new(StringComparer.Ordinal)
    {
        "officials", "delegation", "delegations", "representatives", "diplomats", "negotiators", "ministers", "envoys",
    };

    /// <summary>"Turkish drone maker Baykar", "the French firm Thales": a demonym and up to three common nouns before a firm's name.</summary>
    private static bool DescribesTheFirm(AnalyzedSentence s, PartyMention demonym, PartyMention firm) =>
        demonym.Form == PartyForm.Demonym && firm.Form == PartyForm.Organisation && demonym.Code == firm.Code && firm.First > demonym.End && firm.First - demonym.End <= 3 &&
        TokenRun.All(s, demonym.End, firm.First - demonym.End, static (s, k) => s.Tokens[k].Kind == Core.Text.TokenKind.Word && char.IsLower(s.Text[s.Tokens[k].Start]));

    /// <summary>
    /// Where the head of "the Ministry of National Defence of" stands before the "of" at <paramref name="of"/>: an
    /// institution named in words of its own, or -1.
    /// </summary>
    private static int InstitutionHeadBefore(AnalyzedSentence s, int of)
    {
        for (var k = of - 1; k >= 0 && k >= of - 5; k--)
        {
            var w = s.Lower(k);
            if (InstitutionHeads.Contains(w))
            {
                return k;
            }

            if (!InstitutionWords.Contains(w) && !(w is "national" or "state" or "federal" or "royal" or "people's"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Where the name a possessive state owns ends ("Sweden's Saab", "France's Dassault Aviation"), or <paramref name="end"/> when none follows.</summary>
    private static int OwnedNameEnd(AnalyzedSentence s, int end, int limit)
    {
        var k = PastPossessiveMark(s, end) is var past and >= 0 ? past : end;
        var start = k;
        while (k < limit && k - start < 3 && s.Tokens[k].Kind == Core.Text.TokenKind.Word && char.IsUpper(s.Text[s.Tokens[k].Start]))
        {
            k++;
        }

        return k > start ? k : end;
    }

    private static bool IsCoordinated(AnalyzedSentence s, PartyMention a, PartyMention b)
    {
        // "Egypt's defence ministry and Hanwha signed": the state's institution is the state, coordinated as its name would be.
        var end = InstitutionEnd(s, a, b.First);
        if (a.Possessive && end == a.End)
        {
            end = OwnedNameEnd(s, a.End, b.First); // "Sweden's Saab and France's Dassault": the firms are coordinated
        }

        var gap = b.First - end;
        // ("Denmark and the Netherlands": a name's article may stand before it.)
        var article = s.Lower(b.First - 1) == "the" ? 1 : 0;
        if ((a.Possessive && end == a.End) || gap - article is < 1 or > 2)
        {
            return false;
        }

        var comma = false;
        for (var k = end; k < b.First - article; k++)
        {
            var w = s.Lower(k);
            if (w is not ("and" or "or" or "," or "as" or "well"))
            {
                return false;
            }

            comma |= w == ",";
        }

        // "to Ukraine, and Finland has pledged": after ", and" a party followed by its verb opens a clause of its own.
        // (Not in a list of subjects: "Germany, France, and Italy have pledged".)
        if (comma && !Among.Any(s.Parties, s, a, static (q, s, a) => q.End == a.First - 1 && s.Lower(a.First - 1) == ",") && b.End < s.Tokens.Count && (s.Lower(b.End) is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "also" or "said" or "says" ||
                                                                                                                       Among.Any(s.Triggers, b, static (t, b) => t.First == b.End && !t.Entry.IsNoun)))
        {
            return false;
        }

        // "committed 19 jets to Ukraine and the Netherlands has said ...": after a preposition's party, a party followed by
        // its own verb opens a clause of its own (a list of subjects, "Germany and France have pledged", has none before it).
        if (!comma && a.First >= 1 && (s.Lower(a.First - 1) is "to" or "for" || a.First >= 2 && s.Lower(a.First - 1) == "the" && s.Lower(a.First - 2) is "to" or "for") &&
            b.End < s.Tokens.Count && (IsFiniteAuxiliary(s.Lower(b.End)) || s.Lower(b.End) is "said" or "says" ||
                                       Among.Any(s.Triggers, b, static (t, b) => t.First == b.End && !t.Entry.IsNoun)) &&
            Among.Any(s.Triggers, a, static (t, a) => !t.Entry.IsNoun && t.End < a.First - 1)) // (a verb and its object before: not "Exports to Oman and Algeria have been frozen")
        {
            return false;
        }

        if (!comma || TokenRun.Any(s, end, gap, static (s, k) => s.Lower(k) is "and" or "or"))
        {
            return true;
        }

        // "A, B and C" is a list; "with Iran, Armenia received" is not: a comma joins only when the list goes on.
        // ("The United States, Germany and the Netherlands": the last name's article may stand before it.)
        var next = Among.First(s.Parties, b, static (p, b) => p.First > b.End);
        var nextArticle = next is not null && s.Lower(next.First - 1) == "the" ? 1 : 0;
        return next is not null && next.First - nextArticle - b.End is >= 1 and <= 2 &&
               TokenRun.All(s, b.End, next.First - nextArticle - b.End, static (s, k) => s.Lower(k) is "and" or "or" or ",");
    }

    /// <summary>"in favour of", "instead of", "rather than" between two tokens: what follows is the alternative chosen, no party of the step.</summary>
    private static bool AnAlternativeBetween(AnalyzedSentence s, int from, int to) =>
        TokenRun.Any(s, from, Math.Max(0, to - from - 1), static (s, k) =>
            s.Lower(k) is "favour" or "favor" && k >= 1 && s.Lower(k - 1) == "in" && s.Lower(k + 1) == "of" ||
            s.Lower(k) == "instead" && s.Lower(k + 1) == "of" || s.Lower(k) == "rather" && s.Lower(k + 1) == "than");

    /// <summary>"The country" opening its sentence, or a clause after "and", "but" or "while".</summary>
    private static bool PronounSubjectHere(AnalyzedSentence s, int k) =>
        OnlyOpenersBefore(s, k) || k >= 1 && s.Lower(k - 1) is "and" or "but" or "while";
}
