using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

/// <summary>
/// Turns one analysed sentence into candidate transfers. Triggers that follow each other in a clause form one
/// chain ("signed a contract for the delivery of", "refuses to supply"); the chain's status comes from its first
/// status word, a halt, cancellation or refusal anywhere in it overriding; roles come from grammatical cues
/// (subject, "to X", "from X", "by X", "X's", "Russian-built") before word distance or the catalogue's origin.
/// </summary>
/// <remarks>
/// One class in several files, each a concern: <c>Chains</c> forms the chains and builds their candidates, asking
/// <c>Weapons</c> what is traded, <c>Roles</c> and <c>Parties</c> who trades it (<c>Speakers</c> stands quoted people
/// for their states), <c>Statuses</c>, <c>Modality</c>, <c>Time</c> and <c>Amounts</c> how, when and how much;
/// <c>NonTransfers</c> rules out weapons named without a trade, <c>Packages</c> lists an aid package's contents,
/// <c>Continuations</c> takes up a transfer an earlier sentence told, and <c>Grammar</c> holds the tests they share.
/// This file runs them over a sentence and tidies the sentence's candidates.
/// </remarks>
public sealed partial class FrameBuilder
{
    private readonly ReferenceData _data;

    public FrameBuilder(ReferenceData data) => _data = data;

    /// <summary>The clause boundaries and chains of a sentence with no trigger: never filled, and with no chain never read.</summary>
    private static readonly List<int> NoBoundaries = [];

    private static readonly List<List<TriggerMention>> NoChains = [];

    public List<Candidate> Build(AnalyzedSentence s, int sentenceIndex, DateOnly? published, DocumentFocus focus)
    {
        var candidates = new List<Candidate>();
        LearnPeople(s, focus);
        KeepNamesConsistent(s, focus);
        NameFamilyMembers(s, focus);
        LearnPrimeContractor(s, focus);
        if (sentenceIndex > 1 && OpensARoundUpItem(s))
        {
            focus.StartNewItem();
        }

        focus.ToldOfAnExercise = focus.ToldOfAnExercise || TokenRun.Any(s, 0, s.Tokens.Count, static (s, k) => IsExerciseWord(s.Lower(k)));

        // "..., the ministry said on Monday": the day the lead gives is the day of the news the report tells.
        // (Its dates are found only where one can name a day: a lead that names none may have no trigger to need them.)
        if (sentenceIndex <= 2 && !s.IsHeadline && focus.StoryDate is null && published is { } day && DateFinder.MayFindADay(s.Text, s.Span.Start, s.Span.End) &&
            DayInTheWeekBefore(s.Dates, day) is { } lead)
        {
            focus.StoryDate = lead.Date;
        }

        // A question states nothing ("Will Ukraine get F-16s?", "Q: Could India buy the jet"); the answer that follows may.
        // An editor's note quoting what an earlier version wrongly said ("Correction: An earlier version said ...") states nothing.
        // (Read in place: most sentences state no transfer, and never need their text cut into a string.)
        var evidence = s.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start);
        if (evidence.TrimEnd("\"”' ").EndsWith('?') || evidence.StartsWith("Q:", StringComparison.Ordinal) ||
            (evidence.StartsWith("Correction:", StringComparison.OrdinalIgnoreCase) || evidence.StartsWith("Clarification:", StringComparison.OrdinalIgnoreCase)) &&
            evidence[(evidence.IndexOf(':') + 1)..].TrimStart().StartsWith("an earlier version", StringComparison.OrdinalIgnoreCase))
        {
            return candidates;
        }

        // A sentence with no trigger forms no chain, and the speaker and clause boundaries are asked for its chains only:
        // most sentences have none, and are not walked for them.
        string? speaker = null;
        var boundaries = NoBoundaries;
        var chains = NoChains;
        if (s.Triggers.Count > 0)
        {
            speaker = SpeakerOf(s, focus);
            boundaries = Boundaries(s);
            chains = Chains(s, boundaries);
        }

        string? previousRecipient = null;
        string? previousSupplier = null;
        List<Candidate>? told = null; // the last chain's candidates, once a chain has built some
        var contractBefore = -1; // the chain of "Under a 2019 contract, ..." when the transfer comes after it
        for (var c = 0; c < chains.Count; c++)
        {
            var chain = chains[c];
            var nextChainStart = c + 1 < chains.Count ? chains[c + 1][0].First : s.Tokens.Count;
            if (c + 1 < chains.Count && IsSubjectOfEnding(s, chain, chains[c + 1]))
            {
                continue;
            }

            // "Manila bought 12 FA-50s, and they were delivered ...": "they" reaches back within the sentence too.
            if (LastNamedWeaponBefore(s, chain[0].First) is { } earlier)
            {
                focus.Weapon = earlier;
            }

            var built = BuildChain(s, sentenceIndex, published, focus, chain, boundaries, nextChainStart, speaker, previousRecipient, previousSupplier);
            if (built.Count == 0 && UnderAContract(s, chain))
            {
                if (candidates.Count > 0)
                {
                    // "handed over three radars, under a deal agreed in May 2020": the same transfer's order, dated by its own clause.
                    built = OrdersUnder(s, chain, candidates, EarliestDateOfContract(s, chain, int.MaxValue));
                }
                else if (c + 1 < chains.Count)
                {
                    contractBefore = c;
                }
            }

            if (built.Count == 0 && told is { Count: > 0 })
            {
                built = ContinueTransfer(s, sentenceIndex, published, focus, chain, boundaries, nextChainStart, told).ToList();
            }

            // "donated the cutter to Sri Lanka on October 26, and it reached Colombo a week later": the arrival of what the
            // sentence has just delivered is the same delivery.
            // ("received its first P-8 in December; the last of four arrived in July": a later batch is a delivery of its own.)
            if (chain.Any(t => t.Entry.Role == TriggerRole.Arrival && t.Entry.Status == TransferStatus.Delivery) && !ALaterBatchArrives(s, chain[0].First))
            {
                RemoveDeliveriesTold(built, candidates);
            }

            candidates.AddRange(built);
            focus.Told.AddRange(built);
            previousRecipient = (built.Count > 0 ? built[^1].Recipient : null) ?? previousRecipient;
            previousSupplier = built.Count > 0 ? (built[^1].Explanation.SupplierFrom == "subject" ? built[^1].Supplier : null) : previousSupplier;
            if (built.Count > 0)
            {
                told = built;
            }
        }

        if (candidates.Count > 0) // (most sentences have none: no closures for them)
        {
            TakeTheNamedSeller(candidates);
            ShareOutCounts(s, candidates);
            ShareOutRespectively(s, candidates);
            KeepTheValueOnTheDeal(candidates);
            RemoveSalesNamedOnlyToBeHalted(candidates);
            UndateOrdersNamedInPassing(candidates);
        }

        if (contractBefore >= 0 && candidates.Count > 0)
        {
            var contract = chains[contractBefore];
            var contractEnd = s.Tokens[chains[contractBefore + 1][0].First].Start;
            var date = EarliestDateOfContract(s, contract, contractEnd);
            candidates.AddRange(OrdersUnder(s, contract, candidates, date));
        }

        if (candidates.Count == 0)
        {
            candidates.AddRange(PackageContents(s, sentenceIndex, focus));
            focus.Told.AddRange(candidates);
            focus.LastWasPackage = candidates.Count > 0;
        }
        else
        {
            focus.LastWasPackage = false;
        }

        if (candidates.Count > 0)
        {
            focus.LastTransfer = candidates[^1];
        }

        foreach (var party in s.Parties)
        {
            if (!party.ModifiesWeapon && party.Form != PartyForm.Organisation && party.Code.Length == 2 && !IsTrailingAttribution(s, party))
            {
                focus.Mention(party.Code);
            }
        }

        // The sentence's last named weapon becomes the document's focus for later "it" and "the system" (not another name
        // of one named before it: "the system, known by its export designation FK-3").
        foreach (var w in s.Weapons)
        {
            if (w.Designation is not null && !IsAnotherName(s, w))
            {
                focus.Named.Add(w);
            }
        }

        var named = s.Weapons.LastOrDefault(w => w.Designation is not null && !IsAnotherName(s, w));
        if (named is not null)
        {
            focus.Weapon = named;
        }

        focus.GivingSubjectBefore = candidates.Find(c => c.Explanation.SupplierFrom == "subject" && c.Status is TransferStatus.Delivery or TransferStatus.Order)?.Supplier;
        focus.TakingSubjectBefore = candidates.Find(c => c.Explanation.RecipientFrom == "subject" && c.Status is TransferStatus.Delivery or TransferStatus.Order)?.Recipient;
        focus.SubjectState = OpeningSubject(s, focus.SubjectState);
        focus.SubjectOfAQuietSentence = candidates.Count == 0 && !s.IsHeadline ? OpeningSubject(s, null) : null;
        return candidates;
    }

    /// <summary>"BULGARIA — The cabinet ...", "SOUTH KOREA - ...": a place in capitals and a dash open a round-up's item.</summary>
    private static bool OpensARoundUpItem(AnalyzedSentence s)
    {
        // (A dash set apart by a space: not "IRIS-T".)
        var after = AfterDateline(s);
        return after > 1 && s.Lower(after - 1) is "-" or "–" or "—" && s.Tokens[after - 1].Start > 0 && char.IsWhiteSpace(s.Text[s.Tokens[after - 1].Start - 1]) &&
               TokenRun.All(s, 0, after - 1, static (s, k) => s.Tokens[k].Kind != Core.Text.TokenKind.Word ||
                                                               s.Tokens[k].End - s.Tokens[k].Start > 1 && !s.Text.AsSpan(s.Tokens[k].Start, s.Tokens[k].End - s.Tokens[k].Start).ContainsAnyInRange('a', 'z'));
    }

    /// <summary>
    /// "Sales of Apaches to Taipei were put off", "the sale was postponed": a sale named only to be halted is no order
    /// unless it has a date of its own ("cancelled a contract signed in 2009" dates an order).
    /// ("The sale of 40 F-16s to Turkey was approved by Congress": a sale named only to be approved is that approval.)
    /// </summary>
    private static void RemoveSalesNamedOnlyToBeHalted(List<Candidate> candidates)
    {
        // (A loop rather than RemoveAll over a closure: this runs for every sentence with candidates. The halts and offers
        // looked for are never removed, so the list asked as it shrinks holds the same ones.)
        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            if (c.NominalOnly && c.Status is TransferStatus.Order or TransferStatus.Delivery && !c.FromHeadline &&
                Among.Any(candidates, c, static (h, c) => (h.Status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal ||
                                                           (h.Status == TransferStatus.Offer && c.Status == TransferStatus.Order)) &&
                                                          (c.When is null || Equals(c.When, h.When)) && h.Supplier == c.Supplier && h.Recipient == c.Recipient && h.System == c.System && h.Category == c.Category))
            {
                candidates.RemoveAt(i);
            }
        }
    }

    /// <summary>Removes the deliveries of <paramref name="built"/> that <paramref name="told"/> holds already (same modality, parties and weapon).</summary>
    /// <summary>"..., and the last of four arrived in July": the subject of an arrival (back to its clause's start) is a later batch.</summary>
    private static bool ALaterBatchArrives(AnalyzedSentence s, int arrival)
    {
        for (var k = arrival - 1; k >= 0 && k >= arrival - 6 && s.Lower(k) is not ("," or ";" or "and" or "but"); k--)
        {
            if (s.Lower(k) is "last" or "rest" or "remaining" or "final" or "more" or "another" or "further" || IsOrdinal(s.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveDeliveriesTold(List<Candidate> built, List<Candidate> told)
    {
        for (var i = built.Count - 1; i >= 0; i--)
        {
            var b = built[i];
            if (b.Status == TransferStatus.Delivery && DeliveryTold(told, b))
            {
                built.RemoveAt(i);
            }
        }
    }

    private static bool DeliveryTold(List<Candidate> told, Candidate b)
    {
        foreach (var c in told)
        {
            if (c.Status == TransferStatus.Delivery && c.Modality == b.Modality && c.Supplier == b.Supplier && c.Recipient == b.Recipient && c.System == b.System && c.Category == b.Category)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the $3.4 billion deal, awarded in 2013, was cancelled": a deal named only to say how it ended is that ending, not an
    /// order of its own.
    /// </summary>
    private static bool IsSubjectOfEnding(AnalyzedSentence s, List<TriggerMention> chain, List<TriggerMention> next)
    {
        // (Loops and static lambdas only: a lambda over the parameters would cost a closure for every chain followed by another.)
        if (!chain.All(t => t.Entry.IsNoun || t.Entry.Status is null) || !StartsWithADealNoun(s, chain) ||
            !next.Any(t => !t.Entry.IsNoun && t.Entry.Status is TransferStatus.Cancellation or TransferStatus.Suspension or TransferStatus.Refusal))
        {
            return false;
        }

        var from = chain[^1].End;
        var to = next[0].First;
        return to - from <= 12 && CommasBetween(s, from, to) % 2 == 0 &&
               !TokenSpans.StartsIn(s.Parties, from, to) && !TokenSpans.StartsIn(s.Weapons, from, to) &&
               TokenRun.All(s, from, to - from, static (s, k) => s.Lower(k) is not ("and" or "but" or "that" or "which" or "after" or "before" or "when"));
    }

    /// <summary>Whether a trigger of <paramref name="chain"/> starts with a deal noun ("deal", "contract", ...).</summary>
    private static bool StartsWithADealNoun(AnalyzedSentence s, List<TriggerMention> chain)
    {
        foreach (var t in chain)
        {
            if (DealNouns.Contains(s.Lower(t.First)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The orders that the sentence's other transfers were made under, dated by the contract's own clause.</summary>
    private static List<Candidate> OrdersUnder(AnalyzedSentence s, List<TriggerMention> contract, List<Candidate> transfers, DateMention? date) =>
        transfers.Where(c => c.Status == TransferStatus.Delivery).Select(c => c with
        {
            Status = TransferStatus.Order,
            Modality = contract[0].Entry.Modality ?? Modality.Actual, // (a framework agreement foresees contracts: planned)
            When = date?.Date,
            Quantity = null,
            NominalOnly = false,
            Explanation = c.Explanation with { Trigger = s.Word(contract[0].First), StatusCue = "'under a contract'", DateFrom = date is null ? null : s.Text[date.StartChar..date.EndChar] },
        }).ToList();

    private static bool UnderAContract(AnalyzedSentence s, List<TriggerMention> chain)
    {
        var head = chain[0];
        if (!head.Entry.IsNoun || s.Lower(head.End - 1) is not ("contract" or "agreement" or "deal")) // ("under a framework deal")
        {
            return false;
        }

        return ContractPhraseStart(s, chain) < head.First;
    }
}
