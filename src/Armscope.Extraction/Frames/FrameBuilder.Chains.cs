using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Chains: triggers that follow each other in a clause form one chain, and each chain becomes candidate transfers.
public sealed partial class FrameBuilder
{
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

    private List<Candidate> BuildChain(AnalyzedSentence s, int sentenceIndex, DateOnly? published, DocumentFocus focus, List<TriggerMention> chain, List<int> boundaries, int nextChainStart, string? speaker, string? previousRecipient, string? previousSupplier)
    {
        var built = new List<Candidate>();
        // "Saab has received an order from Estonia for ...": receiving an order is the seller's news, not a delivery.
        if (chain.Count > 1 && IndexOfReceiving(s, chain) is var received and >= 0 && received + 1 < chain.Count &&
            s.Lower(chain[received + 1].End - 1) is "order" or "orders" or "contract" or "contracts" && chain[received + 1].First - chain[received].End <= 4 &&
            FirmBefore(s, chain[received].First) &&
            !TokenRun.Any(s, chain[received].End, chain[received + 1].First - chain[received].End, static (s, k) => s.Lower(k) is "its" or "their" or "the" or "his" or "her"))
        {
            chain = [.. chain];
            chain.RemoveAt(received);
        }

        // "Peru turned down a Chinese offer of JF-17s": a buyer declining states the offer; only a seller refuses a sale.
        if (chain.Count > 1 && DeclinedOffer(s, chain) is { } offer)
        {
            chain = Among.Where(chain, offer, static (t, offer) => t.First >= offer.First);
        }

        // "Saudi Arabia asked Dassault for a proposal for 54 Rafales": asking for an offer is the asker's interest, not an offer.
        if (chain.Count > 1 && IndexOfRequest(s, chain) is var asking and >= 0 &&
            OfferSoonAfter(chain, asking))
        {
            var askedAt = chain[asking].End;
            chain = Among.Where(chain, askedAt, static (t, askedAt) => !(t.Entry.Status == TransferStatus.Offer && t.First >= askedAt && t.First - askedAt <= 6));
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

        // "tore up its contract with France", "tore up the long-delayed order for": tearing up cancels only a deal ("protesters
        // tore up posters of the F-35" does not).
        if (s.Lower(head.First) is "tore" or "tear" or "tears" or "tearing" or "torn" or "ripped" &&
            !TokenRun.Any(s, head.End, Math.Min(12, s.Tokens.Count - head.End), static (s, k) => ContractNouns.Contains(s.Lower(k)) || DealNouns.Contains(s.Lower(k))))
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
        if (IsReducedRelative(s, statusTrigger) && Among.Last(chain, statusTrigger, static (t, statusTrigger) => t.First > statusTrigger.First && t.Entry.Status is not null && !t.Entry.IsNoun) is { } finite)
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
        if (s.Lower(statusTrigger.End - 1) == "with" && Among.First(chain, statusTrigger, static (t, statusTrigger) => t.First >= statusTrigger.End && t.First - statusTrigger.End <= 2 && t.Entry.IsNoun && t.Entry.Role is TriggerRole.Giver or TriggerRole.Taker) is { } governed)
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

        // "Russia is considering the sale of S-400s to Iran": a seller weighing a sale may offer it.
        string? saleWeighed = null;
        if (status == TransferStatus.Order && statusTrigger.Entry.IsNoun && s.Lower(statusTrigger.First) is "sale" or "sales" && statusTrigger.First >= 2 &&
            s.Lower(statusTrigger.First - 1) is "the" or "a" && s.Lower(statusTrigger.First - 2) is "considering" or "considers" or "considered" or "weighing" or "weighs" or "mulling" or "studying")
        {
            status = TransferStatus.Offer;
            saleWeighed = s.Lower(statusTrigger.First - 2);
        }

        // "a possible $8 billion sale": a government's notification of a sale it would approve is an offer.
        if (status == TransferStatus.Order && statusTrigger.Entry.IsNoun && s.Lower(statusTrigger.First) is "sale" or "sales" &&
            TokenRun.Any(s, Math.Max(0, statusTrigger.First - 6), Math.Min(6, statusTrigger.First), static (s, k) => s.Lower(k) is "possible" or "proposed" or "potential"))
        {
            status = TransferStatus.Offer;
        }

        // "New Delhi cleared the purchase of", "Athens approved a deal to buy": a buyer's approval is an order still to be signed.
        if (status == TransferStatus.Offer && statusTrigger.Entry.Role == TriggerRole.Giver &&
            Among.Any(chain, s, static (t, s) => t.Entry.Role == TriggerRole.Taker && (t.Entry.IsNoun || t.First > 0 && s.Lower(t.First - 1) == "to")))
        {
            status = TransferStatus.Order;
            role = TriggerRole.Taker;
        }

        // "Riyadh suspended the purchase of drones from China": a halt of a buying noun is the buyer's; its subject takes.
        // ("put on hold plans to purchase", "suspended talks with Washington over the purchase of": the buyer's own plans.)
        if (status is TransferStatus.Suspension or TransferStatus.Cancellation && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun &&
            Among.Any(chain, s, statusTrigger, static (t, s, statusTrigger) => t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker && t.First >= statusTrigger.End &&
                           TokenRun.All(s, statusTrigger.End, t.First - statusTrigger.End, static (s, k) => s.Lower(k) is "the" or "a" or "an" or "its" or "their" or "planned" or "proposed")) ||
            status is TransferStatus.Suspension or TransferStatus.Cancellation && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun &&
            Among.Any(chain, s, statusTrigger, static (t, s, statusTrigger) => t.Entry.Role == TriggerRole.Taker && t.Entry.Status == TransferStatus.Order && t.First >= statusTrigger.End &&
                           TokenRun.Any(s, statusTrigger.End, t.First - statusTrigger.End, static (s, k) => s.Lower(k) is "plans" or "plan" or "talks" or "negotiations" or "discussions") &&
                           TokenRun.All(s, statusTrigger.End, t.First - statusTrigger.End, static (s, k) => Coverage.InParty(s, k) ||
                               s.Lower(k) is "the" or "a" or "an" or "its" or "their" or "plans" or "plan" or "to" or "talks" or "negotiations" or "discussions" or "with" or "over" or "on" or "for")))
        {
            role = TriggerRole.Taker;
        }

        // "The UAE suspended talks with Washington on the F-35": talks halted on a weapon, with no purchase or sale named,
        // are halted by either side; the weapon's maker tells which.
        else if (status is TransferStatus.Suspension or TransferStatus.Cancellation && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun &&
                 HaltedTalksAt(s, statusTrigger.End) && !Among.Any(chain, statusTrigger, static (t, statusTrigger) => t.First > statusTrigger.First && t.Entry.Status is TransferStatus.Order or TransferStatus.Delivery))
        {
            role = TriggerRole.Either;
        }

        // "Swiss voters rejected the government's plan to buy 22 Gripens": a buyer's own purchase plan voted down is called off.
        if (status == TransferStatus.Refusal && !statusTrigger.Entry.IsNoun &&
            Among.Any(chain, s, statusTrigger, static (t, s, statusTrigger) => t.First > statusTrigger.First && t.Entry.Role == TriggerRole.Taker && t.Entry.Status == TransferStatus.Order && t.First >= 2 &&
                              s.Lower(t.First - 1) == "to" && s.Lower(t.First - 2) is "plan" or "plans"))
        {
            status = TransferStatus.Cancellation;
            role = TriggerRole.Taker;
        }

        // "Dhaka put the purchase of two Chinese submarines on hold": what is put on hold is the buyer's purchase.
        if (status == TransferStatus.Suspension && role == TriggerRole.Giver && s.Lower(statusTrigger.First) == "on" && statusTrigger.First >= 3 &&
            Among.Any(s.Triggers, s, statusTrigger, static (t, s, statusTrigger) => t.Entry.IsNoun && t.Entry.Role == TriggerRole.Taker && t.End <= statusTrigger.First && t.First >= statusTrigger.First - 10 &&
                                s.Lower(t.First - 1) is "the" or "its" or "their" && s.Lower(t.First - 2) is "put" or "puts" or "putting" or "placed" or "place"))
        {
            role = TriggerRole.Taker;
        }

        // "Spain cancelled the sale of 400 bombs to Saudi Arabia", "cancelled a contract to sell tanks to Peru": the seller cancels
        // what it gives to the party after "to" (a buyer cancels what it buys "from" someone).
        if (status is TransferStatus.Cancellation && role == TriggerRole.Taker && !statusTrigger.Entry.IsNoun &&
            Among.Any(chain, statusTrigger, static (t, statusTrigger) => t.First >= statusTrigger.End && t.Entry.Role == TriggerRole.Giver && t.Entry.Status is TransferStatus.Order or TransferStatus.Delivery) &&
            !Among.Any(chain, statusTrigger, static (t, statusTrigger) => t.First >= statusTrigger.End && t.Entry.Role == TriggerRole.Taker) && GivesToAParty(s, chain[^1].End) is { } buyer &&
            Among.Last(s.Parties, statusTrigger, static (p, statusTrigger) => p.End <= statusTrigger.First && !p.ModifiesWeapon) is { } canceller && canceller.Code != buyer.Code &&
            !Among.Any(s.Parties, statusTrigger, chain, static (p, statusTrigger, chain) => p.First >= statusTrigger.End && p.End <= chain[^1].First && !p.ModifiesWeapon))
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

        // "has not ruled out sending tanks": a refusal denied leaves the step after it possible.
        var notRuledOut = false;
        if (status == TransferStatus.Refusal && IsNegated(s, clauseStart, first, last) && s.Lower(statusTrigger.First) is "ruled" or "rule" or "rules" or "ruling" &&
            Among.First(chain, statusTrigger, static (t, statusTrigger) => t.First > statusTrigger.First && t.Entry.Status is TransferStatus.Delivery or TransferStatus.Order) is { } ruledIn)
        {
            status = ruledIn.Entry.Status!.Value;
            statusTrigger = ruledIn;
            notRuledOut = true;
        }
        else if (IsNegated(s, clauseStart, first, last))
        {
            // "Rome would not send tanks", "it will not sell F-35s": a supplier's stated refusal is a fact of its own.
            // ("promising that they would not be sent to Ukraine": a buyer's promise not to pass them on is no supplier refusing.)
            if (statusTrigger.Entry.Role == TriggerRole.Giver && status is TransferStatus.Delivery or TransferStatus.Order && WillNot(s, first) &&
                !TokenRun.Any(s, Math.Max(0, first - 8), Math.Min(8, first), static (s, k) => s.Lower(k) is "promising" or "promised" or "pledging" or "guaranteeing" or "guaranteed" or "assuring" or "assured"))
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
        // ("Czech donations of T-72s were compensated by Germany": a chain of nouns is no passive of another verb.)
        var passive = IsPassive(s, head, clauseStart) && !chain.TrueForAll(static t => t.Entry.IsNoun) ||
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
        // "the US sanctioned China's military over its acquisition of Su-35s": whoever punishes a purchase does not make it;
        // the buyer is the one punished, the first party after the sanction ("on Ankara", "China's military").
        var sanctionAt = roles.NounHead || statusTrigger.Entry.Role == TriggerRole.Taker ? PunishedPurchase(s, statusTrigger.First) : -1;
        if (sanctionAt >= 0)
        {
            roles.Subject.Clear();
            roles.Other.RemoveAll(p => p.End <= sanctionAt);
            // ("threatened Egypt with sanctions over its Su-35 order": else the party the sanction is threatened against.)
            var subject = Among.First(s.Parties, clauseStart, static (p, clauseStart) => p.First >= clauseStart && !p.ModifiesWeapon);
            if ((Among.First(s.Parties, sanctionAt, statusTrigger.First, static (p, from, to) => p.First > from && p.End <= to && !p.ModifiesWeapon) ??
                 Among.Last(s.Parties, subject, sanctionAt, static (p, subject, to) => p != subject && p.End <= to && !p.ModifiesWeapon)) is { } punished)
            {
                roles.Possessor.Clear();
                roles.Possessor.Add(punished);
            }
        }

        DropSellersOfAnEarlierStep(s, roles, chain, first);

        // "France's Naval Group, which had offered its Gowind": a subject relative pronoun stands for the party just before it.
        var relativeAt = TokenRun.Last(s, Math.Max(1, first - 4), Math.Max(0, first - Math.Max(1, first - 4)), static (s, k) => s.Lower(k) is "which" or "who", -1);
        if (roles.Subject.Count == 0 && relativeAt > 0 && !TokenSpans.StartsIn(s.Parties, relativeAt + 1, first) &&
            Among.Last(s.Parties, relativeAt, static (p, relativeAt) => p.End <= relativeAt && relativeAt - p.End <= 1) is { } antecedentParty)
        {
            roles.Subject.Add(antecedentParty);
        }
        roles.OwnersWeapon = OwnersWeaponIn(s, first, clauseEnd);
        roles.SignedWith = Among.Any(chain, s, static (t, s) => ContractNouns.Contains(s.Lower(t.End - 1)));
        // "The contract with Algeria for Su-35s was cancelled": a deal halted as the subject of a passive halt has its
        // parties in the deal's own phrase; the weapon's maker tells the seller among them.
        if (passive && status is TransferStatus.Suspension or TransferStatus.Cancellation && !statusTrigger.Entry.IsNoun && role is TriggerRole.Giver or TriggerRole.Taker &&
            roles.To.Count == 0 && roles.By.Count == 0 && DealHaltedAsSubject(s, clauseStart, first))
        {
            roles.SignedWith = true;
            role = TriggerRole.Either;
        }
        roles.Awarded = roles.SignedWith && Among.Any(chain, s, static (t, s) => AwardVerbs.Contains(s.Lower(t.First)));
        foreach (var owner in s.Parties)
        {
            if (owner.Possessive && !owner.ModifiesWeapon && owner.Form != PartyForm.Organisation && owner.First >= last && owner.First - last <= 3 && owner.First < clauseEnd &&
                Among.First(s.Weapons, owner, static (w, owner) => w.First >= owner.End && w.First < owner.End + 4) is { } ownedWeapon && !TokenSpans.StartsAt(s.Triggers, ownedWeapon.End))
            {
                roles.WeaponOwners.Add(owner); // "interested in Kuwait's Hornets"
            }
        }
        // "Washington told the Thai air force that it would not sell it F-35s": the object "it" is the party told.
        // ("Washington told the UAE it is suspending the sale of F-35s": with no other party, the one told is the other side.)
        var toldBy = roles.To.Count == 0 && roles.Object.Count == 0 && roles.From.Count == 0 && roles.Subject.Count > 0 && TellerOfThePronoun(s, first);
        if (roles.To.Count == 0 && roles.Object.Count == 0 && (last < s.Tokens.Count && s.Lower(last) is "it" or "them" || toldBy) &&
            Among.First(s.Parties, s, toldBy ? first : clauseStart, static (p, s, end) => p.End <= end && IsAddressee(s, p)) is { } addressee)
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
        // "Armenia bought launchers from India, and France agreed to sell it radars": "it" right after a giving verb is the
        // buyer the sentence told of before.
        roles.PronounRecipient = role == TriggerRole.Giver && !passive && previousRecipient is not null && statusTrigger.End < s.Tokens.Count && s.Lower(statusTrigger.End) is "it" or "them";
        roles.PreviousRecipient ??= roles.PronounRecipient ? previousRecipient : null;
        roles.PreviousSupplier = VerblessConjunct(s, chain, clauseStart, first) ? previousSupplier : null;
        // "Saab has offered Gripens to Peru, Dassault is proposing the Rafale": rival bids in one sentence court the same buyer.
        roles.OfferInALaterClause = status == TransferStatus.Offer && clauseStart > 0 && previousRecipient is not null;
        roles.PreviousRecipient ??= roles.OfferInALaterClause ? previousRecipient : null;
        roles.SettingState = SettingOfTheClause(s, clauseStart, first);
        ApplyFirstPersonSubject(s, roles, clauseStart, first, speaker);
        ApplyFirstPersonObject(s, roles, last, clauseEnd, speaker);

        // "Sales to Riyadh were halted, Berlin announced": a halt with no agent is the doing of the state that announces it
        // after it (when the buyer is named apart).
        if (passive && status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal && roles.Subject.Count == 0 && roles.By.Count == 0 &&
            Among.First(s.Parties, s, last, static (p, s, last) => p.First > last && p.First >= 1 && s.Lower(p.First - 1) == "," && !p.Possessive && !p.ModifiesWeapon && p.Form != PartyForm.Demonym &&
                                                                   p.End < s.Tokens.Count && SpeechVerbs.Contains(s.Lower(p.End))) is { } announcer &&
            roles.To.Count > 0 && Among.All(roles.To, announcer, static (p, announcer) => p.Code != announcer.Code))
        {
            roles.By.Add(announcer);
        }

        // Weapons: the chain's object, else its subject (passives, "the S-400 arrived"), else what the text spoke of before.
        var weapons = WeaponsFrom(s, first, clauseEnd, role, last);
        var weaponFrom = "object";

        // "is preparing to send Leopards and has been searching for ammunition for them": a second predicate's object is its own.
        if (weapons.Count > 1 && Among.Any(weapons, s, last, static (w, s, last) => w.First > last && AndAnotherPredicate(s, last, w.First)))
        {
            weapons = Among.Where(weapons, s, last, static (w, s, last) => !(w.First > last && AndAnotherPredicate(s, last, w.First)));
        }

        // "chose the Mogami over the MEKO A-200": what a choice passes over is not chosen.
        if (weapons.Count > 0 && statusTrigger.Entry.Status == TransferStatus.Interest && ChoiceVerbs.Contains(s.Lower(statusTrigger.First))) // ("The Gripen was chosen over the F-16": the subject, below)
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
            ArrivingJustBefore(s, clauseStart, first, last) is { } arriving)
        {
            weapons = [arriving];
            weaponFrom = "subject";
        }

        // "the Rafale fighters it is buying from France": the object stands before its relative clause.
        var pronoun = TokenRun.First(s, Math.Max(clauseStart, first - 4), Math.Max(0, first - Math.Max(clauseStart, first - 4)), static (s, k) => s.Lower(k) is "it" or "they", -1);
        if (pronoun > 0 && Among.First(s.Weapons, pronoun, static (w, pronoun) => w.End == pronoun) is { } fronted)
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
            (TokenRun.Any(s, last, Math.Max(0, Math.Min(s.Tokens.Count, last + 18) - last), static (s, k) => s.Lower(k) == ",") || ClosesTheSentence(s, last)) &&
            Among.Last(s.Weapons, s, first, static (w, s, first) => w.End <= first - 1 && w.End >= first - 2 && !IsExcluded(s, w)) is { } described &&
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

        if (weapons.Count == 0 && OnOrderAfterWith(s, first) is { } withAt && Among.Last(s.Weapons, s, withAt, static (w, s, withAt) => w.End <= withAt && !IsExcluded(s, w)) is { } owned &&
            TokenRun.All(s, withAt + 1, first - withAt - 1, static (s, k) => s.Lower(k) is "a" or "an" or "another" or "further" or "more" || NumberWords.Parse(s.Lower(k)) is not null || IsOrdinal(s.Lower(k))))
        {
            // "operates four Type 209 submarines, with a fifth on order": one more of the weapon just named is bought
            // ("with an upgrade on order" buys no weapon).
            var moreAt = TokenRun.First(s, withAt + 1, first - withAt - 1, static (s, k) => NumberWords.Parse(s.Lower(k)) is > 0 and < 1000, -1);
            var more = moreAt >= 0 ? NumberWords.Parse(s.Lower(moreAt)) : null;
            weapons = [owned with { Quantity = more ?? (OrdinalFollows(s, withAt + 1) ? 1 : null) }];
            weaponFrom = "the weapon named before 'with'";
        }

        if (weapons.Count == 0 && clauseStart > 0 && s.Lower(clauseStart) is "which" or "that")
        {
            // "the Pantsir-S1, which Serbia received in 2020": the relative pronoun stands for the weapon before it.
            var reach = clauseStart >= 2 && s.Lower(clauseStart - 1) == "of" ? 5 : 1; // "howitzers, the first of which"
            if (reach == 1 && clauseStart >= 3 && s.Lower(clauseStart - 1) == "," && HeadNounOfAName(s, clauseStart - 2))
            {
                reach = 2; // ("The Pantsir systems, which Serbia received": the name's head noun stands before the comma)
            }

            weapons = LastWeaponEndingWithin(s, clauseStart, reach);
            weaponFrom = "antecedent of the relative clause";
        }

        if (weapons.Count == 0 && (passive || role == TriggerRole.Arrival))
        {
            // "The TB2, which ..., has been exported to": the sentence's subject, past a relative clause.
            // ("the lead ship, BRP Jose Rizal, arrived": a name in apposition just before the verb is the subject too.)
            weapons = SentenceSubjectWeapon(s, first);
            weaponFrom = "sentence subject";
            // ("..., and two more landed in December": the clause's own count.)
            if (weapons.Count == 1 && clauseStart > 0 && TokenRun.First(s, clauseStart, Math.Max(0, first - clauseStart), static (s, k) => s.Lower(k) == "more" && k > 0 && CountOnly(s, k - 1), -1) is var more and > 0)
            {
                weapons = [weapons[0] with { Quantity = NumberWords.Parse(s.Lower(more - 1)) }];
            }
        }

        if (weapons.Count == 0 && statusTrigger.Entry.IsNoun && ContractNouns.Contains(s.Lower(statusTrigger.End - 1)) &&
            TokenRun.Any(s, statusTrigger.End, Math.Min(8, s.Tokens.Count - statusTrigger.End), static (s, k) => SigningVerbs.Contains(s.Lower(k))) &&
            Among.First(s.Weapons, s, first, static (w, s, first) => w.End <= first && !IsExcluded(s, w) && !w.Anaphoric) is { } opening && opening.First - AfterDateline(s) <= 8 &&
            !TokenSpans.StartsIn(s.Parties, AfterDateline(s), opening.First) && !Among.Any(s.Triggers, opening, static (t, opening) => t.First < opening.First) &&
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
                var destinations = Among.Where(s.Parties, s, trade, first, static (p, s, trade, first) => p.First > trade.End && p.First < first && !p.ModifiesWeapon &&
                                                                                                         !TokenRun.Any(s, trade.End, p.First - trade.End, static (s, k) => s.Lower(k) is "," or "which" or "who"));
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
                                                        reference == Reference.Pronoun && PartAfterAComma(s, first) is var part and >= 0 && !TokenSpans.StartsIn(s.Weapons, part, clauseEnd) || // "..., the first to be delivered next year"

                                                        last < s.Tokens.Count && (s.Lower(last) is "them" or "it" || CountRightAfterTheVerb(s, last) || PartRightAfterTheVerb(s, last) ||
                                                                                  last + 1 < s.Tokens.Count && s.Lower(last) is "dozens" or "hundreds" or "scores" or "several" or "many" && s.Lower(last + 1) == "more") &&
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
                !Among.Any(s.Weapons, first, clauseEnd, static (w, first, clauseEnd) => w.Anaphoric && w.First >= first && w.First < clauseEnd) && !ForACount(s, first, clauseEnd) &&
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
                                Among.Any(chain, s, static (t, s) => SigningVerbs.Contains(s.Lower(t.First))) &&
                                DateOf(s, clauseStart, clauseEnd, head) is { IsFuture: false };
            // ("put the deal on hold", "the cancellation of the contract": a halt named by a noun is a fact about the deal.)
            var haltsIt = chain.Any(t => t.Entry.Status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal);
            if (reference == Reference.Deal && !IsOption(s, chain) && !datesTheOrder && !haltsIt && Among.All(chain, s, static (t, s) => t.Entry.IsNoun || (t.Entry.Status is null && s.Lower(t.First) is not ("began" or "begun" or "started" or "completed" or "commenced" or "begin" or "begins" or "start" or "starts" or "resume" or "resumed" or "resumes"))) &&
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
            if (antecedent is not null && Among.Where(s.Weapons, s, static (w, s) => !IsExcluded(s, w)) is { Count: > 0 } named &&
                Among.All(named, antecedent.Category, static (w, category) => !w.Anaphoric && !(w.IsGeneric && w.Definite && w.Quantity is null) && !Resolution.CandidateMerger.SameKind(w.Category, category)))
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
                // ("when two senators put a hold on it": a count of people or of time is none of the weapon's.)
                var countWordAt = TokenRun.First(s, clauseStart, Math.Max(0, first - clauseStart), static (s, k) => CountOnly(s, k) && NumberWords.Parse(s.Lower(k)) is > 0 and < 1000 &&
                                                                                                                   !(k + 1 < s.Tokens.Count && CountedNotWeapons.Contains(s.Lower(k + 1))), -1);
                var count = countWordAt >= 0 ? NumberWords.Parse(s.Lower(countWordAt)) : null; // ("In 2023, two were delivered": a year or a sum is no count)
                if (count is null && CountedSubjectIn(s, clauseStart, last, clauseEnd) is var counted and >= 0)
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
                    Among.Last(focus.Deals, recalledWeapon, static (d, recalledWeapon) => ReferenceEquals(d.Weapon, recalledWeapon)) is { Status: TransferStatus.Order } recalledDeal)
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
        if (weapons.Count == 1 && CountedKindOfTheSentenceBefore(s, sentenceIndex, weapons[0], roles, focus, status) is { } before)
        {
            weapons = [before with { First = weapons[0].First, End = weapons[0].End, Quantity = weapons[0].Quantity }];
        }

        // ("received 10 of the 24 Rafales, the rest to arrive by 2026": the part's count is not the weapons' count before it.)
        if (weapons.Count > 0 && PartAfterAComma(s, first) is var partAt and >= 0 && weapons.Exists(w => w.End <= partAt && w.Quantity is not null))
        {
            weapons = weapons.ConvertAll(w => w.End <= partAt ? w with { Quantity = null } : w);
        }

        if (weapons.Count == 0)
        {
            // "announced a new weapons package for Ukraine", "will send Kyiv a new aid package": the next sentence may list what it includes.
            // ("will send Ukraine another $325m worth of weapons": a sum of arms given is a package too.)
            // ("approved an $8 billion sale to Taiwan that includes 66 F-16s": a deal noun whose contents the sentence lists after a content verb.)
            if (s.Lower(statusTrigger.First) == "package" || Among.Any(chain, s, static (t, s) => s.Lower(t.End - 1) is "package" or "packages" || s.Lower(t.First) == "in" && t.Entry.IsNoun) || // ("$800m in military aid")
                Among.Any(chain, s, static (t, s) => t.Entry.IsNoun && PackageNouns.Contains(s.Lower(t.End - 1))) && NextContentVerb(s, last) < s.Tokens.Count ||
                status == TransferStatus.Delivery && WorthOfArms(s, last, clauseEnd))
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
            (!Among.Any(s.Parties, s, statusTrigger, static (p, s, statusTrigger) => !p.Possessive && (p.First == statusTrigger.End || s.Lower(statusTrigger.End) == "the" && p.First > statusTrigger.End && p.First - statusTrigger.End <= 2)) ||
             TokenRun.Any(s, clauseStart, Math.Max(0, first - clauseStart), static (s, k) => MoneyGivenNouns.Contains(s.Lower(k)) || s.Lower(k) is "budget" or "revenue" or "revenues" or "proceeds" or "money" or "profits" or "savings")))
        {
            return built;
        }

        // "reaches a top speed of 28 knots": "reach" is an arrival only when a place, a party, follows it.
        if (statusTrigger.Entry.Role == TriggerRole.Arrival && s.Lower(statusTrigger.First) is "reach" or "reaches" or "reached" &&
            !TokenSpans.StartsIn(s.Parties, statusTrigger.End, statusTrigger.End + 3) &&
            !(statusTrigger.End < s.Tokens.Count && char.IsUpper(s.Text[s.Tokens[statusTrigger.End].Start]) && ReachesAPlace(s, clauseStart, statusTrigger))) // "reached Valparaiso": a port
        {
            return built;
        }

        // "The Typhoons will give Qatar an edge": a weapon as the subject of an active giving verb is no transfer.
        // ("The jets will give the navy one of the region's strongest fleets": also when a kind named later is taken for the weapon.)
        if ((weaponFrom == "subject" || (s.Lower(statusTrigger.First) is "give" or "gives" or "gave" or "giving" && Among.Any(s.Weapons, s, clauseStart, first, static (w, s, clauseStart, first) => w.First >= clauseStart && w.End <= first && OpensClause(s, clauseStart, w.First)))) &&
            !passive && role == TriggerRole.Giver && !statusTrigger.Entry.IsNoun && roles.Subject.Count == 0 && !roles.PronounSubject && !wonOrder && // ("The Rafale has won orders from Egypt": its maker sells)
            !(IsReducedRelative(s, statusTrigger) && statusTrigger.End < s.Tokens.Count && s.Lower(statusTrigger.End) == "to")) // ("The F-16s sold to Romania are ...")
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
        // "the letter of intent under which Ukraine could acquire up to 100 Rafales": what a letter of intent or memorandum
        // foresees is the interest it states, not an order.
        if (status == TransferStatus.Order && UnderALetterOfIntent(s, statusTrigger.First))
        {
            (status, modality, modalityCue) = (TransferStatus.Interest, Modality.Actual, "a letter of intent's terms");
        }

        if (saleWeighed is not null && modality == Modality.Actual)
        {
            (modality, modalityCue) = (Modality.Possible, $"'{saleWeighed}'");
        }

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
            Among.Any(chain, s, static (t, s) => t.Entry.Status == TransferStatus.Interest && s.Lower(t.First) is "considering" or "consider" or "considers" or "considered"))
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

        if (notRuledOut)
        {
            (modality, modalityCue) = (Modality.Possible, "'not ruled out'");
        }

        var date = DateOf(s, clauseStart, clauseEnd, head, chain);
        // ("In December 2020 Washington imposed sanctions over the S-400 purchase": the sanction's date, not the purchase's.)
        if (date is not null && (IsReducedRelative(s, chain) && DateBelongsToMainVerb(s, chain, clauseStart, date) || sanctionAt >= 0 && date.StartChar < s.Tokens[statusTrigger.First].Start))
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

        // "signed for four patrol ships, with deliveries to start in 2024": the order is made; the date is the deliveries'.
        if (deliveriesDue is null && status == TransferStatus.Order && modality == Modality.Actual && date is { IsFuture: true } && DeliveriesClauseBefore(s, statusTrigger.End, date))
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
            // ("decided last year to abandon a 2018 deal": another date of the clause may be the halt's.)
            var (from, to) = (clauseStart < s.Tokens.Count ? s.Tokens[clauseStart].Start : s.Span.End, clauseEnd < s.Tokens.Count ? s.Tokens[clauseEnd].Start : s.Span.End);
            date = Among.Last(s.Dates, signedDate, (from, to), static (d, signedDate, span) => d.StartChar != signedDate.StartChar && !d.IsFuture && d.StartChar >= span.from && d.EndChar <= span.to);
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
        var optionEnd = IsOption(s, chain) ? Among.Last(chain, s, static (t, s) => s.Lower(t.End - 1) is "option" or "options")?.End ?? chain[^1].End : -1;
        int? optionCount = optionEnd >= 0 ? CountAfter(s, optionEnd) ?? (OrdinalFollows(s, optionEnd) ? 1 : null) : null;
        if (optionCount is not null)
        {
            weapons = WithQuantity(weapons, optionCount);
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
            weapons = CountedAsHandedOver(s, weapons);
        }
        else if (status == TransferStatus.Delivery && weaponFrom == "antecedent of the relative clause")
        {
            weapons = CountedAsHandedOver(s, weapons);
        }

        // "28 single-seat Gripen E and eight two-seat Gripen F": variants of one system, each counted, make one count.
        if (weapons.Count > 1)
        {
            weapons = SumVariantCounts(s, weapons);
        }

        string? inheritedOrigin = null;
        var another = false;
        // ("sends a THAAD battery and 100 troops", "For the exercise, India sent ...": the whole clause, once for every weapon.)
        var deployedOrLent = status == TransferStatus.Delivery && (DeployedWithTroops(s, clauseStart, clauseEnd) || LentToAnExercise(s, (clauseStart, first)));
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
            PairRecipientsWithWeapons(roles, weapons, weapon, recipientFrom, ref recipients);
            // "Egypt froze its contract with Russia for Su-35s": a buyer halting its contract with the weapon's maker halts what
            // it buys.
            if (status is TransferStatus.Suspension or TransferStatus.Cancellation && supplierFrom == "subject" && recipientFrom.StartsWith("'with'", StringComparison.Ordinal) &&
                weapon.Origin is { } weaponMaker && recipients is [var withMaker] && withMaker == weaponMaker && !suppliers.Contains(weaponMaker))
            {
                (suppliers, supplierFrom, recipients, recipientFrom) = (recipients, "'with' (the weapon's maker, the contract halted by its buyer)", suppliers, "subject (the buyer halting its contract)");
            }

            if (participleOwner is not null && !suppliers.Contains(participleOwner))
            {
                (recipients, recipientFrom) = ([participleOwner], "owner of the weapon the participle describes");
            }

            if (bidding is { } bids)
            {
                (suppliers, supplierFrom, recipients, recipientFrom) = (bids.Bidders, "the bidders named", [bids.Tenderer], "the party choosing among the bidders");
            }

            if (recipients.Count == 0 && status == TransferStatus.Delivery && weaponFrom == "object" &&
                (BuyerOfTheRelativeClause(s, weapon.End) ?? BuyerOfTheParticiple(s, weapon.End)) is { } relativeBuyer && !suppliers.Contains(relativeBuyer))
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
                Among.Any(s.Triggers, clauseStart, static (t, clauseStart) => t.End <= clauseStart && t.Entry.IsNoun && t.Entry.Status == TransferStatus.Order) && // the main clause tells of the deal ("won an order from")
                Among.First(s.Parties, s, clauseStart, static (p, s, clauseStart) => p.End <= clauseStart && !p.Possessive && !IsObjectOfPreposition(s, p)) is { } mainSubject &&
                !recipients.Contains(mainSubject.Code) && recipients.Count > 0)
            {
                // "Turkish yards won an order from Pakistan, which agreed to buy four corvettes": the buyer's seller is the
                // main clause's subject.
                (suppliers, supplierFrom) = ([mainSubject.Code], "subject of the main clause");
            }

            if (status == TransferStatus.Refusal && supplierFrom == "'it'/'they' as the supplier in focus" && Among.Any(roles.Origin, origin, static (o, origin) => o.Code == origin) && origin is not null &&
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
                Among.Last(focus.Told, weapon, recipients, suppliers, static (t, weapon, recipients, suppliers) => t.System == weapon.Designation && recipients.Contains(t.Recipient) && !suppliers.Contains(t.Supplier) && t.Supplier.Length == 2 &&
                                                                                                                   t.Status is TransferStatus.Order or TransferStatus.Delivery) is { } seller)
            {
                suppliers = [seller.Supplier];
                supplierFrom = "seller of the weapon told before";
            }

            // "Egypt bought two FREMMs from Italy ... Cairo and Rome are now in talks on two more": both sides of the deal
            // told before named together are its seller and its buyer, whatever the catalogue's maker.
            if (supplierFrom == "catalogue origin of the weapon" && weapon.Designation is not null && recipients.Count > 1 &&
                Among.Last(focus.Told, weapon, recipients, static (t, weapon, recipients) => t.System == weapon.Designation && recipients.Contains(t.Recipient) && recipients.Contains(t.Supplier) &&
                                                                                           t.Status is TransferStatus.Order or TransferStatus.Delivery) is { } pair)
            {
                (suppliers, supplierFrom, recipients, recipientFrom) = ([pair.Supplier], "seller of the weapon told before (both sides named)", [pair.Recipient], "buyer of the weapon told before (both sides named)");
            }

            // "to replace its MiG-29s given to Ukraine", "Slovakia's MiG-29s sent to Ukraine": a weapon handed on, with
            // no "by", is handed on by its owner, not by its maker.
            if (supplierFrom == "catalogue origin of the weapon" && weaponFrom == "subject" && chain[0].Entry.Role == TriggerRole.Giver &&
                !chain[0].Entry.IsNoun && IsReducedRelative(s, chain[0]) && OwnerHandingOn(s, weapon) is { } owner && !recipients.Contains(owner))
            {
                suppliers = [owner];
                supplierFrom = "owner of the weapon handed on";
            }

            // "a satellite from Airbus of France": a company followed by its state is that state.
            if (suppliers is [{ Length: > 2 } company] &&
                Among.First(s.Parties, s, company, static (p, s, company) => p.Code == company && p.End + 1 < s.Tokens.Count && s.Lower(p.End) == "of") is { } firm &&
                Among.First(s.Parties, firm, static (q, firm) => q.First == firm.End + 1 && q.Code.Length == 2) is { } home)
            {
                suppliers = [home.Code];
                supplierFrom += " (the company's state)";
            }

            // "Rome confirms Aster missiles reached Kyiv": a weapon of a multinational maker is sold by the one
            // state the sentence names before it besides the buyer ("..., Moscow said" after it is no seller).
            if (supplierFrom == "catalogue origin of the weapon" && suppliers is [{ Length: > 2 }] &&
                Among.Where(s.Parties, recipients, weapon, static (p, recipients, weapon) => p.Code.Length == 2 && !recipients.Contains(p.Code) && !p.ModifiesWeapon && p.End <= weapon.First)
                    .Select(p => p.Code).Distinct().ToList() is [var state])
            {
                suppliers = [state];
                supplierFrom = "the state named besides the buyer (the maker is multinational)";
            }
            var weaponMoney = money ?? OwnValue(s, weapons, weapon);

            // Several suppliers and several weapons ("Dassault and Thales will supply Rafales and radars"):
            // each weapon goes to the supplier that makes it; weapons with no known maker pair with no one. (Donors of a
            // weapon none of them makes, "the Netherlands, Denmark and Norway have pledged F-16s", all give it.)
            if (suppliers.Count > 1 && weapons.Count > 1 && !Among.All(weapons, suppliers, static (w, suppliers) => w.Origin is not null && !suppliers.Contains(w.Origin)))
            {
                suppliers = Among.Where(suppliers, weapon, static (code, weapon) => code == weapon.Origin);
            }
            // "sends a THAAD battery and 100 troops to Israel": a force deployed with its crews is no transfer.
            if (status == TransferStatus.Delivery && (deployedOrLent || LentToAnExercise(s, WeaponsOwnStretch(s, weapon, first, clauseEnd))))
            {
                continue;
            }

            // "The Indian Air Force has sent four Su-30s" in a story of an exercise: a service sending its own aircraft, with no
            // buyer named in the clause, moves its forces; it transfers nothing.
            if (status == TransferStatus.Delivery && role == TriggerRole.Giver && !passive && supplierFrom == "subject" && focus.ToldOfAnExercise &&
                recipientFrom is not ("'to'" or "'for'" or "object" or "'into'") && s.Lower(statusTrigger.First) is "sent" or "send" or "sends" or "sending" or "dispatched" or "dispatches" or "deployed" or "deploys" &&
                Among.Any(roles.Subject, s, static (p, s) => ServiceNameAfter(s, p.End)))
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
            if (recipientFrom is "earlier transfer" or "earlier transfer of the weapon, the sentence before" && status == TransferStatus.Delivery && SentToAPlace(s, first, clauseEnd))
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
                        Among.Any(chain, s, static (t, s) => ApprovalVerbs.Contains(s.Lower(t.First))) &&
                        Among.Any(focus.Told, approvedSystem, recipient, supplier, static (c, approvedSystem, recipient, supplier) => c.System == approvedSystem && c.Recipient == recipient && c.Supplier != supplier && c.Status is TransferStatus.Order or TransferStatus.Delivery))
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

                    // "Indonesia signed on Tuesday for six jets. The deal covers three Su-30s and three Su-27s": the deal
                    // recalled is dated by its signing.
                    var recalledDate = gap.Count is null && when is null ? DateOfTheDealRecalled(s, chain, status, modality, supplier, recipient, focus) : null;

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
                        gap.Count is null ? when ?? recalledDate : gap.Date?.Date,
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
                            (gap.Count is null ? date : gap.Date) is { } dated ? s.Text[dated.StartChar..dated.EndChar] : recalledDate is null ? null : "the date of the deal recalled",
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

    /// <summary>The first position of [from, to) where a counted subject stands ("received the first two"), else -1.</summary>
    private static int CountedSubjectIn(AnalyzedSentence s, int clauseStart, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (CountedSubjectAt(s, clauseStart, k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Each weapon with <paramref name="quantity"/> as its count (the option's own count).</summary>
    private static List<WeaponMention> WithQuantity(List<WeaponMention> weapons, int? quantity)
    {
        var counted = new List<WeaponMention>(weapons.Count);
        foreach (var w in weapons)
        {
            counted.Add(w with { Quantity = quantity });
        }

        return counted;
    }

    /// <summary>
    /// Each weapon named in this sentence as "the first of 12" or "the first two of 12" counts what was handed over (one, two)
    /// or, when the count is no number, nothing; other weapons as they are.
    /// </summary>
    private static List<WeaponMention> CountedAsHandedOver(AnalyzedSentence s, List<WeaponMention> weapons)
    {
        var counted = new List<WeaponMention>(weapons.Count);
        foreach (var w in weapons)
        {
            counted.Add(s.Weapons.Contains(w) && (FirstOfCount(s, w) ?? FirstOfWhich(s, w)) is { } handed ? w with { Quantity = handed > 0 ? handed : null } : w);
        }

        return counted;
    }

    /// <summary>Whether a step after the request at <paramref name="asking"/> is an offer within six tokens of it.</summary>
    private static bool OfferSoonAfter(List<TriggerMention> chain, int asking)
    {
        for (var i = asking + 1; i < chain.Count; i++)
        {
            if (chain[i].Entry.Status == TransferStatus.Offer && chain[i].First - chain[asking].End <= 6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The weapon just before the verb, in its clause, that is no carrier: what arrives ("The first Patriot battery
    /// arrived in May, alongside radars supplied by Norway").
    /// </summary>
    private static WeaponMention? ArrivingJustBefore(AnalyzedSentence s, int clauseStart, int first, int last) =>
        s.Weapons.LastOrDefault(w => w.End <= first && first - w.End <= 2 && w.First >= clauseStart && !IsExcluded(s, w) && !IsCarrier(s, w, last));

    /// <summary>
    /// Further dates coordinated with a step's own and a count of their own ("in 2005 and five more in 2007", "in 2012 and the
    /// last three by 2016"): only "and", the count, "more" or "the last/remaining" may stand between them.
    /// </summary>
    private static IEnumerable<(DateMention Date, int? Count)> LaterSteps(AnalyzedSentence s, DateMention? date, int clauseEnd) =>
        date is not null && !date.IsRange && LaterDateIn(s, date, ClauseEndChar(s, clauseEnd)) ? LaterStepsAfter(s, date, clauseEnd) : []; // (most steps have none: no iterator for them)

    /// <summary>Where the clause ending at token <paramref name="clauseEnd"/> ends, in characters.</summary>
    private static int ClauseEndChar(AnalyzedSentence s, int clauseEnd) => clauseEnd < s.Tokens.Count ? s.Tokens[clauseEnd].Start : s.Span.End;

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

    /// <summary>"the deal to sell 12 Rafales": a deal noun completed by its infinitive names the deal, as the noun alone would.</summary>
    private static bool NamesADealToDoIt(AnalyzedSentence s, List<TriggerMention> chain) =>
        chain.Count == 2 && chain[0].Entry.IsNoun && ContractNouns.Contains(s.Lower(chain[0].End - 1)) && chain[1].First == chain[0].End + 1 && s.Lower(chain[0].End) == "to";

    private const string OpeningWeapon = "the weapon the sentence opens with";

    /// <summary>Nouns a count may go with that are never the weapons recalled ("two senators", "three years").</summary>
    private static readonly HashSet<string> CountedNotWeapons = new(StringComparer.Ordinal)
    {
        "senators", "lawmakers", "legislators", "officials", "ministers", "diplomats", "sources", "people", "members", "countries", "nations",
        "companies", "firms", "years", "months", "weeks", "days", "decades", "times",
    };

    /// <summary>"K2 tanks will be serviced by Polish firms under a contract signed": work on the weapon, not its purchase.</summary>
    private static readonly HashSet<string> WorkOnWeapons = new(StringComparer.Ordinal)
    {
        "serviced", "repaired", "maintained", "made", "produced", "built", "upgraded", "overhauled", "modernised", "modernized", "assembled",
        "manufactured", "refurbished", "tested", "licence", "license", "licensed",
    };

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

        // "abandon a 2018 deal for 11 Su-35s": the year that names the contract is its signing.
        if (Among.First(s.Dates, s, contract, static (d, s, contract) => NamesAContract(s, d) && d.EndChar <= s.Tokens[contract.First].Start &&
                                                                          contract.First >= 1 && s.Tokens[contract.First - 1].End == d.EndChar) is { } named)
        {
            return (contract.First, named);
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

    // IsUnderContract's tests are methods of their own, not lambdas: a lambda over its parameters would cost a closure
    // at every call, and it is asked for most chains.

    /// <summary>"a deal (worth $1.1 billion) under which": "under which" within nine tokens after the contract noun at <paramref name="k"/>, no step between.</summary>
    private static bool UnderWhichAfter(AnalyzedSentence s, int k)
    {
        for (var j = k + 1; j < Math.Min(s.Tokens.Count - 1, k + 10); j++)
        {
            if (s.Lower(j) == "under" && s.Lower(j + 1) == "which" && !StatusTriggerBetween(s, k, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a trigger with a status starts strictly between tokens <paramref name="after"/> and <paramref name="before"/>.</summary>
    private static bool StatusTriggerBetween(AnalyzedSentence s, int after, int before)
    {
        foreach (var t in s.Triggers)
        {
            if (t.First > after && t.First < before && t.Entry.Status is not null)
            {
                return true;
            }
        }

        return false;
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
            var underWhich = UnderWhichAfter(s, k);
            var toDeliver = k < trigger.First && trigger.First - k <= 12 && trigger.First > 0 && s.Lower(trigger.First - 1) == "to" &&
                            !StatusTriggerBetween(s, k, trigger.First - 1);
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

    /// <summary>Whether only a determiner or a count stands between the clause start and <paramref name="at"/>: "The Typhoons ...".</summary>
    private static bool OpensClause(AnalyzedSentence s, int clauseStart, int at) =>
        TokenRun.All(s, clauseStart, Math.Max(0, at - clauseStart), static (s, k) => s.Lower(k) is "the" or "these" or "those" or "its" or "their" or "new" or "," || CountOnly(s, k));

    /// <summary>
    /// "shipped 508 TOW missiles to Iran in August, and a consignment of 18 Hawk missiles in November": a step named by a noun
    /// right after ", and", with no verb of its own, shares the clause before's seller.
    /// </summary>
    private static bool VerblessConjunct(AnalyzedSentence s, List<TriggerMention> chain, int clauseStart, int first) =>
        clauseStart > 0 && first - clauseStart is >= 2 and <= 4 && s.Lower(clauseStart) == "," && s.Lower(clauseStart + 1) == "and" &&
        TokenRun.All(s, clauseStart + 2, first - clauseStart - 2, static (s, k) => s.Lower(k) is "a" or "an" or "another" or "further" or "second" or "later") &&
        chain.TrueForAll(static t => t.Entry.IsNoun) && !TokenSpans.StartsIn(s.Parties, first - 1, first + 10); // (no party of its own: "and a contract for US helicopters")

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
        StateBeforeTheWeaponBefore(s, t, clauseStart);

    /// <summary>
    /// <see cref="ParticipleAfterAnObject"/>'s weapon before the participle, with a state before it in the clause. A method
    /// of its own: its lambdas capture the parameters, so the compiler allocates their closure on entry, and here that is
    /// only once the cheap tests above have passed, not for every chain.
    /// </summary>
    private static bool StateBeforeTheWeaponBefore(AnalyzedSentence s, TriggerMention t, int clauseStart) =>
        s.Weapons.FirstOrDefault(w => w.End == WeaponEndBefore(s, t.First)) is { } weapon && !(weapon.First >= 1 && s.Lower(weapon.First - 1) is "any" or "all") && // ("destroy any tanks sent": none yet)
        s.Parties.Exists(p => p.First >= clauseStart && weapon.First - p.End >= 2 && !p.Possessive && !p.ModifiesWeapon && p.Form != PartyForm.Organisation &&
                              !TokenRun.Any(s, p.End, weapon.First - p.End, static (s, k) => s.Lower(k) is "," or ";" or "and" or "or" or "from" or "to" && k + 1 < s.Tokens.Count && (s.Lower(k + 1) is "the" || Coverage.InParty(s, k + 1))));

    /// <summary>The main predicate's first auxiliary after a participle phrase ("delivered in 2005 | will be upgraded"), else <paramref name="end"/>.</summary>
    private static int PredicateAfter(AnalyzedSentence s, int from, int end) =>
        TokenRun.First(s, from, Math.Max(0, end - from), static (s, k) => s.Lower(k) is "will" or "would" or "could" or "may" or "might" or "should" or "must" or "can" or
                                                                              "is" or "are" or "was" or "were" or "has" or "have" or "had", end);

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
            if (p.First >= prev.End && p.First < to && !p.Possessive && !p.ModifiesWeapon && !IsObjectOfPreposition(s, p) && !CoordinatedWithAnObject(s, p) &&
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

    /// <summary>"talks with Sweden and France about buying", "with Sweden, France and Britain": a party listed after a preposition's object is an object too.</summary>
    private static bool CoordinatedWithAnObject(AnalyzedSentence s, PartyMention p)
    {
        // (A lone comma is a list's only when the list goes on to "and"/"or": "Under a deal with Germany, Poland ordered" is a new subject.)
        var conjunction = p.End + 1 < s.Tokens.Count && s.Lower(p.End) is "," or "and" or "or" && TokenSpans.StartsIn(s.Parties, p.End + 1, p.End + 3);
        var k = p.First;
        while (k >= 2 && s.Lower(k - 1) is "and" or "or" || k >= 2 && s.Lower(k - 1) == "," && conjunction)
        {
            conjunction |= s.Lower(k - 1) is "and" or "or";
            PartyMention? before = null;
            foreach (var q in s.Parties)
            {
                if (q.End == k - 1)
                {
                    before = q;
                }
            }

            if (before is null || before.Possessive)
            {
                return false;
            }

            if (IsObjectOfPreposition(s, before))
            {
                return true;
            }

            k = before.First;
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
                return j + 1 < to && !Among.Any(s.Parties, j, to, static (p, j, to) => p.First > j && p.End <= to) && !TokenRun.Any(s, j + 1, to - j - 1, static (s, k) => s.Lower(k) is "it" or "them" or "us");
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

        return k + 2 < first && s.Lower(k) == "in" && Among.First(s.Parties, k, static (p, k) => p.First == k + 1 && !p.Possessive) is { } setting &&
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
                    EndsARelativeClause(s, prev, t) || ClosesARelativeClause(s, prev, t) || CoordinatesAnotherStep(s, prev, t) || DescribesANounBefore(s, prev, t) ||
                    DatedParticipleBefore(s, prev, t) || ContractOpensTheSentence(s, prev, t) ||
                    t.Entry.Status is not null && !t.Entry.IsNoun && PartAfterAComma(s, t.First) > prev.End; // "received 10 of the 24, the rest to arrive by 2026"
                // "A contract for eight Gowind corvettes was signed between ...": the deal noun is the subject of its light verb.
                var signedDeal = prev.Entry.IsNoun && prev.Entry.Status is not null && t.Entry.Status is null && !t.Entry.IsNoun && t.First > 0 && BeForms.Contains(s.Lower(t.First - 1)) &&
                                 prev.End < s.Tokens.Count && s.Lower(prev.End) is "for" or "worth" or "to" or "with";
                // "Spain awarded Saab a contract for ...": the firm between the verb and its contract is no subject of the contract.
                var awardedAContract = prev.Entry.Status is null && AwardVerbs.Contains(s.Lower(prev.First)) && t.Entry.IsNoun && gap <= 8 &&
                                       TokenSpans.StartsAt(s.Parties, prev.End);
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

                // ("a contract worth 2 trillion won ($1.66 billion) with Egypt to supply": an aside in brackets adds no distance.)
                if (gap - TokensInBrackets(s, prev.End, t.First) <= 8 && !crossesBoundary && !weaponBetween && !subjectBetween && !newPredicate)
                {
                    chains[^1].Add(t);
                    continue;
                }
            }

            chains.Add([t]);
        }

        return chains;
    }

    /// <summary>"Under a 2015 deal, Russia supplied S-400s": the deal of an opening phrase closed by a comma is not the verb's step.</summary>
    private static bool ContractOpensTheSentence(AnalyzedSentence s, TriggerMention prev, TriggerMention t) =>
        prev.Entry.IsNoun && !t.Entry.IsNoun && prev.First - AfterDateline(s) <= 6 && s.Lower(AfterDateline(s)) == "under" && CommaBetween(s, prev.End, t.First);

    /// <summary>
    /// "The 152 CV90s ordered from Sweden in 2022 arrived last month": a participle on the subject dated on its own states a
    /// step of its own, apart from the finite verb after it.
    /// </summary>
    private static bool DatedParticipleBefore(AnalyzedSentence s, TriggerMention prev, TriggerMention t)
    {
        if (t.Entry.IsNoun || t.Entry.Status is not { } next || prev.Entry.Status is not { } before || next == before || prev.Entry.IsNoun || !IsReducedRelative(s, prev))
        {
            return false;
        }

        var from = s.Tokens[prev.End - 1].End;
        var to = s.Tokens[t.First].Start;
        return Among.Any(s.Dates, from, to, static (d, from, to) => d.StartChar >= from && d.EndChar <= to);
    }

    /// <summary>
    /// "Hungary, whose Gripens were leased from Sweden, ordered Lynx vehicles": a verb after the comma that closes a relative
    /// clause opened by ", which/who/whose" is the main clause's, not a second step of the relative clause.
    /// </summary>
    private static bool ClosesARelativeClause(AnalyzedSentence s, TriggerMention prev, TriggerMention t)
    {
        if (t.Entry.Status is null || t.Entry.IsNoun || !TokenRun.Any(s, prev.End, Math.Max(0, t.First - prev.End), static (s, k) => s.Lower(k) == ","))
        {
            return false;
        }

        for (var k = prev.First - 1; k >= 1 && k >= prev.First - 10; k--)
        {
            if (s.Lower(k) is "which" or "who" or "whose")
            {
                return s.Lower(k - 1) == ",";
            }

            if (s.Lower(k) is "," or ";" || TokenSpans.StartsAt(s.Triggers, k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a plain plural noun right after a weapon's name ("Pantsir systems", "K9 howitzers").</summary>
    private static bool HeadNounOfAName(AnalyzedSentence s, int k) =>
        TokenSpans.EndsAt(s.Weapons, k) && s.Tokens[k].Kind == Core.Text.TokenKind.Word && char.IsLower(s.Text[s.Tokens[k].Start]) &&
        (s.Lower(k).EndsWith('s') || s.Lower(k) is "aircraft" or "artillery") && !Prepositions.Contains(s.Lower(k));

    /// <summary>How many tokens of [from, to) stand between brackets, the brackets included.</summary>
    private static int TokensInBrackets(AnalyzedSentence s, int from, int to)
    {
        var count = 0;
        var open = -1;
        for (var k = from; k < to; k++)
        {
            if (s.Lower(k) == "(")
            {
                open = k;
            }
            else if (s.Lower(k) == ")" && open >= 0)
            {
                count += k - open + 1;
                open = -1;
            }
        }

        return count;
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

    /// <summary>Where the weapons and parties that modify a noun at <paramref name="noun"/> begin ("Phalcon radar plane sale", "Spanish sale").</summary>
    private static int ModifierStart(AnalyzedSentence s, int noun)
    {
        var start = noun;
        while (Among.First(s.Weapons, s, start, static (w, s, start) => w.End == start || (w.End == start - 1 && s.Tokens[start - 1].Kind == Core.Text.TokenKind.Word &&
                                                                                           char.IsLower(s.Text[s.Tokens[start - 1].Start]) && !TokenSpans.StartsAt(s.Triggers, start - 1))) is { } w)
        {
            start = w.First; // "Phalcon radar plane sale": a weapon and the word that names its kind
        }

        return Among.First(s.Parties, start, static (p, start) => p.End == start && !p.Possessive) is { } party ? party.First : start;
    }

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

    /// <summary>"42 Rafales, the first three of which are due in 2026": the count of units of the weapon before "of which".</summary>
    private static int? FirstOfWhich(AnalyzedSentence s, WeaponMention w) => CountOfWhichAt(s, w.End);

    /// <summary>", the first of which", ", the first two of which", ", the last two of which", ", two of which" at the comma <paramref name="k"/>: the count handed over.</summary>
    private static int? CountOfWhichAt(AnalyzedSentence s, int k)
    {
        if (k + 3 >= s.Tokens.Count || s.Lower(k) != ",")
        {
            return null;
        }

        k += s.Lower(k + 1) == "the" ? 2 : 1;
        var ordinal = s.Lower(k) is "first" or "last" or "final" or "remaining" or "initial";
        k += ordinal ? 1 : 0;
        var count = k < s.Tokens.Count ? NumberWords.Parse(s.Lower(k)) : null;
        var of = count is null ? k : k + 1;
        return (ordinal || count is not null) && of + 1 < s.Tokens.Count && s.Lower(of) == "of" && s.Lower(of + 1) is "which" or "them" ? count ?? 1 : null;
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
    /// Where the word of punishment stands when a purchase is named after "over" or "for" in a clause that sanctions or
    /// punishes ("sanctioned ... over its acquisition of"), else -1.
    /// </summary>
    private static int PunishedPurchase(AnalyzedSentence s, int noun)
    {
        var k = noun - 1;
        while (k >= 0 && noun - k <= 8 && (s.Lower(k) is "its" or "the" or "their" or "his" or "a" or "an" || Coverage.InWeapon(s, k)))
        {
            k--;
        }

        return k > 0 && s.Lower(k) is "over" or "for"
            ? TokenRun.Last(s, Math.Max(0, k - 14), Math.Min(14, k), static (s, j) => s.Lower(j) is "sanctioned" or "sanctions" or "sanction" or "sanctioning" or "penalised" or "penalized" or "punished" or "punish" or "punishes" or "fined" or "blacklisted", -1)
            : -1;
    }

    /// <summary>Whether "under which" (a few words before the step) follows a letter of intent or a memorandum.</summary>
    private static bool UnderALetterOfIntent(AnalyzedSentence s, int step)
    {
        var which = TokenRun.Last(s, Math.Max(1, step - 5), Math.Min(5, Math.Max(0, step - 1)), static (s, k) => s.Lower(k) == "which" && s.Lower(k - 1) == "under", -1);
        return which > 1 && TokenRun.Any(s, Math.Max(0, which - 6), Math.Min(5, which - 1), static (s, k) => s.Lower(k) is "intent" or "understanding" || s.Lower(k) == "memorandum");
    }

    /// <summary>Whether an armed service's name begins at token k ("Air Force", "Navy", "army").</summary>
    private static bool ServiceNameAfter(AnalyzedSentence s, int k) =>
        k < s.Tokens.Count && (s.Lower(k) is "navy" or "army" or "marines" or "military" ||
                               k + 1 < s.Tokens.Count && (s.Lower(k) == "air" && s.Lower(k + 1) == "force" || s.Lower(k) == "armed" && s.Lower(k + 1) == "forces"));

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

    private enum Reference
    {
        None,
        Pronoun,
        Deal,
    }

    /// <summary>"received the first of them", "delivered the last four", "sent the remaining ones": a part of the weapons told, right after the verb.</summary>
    private static bool PartRightAfterTheVerb(AnalyzedSentence s, int k) =>
        k + 2 < s.Tokens.Count && VerbEndsAt(s, k) && s.Lower(k) == "the" && s.Lower(k + 1) is "first" or "last" or "remaining" or "rest" or "final" or "second" &&
        (s.Lower(k + 2) == "of" && k + 3 < s.Tokens.Count && s.Lower(k + 3) is "them" or "those" or "these" || CountOnly(s, k + 2));

    /// <summary>"..., with deliveries to start in 2024", "..., with the first due in 2027": a clause of deliveries between the order and the date.</summary>
    private static bool DeliveriesClauseBefore(AnalyzedSentence s, int from, DateMention date)
    {
        var dateToken = s.TokenAt(date.StartChar);
        for (var k = Math.Max(from, dateToken - 8); k < dateToken; k++)
        {
            if (k < 1 || s.Lower(k) != "with" || s.Lower(k - 1) != ",")
            {
                continue;
            }

            for (var j = k + 1; j < dateToken; j++)
            {
                // ("with the first due in 2027", "the first ships": not "with the first training course to start in 2025".)
                if (s.Lower(j) is "deliveries" or "delivery" or "handover" or "handovers" or "arrival" or "arrivals" ||
                    s.Lower(j) == "first" && j + 1 < s.Tokens.Count && (s.Lower(j + 1) is "due" or "delivered" or "expected" or "scheduled" or "arriving" or "set" or "to" or "of" or "one" or "batch" or
                                                                        "ships" or "ship" or "jets" or "aircraft" or "units" or "boats" or "vessels" or "tanks" or "helicopters" ||
                                                                        TokenSpans.StartsIn(s.Weapons, j + 1, j + 3) || CountOnly(s, j + 1)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "The deal covers ...", "The contract includes ..." naming no date: the date of the order told last, when that order is
    /// between the same parties, told as done.
    /// </summary>
    private static PartialDate? DateOfTheDealRecalled(AnalyzedSentence s, List<TriggerMention> chain, TransferStatus status, Modality modality, string supplier, string recipient, DocumentFocus focus)
    {
        var head = chain[0];
        if (status != TransferStatus.Order || modality != Modality.Actual || !head.Entry.IsNoun || head.First == 0 ||
            !DealNouns.Contains(s.Lower(head.End - 1)) || s.Lower(head.First - 1) is not ("the" or "this"))
        {
            return null;
        }

        var last = focus.Told.FindLast(static t => t.Status == TransferStatus.Order);
        return last is { Modality: Modality.Actual, When: { } date } && last.Supplier == supplier && last.Recipient == recipient ? date : null;
    }

    /// <summary>"the deal", "its contract", "the proposed sale", "deliveries" opening a clause: a transfer told before.</summary>
    private static bool NamesADeal(AnalyzedSentence s, int from, int k) =>
        DealNouns.Contains(s.Lower(k)) && (k == 0 || s.Lower(k - 1) is "the" or "this" or "that" or "its" or "their" or "s" or "proposed" or "planned" or "first" or "further" ||
                                           k >= 2 && s.Lower(k - 1) is "new" or "latest" or "recent" or "planned" or "original" or "initial" or "earlier" or "previous" or "existing" or "same" && s.Lower(k - 2) is "the" or "these" or "that" or "its" or "their" ||
                                           k >= 2 && s.Lower(k - 1) is "possible" or "potential" && s.Lower(k - 2) == "the" && (k + 1 >= s.Tokens.Count || s.Lower(k + 1) != "of") || // "approved the possible sale the previous year"
                                           s.Lower(k) is "deliveries" or "shipments" && (k == from || s.Lower(k - 1) is "said" or "says" or "say" or "added" or "that" or "and" or "but" or "first"));

    /// <summary>"Five have been handed over", "..., and two were delivered in 2022": a bare count as the clause's subject.</summary>
    private static bool BareCountOpensTheClause(AnalyzedSentence s, int from, int k) =>
        k + 1 < s.Tokens.Count && (k == from || OnlyConjunctionsBetween(s, from, k)) && CountOnly(s, k) && NumberWords.Parse(s.Lower(k)) is > 0 and < 1000 &&
        VerbOfABareCount(s.Lower(k + 1) == "more" && k + 2 < s.Tokens.Count ? s.Lower(k + 2) : s.Lower(k + 1)); // ("three more touched down")

    /// <summary>A word that may follow a bare count as its verb ("five have", "three arrived", "two more touched down").</summary>
    private static bool VerbOfABareCount(string w) =>
        w is "have" or "has" or "had" or "were" or "was" or "are" or "is" or "will" or "would" or "arrived" or "landed" or "touched";

    /// <summary>"Three of the four have been delivered", "two of the six were": a part of the weapons counted before, as a subject.</summary>
    private static bool CountOfTheCount(AnalyzedSentence s, int k) =>
        k + 3 < s.Tokens.Count && s.Lower(k + 1) == "of" && s.Lower(k + 2) == "the" && CountOnly(s, k) && CountOnly(s, k + 3) &&
        (k + 4 == s.Tokens.Count || s.Tokens[k + 4].Kind == Core.Text.TokenKind.Punctuation || BeForms.Contains(s.Lower(k + 4)) ||
         s.Lower(k + 4) is "have" or "has" or "had" or "will" or "would" or "are" or "were");

    /// <summary>
    /// "signed for 20 K9s in March, the first to be delivered next year": where a part of the weapons told ("the first", "the
    /// rest", "the remaining"), right after a comma and before its infinitive, opens the step's words; else -1.
    /// </summary>
    private static int PartAfterAComma(AnalyzedSentence s, int first)
    {
        for (var k = first - 1; k >= 2 && k >= first - 5; k--)
        {
            if (PartOpensAt(s, k - 2))
            {
                return k - 1;
            }
        }

        return -1;
    }

    /// <summary>", the rest to", ", the first to": a part of the weapons told and its infinitive, from the comma at <paramref name="comma"/>.</summary>
    private static bool PartOpensAt(AnalyzedSentence s, int comma) =>
        comma >= 0 && comma + 3 < s.Tokens.Count && s.Lower(comma) == "," && s.Lower(comma + 1) == "the" &&
        s.Lower(comma + 2) is "first" or "last" or "rest" or "remaining" or "remainder" && s.Lower(comma + 3) == "to";

    private static Reference RefersBack(AnalyzedSentence s, int from, int to, TriggerMention head)
    {
        for (var k = from; k < to; k++)
        {
            var w = s.Lower(k);
            if (w is "it" or "they" or "them" || (w is "weapons" or "equipment" or "hardware" && k > 0 && s.Lower(k - 1) is "the" or "these" or "those") ||
                (w is "those" or "these" && k > 0 && s.Lower(k - 1) == "of" && (k + 1 >= s.Tokens.Count || s.Tokens[k + 1].Kind == Core.Text.TokenKind.Punctuation ||
                                                                      BeForms.Contains(s.Lower(k + 1)) || s.Lower(k + 1) is "have" or "has" or "had" or "will" or "would")) || // "the first four of those were"
                (w is "batch" or "tranche" or "lot" or "regiment" or "battery" or "squadron" or "unit" or "shipment" && k > 0 && (k + 1 >= s.Tokens.Count || s.Lower(k + 1) != "of" || CountOnly(s, k + 2)) && s.Lower(k - 1) is "first" or "second" or "third" or "next" or "last" or "final" or "remaining" or "latest") || // "the second batch will follow"
                (w == "more" && k > 0 && CountOnly(s, k - 1) && (k + 1 >= s.Tokens.Count || VerbOfABareCount(s.Lower(k + 1)) || s.Lower(k + 1) is "followed" or "came")) || // "26 more are due", "four more arrived"
                (w == "more" && k >= 2 && s.Lower(k - 1) is "dozens" or "hundreds" or "scores" or "several" or "many" && VerbEndsAt(s, k - 1)) || // "has received dozens more since"
                (w is "first" or "rest" or "remaining" or "last" or "remainder" && k > 0 && s.Lower(k - 1) == "the" && k + 1 < s.Tokens.Count &&
                 s.Lower(k + 1) is "of" or "were" or "was" or "are" or "is" or "will" or "have" or "has" or "had" or "to" or "in" or "arrived" or "would" or "could" or ",") ||
                CountedSubjectAt(s, from, k) || // "The first two landed in Caracas", "The remaining two are due"
                CountOfTheCount(s, k) || // "Three of the four have been delivered"
                BareCountOpensTheClause(s, from, k) || // "Five have been handed over"
                CountRightAfterTheVerb(s, k)) // "has given 14 to Kyiv"
            {
                // "put the deal on hold, saying the budget could not bear it": a pronoun past a comma after "the deal" is
                // not what the clause's step is about.
                var deal = FirstDealNoun(s, from, k);
                if (deal >= 0 && CommaBetween(s, deal, k))
                {
                    return Reference.Deal;
                }

                // "The proposal had been frozen since July, when senators placed a hold on it": "it" halted in a clause hung on a
                // sentence whose subject is a deal is that deal.
                if (w == "it" && head.Entry.Status is TransferStatus.Suspension or TransferStatus.Cancellation or TransferStatus.Refusal && from >= 3 &&
                    s.Lower(from) is "when" or "after" or "because" or "as" or "until" && s.Lower(from - 1) == "," && FirstDealNoun(s, 0, Math.Min(3, from)) >= 0)
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

    private static bool HasSubordinator(AnalyzedSentence s, int from, int to) =>
        s.Cues.Any(c => c.Effect == CueEffect.Possible && c.First >= Math.Max(0, from - 12) && c.First < to && Subordinators.Contains(s.Lower(c.First)));

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
}
