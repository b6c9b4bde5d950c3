using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Parties: choosing each candidate's supplier and recipient from the roles collected for its chain.
public sealed partial class FrameBuilder
{
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

    /// <summary>Where the sentence proper starts after a dateline ("BUENOS AIRES (Analysis) - ", "NEW DELHI: "): the token after its dash, else 0.</summary>
    private static int AfterDateline(AnalyzedSentence s)
    {
        for (var k = 1; k < s.Tokens.Count && k <= 10; k++)
        {
            if (s.Lower(k) is "-" or "–" or "—" or ":" && k + 1 < s.Tokens.Count && char.IsUpper(s.Text[s.Tokens[k + 1].Start]) && char.IsUpper(s.Text[s.Tokens[0].Start]) &&
                TokenRun.All(s, 0, k, static (s, j) => s.Tokens[j].Kind != Core.Text.TokenKind.Word || char.IsUpper(s.Text[s.Tokens[j].Start]) || s.Text[s.Tokens[j].Start] == '('))
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

    /// <summary>
    /// "sold 24 K9s to Estonia and the K21 to Poland and Romania": where each weapon is followed by its own "to", each goes
    /// to the parties of the "to" between it and the next weapon.
    /// </summary>
    private static void PairRecipientsWithWeapons(Roles roles, List<WeaponMention> weapons, WeaponMention weapon, string recipientFrom, ref List<string> recipients)
    {
        // "in talks with France over the Rafale and with Sweden over the Gripen": the maker of another weapon of the step
        // does not buy this one.
        if (recipients.Count >= 2 && weapons.Count >= 2 && Among.Where(recipients, weapons, weapon, static (code, weapons, weapon) => code != weapon.Origin &&
                !Among.Any(weapons, code, weapon, static (w, code, weapon) => !ReferenceEquals(w, weapon) && w.Origin == code)) is { Count: > 0 } buyers)
        {
            recipients = buyers;
        }

        if (recipientFrom != "'to'" || recipients.Count < 2 || weapons.Count < 2 || roles.To.Count < 2)
        {
            return;
        }

        // Only when every weapon has a "to" of its own after it: "sold K9s and K21s to Poland and Romania" gives both to both.
        var own = new List<string>();
        for (var i = 0; i < weapons.Count; i++)
        {
            var next = i + 1 < weapons.Count ? weapons[i + 1].First : int.MaxValue;
            var any = false;
            foreach (var p in roles.To)
            {
                if (p.First > weapons[i].End - 1 && p.First < next)
                {
                    any = true;
                    if (ReferenceEquals(weapons[i], weapon) && !own.Contains(p.Code))
                    {
                        own.Add(p.Code);
                    }
                }
            }

            if (!any)
            {
                return;
            }
        }

        if (own.Count > 0)
        {
            recipients = own;
        }
    }

    /// <summary>"... and America's Boeing the F/A-18": the party right after the "and" between the weapon before and this one, if it offers this one.</summary>
    private static string? GappedSupplier(AnalyzedSentence s, Roles roles, List<WeaponMention> weapons, WeaponMention weapon, List<string> subjects)
    {
        if (Among.Last(weapons, weapon, static (w, weapon) => w.End <= weapon.First) is { } before && Among.All(subjects, roles, static (c, roles) => HasCode(roles.Subject, c)) &&
            TokenRun.First(s, before.End, weapon.First - before.End, static (s, k) => s.Lower(k) == "and", -1) is var and && and >= 0 &&
            Among.First(s.Parties, and, subjects, static (p, and, subjects) => p.First == and + 1 && !subjects.Contains(p.Code)) is { } gapped &&
            !roles.To.Contains(gapped) && // ("sold S-400s to India and China and Su-35s to Egypt": a buyer listed, not a second seller)
            !Among.Any(s.Triggers, and, weapon, static (t, and, weapon) => t.First > and && t.First < weapon.First) && weapon.First - gapped.End <= 6)
        {
            return gapped.Code;
        }

        return null;
    }

    /// <summary>"from France ... and from Italy ...": the party after "from" between this weapon and the next, if any.</summary>
    private static string? OwnSupplierFrom(AnalyzedSentence s, Roles roles, List<WeaponMention> weapons, WeaponMention weapon)
    {
        var next = NextStartAfter(weapons, weapon.First, s.Tokens.Count);
        return Among.First(roles.From, weapon, next, static (p, weapon, next) => p.First > weapon.First && p.First < next)?.Code;
    }

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

    private static bool IsPrepositional(Roles r, PartyMention p) => r.Prepositional.Contains(p);

    /// <summary>
    /// "Oslo said it would supply ...", "the German offer beat a bid from Fincantieri": every state named is a supplier or a
    /// rival bidder, so the buyer is the one the story is about.
    /// </summary>
    private static bool OnlySuppliersNamed(Roles r, List<string> suppliers) =>
        suppliers.Count > 0 && r.Subject.Concat(r.Possessor).Concat(r.To).Concat(r.For).Concat(r.In).Concat(r.Object).Concat(r.With).All(p => suppliers.Contains(p.Code) || r.Bidders.Contains(p));

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
            var named = Among.First(candidates, c, static (n, c) => n.System == c.System && n.Supplier != c.Supplier && NamesTheSeller(n.Explanation.SupplierFrom) &&
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

        // (A loop rather than RemoveAll over a closure: the triggers asked are the sentence's, not the parties removed.)
        for (var i = roles.From.Count - 1; i >= 0; i--)
        {
            var p = roles.From[i];
            if (p.First < first && Among.Any(s.Triggers, p, chain, static (t, p, chain) => t.Entry.Status is not null && t.End <= p.First && !chain.Contains(t)))
            {
                roles.From.RemoveAt(i);
            }
        }
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
                // "Saab beat France's bid with the Rafale", "compensation for Czech donations": a giving noun's possessor gives, whatever the sentence's subject.
                if (r.NounHead)
                {
                    a.Supply([r.Possessor], "possessor of the giving noun");
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
                a.Receive([r.To], "'to'"); // ("Some of the jets built for Cairo will go to Iran instead": where they go, first)
                a.Receive([r.For], "'for'"); // "the first Typhoons for Qatar landed in Britain": whose they are, not where they land
                a.Receive([r.In], "'in'");
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

        // ("Fincantieri's biggest export success came in 2020, when it sold two frigates to Egypt": the firm the sentence named.)
        if (suppliers.Count == 0 && r.PronounSubject && role == TriggerRole.Giver && !passive && LastFirmBeforeTheClause(r) is { } firm && !recipients.Contains(firm.Code))
        {
            suppliers = [firm.Code];
            supplierFrom = "'it'/'they' as the firm named before the clause";
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

        // A conjunct with no verb shares the seller of the clause before (VerblessConjunct), but not over an origin word on its
        // weapon: "received French Rafales in 2016, and a shipment of Russian MiG-29s in 2017".
        if (suppliers.Count == 0 && r.PreviousSupplier is { } previousSupplier && !recipients.Contains(previousSupplier) && !(origin is not null && HasCode(r.Origin, origin)))
        {
            suppliers = [previousSupplier];
            supplierFrom = "seller of the clause before (a conjunct with no verb)";
        }

        if (suppliers.Count == 0 && origin is not null && !(r.OwnersWeapon && role != TriggerRole.Taker)) // ("took delivery of its own S-400s": the owner is the buyer)
        {
            suppliers = [origin];
            supplierFrom = HasCode(r.Origin, origin) ? "origin word before the weapon" : "catalogue origin of the weapon";
        }

        if (suppliers.Count == 0 && fromFocus && (toldOfWeapon?.Supplier ?? focus.Supplier) is { } earlierSupplier)
        {
            suppliers = [earlierSupplier];
            supplierFrom = "earlier transfer";
        }

        if (recipients.Count == 0 && (r.Subject.Count == 0 || r.OfferInALaterClause && role == TriggerRole.Giver || r.PronounRecipient) && r.PreviousRecipient is not null && role is TriggerRole.Taker or TriggerRole.Arrival or TriggerRole.Giver &&
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
            else if (r.NoNamedBuyer)
            {
                // (nobody named buys: no buyer from elsewhere in the sentence or the story)
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
            // (A speaker apart from the step lends its state only to a weapon the story has not traded yet.)
            else if (r.Speakers.Count > 0 && r.Speakers[0].Code.Length == 2 && !suppliers.Contains(r.Speakers[0].Code) &&
                     !(r.DistantSpeaker && (designation is null || focus.Told.Exists(c => c.System == designation))))
            {
                recipients = [r.Speakers[0].Code];
                recipientFrom = "the state whose people speak of the step (no other buyer named)";
            }
            else if (r.InstitutionOpensSentence && role != TriggerRole.Giver && focus.Told.Count == 0 && focus.SubjectState is { } home && !suppliers.Contains(home))
            {
                recipients = [home];
                recipientFrom = "the state whose institution opens the sentence (the story's subject; no buyer told yet)";
            }
            else if (r.NoPartyInSentence && designation is not null && ToldOfWeaponIn(focus.Told, designation, sentenceIndex - 1) is { } justBefore &&
                     !suppliers.Contains(justBefore.Recipient) && NamedItsBuyer(justBefore))
            {
                // "Algeria ordered 28 Su-30s in 2006. The first aircraft are due this year.": the step goes on with the sentence
                // before, whoever the story is mostly about.
                recipients = [justBefore.Recipient];
                recipientFrom = "earlier transfer of the weapon, the sentence before";
            }
            else if ((fromFocus || r.NoPartyInSentence || OnlySuppliersNamed(r, suppliers) || supplierFrom == "possessor of the giving noun") && focus.Recipient is not null && !suppliers.Contains(focus.Recipient))
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

    /// <summary>
    /// The last firm (or possessive owner of one: "France's Naval Group") named before the clause, not after a preposition,
    /// else null.
    /// </summary>
    private static PartyMention? LastFirmBeforeTheClause(Roles r)
    {
        PartyMention? firm = null;
        foreach (var p in r.Other)
        {
            if ((p.Form == PartyForm.Organisation || p.Possessive) && p.End <= r.ClauseStart && !IsPrepositional(r, p))
            {
                firm = p;
            }
        }

        return firm;
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
            !(a.Origin is not null && HasCode(r.With, a.Origin) && Among.All(r.Subject, a, static (p, a) => p.Code.Length == 2 && p.Code != a.Origin))) // (not "HAL signed a contract with the American company" for US engines)
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
    /// <summary>Whether a transfer's own sentence named its buyer (not one guessed from the story or another party of the clause).</summary>
    private static bool NamedItsBuyer(Candidate c) =>
        c.Explanation.RecipientFrom is "subject" or "'to'" or "object" or "possessor" or "'for'" or "'in'" or "'with' (the other side of the contract)" or "possessor of the giving noun" or "other party of the deal" ||
        c.Explanation.RecipientFrom.StartsWith("possessor of the weapon", StringComparison.Ordinal);

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
                Among.Last(focus.Named, prefix, static (n, prefix) => n.Designation is { } member && ReferenceData.IsMemberOf(member, prefix)) is { } named)
            {
                s.Weapons[i] = s.Weapons[i] with { Designation = named.Designation, Category = named.Category, Origin = named.Origin };
            }
        }
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

        var named = Among.Where(s.Parties, t, static (p, t) => p.End <= t.First - 2 && !p.ModifiesWeapon);
        if (named.Count < 2 || named[0].Possessive)
        {
            return null;
        }

        // (A loop rather than a query over the tenderer: a closure over it would be made for every chain that asks.)
        var tenderer = named[0].Code;
        var bidders = new List<string>();
        for (var i = 1; i < named.Count; i++)
        {
            if (named[i].Code != tenderer && !bidders.Contains(named[i].Code))
            {
                bidders.Add(named[i].Code);
            }
        }
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

    /// <summary>
    /// "Slovakia's MiG-29s", "to replace its MiG-29s", "to retire the Leopards": the state owning a weapon it hands on,
    /// named before it or, for a weapon the sentence's subject owns or replaces, that subject.
    /// </summary>
    private static string? OwnerHandingOn(AnalyzedSentence s, WeaponMention w)
    {
        if (OwnerBefore(s, w) is { } named)
        {
            return named;
        }

        var k = w.First > 0 && s.Lower(w.First - 1) == "the" ? w.First - 2 : w.First - 1;
        return k >= 0 && (s.Lower(k) is "its" or "their" || IsExcluded(s, w) && IsReplaceWord(s.Lower(k)))
            ? OpeningSubject(s, null)
            : null;
    }

    /// <summary>"handed over the last three of 32 F-16s it sold to Romania": the buyer a relative clause on the weapon names.</summary>
    private static string? BuyerOfTheRelativeClause(AnalyzedSentence s, int weaponEnd) => PartyOfTheRelativeClause(s, weaponEnd, "to", TriggerRole.Giver);

    /// <summary>"handed over the first of four frigates ordered by Egypt": the buyer a participle right after the weapon names as its agent.</summary>
    private static string? BuyerOfTheParticiple(AnalyzedSentence s, int weaponEnd) =>
        TriggerStartingAt(s, weaponEnd) is { Entry.Role: TriggerRole.Taker, Entry.IsNoun: false, Entry.Status: not null } participle &&
        participle.End + 1 < s.Tokens.Count && s.Lower(participle.End) == "by" &&
        Among.First(s.Parties, s, participle.End, static (p, s, by) => (p.First == by + 1 || p.First == by + 2 && s.Lower(by + 1) == "the") && !p.ModifiesWeapon) is { } buyer &&
        !TokenRun.Any(s, buyer.End, Math.Min(6, s.Tokens.Count - buyer.End), static (s, k) => s.Lower(k) == "for" && Coverage.InParty(s, k + 1)) // ("bought by the Netherlands for Ukraine")
            ? buyer.Code
            : null;

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

            if (s.Lower(k) == preposition && Among.First(s.Parties, k, static (p, k) => p.First == k + 1 && !p.ModifiesWeapon) is { } party && StepOfRoleIn(s, weaponEnd + 1, k, role))
            {
                return party.Code;
            }
        }

        return null;
    }

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
}
