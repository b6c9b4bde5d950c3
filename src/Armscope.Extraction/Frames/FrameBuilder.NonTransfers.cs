using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Non-transfers: weapons a sentence names without trading them (deployments, exercises, platforms, nicknames).
public sealed partial class FrameBuilder
{
    /// <summary>Work on weapons a buyer already has: a contractor for it sells the work, not the weapon.</summary>
    private static readonly HashSet<string> UpkeepWords = new(StringComparer.Ordinal)
    {
        "upgrade", "upgrades", "upgrading", "midlife", "mid-life", "modernisation", "modernization", "modernising", "modernizing", "overhaul",
        "overhauls", "maintenance", "servicing", "repair", "repairs", "refit", "retrofit", "sustainment", "support",
    };

    /// <summary>"X for its/their/India's W": W stands after "for" and a possessor, right after another weapon X.</summary>
    private static bool PlatformOfAnotherWeapon(AnalyzedSentence s, WeaponMention w)
    {
        var k = w.First - 1;
        var owned = true;
        if (k >= 0 && s.Lower(k) is "its" or "their")
        {
            k--;
        }
        else if (k >= 1 && s.Lower(k) == "s" && Among.First(s.Parties, k, static (p, k) => p.End == k - 1 || p.End == k) is { } owner)
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
        return PlatformBefore(s, w, before, owned) && (owned || before != k - purpose) || ServesAPlatform.Contains(s.Lower(k - 1));
    }

    /// <summary>
    /// Whether a weapon other than <paramref name="w"/> ends right before token <paramref name="before"/> (an owned one up to
    /// four tokens before, with no comma between). (A loop: this runs for each platform a sentence names.)
    /// </summary>
    private static bool PlatformBefore(AnalyzedSentence s, WeaponMention w, int before, bool owned)
    {
        foreach (var o in s.Weapons)
        {
            if (o != w && o.End <= before && (before - o.End <= 1 || owned && before - o.End <= 4 && !CommaBetween(s, o.End - 1, before)))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// "sent four Su-30s to Australia for the Pitch Black exercise", "sent Challengers to the exercise and Storm Shadows to
    /// Ukraine": a weapon lent to a drill or a show, in the words that belong to it, comes back.
    /// </summary>
    private static bool LentToAnExercise(AnalyzedSentence s, (int From, int To) stretch)
    {
        for (var k = stretch.From; k < Math.Min(stretch.To, s.Tokens.Count); k++)
        {
            if ((IsExerciseWord(s.Lower(k)) || s.Lower(k) == "airshow") && NamesAnExercise(s, stretch.From, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word naming a military exercise: "exercise", "drills", "war games" written as one word, "manoeuvres".</summary>
    private static bool IsExerciseWord(string w) =>
        w is "exercise" or "exercises" or "drill" or "drills" or "wargames" or "manoeuvres" or "maneuvers" or "manoeuvre" or "maneuver";

    /// <summary>Words that put a weapon aboard a carrier ("aboard", "on board", "onboard", "via").</summary>
    private static bool IsAboardWord(string w) => w is "aboard" or "board" or "onboard" or "via";

    /// <summary>The words of the step that belong to <paramref name="weapon"/>: from it (or the verb) to the next weapon named apart from it, or the clause's end.</summary>
    private static (int From, int To) WeaponsOwnStretch(AnalyzedSentence s, WeaponMention weapon, int first, int clauseEnd)
    {
        var from = s.Weapons.Contains(weapon) ? Math.Max(first, weapon.End) : first;
        var end = from;
        // ("sent Rafale and Typhoon jets to the exercise": weapons coordinated share what follows them.)
        while (Among.First(s.Weapons, end, static (w, end) => w.First >= end) is { } next)
        {
            if (!TokenRun.All(s, end, next.First - end, static (s, k) => s.Lower(k) is "and" or "or" or "," or "a" or "an" or "the" or "its" or "their" or "some" or "more" || CountOnly(s, k)))
            {
                return (from, Math.Min(next.First, clauseEnd));
            }

            end = next.End;
        }

        return (from, clauseEnd);
    }

    /// <summary>Whether the "to" at <paramref name="to"/> is the clause's only destination: no "and"/"not"/"or" before it, no state after another "to".</summary>
    private static bool OnlyDestination(AnalyzedSentence s, int from, int to) =>
        to > 0 && s.Lower(to - 1) is not ("and" or "not" or "or" or ",") &&
        !Among.Any(s.Parties, s, from, to, static (p, s, from, to) => p.First > from && p.First < to && PrepositionBefore(s, p) == "to");

    /// <summary>"for the Pitch Black exercise", "during joint drills": the exercise noun at <paramref name="noun"/> after "for/during/in" and only its name or kind.</summary>
    private static bool NamesAnExercise(AnalyzedSentence s, int from, int noun)
    {
        for (var j = noun - 1; j >= from && j >= noun - 6; j--)
        {
            var w = s.Lower(j);
            // (Lent "for" an exercise; "handed over two jets during the exercise" is a handover held there.)
            if (w is "for" or "during" or "in" or "to")
            {
                return w == "for" && j > 0 && s.Lower(j - 1) != "time" || // ("in time for the army's drills" delivers)
                       w == "to" && OnlyDestination(s, from, j) || // ("sent jets to the exercise" lends them; not "to Ukraine and to the exercise")
                       w == "in" && j > 0 && s.Lower(j - 1) is "part" or "participate" or "participates" or "participated" or "participating"; // "to take part in Exercise Pitch Black"
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

    /// <summary>Whether the party at token k ends right where the weapon begins ("RAF C-17s").</summary>
    private static bool OwnerRightBefore(AnalyzedSentence s, int k, int weaponFirst)
    {
        foreach (var p in s.Parties)
        {
            if (p.First <= k && k < p.End && p.End == weaponFirst)
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
            if (IsAboardWord(s.Lower(k)) ||
                s.Lower(k) == "by" && k > 0 && s.Lower(k - 1) is not ("followed" or "joined" or "accompanied" or "built" or "made" or "produced" or "sold" or "supplied"))
            {
                return true;
            }

            // ("a bid by Naval Group for the Scorpene": the weapon of a deal, not what carries it; "unveiled by Washington
            // includes Stingers": an agent's name and a verb come between.)
            // ("aboard RAF C-17s": a force named right before the weapon is its owner, not an agent.)
            if (s.Lower(k) is "," or "and" or "with" or "for" or "of" or "includes" or "include" or "included" or "including" or "contains" or "covers" ||
                NamesAnAgentAt(s, k) && !OwnerRightBefore(s, k, w.First))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A name in quotes right after a designation (the closing quote may fall inside the mention: "'Predator' drones").</summary>
    private static bool IsNickname(AnalyzedSentence s, WeaponMention w) =>
        w.First >= 2 && !w.IsGeneric && IsQuote(s.Lower(w.First - 1)) && NamedSystemEndsAt(s, w.First - 1) &&
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

        // ("the FK-3, the export version of the HQ-22": the system the one named before derives from.)
        // ("the system, known by its export designation FK-3": a designation named as another name.)
        return k >= 1 && s.Lower(k) == "as" && TokenRun.Any(s, Math.Max(0, k - 3), Math.Min(3, k), static (s, j) => s.Lower(j) == "known") ||
               k >= 1 && s.Lower(k) is "designation" or "name" && TokenRun.Any(s, Math.Max(0, k - 5), Math.Min(5, k), static (s, j) => s.Lower(j) == "known") ||
               k >= 1 && s.Lower(k) == "of" && s.Lower(k - 1) is "version" or "variant" or "derivative" or "copy" or "clone" or "development";
    }

    /// <summary>The token after a possessive mark at <paramref name="k"/> ("'s", "’s", "'" and "s" as two tokens, or a plural's bare "'"), or -1.</summary>
    private static int PastPossessiveMark(AnalyzedSentence s, int k) =>
        k >= s.Tokens.Count ? -1
        : s.Lower(k) is "'s" or "’s" ? k + 1
        : s.Lower(k) is "'" or "’" ? (k + 1 < s.Tokens.Count && s.Lower(k + 1) == "s" ? k + 2 : k + 1)
        : -1;

    /// <summary>"replace", "retiring", "successor": a word whose object is the weapon a transfer replaces.</summary>
    private static bool IsReplaceWord(string word) =>
        word is "replace" or "replacing" or "replaces" or "replacement" or "replacements" or "retire" or "retiring" or "succeed" or "successor";

    private static bool IsQuote(string token) => token is "'" or "\"" or "‘" or "’" or "“" or "”";

    // IsExcluded's and IsNickname's tests over the sentence's other weapons are loops of their own, not lambdas over their
    // parameters: such a lambda makes the compiler allocate a closure on every call, and both are asked about every weapon.

    /// <summary>Whether a named system (not a generic kind) ends at token <paramref name="end"/>.</summary>
    private static bool NamedSystemEndsAt(AnalyzedSentence s, int end)
    {
        foreach (var o in s.Weapons)
        {
            if (o.End == end && !o.IsGeneric)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a weapon written as a nickname ends at token <paramref name="end"/>.</summary>
    private static bool NicknameEndsAt(AnalyzedSentence s, int end)
    {
        foreach (var o in s.Weapons)
        {
            if (o.End == end && IsNickname(s, o))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether another named system ends at most ten tokens before <paramref name="w"/>, with no "and", "or" or ";" between them.</summary>
    /// <summary>Whether <paramref name="w"/> follows "for (the/its/their)" right after an engine or a sensor it serves.</summary>
    private static bool PlatformOfAComponent(AnalyzedSentence s, WeaponMention w)
    {
        var k = w.First - 1;
        if (k >= 0 && s.Lower(k) is "the" or "its" or "their" or "a")
        {
            k--;
        }

        if (k < 1 || s.Lower(k) != "for" || w.Category is WeaponCategory.Engines or WeaponCategory.Sensors)
        {
            return false;
        }

        foreach (var o in s.Weapons)
        {
            if (o.End <= k && k - o.End <= 3 && o.Category is WeaponCategory.Engines or WeaponCategory.Sensors)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the HQ-22, known for export as the FK-3": another name of a system named just before.</summary>
    private static bool IsAnotherName(AnalyzedSentence s, WeaponMention w) => !w.IsGeneric && KnownAs(s, w.First) && AnotherSystemJustBefore(s, w);

    private static bool AnotherSystemJustBefore(AnalyzedSentence s, WeaponMention w)
    {
        foreach (var o in s.Weapons)
        {
            // (A bare "the system" in apposition counts: "the system, known by its export designation FK-3".)
            if (o.End <= w.First && (!o.IsGeneric || o.Anaphoric && CommaBetween(s, o.End, w.First)) && o.Designation != w.Designation && w.First - o.End <= 10 &&
                !TokenRun.Any(s, o.End, w.First - o.End, static (s, k) => s.Lower(k) is "and" or "or" or ";"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Weapons named as exceptions ("other than the S-400", "instead of the F-35") are not what the clause transfers.</summary>
    private static bool IsExcluded(AnalyzedSentence s, WeaponMention w, bool replacedIsTraded = false)
    {
        // "a package of Rafale training and support services": services for a weapon are not the weapon.
        if (w.End < s.Tokens.Count && s.Lower(w.End) is "training" or "sustainment" or "maintenance" or "servicing" or "services" or "spares" or "simulators" or "simulator" or "pilots" or "crews" or "upgrades" or "standard")
        {
            return true;
        }

        // "F414 engines for the Tejas Mk2", "radars for its F-16s": the platform a component is for is not what is traded.
        if (PlatformOfAComponent(s, w))
        {
            return true;
        }

        // "31 MQ-9B 'Predator' drones": a name in quotes right after a designation is its nickname, not another system, and
        // the kind after it is the designation's.
        if (IsNickname(s, w) || w.IsGeneric && w.First >= 1 && IsQuote(s.Lower(w.First - 1)) && NicknameEndsAt(s, w.First - 1))
        {
            return true;
        }

        // "China's HQ-22 system, known for export as the FK-3": another name of the system named before, not a second one.
        if (IsAnotherName(s, w))
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
        // (The hyphen inside the name, never a bullet opening the line: "- F-16s for Romania".)
        var suffix = w.End - 2 > w.First && s.Lower(w.End - 2) == "-" ? w.End - 2 : w.End;
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
            if (IsReplaceWord(word))
            {
                return !replacedIsTraded; // "to replace its MiG-29s": the weapon being replaced is not the one transferred
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
}
