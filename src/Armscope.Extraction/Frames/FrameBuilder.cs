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
public sealed class FrameBuilder
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

    private readonly ReferenceData _data;

    public FrameBuilder(ReferenceData data) => _data = data;

    public List<Candidate> Build(AnalyzedSentence s, int sentenceIndex, DateOnly? published, DocumentFocus focus)
    {
        var candidates = new List<Candidate>();
        LearnPeople(s, focus);
        KeepNamesConsistent(s, focus);
        NameFamilyMembers(s, focus);
        LearnPrimeContractor(s, focus);

        // "..., the ministry said on Monday": the day the lead gives is the day of the news the report tells.
        if (sentenceIndex <= 2 && !s.IsHeadline && focus.StoryDate is null && published is { } day && DayInTheWeekBefore(s.Dates, day) is { } lead)
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

        var speaker = SpeakerOf(s, focus);
        var boundaries = Boundaries(s);
        var chains = Chains(s, boundaries);
        string? previousRecipient = null;
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

            var built = BuildChain(s, sentenceIndex, published, focus, chain, boundaries, nextChainStart, speaker, previousRecipient);
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
            if (!party.ModifiesWeapon && party.Form != PartyForm.Organisation && party.Code.Length == 2)
            {
                focus.Mention(party.Code);
            }
        }

        // The sentence's last named weapon becomes the document's focus for later "it" and "the system".
        foreach (var w in s.Weapons)
        {
            if (w.Designation is not null)
            {
                focus.Named.Add(w);
            }
        }

        var named = s.Weapons.LastOrDefault(w => w.Designation is not null);
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

    /// <summary>
    /// "nine C-390s, five for the Dutch air force and four for Austria": a count just before "for"/"to" and a buyer is that
    /// buyer's share of a count the sentence gave every buyer alike.
    /// </summary>
    private static void ShareOutCounts(AnalyzedSentence s, List<Candidate> candidates)
    {
        // (Which buyers share a count is decided before any share is given.)
        var sharing = candidates.Select(c => c.Quantity is { } whole && candidates.Exists(o => o.System == c.System && o.Quantity == whole && o.Recipient != c.Recipient)).ToList();
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

    /// <summary>
    /// "Sales of Apaches to Taipei were put off", "the sale was postponed": a sale named only to be halted is no order
    /// unless it has a date of its own ("cancelled a contract signed in 2009" dates an order).
    /// ("The sale of 40 F-16s to Turkey was approved by Congress": a sale named only to be approved is that approval.)
    /// </summary>
    private static void RemoveSalesNamedOnlyToBeHalted(List<Candidate> candidates) =>
        candidates.RemoveAll(c => c.NominalOnly && c.Status is TransferStatus.Order or TransferStatus.Delivery && !c.FromHeadline &&
                                  candidates.Any(h => (h.Status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal ||
                                                       (h.Status == TransferStatus.Offer && c.Status == TransferStatus.Order)) &&
                                                      (c.When is null || Equals(c.When, h.When)) && h.Supplier == c.Supplier && h.Recipient == c.Recipient && h.System == c.System && h.Category == c.Category));

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
                candidates.Any(d => d.Status == TransferStatus.Delivery && !d.NominalOnly && d.Explanation.DateFrom == c.Explanation.DateFrom && Equals(d.When, c.When)))
            {
                candidates[i] = c with { When = null, Explanation = c.Explanation with { DateFrom = null } };
            }
        }
    }

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

    /// <summary>
    /// The date right after a weapon whose designation the chain names twice, each time with a date after it ("24 Rafales
    /// in 2015 and 12 Rafales in 2017"); null when the name is not repeated or a date is missing.
    /// </summary>
    private static DateMention? OwnDateOfARepeatedName(AnalyzedSentence s, List<WeaponMention> weapons, WeaponMention weapon)
    {
        if (weapons.Count < 2 || weapon.Designation is null || weapon.End > s.Tokens.Count || !weapons.Exists(w => w != weapon && w.Designation == weapon.Designation))
        {
            return null;
        }

        DateMention? DateAfter(WeaponMention w)
        {
            var next = weapons.Where(o => o.First > w.First).Select(o => o.First).DefaultIfEmpty(s.Tokens.Count).Min();
            var from = w.End < s.Tokens.Count ? s.Tokens[w.End].Start : s.Span.End;
            var to = next < s.Tokens.Count ? s.Tokens[next].Start : s.Span.End;
            return s.Dates.Find(d => d.StartChar >= from && d.StartChar < to);
        }

        return weapons.Where(w => w.Designation == weapon.Designation).All(w => w.End <= s.Tokens.Count && DateAfter(w) is not null) ? DateAfter(weapon) : null;
    }

    /// <summary>Whether "and" with an auxiliary ("and has been searching", "and is buying") stands in [from, to): a predicate of its own.</summary>
    private static bool AndAnotherPredicate(AnalyzedSentence s, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (s.Lower(k) == "and" && s.Lower(k + 1) is "has" or "have" or "had" or "is" or "are" or "was" or "were")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Weapons of one designation, every one counted, joined into the first with the sum of their counts.</summary>
    private static List<WeaponMention> SumVariantCounts(AnalyzedSentence s, List<WeaponMention> weapons)
    {
        var joined = new List<WeaponMention>(weapons.Count);
        foreach (var w in weapons)
        {
            var same = w.Designation is null ? -1 : joined.FindIndex(j => j.Designation == w.Designation);
            if (same >= 0 && joined[same].Quantity is { } a && w.Quantity is { } b && JustCoordinated(s, joined[same].End, w.First))
            {
                joined[same] = joined[same] with { Quantity = a + b };
            }
            else
            {
                joined.Add(w);
            }
        }

        return joined;
    }

    /// <summary>Whether only "and", a count and modifiers stand between two weapons ("Gripen E and eight two-seat Gripen F"), no date or preposition.</summary>
    private static bool JustCoordinated(AnalyzedSentence s, int end, int first)
    {
        if (first <= end || first - end > 6 || first > s.Tokens.Count)
        {
            return false;
        }

        var and = false;
        for (var k = end; k < first; k++)
        {
            var w = s.Lower(k);
            and |= w == "and";
            if (Prepositions.Contains(w) || InAnAmountOrADate(s, s.Tokens[k].Start) || TokenSpans.StartsAt(s.Triggers, k))
            {
                return false;
            }
        }

        return and;
    }

    /// <summary>Whether "away from" (over "the") stands right before the party at <paramref name="first"/>.</summary>
    private static bool AwayFrom(AnalyzedSentence s, int first)
    {
        var k = first - 1;
        k -= k >= 0 && s.Lower(k) == "the" ? 1 : 0;
        return k >= 1 && s.Lower(k) == "from" && s.Lower(k - 1) == "away";
    }

    /// <summary>Whether a firm (not a state) is named just before token <paramref name="k"/> ("Saab has received", "Hanwha today announced").</summary>
    private static bool FirmBefore(AnalyzedSentence s, int k)
    {
        foreach (var p in s.Parties)
        {
            if (p.End <= k && k - p.End <= 3 && p.Form == PartyForm.Organisation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a deal to supply": the role of the first verb after <paramref name="after"/> that has one, else Either.</summary>
    private static TriggerRole RoleOfAVerbAfter(List<TriggerMention> chain, int after)
    {
        foreach (var t in chain)
        {
            if (!t.Entry.IsNoun && t.First > after && t.Entry.Role != TriggerRole.Either)
            {
                return t.Entry.Role;
            }
        }

        return TriggerRole.Either;
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

    /// <summary>The last weapon with a designation that ends by token <paramref name="end"/>.</summary>
    private static WeaponMention? LastNamedWeaponBefore(AnalyzedSentence s, int end)
    {
        for (var i = s.Weapons.Count - 1; i >= 0; i--)
        {
            var w = s.Weapons[i];
            if (w.Designation is not null && w.End <= end)
            {
                return w;
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

    /// <summary>Removes the deliveries of <paramref name="built"/> that <paramref name="told"/> holds already (same modality, parties and weapon).</summary>
    /// <summary>"..., and the last of four arrived in July": the subject of an arrival (back to its clause's start) is a later batch.</summary>
    private static bool ALaterBatchArrives(AnalyzedSentence s, int arrival)
    {
        for (var k = arrival - 1; k >= 0 && k >= arrival - 6 && s.Lower(k) is not ("," or ";" or "and" or "but"); k--)
        {
            if (s.Lower(k) is "last" or "rest" or "remaining" or "final" || IsOrdinal(s.Lower(k)))
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

    private List<Candidate> BuildChain(AnalyzedSentence s, int sentenceIndex, DateOnly? published, DocumentFocus focus, List<TriggerMention> chain, List<int> boundaries, int nextChainStart, string? speaker, string? previousRecipient)
    {
        var built = new List<Candidate>();
        // "Saab has received an order from Estonia for ...": receiving an order is the seller's news, not a delivery.
        if (chain.Count > 1 && IndexOfReceiving(s, chain) is var received and >= 0 && received + 1 < chain.Count &&
            s.Lower(chain[received + 1].End - 1) is "order" or "orders" or "contract" or "contracts" && chain[received + 1].First - chain[received].End <= 4 &&
            FirmBefore(s, chain[received].First) &&
            !TokenRun.Any(s, chain[received].End, chain[received + 1].First - chain[received].End, static (s, k) => s.Lower(k) is "its" or "their" or "the" or "his" or "her"))
        {
            chain = chain.Where((_, i) => i != received).ToList();
        }

        // "Peru turned down a Chinese offer of JF-17s": a buyer declining states the offer; only a seller refuses a sale.
        if (chain.Count > 1 && DeclinedOffer(s, chain) is { } offer)
        {
            chain = chain.Where(t => t.First >= offer.First).ToList();
        }

        // "Saudi Arabia asked Dassault for a proposal for 54 Rafales": asking for an offer is the asker's interest, not an offer.
        if (chain.Count > 1 && IndexOfRequest(s, chain) is var asking and >= 0 &&
            chain.Skip(asking + 1).Any(t => t.Entry.Status == TransferStatus.Offer && t.First - chain[asking].End <= 6))
        {
            var askedAt = chain[asking].End;
            chain = chain.Where(t => !(t.Entry.Status == TransferStatus.Offer && t.First >= askedAt && t.First - askedAt <= 6)).ToList();
        }

        // "is proposing to buy 32 more F-35s", "has been bidding to buy F-16s": a buyer's proposal or bid to buy is its purchase,
        // not an offer; "ruled out any delay in deliveries": a ruling out that does not govern the step right after it refuses nothing.
        if (chain.Count > 1)
        {
            chain = WithoutLeadIns(s, chain);
        }

        // "The agreement builds on a memorandum of understanding signed in June": the deal recalled as the subject
        // only leads to the step the sentence tells.
        if (chain.Count > 1 && chain[0].Entry.IsNoun && chain[0].First >= 1 && s.Lower(chain[0].First - 1) is "the" or "this" or "that" &&
            DealNouns.Contains(s.Lower(chain[0].End - 1)) && chain[1].Entry.IsNoun && chain[1].Entry.Status == TransferStatus.Interest &&
            TokenRun.Any(s, chain[0].End, chain[1].First - chain[0].End, static (s, k) => s.Lower(k) is "builds" or "built" or "follows" or "followed" or "replaces" or "replaced" or "implements" or "formalises" or "formalizes"))
        {
            chain = chain.Skip(1).ToList();
        }

        var head = chain.FirstOrDefault(t => t.Entry.Status is not null);
        if (head is null)
        {
            return built;
        }

        // "Germany will allow other countries to re-export their Leopards to Ukraine": permitting others' exports trades nothing
        // (a state named as the one permitted trades: "allowed Poland to send its Leopards").
        var infinitive = chain[0].First >= 3 && s.Lower(chain[0].First - 1) == "-" && s.Lower(chain[0].First - 2) == "re" ? chain[0].First - 3 : chain[0].First - 1; // ("to re-export")
        if (!chain[0].Entry.IsNoun && infinitive >= 1 && s.Lower(infinitive) == "to" && PermitsUnnamedOthers(s, infinitive))
        {
            return built;
        }

        var interestFromIntent = false;
        var status = HaltingStatus(chain) ?? head.Entry.Status!.Value;
        var statusTrigger = FirstWithStatus(chain, status);
        var purposeOfAnIntent = false;
        if (status == TransferStatus.Order && PurposeOfAnIntent(s, statusTrigger))
        {
            status = TransferStatus.Interest; // "signed a memorandum of understanding with Seoul for the purchase of ..."
            purposeOfAnIntent = true;
        }

        // "shortlisted Germany's TKMS and South Korea's Hanwha as the two bidders to supply 12 submarines": each bidder offers.
        var bidding = status is TransferStatus.Delivery or TransferStatus.Order ? BiddersToSupply(s, statusTrigger) : null;
        if (bidding is not null)
        {
            status = TransferStatus.Offer;
        }

        // "The first five Rafales bought from France landed on Wednesday": a participle after its weapon describes it;
        // the finite verb that follows states the event.
        if (IsReducedRelative(s, statusTrigger) && chain.LastOrDefault(t => t.First > statusTrigger.First && t.Entry.Status is not null && !t.Entry.IsNoun) is { } finite)
        {
            statusTrigger = finite;
            status = finite.Entry.Status!.Value;
        }
        // A deal noun takes its direction from a verb that completes it ("a deal to supply", "a contract to buy");
        // a firm that wins or secures an order or a contract is its seller.
        var role = statusTrigger.Entry.Role;
        var wonOrder = false;
        if ((statusTrigger.Entry.IsNoun || s.Lower(statusTrigger.First) is "order" or "orders") && WinsBefore(s, chain, statusTrigger.First))
        {
            role = TriggerRole.Giver;
            wonOrder = true;
        }

        if (role == TriggerRole.Either)
        {
            role = RoleOfAVerbAfter(chain, statusTrigger.First);
        }

        // "Spain went ahead with the sale of patrol ships to Venezuela": going ahead takes its direction from what it goes ahead with.
        if (s.Lower(statusTrigger.End - 1) == "with" && chain.Find(t => t.First >= statusTrigger.End && t.First - statusTrigger.End <= 2 && t.Entry.IsNoun && t.Entry.Role is TriggerRole.Giver or TriggerRole.Taker) is { } governed)
        {
            role = governed.Entry.Role;
        }

        // "is in talks with London to buy a frigate", "in talks with Paris over the sale of": the step is still being negotiated.
        if (status is TransferStatus.Order or TransferStatus.Interest && !chain.Exists(t => t.Entry.Status == TransferStatus.Negotiation) && NegotiatedBefore(s, statusTrigger) is var talks and >= 0)
        {
            // ("suspended discussions with the United States on the purchase of F-35s": talks halted halt the purchase.)
            status = TalksHalted(s, talks) ? TransferStatus.Suspension : TransferStatus.Negotiation;
            if (statusTrigger.Entry.IsNoun)
            {
                role = TriggerRole.Either; // (the sale's direction comes from the weapon's maker, not from who talks)
            }
        }

        // "a possible $8 billion sale": a government's notification of a sale it would approve is an offer.
        if (status == TransferStatus.Order && statusTrigger.Entry.IsNoun && s.Lower(statusTrigger.First) is "sale" or "sales" &&
            TokenRun.Any(s, Math.Max(0, statusTrigger.First - 6), Math.Min(6, statusTrigger.First), static (s, k) => s.Lower(k) is "possible" or "proposed" or "potential"))
        {
            status = TransferStatus.Offer;
        }

        // "New Delhi cleared the purchase of": a buyer's approval is an order still to be signed.
        if (status == TransferStatus.Offer && statusTrigger.Entry.Role == TriggerRole.Giver && chain.Any(t => t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker))
        {
            status = TransferStatus.Order;
            role = TriggerRole.Taker;
        }

        // "Riyadh suspended the purchase of drones from China": a halt of a buying noun is the buyer's; its subject takes.
        // ("put on hold plans to purchase", "suspended talks with Washington over the purchase of": the buyer's own plans.)
        if (status is TransferStatus.Suspension or TransferStatus.Cancellation && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun &&
            chain.Any(t => t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker && t.First >= statusTrigger.End &&
                           TokenRun.All(s, statusTrigger.End, t.First - statusTrigger.End, static (s, k) => s.Lower(k) is "the" or "a" or "an" or "its" or "their" or "planned" or "proposed")) ||
            status is TransferStatus.Suspension or TransferStatus.Cancellation && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun &&
            chain.Any(t => t.Entry.Role == TriggerRole.Taker && t.Entry.Status == TransferStatus.Order && t.First >= statusTrigger.End &&
                           TokenRun.Any(s, statusTrigger.End, t.First - statusTrigger.End, static (s, k) => s.Lower(k) is "plans" or "plan" or "talks" or "negotiations") &&
                           TokenRun.All(s, statusTrigger.End, t.First - statusTrigger.End, static (s, k) => Coverage.InParty(s, k) ||
                               s.Lower(k) is "the" or "a" or "an" or "its" or "their" or "plans" or "plan" or "to" or "talks" or "negotiations" or "with" or "over" or "on" or "for")))
        {
            role = TriggerRole.Taker;
        }

        // "Swiss voters rejected the government's plan to buy 22 Gripens": a buyer's own purchase plan voted down is called off.
        if (status == TransferStatus.Refusal && !statusTrigger.Entry.IsNoun &&
            chain.Exists(t => t.First > statusTrigger.First && t.Entry.Role == TriggerRole.Taker && t.Entry.Status == TransferStatus.Order && t.First >= 2 &&
                              s.Lower(t.First - 1) == "to" && s.Lower(t.First - 2) is "plan" or "plans"))
        {
            status = TransferStatus.Cancellation;
            role = TriggerRole.Taker;
        }

        // "Dhaka put the purchase of two Chinese submarines on hold": what is put on hold is the buyer's purchase.
        if (status == TransferStatus.Suspension && role == TriggerRole.Giver && s.Lower(statusTrigger.First) == "on" && statusTrigger.First >= 3 &&
            s.Triggers.Any(t => t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker && t.End <= statusTrigger.First && t.First >= statusTrigger.First - 10 &&
                                s.Lower(t.First - 1) is "the" or "its" or "their" && s.Lower(t.First - 2) is "put" or "puts" or "putting" or "placed" or "place"))
        {
            role = TriggerRole.Taker;
        }

        // "Spain cancelled the sale of 400 bombs to Saudi Arabia", "cancelled a contract to sell tanks to Peru": the seller cancels
        // what it gives to the party after "to" (a buyer cancels what it buys "from" someone).
        if (status is TransferStatus.Cancellation && role == TriggerRole.Taker && !statusTrigger.Entry.IsNoun &&
            chain.Any(t => t.First >= statusTrigger.End && t.Entry.Role == TriggerRole.Giver && t.Entry.Status is TransferStatus.Order or TransferStatus.Delivery) &&
            !chain.Any(t => t.First >= statusTrigger.End && t.Entry.Role == TriggerRole.Taker) && GivesToAParty(s, chain[^1].End) is { } buyer &&
            s.Parties.LastOrDefault(p => p.End <= statusTrigger.First && !p.ModifiesWeapon) is { } canceller && canceller.Code != buyer.Code &&
            !s.Parties.Any(p => p.First >= statusTrigger.End && p.End <= chain[^1].First && !p.ModifiesWeapon))
        {
            role = TriggerRole.Giver;
        }

        // "Canada has cancelled export permits for cameras to Turkey": permits are the exporter's to cancel.
        if (status is TransferStatus.Cancellation && role == TriggerRole.Taker && !statusTrigger.Entry.IsNoun &&
            TokenRun.Any(s, statusTrigger.End, Math.Min(3, Math.Max(0, s.Tokens.Count - statusTrigger.End)), static (s, k) => PermitNouns.Contains(s.Lower(k))))
        {
            role = TriggerRole.Giver;
        }

        // "was rescinding its contract with a Spanish yard": a contract revoked is cancelled by whoever revokes it.
        if (status == TransferStatus.Refusal && s.Lower(statusTrigger.First).StartsWith("rescind", StringComparison.Ordinal) &&
            TokenRun.Any(s, statusTrigger.End, Math.Min(3, Math.Max(0, s.Tokens.Count - statusTrigger.End)), static (s, k) => ContractNouns.Contains(s.Lower(k))))
        {
            status = TransferStatus.Cancellation;
            role = TriggerRole.Taker;
        }

        // "intends to buy", "plans to acquire": the buyer wants the weapon; no order yet. ("hopes to receive Gripens" too; a
        // plan to receive is a delivery planned.)
        if ((status == TransferStatus.Order || status == TransferStatus.Delivery && !PlanVerbs.Contains(s.Lower(Math.Max(0, statusTrigger.First - 2)))) &&
            role == TriggerRole.Taker && !statusTrigger.Entry.IsNoun && statusTrigger.First >= 2 &&
            s.Lower(statusTrigger.First - 1) == "to" && IntentVerbs.Contains(s.Lower(statusTrigger.First - 2)))
        {
            status = TransferStatus.Interest;
            interestFromIntent = true;
        }

        // "Ankara hopes to export the Hurjet to Spain", "wants to sell": a seller's wish is an offer, not yet a sale.
        // ("hopes to deliver the first Hurjet in 2028" stays a delivery, only hoped for.)
        var sellersWish = false;
        if (status is TransferStatus.Order or TransferStatus.Delivery && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun && statusTrigger.First >= 2 &&
            s.Lower(statusTrigger.First - 1) == "to" && IntentVerbs.Contains(s.Lower(statusTrigger.First - 2)) && !PlanVerbs.Contains(s.Lower(statusTrigger.First - 2)))
        {
            status = status == TransferStatus.Order || s.Lower(statusTrigger.First).StartsWith("export", StringComparison.Ordinal) ? TransferStatus.Offer : status;
            sellersWish = true;
        }

        // "Greece sent the United States a letter of request": the document sent states the status; its sender is the buyer.
        var requestSent = false;
        if (statusTrigger.Entry.Role == TriggerRole.Giver && status is not (TransferStatus.Refusal or TransferStatus.Suspension or TransferStatus.Cancellation) &&
            RequestAfter(chain, statusTrigger.First) is { } request)
        {
            statusTrigger = request;
            status = TransferStatus.Interest;
            role = TriggerRole.Taker;
            requestSent = true;
        }

        // A third state's approval of a re-export is not a transfer (its refusal is).
        if (status == TransferStatus.Offer && TokenRun.Any(s, chain[0].First, Math.Min(s.Tokens.Count, chain[^1].End + 3) - chain[0].First, static (s, k) => s.Lower(k) == "re" && k + 2 < s.Tokens.Count && s.Lower(k + 2) is "export" or "exports"))
        {
            return built;
        }

        // "agreed to buy 48 more in principle": a commitment before any contract.
        if (status == TransferStatus.Order && TokenRun.Any(s, chain[0].First, Math.Max(0, Math.Min(s.Tokens.Count, chain[^1].End + 12) - chain[0].First), static (s, k) => s.Lower(k) == "principle" && k > 0 && s.Lower(k - 1) == "in"))
        {
            status = TransferStatus.Interest;
        }

        var first = chain[0].First;
        var last = chain[^1].End;
        var readiness = ReadinessCue(s, first);
        if (readiness is not null && status is TransferStatus.Order or TransferStatus.Delivery)
        {
            // "ready to sign contracts", "willing to supply": a stance, not yet a deal.
            status = role == TriggerRole.Taker ? TransferStatus.Interest : TransferStatus.Offer;
        }
        var (clauseStart, clauseEnd) = ClauseOf(s, boundaries, first, last, nextChainStart);

        if (IsNegated(s, clauseStart, first, last))
        {
            // "Rome would not send tanks", "it will not sell F-35s": a supplier's stated refusal is a fact of its own.
            if (statusTrigger.Entry.Role == TriggerRole.Giver && status is TransferStatus.Delivery or TransferStatus.Order && WillNot(s, first))
            {
                status = TransferStatus.Refusal;
            }
            else if (status == TransferStatus.Order && s.Lower(statusTrigger.End - 1) == "with" &&
                     TokenRun.Any(s, Math.Max(0, statusTrigger.First - 3), Math.Min(3, statusTrigger.First), static (s, k) => s.Lower(k) is "not" or "t" or "never"))
            {
                // "Lima will not go ahead with the order": a buyer giving up a deal cancels it.
                status = TransferStatus.Cancellation;
            }
            else if (status == TransferStatus.Offer && !statusTrigger.Entry.IsNoun &&
                     s.Lower(statusTrigger.First) is var verb && (verb.StartsWith("approv", StringComparison.Ordinal) || verb.StartsWith("authori", StringComparison.Ordinal) || verb.StartsWith("licen", StringComparison.Ordinal) || verb is "clear" or "cleared") &&
                     TokenRun.Any(s, Math.Max(0, first - 3), Math.Min(3, first), static (s, k) => s.Lower(k) is "not" or "t"))
            {
                // "Washington did not approve the destroyers Taipei sought": a supplier's withheld approval is a refusal.
                status = TransferStatus.Refusal;
            }
            else
            {
                return built;
            }
        }

        // ("launchers supplied by Germany": a participle after its weapon, with its agent, is passive too.)
        var passive = IsPassive(s, head, clauseStart) ||
                      (IsReducedRelative(s, statusTrigger) && statusTrigger.End < s.Tokens.Count && s.Lower(statusTrigger.End) == "by" && statusTrigger.Entry.Role == TriggerRole.Giver);
        var roles = CollectRoles(s, clauseStart, first, last, clauseEnd, chain);
        // "vowed to shoot down the F-16s supplied to Ukraine": a giving participle after a weapon that another verb governs is
        // a passive of its own; the clause's subject and its modal are that other verb's.
        var participleAfterAnObject = ParticipleAfterAnObject(s, statusTrigger, clauseStart);
        if (participleAfterAnObject)
        {
            passive = true;
            roles.Subject.Clear();
        }

        roles.NounHead = statusTrigger.Entry.IsNoun && !wonOrder; // ("won a Polish contract": the won deal's possessor buys, it offers nothing)
        DropSellersOfAnEarlierStep(s, roles, chain, first);

        // "France's Naval Group, which had offered its Gowind": a subject relative pronoun stands for the party just before it.
        var relativeAt = TokenRun.Last(s, Math.Max(1, first - 4), Math.Max(0, first - Math.Max(1, first - 4)), static (s, k) => s.Lower(k) is "which" or "who", -1);
        if (roles.Subject.Count == 0 && relativeAt > 0 && !s.Parties.Any(p => p.First > relativeAt && p.First < first) &&
            s.Parties.LastOrDefault(p => p.End <= relativeAt && relativeAt - p.End <= 1) is { } antecedentParty)
        {
            roles.Subject.Add(antecedentParty);
        }
        roles.OwnersWeapon = OwnersWeaponIn(s, first, clauseEnd);
        roles.SignedWith = chain.Exists(t => ContractNouns.Contains(s.Lower(t.End - 1)));
        roles.Awarded = roles.SignedWith && chain.Exists(t => AwardVerbs.Contains(s.Lower(t.First)));
        foreach (var owner in s.Parties)
        {
            if (owner.Possessive && !owner.ModifiesWeapon && owner.Form != PartyForm.Organisation && owner.First >= last && owner.First - last <= 3 && owner.First < clauseEnd &&
                s.Weapons.Find(w => w.First >= owner.End && w.First < owner.End + 4) is { } ownedWeapon && !TokenSpans.StartsAt(s.Triggers, ownedWeapon.End))
            {
                roles.WeaponOwners.Add(owner); // "interested in Kuwait's Hornets"
            }
        }
        // "Washington told the Thai air force that it would not sell it F-35s": the object "it" is the party told.
        if (roles.To.Count == 0 && roles.Object.Count == 0 && last < s.Tokens.Count && s.Lower(last) is "it" or "them" &&
            s.Parties.FirstOrDefault(p => p.End <= clauseStart && IsAddressee(s, p)) is { } addressee)
        {
            roles.Object.Add(addressee);
        }

        // "sent its letter of acceptance to Saab": a buyer's letter goes to the seller.
        if (status == TransferStatus.Interest && statusTrigger.Entry.IsNoun && s.Lower(statusTrigger.First) is "letter" or "letters" && roles.To.Count > 0 && roles.From.Count == 0)
        {
            requestSent = true;
            role = TriggerRole.Taker;
        }

        // "won a $40 million order from Kenya": the party the order comes from is the buyer.
        if (wonOrder && roles.To.Count == 0)
        {
            roles.To.AddRange(roles.From);
            roles.From.Clear();
        }

        if (requestSent)
        {
            // the addressee of a request is the supplier asked
            roles.From.AddRange(roles.To.Concat(roles.Object));
            roles.To.Clear();
            roles.Object.Clear();
        }

        roles.PreviousRecipient = ContinuesPreviousClause(s, clauseStart, first) ? previousRecipient : null;
        // "Saab has offered Gripens to Peru, Dassault is proposing the Rafale": rival bids in one sentence court the same buyer.
        roles.OfferInALaterClause = status == TransferStatus.Offer && clauseStart > 0 && previousRecipient is not null;
        roles.PreviousRecipient ??= roles.OfferInALaterClause ? previousRecipient : null;
        roles.SettingState = SettingOfTheClause(s, clauseStart, first);
        ApplyFirstPersonSubject(s, roles, clauseStart, first, speaker);

        // "Sales to Riyadh were halted, Berlin announced": a halt with no agent is the doing of the state that announces it
        // after it (when the buyer is named apart).
        if (passive && status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal && roles.Subject.Count == 0 && roles.By.Count == 0 &&
            s.Parties.FirstOrDefault(p => p.First > last && p.First >= 1 && s.Lower(p.First - 1) == "," && !p.Possessive && !p.ModifiesWeapon && p.Form != PartyForm.Demonym &&
                                          p.End < s.Tokens.Count && SpeechVerbs.Contains(s.Lower(p.End))) is { } announcer &&
            roles.To.Count > 0 && roles.To.All(p => p.Code != announcer.Code))
        {
            roles.By.Add(announcer);
        }

        // Weapons: the chain's object, else its subject (passives, "the S-400 arrived"), else what the text spoke of before.
        var weapons = WeaponsFrom(s, first, clauseEnd, role, last);
        var weaponFrom = "object";

        // "is preparing to send Leopards and has been searching for ammunition for them": a second predicate's object is its own.
        if (weapons.Count > 1 && weapons.Exists(w => w.First > last && AndAnotherPredicate(s, last, w.First)))
        {
            weapons = weapons.Where(w => !(w.First > last && AndAnotherPredicate(s, last, w.First))).ToList();
        }

        // "chose the Mogami over the MEKO A-200": what a choice passes over is not chosen.
        if (weapons.Count > 1 && statusTrigger.Entry.Status == TransferStatus.Interest && ChoiceVerbs.Contains(s.Lower(statusTrigger.First)))
        {
            // ("over the F-16 from the United States and the Rafale": what is coordinated with a weapon passed over is passed over too.)
            var passedOver = new List<WeaponMention>();
            foreach (var w in weapons)
            {
                if (PassedOver(s, w.First) || passedOver.Count > 0 && CoordinatedAfter(s, passedOver[^1], w))
                {
                    passedOver.Add(w);
                }
            }

            weapons = weapons.Where(w => !passedOver.Contains(w)).ToList();
            // ("selected the Gripen from Sweden over the F-16 from the United States": nor is the seller of what it passes over.)
            roles.From.RemoveAll(p => passedOver.Exists(w => p.First >= w.End && p.First - w.End <= 2));
        }

        // "The first Patriot battery arrived in May, alongside radars supplied by Norway": what arrives is the subject, not
        // weapons named past a comma.
        if (role == TriggerRole.Arrival && !statusTrigger.Entry.IsNoun && weapons.Count > 0 && CommaBetween(s, last, weapons[0].First) &&
            s.Weapons.LastOrDefault(w => w.End <= first && first - w.End <= 2 && w.First >= clauseStart && !IsExcluded(s, w) && !IsCarrier(s, w, last)) is { } arriving)
        {
            weapons = [arriving];
            weaponFrom = "subject";
        }

        // "the Rafale fighters it is buying from France": the object stands before its relative clause.
        var pronoun = TokenRun.First(s, Math.Max(clauseStart, first - 4), Math.Max(0, first - Math.Max(clauseStart, first - 4)), static (s, k) => s.Lower(k) is "it" or "they", -1);
        if (pronoun > 0 && s.Weapons.FirstOrDefault(w => w.End == pronoun) is { } fronted)
        {
            weapons = [fronted];
            weaponFrom = "object before its relative clause";
        }
        if (weapons.Count == 0)
        {
            // Only a weapon just before the trigger is its subject ("the Piorun had already been sold", "S-400 equipment began arriving").
            weapons = WeaponJustBefore(s, clauseStart, first);
            weaponFrom = "subject";
        }

        // ("ordered 24 Rafales and delivered six in 2016": a bare count after the verb counts this step, not the weapon's.)
        if (weapons.Count == 1 && weapons[0].End <= first && CountAfterTheVerb(s, last) is var countAt and >= 0)
        {
            weapons = [weapons[0] with { Quantity = NumberWords.Parse(s.Lower(countAt)) }];
        }

        // (Only a transitive step between commas: in "The first eight, in the Su-30K version, reached the IAF" the verb is the main one.)
        string? participleOwner = null;
        // ("Egypt flies French-built Rafales, bought in 2015.": a participle may close the sentence too.)
        if (weapons.Count == 0 && first >= 2 && s.Lower(first - 1) == "," && !statusTrigger.Entry.IsNoun && IsPastParticiple(s.Lower(first)) && s.Lower(first) is not ("built" or "made") &&
            statusTrigger.Entry.Role is TriggerRole.Giver or TriggerRole.Taker &&
            (Enumerable.Range(last, Math.Max(0, Math.Min(s.Tokens.Count, last + 18) - last)).Any(k => s.Lower(k) == ",") || ClosesTheSentence(s, last)) &&
            s.Weapons.LastOrDefault(w => w.End <= first - 1 && w.End >= first - 2 && !IsExcluded(s, w)) is { } described &&
            !InARelativeClause(s, described.First))
        {
            // "Nigeria's 12 Super Tucanos, delivered in 2021, were ...": a participle between commas tells a step of the weapon before it.
            weapons = [described];
            weaponFrom = "the weapon the participle describes";
            participleOwner = OwnerBefore(s, described); // ("Ukraine's Bradleys, sent by the US in 2023, will be repaired in Poland")
            passive = true; // "delivered in 2021" is "which were delivered in 2021"
            // (The participle's clause ends at its closing comma: "..., bought in 2022, will be based" is no plan.)
            var closing = TokenRun.First(s, last, Math.Max(0, clauseEnd - last), static (s, k) => s.Lower(k) == ",", -1);
            if (closing > 0)
            {
                clauseEnd = closing;
            }
        }

        if (weapons.Count == 0 && OnOrderAfterWith(s, first) is { } withAt && s.Weapons.LastOrDefault(w => w.End <= withAt && !IsExcluded(s, w)) is { } owned &&
            Enumerable.Range(withAt + 1, first - withAt - 1).All(k => s.Lower(k) is "a" or "an" or "another" or "further" or "more" || NumberWords.Parse(s.Lower(k)) is not null || IsOrdinal(s.Lower(k))))
        {
            // "operates four Type 209 submarines, with a fifth on order": one more of the weapon just named is bought
            // ("with an upgrade on order" buys no weapon).
            var more = Enumerable.Range(withAt + 1, first - withAt - 1).Select(k => NumberWords.Parse(s.Lower(k))).FirstOrDefault(n => n is > 0 and < 1000);
            weapons = [owned with { Quantity = more ?? (OrdinalFollows(s, withAt + 1) ? 1 : null) }];
            weaponFrom = "the weapon named before 'with'";
        }

        if (weapons.Count == 0 && clauseStart > 0 && s.Lower(clauseStart) is "which" or "that")
        {
            // "the Pantsir-S1, which Serbia received in 2020": the relative pronoun stands for the weapon before it.
            var reach = clauseStart >= 2 && s.Lower(clauseStart - 1) == "of" ? 5 : 1; // "howitzers, the first of which"
            weapons = LastWeaponEndingWithin(s, clauseStart, reach);
            weaponFrom = "antecedent of the relative clause";
        }

        if (weapons.Count == 0 && (passive || role == TriggerRole.Arrival))
        {
            // "The TB2, which ..., has been exported to": the sentence's subject, past a relative clause.
            // ("the lead ship, BRP Jose Rizal, arrived": a name in apposition just before the verb is the subject too.)
            weapons = SentenceSubjectWeapon(s, first);
            weaponFrom = "sentence subject";
        }

        if (weapons.Count == 0 && statusTrigger.Entry.IsNoun && ContractNouns.Contains(s.Lower(statusTrigger.End - 1)) &&
            TokenRun.Any(s, statusTrigger.End, Math.Min(8, s.Tokens.Count - statusTrigger.End), static (s, k) => SigningVerbs.Contains(s.Lower(k))) &&
            s.Weapons.FirstOrDefault(w => w.End <= first && !IsExcluded(s, w) && !w.Anaphoric) is { } opening && opening.First - AfterDateline(s) <= 8 &&
            !s.Parties.Any(p => p.First >= AfterDateline(s) && p.First < opening.First) && !s.Triggers.Any(t => t.First < opening.First) &&
            !TokenRun.Any(s, opening.End, Math.Max(0, first - opening.End), static (s, k) => WorkOnWeapons.Contains(s.Lower(k))))
        {
            // "Twenty-four F-16s from Denmark will join Argentina's air force under a contract signed on Tuesday": the weapon
            // the sentence opens with is what the signed contract buys.
            weapons = [opening];
            weaponFrom = OpeningWeapon;
        }

        if (weapons.Count == 0 && statusTrigger.Entry.IsNoun && ListedContents(s, last) is { Count: > 0 } listed)
        {
            // "a new aid package for Ukraine that includes 40 Bradleys and 20 HIMARS": the deal's contents, past its relative clause.
            weapons = listed;
            weaponFrom = "listed in the package";
        }

        if (weapons.Count == 0 && status is TransferStatus.Suspension or TransferStatus.Refusal && ArmsInGeneral(s, chain, statusTrigger, clauseEnd) is { } trade)
        {
            // "froze arms exports to Riyadh", "exports to both have been suspended": a halt of the whole trade, no system named.
            weapons = [trade];
            weaponFrom = "arms in general";

            // "Exports to Oman and Algeria, which refused the clause, have been frozen": the trade's destinations are the buyers.
            if (trade.First < first && trade.End < s.Tokens.Count && s.Lower(trade.End) == "to")
            {
                var destinations = s.Parties.Where(p => p.First > trade.End && p.First < first && !p.ModifiesWeapon &&
                                                        !TokenRun.Any(s, trade.End, p.First - trade.End, static (s, k) => s.Lower(k) is "," or "which" or "who")).ToList();
                if (destinations.Count > 0)
                {
                    roles.To.Clear();
                    roles.To.AddRange(destinations);
                    roles.Subject.RemoveAll(destinations.Contains);
                }
            }
        }

        var excludedInClause = ExcludedWeaponIn(s, clauseStart, clauseEnd);
        // "it", "they": the weapon named last; "the deal", "the sale": the transfer found last. (Read once: both the test
        // below and its body need it whenever the clause names no weapon of its own.)
        var reference = weapons.Count == 0 && !excludedInClause ? RefersBack(s, clauseStart, clauseEnd, head) : Reference.None;
        // ("Germany, a partner in the programme, blocked the export in 2018": a refused export is the deal told before.)
        if (reference == Reference.None && weapons.Count == 0 && status == TransferStatus.Refusal && last + 1 < s.Tokens.Count &&
            s.Lower(last) is "the" or "this" or "that" && s.Lower(last + 1) is "export" or "exports" or "transfer" or "re-export")
        {
            reference = Reference.Deal;
        }
        // ("bought Z-9s from China in 2015 and received them in 2016": "them" right after the step, its weapons named before it.)
        if (weapons.Count == 0 && !excludedInClause && (!TokenSpans.StartsIn(s.Weapons, clauseStart, clauseEnd) || chain.Any(t => t.Entry.IsNoun) || reference == Reference.Deal ||
                                                        last < s.Tokens.Count && (s.Lower(last) is "them" or "it" || CountRightAfterTheVerb(s, last) || PartRightAfterTheVerb(s, last)) &&
                                                        !TokenSpans.StartsIn(s.Weapons, first, clauseEnd)))
        {
            // A deal named by a noun takes "it"/"they" only from before it ("its delivery"), not from a later clause.
            var nounOnly = chain.All(t => t.Entry.IsNoun || t.Entry.Status is null);
            // ("signed a contract worth $2bn for it": "for it" is the deal's object.)
            var dealForIt = TokenRun.Any(s, last, Math.Max(0, Math.Min(clauseEnd, last + 9) - last), static (s, k) => s.Lower(k) == "for" && k + 1 < s.Tokens.Count && s.Lower(k + 1) is "it" or "them");
            // ("Delivery of the second batch began in 2024": units of the deal right after the noun are what it delivers.)
            var unitsOfTheNoun = chain[0].End + 3 < s.Tokens.Count && s.Lower(chain[0].End) == "of" && s.Lower(chain[0].End + 1) == "the" &&
                                 RefersBack(s, chain[0].End + 2, chain[0].End + 4, head) == Reference.Pronoun;
            if (reference == Reference.Pronoun && nounOnly && !dealForIt && !unitsOfTheNoun && RefersBack(s, clauseStart, first, head) != Reference.Pronoun &&
                !s.Weapons.Any(w => w.Anaphoric && w.First >= first && w.First < clauseEnd) && !ForACount(s, first, clauseEnd) &&
                !TokenRun.Any(s, clauseStart, Math.Max(0, first - clauseStart), static (s, k) => s.Lower(k) is "its" or "their"))
            {
                reference = RefersBack(s, first, clauseEnd, head) == Reference.Deal ? Reference.Deal : Reference.None;
            }

            var antecedent = reference switch
            {
                Reference.Pronoun when SpeaksOfCountedUnits(s, clauseStart, clauseEnd) => RecallCountedDeal(roles, focus),
                Reference.Pronoun => focus.Weapon,
                Reference.Deal => RecallDeal(roles, focus),
                _ => null,
            };
            // "The deal was worth $500m" restates a deal; only a verb ("the deal was cancelled") adds a fact to it.
            // "The contract was signed in November 2021" dates the order of the deal in focus: a fact, when the story told another step last.
            var datesTheOrder = status == TransferStatus.Order && focus.LastTransfer is { Status: not TransferStatus.Order } &&
                                chain.Any(t => SigningVerbs.Contains(s.Lower(t.First))) &&
                                DateOf(s, clauseStart, clauseEnd, head) is { IsFuture: false };
            // ("put the deal on hold", "the cancellation of the contract": a halt named by a noun is a fact about the deal.)
            var haltsIt = chain.Any(t => t.Entry.Status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal);
            if (reference == Reference.Deal && !IsOption(s, chain) && !datesTheOrder && !haltsIt && chain.All(t => t.Entry.IsNoun || (t.Entry.Status is null && s.Lower(t.First) is not ("began" or "begun" or "started" or "completed" or "commenced" or "begin" or "begins" or "start" or "starts" or "resume" or "resumed" or "resumes"))) &&
                !(DateOf(s, clauseStart, clauseEnd, head) is not null && ModalityOf(s, clauseStart, clauseEnd, chain, status).Item1 != Modality.Actual) &&
                !(status == TransferStatus.Delivery && DateOf(s, clauseStart, clauseEnd, head) is { IsFuture: true })) // "Their delivery has been delayed to 2024": a schedule
            {
                // "The deal was worth $5.43 billion": the value belongs to the transfer just told; merging attaches it.
                if (focus.LastTransfer is { Value: null } told && told.Status == status && ValueOf(s, clauseStart, clauseEnd, told.Status) is { } worth)
                {
                    built.Add(told with
                    {
                        Value = worth.Value,
                        When = null,
                        Quantity = null,
                        SentenceIndex = sentenceIndex,
                        NominalOnly = true,
                        Explanation = told.Explanation with { ValueFrom = s.Text[worth.StartChar..worth.EndChar] },
                    });
                }

                antecedent = null;
            }

            // "delivered the first of four radars ..., under a contract": a sentence that names only weapons of another
            // kind is about those, not about the weapon told before.
            if (antecedent is not null && s.Weapons.Where(w => !IsExcluded(s, w)).ToList() is { Count: > 0 } named &&
                named.All(w => !w.Anaphoric && !(w.IsGeneric && w.Definite && w.Quantity is null) && !Resolution.CandidateMerger.SameKind(w.Category, antecedent.Category)))
            {
                antecedent = null;
            }

            // "has offered a package of support and training": services, not the weapon told before.
            if (antecedent is not null && TokenRun.Any(s, last, Math.Max(0, Math.Min(clauseEnd, s.Tokens.Count - 2) - last), static (s, k) =>
                    s.Lower(k) is "package" or "packages" && s.Lower(k + 1) == "of" && (UpkeepWords.Contains(s.Lower(k + 2)) || ServesAPlatform.Contains(s.Lower(k + 2)))))
            {
                antecedent = null;
            }

            if (antecedent is not null)
            {
                // "Three have arrived", "the remaining two are due": the count is this step's, not the deal's.
                var count = Enumerable.Range(clauseStart, Math.Max(0, first - clauseStart)).Where(k => CountOnly(s, k)).Select(k => NumberWords.Parse(s.Lower(k)))
                    .FirstOrDefault(n => n is > 0 and < 1000); // ("In 2023, two were delivered": a year or a sum is no count)
                if (count is null && Enumerable.Range(last, Math.Max(0, clauseEnd - last)).FirstOrDefault(k => CountedSubjectAt(s, clauseStart, k), -1) is var counted and >= 0)
                {
                    count = NumberWords.Parse(s.Lower(counted + 1)); // "received the first two"
                }

                if (count is null && CountAfterTheVerb(s, last) is var bareCount and >= 0)
                {
                    count = NumberWords.Parse(s.Lower(bareCount)); // "has given 14 of them to Kyiv", "sent four more", "another four"
                }

                if (count is null && PartRightAfterTheVerb(s, last) && s.Lower(last + 1) == "first" && s.Lower(last + 2) == "of")
                {
                    count = 1; // "received the first of them"
                }

                var recalledWeapon = antecedent;
                antecedent = antecedent with { Quantity = count };
                weapons = [antecedent];
                weaponFrom = "earlier mention";
                // "Iraq signed a package of Mi-28s and Pantsirs ... the package was cancelled": a halt of the whole deal halts
                // every system the sentence bought in it.
                if (reference == Reference.Deal && haltsIt && count is null && status is TransferStatus.Suspension or TransferStatus.Cancellation &&
                    focus.Deals.LastOrDefault(d => ReferenceEquals(d.Weapon, recalledWeapon)) is { Status: TransferStatus.Order } recalledDeal)
                {
                    weapons.AddRange(focus.SameDealSystems(recalledDeal).Select(w => w with { Quantity = null }));
                }
            }
        }

        // "28 Typhoons, the fighters ...": a kind named after a system of that kind is that system, unless another step of
        // another party comes between ("Germany pledged Marders and France promised armoured vehicles") without "also"
        // ("Denmark promised 19 F-16s and Norway has also pledged jets").
        var also = first >= 1 && (s.Lower(first - 1) == "also" || (first >= 2 && s.Lower(first - 2) == "also"));
        weapons = AsNamedSystems(s, weapons, also);
        var resolvedFromFocus = ResolvedFromFocus(weapons, focus);
        weapons = ResolveAnaphoricEach(s, weapons, focus);
        if (weapons.Count == 0)
        {
            // "announced a new weapons package for Ukraine", "will send Kyiv a new aid package": the next sentence may list what it includes.
            if (s.Lower(statusTrigger.First) == "package" || chain.Any(t => s.Lower(t.End - 1) is "package" or "packages"))
            {
                var (givers, giverFrom, takers, takerFrom) = AssignParties(roles, role, passive, null, focus, false);
                if (givers.Count == 1 && takers.Count == 1 && givers[0] != takers[0])
                {
                    var (m, mCue) = ModalityOf(s, clauseStart, clauseEnd, chain, status);
                    focus.PendingPackage = new Candidate(givers[0], takers[0], null, WeaponCategory.Other, status, m, null, null, null, sentenceIndex, s.IsHeadline, true,
                        new Explanation(TextOf(s, statusTrigger), giverFrom, takerFrom, "",
                            $"'{TextOf(s, statusTrigger)}'", mCue, null, null));
                }
            }

            return built;
        }

        // "Five of the jets will go to the Dutch air force": "go to" is a delivery only with a party after "to" and a weapon, not
        // money, going ("half the budget will go to buying tanks", "revenue from the sale will go to Norway's fund").
        if (statusTrigger.Entry.Role == TriggerRole.Arrival && s.Lower(statusTrigger.First) is "go" or "goes" or "went" &&
            (!s.Parties.Any(p => !p.Possessive && (p.First == statusTrigger.End || s.Lower(statusTrigger.End) == "the" && p.First > statusTrigger.End && p.First - statusTrigger.End <= 2)) ||
             TokenRun.Any(s, clauseStart, Math.Max(0, first - clauseStart), static (s, k) => MoneyGivenNouns.Contains(s.Lower(k)) || s.Lower(k) is "budget" or "revenue" or "revenues" or "proceeds" or "money" or "profits" or "savings")))
        {
            return built;
        }

        // "reaches a top speed of 28 knots": "reach" is an arrival only when a place, a party, follows it.
        if (statusTrigger.Entry.Role == TriggerRole.Arrival && s.Lower(statusTrigger.First) is "reach" or "reaches" or "reached" &&
            !s.Parties.Any(p => p.First >= statusTrigger.End && p.First - statusTrigger.End <= 2) &&
            !(statusTrigger.End < s.Tokens.Count && char.IsUpper(s.Text[s.Tokens[statusTrigger.End].Start]) && ReachesAPlace(s, clauseStart, statusTrigger))) // "reached Valparaiso": a port
        {
            return built;
        }

        // "The Typhoons will give Qatar an edge": a weapon as the subject of an active giving verb is no transfer.
        // ("The jets will give the navy one of the region's strongest fleets": also when a kind named later is taken for the weapon.)
        if ((weaponFrom == "subject" || (s.Lower(statusTrigger.First) is "give" or "gives" or "gave" or "giving" && s.Weapons.Any(w => w.First >= clauseStart && w.End <= first && OpensClause(s, clauseStart, w.First)))) &&
            !passive && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun && roles.Subject.Count == 0 && !roles.PronounSubject)
        {
            return built;
        }

        // ("Malaysia will upgrade the Su-30s it received from Russia in 2007": the relative clause is the step; the main verb's
        // "will" is not its modality.)
        var (modality, modalityCue) = weaponFrom == "object before its relative clause" && pronoun > clauseStart ? ModalityOf(s, pronoun, clauseEnd, chain, status)
            : participleAfterAnObject ? ModalityOf(s, statusTrigger.First, clauseEnd, chain, status)
            : IsReducedRelative(s, chain) && statusTrigger.Entry.Role is TriggerRole.Giver or TriggerRole.Taker
                ? ModalityOf(s, statusTrigger.First, PredicateAfter(s, statusTrigger.End, clauseEnd), chain, status) // "the tanks delivered in 2005 will be upgraded"
            : ModalityOf(s, clauseStart, clauseEnd, chain, status);
        if (weaponFrom == OpeningWeapon && modality == Modality.Planned)
        {
            (modality, modalityCue) = (Modality.Actual, "stated as fact (a contract signed)"); // "will join ... under a contract signed on Tuesday"
        }

        if (interestFromIntent && modality == Modality.Planned)
        {
            (modality, modalityCue) = (Modality.Actual, "an intention stated as fact");
        }

        // ("signed a memorandum of understanding covering the possible purchase of S-400s": the memorandum is signed.)
        if ((purposeOfAnIntent || status == TransferStatus.Interest && chain.Exists(t => t.Entry.IsNoun && t.Entry.Status == TransferStatus.Interest)) &&
            modality == Modality.Possible && modalityCue == "'possible'")
        {
            (modality, modalityCue) = (Modality.Actual, "a memorandum signed on a possible purchase");
        }

        if (sellersWish && modality == Modality.Actual)
        {
            (modality, modalityCue) = (Modality.Possible, $"'{s.Word(statusTrigger.First - 2)} to'");
        }

        // "Riyadh is considering buying the KAAN": considering is the interest itself, stated as fact.
        if (status == TransferStatus.Interest && modality == Modality.Possible && modalityCue is "'considering'" or "'consider'" or "'considers'" or "'considered'" &&
            chain.Any(t => t.Entry.Status == TransferStatus.Interest && s.Lower(t.First) is "considering" or "consider" or "considers" or "considered"))
        {
            (modality, modalityCue) = (Modality.Actual, "a consideration stated as fact");
        }

        // "Ankara hopes to buy 40 F-16s": the hope is the interest itself, stated as fact.
        if (status == TransferStatus.Interest && modality == Modality.Possible && modalityCue is "'hopes to'" or "'hope to'" or "'hoping to'" or "'hoped to'")
        {
            (modality, modalityCue) = (Modality.Actual, "a hope stated as fact");
        }
        // "Under the deal signed on Monday, the yard will build three frigates", "won a contract to supply drones":
        // deliveries still to come under a contract the sentence tells of are that contract, the order.
        var forFutureDeliveries = false;
        if (status == TransferStatus.Delivery && (modality != Modality.Actual || s.Lower(Math.Max(0, statusTrigger.First - 1)) == "to") && IsUnderContract(s, statusTrigger))
        {
            status = TransferStatus.Order;
            (modality, modalityCue) = (Modality.Actual, "stated as fact (a contract for future deliveries)");
            forFutureDeliveries = true;
        }
        else if (status == TransferStatus.Order && modality != Modality.Actual && IsUnderContract(s, statusTrigger) &&
                 (ContractSigned(s, statusTrigger) || s.Lower(statusTrigger.First) is "build" or "builds" or "building"))
        {
            // "Morocco will buy drones under a contract signed on Monday": the purchase is made; only deliveries are to come.
            // ("will build four corvettes under a contract": the yard's work is to come, the order is made.)
            (modality, modalityCue) = (Modality.Actual, "stated as fact (a contract signed)");
        }

        var date = DateOf(s, clauseStart, clauseEnd, head, chain);
        if (date is not null && IsReducedRelative(s, chain) && DateBelongsToMainVerb(s, chain, clauseStart, date))
        {
            date = null;
        }

        // ("Switzerland's Hornets, bought in the 1990s, are to be retired in 2032": a participle between commas has only the
        // dates between its commas.)
        if (date is not null && weaponFrom == "the weapon the participle describes" && clauseEnd < s.Tokens.Count &&
            (date.StartChar < s.Tokens[first].Start || date.StartChar >= s.Tokens[clauseEnd].Start))
        {
            date = null;
        }

        // "It bought Barak MX systems in 2022 and is negotiating for Akinci drones": a date before "and" and an auxiliary
        // belongs to the predicate before; "the helicopters it ordered from the US, the army said on Monday": the day of the
        // report is not the relative clause's.
        if (date is not null && (DateOfAnEarlierPredicate(s, date, first) || DateOfARelativeClauseAfter(s, date, last, status) ||
                                 weaponFrom is "object before its relative clause" or "antecedent of the relative clause" && DateOfTheReport(s, date, last)))
        {
            date = null;
        }

        // "Under the agreement, Seoul will supply 180 tanks by 2025": the order is made; the date after publication is
        // when the deliveries are due, a planned delivery of its own.
        DateMention? deliveriesDue = null;
        if (forFutureDeliveries && date is { IsFuture: true } && date.StartChar >= s.Tokens[statusTrigger.First].Start) // (not "under a contract to be signed in July")
        {
            (deliveriesDue, date) = (date, null);
        }

        var money = weapons.Count(w => !w.Anaphoric) <= 1 ? ValueOf(s, clauseStart, clauseEnd, status) ?? DealValueAfter(s, last, status) : null;
        if (money is not null && MoneyOfAnotherStep(s, money, chain, head))
        {
            money = null; // "Qatar, which had bought 24 Rafales for €6.3bn, exercised an option": the clause's price, not the option's
        }
        if (date is not null && date.IsFuture && modality == Modality.Actual)
        {
            modality = Modality.Planned;
            modalityCue = "date after publication";
        }

        if (modality == Modality.Possible && date is not null && (date.IsRange || (date.IsFuture && date.Date.Month is not null)) && !HasSubordinator(s, clauseStart, clauseEnd))
        {
            modality = Modality.Planned;
            modalityCue += " with a scheduled date";
        }

        // "could cancel the contract signed in July": the date of the signing is not the halt's.
        var signing = status is TransferStatus.Cancellation or TransferStatus.Suspension ? SignedContract(s, chain) : (-1, null);
        if (date is not null && signing.On is { } signedDate && signedDate.StartChar == date.StartChar)
        {
            date = null;
        }

        // "the corvettes that Turkey is building for Pakistan slid into the water on Sunday": a yard at work tells an order
        // of no day it names.
        if (s.Lower(statusTrigger.First) == "building" && statusTrigger.First > 0 && BeForms.Contains(s.Lower(statusTrigger.First - 1)) && date is not null && !NamesAContract(s, date))
        {
            date = null;
        }

        PartialDate? when = date?.Date;
        // ("has long sought to buy F-35s", "have for years wanted": a standing wish is no news of the day.)
        if (when is null && published is { } p && modality == Modality.Actual &&
            status is TransferStatus.Interest or TransferStatus.Offer or TransferStatus.Negotiation or TransferStatus.Refusal or TransferStatus.Suspension &&
            !TokenRun.Any(s, Math.Max(clauseStart, first - 3), Math.Min(3, first - clauseStart), static (s, k) => s.Lower(k) is "long" or "years" or "decades" or "repeatedly" or "originally" or "initially" or "previously" or "once" or "had"))
        {
            when = DayOfTheNews(focus, p); // a stance with no date of its own is dated by the report's news
        }

        // "an option on eight more", "options on up to 30 more jets": the option's own count, not the first order's.
        // (Counted after the option itself: in "an option for 33 more, in a deal worth $3bn" the chain runs on to "deal".)
        var optionEnd = IsOption(s, chain) ? chain.FindLast(t => s.Lower(t.End - 1) is "option" or "options")?.End ?? chain[^1].End : -1;
        int? optionCount = optionEnd >= 0 ? CountAfter(s, optionEnd) ?? (OrdinalFollows(s, optionEnd) ? 1 : null) : null;
        if (optionCount is not null)
        {
            weapons = weapons.Select(w => w with { Quantity = optionCount }).ToList();
        }

        // "two corvettes of the same design": the system of that kind the story named last.
        // (Of several such systems, the one made by a state the sentence names: "drones of the same type from Turkey".)
        // ("another 18 jets", "a follow-on order for 20 vehicles": more of the same, in an order or a delivery; a request for
        // "two more frigates" names a need, not the design.)
        weapons = AsTheSameDesign(s, weapons, focus, addsToAPurchase: status is TransferStatus.Order or TransferStatus.Delivery);

        // "The first of 12 Caesars ... was handed over": one of them, not all twelve ("the first two of 12": two).
        if (status == TransferStatus.Delivery && weaponFrom is "object" or "subject" or "sentence subject") // (not "the 13 jets it promised": the relative clause's own step)
        {
            // (Only weapons named in this sentence: one recalled from an earlier sentence has that sentence's positions.)
            weapons = weapons.Select(w => s.Weapons.Contains(w) && (FirstOfCount(s, w) ?? FirstOfWhich(s, w)) is { } handed ? w with { Quantity = handed > 0 ? handed : null } : w).ToList();
        }
        else if (status == TransferStatus.Delivery && weaponFrom == "antecedent of the relative clause")
        {
            weapons = weapons.Select(w => s.Weapons.Contains(w) && (FirstOfCount(s, w) ?? FirstOfWhich(s, w)) is { } handed ? w with { Quantity = handed > 0 ? handed : null } : w).ToList();
        }

        // "28 single-seat Gripen E and eight two-seat Gripen F": variants of one system, each counted, make one count.
        if (weapons.Count > 1)
        {
            weapons = SumVariantCounts(s, weapons);
        }

        string? inheritedOrigin = null;
        var another = false;
        foreach (var weapon in weapons)
        {
            // "other air defence systems, anti-tank munitions and ...": the list shares its first item's "other".
            // ("froze arms exports": the whole trade, never the one system the story names.)
            another = weapon.IsGeneric && (IsAnotherWeapon(s, weapon) || another || weaponFrom == "arms in general");
            // Coordinated weapons share the origin word of the first ("Russian-built air defence systems, anti-tank munitions and ...").
            var origin = OriginWordBefore(roles, weapon.First) ?? weapon.Origin ?? (weapon.IsGeneric ? inheritedOrigin : null);
            inheritedOrigin = origin;
            var (suppliers, supplierFrom, recipients, recipientFrom) = AssignParties(roles, role, passive, origin, focus, weaponFrom == "earlier mention" || resolvedFromFocus || HasDescriptiveSubject(s, clauseStart, first), weapon.Designation, sentenceIndex);
            PairSuppliersWithWeapons(s, roles, weapons, weapon, ref suppliers);
            if (participleOwner is not null && !suppliers.Contains(participleOwner))
            {
                (recipients, recipientFrom) = ([participleOwner], "owner of the weapon the participle describes");
            }

            if (bidding is { } bids)
            {
                (suppliers, supplierFrom, recipients, recipientFrom) = (bids.Bidders, "the bidders named", [bids.Tenderer], "the party choosing among the bidders");
            }

            if (recipients.Count == 0 && status == TransferStatus.Delivery && weaponFrom == "object" &&
                BuyerOfTheRelativeClause(s, weapon.End) is { } relativeBuyer && !suppliers.Contains(relativeBuyer))
            {
                (recipients, recipientFrom) = ([relativeBuyer], "the buyer of the relative clause after the weapon");
            }

            // "has received the two submarines it ordered from Germany": the seller of the clause on the weapon delivers it.
            if (suppliers.Count == 0 && status == TransferStatus.Delivery && weaponFrom == "object" &&
                SellerOfTheRelativeClause(s, weapon.End) is { } relativeSeller && !recipients.Contains(relativeSeller))
            {
                (suppliers, supplierFrom) = ([relativeSeller], "the seller of the relative clause after the weapon");
            }
            if (suppliers.Count == 0 && role == TriggerRole.Taker && !passive && clauseStart > 0 && s.Lower(clauseStart) is "which" or "who" &&
                s.Triggers.Any(t => t.End <= clauseStart && t.Entry.IsNoun && t.Entry.Status == TransferStatus.Order) && // the main clause tells of the deal ("won an order from")
                s.Parties.FirstOrDefault(p => p.End <= clauseStart && !p.Possessive && !IsObjectOfPreposition(s, p)) is { } mainSubject &&
                !recipients.Contains(mainSubject.Code) && recipients.Count > 0)
            {
                // "Turkish yards won an order from Pakistan, which agreed to buy four corvettes": the buyer's seller is the
                // main clause's subject.
                (suppliers, supplierFrom) = ([mainSubject.Code], "subject of the main clause");
            }

            if (status == TransferStatus.Refusal && supplierFrom == "'it'/'they' as the supplier in focus" && roles.Origin.Any(o => o.Code == origin) && origin is not null &&
                !suppliers.Contains(origin) && !recipients.Contains(origin))
            {
                // "it refused to let Poland pass Swedish-made shells on": the refuser is the state the weapon is made in.
                (suppliers, supplierFrom) = ([origin], "origin word before the weapon (the state that controls its export)");
            }

            if (suppliers.Count == 0 && status is TransferStatus.Suspension or TransferStatus.Refusal && focus.Supplier is { } exporter && !recipients.Contains(exporter) &&
                (passive && roles.By.Count == 0 || UnnamedGovernmentSubject(s, clauseStart, first)))
            {
                // "Sales to Bahrain were also halted", "the government froze exports to Jakarta": the exporter the story is about.
                (suppliers, supplierFrom) = ([exporter], "the exporter the story is about");
            }


            // "Argentina bought Danish F-16s ... the first jets are expected next year": the seller the story named for this
            // weapon and buyer, not the catalogue's maker.
            // ("Peru bought MiG-29s from Belarus ... The MiG-29s arrived": a weapon named again and delivered too; "is also
            // interested in new F-16s" after used ones is another deal.)
            if (supplierFrom == "catalogue origin of the weapon" && weapon.Designation is not null && (resolvedFromFocus || weaponFrom == "earlier mention" || status == TransferStatus.Delivery) &&
                focus.Told.LastOrDefault(t => t.System == weapon.Designation && recipients.Contains(t.Recipient) && !suppliers.Contains(t.Supplier) && t.Supplier.Length == 2 &&
                                              t.Status is TransferStatus.Order or TransferStatus.Delivery) is { } seller)
            {
                suppliers = [seller.Supplier];
                supplierFrom = "seller of the weapon told before";
            }

            // "a satellite from Airbus of France": a company followed by its state is that state.
            if (suppliers is [{ Length: > 2 } company] &&
                s.Parties.FirstOrDefault(p => p.Code == company && p.End + 1 < s.Tokens.Count && s.Lower(p.End) == "of") is { } firm &&
                s.Parties.FirstOrDefault(q => q.First == firm.End + 1 && q.Code.Length == 2) is { } home)
            {
                suppliers = [home.Code];
                supplierFrom += " (the company's state)";
            }

            // "Rome confirms Aster missiles reached Kyiv": a weapon of a multinational maker is sold by the one
            // state the sentence names before it besides the buyer ("..., Moscow said" after it is no seller).
            if (supplierFrom == "catalogue origin of the weapon" && suppliers is [{ Length: > 2 }] &&
                s.Parties.Where(p => p.Code.Length == 2 && !recipients.Contains(p.Code) && !p.ModifiesWeapon && p.End <= weapon.First).Select(p => p.Code).Distinct().ToList() is [var state])
            {
                suppliers = [state];
                supplierFrom = "the state named besides the buyer (the maker is multinational)";
            }
            var weaponMoney = money ?? OwnValue(s, weapons, weapon);

            // Several suppliers and several weapons ("Dassault and Thales will supply Rafales and radars"):
            // each weapon goes to the supplier that makes it; weapons with no known maker pair with no one. (Donors of a
            // weapon none of them makes, "the Netherlands, Denmark and Norway have pledged F-16s", all give it.)
            if (suppliers.Count > 1 && weapons.Count > 1 && !weapons.All(w => w.Origin is not null && !suppliers.Contains(w.Origin)))
            {
                suppliers = suppliers.Where(code => code == weapon.Origin).ToList();
            }
            // "sends a THAAD battery and 100 troops to Israel": a force deployed with its crews is no transfer.
            if (status == TransferStatus.Delivery && DeployedWithTroops(s, clauseStart, clauseEnd))
            {
                continue;
            }

            // "Scrapping the rest might save money, an analyst said": a sentence that names neither party nor a system, and
            // only muses about a step, adds nothing to the story's deal.
            if (weapon.IsGeneric && supplierFrom is "earlier transfer" or "the deal recalled" && recipientFrom is "earlier transfer" or "the deal recalled" && modality == Modality.Possible)
            {
                continue;
            }

            // "is sending more F-35s to the region": a force deployed to a place, not delivered to a state the story named before.
            if (recipientFrom == "earlier transfer" && status == TransferStatus.Delivery && SentToAPlace(s, first, clauseEnd))
            {
                continue;
            }

            foreach (var supplier in suppliers)
            {
                foreach (var recipient in recipients)
                {
                    if (supplier == recipient)
                    {
                        continue;
                    }

                    // "Denmark sold its F-16s to Argentina. Washington approved the transfer": a third state's approval of a
                    // re-export is no offer of its own.
                    if (status == TransferStatus.Offer && weapon.Designation is { } approvedSystem && (resolvedFromFocus || weaponFrom == "earlier mention") &&
                        chain.Exists(t => ApprovalVerbs.Contains(s.Lower(t.First))) &&
                        focus.Told.Exists(c => c.System == approvedSystem && c.Recipient == recipient && c.Supplier != supplier && c.Status is TransferStatus.Order or TransferStatus.Delivery))
                    {
                        continue;
                    }

                    // "MiG-29 fighters rejected by Algeria": a buyer turning back its maker's weapons cancels the deal; only a seller refuses.
                    var (giver, taker, halt) = status == TransferStatus.Refusal && weapon.Origin is { } maker && recipient == maker && supplier != maker
                        ? (recipient, supplier, TransferStatus.Cancellation)
                        : (supplier, recipient, status);

                    // "received six MiG-29s from Russia in 2017 and four from Belarus in 2019": a gapped step keeps its count and date.
                    var gap = suppliers.Count > 1 ? GappedStep(s, supplier, "from", first) : recipients.Count > 1 ? GappedStep(s, recipient, "to", first) : default;
                    // ("ordered 24 Rafales in 2015 and 12 Rafales in 2017": one system named twice, each with its own date.)
                    if (gap.Count is null && weapon.Quantity is { } ownCount && OwnDateOfARepeatedName(s, weapons, weapon) is { } ownDate)
                    {
                        gap = (ownCount, ownDate);
                    }

                    focus.Supplier = supplier;
                    focus.Recipient = recipient;
                    focus.TransferWeapon = weapon;
                    focus.Deals.Add(new DocumentFocus.Deal(supplier, recipient, weapon, status, sentenceIndex));
                    var trigger = TriggerText(s, chain);
                    var candidate = new Candidate(
                        giver,
                        taker,
                        weapon.Designation,
                        weapon.Category,
                        halt,
                        modality,
                        gap.Count is null ? when : gap.Date?.Date,
                        gap.Count ?? weapon.Quantity,
                        gap.Count is null ? weaponMoney?.Value : null,
                        sentenceIndex,
                        s.IsHeadline,
                        (chain.All(t => t.Entry.IsNoun || t.Entry.Status is null) || NamesADealToDoIt(s, chain)) && optionCount is null, // an option is a fact of its own, not a restatement
                        new Explanation(
                            trigger,
                            halt == status ? supplierFrom : "maker of the weapon its buyer turned back",
                            halt == status ? recipientFrom : supplierFrom,
                            $"{Describe(weapon)} ({weaponFrom})",
                            $"'{TextOf(s, statusTrigger)}'",
                            modalityCue,
                            (gap.Count is null ? date : gap.Date) is { } dated ? s.Text[dated.StartChar..dated.EndChar] : null,
                            gap.Count is null && weaponMoney is not null ? s.Text[weaponMoney.StartChar..weaponMoney.EndChar] : null))
                    {
                        AnotherWeapon = another,
                    };
                    built.Add(candidate);
                    if (deliveriesDue is not null)
                    {
                        built.Add(candidate with
                        {
                            Status = TransferStatus.Delivery,
                            Modality = Modality.Planned,
                            When = deliveriesDue.Date,
                            Value = null,
                            Explanation = candidate.Explanation with
                            {
                                StatusCue = $"'{TextOf(s, statusTrigger)}' (deliveries due under the contract)",
                                ModalityCue = "date after publication",
                                DateFrom = s.Text[deliveriesDue.StartChar..deliveriesDue.EndChar],
                            },
                        });
                    }

                    // "the cancellation of a contract for two radars, signed in 2009": the halted contract's signing is its order.
                    if (signing is var (signedAt, signedOn) && signedAt >= 0)
                    {
                        built.Add(candidate with
                        {
                            Status = TransferStatus.Order,
                            Modality = Modality.Actual,
                            When = signedOn?.Date,
                            Value = money?.Value,
                            Explanation = candidate.Explanation with
                            {
                                Trigger = s.Word(signedAt),
                                StatusCue = $"'{s.Word(signedAt)}' (the halted contract's signing)",
                                ModalityCue = "stated as fact",
                                DateFrom = signedOn is null ? null : s.Text[signedOn.StartChar..signedOn.EndChar],
                            },
                        });
                    }

                    // "the third customer for the system after the Emirates and Saudi Arabia": those bought it before.
                    if (recipient == recipients[0])
                    {
                        foreach (var earlierBuyer in EarlierCustomers(s, statusTrigger, clauseEnd))
                        {
                            if (earlierBuyer.Code != supplier && earlierBuyer.Code != recipient)
                            {
                                built.Add(candidate with
                                {
                                    Recipient = earlierBuyer.Code,
                                    When = null,
                                    Quantity = null,
                                    Value = null,
                                    Modality = Modality.Actual,
                                    Explanation = candidate.Explanation with { RecipientFrom = "an earlier customer after 'after'", DateFrom = null, ValueFrom = null },
                                });
                            }
                        }
                    }

                    // "ordered the first three in 2011 and four more in 2015": each further date of the clause is a step of its own.
                    foreach (var (later, count) in LaterSteps(s, date, clauseEnd))
                    {
                        built.Add(candidate with
                        {
                            When = later.Date,
                            Quantity = count,
                            Value = null,
                            Explanation = candidate.Explanation with { DateFrom = s.Text[later.StartChar..later.EndChar], ValueFrom = null },
                        });
                    }
                }
            }
        }

        return built;
    }

    // The subjects and antecedents a chain falls back on: the last weapon that fits, as a list of one (or none).

    /// <summary>"the Piorun had already been sold": a weapon of the clause ending at most four tokens before the trigger, no comma between, not excluded.</summary>
    private static List<WeaponMention> WeaponJustBefore(AnalyzedSentence s, int clauseStart, int first)
    {
        for (var i = s.Weapons.Count - 1; i >= 0; i--)
        {
            var w = s.Weapons[i];
            if (w.First >= clauseStart && w.End <= first && first - w.End <= 4 && !CommaBetween(s, w.End, first) && !IsExcluded(s, w))
            {
                return WithCoordinatedBefore(s, clauseStart, i);
            }
        }

        return [];
    }

    /// <summary>"The first 10 K2s and 24 K9s are to be delivered": the weapon at <paramref name="index"/> with those listed before it
    /// ("A, B and C"), joined by "and"/"or" (commas further back), over counts and articles only.</summary>
    private static List<WeaponMention> WithCoordinatedBefore(AnalyzedSentence s, int clauseStart, int index)
    {
        var list = new List<WeaponMention> { s.Weapons[index] };
        for (var i = index - 1; i >= 0; i--)
        {
            var before = s.Weapons[i];
            var after = list[0];
            if (before.First < clauseStart || before.End > after.First || after.First - before.End > 4 || IsExcluded(s, before) ||
                !TokenRun.All(s, before.End, after.First - before.End, (s, k) => s.Lower(k) is "and" or "or" or "," or "the" or "a" or "an" || NumberWords.Parse(s.Lower(k)) is not null ||
                                                                               k == before.End && s.Lower(k) == "s") || // ("K2s": the plural mark of a designation is a token of its own)
                list.Count == 1 && !TokenRun.Any(s, before.End, after.First - before.End, static (s, k) => s.Lower(k) is "and" or "or"))
            {
                break;
            }

            list.Insert(0, before);
        }

        return list;
    }

    /// <summary>"the Pantsir-S1, which ...": a weapon ending at most <paramref name="reach"/> tokens before the relative pronoun at <paramref name="clauseStart"/>.</summary>
    private static List<WeaponMention> LastWeaponEndingWithin(AnalyzedSentence s, int clauseStart, int reach)
    {
        for (var i = s.Weapons.Count - 1; i >= 0; i--)
        {
            var w = s.Weapons[i];
            if (w.End <= clauseStart && clauseStart - w.End <= reach)
            {
                return [w];
            }
        }

        return [];
    }

    /// <summary>"The TB2, which ..., has been exported to": the sentence's subject past a relative clause (or a name in apposition just before the verb).</summary>
    private static List<WeaponMention> SentenceSubjectWeapon(AnalyzedSentence s, int first)
    {
        for (var i = s.Weapons.Count - 1; i >= 0; i--)
        {
            var w = s.Weapons[i];
            if (w.End <= first && !IsExcluded(s, w) && (w.First <= 2 || CommasBetween(s, w.End, first) % 2 == 0 || (w.End == first - 1 && s.Lower(w.End) == ",")))
            {
                return [w];
            }
        }

        return [];
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

    /// <summary>"its only Buk battery", "second-hand F-16s", "surplus tanks": a weapon of tokens [from, to) its owner hands on.</summary>
    private static bool OwnersWeaponIn(AnalyzedSentence s, int from, int to)
    {
        foreach (var w in s.Weapons)
        {
            if (w.First >= from && w.First < to &&
                TokenRun.Any(s, Math.Max(0, w.First - 3), Math.Min(3, w.First), static (s, k) => s.Lower(k) is "used" or "surplus" or "own" or "only" || (s.Lower(k) == "hand" && k > 0 && s.Lower(k - 1) == "second")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The chain's object: the weapons from token <paramref name="first"/> to the clause's end, less those excluded and the carriers of a giving or arriving step.</summary>
    private static List<WeaponMention> WeaponsFrom(AnalyzedSentence s, int first, int clauseEnd, TriggerRole role, int last)
    {
        var weapons = new List<WeaponMention>();
        foreach (var w in s.Weapons)
        {
            if (w.First >= first && w.First < clauseEnd && !IsExcluded(s, w) && !(role is TriggerRole.Arrival or TriggerRole.Giver && IsCarrier(s, w, last)))
            {
                weapons.Add(w);
            }
        }

        return weapons;
    }

    /// <summary>Whether a weapon named as an exception (<see cref="IsExcluded"/>) starts in the clause [clauseStart, clauseEnd).</summary>
    private static bool ExcludedWeaponIn(AnalyzedSentence s, int clauseStart, int clauseEnd)
    {
        foreach (var w in s.Weapons)
        {
            if (w.First >= clauseStart && w.First < clauseEnd && IsExcluded(s, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="AsNamedSystem"/> of each weapon, in a new list.</summary>
    private static List<WeaponMention> AsNamedSystems(AnalyzedSentence s, List<WeaponMention> weapons, bool also)
    {
        var named = new List<WeaponMention>(weapons.Count);
        foreach (var w in weapons)
        {
            named.Add(AsNamedSystem(s, w, also));
        }

        return named;
    }

    /// <summary>
    /// "28 Typhoons, the fighters ...": a kind named after a system of that kind is that system, unless another step of
    /// another party comes between without "also" (see the caller).
    /// </summary>
    private static WeaponMention AsNamedSystem(AnalyzedSentence s, WeaponMention w, bool also) =>
        w.IsGeneric && !w.Anaphoric ? AsNamedSystemOfKind(s, w, also) : w; // (a named system or a bare "system" stays itself: no closures for them)

    /// <summary><see cref="AsNamedSystem"/> of a kind of weapon ("the fighters"): the system of that kind named before it, if any.</summary>
    private static WeaponMention AsNamedSystemOfKind(AnalyzedSentence s, WeaponMention w, bool also) =>
        s.Weapons.LastOrDefault(n => n.Designation is not null && n.End <= w.First && n.Category == w.Category) is { } named &&
        // ("... their own move to the F-35, and that none of the jets sold to Argentina": another clause's kind is the story's.)
        !TokenRun.Any(s, named.End, w.First - named.End, static (s, k) => s.Lower(k) is "that" or ";") &&
        (also && w.Quantity is null && !s.Parties.Any(p => p.End <= named.First && p.Code == named.Origin) || !s.Parties.Any(p => p.First >= named.End && p.End <= w.First && !p.ModifiesWeapon && s.Triggers.Any(t => t.First >= p.End && t.End <= w.First && t.Entry.Status is not null)))
            ? named with { First = w.First, End = w.End, Quantity = w.Quantity }
            : w;

    /// <summary>Whether a weapon stands for one told before: a bare "system", or a kind with "the" whose system the story named.</summary>
    private static bool ResolvedFromFocus(List<WeaponMention> weapons, DocumentFocus focus)
    {
        foreach (var w in weapons)
        {
            if (w.Anaphoric || (w.IsGeneric && w.Definite && focus.LastNamed(w.Category, aircraftKind: w.Kind) is not null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="ResolveAnaphoric(AnalyzedSentence, WeaponMention, DocumentFocus)"/> of each weapon, those it resolves to nothing left out, in a new list.</summary>
    private static List<WeaponMention> ResolveAnaphoricEach(AnalyzedSentence s, List<WeaponMention> weapons, DocumentFocus focus)
    {
        var resolved = new List<WeaponMention>(weapons.Count);
        foreach (var w in weapons)
        {
            if (ResolveAnaphoric(s, w, focus) is { } r)
            {
                resolved.Add(r);
            }
        }

        return resolved;
    }

    /// <summary>
    /// "two corvettes of the same design": the system of that kind the story named last. (Of several such systems, the one
    /// made by a state the sentence names: "drones of the same type from Turkey".) Each weapon, in a new list.
    /// </summary>
    private static List<WeaponMention> AsTheSameDesign(AnalyzedSentence s, List<WeaponMention> weapons, DocumentFocus focus, bool addsToAPurchase)
    {
        var result = new List<WeaponMention>(weapons.Count);
        foreach (var w in weapons)
        {
            // ("took its first two MH-60Rs, to replace its Sea Kings. Three more helicopters will follow": more of what was traded.)
            var same = w.IsGeneric && OfTheSameDesign(s, w.End) ? SameDesignNamed(s, w, focus)
                : w.IsGeneric && addsToAPurchase && MoreOfTheSame(s, w) && !weapons.Exists(o => !o.IsGeneric && o.Category == w.Category) ? TradedOfTheKind(s, w, focus)
                : null;
            result.Add(same is not null ? w with { Designation = same.Designation, Origin = same.Origin } : w);
        }

        return result;
    }

    /// <summary>
    /// The system of <paramref name="w"/>'s kind the story last told an order or a delivery of, when the sentence names no
    /// state outside that transfer ("Morocco ordered another 50 tanks" is not more of Ukraine's Leopards).
    /// </summary>
    private static WeaponMention? TradedOfTheKind(AnalyzedSentence s, WeaponMention w, DocumentFocus focus) =>
        focus.Told.LastOrDefault(c => c.Category == w.Category && c.System is not null && c.Status is TransferStatus.Order or TransferStatus.Delivery) is { } told &&
        focus.Named.LastOrDefault(n => n.Designation == told.System) is { } named &&
        !s.Parties.Any(p => p.Code.Length == 2 && p.Code != told.Supplier && p.Code != told.Recipient && !p.ModifiesWeapon)
            ? named
            : null;

    private static WeaponMention? SameDesignNamed(AnalyzedSentence s, WeaponMention w, DocumentFocus focus) =>
        focus.Named.LastOrDefault(n => n.Category == w.Category && s.Parties.Any(p => p.Code == n.Origin)) ??
        focus.Named.LastOrDefault(n => n.Category == w.Category && !s.Parties.Any(p => p.Code.Length == 2 && p.Code != n.Origin && PrepositionBefore(s, p) == "from"));

    /// <summary>The code of the last origin word ("Russian-built") ending at most five tokens before token <paramref name="weaponFirst"/>.</summary>
    private static string? OriginWordBefore(Roles roles, int weaponFirst)
    {
        for (var i = roles.Origin.Count - 1; i >= 0; i--)
        {
            var o = roles.Origin[i];
            if (o.End <= weaponFirst && weaponFirst - o.End <= 5)
            {
                return o.Code;
            }
        }

        return null;
    }

    /// <summary>
    /// "the third customer for the K9 after Norway and Estonia": the states listed after "after" behind a counted customer
    /// bought the weapon before it (only states, "and" and commas to the list's end).
    /// </summary>
    private static List<PartyMention> EarlierCustomers(AnalyzedSentence s, TriggerMention trigger, int clauseEnd)
    {
        List<PartyMention> earlier = [];
        if (trigger.End - trigger.First < 2 || s.Lower(trigger.End - 2) is not ("customer" or "customers" or "buyer" or "buyers" or "client"))
        {
            return earlier;
        }

        var after = -1;
        for (var k = trigger.End; k < s.Tokens.Count && k < trigger.End + 8; k++)
        {
            if (s.Lower(k) == "after")
            {
                after = k;
                break;
            }
        }

        for (var k = after + 1; after >= 0 && k < s.Tokens.Count;)
        {
            if (s.Parties.FirstOrDefault(p => p.First == k) is { } party && !party.ModifiesWeapon && party.Code.Length == 2)
            {
                earlier.Add(party);
                k = party.End;
            }
            else if (s.Lower(k) is "and" or "," or "the" or "both")
            {
                k++;
            }
            else
            {
                return s.Lower(k) is "." or ";" or "in" or "which" or "that" || s.Tokens[k].Kind == Core.Text.TokenKind.Punctuation ? earlier : [];
            }
        }

        return earlier;
    }

    /// <summary>
    /// Further dates coordinated with a step's own and a count of their own ("in 2005 and five more in 2007", "in 2012 and the
    /// last three by 2016"): only "and", the count, "more" or "the last/remaining" may stand between them.
    /// </summary>
    private static IEnumerable<(DateMention Date, int? Count)> LaterSteps(AnalyzedSentence s, DateMention? date, int clauseEnd) =>
        date is not null && !date.IsRange && LaterDateIn(s, date, ClauseEndChar(s, clauseEnd)) ? LaterStepsAfter(s, date, clauseEnd) : []; // (most steps have none: no iterator for them)

    /// <summary>Where the clause ending at token <paramref name="clauseEnd"/> ends, in characters.</summary>
    private static int ClauseEndChar(AnalyzedSentence s, int clauseEnd) => clauseEnd < s.Tokens.Count ? s.Tokens[clauseEnd].Start : s.Span.End;

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

    private static IEnumerable<(DateMention Date, int? Count)> LaterStepsAfter(AnalyzedSentence s, DateMention date, int clauseEnd)
    {
        var to = ClauseEndChar(s, clauseEnd);
        var previous = date;
        foreach (var next in s.Dates.Where(d => d.StartChar > date.EndChar && d.StartChar < to && !d.IsRange).OrderBy(d => d.StartChar))
        {
            var between = Enumerable.Range(0, s.Tokens.Count).Where(k => s.Tokens[k].Start >= previous.EndChar && s.Tokens[k].End <= next.StartChar).ToList();
            if (between.Count is 0 or > 6 || !between.Any(k => s.Lower(k) == "and") ||
                !between.All(k => s.Lower(k) is "and" or "in" or "by" or "more" or "the" or "last" or "remaining" or "another" or "," || s.Tokens[k].Kind == Core.Text.TokenKind.Number || NumberWords.Parse(s.Lower(k)) is not null))
            {
                yield break;
            }

            // "in 2006 and 2007" spans one step; "and six more in 2010" adds another.
            if (!between.Any(k => s.Lower(k) == "more" || s.Tokens[k].Kind == Core.Text.TokenKind.Number || NumberWords.Parse(s.Lower(k)) is not null))
            {
                yield break;
            }

            var count = between.Where(k => s.Tokens[k].Kind == Core.Text.TokenKind.Number || NumberWords.Parse(s.Lower(k)) is not null)
                .Select(k => NumberWords.Parse(s.Lower(k)) ?? (int.TryParse(s.Word(k), out var n) ? n : (int?)null)).FirstOrDefault();
            yield return (next, count);
            previous = next;
        }
    }

    /// <summary>
    /// "Italy's Leonardo is the prime contractor for the programme", "Rheinmetall, the lead contractor, ...": the party
    /// named before "prime/lead/main contractor" sells the system the sentence names, or else the one in focus.
    /// </summary>
    private static void LearnPrimeContractor(AnalyzedSentence s, DocumentFocus focus)
    {
        for (var k = 1; k + 1 < s.Tokens.Count; k++)
        {
            if (s.Lower(k + 1) is "contractor" or "contractors" && s.Lower(k) is "prime" or "lead" or "main" or "principal")
            {
                LearnPrimeContractorAt(s, k, focus);
                return;
            }
        }
    }

    /// <summary>
    /// <see cref="LearnPrimeContractor"/> at the "prime contractor" of token <paramref name="k"/>. Kept apart: its closures
    /// are allocated when it is called, and most sentences name no contractor.
    /// </summary>
    private static void LearnPrimeContractorAt(AnalyzedSentence s, int k, DocumentFocus focus)
    {
        // ("the prime contractor for upgrading Pakistan's F-16s" sells the upgrade, not the jets.)
        if (TokenRun.Any(s, 0, s.Tokens.Count, static (s, j) => UpkeepWords.Contains(s.Lower(j))))
        {
            return;
        }

        var party = s.Parties.LastOrDefault(p => p.End <= k && !p.ModifiesWeapon && p.Code.Length == 2 && NamesAsContractor(s, p.End, k));
        var weapon = s.Weapons.FirstOrDefault(w => w.Designation is not null && w.First > k) ?? s.Weapons.LastOrDefault(w => w.Designation is not null) ?? focus.TransferWeapon ?? focus.Weapon;
        if (party is not null && weapon?.Designation is { } system && focus.Deals.Any(d => d.Weapon.Designation == system))
        {
            focus.PrimeContractors[system] = party.Code;
        }
    }

    /// <summary>Work on weapons a buyer already has: a contractor for it sells the work, not the weapon.</summary>
    private static readonly HashSet<string> UpkeepWords = new(StringComparer.Ordinal)
    {
        "upgrade", "upgrades", "upgrading", "midlife", "mid-life", "modernisation", "modernization", "modernising", "modernizing", "overhaul",
        "overhauls", "maintenance", "servicing", "repair", "repairs", "refit", "retrofit", "sustainment", "support",
    };

    /// <summary>"the deal to sell 12 Rafales": a deal noun completed by its infinitive names the deal, as the noun alone would.</summary>
    private static bool NamesADealToDoIt(AnalyzedSentence s, List<TriggerMention> chain) =>
        chain.Count == 2 && chain[0].Entry.IsNoun && ContractNouns.Contains(s.Lower(chain[0].End - 1)) && chain[1].First == chain[0].End + 1 && s.Lower(chain[0].End) == "to";

    /// <summary>"X for its/their/India's W": W stands after "for" and a possessor, right after another weapon X.</summary>
    private static bool PlatformOfAnotherWeapon(AnalyzedSentence s, WeaponMention w)
    {
        var k = w.First - 1;
        var owned = true;
        if (k >= 0 && s.Lower(k) is "its" or "their")
        {
            k--;
        }
        else if (k >= 1 && s.Lower(k) == "s" && s.Parties.FirstOrDefault(p => p.End == k - 1 || p.End == k) is { } owner)
        {
            k = owner.First - 1;
        }
        else if (ServiceBeforeApostrophe(s, k) is var service and >= 1)
        {
            // ("engines for the Army's T-72 tanks": the buyer's own service owns the platform.)
            k = service - (s.Lower(service - 1) == "air" ? 2 : 1);
            k -= k >= 1 && s.Lower(k) == "the" ? 1 : 0;
        }
        else
        {
            owned = false;
            k -= k >= 1 && s.Lower(k) == "the" ? 1 : 0;
        }

        // ("an engine meant for India's Tejas": a word of purpose may stand before "for".)
        var purpose = k >= 2 && s.Lower(k - 1) is "meant" or "intended" or "destined" ? 1 : 0;
        if (k < 1 || s.Lower(k) != "for")
        {
            return false;
        }

        // ("rounds for M777 howitzers", "ammunition for the Gepards": what a platform fires, owned or not.)
        // ("F414 engines under licence for the Tejas": made under licence for it.)
        var before = k - purpose;
        if (before >= 3 && s.Lower(before - 1) is "licence" or "license" && s.Lower(before - 2) == "under")
        {
            before -= 2;
        }

        // (An owned platform may stand a little further: "engines from Russia for the Army's T-72s".)
        return s.Weapons.Any(o => o != w && o.End <= before && (before - o.End <= 1 || owned && before - o.End <= 4 && !CommaBetween(s, o.End - 1, before))) && (owned || before != k - purpose) ||
               ServesAPlatform.Contains(s.Lower(k - 1));
    }

    /// <summary>The token of an armed service owning what follows ("the Army's", "the air force's") ending at <paramref name="k"/>, else -1.</summary>
    private static int ServiceBeforeApostrophe(AnalyzedSentence s, int k)
    {
        var service = k >= 1 && s.Lower(k) is "'s" or "\u2019s" ? k - 1 : k >= 2 && s.Lower(k) == "s" && s.Lower(k - 1) is "'" or "\u2019" ? k - 2 : -1;
        return service >= 1 && s.Lower(service) is "army" or "navy" or "force" or "military" or "marines" or "corps" or "guard" ? service : -1;
    }

    /// <summary>"will send rounds for M777 howitzers", "ammunition for its Gepards": the weapon named is what the rounds are for.</summary>
    private static bool FiredFrom(AnalyzedSentence s, WeaponMention w)
    {
        var k = w.First - 1;
        k -= k >= 1 && s.Lower(k) is "the" or "its" or "their" ? 1 : 0;
        return k >= 1 && s.Lower(k) == "for" && ServesAPlatform.Contains(s.Lower(k - 1));
    }

    /// <summary>
    /// Nouns of what a platform is fired from or trained on, not the platform: "rounds for M777 howitzers". (Spare parts for
    /// a platform are that platform's trade: "refused to sell spares for its F-16s" refuses the F-16s.)
    /// </summary>
    private static readonly HashSet<string> ServesAPlatform = new(StringComparer.Ordinal)
    {
        "ammunition", "munitions", "rounds", "shells", "pods", "armament", "simulators", "training",
    };

    private const string OpeningWeapon = "the weapon the sentence opens with";

    /// <summary>"K2 tanks will be serviced by Polish firms under a contract signed": work on the weapon, not its purchase.</summary>
    private static readonly HashSet<string> WorkOnWeapons = new(StringComparer.Ordinal)
    {
        "serviced", "repaired", "maintained", "made", "produced", "built", "upgraded", "overhauled", "modernised", "modernized", "assembled",
        "manufactured", "refurbished", "tested", "licence", "license", "licensed",
    };

    /// <summary>Where the sentence proper starts after a dateline ("BUENOS AIRES (Analysis) - ", "NEW DELHI: "): the token after its dash, else 0.</summary>
    private static int AfterDateline(AnalyzedSentence s)
    {
        for (var k = 1; k < s.Tokens.Count && k <= 10; k++)
        {
            if (s.Lower(k) is "-" or "–" or "—" or ":" && k + 1 < s.Tokens.Count && char.IsUpper(s.Text[s.Tokens[k + 1].Start]) && char.IsUpper(s.Text[s.Tokens[0].Start]) &&
                s.Tokens.Take(k).All(t => t.Kind != Core.Text.TokenKind.Word || char.IsUpper(s.Text[t.Start]) || s.Text[t.Start] == '('))
            {
                return k + 1;
            }
        }

        return 0;
    }

    /// <summary>The party after "to" after the chain ("... to Saudi Arabia"), with no "from" before it, within the sentence's clause.</summary>
    private static PartyMention? GivesToAParty(AnalyzedSentence s, int from)
    {
        for (var k = from; k < s.Tokens.Count && k < from + 12; k++)
        {
            if (s.Lower(k) is "from" or ";" or "." || (s.Lower(k) == "," && k > from))
            {
                return null;
            }

            if (s.Lower(k) == "to" && s.Parties.FirstOrDefault(p => p.First == k + 1 || (p.First == k + 2 && s.Lower(k + 1) == "the")) is { } party)
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>"derived from India's MKI", "based on", "copied from": a party after "from" that names a design's source.</summary>
    private static bool DerivedFrom(AnalyzedSentence s, PartyMention p) =>
        p.First >= 2 && s.Lower(p.First - 1) == "from" && s.Lower(p.First - 2) is "derived" or "adapted" or "copied" or "developed" or "evolved" or "descended";

    /// <summary>Only a copula or "as" between the party and "the prime contractor": the party is what the phrase names.</summary>
    private static bool NamesAsContractor(AnalyzedSentence s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (s.Lower(k) is not ("is" or "was" or "will" or "be" or "has" or "been" or "remains" or "as" or "the" or "its" or "their" or "a" or ","))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A person's office after a state's name ("US National Security Adviser", "Russian Foreign Minister").</summary>
    private static readonly HashSet<string> PersonTitles = new(StringComparer.Ordinal)
    {
        "adviser", "advisor", "minister", "president", "secretary", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "chancellor",
        "senator", "lawmaker", "diplomat", "premier",
    };

    /// <summary>The party stands before a person's title, at most two words of office between ("national security", "foreign").</summary>
    private static bool HeadsAPersonsTitle(AnalyzedSentence s, PartyMention p)
    {
        for (var k = p.End; k < s.Tokens.Count && k <= p.End + 2; k++)
        {
            if (PersonTitles.Contains(s.Lower(k)))
            {
                return true;
            }

            if (s.Lower(k) is not ("national" or "security" or "foreign" or "defence" or "defense" or "prime" or "deputy" or "vice"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "foreign", "defence", "defense", "minister", "president", "prime", "vice", "deputy", "spokesman", "spokeswoman", "spokesperson",
        "chief", "official", "ambassador", "envoy", "secretary", "general", "gen", "admiral", "adm", "ceo", "executive", "counterpart",
        "leader", "head", "director", "commander", "state", "of", "army", "navy", "air", "force", "his", "her", "senior", "top", "military",
    };

    /// <summary>Learns "Turkish Foreign Minister Ali Veli" and "his Russian counterpart Ivan Petrov": the surname stands for the state.</summary>
    private static void LearnPeople(AnalyzedSentence s, DocumentFocus focus)
    {
        foreach (var p in s.Parties)
        {
            var k = p.End;
            if (p.Possessive)
            {
                continue;
            }

            var titles = 0;
            while (k < s.Tokens.Count && TitleWords.Contains(s.Lower(k)) && titles < 5)
            {
                k++;
                titles++;
            }

            if (titles == 0)
            {
                continue;
            }

            var nameEnd = k;
            while (nameEnd < s.Tokens.Count && nameEnd - k < 4 && s.Tokens[nameEnd].Kind == Core.Text.TokenKind.Word && char.IsUpper(s.Text[s.Tokens[nameEnd].Start]) &&
                   !TokenSpans.StartsAt(s.Parties, nameEnd) && !TitleWords.Contains(s.Lower(nameEnd)))
            {
                nameEnd++;
            }

            if (nameEnd - k >= 2)
            {
                focus.People[s.Lower(nameEnd - 1)] = p.Code;
            }
        }
    }

    /// <summary>The state of a known person named in the sentence: who "we" and "I" speak for.</summary>
    private static string? SpeakerOf(AnalyzedSentence s, DocumentFocus focus)
    {
        if (AttributedSpeaker(s) is { } attributed)
        {
            return attributed;
        }

        if (focus.People.Count == 0)
        {
            return null; // (most stories introduce no one with a title: no token to look up)
        }

        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (char.IsUpper(s.Text[s.Tokens[k].Start]) && focus.People.TryGetValue(s.Lower(k), out var code))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// "\"We received four K-8s in 2008,\" Ghana's defence minister said": the one state named in the attribution outside
    /// a quotation that says "we".
    /// </summary>
    private static string? AttributedSpeaker(AnalyzedSentence s)
    {
        var span = s.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start);
        if (span.IndexOfAny('"', '\u201c', '\u201d') < 0)
        {
            return null; // (most sentences quote no one)
        }

        string? speaker = null;
        var quoted = false;
        var we = false;
        var said = false;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var c = s.Text[s.Tokens[k].Start];
            if (c is '"' or '\u201c' or '\u201d')
            {
                quoted = c == '\u201c' || (c == '"' && !quoted);
                continue;
            }

            if (quoted)
            {
                we |= s.Lower(k) is "we" or "our" or "us";
                continue;
            }

            said |= SpeechVerbs.Contains(s.Lower(k)) || s.Lower(k) is "told" or "added" or "says";
            if (s.Parties.Find(p => p.First == k && !p.ModifiesWeapon) is { } party)
            {
                if (speaker is not null && speaker != party.Code)
                {
                    return null;
                }

                speaker = party.Code;
            }
        }

        return we && said ? speaker : null;
    }

    /// <summary>Verbs by which a state reports a step ("Berlin said it would", "..., Ottawa announced").</summary>
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "announced", "announces", "stated", "confirmed", "confirms", "declared",
    };

    /// <summary>"we may buy": the subject is the speaker, not a state named earlier in the sentence.</summary>
    private static void ApplyFirstPersonSubject(AnalyzedSentence s, Roles roles, int clauseStart, int first, string? speaker)
    {
        var from = roles.Subject.Count > 0 ? roles.Subject[^1].End : clauseStart;
        for (var k = first - 1; k >= from; k--)
        {
            if (s.Lower(k) is "we" or "i")
            {
                roles.Subject.Clear();
                if (speaker is not null)
                {
                    roles.Subject.Add(new PartyMention(k, k + 1, speaker, PartyForm.Name, false, false));
                }

                return;
            }
        }
    }

    private static readonly HashSet<string> StateDescriptions = new(StringComparer.Ordinal)
    {
        "emirate", "kingdom", "country", "government", "island", "republic", "nation", "sultanate", "navy", "army", "military", "ministry", "forces", "force",
    };

    /// <summary>"The emirate has bought", "the kingdom is awaiting": a state described, not named; it is the one in focus.</summary>
    private static bool HasDescriptiveSubject(AnalyzedSentence s, int clauseStart, int first)
    {
        for (var k = Math.Max(clauseStart, first - 6); k < first; k++)
        {
            if (StateDescriptions.Contains(s.Lower(k)) && k > 0 && s.Lower(k - 1) is "the" or "its")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "24 Rafales from France and 20 F-16s from the United States": each weapon takes the "from" that follows it;
    /// "Dassault offered the Rafale and America's Boeing the F/A-18": the party after "and" offers the weapon after it.
    /// </summary>
    private static void PairSuppliersWithWeapons(AnalyzedSentence s, Roles roles, List<WeaponMention> weapons, WeaponMention weapon, ref List<string> suppliers)
    {
        // "France's Dassault offered the Rafale and America's Boeing the F/A-18": a gapped verb; the party after "and" offers the
        // weapon that follows it.
        // (The tests with closures are kept in helpers, called only when they can apply.)
        if (suppliers.Count > 0 && GappedSupplier(s, roles, weapons, weapon, suppliers) is { } gapped)
        {
            suppliers = [gapped];
            return;
        }

        if (roles.From.Count < 2 || weapons.Count < 2)
        {
            return;
        }

        if (OwnSupplierFrom(s, roles, weapons, weapon) is { } own)
        {
            suppliers = [own];
        }
    }

    /// <summary>"... and America's Boeing the F/A-18": the party right after the "and" between the weapon before and this one, if it offers this one.</summary>
    private static string? GappedSupplier(AnalyzedSentence s, Roles roles, List<WeaponMention> weapons, WeaponMention weapon, List<string> subjects)
    {
        if (weapons.LastOrDefault(w => w.End <= weapon.First) is { } before && subjects.All(c => roles.Subject.Any(p => p.Code == c)) &&
            TokenRun.First(s, before.End, weapon.First - before.End, static (s, k) => s.Lower(k) == "and", -1) is var and && and >= 0 &&
            s.Parties.FirstOrDefault(p => p.First == and + 1 && !subjects.Contains(p.Code)) is { } gapped &&
            !s.Triggers.Any(t => t.First > and && t.First < weapon.First) && weapon.First - gapped.End <= 6)
        {
            return gapped.Code;
        }

        return null;
    }

    /// <summary>"from France ... and from Italy ...": the party after "from" between this weapon and the next, if any.</summary>
    private static string? OwnSupplierFrom(AnalyzedSentence s, Roles roles, List<WeaponMention> weapons, WeaponMention weapon)
    {
        var next = weapons.Where(w => w.First > weapon.First).Select(w => w.First).DefaultIfEmpty(s.Tokens.Count).Min();
        return roles.From.FirstOrDefault(p => p.First > weapon.First && p.First < next)?.Code;
    }

    private static readonly HashSet<string> ContentVerbs = new(StringComparer.Ordinal)
    {
        "includes", "included", "include", "including", "covers", "covered", "cover", "consists", "consisted", "comprises", "comprised", "contains", "contained",
    };

    private static readonly HashSet<string> PackageNouns = new(StringComparer.Ordinal)
    {
        "package", "deal", "contract", "agreement", "order", "shipment", "notification", "sale", "aid", "tranche", "batch", "request",
    };

    /// <summary>The codes of the parties of these roles that do not just describe a weapon, each once, in order of first mention.</summary>
    private static List<string> CodesActing(params ReadOnlySpan<List<PartyMention>> roles)
    {
        var codes = new List<string>();
        foreach (var parties in roles)
        {
            foreach (var p in parties)
            {
                if (!p.ModifiesWeapon && !codes.Contains(p.Code))
                {
                    codes.Add(p.Code);
                }
            }
        }

        return codes;
    }

    /// <summary>
    /// "Madrid suspended the contract": the deal recalled is the last one the named parties were party to (its parties fill
    /// the roles the sentence leaves open), else the last transfer told.
    /// </summary>
    private static WeaponMention? RecallDeal(Roles roles, DocumentFocus focus)
    {
        var codes = CodesActing([roles.Subject, roles.Object, roles.To, roles.From, roles.With]);
        if (focus.DealOf(codes) is { } deal)
        {
            roles.RecalledDeal = (deal.Supplier, deal.Recipient);
            return deal.Weapon;
        }

        // "the ministry put the deal on hold", naming neither party: the deal told last.
        // (Not after a refusal: "the US refused to let Spain sell" blocks a sale whose seller is not the refuser.)
        if (codes.Count == 0 && focus.Deals.Count > 0 && focus.Deals[^1] is { Status: not TransferStatus.Refusal } last && ReferenceEquals(last.Weapon, focus.TransferWeapon))
        {
            roles.RecalledDeal = (last.Supplier, last.Recipient);
        }

        return focus.TransferWeapon;
    }

    /// <summary>
    /// "The first two landed in Caracas": units of the last deal bought or delivered (not one refused or halted since),
    /// among those with the parties the sentence names.
    /// </summary>
    private static WeaponMention? RecallCountedDeal(Roles roles, DocumentFocus focus)
    {
        var codes = CodesActing([roles.Subject, roles.Object, roles.To, roles.From, roles.With, roles.In]);
        var deal = focus.Deals.LastOrDefault(d => d.Status is TransferStatus.Order or TransferStatus.Delivery && codes.All(c => c == d.Supplier || c == d.Recipient));
        if (deal is null)
        {
            return null;
        }

        roles.RecalledDeal = (deal.Supplier, deal.Recipient);
        return deal.Weapon;
    }

    private static readonly HashSet<string> TradeNouns = new(StringComparer.Ordinal)
    {
        "export", "exports", "sale", "sales", "deliveries", "shipments", "supplies", "transfers",
    };

    private static readonly HashSet<string> ArmsWords = new(StringComparer.Ordinal)
    {
        "arms", "weapons", "weapon", "defence", "defense", "military",
    };

    /// <summary>
    /// The trade in arms as a whole, named by a trade noun of the chain: "arms exports", "weapons sales", "sales of arms",
    /// or bare "exports to" a party. A halt of it concerns every weapon, so it stands for one of category other. A halt
    /// named by a noun must govern the trade ("the suspension of arms sales"), not follow it ("the first sale since the freeze").
    /// </summary>
    private static WeaponMention? ArmsInGeneral(AnalyzedSentence s, List<TriggerMention> chain, TriggerMention halt, int clauseEnd)
    {
        // (Also the trade that is the halt's subject: "exports to Oman have been frozen".)
        // ("Exports to Oman, which refused the clause, have been frozen": a relative clause between commas is skipped.)
        var subject = halt.Entry.IsNoun ? null : s.Triggers.LastOrDefault(t => t.End <= chain[0].First && chain[0].First - t.End <= 20 && TradeNouns.Contains(s.Lower(t.End - 1)) &&
                                                                             SubjectRunsOnTo(s, t.End, chain[0].First));
        foreach (var t in chain.Where(t => TradeNouns.Contains(s.Lower(t.End - 1)) && (!halt.Entry.IsNoun || t.First > halt.First)).Concat(subject is null ? [] : [subject]))
        {
            var k = t.End - 1;
            var qualified = k > 0 && ArmsWords.Contains(s.Lower(k - 1)) ||
                            k + 2 < clauseEnd && s.Lower(k + 1) == "of" && ArmsWords.Contains(s.Lower(k + 2));
            // ("Oil exports to India were halted": a trade as the halt's subject must be named as arms, or stand bare.)
            var bare = k == 0 || s.Lower(k - 1) is "the" or "its" or "their" or "all" or "further" or "new" || s.Parties.Any(p => p.End == k);
            var toAParty = k + 1 < clauseEnd && s.Lower(k + 1) == "to" && s.Parties.Any(p => p.First == k + 2) && (t != subject || qualified || bare);
            if (qualified || toAParty)
            {
                return new WeaponMention(k, k + 1, null, WeaponCategory.Other, null, false, null);
            }
        }

        // "would not approve new export licences for military equipment to Turkey", "froze all export applications to
        // Ankara": licences halted for arms in general, or toward a state.
        for (var k = halt.End; k < Math.Min(clauseEnd, halt.End + 8); k++)
        {
            if (!(PermitNouns.Contains(s.Lower(k)) || s.Lower(k) is "applications" or "requests"))
            {
                continue;
            }

            for (var j = k + 1; j < Math.Min(clauseEnd, k + 6); j++)
            {
                if (s.Lower(j) == "to" && s.Parties.Exists(p => p.First == j + 1) ||
                    s.Lower(j) is "for" or "of" && (ArmsWords.Contains(s.Lower(j + 1)) || s.Lower(j + 1) == "military"))
                {
                    return new WeaponMention(k, k + 1, null, WeaponCategory.Other, null, false, null);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a subject at <paramref name="from"/> runs on to its verb at <paramref name="to"/>: within ten words, past
    /// no other clause ("," ";" "but", "and" other than between two parties), a relative clause between commas aside.
    /// </summary>
    private static bool SubjectRunsOnTo(AnalyzedSentence s, int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            if (s.Lower(k) == "," && k + 1 < to && s.Lower(k + 1) is "which" or "who" or "whose")
            {
                var close = k + 2;
                while (close < to && s.Lower(close) != ",")
                {
                    close++;
                }

                if (close >= to)
                {
                    return false;
                }

                k = close;
                continue;
            }

            if (s.Lower(k) is "," or ";" or "but" || (s.Lower(k) == "and" && !(s.Parties.Any(p => p.End == k) && s.Parties.Any(p => p.First == k + 1))) || ++words > 10)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The weapons listed after "includes", "including", "covers" that follow a deal's noun, before any other step.</summary>
    private static List<WeaponMention> ListedContents(AnalyzedSentence s, int from)
    {
        for (var k = from; k < s.Tokens.Count && k < from + 8; k++)
        {
            if (s.Triggers.Any(t => t.First == k && t.Entry.Status is not null))
            {
                break;
            }

            if (ContentVerbs.Contains(s.Lower(k)))
            {
                var next = s.Triggers.Where(t => t.First > k && t.Entry.Status is not null).Select(t => t.First).DefaultIfEmpty(s.Tokens.Count).Min();
                return s.Weapons.Where(w => w.First > k && w.First < next && !w.Anaphoric && !IsExcluded(s, w)).ToList();
            }
        }

        return [];
    }

    /// <summary>"The package includes 50 Bradleys and 100 M113s": each weapon listed joins the transfer the story just told.</summary>
    private static IEnumerable<Candidate> PackageContents(AnalyzedSentence s, int sentenceIndex, DocumentFocus focus) =>
        NextContentVerb(s, 1) < s.Tokens.Count ? PackageContentsAtVerbs(s, sentenceIndex, focus) : []; // (most sentences have no content verb: no iterator for them)

    private static IEnumerable<Candidate> PackageContentsAtVerbs(AnalyzedSentence s, int sentenceIndex, DocumentFocus focus)
    {
        // Only at content verbs: this loop's body allocates closures, and most sentences have no such verb.
        for (var k = NextContentVerb(s, 1); k < s.Tokens.Count; k = NextContentVerb(s, k + 1))
        {
            // the package noun may stand before a parenthesis ("the package, valued at $2.85 billion, includes");
            // "It also holds ..." goes on with the package just listed or announced.
            var reach = Math.Min(k, CommasBetween(s, Math.Max(0, k - 24), k) >= 2 ? 24 : 6);
            var continuesList = (focus.LastWasPackage || focus.PendingPackage?.SentenceIndex == sentenceIndex - 1) && s.Lower(0) is "it" or "this" or "they" && k <= 2;
            if (!(continuesList || TokenRun.Any(s, k - reach, reach, static (s, j) => PackageNouns.Contains(s.Lower(j)))))
            {
                continue;
            }

            // The transfer the package belongs to: the latest one between the parties named before the verb ("The Pentagon said the package ...").
            // (Not a state inside a parenthesis after the package noun: "The package, the largest since Russia's invasion, includes".)
            var noun = k - reach;
            while (noun < k - 1 && !PackageNouns.Contains(s.Lower(noun)))
            {
                noun++;
            }

            // ("denied reports that the package included ATACMS", "the package does not include F-16s": contents denied.)
            if (ContentsDenied(s, noun, k))
            {
                continue;
            }

            var named = s.Parties.Where(p => p.First < k && !p.ModifiesWeapon && !(p.First > noun && CommaBetween(s, noun, p.First) && CommaBetween(s, p.End, k))).Select(p => p.Code).ToList();
            // A halt lists no contents, and a deal's contents are what was ordered: "the package also covered ..." goes
            // back to the order itself when the story told one, else to the latest step.
            var steps = focus.Told.Where(t => named.All(code => code == t.Supplier || code == t.Recipient) &&
                                              t.Status is not (TransferStatus.Cancellation or TransferStatus.Suspension or TransferStatus.Refusal)).ToList();
            var told = steps.LastOrDefault(t => t.Status == TransferStatus.Order) ?? steps.LastOrDefault();
            var pending = focus.PendingPackage is { } p && named.All(code => code == p.Supplier || code == p.Recipient) ? p : null;
            if ((pending is not null && (told is null || pending.SentenceIndex > told.SentenceIndex) ? pending : told) is not { } last)
            {
                yield break;
            }

            foreach (var w in s.Weapons.Where(w => w.First > k && !w.Anaphoric && !IsExcluded(s, w)))
            {
                yield return last with
                {
                    System = w.Designation,
                    Category = w.Category,
                    Quantity = w.Quantity,
                    Value = null,
                    SentenceIndex = sentenceIndex,
                    FromHeadline = s.IsHeadline,
                    NominalOnly = false,
                    Explanation = last.Explanation with { Trigger = s.Word(k), WeaponFrom = $"{Describe(w)} (listed in the package)", ValueFrom = null },
                };
            }

            yield break;
        }
    }

    /// <summary>
    /// "the package does not include", "never included" (a negation just before the content verb at <paramref name="verb"/>,
    /// not "not only"), or "denied reports that the package included" (a denial just before the package noun, not "did not deny").
    /// </summary>
    private static bool ContentsDenied(AnalyzedSentence s, int noun, int verb)
    {
        foreach (var (first, _, effect) in s.Cues)
        {
            if (effect != CueEffect.Negation)
            {
                continue;
            }

            if (first >= verb - 3 && first < verb && !(s.Lower(first) == "not" && s.Lower(first + 1) == "only"))
            {
                return true;
            }

            if (first >= noun - 5 && first < noun && s.Lower(first) is "denied" or "denies" or "deny" or "dismissed" or "rejected" &&
                !(first >= 1 && s.Lower(first - 1) is "not" or "t" or "never"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token at or after <paramref name="from"/> that is a content verb ("includes"), else the token count.</summary>
    private static int NextContentVerb(AnalyzedSentence s, int from)
    {
        // This runs on every token of most sentences: a word's first letter rules most out before the set is hashed.
        var k = from;
        while (k < s.Tokens.Count && !(s.Lower(k) is { Length: > 0 } w && ContentVerbInitials.Contains(w[0]) && ContentVerbs.Contains(w)))
        {
            k++;
        }

        return k;
    }

    /// <summary>The first letters of <see cref="ContentVerbs"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> ContentVerbInitials = System.Buffers.SearchValues.Create(string.Concat(ContentVerbs.Select(v => v[0])));

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

    private static IEnumerable<Candidate> ContinueTransfer(AnalyzedSentence s, int sentenceIndex, DateOnly? published, DocumentFocus focus, List<TriggerMention> chain, List<int> boundaries, int nextChainStart, List<Candidate> told)
    {
        var head = chain.FirstOrDefault(t => t.Entry.Status is not null);
        if (head is null)
        {
            yield break;
        }

        var first = chain[0].First;
        var last = chain[^1].End;

        // "then would take no more and stopped its payments": a buyer's refusal is no refusal to supply; its halt is the step.
        var supplierNamed = s.Parties.Any(p => p.First >= first && p.First < last + 3 && told.Any(c => c.Supplier == p.Code)) ||
                            s.Parties.Any(p => p.End <= first && first - p.End <= 3 && told.Any(c => c.Supplier == p.Code));
        var status = chain.Select(t => t.Entry.Status).FirstOrDefault(st => st is TransferStatus.Cancellation or TransferStatus.Suspension || st == TransferStatus.Refusal && supplierNamed) ??
                     chain.Select(t => t.Entry.Status).FirstOrDefault(st => st is not null && st != TransferStatus.Refusal) ?? head.Entry.Status!.Value;
        var statusTrigger = chain.First(t => t.Entry.Status == status);
        var (clauseStart, clauseEnd) = ClauseOf(s, boundaries, first, last, nextChainStart);

        // ("ordered three frigates, with an option for a fourth": an option after a comma goes on from the step before it.)
        var optionAfter = IsOption(s, chain) && first > 0;
        if ((clauseStart == 0 && !optionAfter) || IsNegated(s, clauseStart, first, last) || ReadinessCue(s, first) is not null)
        {
            yield break;
        }

        var weapons = s.Weapons.Where(w => w.First >= (optionAfter ? first : clauseStart) && w.First < clauseEnd).ToList();
        if (weapons.Any(w => !w.IsGeneric || !w.Definite || w.Quantity is not null))
        {
            yield break; // a weapon of its own ("six new corvettes"): the clause's own transfer, or none
        }

        if (!StatesAStep(s, chain, first, last) && !IsOption(s, chain))
        {
            yield break;
        }

        var parties = s.Parties.Where(p => p.First >= clauseStart && p.First < clauseEnd).Select(p => p.Code).ToList();
        var (modality, modalityCue) = ModalityOf(s, clauseStart, clauseEnd, chain, status);
        var date = DateOf(s, clauseStart, clauseEnd, head, chain);
        if (date is not null && date.IsFuture && modality == Modality.Actual)
        {
            (modality, modalityCue) = (Modality.Planned, "date after publication");
        }

        var dateInClause = date is not null && date.StartChar >= s.Tokens[clauseStart].Start && (clauseEnd >= s.Tokens.Count || date.StartChar < s.Tokens[clauseEnd].Start);
        PartialDate? when = dateInClause ? date!.Date : null;
        if (when is null && published is { } p && modality == Modality.Actual && status is TransferStatus.Refusal or TransferStatus.Suspension)
        {
            when = DayOfTheNews(focus, p);
        }

        var money = ValueOf(s, clauseStart, clauseEnd, status);
        if (money is not null && MoneyOfAnotherStep(s, money, chain, head))
        {
            money = null;
        }

        var trigger = TriggerText(s, chain);
        // "an option for a fourth", "options on two more": the option's own count.
        var option = IsOption(s, chain);
        var optionEnd = option ? chain.FindLast(t => s.Lower(t.End - 1) is "option" or "options")?.End ?? chain[^1].End : -1;
        int? optionCount = option ? CountAfter(s, optionEnd) ?? (OrdinalFollows(s, optionEnd) ? 1 : null) : null;
        var seen = new HashSet<(string, string, string?, WeaponCategory)>();
        foreach (var c in told)
        {
            // A refusal is the supplier's; a generic noun ("the tanks") picks the transfer of its kind. An option is a
            // possible order of its own ("ordered three frigates, with an option for a fourth").
            if ((c.Status == status && !(option && c.Modality == Modality.Actual)) || (status == TransferStatus.Refusal && !parties.Contains(c.Supplier)) ||
                weapons.Count > 0 && weapons.All(w => w.Category != c.Category) ||
                parties.Any(code => code != c.Supplier && code != c.Recipient) || !seen.Add((c.Supplier, c.Recipient, c.System, c.Category)))
            {
                continue;
            }

            yield return c with
            {
                Status = status,
                Modality = modality,
                When = when,
                Quantity = option ? optionCount : null,
                Value = money?.Value,
                NominalOnly = !option && chain.All(t => t.Entry.IsNoun || t.Entry.Status is null),
                Explanation = c.Explanation with
                {
                    Trigger = trigger,
                    StatusCue = $"'{TextOf(s, statusTrigger)}', continuing the transfer told before in the sentence",
                    ModalityCue = modalityCue,
                    DateFrom = dateInClause ? s.Text[date!.StartChar..date.EndChar] : null,
                    ValueFrom = money is null ? null : s.Text[money.StartChar..money.EndChar],
                },
            };
        }
    }

    private static readonly HashSet<string> StepObjects = new(StringComparer.Ordinal)
    {
        "them", "it", "the", "its", "their", "all", "plan", "plans", "deal", "deals", "contract", "contracts", "order", "orders", "sale", "sales",
        "delivery", "deliveries", "purchase", "purchases", "agreement", "shipments", "shipment", "payments", "programme", "program", "talks", "remainder", "rest",
        "proposal", "request", "transfer", "transfers", "exports", "export",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "its", "their", "all", "any", "further", "this", "that", "these", "those" };

    /// <summary>
    /// Whether a clause with no weapon of its own states a step of a transfer told before: a verb whose object, if any, is that
    /// transfer or weapon ("halted the shipment", "gave up the deal", "arrived"), not "froze bank accounts" or "gave jobs";
    /// a noun only as a predicate's subject or "in talks", not "after months of talks".
    /// </summary>
    private static bool StatesAStep(AnalyzedSentence s, List<TriggerMention> chain, int first, int last)
    {
        var verb = chain.LastOrDefault(t => !t.Entry.IsNoun);
        if (verb is null)
        {
            var prevWord = first > 0 ? s.Lower(first - 1) : "";
            var nextWord = last < s.Tokens.Count ? s.Lower(last) : "";
            return prevWord == "in" && chain[0].Entry.Status == TransferStatus.Negotiation || BeForms.Contains(nextWord) || nextWord is "have" or "has" or "had";
        }

        if (IsPassive(s, verb, 0) || verb.Entry.Role == TriggerRole.Arrival || last >= s.Tokens.Count || s.Tokens[last].Kind == Core.Text.TokenKind.Punctuation)
        {
            return true;
        }

        // "a sale that Berlin froze in 2019": the relative pronoun is the verb's object.
        var relative = TokenRun.Last(s, Math.Max(1, first - 4), Math.Max(0, first - Math.Max(1, first - 4)), static (s, j) => s.Lower(j) is "that" or "which", -1);
        if (relative > 0 && StepObjects.Contains(s.Lower(relative - 1)))
        {
            return true;
        }

        var k = last;
        while (k < s.Tokens.Count && Determiners.Contains(s.Lower(k)) && !StepObjects.Contains(s.Lower(k + 1 < s.Tokens.Count ? k + 1 : k)))
        {
            k++;
        }

        var obj = k < s.Tokens.Count ? s.Lower(k) : "";
        return StepObjects.Contains(obj) && obj is not "the" || s.Weapons.Any(w => w.First == k || w.First == k + 1);
    }

    /// <summary>
    /// "the $3.4 billion deal, awarded in 2013, was cancelled": a deal named only to say how it ended is that ending, not an
    /// order of its own.
    /// </summary>
    private static bool IsSubjectOfEnding(AnalyzedSentence s, List<TriggerMention> chain, List<TriggerMention> next)
    {
        if (!chain.All(t => t.Entry.IsNoun || t.Entry.Status is null) || !chain.Any(t => DealNouns.Contains(s.Lower(t.First))) ||
            !next.Any(t => !t.Entry.IsNoun && t.Entry.Status is TransferStatus.Cancellation or TransferStatus.Suspension or TransferStatus.Refusal))
        {
            return false;
        }

        var from = chain[^1].End;
        var to = next[0].First;
        return to - from <= 12 && CommasBetween(s, from, to) % 2 == 0 &&
               !s.Parties.Any(p => p.First >= from && p.First < to) && !s.Weapons.Any(w => w.First >= from && w.First < to) &&
               TokenRun.All(s, from, to - from, static (s, k) => s.Lower(k) is not ("and" or "but" or "that" or "which" or "after" or "before" or "when"));
    }

    private static readonly HashSet<string> ContractNouns = new(StringComparer.Ordinal) { "contract", "contracts", "agreement", "agreements", "deal", "order" };

    /// <summary>
    /// "cancel the contract for five corvettes signed in July", "a contract, signed in 2009,": the token of the signing verb
    /// that follows the chain's contract noun before any other step, and its date (-1 when the sentence tells no signing).
    /// </summary>
    private static (int At, DateMention? On) SignedContract(AnalyzedSentence s, List<TriggerMention> chain)
    {
        if (chain.FirstOrDefault(t => ContractNouns.Contains(s.Lower(t.End - 1))) is not { } contract)
        {
            return (-1, null);
        }

        for (var k = contract.End; k < Math.Min(s.Tokens.Count, contract.End + 20); k++)
        {
            if (s.Triggers.Any(t => t.First == k && t.Entry.Status is not null && !chain.Contains(t)) || s.Lower(k) is "after" or "because" or "but" or "when")
            {
                break;
            }

            if (SigningVerbs.Contains(s.Lower(k)))
            {
                var after = s.Tokens[k].End;
                var limit = k + 6 < s.Tokens.Count ? s.Tokens[k + 6].End : s.Span.End;
                return (k, s.Dates.FirstOrDefault(d => d.StartChar >= after && d.StartChar < limit && !d.IsFuture));
            }
        }

        return (-1, null);
    }

    /// <summary>"under a 2021 agreement", "under which", "a contract to deliver", "an order worth $90 million to supply".</summary>
    private static bool IsUnderContract(AnalyzedSentence s, TriggerMention trigger)
    {
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (!ContractNouns.Contains(s.Lower(k)))
            {
                continue;
            }

            // "under a $900 million contract": a value may stand between.
            var under = TokenRun.Any(s, Math.Max(0, k - 8), Math.Min(8, k), static (s, j) => s.Lower(j) is "under" or "through");
            // "a deal (worth $1.1 billion) under which Seoul will supply": the contract the later deliveries follow.
            var underWhich = Enumerable.Range(k + 1, Math.Max(0, Math.Min(s.Tokens.Count - 1, k + 10) - k - 1))
                .Any(j => s.Lower(j) == "under" && s.Lower(j + 1) == "which" && !s.Triggers.Any(t => t.First > k && t.First < j && t.Entry.Status is not null));
            var toDeliver = k < trigger.First && trigger.First - k <= 12 && trigger.First > 0 && s.Lower(trigger.First - 1) == "to" &&
                            !s.Triggers.Any(t => t.First > k && t.First < trigger.First - 1 && t.Entry.Status is not null);
            if (under && (k < trigger.First || CommasBetween(s, trigger.End, k) == 0) || underWhich && k < trigger.First || toDeliver)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"will buy drones under a contract signed on Monday": a contract after the trigger that is signed already.</summary>
    private static bool ContractSigned(AnalyzedSentence s, TriggerMention trigger) =>
        Enumerable.Range(trigger.End, Math.Max(0, Math.Min(s.Tokens.Count, trigger.End + 12) - trigger.End)).Any(k => ContractNouns.Contains(s.Lower(k)) &&
            Enumerable.Range(k + 1, Math.Max(0, Math.Min(s.Tokens.Count, k + 3) - k - 1)).Any(j => SigningVerbs.Contains(s.Lower(j))));

    /// <summary>The orders that the sentence's other transfers were made under, dated by the contract's own clause.</summary>
    private static List<Candidate> OrdersUnder(AnalyzedSentence s, List<TriggerMention> contract, List<Candidate> transfers, DateMention? date) =>
        transfers.Where(c => c.Status == TransferStatus.Delivery).Select(c => c with
        {
            Status = TransferStatus.Order,
            Modality = Modality.Actual,
            When = date?.Date,
            Quantity = null,
            NominalOnly = false,
            Explanation = c.Explanation with { Trigger = s.Word(contract[0].First), StatusCue = "'under a contract'", DateFrom = date is null ? null : s.Text[date.StartChar..date.EndChar] },
        }).ToList();

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

    private static bool UnderAContract(AnalyzedSentence s, List<TriggerMention> chain)
    {
        var head = chain[0];
        if (!head.Entry.IsNoun || s.Lower(head.First) is not ("contract" or "agreement" or "deal"))
        {
            return false;
        }

        return ContractPhraseStart(s, chain) < head.First;
    }

    /// <summary>Whether only a determiner or a count stands between the clause start and <paramref name="at"/>: "The Typhoons ...".</summary>
    private static bool OpensClause(AnalyzedSentence s, int clauseStart, int at) =>
        TokenRun.All(s, clauseStart, Math.Max(0, at - clauseStart), static (s, k) => s.Lower(k) is "the" or "these" or "those" or "its" or "their" or "new" or "," || CountOnly(s, k));

    private static bool ContinuesPreviousClause(AnalyzedSentence s, int clauseStart, int first)
    {
        for (var k = clauseStart; k < first; k++)
        {
            if (s.Lower(k) is not ("," or "and" or "but" or "then" or "later" or "also" or "has" or "had" or "have" or "subsequently" or "formally" or "eventually" or "quickly"))
            {
                return false;
            }
        }

        return clauseStart > 0;
    }

    private static bool WillNot(AnalyzedSentence s, int first)
    {
        for (var k = first - 1; k >= Math.Max(1, first - 4); k--)
        {
            // ("Seoul said it could not sell FA-50s", "cannot supply": a seller's stated inability refuses too.)
            if (s.Lower(k) == "not" && s.Lower(k - 1) is "will" or "would" or "shall" or "could" or "can" || s.Lower(k) == "cannot")
            {
                return true;
            }

            if (s.Lower(k) == "t" && k >= 2 && s.Lower(k - 2) is "won" or "wouldn" or "couldn" or "can" or "ca")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "shoot down the F-16s supplied to Ukraine": a giving participle right after a weapon, with a state before the weapon
    /// in the clause and words between them (the verb that governs the weapon). Not "Germany's Leopards supplied to", nor
    /// with an agent ("take back the jets rejected by Malaysia": see the caller's passive).
    /// </summary>
    private static bool ParticipleAfterAnObject(AnalyzedSentence s, TriggerMention t, int clauseStart) =>
        t.Entry.Role == TriggerRole.Giver && !t.Entry.IsNoun && IsReducedRelative(s, t) && !(t.End < s.Tokens.Count && s.Lower(t.End) == "by") &&
        s.Weapons.FirstOrDefault(w => w.End == WeaponEndBefore(s, t.First)) is { } weapon && !(weapon.First >= 1 && s.Lower(weapon.First - 1) is "any" or "all") && // ("destroy any tanks sent": none yet)
        s.Parties.Exists(p => p.First >= clauseStart && weapon.First - p.End >= 2 && !p.Possessive && !p.ModifiesWeapon && p.Form != PartyForm.Organisation &&
                              !TokenRun.Any(s, p.End, weapon.First - p.End, static (s, k) => s.Lower(k) is "," or ";" or "and" or "or" or "from" or "to" && k + 1 < s.Tokens.Count && (s.Lower(k + 1) is "the" || Coverage.InParty(s, k + 1))));

    /// <summary>The main predicate's first auxiliary after a participle phrase ("delivered in 2005 | will be upgraded"), else <paramref name="end"/>.</summary>
    private static int PredicateAfter(AnalyzedSentence s, int from, int end) =>
        TokenRun.First(s, from, Math.Max(0, end - from), static (s, k) => s.Lower(k) is "will" or "would" or "could" or "may" or "might" or "should" or "must" or "can" or
                                                                              "is" or "are" or "was" or "were" or "has" or "have" or "had", end);

    private static bool IsReducedRelative(AnalyzedSentence s, TriggerMention t) =>
        IsPastParticiple(s.Lower(t.First)) && t.First > 0 && TokenSpans.EndsAt(s.Weapons, WeaponEndBefore(s, t.First));

    /// <summary>Where a weapon just before token <paramref name="k"/> would end: <paramref name="k"/>, or before the plural mark of "F-16s" (a token of its own).</summary>
    private static int WeaponEndBefore(AnalyzedSentence s, int k) =>
        k >= 2 && s.Lower(k - 1) == "s" && s.Tokens[k - 1].Start == s.Tokens[k - 2].End ? k - 1 : k;

    /// <summary>"other Russian air defence systems", "more missile defence systems": weapons besides the ones the story names.</summary>
    private static bool IsAnotherWeapon(AnalyzedSentence s, WeaponMention w)
    {
        if (!s.Weapons.Contains(w))
        {
            return false; // a weapon recalled from an earlier sentence: its token positions are not this sentence's
        }

        for (var k = w.First - 1; k >= Math.Max(0, w.First - 4); k--)
        {
            if (s.Lower(k) is "other" or "another" or "more" or "additional" or "further" or "extra" or "different" or "various" or "similar")
            {
                return true;
            }

            if (s.Tokens[k].Kind == Core.Text.TokenKind.Punctuation && s.Text[s.Tokens[k].Start] is not ('-' or '\'' or '’') || Coverage.InTrigger(s, k))
            {
                return false;
            }
        }

        return false;
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

    private static bool IsOrdinal(string word) => word is "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth";

    /// <summary>"for a fourth", "on a third": one more, named by its rank ("a second batch", "a second squadron": how many is not said).</summary>
    private static bool OrdinalFollows(AnalyzedSentence s, int from) =>
        TokenRun.Any(s, from, Math.Max(0, Math.Min(s.Tokens.Count, from + 4) - from), static (s, k) => IsOrdinal(s.Lower(k)) &&
            !(k + 1 < s.Tokens.Count && s.Lower(k + 1) is "batch" or "squadron" or "pair" or "tranche" or "lot" or "phase" or "regiment" or "battalion"));

    /// <summary>A comma and a participle in "-ing" between tokens <paramref name="from"/> and <paramref name="to"/>: a clause of its own begins.</summary>
    private static bool ParticipleClauseBetween(AnalyzedSentence s, int from, int to) =>
        TokenRun.Any(s, from, Math.Max(0, to - from - 1), (s, k) => s.Lower(k) == "," && (IsGerund(s.Lower(k + 1)) ||
            // (", with Greek pilots beginning training in the United States": "with", a subject of its own and a participle.)
            s.Lower(k + 1) == "with" && TokenRun.Any(s, k + 2, Math.Max(0, Math.Min(to, k + 6) - k - 2), static (s, j) => IsGerund(s.Lower(j)) && s.Lower(j) is not ("being" or "having"))));

    private static bool IsGerund(string word) => word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal);

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
        if (end <= last)
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

                // "Germany, France, and Italy have pledged": a comma inside a list of parties.
                if (w == "," && TokenSpans.EndsAt(s.Parties, first) &&
                    (TokenSpans.StartsAt(s.Parties, first + 1) || TokenSpans.StartsAt(s.Parties, first + 2) && s.Lower(first + 1) is "and" or "or"))
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

        b.Sort();
        return b;
    }

    /// <summary>A named weapon at <paramref name="k"/>, or after a count ("18 Leopard 2 tanks", "two IRIS-T systems", "up to 400 Harpoons").
    /// (A category only when no weapon comes before: "purchase of Danish F-16s: 24 aircraft for $300 million" restates it.)</summary>
    private static bool ListOfWeaponsAfter(AnalyzedSentence s, int k)
    {
        if (k + 1 < s.Tokens.Count && s.Lower(k) == "up" && s.Lower(k + 1) == "to")
        {
            k += 2;
        }

        if (k + 1 < s.Tokens.Count && NumberWords.Parse(s.Lower(k)) is not null)
        {
            k++;
        }

        return s.Weapons.Exists(w => w.First == k && (!w.IsGeneric || !s.Weapons.Exists(v => v.End <= k)));
    }

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
        }

        return s.Tokens.Count;
    }

    private static readonly HashSet<string> ListingParticiples = new(StringComparer.Ordinal)
    {
        "including", "excluding", "containing", "comprising", "covering", "totalling", "totaling", "costing", "according", "featuring", "involving",
        "depending", "pending", "assuming", "provided", "providing", // conditions of the step itself ("..., depending on whether ...")
    };

    /// <summary>"300 trucks, worth $120 million, and four helicopters, worth $60 million": each item's own value, right after it.</summary>
    private static MoneyMention? OwnValue(AnalyzedSentence s, List<WeaponMention> weapons, WeaponMention weapon)
    {
        if (weapons.Count < 2 || weapon.End >= s.Tokens.Count)
        {
            return null;
        }

        var next = weapons.Where(w => w.First > weapon.First).Select(w => w.First).DefaultIfEmpty(s.Tokens.Count).Min();
        var from = s.Tokens[weapon.End].Start;
        var to = next < s.Tokens.Count ? s.Tokens[next].Start : s.Span.End;
        return s.Money.FirstOrDefault(m => m.StartChar >= from && m.EndChar <= to && s.Text[from..m.StartChar].TrimEnd() is var lead && lead.Count(c => c == ' ') <= 4 &&
                                           (lead.EndsWith("worth", StringComparison.Ordinal) || lead.EndsWith("worth about", StringComparison.Ordinal) || lead.EndsWith("worth some", StringComparison.Ordinal) ||
                                            lead.EndsWith("valued at", StringComparison.Ordinal) || lead.EndsWith("valued at about", StringComparison.Ordinal)));
    }

    /// <summary>"sends a THAAD battery and 100 troops", "Patriot units, together with 150 personnel": a force with its crews.</summary>
    private static bool DeployedWithTroops(AnalyzedSentence s, int from, int to)
    {
        // (", together with 200 personnel" soon after the clause still belongs to it.)
        for (var j = to; j + 1 < s.Tokens.Count && j <= to + 8; j++)
        {
            if (s.Lower(j) is "together" or "along" && s.Lower(j + 1) == "with")
            {
                to = j + 12;
                break;
            }
        }

        for (var k = from; k < Math.Min(to, s.Tokens.Count); k++)
        {
            // "sent four Su-30s to Australia for the Pitch Black exercise": weapons lent to a drill or a show come back.
            if (s.Lower(k) is "exercise" or "exercises" or "drill" or "drills" or "wargames" or "manoeuvres" or "maneuvers" or "airshow" && NamesAnExercise(s, from, k))
            {
                return true;
            }

            if (s.Lower(k) is "troops" or "soldiers" or "personnel" or "servicemen" or "crews" && !Coverage.InWeapon(s, k) &&
                !(k + 1 < s.Tokens.Count && s.Lower(k + 1) is "carrier" or "carriers") &&
                s.Weapons.Any(w => Enumerable.Range(Math.Min(w.End, k), Math.Abs(k - w.End)) is var between &&
                                   ((Math.Abs(w.First - k) <= 16 && between.Any(j => s.Lower(j) == "and")) ||
                                    (Math.Abs(w.First - k) <= 20 && between.Any(j => j > 0 && s.Lower(j) == "with" && s.Lower(j - 1) is "together" or "along")))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"for the Pitch Black exercise", "during joint drills": the exercise noun at <paramref name="noun"/> after "for/during/in" and only its name or kind.</summary>
    private static bool NamesAnExercise(AnalyzedSentence s, int from, int noun)
    {
        for (var j = noun - 1; j >= from && j >= noun - 6; j--)
        {
            var w = s.Lower(j);
            // (Lent "for" an exercise; "handed over two jets during the exercise" is a handover held there.)
            if (w is "for" or "during" or "in")
            {
                return w == "for" && j > 0 && s.Lower(j - 1) != "time"; // ("in time for the army's drills" delivers)
            }

            if (!(w is "the" or "a" or "an" or "joint" or "annual" or "multinational" or "military" or "naval" or "air" or "live-fire" or "large-scale" or "combined" or "international" or "bilateral" ||
                  char.IsUpper(s.Text[s.Tokens[j].Start])))
            {
                return false;
            }
        }

        return false;
    }

    private static bool SentToAPlace(AnalyzedSentence s, int from, int to)
    {
        for (var k = from; k + 2 < Math.Min(to, s.Tokens.Count); k++)
        {
            if (s.Lower(k) == "to" && (s.Lower(k + 1) is "bases" or "base" || s.Lower(k + 1) == "the" && s.Lower(k + 2) is "region" or "area" or "theatre" or "theater" or "base" or "front" or "border" or "zone" or "gulf"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", and 24 K9 howitzers." / ", and six transport aircraft worth ...": a weapon, not a new predicate, follows ", and".</summary>
    private static bool ListGoesOn(AnalyzedSentence s, int comma)
    {
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

    /// <summary>Whether a clause boundary lies in [from, to].</summary>
    private static bool BoundaryIn(List<int> boundaries, int from, int to)
    {
        foreach (var b in boundaries)
        {
            if (b >= from && b <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a party that can be a new subject starts between the trigger <paramref name="prev"/> and <paramref name="to"/>.</summary>
    private static bool SubjectBetween(AnalyzedSentence s, TriggerMention prev, int to)
    {
        foreach (var p in s.Parties)
        {
            if (p.First >= prev.End && p.First < to && !p.Possessive && !p.ModifiesWeapon && !IsObjectOfPreposition(s, p) &&
                !(p.Form == PartyForm.Demonym && p.First > 0 && s.Lower(p.First - 1) is "a" or "an") && // "blocked a Peruvian bid to acquire"
                !(p.First == prev.End && p.Form != PartyForm.Demonym && !prev.Entry.IsNoun && prev.Entry.Role == TriggerRole.Giver && // "will send Kyiv a new aid package"
                  prev.Entry.Status is TransferStatus.Delivery or TransferStatus.Order or TransferStatus.Offer) &&
                !(p.First == prev.End && p.End < s.Tokens.Count && s.Lower(p.End) == "from" && !prev.Entry.IsNoun && // "blocked Germany from re-exporting"
                  prev.Entry.Status is TransferStatus.Refusal or TransferStatus.Suspension))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an auxiliary, a verb of beating a rival, or a modal after a comma stands in tokens [from, from + count): a
    /// new predicate starts there.
    /// </summary>
    private static bool AuxiliaryAfter(AnalyzedSentence s, int from, int count)
    {
        for (var k = from; k < from + count; k++)
        {
            if (s.Lower(k) is "are" or "is" or "was" or "were" or "been" or "have" or "has" or "had" or "will" ||
                s.Lower(k) is "beat" or "beats" or "beating" or "defeated" or "outbid" or "outbidding" || // "the Chinese offer beat a bid by Raytheon"
                s.Lower(k) is "would" or "could" or "should" or "might" or "must" && CommaBetween(s, from, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of permission within six tokens before the "to" at <paramref name="to"/>, with no state named between them.</summary>
    private static bool PermitsUnnamedOthers(AnalyzedSentence s, int to)
    {
        for (var j = to - 1; j >= Math.Max(0, to - 6); j--)
        {
            if (s.Lower(j) is "allow" or "allows" or "allowed" or "allowing" or "permit" or "permits" or "permitted" or "permitting" or "authorise" or "authorised" or
                "authorize" or "authorized")
            {
                return j + 1 < to && !s.Parties.Exists(p => p.First > j && p.End <= to) && !TokenRun.Any(s, j + 1, to - j - 1, static (s, k) => s.Lower(k) is "it" or "them" or "us");
            }
        }

        return false;
    }

    /// <summary>
    /// The state a clause opens with as its setting ("In Chile, the army received ...", "..., while in Poland, officials
    /// signed ..."): the buyer of an unnamed institution. Null when the clause does not open so.
    /// </summary>
    private static string? SettingOfTheClause(AnalyzedSentence s, int clauseStart, int first)
    {
        var k = clauseStart;
        while (k < first && s.Lower(k) is "," or "while" or "whereas" or "and" or "but" or "meanwhile")
        {
            k++;
        }

        return k + 2 < first && s.Lower(k) == "in" && s.Parties.FirstOrDefault(p => p.First == k + 1 && !p.Possessive) is { } setting &&
               setting.Code.Length == 2 && s.Lower(setting.End) == "," && setting.End < first
            ? setting.Code
            : null;
    }

    /// <summary>"the F-16 from the United States and the Rafale": <paramref name="w"/> joined to <paramref name="before"/> by "and"/"or", over its article and a seller.</summary>
    private static bool CoordinatedAfter(AnalyzedSentence s, WeaponMention before, WeaponMention w) =>
        w.First > before.End && w.First - before.End <= 6 && TokenRun.Any(s, before.End, w.First - before.End, static (s, k) => s.Lower(k) is "and" or "or") &&
        TokenRun.All(s, before.End, w.First - before.End, static (s, k) => s.Lower(k) is "and" or "or" or "," or "the" or "a" or "an" or "from" or "s" or "'s" || Coverage.InParty(s, k));

    /// <summary>"ruled out any delay in deliveries": "rule out" with more than two words before the next step governs something else.</summary>
    private static bool RulesOutSomethingElse(AnalyzedSentence s, TriggerMention t, TriggerMention next) =>
        t.End - t.First == 2 && s.Lower(t.First + 1) == "out" && s.Lower(t.First) is "ruled" or "rules" or "ruling" or "rule" && next.First - t.End > 2;

    /// <summary>"proposing to buy", "bidding to acquire": an offering verb right before "to" and a buying verb.</summary>
    private static bool ProposesToBuy(AnalyzedSentence s, TriggerMention t, TriggerMention next) =>
        t.Entry.Status == TransferStatus.Offer && s.Lower(t.First) is "propose" or "proposes" or "proposing" or "bidding" &&
        next.First == t.End + 1 && s.Lower(t.End) == "to" && next.Entry.Role == TriggerRole.Taker;

    /// <summary>"for a proposal", "for a price offer", "for an offer": "for" right before the noun at <paramref name="k"/> (an article or "price" between).</summary>
    private static bool ForJustBefore(AnalyzedSentence s, int k)
    {
        var j = k - 1;
        while (j >= 0 && s.Lower(j) is "a" or "an" or "the" or "price" or "formal" or "new")
        {
            j--;
        }

        return j >= 0 && s.Lower(j) == "for";
    }

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

    /// <summary>
    /// The chain without the steps that lead into the next one ("proposing to buy", "ruled out any delay in"): the same
    /// list when it has none, which is most chains, else a copy without them.
    /// </summary>
    private static List<TriggerMention> WithoutLeadIns(AnalyzedSentence s, List<TriggerMention> chain)
    {
        List<TriggerMention>? kept = null;
        for (var i = 0; i < chain.Count; i++)
        {
            var leadIn = i + 1 < chain.Count && (ProposesToBuy(s, chain[i], chain[i + 1]) || RulesOutSomethingElse(s, chain[i], chain[i + 1]));
            if (leadIn)
            {
                kept ??= chain.GetRange(0, i);
            }
            else
            {
                kept?.Add(chain[i]);
            }
        }

        return kept ?? chain;
    }

    private static bool IsRequest(AnalyzedSentence s, TriggerMention t) =>
        t.Entry.Status == TransferStatus.Interest && s.Lower(t.First) is "asked" or "asks" or "asking" or "ask" or "requested" or "requests" or "request" or "requesting" or
            "sought" or "seeks" or "seeking" or "seek";

    /// <summary>Groups triggers that follow each other closely in one clause, with no weapon or new subject between them.</summary>
    private static List<List<TriggerMention>> Chains(AnalyzedSentence s, List<int> boundaries)
    {
        var chains = new List<List<TriggerMention>>();
        foreach (var t in s.Triggers)
        {
            if (chains.Count > 0)
            {
                var prev = chains[^1][^1];
                var gap = t.First - prev.End;
                var crossesBoundary = BoundaryIn(boundaries, prev.End, t.First);
                // "halts Phalcon radar plane sale", "blocks Spanish sale": a noun's modifiers, weapons or a party, stay in its chain.
                var modifiers = t.Entry.IsNoun || TradeNouns.Contains(s.Lower(t.End - 1)) ? ModifierStart(s, t.First) : t.First;
                var weaponBetween = TokenSpans.StartsIn(s.Weapons, prev.End, modifiers);
                var subjectBetween = SubjectBetween(s, prev, modifiers);
                // An auxiliary starts a new predicate; so does a modal after a comma ("the jets, which Chile bought in 2023, would arrive").
                // ("the first of 24 Rafales ordered from France to arrive next year": a reduced relative's participle is a step of its own.)
                var newPredicate = t.Entry.Status is not null && AuxiliaryAfter(s, prev.End, Math.Max(0, gap)) ||
                    t.Entry.Status is { } nextStatus && prev.Entry.Status is { } prevStatus && nextStatus != prevStatus && !t.Entry.IsNoun && IsReducedRelative(s, prev) &&
                    s.Lower(t.First - 1) is "to" or "be" || // (not "the five Rafales bought from France landed on Wednesday": one step, the landing)
                    EndsARelativeClause(s, prev, t) || CoordinatesAnotherStep(s, prev, t) || DescribesANounBefore(s, prev, t);
                // "A contract for eight Gowind corvettes was signed between ...": the deal noun is the subject of its light verb.
                var signedDeal = prev.Entry.IsNoun && prev.Entry.Status is not null && t.Entry.Status is null && !t.Entry.IsNoun && t.First > 0 && BeForms.Contains(s.Lower(t.First - 1)) &&
                                 prev.End < s.Tokens.Count && s.Lower(prev.End) is "for" or "worth" or "to" or "with";
                // "Spain awarded Saab a contract for ...": the firm between the verb and its contract is no subject of the contract.
                var awardedAContract = prev.Entry.Status is null && AwardVerbs.Contains(s.Lower(prev.First)) && t.Entry.IsNoun && gap <= 8 &&
                                       s.Parties.Exists(p => p.First == prev.End);
                if (awardedAContract && !crossesBoundary)
                {
                    chains[^1].Add(t);
                    continue;
                }

                // "asked Dassault for a proposal for 54 Rafales": the offer asked for stays with the asking (the one asked is no subject).
                var asksForAnOffer = t.Entry.Status == TransferStatus.Offer && IsRequest(s, prev) && gap <= 6 && s.Lower(t.End - 1) is "proposal" or "proposals" or "offer" or "offers" or "bid" or "bids" &&
                                     ForJustBefore(s, t.First) && !TokenRun.Any(s, prev.End, gap, static (s, k) => s.Lower(k) is "and" or "," or "but");
                if ((signedDeal && gap <= 12 || asksForAnOffer) && !crossesBoundary && (!subjectBetween || asksForAnOffer))
                {
                    chains[^1].Add(t);
                    continue;
                }

                if (SignedInARelativeClause(s, prev, t))
                {
                    chains[^1].Add(t);
                    continue;
                }

                if (gap <= 8 && !crossesBoundary && !weaponBetween && !subjectBetween && !newPredicate)
                {
                    chains[^1].Add(t);
                    continue;
                }
            }

            chains.Add([t]);
        }

        return chains;
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

        var subject = s.Parties.LastOrDefault(p => p.End <= t.First && t.First - p.End <= 1 && p.First > prev.End);
        return subject is not null && s.Lower(subject.First - 1) is "that" or "which" &&
               (subject.End == t.First || s.Lower(subject.End) is "had" or "has" or "have" or "also" or "first") &&
               TokenRun.All(s, prev.End, subject.First - 1 - prev.End, static (s, k) => s.Lower(k) is not ("," or ";" or "and" or "but"));
    }

    /// <summary>
    /// "arrived in April, together with a battery supplied by Germany": a participle right after a noun, with its agent or
    /// source after it, describes that noun; it is no second verb of the step before.
    /// </summary>
    private static bool DescribesANounBefore(AnalyzedSentence s, TriggerMention prev, TriggerMention t)
    {
        if (t.Entry.IsNoun || t.First - prev.End < 2 || t.End >= s.Tokens.Count || s.Lower(t.End) is not ("by" or "from"))
        {
            return false;
        }

        var word = s.Lower(t.First);
        var before = s.Lower(t.First - 1);
        return IsPastParticiple(word) &&
               s.Tokens[t.First - 1].Kind == Core.Text.TokenKind.Word && !BeForms.Contains(before) &&
               before is not ("and" or "or" or "been" or "being" or "has" or "have" or "had" or "not" or "also" or "then" or "later" or "first" or "was" or "were");
    }

    /// <summary>
    /// "were ordered from France in 1997 and entered service in 2005": a verb after "and" that states another step than
    /// the verb before it, past that verb's object, is a predicate of its own ("bought and received" stays one chain).
    /// </summary>
    private static bool CoordinatesAnotherStep(AnalyzedSentence s, TriggerMention prev, TriggerMention t) =>
        t.Entry.Status is { } next && prev.Entry.Status is { } before && next != before && !t.Entry.IsNoun && !prev.Entry.IsNoun &&
        t.First - prev.End >= 2 && s.Lower(t.First - 1) == "and";

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

    /// <summary>Whether a weapon ends in [from, to) (its <see cref="ITokenSpan.End"/>, exclusive, in that range).</summary>
    private static bool WeaponEndsIn(AnalyzedSentence s, int from, int to)
    {
        foreach (var w in s.Weapons)
        {
            if (w.End >= from && w.End < to)
            {
                return true;
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

    /// <summary>Words after a demonym that make it a foreign envoy ("the Brazilian ambassador"), present at a handover, not buying.</summary>
    private static readonly HashSet<string> Envoys = new(StringComparer.Ordinal)
    {
        "ambassador", "ambassadors", "envoy", "envoys", "embassy", "consul", "attache", "attaché", "diplomat", "diplomats", "chargé",
    };

    /// <summary>Verbs of control whose object is held back or let through, not a buyer ("let Spain sell", "preventing Embraer from selling").</summary>
    private static readonly HashSet<string> ControlVerbs = new(StringComparer.Ordinal)
    {
        "allow", "allows", "allowed", "allowing", "let", "letting", "permit", "prevent", "prevents", "prevented", "preventing",
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

    /// <summary>Where the weapons and parties that modify a noun at <paramref name="noun"/> begin ("Phalcon radar plane sale", "Spanish sale").</summary>
    private static int ModifierStart(AnalyzedSentence s, int noun)
    {
        var start = noun;
        while (s.Weapons.FirstOrDefault(w => w.End == start || (w.End == start - 1 && s.Tokens[start - 1].Kind == Core.Text.TokenKind.Word &&
                                                                 char.IsLower(s.Text[s.Tokens[start - 1].Start]) && !s.Triggers.Any(t => t.First == start - 1))) is { } w)
        {
            start = w.First; // "Phalcon radar plane sale": a weapon and the word that names its kind
        }

        return s.Parties.FirstOrDefault(p => p.End == start && !p.Possessive) is { } party ? party.First : start;
    }

    /// <summary>"to India", "let Spain", "denied Spain", "preventing Brazil's Embraer": a party governed by a preposition or a verb of control is no new subject.</summary>
    private static bool IsObjectOfPreposition(AnalyzedSentence s, PartyMention p)
    {
        var before = p.First - 1;
        if (s.Parties.FirstOrDefault(o => o.Possessive && o.End <= p.First && o.End >= p.First - 2) is { } owner) // "Brazil 's Embraer"
        {
            before = owner.First - 1;
        }

        return before >= 0 && (s.Lower(before) is "to" or "with" or "from" or "by" or "for" || PermissionWords.IsDenial(s.Lower(before)) || ControlVerbs.Contains(s.Lower(before)));
    }

    private static int DateTokensBetween(AnalyzedSentence s, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            var start = s.Tokens[k].Start;
            if (s.Dates.Exists(d => d.StartChar <= start && start < d.EndChar) || (s.Lower(k) == "on" && k + 1 < to && DateFinder.IsCalendarWord(s.Lower(k + 1))))
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
            if (cEnd <= clauseStart && clauseStart - cEnd - DateTokensBetween(s, cEnd, clauseStart) <= 3 && s.Lower(cFirst) is "denied" or "denies" or "deny" or "dismissed" or "rejected" or "warned" or "warns")
            {
                return true;
            }

            // "has not ordered", "no contract was signed", "denied sending": a negation shortly before the trigger in its clause.
            if (cFirst >= clauseStart && cEnd <= first && first - cEnd <= 5)
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

            // "the sale was not approved": right after a nominal trigger, before the chain ends.
            if (cFirst >= first && cEnd <= last + 3 && cFirst < last + 3 && cFirst > first)
            {
                return true;
            }
        }

        return false;
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
            foreach (var list in (ReadOnlySpan<List<PartyMention>>)[Subject, To, Into, From, By, With, For, In, Object, Possessor, Origin, Other])
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
            ClauseStart = 0;
            NoPartyInSentence = false;
            OwnersWeapon = false;
            WeaponOwners.Clear();
            SignedWith = false;
            Awarded = false;
            PreviousRecipient = null;
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

        /// <summary>An offer in a later clause of a sentence whose earlier clause named a buyer: a rival bid to that buyer.</summary>
        public bool OfferInALaterClause { get; set; }

        /// <summary>The state a sentence opens with as its setting ("In Chile, the army received ..."): the buyer of an unnamed institution.</summary>
        public string? SettingState { get; set; }

        /// <summary>The parties of the earlier deal "the contract" refers to, when the sentence names one of them.</summary>
        public (string Supplier, string Recipient)? RecalledDeal { get; set; }
    }

    private static bool IsPrepositional(Roles r, PartyMention p) => r.Prepositional.Contains(p);

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
            if (Prepositions.Contains(w))
            {
                // "according to Russian media" names a source, not a party of the deal.
                if (w == "to" && k > 0 && s.Lower(k - 1) == "according")
                {
                    return "according to";
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

                // "help from the United States" is not a seller
                return k > 0 && s.Lower(k - 1) is "help" or "assistance" or "support" ? "with help" : w;
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
            // "Norway's state arms group Kongsberg"
            if (s.Tokens[k].Kind == Core.Text.TokenKind.Word && nouns < 2 && k > 0 &&
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

    /// <summary>
    /// "Oslo said it would supply ...", "the German offer beat a bid from Fincantieri": every state named is a supplier or a
    /// rival bidder, so the buyer is the one the story is about.
    /// </summary>
    private static bool OnlySuppliersNamed(Roles r, List<string> suppliers) =>
        suppliers.Count > 0 && r.Subject.Concat(r.Possessor).Concat(r.To).Concat(r.For).Concat(r.In).Concat(r.Object).Concat(r.With).All(p => suppliers.Contains(p.Code) || r.Bidders.Contains(p));

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

    /// <summary>"delivered", "sold", "bought", "built": a word that can be a past participle.</summary>
    private static bool IsPastParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "sold" or "bought" or "sent" or "given" or "built" or "made";

    /// <summary>Whether the tokens from <paramref name="from"/> to the sentence's end hold no verb of a clause of their own.</summary>
    private static bool ClosesTheSentence(AnalyzedSentence s, int from)
    {
        for (var k = from; k < s.Tokens.Count; k++)
        {
            var w = s.Lower(k);
            if (w is "," or ";" or "and" or "but" or "which" or "who" or "that" || BeForms.Contains(w) || TokenSpans.StartsAt(s.Triggers, k))
            {
                return false;
            }
        }

        return true;
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

            if (candidates.Exists(d => !ReferenceEquals(d, c) && d.Value == c.Value && d.Supplier == c.Supplier && d.Recipient == c.Recipient &&
                                       d.Status is TransferStatus.Order or TransferStatus.Offer && d.Modality != Modality.Possible))
            {
                candidates[i] = c with { Value = null, Explanation = c.Explanation with { ValueFrom = null } };
            }
        }
    }

    /// <summary>
    /// "Norway will give its German-made tanks to Kyiv, with the first to be handed over in May": a step whose seller only the
    /// weapon's origin gave is made by the seller the sentence names for that weapon (its buyer too, when the origin's step
    /// took that seller for the buyer: "Italy's yard will build two FREMMs for Jakarta under a contract signed today").
    /// </summary>
    private static void TakeTheNamedSeller(List<Candidate> candidates)
    {
        if (candidates.Count < 2)
        {
            return;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.System is null || c.Explanation.SupplierFrom is not ("origin word before the weapon" or "catalogue origin of the weapon"))
            {
                continue;
            }

            // (The same step: of one status (or the delivery of the seller's deal) and modality; "Poland, which received German-made Leopards in 2002,
            // has given 14 to Ukraine" tells two. A buyer taken from the deal's other party may be the named seller itself.)
            var named = candidates.Find(n => n.System == c.System && n.Supplier != c.Supplier && NamesTheSeller(n.Explanation.SupplierFrom) &&
                                             (n.Status == c.Status || n.Status == TransferStatus.Order && c.Status == TransferStatus.Delivery) && // (the seller of a deal delivers it)
                                             (n.Recipient == c.Recipient && (n.Modality == Modality.Actual) == (c.Modality == Modality.Actual) ||
                                              n.Supplier == c.Recipient && c.Explanation.RecipientFrom == "other party of the deal"));
            if (named is not null)
            {
                candidates[i] = c with
                {
                    Supplier = named.Supplier,
                    Recipient = c.Recipient == named.Supplier ? named.Recipient : c.Recipient,
                    Explanation = c.Explanation with { SupplierFrom = "the seller the sentence names for the weapon" },
                };
            }
        }
    }

    private static bool NamesTheSeller(string supplierFrom) => supplierFrom is "subject" or "'from'" or "'by'" or "possessor";

    /// <summary>
    /// "Cairo ordered Rafales from France and later bought Su-35s from Russia": a seller after this step's trigger is its
    /// own; one before it, after another step's trigger, is that step's seller.
    /// </summary>
    private static void DropSellersOfAnEarlierStep(AnalyzedSentence s, Roles roles, List<TriggerMention> chain, int first)
    {
        if (roles.From.Count == 0)
        {
            return; // (most chains: no closure made)
        }

        roles.From.RemoveAll(p => p.First < first && s.Triggers.Exists(t => t.Entry.Status is not null && t.End <= p.First && !chain.Contains(t)));
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
            if (speech >= 0 && speech + 1 < first && !saidToBe && (chain.All(t => t.Entry.IsNoun || t.Entry.Status is null || t.Entry.Role == TriggerRole.Arrival) ||
                s.Lower(speech + 1) is not ("it" or "they" or "we" or "he" or "she" or "that" or "on" or "in" or "last" or "this" or "earlier" or "late" or "on")))
            {
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
            if (previous is not null && coordinated is not null && IsCoordinated(s, previous, p))
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
                    _ when chain.Exists(t => t.First > p.First && SignedInARelativeClause(s, chain[0], t)) => r.Subject, // "the contract that Indonesia signed": who signs
                    _ when GrantsAPermission(s, p) => r.Other, // "to wait for an American licence": the state that licenses, not a buyer
                    "for" or "to" when StandsInFor(s, p) => r.Other, // "a stand-in for the French radar": what is replaced, not a buyer
                    _ when IsAsked(s, chain, p) => r.From, // "asked Tokyo for three more destroyers": the one asked sells
                    "to" or "into" => r.To,
                    "from" when DerivedFrom(s, p) => r.Other, // "a version derived from India's MKI": a design's source, no seller
                    "from" when AwayFrom(s, p.First) => r.Other, // "shifted away from the United States": no seller
                    "from" => r.From,
                    "by" when p.First >= 2 && SigningVerbs.Contains(s.Lower(p.First - 2)) => r.Subject, // "a deal ... was signed by Croatia": who signs
                    "by" when CommasBetween(s, last, p.First) == 0 => r.By, // an appositive after a comma ("..., a yard run by the navy") is no agent
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
                if (p.Possessive && PossessesTransfer(s, p) && !CommaBetween(s, p.End, first))
                {
                    // "over Ankara's plans to buy": the possessor acts, whatever preposition governs its noun.
                    // ("chose Sweden's Gripen, snubbing a US offer": not across a comma.)
                    coordinated = r.Possessor;
                    r.Possessor.Add(p);
                }
                else if ((prep == "of" || (prep == "in" && p.Form != PartyForm.Demonym) || (prep == "from" && Delegates.Contains(s.Lower(p.First - 2)))) && p.First >= 2 &&
                         (InstitutionHeads.Contains(s.Lower(p.First - 2)) || Delegates.Contains(s.Lower(p.First - 2)) || s.Lower(p.First - 2) == "president") &&
                         !PartyWithin(s, clauseStart, p.First - 2) && !TriggerStartsIn(s, clauseStart, p.First - 2))
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
            for (var k = first - 1; k >= clauseStart && k >= first - 4; k--)
            {
                // ("sanctions on Turkey's agency over its purchase of S-400s": "its" before a deal noun is the owner just named.)
                if (s.Lower(k) is "its" or "their" && k + 1 == first && chain[0].Entry.IsNoun &&
                    s.Parties.LastOrDefault(p => p.End < k && k - p.End <= 8 && p.Possessive && !p.ModifiesWeapon) is { } owner)
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
                    var reporter = k >= 2 && (s.Lower(k - 1) == "that" || SpeechVerbs.Contains(s.Lower(k - 1))) ? ReporterBefore(s, k) : null;
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

    /// <summary>"The United States announced that it would suspend": the party that reports, last before the pronoun at <paramref name="k"/>.</summary>
    private static PartyMention? ReporterBefore(AnalyzedSentence s, int k)
    {
        for (var i = s.Parties.Count - 1; i >= 0; i--)
        {
            var p = s.Parties[i];
            if (p.End <= k - 1 && k - p.End <= 14 && !p.ModifiesWeapon && !Prepositions.Contains(PrepositionBefore(s, p)) && !IsAddressee(s, p) &&
                (!p.Possessive || InstitutionEnd(s, p, k) > p.End)) // "Indonesia's defence ministry said it"
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

    private static bool PronounAfterAWeaponOrAColon(AnalyzedSentence s, int k) =>
        k >= 1 && (s.Lower(k - 1) is ":" or ";" || WeaponEndsAt(s, k) || k >= 2 && s.Lower(k - 1) is "that" or "which" && WeaponEndsAt(s, k - 1));

    /// <summary>A weapon mention ends right before token <paramref name="k"/> (its plural "s" split off, as in "F-16s", included).</summary>
    private static bool WeaponEndsAt(AnalyzedSentence s, int k) =>
        s.Weapons.Any(w => w.End == k || w.End == k - 1 && s.Lower(k - 1) == "s");

    /// <summary>The state a sentence opens with as its subject ("The Netherlands says ...", "Germany's minister said ..."), before token <paramref name="k"/>.</summary>
    private static PartyMention? StateOpeningTheSentence(AnalyzedSentence s, int k) =>
        s.Parties.FirstOrDefault(p => p.First < k && !p.ModifiesWeapon && (OnlyOpenersBefore(s, p.First) || p.First == 1 && s.Lower(0) == "the") && p.Code.Length == 2 &&
                                      (!p.Possessive || InstitutionEnd(s, p, k) > p.End)) is { } opener &&
        !s.Parties.Any(p => p.First > opener.End && p.First < k && !p.ModifiesWeapon && p.Form != PartyForm.Demonym && p.Code != opener.Code && !Prepositions.Contains(PrepositionBefore(s, p)))
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
        p.Form == PartyForm.Organisation || (p.Possessive && s.Parties.Any(x => x.First == p.End + 2 && x.Form == PartyForm.Organisation));

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

    /// <summary>The nouns of <see cref="InstitutionWords"/> that head a party's institution ("Ghana's army"), not modifiers ("Russia's military exports").</summary>
    /// <summary>People sent by a state: "officials from Paris" speak for Paris, they do not sell from it.</summary>
    private static readonly HashSet<string> Delegates = new(StringComparer.Ordinal)
    {
        "officials", "delegation", "delegations", "representatives", "diplomats", "negotiators", "ministers", "envoys",
    };

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

    /// <summary>"Turkish drone maker Baykar", "the French firm Thales": a demonym and up to three common nouns before a firm's name.</summary>
    private static bool DescribesTheFirm(AnalyzedSentence s, PartyMention demonym, PartyMention firm) =>
        demonym.Form == PartyForm.Demonym && firm.Form == PartyForm.Organisation && demonym.Code == firm.Code && firm.First > demonym.End && firm.First - demonym.End <= 3 &&
        TokenRun.All(s, demonym.End, firm.First - demonym.End, static (s, k) => s.Tokens[k].Kind == Core.Text.TokenKind.Word && char.IsLower(s.Text[s.Tokens[k].Start]));

    private static bool IsCoordinated(AnalyzedSentence s, PartyMention a, PartyMention b)
    {
        // "Egypt's defence ministry and Hanwha signed": the state's institution is the state, coordinated as its name would be.
        var end = InstitutionEnd(s, a, b.First);
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
        if (comma && !s.Parties.Any(q => q.End == a.First - 1 && s.Lower(a.First - 1) == ",") && b.End < s.Tokens.Count && (s.Lower(b.End) is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "also" or "said" or "says" ||
                                                s.Triggers.Any(t => t.First == b.End && !t.Entry.IsNoun)))
        {
            return false;
        }

        if (!comma || TokenRun.Any(s, end, gap, static (s, k) => s.Lower(k) is "and" or "or"))
        {
            return true;
        }

        // "A, B and C" is a list; "with Iran, Armenia received" is not: a comma joins only when the list goes on.
        var next = s.Parties.FirstOrDefault(p => p.First > b.End);
        return next is not null && next.First - b.End <= 2 && TokenRun.All(s, b.End, next.First - b.End, static (s, k) => s.Lower(k) is "and" or "or" or ",");
    }

    private static (List<string> Suppliers, string SupplierFrom, List<string> Recipients, string RecipientFrom) AssignParties(
        Roles r, TriggerRole role, bool passive, string? origin, DocumentFocus focus, bool fromFocus, string? designation = null, int sentenceIndex = -1)
    {
        // "Chile ordered two frigates from Spain, but Madrid halted the shipment": the deal recalled is the one the same
        // sentence told of that weapon, whoever the story is mostly about.
        var toldOfWeapon = fromFocus && designation is not null ? ToldOfWeaponIn(focus.Told, designation, sentenceIndex) : null;
        var a = new PartyChoice(r, origin);
        switch (role)
        {
            case TriggerRole.Giver when !passive:
                // "Saab beat France's bid with the Rafale": an offering noun's possessor offers, whatever the sentence's subject.
                if (r.NounHead)
                {
                    a.Supply([r.Possessor], "possessor of the offer");
                    a.Supply([r.From], "'from'"); // "an offer from Sweden of 14 jets"
                    a.Supply([r.By], "'by'"); // "a bid by Raytheon for the Patriot"
                }

                a.Supply([r.Subject], "subject");
                a.Supply([r.Possessor], "possessor");
                a.Receive([r.To], "'to'");
                // ("cleared Lockheed Martin to offer the F-16": the seller's own firm, permitted, buys nothing.)
                a.Receive([r.Object], "object", static (a, p) => !(p.Form == PartyForm.Organisation && a.Supplied(p)));
                a.Receive([r.For], "'for'");
                a.Receive([r.Possessor], "possessor", PartyChoice.NotSupplier);
                a.Receive([r.In], "'in'");
                // "France signed a contract with Egypt to supply 30 Rafales": the seller signs with its buyer.
                a.Receive([r.With], "'with' (the other side of the contract)", static (a, p) => a.R.SignedWith && !a.Supplied(p) && p.Form != PartyForm.Organisation);
                a.Supply([r.From], "'from'");
                // ("The German offer beat a bid from Fincantieri": a rival's offer is not the one the bid is made to.)
                if (r.NounHead && a.SupplierFrom == "'from'")
                {
                    a.Receive([r.Subject, r.Possessor], "subject, to whom the offer is made", static (a, p) => !a.Supplied(p) && !a.R.Bidders.Contains(p));
                }

                break;
            case TriggerRole.Giver:
                a.Supply([r.By], "'by'");
                a.Supply([r.From], "'from'");
                a.Receive([r.To], "'to'");
                a.Receive([r.For], "'for'");
                a.Receive([r.In], "'in'");
                a.Receive([r.Subject], "subject", static (a, p) => p.Form != PartyForm.Demonym || !a.Supplied(p));
                a.Receive([r.Possessor], "possessor", PartyChoice.NotSupplier);
                break;
            case TriggerRole.Taker when !passive:
                // "fines over Hanoi's purchase of the Su-30": a buying noun's possessor is the buyer, whatever the sentence's subject.
                if (r.NounHead)
                {
                    a.Receive([r.Possessor], "possessor of the purchase", static (a, p) => p.Code != a.Origin);
                }

                // "bought China's HQ-9": a possessive naming the weapon's maker is the seller, not the owner.
                a.Supply([r.Possessor], "maker named as the weapon's possessor", static (a, p) => p.Code == a.Origin && a.R.Subject.Count == 0);
                // "Malaysia is interested in Kuwait's Hornets": another state owning the weapon sells it second-hand.
                // (Not for a weapon with its own origin word: "bought Israel's Barak MX and Turkish TB2 drones".)
                // (A set, read in its own order; copied only when it holds any.)
                if (r.WeaponOwners.Count > 0)
                {
                    a.Supply([new List<PartyMention>(r.WeaponOwners)], "owner named as the weapon's possessor",
                        static (a, p) => !a.R.NounHead && p.Code != a.Origin && a.R.Subject.Count > 0 && !HasCode(a.R.Subject, p.Code) && !HasCode(a.R.Origin, a.Origin));
                }
                a.Receive([r.Subject], "subject");
                a.Receive([r.Possessor], "possessor", PartyChoice.NotSupplier);
                // "the minister inducted the Su-30 into the Indian Air Force": the forces it goes into take it.
                a.Receive([r.Into], "'into'");
                a.Supply([r.From], "'from'");
                a.Supply([r.With], "'with'");
                a.Supply([r.By], "'by'");
                a.Receive([r.For], "'for'");
                a.Receive([r.Object], "object", static (a, p) => a.R.Subject.Count == 0);
                break;
            case TriggerRole.Taker:
                a.Receive([r.By], "'by'");
                a.Supply([r.From], "'from'");
                a.Receive([r.For], "'for'");
                a.Receive([r.To], "'to'");
                break;
            case TriggerRole.Arrival:
                a.Receive([r.In], "'in'");
                a.Receive([r.To], "'to'");
                a.Receive([r.Object], "object");
                a.Supply([r.From], "'from'");
                a.Supply([r.By], "'by'"); // "are set to be delivered to Ukraine by Germany and the Netherlands"
                break;
            default:
                AssignDealParties(a);
                break;
        }

        var suppliers = a.Suppliers;
        var recipients = a.Recipients;
        var supplierFrom = a.SupplierFrom;
        var recipientFrom = a.RecipientFrom;
        // (Only toward a buyer the sentence names: "India ordered Rafales from France. It delivered the last in 2022" is France.)
        if (suppliers.Count == 0 && r.PronounSubject && role == TriggerRole.Giver && !passive && recipients.Count > 0 && focus.TakingSubjectBefore is { } taker && !recipients.Contains(taker))
        {
            suppliers = [taker];
            supplierFrom = "'it'/'they' as the buyer the sentence before opened with";
        }

        if (suppliers.Count == 0 && r.PronounOpensSentence && role == TriggerRole.Giver && !passive && recipients.Count > 0 && focus.SubjectState is { } subjectState && !recipients.Contains(subjectState))
        {
            suppliers = [subjectState];
            supplierFrom = "'it'/'they' opening the sentence as the state the story last spoke of";
        }

        // ("Russia sold jets to Venezuela. China became the second pillar. It has supplied ...": the state the sentence before
        // spoke of, telling no transfer, carries on.)
        if (suppliers.Count == 0 && r.PronounOpensSentence && role == TriggerRole.Giver && !passive && focus.SubjectOfAQuietSentence is { } quiet &&
            quiet != focus.Supplier && !recipients.Contains(quiet))
        {
            suppliers = [quiet];
            supplierFrom = "'it'/'they' opening the sentence as the state the sentence before opened with";
        }

        if (suppliers.Count == 0 && r.PronounSubject && role == TriggerRole.Giver && !passive && focus.Supplier is not null)
        {
            suppliers = [focus.Supplier];
            supplierFrom = "'it'/'they' as the supplier in focus";
        }

        // ("put the deal on hold" after a sale of used Mirages from Qatar: the deal's seller, not the jets' maker.)
        if (suppliers.Count == 0 && r.RecalledDeal is { } recalledBySupplier && !recipients.Contains(recalledBySupplier.Supplier))
        {
            suppliers = [recalledBySupplier.Supplier];
            supplierFrom = "the deal recalled";
        }

        if (suppliers.Count == 0 && origin is not null && !r.OwnersWeapon)
        {
            suppliers = [origin];
            supplierFrom = HasCode(r.Origin, origin) ? "origin word before the weapon" : "catalogue origin of the weapon";
        }

        if (suppliers.Count == 0 && fromFocus && (toldOfWeapon?.Supplier ?? focus.Supplier) is { } earlierSupplier)
        {
            suppliers = [earlierSupplier];
            supplierFrom = "earlier transfer";
        }

        if (recipients.Count == 0 && (r.Subject.Count == 0 || r.OfferInALaterClause && role == TriggerRole.Giver) && r.PreviousRecipient is not null && role is TriggerRole.Taker or TriggerRole.Arrival or TriggerRole.Giver &&
            !suppliers.Contains(r.PreviousRecipient))
        {
            recipients = [r.PreviousRecipient];
            recipientFrom = "buyer of the coordinated clause before";
        }

        if (r.PronounSubject)
        {
            if (recipients.Count == 0 && role is TriggerRole.Taker or TriggerRole.Either && focus.GivingSubjectBefore is { } giver && !suppliers.Contains(giver))
            {
                recipients = [giver];
                recipientFrom = "'it'/'they' as the supplier the sentence before opened with";
            }
            else if (recipients.Count == 0 && role is TriggerRole.Taker or TriggerRole.Either && r.PronounOpensSentence && focus.SubjectState is { } subject && !suppliers.Contains(subject))
            {
                recipients = [subject];
                recipientFrom = "'it'/'they' opening the sentence as the state the story last spoke of";
            }
            else if (recipients.Count == 0 && role is TriggerRole.Taker or TriggerRole.Either && focus.Recipient is not null && !suppliers.Contains(focus.Recipient))
            {
                recipients = [focus.Recipient];
                recipientFrom = "'it'/'they' as the buyer in focus";
            }
            else if (suppliers.Count == 0 && role == TriggerRole.Giver && focus.Supplier is not null)
            {
                suppliers = [focus.Supplier];
                supplierFrom = "'it'/'they' as the supplier in focus";
            }
        }

        if (recipients.Count == 0)
        {
            if (role != TriggerRole.Giver && LastOtherParty(r, suppliers) is { } other)
            {
                recipients = [other.Code];
                recipientFrom = "other party in the clause";
            }
            else if (role != TriggerRole.Giver && FirstPartyOutside(r, suppliers) is { } outside)
            {
                recipients = [outside.Code];
                recipientFrom = "party opening the sentence";
            }
            else if (r.SettingState is { } setting && role != TriggerRole.Giver && r.Subject.Count == 0 && !suppliers.Contains(setting))
            {
                recipients = [setting];
                recipientFrom = "the state the sentence is set in";
            }
            else if (r.RecalledDeal is { } recalled && !suppliers.Contains(recalled.Recipient))
            {
                recipients = [recalled.Recipient];
                recipientFrom = "the deal recalled";
            }
            else if (toldOfWeapon is not null && !suppliers.Contains(toldOfWeapon.Recipient))
            {
                recipients = [toldOfWeapon.Recipient];
                recipientFrom = "earlier transfer of the weapon";
            }
            else if ((fromFocus || r.NoPartyInSentence || OnlySuppliersNamed(r, suppliers) || supplierFrom == "possessor of the offer") && focus.Recipient is not null && !suppliers.Contains(focus.Recipient))
            {
                recipients = [focus.Recipient];
                recipientFrom = "earlier transfer";
            }

        }

        // "Berlin sold frigates to Algiers ... Germany later cancelled the contract", "the buyer put the deal on hold": a
        // step of a recalled deal is between the deal's parties, whichever of them is the subject (either may halt it).
        if (r.RecalledDeal is { } ended && suppliers.Count + recipients.Count > 0 && OnlyOf(suppliers, ended) && OnlyOf(recipients, ended) &&
            !(suppliers.SequenceEqual([ended.Supplier]) && recipients.SequenceEqual([ended.Recipient])))
        {
            (suppliers, supplierFrom, recipients, recipientFrom) = ([ended.Supplier], "the deal recalled (one of its parties as the subject)", [ended.Recipient], "the deal recalled");
        }

        return (suppliers, supplierFrom, recipients, recipientFrom);
    }

    /// <summary>The last party of the subject, possessor, object, 'for' and 'in' (in that order) that is no supplier, else null.</summary>
    private static PartyMention? LastOtherParty(Roles r, List<string> suppliers)
    {
        foreach (var list in (ReadOnlySpan<List<PartyMention>>)[r.In, r.For, r.Object, r.Possessor, r.Subject])
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (!suppliers.Contains(list[i].Code))
                {
                    return list[i];
                }
            }
        }

        return null;
    }

    /// <summary>The first party named before the clause, not after a preposition, that is no supplier, else null.</summary>
    private static PartyMention? FirstPartyOutside(Roles r, List<string> suppliers)
    {
        foreach (var p in r.Other)
        {
            if (!suppliers.Contains(p.Code) && !IsPrepositional(r, p) && p.End <= r.ClauseStart)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Whether every code of <paramref name="codes"/> is the recalled deal's supplier or recipient.</summary>
    private static bool OnlyOf(List<string> codes, (string Supplier, string Recipient) deal)
    {
        foreach (var c in codes)
        {
            if (c != deal.Supplier && c != deal.Recipient)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Contracts, deals, talks: the parties are named without a direction; the weapon's origin tells who supplies.</summary>
    private static void AssignDealParties(PartyChoice a)
    {
        var r = a.R;
        // ("Spain awarded Saab a contract for ...", "the contract was awarded to Rafael by Spain": the buyer awards, the seller is awarded.)
        if (r.Awarded && r.To.Count > 0)
        {
            a.Supply([r.To], "'to' (the contract awarded to)");
            a.Receive([r.By, r.Subject], "who awards the contract", PartyChoice.NotSupplier);
        }
        else if (r.Awarded && r.Subject.Exists(p => p.Form == PartyForm.Organisation))
        {
            a.Supply([r.Subject], "the firm awarded the contract (subject)");
            a.Receive([r.From, r.By], "who awards the contract", PartyChoice.NotSupplier);
        }
        else if (r.Awarded)
        {
            // ("The Pentagon awarded Lockheed Martin a contract for 66 F-16s for Taiwan": a state's own agency buys
            // for the party after "for".)
            a.Supply([r.Object], "the firm awarded the contract");
            a.Receive([r.Subject], "subject (who awards the contract)", PartyChoice.NotSupplier);
        }

        a.Supply([r.From], "'from'");
        a.Receive([r.To], "'to'");
        a.Receive([r.For], "'for'");

        // "agreed terms with Sweden's Saab for 16 Gripens": the maker the deal is made with sells,
        // whatever the catalogue says of a weapon built by several states.
        // ("a contract with Poland's Armament Agency": a state's own institution buys; it is no maker.)
        a.Supply([r.With], "'with' a maker", static (a, p) => (p.Form == PartyForm.Organisation || p.Possessive && !a.R.Institutions.Contains(p)) && !HasCode(a.R.Subject, p.Code));
        // "Airbus signed a contract with Saudi Arabia for tankers": a firm contracting with a state sells to it.
        if (a.Suppliers.Count == 0 && r.Subject.Count > 0 && r.Subject.TrueForAll(p => p.Form == PartyForm.Organisation) && r.With.Count > 0 &&
            NoneShareACode(r.With, r.Subject) && r.With.TrueForAll(p => p.Form != PartyForm.Organisation) &&
            !(a.Origin is not null && HasCode(r.With, a.Origin) && r.Subject.TrueForAll(p => p.Code.Length == 2 && p.Code != a.Origin))) // (not "HAL signed a contract with the American company" for US engines)
        {
            a.Supply([r.Subject], "a firm contracting with a state");
            a.Receive([r.With], "the state the firm contracts with");
        }

        // (The parties named in the clause: subject, possessor, 'with' and object, in that order.)
        if (a.Origin is not null)
        {
            a.Supply([r.Subject, r.Possessor, r.With, r.Object], "party matching the weapon's origin", static (a, p) => p.Code == a.Origin);
            a.Supply([r.Origin], "origin word before the weapon", static (a, p) => p.Code == a.Origin);

            // "Bucharest signed a contract with Norway for 32 used F-16s": when the maker is neither party, the
            // state the deal is made with sells what it owns.
            // (Not when the subject is a firm: "Airbus signed a contract with Saudi Arabia" is the firm selling.)
            if (a.Suppliers.Count == 0 && r.Subject.Count > 0 && r.With.Count > 0 && NoneShareACode(r.With, r.Subject) &&
                r.Subject.TrueForAll(p => p.Form != PartyForm.Organisation))
            {
                a.Supply([r.With], "'with' (the maker is neither party)");
                a.Receive([r.Subject], "subject of the deal");
            }

            a.Receive([r.Subject, r.Possessor, r.With, r.Object], "other party of the deal", static (a, p) => p.Code != a.Origin && !a.Supplied(p));
        }
        else
        {
            // "Ghana and Otokar signed a deal for armoured vehicles": of a state and a maker, the maker sells.
            a.Makers = MakersAmongSubjects(r);
            a.Supply([a.Makers], "the maker among the parties");
            a.Receive([r.Subject, r.Possessor], "subject of the deal", static (a, p) => !HasCode(a.Makers!, p.Code));
            a.Supply([r.With, r.Object], "'with'");
        }
    }

    /// <summary>The subjects that are makers while another subject, of another code, is not ("Ghana and Otokar signed a deal").</summary>
    private static List<PartyMention> MakersAmongSubjects(Roles r)
    {
        var makers = new List<PartyMention>();
        foreach (var p in r.Subject)
        {
            if (r.Makers.Contains(p) && NonMakerSubjectBesides(r, p.Code))
            {
                makers.Add(p);
            }
        }

        return makers;
    }

    private static bool NonMakerSubjectBesides(Roles r, string code)
    {
        foreach (var q in r.Subject)
        {
            if (!r.Makers.Contains(q) && q.Code != code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a party of <paramref name="parties"/> has the code <paramref name="code"/>.</summary>
    private static bool HasCode(List<PartyMention> parties, string? code)
    {
        foreach (var p in parties)
        {
            if (p.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether no party of <paramref name="these"/> has the code of a party of <paramref name="those"/>.</summary>
    private static bool NoneShareACode(List<PartyMention> these, List<PartyMention> those)
    {
        foreach (var p in these)
        {
            if (HasCode(those, p.Code))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last transfer told of <paramref name="designation"/> in sentence <paramref name="sentenceIndex"/>, else null.</summary>
    private static Candidate? ToldOfWeaponIn(List<Candidate> told, string designation, int sentenceIndex)
    {
        for (var i = told.Count - 1; i >= 0; i--)
        {
            if (told[i].System == designation && told[i].SentenceIndex == sentenceIndex)
            {
                return told[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The suppliers and recipients <see cref="AssignParties"/> has chosen so far, each set once, by the first role that
    /// names a party. Filters are static lambdas over this object, so a chain's weapon costs this one object instead of a
    /// closure, a delegate and an iterator per filter.
    /// </summary>
    private sealed class PartyChoice(Roles r, string? origin)
    {
        /// <summary>"not already a supplier": the filter most recipients pass.</summary>
        public static readonly Func<PartyChoice, PartyMention, bool> NotSupplier = static (a, p) => !a.Supplied(p);

        public Roles R { get; } = r;

        public string? Origin { get; } = origin;

        public List<string> Suppliers { get; private set; } = [];

        public List<string> Recipients { get; private set; } = [];

        public string SupplierFrom { get; private set; } = "";

        public string RecipientFrom { get; private set; } = "";

        /// <summary>The makers among the subjects of a deal with no origin (set before the filters that read it).</summary>
        public List<PartyMention>? Makers { get; set; }

        public bool Supplied(PartyMention p) => Suppliers.Contains(p.Code);

        /// <summary>The codes of the parties of <paramref name="lists"/> that <paramref name="keep"/> keeps become the suppliers, unless some are chosen already.</summary>
        public void Supply(ReadOnlySpan<List<PartyMention>> lists, string why, Func<PartyChoice, PartyMention, bool>? keep = null)
        {
            if (Suppliers.Count == 0 && AnyKept(lists, keep))
            {
                Suppliers = Codes(lists, keep);
                SupplierFrom = why;
            }
        }

        /// <summary>As <see cref="Supply"/>, for the recipients.</summary>
        public void Receive(ReadOnlySpan<List<PartyMention>> lists, string why, Func<PartyChoice, PartyMention, bool>? keep = null)
        {
            if (Recipients.Count == 0 && AnyKept(lists, keep))
            {
                Recipients = Codes(lists, keep);
                RecipientFrom = why;
            }
        }

        private bool AnyKept(ReadOnlySpan<List<PartyMention>> lists, Func<PartyChoice, PartyMention, bool>? keep)
        {
            foreach (var list in lists)
            {
                foreach (var p in list)
                {
                    if (keep is null || keep(this, p))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Each kept party's code once, in order of first mention (as Distinct).</summary>
        private List<string> Codes(ReadOnlySpan<List<PartyMention>> lists, Func<PartyChoice, PartyMention, bool>? keep)
        {
            var codes = new List<string>();
            foreach (var list in lists)
            {
                foreach (var p in list)
                {
                    if ((keep is null || keep(this, p)) && !codes.Contains(p.Code))
                    {
                        codes.Add(p.Code);
                    }
                }
            }

            return codes;
        }
    }

    /// <summary>"the administration suspended", "the government froze": a government acts, but the sentence does not say whose.</summary>
    // "the government", "the chancellor's government": no state named, so the story's own.
    private static bool UnnamedGovernmentSubject(AnalyzedSentence s, int clauseStart, int first) =>
        !s.Parties.Any(p => p.First >= clauseStart && p.End <= first) &&
        TokenRun.Any(s, clauseStart, Math.Max(0, first - clauseStart), static (s, k) => k > 0 && (s.Lower(k - 1) is "the" or "'s" or "’s" || k > 1 && s.Lower(k - 1) == "s" && s.Lower(k - 2) is "'" or "’") &&
                                                                                   s.Lower(k) is "government" or "administration" or "ministry" or "authorities" or "cabinet" or "regulators" or "regulator");

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

    /// <summary>"42 Rafales, the first three of which are due in 2026": the count of units of the weapon before "of which".</summary>
    private static int? FirstOfWhich(AnalyzedSentence s, WeaponMention w)
    {
        var k = w.End;
        if (k + 4 >= s.Tokens.Count || s.Lower(k) != "," || s.Lower(k + 1) != "the" || s.Lower(k + 2) != "first")
        {
            return null;
        }

        var count = NumberWords.Parse(s.Lower(k + 3));
        var of = count is null ? k + 3 : k + 4;
        return of + 1 < s.Tokens.Count && s.Lower(of) == "of" && s.Lower(of + 1) is "which" or "them" ? count ?? 1 : null;
    }

    /// <summary>Where "with" stands before "a fifth on order", "two more on order" (the chain starting at "on"), else null.</summary>
    private static int? OnOrderAfterWith(AnalyzedSentence s, int first)
    {
        if (first + 1 >= s.Tokens.Count || s.Lower(first) != "on" || s.Lower(first + 1) != "order")
        {
            return null;
        }

        for (var k = first - 1; k >= Math.Max(0, first - 4); k--)
        {
            if (s.Lower(k) == "with")
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// "the frigate reached Valparaiso": a capitalised word after "reached" is a place when a weapon is the clause's subject and
    /// the word is no milestone ("reached Initial Operational Capability", "reached IOC", "reached Mach 2", "reached Stage 3").
    /// </summary>
    private static bool ReachesAPlace(AnalyzedSentence s, int clauseStart, TriggerMention reached)
    {
        var next = reached.End;
        var word = s.Word(next);
        return s.Weapons.Any(w => w.First >= clauseStart && w.End <= reached.First) && !(word.Length > 1 && word.All(char.IsUpper)) &&
               s.Lower(next) is not ("initial" or "full" or "final" or "stage" or "phase" or "milestone" or "operational" or "mach" or "level");
    }

    /// <summary>
    /// "another 48 jets", "180 more tanks", "a further contract for 180 tanks", "a follow-on order for 20 howitzers": a counted
    /// kind that adds to what was bought before is more of the system of that kind the story named.
    /// </summary>
    private static bool MoreOfTheSame(AnalyzedSentence s, WeaponMention w)
    {
        if (w.Definite || w.Quantity is null)
        {
            return false;
        }

        for (var k = w.First - 1; k >= Math.Max(0, w.First - 3); k--)
        {
            if (NumberWords.Parse(s.Lower(k)) is null)
            {
                continue;
            }

            if (s.Lower(k + 1) == "more" || k >= 1 && s.Lower(k - 1) is "another" or "additional" or "further" or "extra")
            {
                return true;
            }

            // "a further contract for 180 tanks": the adding word on the deal the count follows.
            // ("follow-on" may come as one token or as "follow", "-", "on".)
            return k >= 3 && s.Lower(k - 1) == "for" && s.Lower(k - 2) is "contract" or "order" or "deal" or "agreement" &&
                   (s.Lower(k - 3) is "further" or "follow-on" or "additional" or "second" or "third" or "another" or "repeat" ||
                    k >= 5 && s.Lower(k - 3) == "on" && s.Lower(k - 4) == "-" && s.Lower(k - 5) == "follow");
        }

        return false;
    }

    /// <summary>"two corvettes of the same design", "drones of the same type": a kind that stands for a system named before.</summary>
    private static bool OfTheSameDesign(AnalyzedSentence s, int k) =>
        k + 3 < s.Tokens.Count && s.Lower(k) == "of" && s.Lower(k + 1) == "the" && s.Lower(k + 2) == "same" &&
        s.Lower(k + 3) is "design" or "type" or "class" or "model" or "kind" or "version";

    /// <summary>
    /// "Hungary ordered Lynx KF41 vehicles ... Italy has also signed for the Lynx": a one-word name that a longer name of the
    /// story contained stands for that system, not for another one of the catalogue sharing the word (the Lynx helicopter).
    /// </summary>
    private static void KeepNamesConsistent(AnalyzedSentence s, DocumentFocus focus)
    {
        for (var i = 0; i < s.Weapons.Count; i++)
        {
            var w = s.Weapons[i];
            if (w.Designation is null)
            {
                continue;
            }

            if (w.End - w.First == 1 && char.IsUpper(s.Text[s.Tokens[w.First].Start]) && focus.NameWords.TryGetValue(s.Lower(w.First), out var earlier) &&
                earlier.Designation != w.Designation)
            {
                s.Weapons[i] = w with { Designation = earlier.Designation, Category = earlier.Category, Origin = earlier.Origin };
            }
            else if (w.End - w.First >= 2 && s.Tokens[w.First].Kind == Core.Text.TokenKind.Word && s.Tokens[w.First].Length >= 3 &&
                     char.IsUpper(s.Text[s.Tokens[w.First].Start]) && s.Lower(w.First) is not ("type" or "class" or "project" or "block" or "mark" or "model"))
            {
                // (The first word only: "Black Hawk" says nothing of a later "Hawk".)
                focus.NameWords.TryAdd(s.Lower(w.First), w);
            }
        }
    }

    /// <summary>
    /// "Algeria ordered MiG-29s and T-90s ... The MiGs arrived in 2007": a family name stands for the member of the family
    /// the story named last (a family named alone stays the family).
    /// </summary>
    private void NameFamilyMembers(AnalyzedSentence s, DocumentFocus focus)
    {
        for (var i = 0; i < s.Weapons.Count; i++)
        {
            // ("offered it new MiG fighters": a new one is the family's, not the member told before.)
            if (s.Weapons[i].Designation is { } family && _data.FamilyPrefixes.TryGetValue(family, out var prefix) &&
                !(s.Weapons[i].First >= 1 && s.Lower(s.Weapons[i].First - 1) is "new" or "newer" or "modern") &&
                focus.Named.FindLast(n => n.Designation is { } member && ReferenceData.IsMemberOf(member, prefix)) is { } named)
            {
                s.Weapons[i] = s.Weapons[i] with { Designation = named.Designation, Category = named.Category, Origin = named.Origin };
            }
        }
    }

    private static bool DateOfAnEarlierPredicate(AnalyzedSentence s, DateMention date, int first)
    {
        // (Only a date after the earlier predicate's verb: "On April 10 he said Russia is interested ... and is ready to" dates both.)
        var dateToken = s.TokenAt(date.EndChar - 1);
        if (!s.Triggers.Any(t => t.Entry.Status is not null && t.End <= dateToken && t.First < first))
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
    /// "Canada has shortlisted Germany's TKMS and South Korea's Hanwha as the two remaining bidders to supply": the states
    /// (or firms) named before the bidders' noun offer; the party opening the clause, choosing among them, would buy.
    /// </summary>
    private static (List<string> Bidders, string Tenderer)? BiddersToSupply(AnalyzedSentence s, TriggerMention t)
    {
        if (t.First < 3 || s.Lower(t.First - 1) != "to" || s.Lower(t.First - 2) is not ("bidders" or "contenders" or "finalists" or "competitors" or "candidates"))
        {
            return null;
        }

        var named = s.Parties.Where(p => p.End <= t.First - 2 && !p.ModifiesWeapon).ToList();
        if (named.Count < 2 || named[0].Possessive)
        {
            return null;
        }

        var tenderer = named[0].Code;
        var bidders = named.Skip(1).Select(p => p.Code).Where(c => c != tenderer).Distinct().ToList();
        return bidders.Count == 0 ? null : (bidders, tenderer);
    }

    /// <summary>"Ukraine's Bradley vehicles", "India's 36 Rafales": the state owning the weapon, named just before it.</summary>
    private static string? OwnerBefore(AnalyzedSentence s, WeaponMention w)
    {
        foreach (var p in s.Parties)
        {
            if (p.Possessive && p.End + 2 <= w.First && w.First - (p.End + 2) <= 2)
            {
                return p.Code;
            }
        }

        return null;
    }

    /// <summary>"handed over the last three of 32 F-16s it sold to Romania": the buyer a relative clause on the weapon names.</summary>
    private static string? BuyerOfTheRelativeClause(AnalyzedSentence s, int weaponEnd) => PartyOfTheRelativeClause(s, weaponEnd, "to", TriggerRole.Giver);

    /// <summary>Whether a step trigger of <paramref name="role"/> starts in [from, to) (a loop: no closure per call).</summary>
    private static bool StepOfRoleIn(AnalyzedSentence s, int from, int to, TriggerRole role)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First >= from && t.First < to && t.Entry.Role == role && t.Entry.Status is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the submarines it ordered from Germany": the seller a relative clause on the weapon names after "from".</summary>
    private static string? SellerOfTheRelativeClause(AnalyzedSentence s, int weaponEnd) => PartyOfTheRelativeClause(s, weaponEnd, "from", TriggerRole.Taker);

    /// <summary>The party after <paramref name="preposition"/> in a relative clause right after a weapon whose verb has <paramref name="role"/>.</summary>
    private static string? PartyOfTheRelativeClause(AnalyzedSentence s, int weaponEnd, string preposition, TriggerRole role)
    {
        if (weaponEnd >= s.Tokens.Count || s.Lower(weaponEnd) is not ("it" or "they" or "which" or "that"))
        {
            return null;
        }

        for (var k = weaponEnd + 1; k < Math.Min(s.Tokens.Count, weaponEnd + 10); k++)
        {
            if (s.Lower(k) is "," or ";" or "and")
            {
                return null;
            }

            if (s.Lower(k) == preposition && s.Parties.Find(p => p.First == k + 1 && !p.ModifiesWeapon) is { } party && StepOfRoleIn(s, weaponEnd + 1, k, role))
            {
                return party.Code;
            }
        }

        return null;
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
                s.Weapons.Exists(w => w.End > last && w.End <= t.First - 1) && !CommaBetween(s, t.End, dateToken)) // (", the army said on Monday" is the report's)
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

    /// <summary>Verbs of a plan before "to": a seller who "plans to sell" has a planned sale, not a wish.</summary>
    private static readonly HashSet<string> PlanVerbs = new(StringComparer.Ordinal)
    {
        "intends", "intend", "intended", "plans", "plan", "planned", "planning",
    };

    /// <summary>Verbs of intent before "to" and a verb of transfer: "plans to buy", "hopes to export", "is trying to sell".</summary>
    private static readonly HashSet<string> IntentVerbs = new(PlanVerbs.Concat(
    [
        "wants", "want", "wanted", "hopes", "hope", "hoped", "hoping", "aims", "aim", "seeks", "sought", "seeking", "looking", "trying", "tried", "try",
        "attempting", "attempted", "eager", "keen", "view", "like", // "with a view to buying", "would like to buy"
    ]), StringComparer.Ordinal);

    /// <summary>"was flown to Belgrade by six Y-20 transports", "aboard a C-17": what carried the delivery, not what was delivered.</summary>
    /// <summary>Whether token k is in a party's name that acts ("by Washington"), not one describing a weapon ("six Chinese Y-20s").</summary>
    private static bool NamesAnAgentAt(AnalyzedSentence s, int k)
    {
        foreach (var p in s.Parties)
        {
            if (p.First <= k && k < p.End && !p.ModifiesWeapon && p.Form != PartyForm.Demonym)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCarrier(AnalyzedSentence s, WeaponMention w, int last)
    {
        for (var k = w.First - 1; k >= last && k >= w.First - 5; k--)
        {
            if (s.Lower(k) is "aboard" or "board" or "onboard" or "via" ||
                s.Lower(k) == "by" && k > 0 && s.Lower(k - 1) is not ("followed" or "joined" or "accompanied" or "built" or "made" or "produced" or "sold" or "supplied"))
            {
                return true;
            }

            // ("a bid by Naval Group for the Scorpene": the weapon of a deal, not what carries it; "unveiled by Washington
            // includes Stingers": an agent's name and a verb come between.)
            if (s.Lower(k) is "," or "and" or "with" or "for" or "of" or "includes" or "include" or "included" or "including" or "contains" or "covers" || NamesAnAgentAt(s, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A name in quotes right after a designation (the closing quote may fall inside the mention: "'Predator' drones").</summary>
    private static bool IsNickname(AnalyzedSentence s, WeaponMention w) =>
        w.First >= 2 && !w.IsGeneric && IsQuote(s.Lower(w.First - 1)) && s.Weapons.Exists(o => o.End == w.First - 1 && !o.IsGeneric) &&
        TokenRun.Any(s, w.First + 1, Math.Min(w.End + 1, s.Tokens.Count) - w.First - 1, static (s, k) => IsQuote(s.Lower(k)));

    /// <summary>"known as the FK-3", "known for export as", "also known as", "dubbed", "designated": a name given to something named before.</summary>
    private static bool KnownAs(AnalyzedSentence s, int first)
    {
        var k = first - 1;
        if (k >= 0 && s.Lower(k) == "the")
        {
            k--;
        }

        if (k >= 0 && s.Lower(k) is "dubbed" or "designated" or "renamed")
        {
            return true;
        }

        return k >= 1 && s.Lower(k) == "as" && TokenRun.Any(s, Math.Max(0, k - 3), Math.Min(3, k), static (s, j) => s.Lower(j) == "known");
    }

    /// <summary>The token after a possessive mark at <paramref name="k"/> ("'s", "’s", "'" and "s" as two tokens, or a plural's bare "'"), or -1.</summary>
    private static int PastPossessiveMark(AnalyzedSentence s, int k) =>
        k >= s.Tokens.Count ? -1
        : s.Lower(k) is "'s" or "’s" ? k + 1
        : s.Lower(k) is "'" or "’" ? (k + 1 < s.Tokens.Count && s.Lower(k + 1) == "s" ? k + 2 : k + 1)
        : -1;

    private static bool IsQuote(string token) => token is "'" or "\"" or "‘" or "’" or "“" or "”";

    /// <summary>Weapons named as exceptions ("other than the S-400", "instead of the F-35") are not what the clause transfers.</summary>
    private static bool IsExcluded(AnalyzedSentence s, WeaponMention w)
    {
        // "a package of Rafale training and support services": services for a weapon are not the weapon.
        if (w.End < s.Tokens.Count && s.Lower(w.End) is "training" or "sustainment" or "maintenance" or "servicing" or "services" or "spares" or "simulators" or "simulator" or "pilots" or "crews" or "upgrades" or "standard")
        {
            return true;
        }

        // "31 MQ-9B 'Predator' drones": a name in quotes right after a designation is its nickname, not another system, and
        // the kind after it is the designation's.
        if (IsNickname(s, w) || w.IsGeneric && w.First >= 1 && IsQuote(s.Lower(w.First - 1)) && s.Weapons.Exists(o => o.End == w.First - 1 && IsNickname(s, o)))
        {
            return true;
        }

        // "China's HQ-22 system, known for export as the FK-3": another name of the system named before, not a second one.
        if (!w.IsGeneric && KnownAs(s, w.First) &&
            s.Weapons.Exists(o => o.End <= w.First && !o.IsGeneric && o.Designation != w.Designation && w.First - o.End <= 10 &&
                                  !TokenRun.Any(s, o.End, w.First - o.End, static (s, k) => s.Lower(k) is "and" or "or" or ";")))
        {
            return true;
        }

        // "chose the Gripen as the Kfir's replacement": a weapon whose successor is named is the one replaced.
        if (PastPossessiveMark(s, w.End) is var owned and >= 0 && owned < s.Tokens.Count && s.Lower(owned) is "replacement" or "successor")
        {
            return true;
        }

        // "shipped the tanks, using guns taken from stock": an instrument of the step is not what it trades.
        if (w.IsGeneric && w.First >= 1 && (s.Lower(w.First - 1) == "using" || w.First >= 2 && s.Lower(w.First - 2) == "using" && !Coverage.InWeapon(s, w.First - 1)))
        {
            return true;
        }

        // "the Aegis-equipped destroyers", "Meteor-armed Rafales": a system that equips the weapon named next is not the one traded.
        // (The name may have taken the suffix in: "Aegis-equipped" read as a variant.)
        var suffix = w.End >= 2 && s.Lower(w.End - 2) == "-" ? w.End - 2 : w.End;
        if (suffix + 1 < s.Tokens.Count && s.Lower(suffix) == "-" && s.Tokens[suffix].Start == s.Tokens[suffix - 1].End &&
            SentenceAnalyzer.IsEquippingWord(s.Lower(suffix + 1)) &&
            TokenSpans.StartsIn(s.Weapons, suffix + 2, suffix + 6))
        {
            return true;
        }

        // "the first F404 engine for India's Tejas", "Storm Shadow missiles for its Su-24s": the platform a supplied weapon
        // is for is the buyer's own (only after another weapon: "a bid from Eurosam for its SAMP/T" offers the SAMP/T).
        if (!w.IsGeneric && (IsPlatform(w.Category) && PlatformOfAnotherWeapon(s, w) || FiredFrom(s, w)))
        {
            return true;
        }

        // "requested MQ-9Bs to watch Pakistan's JF-17s": what the weapons are to counter is no trade.
        for (var k = w.First - 1; k >= 0 && k >= w.First - 5; k--)
        {
            var word = s.Lower(k);
            if (word is "counter" or "countering" or "deter" or "deterring" or "watch" or "track" or "tracking" or "match" or "matching" or "face" or "facing" or "against")
            {
                return true;
            }

            if (!(word is "the" or "a" or "its" or "their" or "s" or "'s" or "'" or "\u2019" || Coverage.InParty(s, k)))
            {
                break;
            }
        }

        // "ordered upgrades for its MiGs", "an overhaul of the Su-30s": work on the buyer's own weapon trades the work.
        if (w.First >= 3 && s.Lower(w.First - 1) is "its" or "their" or "the" && s.Lower(w.First - 2) is "for" or "of" && UpkeepWords.Contains(s.Lower(w.First - 3)))
        {
            return true;
        }

        // "MBDA will supply missiles for the aircraft": a platform recalled after another weapon's "for the" is the buyer's own.
        if (w.IsGeneric && w.Definite && IsPlatform(w.Category) && w.First >= 3 && w.First <= s.Tokens.Count && s.Lower(w.First - 1) == "the" && s.Lower(w.First - 2) == "for" &&
            TokenSpans.EndsAt(s.Weapons, w.First - 2))
        {
            return true;
        }

        // "Harpoon missiles for its frigates and, later, its corvettes": the buyer's own platforms are not supplied.
        // ("a bid from Eurosam for its SAMP/T" names the bidder's own system, so only kinds count.)
        for (var k = Math.Max(0, w.First - 8); w.IsGeneric && k + 1 < w.First; k++)
        {
            if (s.Lower(k) == "for" && s.Lower(k + 1) is "its" or "their" &&
                TokenRun.All(s, k + 2, w.First - k - 2, static (s, j) => s.Lower(j) is "and" or "," or "later" or "eventually" or "also" or "its" or "their" || Coverage.InWeapon(s, j)))
            {
                return true;
            }
        }

        // "make about a fifth of the jet's parts": a share of a weapon's parts is not the weapon.
        if (TokenRun.Any(s, Math.Max(0, w.First - 6), Math.Min(6, w.First), static (s, k) => s.Lower(k) == "of" && k > 0 && s.Lower(k - 1) is "percent" or "cent" or "share" or "%"))
        {
            return true;
        }

        // "maintenance centres for radars, engines and guns": what a facility serves is not supplied.
        if (TokenRun.Any(s, Math.Max(0, w.First - 4), Math.Min(4, w.First), static (s, k) => s.Lower(k) == "for" && k > 0 && s.Lower(k - 1) is "facilities" or "facility" or "centre" or "center" or "centres" or "centers" or "workshop" or "workshops"))
        {
            return true;
        }

        // "the engines for the L-39 and Yak-130 trainers", "shells for Krab howitzers": the platform a part or a round is
        // for is not what is supplied.
        if (w.First >= 2 && PartIsFor(s, w))
        {
            return true;
        }

        // seven words back, not counting the names of a list of weapons ("to retire its old Mirages and Kfirs")
        var words = 0;
        for (var k = w.First - 1; k >= 0 && words < 7; k--)
        {
            // (nor hyphens and the states of "Israeli-built": "replacing an ageing fleet of Israeli-built Kfirs")
            if (Coverage.InWeapon(s, k) || s.Lower(k) == "-" || Coverage.InParty(s, k))
            {
                continue;
            }

            words++;
            var word = s.Lower(k);
            if (word is "replace" or "replacing" or "replaces" or "replacement" or "replacements" or "retire" or "retiring" or "succeed" or "successor")
            {
                return true; // "to replace its MiG-29s": the weapon being replaced is not the one transferred
            }

            if (word is "than" or "besides" || (word == "instead" && k + 1 < s.Tokens.Count && s.Lower(k + 1) == "of") || (word == "from" && k > 0 && s.Lower(k - 1) == "apart"))
            {
                return !(word == "than" && k > 0 && s.Lower(k - 1) is "more" or "fewer" or "less");
            }

            if (Coverage.InTrigger(s, k) || s.Tokens[k].Kind == Core.Text.TokenKind.Punctuation && s.Text[s.Tokens[k].Start] is ',' or ';')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a part or a round named before <paramref name="w"/> is "for" it ("the engines for the L-39", "shells for Krab howitzers").</summary>
    private static bool PartIsFor(AnalyzedSentence s, WeaponMention w)
    {
        foreach (var part in s.Weapons)
        {
            if (part.IsGeneric && (part.Category is WeaponCategory.Engines or WeaponCategory.Sensors ||
                                   s.Lower(part.End - 1) is "ammunition" or "shells" or "rounds" or "munitions") &&
                part.End < w.First && w.First - part.End <= 12 &&
                s.Lower(part.End) == "for" &&
                TokenRun.All(s, part.End + 1, w.First - part.End - 1, static (s, k) => s.Lower(k) is "the" or "its" or "their" or "," or "and" || Coverage.InWeapon(s, k)))
            {
                return true;
            }
        }

        return false;
    }

    private enum Reference
    {
        None,
        Pronoun,
        Deal,
    }

    private static readonly HashSet<string> DealNouns = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "agreement", "purchase", "order", "sale", "sales", "delivery", "deliveries", "package", "transfer", "acquisition", "procurement", "plan", "plans", "option", "options",
        "permits", "permit", "licences", "licenses", "licence", "license", "proposal",
    };

    /// <summary>
    /// "The first two landed", "The remaining four are due": a clause opening with an ordinal and a bare count speaks of
    /// units of the weapon told before.
    /// </summary>
    private static bool CountedSubjectAt(AnalyzedSentence s, int from, int k) =>
        k >= from + 1 && s.Lower(k - 1) == "the" && s.Lower(k) is "first" or "remaining" or "last" or "other" or "next" or "final" && CountOnly(s, k + 1) &&
        (k == from + 1 || VerbEndsAt(s, k - 1)) && // the clause's subject, or the object of its verb ("received the first two")
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

    /// <summary>
    /// The state a sentence opens with as its subject ("Armenia, meanwhile, has turned to India.", "In 2022 Finland chose
    /// ..."): what an "it" opening a later sentence speaks of. Null when the sentence opens otherwise, or with two states.
    /// </summary>
    private static string? OpeningSubject(AnalyzedSentence s, string? before)
    {
        // ("The air force has followed a similar path. It ordered ...": an institution opening the sentence is the buyer's.)
        if (s.Parties.Count == 0)
        {
            return s.Tokens.Count > 1 && s.Lower(0) == "the" && (InstitutionHeads.Contains(s.Lower(1)) || s.Lower(1) == "air") ? null : before;
        }

        var p = s.Parties[0];
        // ("Neutral Switzerland does not ...": one word of description may stand before the state.)
        var opens = OnlyOpenersBefore(s, p.First) || (p.First == 1 && !Prepositions.Contains(s.Lower(0)) && s.Lower(0) is not ("unlike" or "like" or "as" or "neither"));
        // ("The system, developed by Israel's Rafael, was chosen ...": a state later in the sentence is not its subject.)
        return !opens ? before : p.ModifiesWeapon || (p.End < s.Tokens.Count && s.Lower(p.End) is "and" or "or") ? null : p.Code;
    }

    /// <summary>"in favour of", "instead of", "rather than" between two tokens: what follows is the alternative chosen, no party of the step.</summary>
    private static bool AnAlternativeBetween(AnalyzedSentence s, int from, int to) =>
        TokenRun.Any(s, from, Math.Max(0, to - from - 1), static (s, k) =>
            s.Lower(k) is "favour" or "favor" && k >= 1 && s.Lower(k - 1) == "in" && s.Lower(k + 1) == "of" ||
            s.Lower(k) == "instead" && s.Lower(k + 1) == "of" || s.Lower(k) == "rather" && s.Lower(k + 1) == "than");

    /// <summary>"The country" opening its sentence, or a clause after "and", "but" or "while".</summary>
    private static bool PronounSubjectHere(AnalyzedSentence s, int k) =>
        OnlyOpenersBefore(s, k) || k >= 1 && s.Lower(k - 1) is "and" or "but" or "while";

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

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "the", "but", "and", "meanwhile", "however", "yet", "so", "still", "now", "also", "in", "on", "since", "by", "last", "this",
        "next", "earlier", "later", "year", "week", "month", "years", "ago", "then", "separately", "instead", "today", "yesterday",
    };

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

        return k >= 1 && (s.Lower(k) == "over" || s.Lower(k) is "than" or "of" && s.Lower(k - 1) is "rather" or "instead");
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

    /// <summary>"suspended talks", "froze its negotiations", "has paused the discussions": a halting verb on the talks noun at <paramref name="talks"/>.</summary>
    private static bool TalksHalted(AnalyzedSentence s, int talks)
    {
        var verb = talks - 1;
        while (verb >= 0 && s.Lower(verb) is "the" or "its" or "their" or "all")
        {
            verb--;
        }

        // (A halting verb of the trigger lexicon: "suspended", "froze", "paused", "put on hold" ...)
        return verb >= 0 && s.Triggers.Exists(t => t.End == verb + 1 && t.Entry.Status == TransferStatus.Suspension && !t.Entry.IsNoun);
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

    /// <summary>"received the first of them", "delivered the last four", "sent the remaining ones": a part of the weapons told, right after the verb.</summary>
    private static bool PartRightAfterTheVerb(AnalyzedSentence s, int k) =>
        k + 2 < s.Tokens.Count && VerbEndsAt(s, k) && s.Lower(k) == "the" && s.Lower(k + 1) is "first" or "last" or "remaining" or "rest" or "final" or "second" &&
        (s.Lower(k + 2) == "of" && k + 3 < s.Tokens.Count && s.Lower(k + 3) is "them" or "those" or "these" || CountOnly(s, k + 2));

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

    /// <summary>Whether the clause speaks of "the first two", "the remaining four" of a weapon told before.</summary>
    private static bool SpeaksOfCountedUnits(AnalyzedSentence s, int clauseStart, int clauseEnd) =>
        Enumerable.Range(clauseStart, Math.Max(0, clauseEnd - clauseStart)).Any(k => CountedSubjectAt(s, clauseStart, k));

    /// <summary>"the deal", "its contract", "the proposed sale", "deliveries" opening a clause: a transfer told before.</summary>
    private static bool NamesADeal(AnalyzedSentence s, int from, int k) =>
        DealNouns.Contains(s.Lower(k)) && (k == 0 || s.Lower(k - 1) is "the" or "this" or "that" or "its" or "their" or "s" or "proposed" or "planned" or "first" or "further" ||
                                           k >= 2 && s.Lower(k - 1) is "new" or "latest" or "recent" or "planned" && s.Lower(k - 2) is "the" or "these" ||
                                           s.Lower(k) is "deliveries" or "shipments" && (k == from || s.Lower(k - 1) is "said" or "says" or "say" or "added" or "that" or "and" or "but" or "first"));

    private static Reference RefersBack(AnalyzedSentence s, int from, int to, TriggerMention head)
    {
        for (var k = from; k < to; k++)
        {
            var w = s.Lower(k);
            if (w is "it" or "they" or "them" || (w is "weapons" or "equipment" or "hardware" && k > 0 && s.Lower(k - 1) is "the" or "these" or "those") ||
                (w is "those" or "these" && k > 0 && s.Lower(k - 1) == "of" && (k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Kind == Core.Text.TokenKind.Punctuation ||
                                                                      BeForms.Contains(s.Lower(k + 1)) || s.Lower(k + 1) is "have" or "has" or "had" or "will" or "would")) || // "the first four of those were"
                (w is "batch" or "tranche" or "lot" or "regiment" or "battery" or "squadron" or "unit" or "shipment" && k > 0 && (k + 1 >= s.Tokens.Count || s.Lower(k + 1) != "of" || CountOnly(s, k + 2)) && s.Lower(k - 1) is "first" or "second" or "third" or "next" or "last" or "final" or "remaining" or "latest") || // "the second batch will follow"
                (w == "more" && k > 0 && CountOnly(s, k - 1) && (k + 1 >= s.Tokens.Count || s.Lower(k + 1) is "are" or "were" or "will" or "would" or "is" or "have" or "had" or "arrived" or "landed" or "followed" or "came")) || // "26 more are due", "four more arrived"
                (w is "first" or "rest" or "remaining" or "last" or "remainder" && k > 0 && s.Lower(k - 1) == "the" && k + 1 < s.Tokens.Count &&
                 s.Lower(k + 1) is "of" or "were" or "was" or "are" or "is" or "will" or "have" or "has" or "had" or "to" or "in" or "arrived" or "would" or "could" or ",") ||
                CountedSubjectAt(s, from, k) || // "The first two landed in Caracas", "The remaining two are due"
                CountRightAfterTheVerb(s, k)) // "has given 14 to Kyiv"
            {
                // "put the deal on hold, saying the budget could not bear it": a pronoun past a comma after "the deal" is
                // not what the clause's step is about.
                var deal = FirstDealNoun(s, from, k);
                if (deal >= 0 && CommaBetween(s, deal, k))
                {
                    return Reference.Deal;
                }

                // "If it does not pass its trials, the contract may be terminated": a pronoun of an opening "if"/"when" clause is
                // not what the deal named after its comma is about.
                var laterDeal = OpensWithCondition(s, from, k) ? FirstDealNoun(s, k + 1, to) : -1;
                return laterDeal >= 0 && CommaBetween(s, k, laterDeal) ? Reference.Deal : Reference.Pronoun;
            }
        }

        if (AnaphoricWeaponIn(s, from, to))
        {
            return Reference.Pronoun;
        }

        if (ForACount(s, from, to))
        {
            return Reference.Pronoun;
        }

        for (var k = from; k < to; k++)
        {
            if (NamesADeal(s, from, k))
            {
                return Reference.Deal;
            }
        }

        // "The boat is due", "the second hull", "the third and fourth boats", "all four ships": a vessel or plane of the
        // deal told before (after the deal nouns: "delivery of the ships" is the deal's delivery).
        for (var k = from; k < to; k++)
        {
            if (s.Lower(k) is "boat" or "boats" or "hull" or "hulls" or "ship" or "ships" or "vessel" or "vessels" or "plane" or "planes" && OrdinalsAfterThe(s, k))
            {
                return Reference.Pronoun;
            }
        }

        return Reference.None;
    }

    /// <summary>The first token of [from, to) that names a deal (<see cref="NamesADeal"/>), else -1.</summary>
    private static bool OpensWithCondition(AnalyzedSentence s, int from, int to) =>
        TokenRun.Any(s, from, Math.Max(0, to - from), static (s, k) => s.Lower(k) is "if" or "unless" or "when" or "once" or "until");

    private static int FirstDealNoun(AnalyzedSentence s, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (NamesADeal(s, from, j))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether a bare "system" (an anaphoric weapon) starts in tokens [from, to).</summary>
    private static bool AnaphoricWeaponIn(AnalyzedSentence s, int from, int to)
    {
        foreach (var w in s.Weapons)
        {
            if (w.Anaphoric && w.First >= from && w.First < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "the boat", "the second boat", "the third and fourth boats", "both ships", "all four ships": only a definite word
    /// and ordinals or small counts before the noun at <paramref name="noun"/>.
    /// </summary>
    private static bool OrdinalsAfterThe(AnalyzedSentence s, int noun)
    {
        for (var j = noun - 1; j >= Math.Max(0, noun - 5); j--)
        {
            var w = s.Lower(j);
            if (w is "the" or "both" or "these" or "those" || (w == "all" && j < noun - 1))
            {
                return true;
            }

            if (w is not ("and" or "," or "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "last" or "final" or "next" or "remaining" or
                "two" or "three" or "four" or "five" or "six" or "seven" or "eight"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The state a weapon comes from: its catalogue's, else a demonym right before it ("the German engines").</summary>
    private static string? OriginOf(AnalyzedSentence s, WeaponMention w)
    {
        if (w.Origin is not null)
        {
            return w.Origin;
        }

        foreach (var p in s.Parties)
        {
            if (p.ModifiesWeapon && p.End == w.First)
            {
                return p.Code;
            }
        }

        return null;
    }

    /// <summary>A bare "system" stands for the weapon in focus; "a similar Chinese system" is another weapon of the same kind.</summary>
    private static WeaponMention? ResolveAnaphoric(AnalyzedSentence s, WeaponMention w, DocumentFocus focus)
    {
        // "the radars", "the frigates": the system of that kind the story named last, even if another kind came since.
        if (w.IsGeneric && !w.Anaphoric && w.Definite && focus.LastNamed(w.Category, OriginOf(s, w), w.Kind) is { } f)
        {
            return f with { First = w.First, End = w.End, Quantity = w.Quantity };
        }

        if (!w.Anaphoric)
        {
            return w;
        }

        if (focus.Weapon is null)
        {
            return null;
        }

        // "The Buk system was carried in by two Il-76 transports ... Belarus had bought the system": a system is never the
        // aircraft, ship or vehicle that carried it; it is the last weapon named that is not a platform.
        var antecedent = focus.Weapon;
        if (s.Lower(w.End - 1) is "system" or "systems" && IsPlatform(antecedent.Category) &&
            focus.Named.LastOrDefault(n => !IsPlatform(n.Category)) is { } system)
        {
            antecedent = system;
        }

        return w.Origin is null && w.Definite
            ? antecedent with { First = w.First, End = w.End, Quantity = w.Quantity ?? null }
            : w with { Category = antecedent.Category, Anaphoric = false };
    }

    private static bool IsPlatform(WeaponCategory c) => c is WeaponCategory.Aircraft or WeaponCategory.Ships or WeaponCategory.ArmouredVehicles;

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
    /// "a memorandum of understanding with South Korea's LIG Nex1 for the purchase of": a purchase named as the purpose of a
    /// letter of intent or a memorandum is still only intended.
    /// </summary>
    private static bool PurposeOfAnIntent(AnalyzedSentence s, TriggerMention t)
    {
        // ("a memorandum covering the possible purchase of": over a hedge, after any preposition of a document's subject.)
        var k = t.First - 1;
        if (k >= 0 && s.Lower(k) is "possible" or "potential" or "planned" or "proposed" or "future")
        {
            k--;
        }

        if (!t.Entry.IsNoun || k < 2 || s.Lower(k) is not ("the" or "a" or "an") || s.Lower(k - 1) is not ("for" or "covering" or "on" or "about" or "concerning" or "regarding"))
        {
            return false;
        }

        var preposition = k - 1;
        // ("signed a memorandum covering the purchase of": a bare memorandum too.)
        if (TokenRun.Any(s, Math.Max(0, preposition - 6), Math.Min(6, preposition), static (s, j) => s.Lower(j) is "memorandum" or "memoranda"))
        {
            return true;
        }

        foreach (var intent in s.Triggers)
        {
            if (intent.End <= preposition && t.First - intent.End <= 12 && intent.Entry.IsNoun && intent.Entry.Status == TransferStatus.Interest &&
                !TokenRun.Any(s, intent.End, preposition - intent.End, static (s, k) => s.Lower(k) is "," or ";" || TokenSpans.StartsAt(s.Triggers, k)))
            {
                return true;
            }
        }

        return false;
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
                (chain.All(t => t.First > k || t.Entry.Role != TriggerRole.Giver) ||
                 chain.Any(t => t.First > k && t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker && t.Entry.Status == TransferStatus.Order && t.First - k <= 2)))
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

    private static bool HasSubordinator(AnalyzedSentence s, int from, int to) =>
        s.Cues.Any(c => c.Effect == CueEffect.Possible && c.First >= Math.Max(0, from - 12) && c.First < to && Subordinators.Contains(s.Lower(c.First)));

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
            dates = dates.Where(d => !EndsAPeriod(s, d)).ToList();
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
        if (inClause.Count == 0 && clauseStart > 0 && clauseStart < s.Tokens.Count && s.Lower(clauseStart) is "after" or "before" or "because" or "since" or "until")
        {
            return null;
        }

        // Outside its clause a step may take the sentence's date ("In 2019, ...", "..., the ministry said on Monday"), not the
        // date of a later step ("..., and in 2022 it agreed to buy a radar").
        var pool = inClause;
        if (inClause.Count == 0)
        {
            pool = [];
            foreach (var d in dates)
            {
                if (d.StartChar < to || !AnotherStepRightAfter(s, d, chain))
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
        OwnerOf(s, d) is not { } owner || chain.Contains(owner) ||
        (d.StartChar >= anchor
            ? !(owner.First > chain[^1].First && owner.Entry.Status is not null && !owner.Entry.IsNoun)
            : owner.Entry.IsNoun || (owner.First < clauseStart && d.StartChar >= from));

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

    /// <summary>Whether an amount before the head belongs to the verb of another step ("which had bought 24 Rafales for €6.3bn, exercised an option").</summary>
    private static bool MoneyOfAnotherStep(AnalyzedSentence s, MoneyMention money, List<TriggerMention> chain, TriggerMention head) =>
        money.EndChar <= s.Tokens[head.First].Start && OwnerAt(s, money.StartChar) is { Entry.IsNoun: false, Entry.Status: not null } owner && !chain.Contains(owner);

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

    /// <summary>"Germany, which builds part of the jet, vetoed ...": a weapon inside a "which/who" clause opened since the last comma.</summary>
    private static bool InARelativeClause(AnalyzedSentence s, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 10; k--)
        {
            if (s.Lower(k) is "which" or "who")
            {
                return true;
            }

            if (s.Lower(k) is "," or ";")
            {
                return false;
            }
        }

        return false;
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

    /// <summary>
    /// "the yard delivered the lead ship of four corvettes sold to Malaysia on Tuesday", "a patrol ship donated by Tokyo, reached
    /// port on Sunday": the main verb before the described weapon, or the clause after the description's comma, owns the date.
    /// </summary>
    private static bool DateBelongsToMainVerb(AnalyzedSentence s, List<TriggerMention> chain, int clauseStart, DateMention date)
    {
        var first = chain[0].First;
        var at = s.Tokens[first].Start;
        var mainVerbBefore = s.Triggers.Any(t => t.First >= clauseStart && t.First < first && !t.Entry.IsNoun && t.Entry.Status is not null);
        var commaBefore = TokenRun.Any(s, Math.Max(0, first - 8), Math.Min(8, first), static (s, k) => s.Lower(k) == ",");
        var commaBetween = s.Tokens.Any(t => t.Start > at && t.Start < date.StartChar && s.Text[t.Start] == ',');
        // ("the last of 24 Rafales ordered in 2015": a written year or date after the participle is its own.)
        var relativeDay = !s.Text[date.StartChar..date.EndChar].Any(char.IsDigit);
        // ("the 24 Rafales ordered from France to arrive next year": a date after a later step is that step's.)
        var laterStepBefore = s.Triggers.Exists(t => t.First >= chain[^1].End && s.Tokens[t.First].Start < date.StartChar && !t.Entry.IsNoun && t.Entry.Status is not null);
        return date.StartChar > at && ((mainVerbBefore && relativeDay) || (commaBefore && commaBetween) || laterStepBefore);
    }

    /// <summary>"a 2019 contract", "the 2004 deal": a year written as the name of an agreement.</summary>
    private static bool NamesAContract(AnalyzedSentence s, DateMention d)
    {
        var next = s.Tokens.FindIndex(t => t.Start >= d.EndChar);
        return next >= 0 && ContractNouns.Contains(s.Lower(next)) && d.Date.Month is null;
    }

    private static MoneyMention? ValueOf(AnalyzedSentence s, int clauseStart, int clauseEnd, TransferStatus status)
    {
        var from = clauseStart < s.Tokens.Count ? s.Tokens[clauseStart].Start : s.Span.Start;
        var to = clauseEnd < s.Tokens.Count ? s.Tokens[clauseEnd].Start : s.Span.End;
        return s.Money.FirstOrDefault(m => m.StartChar >= from && m.StartChar < to && !IsMoneyGiven(s, m) && m.Hedge switch
        {
            null or "about" or "around" or "roughly" or "approximately" or "some" => true,
            "estimated" or "estimated at" or "up to" or "worth an estimated" => status == TransferStatus.Offer,
            _ => false,
        });
    }

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
                if (s.Lower(k) == "," && s.Weapons.Exists(w => w.First > k + 2))
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

    private static readonly HashSet<string> MoneyGivenNouns = new(StringComparer.Ordinal)
    {
        "aid", "compensation", "funding", "funds", "credit", "credits", "loans", "loan", "grants", "grant", "assistance", "financing", "subsidies",
    };

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
