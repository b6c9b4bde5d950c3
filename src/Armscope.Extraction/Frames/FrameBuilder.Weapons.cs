using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Weapons: which systems a chain trades, from names, coordination, lists and references back to earlier mentions.
public sealed partial class FrameBuilder
{
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

    /// <summary>The last weapon with a designation that ends by token <paramref name="end"/>.</summary>
    private static WeaponMention? LastNamedWeaponBefore(AnalyzedSentence s, int end)
    {
        for (var i = s.Weapons.Count - 1; i >= 0; i--)
        {
            var w = s.Weapons[i];
            if (w.Designation is not null && w.End <= end && !IsAnotherName(s, w))
            {
                return w;
            }
        }

        return null;
    }

    // The subjects and antecedents a chain falls back on: the last weapon that fits, as a list of one (or none).

    /// <summary>"the Piorun had already been sold": a weapon of the clause ending at most four tokens before the trigger, no comma between, not excluded.</summary>
    private static List<WeaponMention> WeaponJustBefore(AnalyzedSentence s, int clauseStart, int first)
    {
        for (var i = s.Weapons.Count - 1; i >= 0; i--)
        {
            var w = s.Weapons[i];
            // ("to replace the MiG-29s given to Ukraine": the weapon a participle right after it describes was traded itself.)
            if (w.First >= clauseStart && w.End <= first && first - w.End <= 4 && !CommaBetween(s, w.End, first) &&
                !IsExcluded(s, w, replacedIsTraded: (w.End == first || w.End == WeaponEndBefore(s, first)) && IsPastParticiple(s.Lower(first))))
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
            // ("The first 12 Leopard tanks and the first 8 PzH 2000s": a head noun after the name and "first" before a count.)
            if (before.First < clauseStart || before.End > after.First || after.First - before.End > 6 || IsExcluded(s, before) ||
                !TokenRun.All(s, before.End, after.First - before.End, (s, k) => s.Lower(k) is "and" or "or" or "," or "the" or "a" or "an" or "first" or "last" or "initial" || NumberWords.Parse(s.Lower(k)) is not null ||
                                                                               k == before.End && (s.Lower(k) == "s" || HeadNounOfAName(s, k))) || // ("K2s": the plural mark of a designation is a token of its own)
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
            if (w.End <= first && !IsExcluded(s, w) && !RidesAboard(s, w) && (w.First <= 2 || CommasBetween(s, w.End, first) % 2 == 0 || (w.End == first - 1 && s.Lower(w.End) == ",")))
            {
                return [w];
            }
        }

        return [];
    }

    /// <summary>"flown in aboard Russian An-124 transports": what carried the weapons, a few words of its owner or count between.</summary>
    private static bool RidesAboard(AnalyzedSentence s, WeaponMention w)
    {
        for (var k = w.First - 1; k >= 0 && k >= w.First - 4; k--)
        {
            if (IsAboardWord(s.Lower(k)))
            {
                return true;
            }

            if (!(Coverage.InParty(s, k) || s.Lower(k) is "a" or "an" or "the" or "two" or "three" or "four" or "five" or "six" || s.Tokens[k].Kind == Core.Text.TokenKind.Number))
            {
                return false;
            }
        }

        return false;
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
            if (w.First >= first && w.First < clauseEnd && !IsExcluded(s, w) && !(role != TriggerRole.Either && IsCarrier(s, w, last)))
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
            // (Only a mention of this sentence's own tokens: a weapon recalled from an earlier sentence has its words there.)
            if (!TokenSpans.Spans(s.Weapons, w.First, w.End))
            {
                result.Add(w);
                continue;
            }

            // ("took its first two MH-60Rs, to replace its Sea Kings. Three more helicopters will follow": more of what was traded.)
            var same = w.IsGeneric && OfTheSameDesign(s, w.End) ? SameDesignNamed(s, w, focus)
                : w.IsGeneric && addsToAPurchase && MoreOfTheSame(s, w) && !Among.Any(weapons, w, static (o, w) => !o.IsGeneric && o.Category == w.Category) ? TradedOfTheKind(s, w, focus)
                : w.IsGeneric && addsToAPurchase && CountedKindOpensAQuietSentence(s, w) ? OnlyTradedOfTheKind(s, w, focus)
                : null;
            result.Add(same is not null ? w with { Designation = same.Designation, Origin = same.Origin } : w);
        }

        return result;
    }

    /// <summary>
    /// The system of <paramref name="w"/>'s kind the story last told an order or a delivery of, when the sentence names no
    /// state outside that transfer ("Morocco ordered another 50 tanks" is not more of Ukraine's Leopards).
    /// </summary>
    /// <summary>
    /// "Six jets were handed over last year" after the order of eleven Su-35s: a counted kind opening a sentence that names
    /// no party and no system is part of what the story traded.
    /// </summary>
    private static bool CountedKindOpensAQuietSentence(AnalyzedSentence s, WeaponMention w) =>
        w.Quantity is > 0 && s.Parties.Count == 0 && s.Weapons.TrueForAll(static o => o.IsGeneric) &&
        TokenRun.All(s, 0, Math.Min(w.First, s.Tokens.Count), static (s, k) => s.Tokens[k].Kind == Core.Text.TokenKind.Number || NumberWords.Parse(s.Lower(k)) is not null ||
                                                                              SentenceOpeners.Contains(s.Lower(k)) || s.Lower(k) is "," or "another" or "a" or "further");

    /// <summary>
    /// The one system of the counted kind the story traded ("Six jets were handed over" after eleven Su-35s were ordered), or
    /// null when it traded several or the kind is not the system's ("Two helicopters" after jets).
    /// </summary>
    private static WeaponMention? OnlyTradedOfTheKind(AnalyzedSentence s, WeaponMention w, DocumentFocus focus)
    {
        string? system = null;
        foreach (var c in focus.Told)
        {
            if (c.Category == w.Category && c.System is not null && c.Status is TransferStatus.Order or TransferStatus.Delivery)
            {
                if (system is not null && system != c.System)
                {
                    return null;
                }

                system = c.System;
            }
        }

        // (Aircraft of the same kind only; not armoured vehicles, whose kinds the words do not tell apart: "two tanks" after Lynx IFVs.)
        return w.Category != WeaponCategory.ArmouredVehicles && TradedOfTheKind(s, w, focus) is { } named && named.Designation == system &&
               (w.Category != WeaponCategory.Aircraft || w.Kind is not null && named.Kind == w.Kind)
            ? named
            : null;
    }

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
                if (s.Lower(j) == "to" && TokenSpans.StartsAt(s.Parties, j + 1) ||
                    s.Lower(j) is "for" or "of" && j + 1 < s.Tokens.Count && (ArmsWords.Contains(s.Lower(j + 1)) || s.Lower(j + 1) == "military"))
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
            if (Among.Any(s.Triggers, k, static (t, k) => t.First == k && t.Entry.Status is not null))
            {
                break;
            }

            if (ContentVerbs.Contains(s.Lower(k)))
            {
                return ListedAfter(s, k);
            }
        }

        return [];
    }

    /// <summary>The weapons after the content verb at <paramref name="k"/>, up to the next status word.</summary>
    private static List<WeaponMention> ListedAfter(AnalyzedSentence s, int k)
    {
        var next = s.Triggers.Where(t => t.First > k && t.Entry.Status is not null).Select(t => t.First).DefaultIfEmpty(s.Tokens.Count).Min();
        return s.Weapons.Where(w => w.First > k && w.First < next && !w.Anaphoric && !IsExcluded(s, w)).ToList();
    }

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

        return Among.Any(s.Weapons, s, k, static (w, s, k) => w.First == k && (!w.IsGeneric || !Among.Any(s.Weapons, k, static (v, k) => v.End <= k)));
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

    /// <summary>
    /// "Qatar bought 24 Rafale jets in 2015. India signed for 36 jets in 2016": a counted kind of aircraft in a sentence that
    /// names no system, no seller and no maker is the one aircraft system the sentence before traded in the same step, if of
    /// that kind.
    /// </summary>
    private static WeaponMention? CountedKindOfTheSentenceBefore(AnalyzedSentence s, int sentenceIndex, WeaponMention w, Roles roles, DocumentFocus focus, TransferStatus status)
    {
        if (!w.IsGeneric || w.Anaphoric || w.Definite || w.Quantity is not > 0 || w.Category != WeaponCategory.Aircraft ||
            roles.From.Count > 0 || roles.By.Count > 0 || roles.With.Count > 0 || roles.Origin.Count > 0 || OriginOf(s, w) is not null ||
            s.Weapons.Exists(static o => !o.IsGeneric))
        {
            return null;
        }

        WeaponMention? traded = null;
        foreach (var d in focus.Deals)
        {
            // (The same step only: "Poland ordered 32 F-35s. Ukraine received 14 jets" are other jets.)
            if (d.SentenceIndex == sentenceIndex - 1 && d.Weapon.Category == WeaponCategory.Aircraft && d.Weapon.Designation is not null && d.Status == status)
            {
                if (traded is not null && traded.Designation != d.Weapon.Designation)
                {
                    return null;
                }

                traded = d.Weapon;
            }
        }

        // ("two aircraft" tells no kind, and may be any.)
        return traded is not null && (w.Kind is null || traded.Kind == w.Kind) ? traded : null;
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
}
