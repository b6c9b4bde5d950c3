using System.Text.RegularExpressions;
using Armscope.Core.Text;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction.Mentions;

/// <summary>Finds the mentions of one sentence: parties, weapons, triggers, cues, dates and money.</summary>
public sealed partial class SentenceAnalyzer
{
    private static readonly HashSet<string> OriginWords = new(StringComparer.Ordinal)
    {
        "made", "built", "designed", "manufactured", "produced", "developed", "origin", "supplied", "licensed",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "these", "those", "this", "that", "such", "both",
    };

    private readonly ExtractionLexicon _lexicon;

    public SentenceAnalyzer(ExtractionLexicon lexicon) => _lexicon = lexicon;

    /// <summary>
    /// The lists each thread's analyses fill with a matcher's raw matches, read at once into mentions and refilled for
    /// the next sentence, so the many sentences analysed cost no new lists (one analyser serves many threads).
    /// </summary>
    [ThreadStatic]
    private static MatchLists? t_matches;

    private sealed class MatchLists
    {
        public readonly List<PhraseMatch<CueEffect>> Cues = [];
        public readonly List<PhraseMatch<WeaponEntry>> Weapons = [];
        public readonly List<PhraseMatch<(string Code, PartyForm Form)>> Parties = [];
        public readonly List<PhraseMatch<TriggerEntry>> Triggers = [];

        /// <summary>The text and tokens <see cref="NameWritten"/> reads, set for each sentence: one delegate per thread, not per sentence.</summary>
        public string Text = "";
        public List<Token> Tokens = [];

        /// <summary>
        /// "Russian helicopters" is a kind of weapon, "Russian Helicopters" the company: a party's name starts with a capital
        /// and its longer words are capitalised.
        /// </summary>
        public readonly Func<int, int, bool> NameWritten;

        public MatchLists() => NameWritten = (first, end) => char.IsUpper(Text[Tokens[first].Start]) && LongerWordsCapitalised(Text, Tokens, first, end);
    }

    private static MatchLists Matches => t_matches ??= new MatchLists();

    /// <summary>Words allowed between a count and its weapon ("12 more", "24 used"); <see cref="QuantityWindow"/> reads them too.</summary>
    internal const string QuantityModifierWords = "more|additional|new|further|used|second-hand|secondhand|refurbished|upgraded|modernised|modernized|surplus|light|heavy|medium|advanced|modern|older|newer|extra|decommissioned|retired|former|excess|mothballed|ageing|aging|old";

    /// <summary>Words between a count and the weapon it counts out of ("six of its F-16s", "24 of the Boeing-built helicopters").</summary>
    internal static readonly string[] CountOfWords = ["of", "the", "its", "their", "those", "these"];

    [GeneratedRegex(@"(?<q>" + NumberWords.Pattern + @")(?:\s+of\s+(?:the|its|their|those|these))?(?:\s+(?:" + QuantityModifierWords + @"|ex-[A-Za-z]+|[a-z]+-[a-z]+|\d[\d,.]*-[a-z]+|(?-i:[A-Z][a-z]+(?:-[a-z]+)?)))*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex QuantityBeforeRegex();

    /// <summary>The count's group in <see cref="QuantityBeforeRegex"/>, looked up once rather than by name at every match.</summary>
    private static readonly int QuantityGroup = QuantityBeforeRegex().GroupNumberFromName("q");

    public AnalyzedSentence Analyze(string text, SentenceSpan span, DateOnly? published, bool isHeadline) =>
        Analyze(text, span, published, isHeadline, SentenceLists.For(text, span));

    /// <summary>
    /// The weapons of the sentence whose tokens <paramref name="lists"/> holds, found on the first call only (the
    /// extractor's gate may ask before the analysis does). They depend on the tokens and their folds alone.
    /// </summary>
    internal List<WeaponMention> WeaponsOf(string text, SentenceLists lists)
    {
        if (!lists.WeaponsFound)
        {
            var weapons = FindWeapons(text, lists.Tokens, lists.Folds, lists.Weapons);
            DropMakersNamedAsFamilies(text, lists.Tokens, weapons);
            CountSingleUnits(text, lists.Tokens, lists.Folds, weapons);
            lists.WeaponsFound = true;
        }

        return lists.Weapons;
    }

    /// <summary>As <see cref="Analyze(string, SentenceSpan, DateOnly?, bool)"/>, into <paramref name="lists"/>, which hold the sentence's tokens (and maybe its weapons).</summary>
    internal AnalyzedSentence Analyze(string text, SentenceSpan span, DateOnly? published, bool isHeadline, SentenceLists lists)
    {
        var tokens = lists.Tokens;
        var lower = lists.Folds;
        var cues = FindCues(text, tokens, lower, lists.Cues);
        var weapons = WeaponsOf(text, lists); // (cues and weapons are found apart: neither reads the other)
        var parties = FindParties(text, tokens, lower, weapons, lists.Parties);
        var triggers = FindTriggers(text, tokens, lower, weapons, lists.Triggers);
        RemoveNounsAndOnlookers(triggers, lower, parties);
        if (parties.Count == 0)
        {
            // "the new Falcon 6X entered service in 2022": entering service is an import's arrival only where a party is named.
            RemoveEnteringService(triggers, lower);
        }

        var sentence = new AnalyzedSentence
        {
            Text = text,
            Span = span,
            Tokens = tokens,
            Folds = lower,
            Parties = parties,
            Weapons = weapons,
            Triggers = triggers,
            Cues = cues,
            Published = published,
            IsHeadline = isHeadline,
        };

        // Dates and money are found when first asked for; where finding them can throw, now, as before, so a
        // document that failed to extract still fails the same way.
        if (DateFinder.MayThrow(text, span.Start, span.End, published))
        {
            _ = sentence.Dates;
        }

        if (MoneyFinder.MayThrow(text, span.Start, span.End))
        {
            _ = sentence.Money;
        }

        return sentence;
    }

    /// <summary>Removes "ship" the noun and onlookers' "looking at" (loops, not closures: this runs on every sentence).</summary>
    private static void RemoveNounsAndOnlookers(List<TriggerMention> triggers, TokenFolds lower, List<PartyMention> parties)
    {
        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            var t = triggers[i];
            // "will ship", "to ship", "Tokyo ships": "ship" is a verb only after a modal, "to" or a party; else the noun.
            if (t.End - t.First == 1 && lower[t.First] is "ship" or "ships" &&
                !(t.First > 0 && (lower[t.First - 1] is "to" or "will" or "would" or "could" or "can" or "may" or "might" or "shall" or "not" or "also" ||
                                  PartyEndsAt(parties, t.First))))
            {
                triggers.RemoveAt(i);
            }
        }

        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            var t = triggers[i];
            // "Indonesia is also looking at the J-10": only a state looking at a weapon is a buyer ("Analysts are looking at ...").
            if (lower[t.End - 1] == "at" && lower[t.End - 2] == "looking" && !PartyJustBefore(parties, t.First))
            {
                triggers.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether a party that names no weapon's origin ends right at <paramref name="token"/>.</summary>
    private static bool PartyEndsAt(List<PartyMention> parties, int token)
    {
        foreach (var p in parties)
        {
            if (p.End == token && !p.ModifiesWeapon)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a party that names no weapon's origin ends at most one token before <paramref name="token"/>.</summary>
    private static bool PartyJustBefore(List<PartyMention> parties, int token)
    {
        foreach (var p in parties)
        {
            if (!p.ModifiesWeapon && p.End <= token && token - p.End <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"entered service": a trigger of more than one word starting with "enter" or "entry" (a loop, not a closure over the folds).</summary>
    private static void RemoveEnteringService(List<TriggerMention> triggers, TokenFolds lower)
    {
        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            var t = triggers[i];
            if (t.End - t.First > 1 && lower[t.First] is "enter" or "enters" or "entered" or "entering" or "entry")
            {
                triggers.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// The dates of an analysed sentence (<see cref="AnalyzedSentence.Dates"/> calls this on first use), except those
    /// inside a weapon's name. Depends only on the sentence's text, cues and weapons, which nothing changes after analysis.
    /// </summary>
    internal static List<DateMention> FindDates(AnalyzedSentence s)
    {
        var tokens = s.Tokens;
        var weapons = s.Weapons;
        var future = false;
        foreach (var c in s.Cues)
        {
            future |= c.Effect == CueEffect.Planned; // (a loop: Any over the list boxed its enumerator for every sentence dated)
        }

        var dates = DateFinder.Find(s.Text, s.Span.Start, s.Span.End, s.Published, future, s);
        if (dates.Count > 0 && weapons.Count > 0)
        {
            for (var i = dates.Count - 1; i >= 0; i--)
            {
                if (InsideAWeaponsName(dates[i], tokens, weapons))
                {
                    dates.RemoveAt(i);
                }
            }
        }

        return dates;
    }

    /// <summary>Whether a date overlaps a weapon's name ("the F-16 Block 70", "the Type 2023").</summary>
    private static bool InsideAWeaponsName(DateMention d, List<Token> tokens, List<WeaponMention> weapons)
    {
        foreach (var w in weapons)
        {
            if (d.StartChar < tokens[w.End - 1].End && d.EndChar > tokens[w.First].Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "landed two years later than (originally) planned", "arrived as expected": a plan the fact is measured against
    /// makes no plan of the fact.
    /// </summary>
    private static bool ComparesWithAPlan(TokenFolds lower, int cue)
    {
        var k = cue - 1;
        if (k >= 0 && lower[k] is "originally" or "initially" or "first" or "previously" or "earlier")
        {
            k--;
        }

        return k >= 0 && lower[k] is "than" or "as" && lower[cue] is "planned" or "expected" or "scheduled" or "intended" or "envisaged" or "anticipated" or "foreseen" or "promised";
    }

    /// <summary>The cues of the sentence, into <paramref name="cues"/> (empty).</summary>
    private List<(int First, int End, CueEffect Effect)> FindCues(string text, List<Token> tokens, TokenFolds lower, List<(int First, int End, CueEffect Effect)> cues)
    {
        // "May" with a capital is the month far more often than the modal.
        foreach (var m in _lexicon.Cues.FindAll(text, tokens, lower, Matches.Cues))
        {
            if (!(text[tokens[m.FirstToken].Start] == 'M' && lower[m.FirstToken] == "may") && !ComparesWithAPlan(lower, m.FirstToken))
            {
                cues.Add((m.FirstToken, m.EndToken, m.Value));
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && _lexicon.PunctuationBoundaries.Contains(text[t.Start]))
            {
                cues.Add((i, i + 1, CueEffect.Boundary));
            }

            // "doesn't", "won't": the tokenizer gives [does n] ['] [t]
            if (t.Kind == TokenKind.Word && text[t.Start] is 't' && t.Length == 1 && i >= 2 && text[tokens[i - 1].Start] is '\'' or '’' &&
                tokens[i - 2].Kind == TokenKind.Word && text[tokens[i - 2].End - 1] is 'n')
            {
                cues.Add((i - 2, i + 1, CueEffect.Negation));
            }

            // ", and" / ", but" / ", while" start a new clause; a plain comma does not (lists of parties or systems).
            if (t.Kind == TokenKind.Punctuation && text[t.Start] is ',' or '—' or '–' && i + 1 < tokens.Count &&
                lower[i + 1] is "and" or "but" or "while" or "although" or "though" or "whereas" or "yet" or "so" or "then" &&
                !(i + 2 < tokens.Count && lower[i + 2] is "up" or "at" or "possibly" or "perhaps"))
            {
                cues.Add((i, i + 1, CueEffect.Boundary));
            }
        }

        cues.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return cues;
    }

    /// <summary>The kind of an aircraft mention ending at <paramref name="end"/>: its head noun's ("Rafale jets"), else its system's.</summary>
    private string? AircraftKind(TokenFolds lower, int end, WeaponCategory category, string? designation) =>
        category != WeaponCategory.Aircraft ? null
        : _lexicon.AircraftKindOfNoun.GetValueOrDefault(lower[end - 1]) ?? (designation is null ? null : _lexicon.AircraftKindOfSystem.GetValueOrDefault(designation));

    /// <summary>The weapons of the sentence, into <paramref name="weapons"/> (empty).</summary>
    private List<WeaponMention> FindWeapons(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons)
    {
        var raw = _lexicon.Weapons.FindAll(text, tokens, lower, Matches.Weapons);
        for (var k = 0; k < raw.Count; k++)
        {
            var m = raw[k];
            var first = m.FirstToken;
            var end = m.EndToken;
            var entry = m.Value;
            if (entry.System is not null && !char.IsUpper(text[tokens[first].Start]) && !char.IsDigit(text[tokens[first].Start]))
            {
                continue; // catalogue names are written with capitals; "patriot" or "tiger" in lower case are words
            }

            if (entry.System is not null)
            {
                end = AbsorbVariant(text, tokens, end);

                // A category noun right after a system names the same thing ("S-400 air defence systems").
                if (k + 1 < raw.Count && raw[k + 1].Value.System is null && raw[k + 1].FirstToken - end <= 3 &&
                    OnlyModifiersBetween(text, tokens, lower, end, raw[k + 1].FirstToken))
                {
                    // ("15 AS10 resupply vehicles": a name the catalogue knows as a missile, written before a vehicle, is
                    // another system of the noun's kind, named as written.)
                    if (OtherPlatform(entry.Category, raw[k + 1].Value.Category))
                    {
                        weapons.Add(new WeaponMention(first, raw[k + 1].EndToken, text[tokens[first].Start..tokens[m.EndToken - 1].End], raw[k + 1].Value.Category, null,
                            IsDefinite(text, tokens, lower, first), QuantityBefore(text, tokens, first))
                        {
                            Kind = AircraftKind(lower, raw[k + 1].EndToken, raw[k + 1].Value.Category, null),
                        });
                        k++;
                        continue;
                    }

                    end = raw[k + 1].EndToken;
                    k++;
                }
            }

            weapons.Add(new WeaponMention(first, end, entry.System?.Designation, entry.Category, entry.System?.Origin, IsDefinite(text, tokens, lower, first), QuantityBefore(text, tokens, first))
            {
                Kind = AircraftKind(lower, end, entry.Category, entry.System?.Designation),
            });
        }

        // "aircraft makers", "the tank industry": a kind of weapon naming a trade, not a consignment.
        RemoveFollowedBy(weapons, tokens, lower, generic: true, static word => word is "maker" or "makers" or "manufacturer" or "manufacturers" or "industry" or
                               "industries" or "company" or "companies" or "firm" or "firms" or "factory" or "factories" or "builder" or "builders" or "producer" or
                               "producers" or "exporter" or "exporters" or "market" or "markets" or "sector");
        AddPatternDesignations(text, tokens, lower, weapons);
        AddNamedDesignations(text, tokens, lower, weapons);
        AddAnaphoricSystems(text, tokens, lower, weapons);

        // "jets to the F4 standard": a designation naming another weapon's standard is no weapon of its own.
        RemoveFollowedBy(weapons, tokens, lower, generic: false, static word => word is "standard" or "standards");
        weapons.Sort((a, b) => a.First.CompareTo(b.First));

        // "the Yuan-class S26T submarine": a class named right before a designation of the same kind is that one system,
        // and the designation nearer the noun is the more precise.
        if (weapons.Count > 1) // (it takes two; most sentences name one weapon or none)
        {
            RemoveClassNames(weapons);
        }

        return weapons;
    }

    /// <summary>Whether two categories are platforms no one name can be both of: aircraft, ships, armoured vehicles, missiles.</summary>
    private static bool OtherPlatform(WeaponCategory catalogued, WeaponCategory written) =>
        catalogued != written && IsPlatformOrMissile(catalogued) && IsPlatformOrMissile(written);

    private static bool IsPlatformOrMissile(WeaponCategory c) =>
        c is WeaponCategory.Aircraft or WeaponCategory.Ships or WeaponCategory.ArmouredVehicles or WeaponCategory.Missiles;

    /// <summary>Removes the generic (<paramref name="generic"/>) or named weapons whose next word passes <paramref name="word"/>.</summary>
    private static void RemoveFollowedBy(List<WeaponMention> weapons, List<Token> tokens, TokenFolds lower, bool generic, Func<string, bool> word)
    {
        for (var i = weapons.Count - 1; i >= 0; i--)
        {
            var w = weapons[i];
            if (w.IsGeneric == generic && w.End < tokens.Count && word(lower[w.End]))
            {
                weapons.RemoveAt(i);
            }
        }
    }

    /// <summary>"the Yuan-class S26T submarine": removes a designation followed at once by another of the same kind.</summary>
    private static void RemoveClassNames(List<WeaponMention> weapons)
    {
        List<WeaponMention>? classNames = null;
        foreach (var w in weapons)
        {
            if (!w.IsGeneric && AnotherDesignationAt(weapons, w))
            {
                (classNames ??= []).Add(w);
            }
        }

        if (classNames is not null)
        {
            weapons.RemoveAll(classNames.Contains);
        }
    }

    /// <summary>
    /// Whether token <paramref name="k"/> lies in a weapon other than <paramref name="w"/>. (A loop, not a lambda over the
    /// weapon: <see cref="CountSingleUnits"/> runs on every weapon of every sentence, and a lambda there costs a closure each.)
    /// </summary>
    private static bool InAnotherWeapon(List<WeaponMention> weapons, WeaponMention w, int k)
    {
        foreach (var o in weapons)
        {
            if (o != w && o.First <= k && k < o.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a FREMM frigate", "its first aircraft", "the second Russian-built frigate", "its only S-300 system": one unit, where
    /// an article or an ordinal of one stands before the weapon and its modifiers ("a Rafale deal" is no unit: a deal noun follows).
    /// </summary>
    private static void CountSingleUnits(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons)
    {
        for (var i = 0; i < weapons.Count; i++)
        {
            var w = weapons[i];
            // ("the first S-400 systems", "the first BrahMos missile batteries": a plural noun after the name is the head.)
            if (w.Quantity is not null || w.Anaphoric || w.First == 0 ||
                (w.End < tokens.Count && (NotAUnitAfter.Contains(lower[w.End]) || tokens[w.End].Kind == TokenKind.Word && char.IsLower(text[tokens[w.End].Start]) && lower[w.End].EndsWith('s') ||
                                          TokenSpans.StartsAt(weapons, w.End))))
            {
                continue;
            }

            // An ordinal counts one only of a singular noun ("its first aircraft are due" may be several; "the first Rafales" are).
            var head = lower[w.End - 1];
            var singular = !head.EndsWith('s') && head is not ("aircraft" or "equipment" or "materiel" or "hardware");
            for (var k = w.First - 1; k >= 0 && k >= w.First - 6; k--)
            {
                var word = lower[k];
                if (word is "a" or "an" or "one" ||
                    singular && OneOfOrdinals.Contains(word) && k >= 1 && lower[k - 1] is "the" or "its" or "their" or "s" && text[tokens[k].End..].StartsWith(' '))
                {
                    weapons[i] = w with { Quantity = 1 };
                    break;
                }

                // Modifiers may stand between: "a 32-year-old missile corvette", "a Russian-built Kilo-class submarine", "a Thales radar".
                var modifier = tokens[k].Kind == TokenKind.Number && k + 1 < tokens.Count && text[tokens[k + 1].Start] == '-' ||
                               text[tokens[k].Start] == '-' ||
                               tokens[k].Kind == TokenKind.Word && !NotAModifier.Contains(word) && !InAnotherWeapon(weapons, w, k);
                if (!modifier)
                {
                    break;
                }
            }
        }
    }

    /// <summary>Nouns after a weapon's name that make it a modifier ("a Rafale deal", "an F-16 squadron").</summary>
    private static readonly HashSet<string> NotAUnitAfter = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "order", "orders", "purchase", "programme", "program", "package", "sale", "sales", "fleet", "fleets",
        "project", "tender", "competition", "line", "production", "variant", "version", "family", "type", "class", "upgrade", "squadron", "squadrons",
        "regiment", "regiments", "unit", "units", "pilot", "pilots", "crash", "training", "engine", "engines", "simulator", "maker", "manufacturer",
        "s", "'s", "\u2019s", "-", "equipment", "hardware", "purchases", "batch", "batches", "tranche", "tranches", "shipment", "shipments",
        "consignment", "consignments", "company", "companies", "customer", "customers", "battalion", "battalions", "lot", "lots",
        "group", "contingent", "flight", "acquisition", "buy", "offer", "bid", "option", "lease", "loan", "kit", "kits", "parts", "deliveries", "delivery",
    };

    /// <summary>Words that end the run of modifiers before a weapon ("of", "and", counts and collectives).</summary>
    private static readonly HashSet<string> NotAModifier = new(StringComparer.Ordinal)
    {
        "of", "and", "or", "to", "for", "from", "by", "with", "in", "on", "at", "as", "than", "that", "which", "who", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "the", "its", "their", "his", "her", "these", "those", "this", "dozen", "number", "batch", "pair", "couple",
        "few", "handful", "series", "lot", "range", "variety", "mix", "host", "total", "further", "more", "additional", "several", "some", "many", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "other", "another", "new", "next", "tranche", "second-hand",
    };

    /// <summary>"Sukhoi's newer design", "the MiG corporation": a family name before a possessive or another name is its maker.</summary>
    private void DropMakersNamedAsFamilies(string text, List<Token> tokens, List<WeaponMention> weapons)
    {
        // Each weapon is judged against the whole list, then the makers are removed (no closure for the many sentences without one).
        List<WeaponMention>? makers = null;
        foreach (var w in weapons)
        {
            if (w.Designation is { } d && _lexicon.Data.FamilyPrefixes.ContainsKey(d) && w.End < tokens.Count &&
                (text[tokens[w.End].Start] is '\'' or '\u2019' || TokenSpans.StartsAt(weapons, w.End) ||
                 tokens[w.End].In(text) is "design" or "company" or "corporation" or "bureau" or "Corporation" or "Design"))
            {
                (makers ??= []).Add(w);
            }
        }

        if (makers is not null)
        {
            weapons.RemoveAll(makers.Contains);
        }
    }

    /// <summary>Whether another designation of <paramref name="w"/>'s kind starts right after it.</summary>
    private static bool AnotherDesignationAt(List<WeaponMention> weapons, WeaponMention w)
    {
        foreach (var n in weapons)
        {
            if (!n.IsGeneric && n.First == w.End && n.Category == w.Category && n.Designation != w.Designation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Unseen designations ("KF-21 fighter jets", "Type 054B frigates"): letters and a number followed by a category noun.</summary>
    private void AddPatternDesignations(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // Cheapest tests first, and no string or closure per token: this runs on every token.
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Length > 4)
            {
                continue;
            }

            var word = t.In(text);
            var designationLike = IsAllUpper(word) || (word.Length <= 3 && char.IsUpper(word[0]) && text.Length > t.End && text[t.End] == '-');
            if (!designationLike && lower[i] is not ("type" or "project"))
            {
                continue;
            }

            if (TokenSpans.Covers(weapons, i))
            {
                continue;
            }

            var j = i + 1;
            if (j < tokens.Count && text[tokens[j].Start] is '-' && tokens[j].Start == t.End)
            {
                j++;
            }

            if (j >= tokens.Count || tokens[j].Kind != TokenKind.Number || tokens[j].Start - tokens[j - 1].End > 1)
            {
                continue;
            }

            var end = AbsorbVariant(text, tokens, j + 1);
            WeaponMention? generic = null;
            foreach (var w in weapons)
            {
                if (w.IsGeneric && w.First >= end && w.First - end <= 2 && OnlyModifiersBetween(text, tokens, lower, end, w.First))
                {
                    generic = w;
                    break;
                }
            }

            if (generic is null)
            {
                continue;
            }

            var designation = Designation(text, tokens, i, end);
            weapons.Remove(generic);
            weapons.Add(new WeaponMention(i, generic.End, designation, generic.Category, null, IsDefinite(text, tokens, lower, i), QuantityBefore(text, tokens, i)));
            i = generic.End - 1;
        }
    }

    /// <summary>Whether "for" stands shortly before <paramref name="noun"/>, shortly after a word of competition ("vying for the deal").</summary>
    private static bool ContestedFor(TokenFolds lower, int noun)
    {
        for (var j = noun - 1; j >= Math.Max(1, noun - 5); j--)
        {
            if (lower[j] == "for")
            {
                // ("won the tender for the fighter contract": a contest won gives the contract.)
                var windowStart = Math.Max(0, j - 6);
                return AnyWord(lower, windowStart, j - windowStart, static w => CompetitionWords.Contains(w)) &&
                       !AnyWord(lower, windowStart, j - windowStart, static w => w is "won" or "wins" or "win" or "winning" or "awarded" or "secured");
            }
        }

        return false;
    }

    private static readonly HashSet<string> CompetitionWords = new(StringComparer.Ordinal)
    {
        "race", "competition", "compete", "competes", "competing", "competed", "vie", "vies", "vying", "bidding", "tender", "contest", "running", "contender",
        "contenders", "battle", "fight", "fighting", "shortlisted", "frontrunner", "favourite", "favorite",
    };

    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "navy", "army", "force", "forces", "guard", "ministry", "corps", "marines", "marine", "air", "defence", "defense", "coast", "royal",
        "national", "state", "western", "eastern", "european", "soviet", "nato", "allied", "gulf", "arab", "asian", "african", "new", "old",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some", "all", "more", "two", "three",
        "us", "u", "s", "uk", "eu", "un", "mr", "ms", "president", "minister", "general", "admiral", "chief", "government", "military",
        "cold", "war", "world", "era", "second", "first", "great",
    };

    private static readonly HashSet<string> NameOpeners = new(StringComparer.Ordinal)
    {
        "the", "its", "their", "a", "an", "more", "new", "additional", "further", "of", "used", "second", "ex",
    };

    /// <summary>
    /// Unseen names ("12 Polish-made Piorun launchers", "two Sachsen-class frigates", "the Tamandaré frigates"): one or two
    /// capitalised words that are no party, between a quantity, a determiner or a maker's origin and a category noun.
    /// </summary>
    private void AddNamedDesignations(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons)
    {
        if (!weapons.Exists(IsUnnamedKind))
        {
            return; // (no copy of the list for the many sentences without one)
        }

        foreach (var g in weapons.Where(IsUnnamedKind).ToList())
        {
            var end = g.First;
            var classWord = end >= 2 && lower[end - 1] == "class" && text[tokens[end - 2].Start] == '-';
            var k = classWord ? end - 2 : end;
            var start = k;
            while (start > 0 && k - start < 2 && tokens[start - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[start - 1].Start]) &&
                   !NotNames.Contains(lower[start - 1]))
            {
                start--;
            }

            if (start == k || start == 0 || weapons.Any(w => w != g && w.First < k && w.End > start) ||
                _lexicon.Parties.TryMatchAt(text, tokens, lower, start, null, out _) || _lexicon.Triggers.TryMatchAt(text, tokens, lower, start, null, out _))
            {
                continue;
            }

            // What opens the name: a number, a determiner, or a maker's origin ("French-made", "Turkish").
            var before = lower[start - 1];
            // ("Canada's Victoria-class boats": a class name needs no opener, a possessive opens any name.)
            var opens = classWord || before is "'s" or "\u2019s" || tokens[start - 1].Kind == TokenKind.Number || NumberWords.Parse(before) is not null || NameOpeners.Contains(before) ||
                        before is "made" or "built" or "designed" or "produced" or "developed" && start >= 2 && text[tokens[start - 2].Start] == '-' ||
                        _lexicon.Parties.TryMatchAt(text, tokens, lower, start - 1, null, out var party) && party.Value.Form == PartyForm.Demonym ||
                        // "delivered Leopard tanks", "bought Hisar missiles": the object of a verb of transfer.
                        _lexicon.Triggers.TryMatchAt(text, tokens, lower, start - 1, null, out var verb) && verb.EndToken == start && !verb.Value.IsNoun && verb.Value.Status is not null;
            if (!opens)
            {
                continue;
            }

            var designation = Designation(text, tokens, start, k) + (classWord ? " class" : "");
            weapons.Remove(g);
            weapons.Add(new WeaponMention(start, g.End, designation, g.Category, null, IsDefinite(text, tokens, lower, start), QuantityBefore(text, tokens, start)));
        }
    }

    /// <summary>A kind of weapon with no name ("frigates"), which a name before it may designate.</summary>
    private static bool IsUnnamedKind(WeaponMention w) => w.IsGeneric && !w.Anaphoric && w.Category != WeaponCategory.Other;

    private static bool LongerWordsCapitalised(string text, List<Token> tokens, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && tokens[k].Length > 3 && !char.IsUpper(text[tokens[k].Start]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A bare "system(s)" that no category noun covers ("the long-range system", "a similar Chinese system").</summary>
    private void AddAnaphoricSystems(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (lower[i] is not ("system" or "systems") || char.IsUpper(text[tokens[i].Start]) || TokenSpans.Covers(weapons, i))
            {
                continue;
            }

            // "NASAMS air defence missile systems": the noun of a name already found.
            if (EndsANameBefore(text, tokens, lower, weapons, i))
            {
                continue;
            }

            // "the air defence system" is a category noun already; "weapons system" and "political system" are not weapons here.
            if (i > 0 && lower[i - 1] is "political" or "legal" or "banking" or "financial" or "payment" or "healthcare" or "education")
            {
                continue;
            }

            weapons.Add(new WeaponMention(i, i + 1, null, WeaponCategory.Other, null, IsDefinite(text, tokens, lower, i), QuantityBefore(text, tokens, i), Anaphoric: true));
        }
    }

    /// <summary>Whether a weapon ends at most five tokens before <paramref name="noun"/> with only modifiers between ("NASAMS air defence missile systems").</summary>
    private static bool EndsANameBefore(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons, int noun)
    {
        foreach (var w in weapons)
        {
            if (w.End <= noun && noun - w.End <= 5 && OnlyModifiersBetween(text, tokens, lower, w.End, noun))
            {
                return true;
            }
        }

        return false;
    }

    private static string Designation(string text, List<Token> tokens, int first, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = first; k < end; k++)
        {
            if (k > first && tokens[k].Start > tokens[k - 1].End)
            {
                sb.Append(' ');
            }

            sb.Append(tokens[k].In(text));
        }

        return sb.ToString();
    }

    /// <summary>"Su-30" + "MKI", "F-35" + "A", "K2" + "PL": a variant suffix glued to a designation's number.</summary>
    private static int AbsorbVariant(string text, List<Token> tokens, int end)
    {
        if (end < tokens.Count && end > 0 && tokens[end - 1].Kind == TokenKind.Number && tokens[end].Kind == TokenKind.Word &&
            tokens[end].Start == tokens[end - 1].End && tokens[end].Length <= 4 && !(tokens[end].Length == 1 && text[tokens[end].Start] == 's'))
        {
            return end + 1;
        }

        return end;
    }

    /// <summary>"-equipped", "-armed": after a system's name and a hyphen, the system equips the weapon named next.</summary>
    internal static bool IsEquippingWord(string word) => word is "equipped" or "armed" or "fitted" or "capable" or "compatible" or "powered";

    private static bool OnlyModifiersBetween(string text, List<Token> tokens, TokenFolds lower, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && text[t.Start] is not ('-' or '\'' or '’'))
            {
                return false;
            }

            var hyphenated = k > 0 && text[tokens[k - 1].Start] is '-';
            if (t.Kind == TokenKind.Word && !hyphenated && lower[k] is "and" or "or" or "to" or "from" or "for" or "with" or "of" or "by" or "in")
            {
                return false;
            }

            // "Aegis-equipped destroyers": a system that equips the weapon named after it is not that weapon.
            if (t.Kind == TokenKind.Word && hyphenated && IsEquippingWord(lower[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDefinite(string text, List<Token> tokens, TokenFolds lower, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 7); k--)
        {
            var w = lower[k];
            if (Determiners.Contains(w))
            {
                return true;
            }

            // ("the third and fourth submarines": ordinals joined by "and" stay inside the noun phrase.)
            if (w is "and" or "or" && k > 0 && k + 1 < first && Ordinals.Contains(lower[k - 1]) && Ordinals.Contains(lower[k + 1]))
            {
                continue;
            }

            // ("the 1,900-tonne warships": a comma inside a number is no boundary.)
            if (text[tokens[k].Start] is ',' or '.' && k > 0 && k + 1 < tokens.Count && tokens[k - 1].Kind == TokenKind.Number && tokens[k + 1].Kind == TokenKind.Number &&
                tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End)
            {
                continue;
            }

            // A determiner belongs to the noun only across its modifiers: "that Rome would not send battle tanks" is indefinite.
            if ((tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is not '-') || NounPhraseEnders.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "next",
    };

    /// <summary>Ordinals of one unit: the ordinals but "next", and "lead", "only" ("the lead ship", "its only S-300").</summary>
    private static readonly HashSet<string> OneOfOrdinals = new(Ordinals.Where(o => o != "next").Concat(["lead", "only"]), StringComparer.Ordinal);

    /// <summary>Words that cannot stand inside a noun phrase between its determiner and its noun.</summary>
    private static readonly HashSet<string> NounPhraseEnders = new(StringComparer.Ordinal)
    {
        "would", "will", "could", "should", "may", "might", "can", "must", "not", "never", "and", "or", "but", "for", "with", "from", "by",
        "in", "on", "at", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "they", "he", "she", "we", "send", "sent", "supply", "sell", "buy",
        "until", "as", "before", "after", "when", "while", "than", "if", "unless", "that", "which",
    };

    /// <summary>"TB2", "T-155", "F/A-18": a number written onto a letter, a hyphen or a slash is part of a designation, not a count.</summary>
    internal static bool WrittenOntoAName(string text, int start) =>
        start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '/' || AfterAVersionWord(text, start));

    /// <summary>"Block 70", "Tranche 3", "Mk 54", "Flight III": a number after a version word is part of the name, never a count.</summary>
    private static bool AfterAVersionWord(string text, int start) =>
        WordBefore.Number(text, start) is "Block" or "Blk" or "Lot" or "Batch" or "Tranche" or "Increment" or "Mk" or "Mark" or "Flight" or "Standard" or "Build";

    private int? QuantityBefore(string text, List<Token> tokens, int first)
    {
        var at = tokens[first].Start;
        var from = QuantityWindow.Start(text, Math.Max(0, at - 60), at);
        if (from < 0)
        {
            return null;
        }

        var m = QuantityBeforeRegex().Match(text, from, at - from);
        if (!m.Success)
        {
            return null;
        }

        var q = m.Groups[QuantityGroup];
        if (q.Index > 0 && (WrittenOntoAName(text, q.Index) || text[q.Index - 1] is '$' or '€' or '£' or '.' or ',' || char.IsDigit(text[q.Index - 1])))
        {
            return null;
        }

        var n = NumberWords.Parse(q.Value);
        return n is > 0 and < 100_000 && !(n is >= 1900 and <= 2100) ? n : null;
    }

    /// <summary>The parties of the sentence, into <paramref name="parties"/> (empty).</summary>
    private List<PartyMention> FindParties(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons, List<PartyMention> parties)
    {
        // ("Russian helicopters" is a kind of weapon, "Russian Helicopters" the company: a name's longer words are capitalised.)
        var matches = Matches;
        matches.Text = text;
        matches.Tokens = tokens;
        foreach (var m in _lexicon.Parties.FindAll(text, tokens, lower, matches.Parties, matches.NameWritten))
        {
            var (code, form) = m.Value;
            if (TokenSpans.Covers(weapons, m.FirstToken))
            {
                continue; // part of a system's name
            }

            var end = m.EndToken;

            // "the LIMA exhibition", "(DIMDEX)": a capital's name in capitals inside a sentence is an acronym; a dateline
            // ("MOSCOW, Feb 19 -", "NEW DELHI:") opens the sentence.
            // ("The RAF received": an acronym the data writes in capitals is a name.)
            if (form == PartyForm.Metonym && tokens[m.FirstToken].Length >= 3 && IsAllUpper(text.AsSpan(tokens[m.FirstToken].Start, tokens[m.FirstToken].Length)) &&
                !(m.EndToken == m.FirstToken + 1 && _lexicon.AcronymMetonyms.Contains(text.Substring(tokens[m.FirstToken].Start, tokens[m.FirstToken].Length))) &&
                !(m.FirstToken <= 1 && (end >= tokens.Count || text[tokens[end].Start] is ',' or '(' or '-' or '–' or '—' or ':' || IsAllUpper(text.AsSpan(tokens[end].Start, tokens[end].Length)))))
            {
                continue;
            }

            if (end < tokens.Count && text[tokens[end].Start] == '$' && tokens[end].Start == tokens[end - 1].End)
            {
                continue; // "US$60 million" is a currency
            }

            // "Brazil's Congress", "India's Defence Ministry": an institution another state owns is that state's, named already.
            if (form == PartyForm.Metonym && parties.Count > 0 && parties[^1] is { Possessive: true } owner && owner.Code != code && owner.End + 2 == m.FirstToken)
            {
                continue;
            }

            // "the second NATO member to order", "EU member states": an alliance describing its members is no party.
            if (code.Length > 2 && end < tokens.Count && DescribesMembers(lower, MemberNounAfter(text, tokens, lower, end)))
            {
                continue;
            }

            var possessive = end + 1 < tokens.Count && text[tokens[end].Start] is '\'' or '’' && lower[end + 1] == "s";
            var modifies = ModifiesWeapon(text, tokens, lower, end, form, weapons);
            if (form == PartyForm.Demonym && NamesFirms(tokens, lower, end))
            {
                form = PartyForm.Organisation; // "South Korean firms signed deals with Poland": the state's industry, a seller
            }

            parties.Add(new PartyMention(m.FirstToken, end, code, form, possessive, modifies));
        }

        return parties;
    }

    private static bool DescribesMembers(TokenFolds lower, int k) =>
        k >= 0 && lower[k] is "member" or "members" or "ally" or "allies" or "partner" or "partners" or "country" or "countries" or
            "nation" or "nations" or "state" or "states" or "standard" or "standards" or "membership" or "summit" or "summits";

    /// <summary>
    /// The token after an alliance's name, or after the alliance it is coordinated with ("the first NATO and European Union
    /// member to buy"): where a noun of its members would stand.
    /// </summary>
    private static int MemberNounAfter(string text, List<Token> tokens, TokenFolds lower, int end)
    {
        if (end + 1 < tokens.Count && lower[end] is "and" or "or")
        {
            // past the capitalised words of the second name (at most four)
            var k = end + 1;
            while (k < tokens.Count && k - end <= 4 && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]))
            {
                k++;
            }

            return k < tokens.Count && k > end + 1 ? k : end;
        }

        return end;
    }

    /// <summary>"firms", "defence companies", "arms makers" after a demonym: the state's industry, not its government.</summary>
    private static bool NamesFirms(List<Token> tokens, TokenFolds lower, int k)
    {
        if (k < tokens.Count && lower[k] is "defence" or "defense" or "arms" or "aerospace" or "state-owned" or "state-run")
        {
            k++;
        }

        return k < tokens.Count && lower[k] is "firm" or "firms" or "company" or "companies" or "manufacturer" or "manufacturers" or "makers" or "contractor" or
            "contractors" or "shipbuilder" or "shipbuilders" or "industry" or "groups";
    }

    /// <summary>"Russian-built systems", "a Chinese system", "U.S.-made Abrams": a party word that tells where a weapon comes from.</summary>
    private bool ModifiesWeapon(string text, List<Token> tokens, TokenFolds lower, int end, PartyForm form, List<WeaponMention> weapons)
    {
        var k = end;
        var sawOriginWord = false;
        for (var steps = 0; steps < 5 && k < tokens.Count; steps++, k++)
        {
            if (TokenSpans.StartsAt(weapons, k))
            {
                return form == PartyForm.Demonym || sawOriginWord;
            }

            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation)
            {
                if (text[t.Start] is '-' or '‑' || (text[t.Start] == '.' && steps == 0))
                {
                    continue; // "U.S.-made": the name's own final period, then the hyphen
                }

                return false;
            }

            var w = lower[k];
            if (OriginWords.Contains(w))
            {
                sawOriginWord = true;
                continue;
            }

            // "French-made Bastion carriers": a name between the origin word and the weapon noun
            if (char.IsUpper(text[t.Start]) && sawOriginWord && !_lexicon.Parties.TryMatchAt(text, tokens, lower, k, null, out _))
            {
                continue;
            }

            // ("the Thai army with 200 launchers": a demonym on a party's institution, then a preposition, describes no weapon.)
            if (char.IsUpper(text[t.Start]) || _lexicon.Triggers.TryMatchAt(text, tokens, lower, k, null, out _) ||
                w is "and" or "or" or "of" or "to" or "with" or "for" or "from" or "by" or "officials" or "official" or "army" or "navy" or "government" or "ministry")
            {
                return false;
            }
        }

        return false;
    }

    private static bool DeliversWords(TokenFolds lower, int count, int k)
    {
        for (var j = k; j < Math.Min(count, k + 5); j++)
        {
            if (lower[j] is "certification" or "notification" or "notifications" or "notice" or "letter" or "letters" or "report" or "message" or "messages" or "speech"
                or "statement" or "remarks" or "address" or "verdict" or "blow" or "ultimatum" or "warning" or "signal" or "invitation" or "invitations")
            {
                return true;
            }
        }

        return false;
    }

    private static bool GivesPermissionOrQuality(TokenFolds lower, int count, int k, List<WeaponMention> weapons)
    {
        // "give it exceptional agility", "to give a push to": a quality or an impulse given is no transfer either.
        while (k < count && (lower[k] is "the" or "a" or "an" or "its" or "their" or "final" or "formal" or "official" or "initial" or "it" or "them" or "exceptional" or "new" or "added" or "further" or "real" ||
                             TokenSpans.Covers(weapons, k)))
        {
            k++;
        }

        return k < count && lower[k] is "green" or "go" or "nod" or "approval" or "permission" or "clearance" or "consent" or "authorisation" or "authorization" or "assurances" or "support" or "backing"
            or "push" or "boost" or "impetus" or "edge" or "agility" or "advantage" or "ability" or "access" or "chance" or "opportunity" or "priority" or "momentum"
            or "confidence" or "credence" or "rise" or "way" or "weight" or "hope" or "reach" or "range" or "time";
    }

    /// <summary>"declined to provide details", "declined to send a delegation": what is withheld is words or people, not arms.</summary>
    private static bool DeclinesToSayAt(TokenFolds lower, int count, int k)
    {
        for (var j = k; j < Math.Min(count, k + 3); j++)
        {
            if (lower[j] is "details" or "detail" or "information" or "comment" or "comments" or "interviews" or "interview" or "delegation" or "delegations" or
                "answers" or "questions" or "figures" or "data" or "specifics" or "names" or "evidence" or "documents" or "assurances" or "guarantees")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a licence or permit noun follows within three words ("issued an export licence", "granted permits").</summary>
    private static bool LicenceAhead(TokenFolds lower, int count, int from)
    {
        for (var k = from; k < count && k < from + 4; k++)
        {
            if (lower[k] is "licence" or "licences" or "license" or "licenses" or "permit" or "permits")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a competition noun follows within five words ("entered the Indian tender", "entered the race").</summary>
    private static bool CompetitionAhead(TokenFolds lower, int count, int from)
    {
        for (var k = from; k < count && k < from + 5; k++)
        {
            if (lower[k] is "competition" or "tender" or "contest" or "race" or "bidding" or "competitions" or "tenders")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Verbs after "declined to" that make the refusal one of a transfer ("declined to sell", "declined to approve").</summary>
    private static readonly HashSet<string> DeclinedTransfers = new(StringComparer.Ordinal)
    {
        "sell", "supply", "deliver", "export", "provide", "send", "transfer", "ship", "approve", "authorise", "authorize", "license", "licence", "grant", "issue", "allow", "permit", "hand",
    };

    /// <summary>"stopped the sale", "stopped approving exports", "stopped all deliveries": what follows "stop" is a transfer.</summary>
    private static bool StopsATransfer(TokenFolds lower, int count, int k)
    {
        while (k < count && lower[k] is "the" or "its" or "their" or "all" or "any" or "further" or "new" or "arms" or "weapons")
        {
            k++;
        }

        return k < count && (lower[k].EndsWith("ing", StringComparison.Ordinal) ||
                             lower[k] is "sale" or "sales" or "delivery" or "deliveries" or "shipment" or "shipments" or "export" or "exports" or "supply" or "supplies" or "transfer" or "transfers" or "deal" or "contract" or "payments" or "programme" or "program" or "grant" or "aid");
    }

    /// <summary>"asked Seoul for", "asked the United States for": a name (capitalised words, perhaps after "the") and then "for".</summary>
    private static bool AsksAPartyFor(string text, IReadOnlyList<Token> tokens, TokenFolds lower, int k)
    {
        var j = k < tokens.Count && lower[k] == "the" ? k + 1 : k;
        var start = j;
        while (j < tokens.Count && j - start < 4 && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start]))
        {
            j++;
        }

        return j > start && j < tokens.Count && lower[j] == "for";
    }

    /// <summary>"denied Rome the export licences", "denied permission", "denied Kyiv the missiles": a permission, a transfer or a weapon within a few words.</summary>
    private static bool DeniesAPermission(string text, IReadOnlyList<Token> tokens, TokenFolds lower, int k, List<WeaponMention> weapons)
    {
        var count = tokens.Count;
        if (k < count && lower[k].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(text[tokens[k].Start]))
        {
            return false; // "denied sending drones": a denial of the act
        }

        for (var j = k; j < Math.Min(count, k + 6); j++)
        {
            if (weapons.Any(w => w.First == j && !w.Anaphoric))
            {
                return true; // "denied Kyiv the Taurus missiles"
            }

            // "denied reports that", "denied plans to sell": what is denied is a statement or an intention.
            if (lower[j] is "that" or "reports" or "report" or "claims" or "allegations" or "accusations" or "charges" or "rumours" or "rumors" or "speculation" or "suggestions" or
                "accounts" or "plans" or "plan" or "intention" or "intentions" or "interest" or "talks" or "involvement" or "knowledge" or "it" or "having")
            {
                return false;
            }

            if (PermissionWords.IsPermission(lower[j]) || lower[j] is "request" or "requests" or "sale" or "sales" or "export" or "exports" or "transfer" or "delivery")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"from the F-35 programme", "from the fighter project": what a removal is from, within a few words.</summary>
    private static bool RemovesFromAProgramme(TokenFolds lower, int count, int k)
    {
        var from = -1;
        for (var j = k; j < Math.Min(count, k + 6); j++)
        {
            if (lower[j] == "from")
            {
                from = j;
                break;
            }
        }

        if (from < 0)
        {
            return false;
        }

        for (var j = from + 1; j < Math.Min(count, from + 10); j++)
        {
            if (lower[j] is "programme" or "program" or "project" or "consortium" or "deal" or "contract" or "partnership")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the count of a "buyer"/"customer" starts: an ordinal or "latest", "newest", "launch" at most three words before,
    /// with only names ("African", "Middle Eastern") and "export", "foreign", "international" between; -1 when there is none.
    /// </summary>
    private static int CustomerCountStart(string text, List<Token> tokens, TokenFolds lower, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 4); k--)
        {
            if (lower[k] is "first" or "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "eighth" or "ninth" or "tenth" or
                "latest" or "newest" or "launch")
            {
                return k;
            }

            if (!(lower[k] is "export" or "foreign" or "international" or "overseas" or "-" ||
                  tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])))
            {
                return -1;
            }
        }

        return -1;
    }

    private static readonly HashSet<string> DealSubjects = new(StringComparer.Ordinal)
    {
        "deal", "deals", "contract", "contracts", "agreement", "talks", "negotiations", "sale", "purchase", "order", "plan", "plans", "bid", "tender", "package",
    };

    private static readonly HashSet<string> GivenUpOther = new(StringComparer.Ordinal)
    {
        "hope", "hopes", "trying", "veto", "vetoes", "objection", "objections", "opposition", "efforts", "attempts", "resistance", "on", "control", "territory",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "on", "last", "this", "in", "early", "late", "mid", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "week", "month", "year", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "the", "of", ",",
    };

    /// <summary>Where "for" follows only words of a date after a signing ("signed on Sunday for"), else -1.</summary>
    private static int DateWordsThenFor(string text, List<Token> tokens, TokenFolds lower, int from)
    {
        // ("signed with India in January for three batteries": the other side named first, in capitals.)
        var start = from;
        if (start + 1 < tokens.Count && lower[start] == "with")
        {
            start++;
            start += lower[start] == "the" ? 1 : 0;
            var name = start;
            while (start < tokens.Count && start - name < 3 && char.IsUpper(text[tokens[start].Start]))
            {
                start++;
            }

            if (start == name)
            {
                return -1;
            }
        }

        for (var k = start; k < tokens.Count && k < start + 6; k++)
        {
            if (lower[k] == "for")
            {
                return k > from ? k : -1;
            }

            if (!DateWords.Contains(lower[k]) && tokens[k].Kind != TokenKind.Number)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"for" and a capitalised name within the next ten words, with no "together", "licence" or clause break before.</summary>
    private static bool BuildsForABuyer(string text, List<Token> tokens, TokenFolds lower, int from)
    {
        for (var k = from; k < tokens.Count - 1 && k < from + 10; k++)
        {
            if (lower[k] is "together" or "jointly" or "licence" or "license" or "locally" or ";" or "." or "up" or "line" or "lines" or "base" or "bases" or "plant" or
                "plants" or "factory" or "factories" or "facility" or "facilities" or "yard" or "shipyard" or "hangar" or "hangars" or "centre" or "center" or
                "weather" or "communications" or "civilian" or "commercial" or "school" or "hospital" or "port" or "runway" or "airport")
            {
                return false;
            }

            if (lower[k] == "for")
            {
                var name = lower[k + 1] == "the" && k + 2 < tokens.Count ? k + 2 : k + 1;
                return char.IsUpper(text[tokens[name].Start]);
            }
        }

        return false;
    }

    /// <summary>
    /// "expecting two more Mi-35s from Russia": weapons as the object, within four words of the verb (not "expect F-16
    /// deliveries to begin", where a step noun is the object and the weapons only name it).
    /// </summary>
    private static bool ExpectsWeapons(TokenFolds lower, int count, List<WeaponMention> weapons, int k)
    {
        if (k >= count || lower[k] is "to" or "that")
        {
            return false;
        }

        foreach (var w in weapons)
        {
            if (w.First >= k && w.First < k + 4)
            {
                return w.End >= count || lower[w.End] is not ("delivery" or "deliveries" or "deal" or "deals" or "contract" or "contracts" or "order" or "orders" or
                                                               "sale" or "sales" or "purchase" or "purchases" or "package" or "shipments" or "shipment" or "to" or "will" or "would");
            }
        }

        return false;
    }

    /// <summary>"added six more", "added another 12", "added a further 20": a count of more right after the verb.</summary>
    private static bool AddsMore(List<Token> tokens, TokenFolds lower, int k)
    {
        if (k + 1 >= tokens.Count)
        {
            return false;
        }

        // ("added two more submarines to its fleet": commissioned, not ordered.)
        for (var j = k + 1; j + 2 < tokens.Count && j <= k + 8; j++)
        {
            if (lower[j] == "to" && lower[j + 1] is "its" or "their" or "the" && lower[j + 2] is "fleet" or "fleets" or "inventory" or "arsenal" or "navy" or "army" or "ranks" or "wish" or "shopping")
            {
                return false;
            }
        }

        return IsCount(tokens, lower, k) && lower[k + 1] == "more" ||
               lower[k] == "another" && IsCount(tokens, lower, k + 1) ||
               lower[k] == "a" && lower[k + 1] == "further" && k + 2 < tokens.Count && IsCount(tokens, lower, k + 2);
    }

    private static bool IsCount(List<Token> tokens, TokenFolds lower, int k) => tokens[k].Kind == TokenKind.Number || NumberWords.Parse(lower[k]) is not null;

    /// <summary>The triggers of the sentence, into <paramref name="triggers"/> (empty).</summary>
    private List<TriggerMention> FindTriggers(string text, List<Token> tokens, TokenFolds lower, List<WeaponMention> weapons, List<TriggerMention> triggers)
    {
        foreach (var m in _lexicon.Triggers.FindAll(text, tokens, lower, Matches.Triggers))
        {
            if (TokenSpans.Covers(weapons, m.FirstToken))
            {
                continue;
            }

            var w = lower[m.FirstToken];

            // "is expecting two more Mi-35s from Russia": awaiting weapons; "expects to sign", "expects that" are cues, no step.
            if (w is "expecting" or "expects" or "expect" && !ExpectsWeapons(lower, tokens.Count, weapons, m.EndToken))
            {
                continue;
            }

            // "added six more in 2022": adding to an order orders more; "he added", "added to the list" state nothing.
            if (w is "added" or "adds" or "adding" && !AddsMore(tokens, lower, m.EndToken))
            {
                continue;
            }

            // "in order to" is not an order; "interest rates" is not an interest.
            if (w == "order" && m.FirstToken > 0 && lower[m.FirstToken - 1] == "in")
            {
                continue;
            }

            // "Fincantieri's order backlog reached EUR37 billion", "its order book": a firm's orders in sum, no deal.
            if (w is "order" or "orders" && m.EndToken == m.FirstToken + 1 && m.EndToken < tokens.Count && lower[m.EndToken] is "backlog" or "backlogs" or "book" or "books" or "intake" &&
                !(m.EndToken + 1 < tokens.Count && lower[m.EndToken + 1] is "includes" or "include" or "included" or "contains" or "lists")) // ("The order book includes 80 Rafales for the UAE")
            {
                continue;
            }

            // "Russian supply lines", "supply chain problems", "delivery routes": logistics named by the trade's word, no transfer
            // ("will supply ships to Egypt" is a verb: only nouns that never follow the verb).
            if (w is "supply" or "delivery" or "shipping" && m.EndToken == m.FirstToken + 1 && m.EndToken < tokens.Count &&
                lower[m.EndToken] is "line" or "lines" or "chain" or "chains" or "route" or "routes" or "depot" or "depots" or "hub" or "hubs" or "convoy" or "convoys")
            {
                continue;
            }

            // "delivered the required certification to Congress", "sent two notifications": papers and words, not weapons.
            if (w is "deliver" or "delivers" or "delivered" or "delivering" or "send" or "sends" or "sent" or "sending" && DeliversWords(lower, tokens.Count, m.EndToken))
            {
                continue;
            }

            // "had to sign for the delivery of 19 F-16s": a signature for a handover, no purchase.
            if (w is "sign" && m.EndToken - m.FirstToken >= 2 && m.EndToken + 1 < tokens.Count && lower[m.EndToken] is "the" or "a" &&
                lower[m.EndToken + 1] is "delivery" or "deliveries" or "handover" or "transfer" or "receipt" or "shipment")
            {
                continue;
            }

            // "a contract that could reach $3.5 billion", "reached 12 percent": a sum or a share reached, no weapon arriving.
            if (w is "reach" or "reaches" or "reached" or "reaching" && m.EndToken < tokens.Count &&
                (text[tokens[m.EndToken].Start] is '$' or '€' or '£' or '¥' || tokens[m.EndToken].Kind == TokenKind.Number && m.EndToken + 1 < tokens.Count && !TokenSpans.StartsAt(weapons, m.EndToken + 1) ||
                 lower[m.EndToken] is "us" or "a" or "an" or "record" or "about" or "around" or "nearly" or "almost" or "more" or "over" or "some" && m.EndToken + 1 < tokens.Count && !TokenSpans.StartsIn(weapons, m.EndToken + 1, m.EndToken + 3)))
            {
                continue;
            }

            // "approved $800 million in military aid for Ukraine", "authorised a new aid package": aid approved is given, not
            // offered for sale; the aid noun tells the step.
            if (w is "approved" or "approves" or "approve" or "authorized" or "authorised" or "authorizes" or "authorises" or "authorize" or "authorise" &&
                AnyWord(lower, m.EndToken, Math.Max(0, Math.Min(8, tokens.Count - m.EndToken)), static x => x is "aid" or "assistance") &&
                !AnyWord(lower, m.EndToken, Math.Max(0, Math.Min(8, tokens.Count - m.EndToken)), static x => x is "sale" or "sales" or "purchase" or "export" or "exports"))
            {
                continue;
            }

            // "whose permission was required for the re-export of the jets": a re-export permitted is the permission's object,
            // not a shipment of the permitting state.
            if (w is "export" or "exports" && m.FirstToken >= 2 && lower[m.FirstToken - 1] == "-" && lower[m.FirstToken - 2] == "re" &&
                AnyWord(lower, Math.Max(0, m.FirstToken - 9), Math.Min(7, Math.Max(0, m.FirstToken - 2)), static x => x is "permission" or "approval" or "consent" or "licence" or "license" or "authorisation" or "authorization" or "permit" or "go-ahead"))
            {
                continue;
            }

            // "has committed 19 F-16s to Ukraine" pledges them; "has committed to buying", "has committed $1.5 billion" do not.
            // (Nor forces committed to an alliance's mission: "has committed two Typhoon squadrons to NATO's eastern flank".)
            if (lower[m.EndToken - 1] == "committed" && m.EndToken < tokens.Count &&
                (lower[m.EndToken] is "to" or "itself" or "themselves" || text[tokens[m.EndToken].Start] is '$' or '€' or '£' || !TokenSpans.StartsIn(weapons, m.EndToken, m.EndToken + 4) ||
                 AnyWord(lower, m.EndToken, Math.Min(12, tokens.Count - m.EndToken), static x => x is "nato" or "nato's" or "battlegroup" or "flank" or "mission" or "policing" or "operation" or "operations" or "exercise" or "exercises" or "deployment")))
            {
                continue;
            }

            // "selected the David's Sling to provide air defence", "bought the K9 to give its army range": what a weapon is
            // bought to do, not a transfer of its own.
            // (Not when a name follows, the one supplied: "sent Leopards to provide Ukraine with firepower".)
            if (w is "provide" or "give" or "supply" && m.FirstToken >= 2 && lower[m.FirstToken - 1] == "to" && TokenSpans.EndsAt(weapons, m.FirstToken - 1) &&
                !(m.EndToken < tokens.Count && char.IsUpper(text[tokens[m.EndToken].Start])))
            {
                continue;
            }

            // "Turkey's defence procurement agency", "the procurement chief": an institution's name, no purchase.
            if (w is "procurement" or "acquisition" or "acquisitions" or "export" or "exports" && m.EndToken - m.FirstToken == 1 && m.EndToken < tokens.Count &&
                lower[m.EndToken] is "agency" or "agencies" or "office" or "authority" or "directorate" or "department" or "body" or "chief" or "chiefs" or "head" or "official" or "officials" or "minister" or "ministry" or "organisation" or "organization" or "bureau" or "board" or "committee" or "council" or "administration")
            {
                continue;
            }

            // "a deal reached in 2016", "the agreement reached last year": what was reached is the deal, which the noun tells.
            if (w is "reach" or "reaches" or "reached" && m.FirstToken > 0 && lower[m.FirstToken - 1] is "deal" or "agreement" or "accord" or "contract" or "deals" or "agreements")
            {
                continue;
            }

            // "weighing its options", "all options are open": choices, not a contract's options.
            if (w is "option" or "options" && m.FirstToken > 0 && lower[m.FirstToken - 1] is "its" or "their" or "our" or "his" or "her" or "other" or "all" or "several" or "different" or "various" or "best")
            {
                continue;
            }

            // "a technology transfer", "a transfer of technology": know-how, not weapons.
            if (w is "transfer" or "transfers" or "transferring" or "transferred" && (m.FirstToken > 0 && lower[m.FirstToken - 1] is "technology" or "know-how" ||
                                                  m.EndToken < tokens.Count && lower[m.EndToken] is "technology" or "know-how" ||
                                                  m.EndToken + 1 < tokens.Count && lower[m.EndToken] is "the" or "its" && lower[m.EndToken + 1] is "technology" or "know-how" ||
                                                  m.EndToken + 1 < tokens.Count && lower[m.EndToken] == "of" && lower[m.EndToken + 1] is "technology" or "know-how" or "skills"))
            {
                continue;
            }

            // "the first ship of its class built for export": what a design is meant for, not a transfer.
            if (w is "export" or "exports" && m.FirstToken >= 2 && lower[m.FirstToken - 1] == "for" && lower[m.FirstToken - 2] is "built" or "designed" or "made" or "intended" or "developed" or "produced" or "meant")
            {
                continue;
            }

            // "export credit", "export customers": a modifier of another noun, not a transfer.
            if (w is "export" or "exports" && m.EndToken < tokens.Count && tokens[m.EndToken].Kind == TokenKind.Word && char.IsLower(text[tokens[m.EndToken].Start]) &&
                lower[m.EndToken] is not ("the" or "its" or "their" or "a" or "an" or "more" or "to" or "of" or "from" or "and") &&
                !TokenSpans.StartsAt(weapons, m.EndToken))
            {
                continue;
            }

            // "gave the green light", "has given its approval": giving a permission is an approval, stated by its noun;
            // "give it exceptional agility" gives a quality, not a weapon.
            if (w is "give" or "gives" or "gave" or "given" or "giving" && GivesPermissionOrQuality(lower, tokens.Count, m.EndToken, weapons))
            {
                continue;
            }

            // "entered the Indian tender", "entered the race": a bidder enters a competition; "entered Ukraine", "entered talks" offer nothing.
            if (w is "enter" or "enters" or "entered" or "entering" && m.EndToken - m.FirstToken == 1 && !CompetitionAhead(lower, tokens.Count, m.EndToken))
            {
                continue;
            }

            // "issued an export licence", "granted permits": only a licence issued approves ("issued a statement", "a $3bn grant" do not).
            if (w is "issue" or "issues" or "issued" or "issuing" or "grant" or "grants" or "granted" or "granting" && m.EndToken - m.FirstToken == 1 &&
                !LicenceAhead(lower, tokens.Count, m.EndToken))
            {
                continue;
            }

            // "declined to comment", "stopped to refuel in Malta": a refusal or a halt needs a deal or a transfer as its object.
            // ("declined to sell La Paz spares" is a refusal: the infinitive is a transfer.)
            if (w is "decline" or "declines" or "declined" or "declining" or "stop" or "stops" or "stopped" or "stopping" &&
                (m.EndToken >= tokens.Count ||
                 lower[m.EndToken] == "to" && !(w.StartsWith("decl", StringComparison.Ordinal) && m.EndToken + 1 < tokens.Count && DeclinedTransfers.Contains(lower[m.EndToken + 1]) &&
                                                !DeclinesToSayAt(lower, tokens.Count, m.EndToken + 2)) ||
                 w.StartsWith("stop", StringComparison.Ordinal) && !StopsATransfer(lower, tokens.Count, m.EndToken)))
            {
                continue;
            }

            // "asked Tokyo for three more destroyers": asking a party for something; "asked reporters", "asked whether" ask nothing of a seller.
            if (w is "asked" or "asks" or "asking" && m.EndToken - m.FirstToken == 1 && !AsksAPartyFor(text, tokens, lower, m.EndToken))
            {
                continue;
            }

            // "buyers were put off by the price": deterred, not a sale put off.
            if (w == "put" && m.EndToken < tokens.Count && lower[m.EndToken] == "by")
            {
                continue;
            }

            // "competing for the fighter contract" offers a weapon; "competed for attention at the show" offers nothing.
            if (w is "compete" or "competes" or "competed" or "competing" or "vie" or "vies" or "vied" or "vying" &&
                !AnyWord(lower, m.EndToken, Math.Max(0, Math.Min(10, tokens.Count - m.EndToken)),
                    static w => w is "contract" or "contracts" or "deal" or "order" or "tender" or "competition" or "requirement" or "programme" or "program"))
            {
                continue;
            }

            // "in the race for Colombia's fighter contract", "competing for the deal": a contract still being competed for is
            // not one signed.
            if (w is "contract" or "contracts" or "deal" or "deals" or "order" && ContestedFor(lower, m.FirstToken))
            {
                continue;
            }

            // "China lent Pakistan $4 billion": lending money is finance, not a delivery.
            if (w is "lend" or "lends" or "lent" or "lending" or "loaned" &&
                AnyWord(lower, m.EndToken, Math.Max(0, Math.Min(5, tokens.Count - m.EndToken)), static w => w is "$" or "€" or "£" or "billion" or "million" or "money" or "support" or "credit" or "loan" or "funds"))
            {
                continue;
            }

            // "the Pentagon announced a new package": a package announced by a government is aid to come; else it is no step.
            if (w is "new" or "first" or "latest" or "next" or "fresh" && lower[m.EndToken - 1] is "package" or "packages" &&
                !AnyWord(lower, Math.Max(0, m.FirstToken - 5), Math.Min(5, m.FirstToken),
                    static w => w is "announced" or "announces" or "announce" or "announcing" or "unveiled" or "unveils" or "unveil" or "approved" or "approves" or "authorized" or "authorised" or "authorizes" or "authorises"))
            {
                continue;
            }

            // "signed a $2 billion package that included ...", "a package sealed in May", "a package that Lima signed":
            // a bare package is a deal only as what is signed.
            if (w is "package" or "packages" && m.EndToken - m.FirstToken == 1 &&
                !(AnyWord(lower, Math.Max(0, m.FirstToken - 8), Math.Min(8, m.FirstToken), IsSigningWord) ||
                  AnyWord(lower, m.EndToken, Math.Max(0, Math.Min(4, tokens.Count - m.EndToken)), IsSigningWord)))
            {
                continue;
            }

            // "denied Italy the export licences", "denied a request for tanks": a denial is a refusal only of a permission or a
            // sale; "denied reports that" is a negation.
            if (PermissionWords.IsDenial(w) && !DeniesAPermission(text, tokens, lower, m.EndToken, weapons))
            {
                continue;
            }

            // "removed Peru from the jet programme": a removal ends a purchase only when it is from a programme or a deal.
            if (w is "removed" or "removes" or "remove" or "removing" or "expelled" or "expels" or "expel" or "kicked" or "ejected" && !RemovesFromAProgramme(lower, tokens.Count, m.EndToken))
            {
                continue;
            }

            // "is considering the Gripen" is an interest; "is considering sending shells" is the step the gerund names.
            // ("is considering buying" stays the buyer's interest; "is considering the sale of S-400s to Iran" is a possible sale.)
            if (lower[m.EndToken - 1] == "considering" && m.EndToken < tokens.Count &&
                (lower[m.EndToken].EndsWith("ing", StringComparison.Ordinal) && lower[m.EndToken] is not ("buying" or "acquiring" or "purchasing" or "procuring" or "ordering") ||
                 AnyWord(lower, m.EndToken, Math.Min(2, tokens.Count - m.EndToken), static x => x is "sale" or "sales" or "export" or "exports" or "transfer" or "delivery" or "supply" or "lease" or "request" or "offer" or "deal")))
            {
                continue;
            }

            // "the first buyer of", "its third export customer for": a buyer counted among the weapon's customers; a bare "customer
            // for" may be one still courted.
            var first = m.FirstToken;
            if (w is "buyer" or "buyers" or "customer" or "customers" or "client")
            {
                first = CustomerCountStart(text, tokens, lower, m.FirstToken);
                if (first < 0)
                {
                    continue;
                }
            }

            // "will build four corvettes for Saudi Arabia": building is an order only for a buyer named after "for" ("builds the
            // jet together with Pakistan", "builds the missiles under licence" are production).
            if (w is "build" or "builds" or "building" && !BuildsForABuyer(text, tokens, lower, m.EndToken))
            {
                continue;
            }

            // "The deal to sell Rafales collapsed" (not "the army collapsed"): a collapse cancels only a deal, talks or a plan.
            if (w is "collapsed" or "fell" or "falls" or "came" && !AnyWord(lower, Math.Max(0, m.FirstToken - 8), Math.Min(8, m.FirstToken), static x => DealSubjects.Contains(x)))
            {
                continue;
            }

            // "has given up the Su-35" (not "given up hopes of", "given up its veto", "given up trying to").
            if (w is "give" or "gives" or "gave" or "given" or "giving" && m.EndToken - m.FirstToken == 2 &&
                AnyWord(lower, m.EndToken, Math.Max(0, Math.Min(2, tokens.Count - m.EndToken)), static x => GivenUpOther.Contains(x)))
            {
                continue;
            }

            // "Block II", "Order of Merit": a capital inside the sentence makes a trigger word part of a name.
            if (m.FirstToken > 0 && char.IsUpper(text[tokens[m.FirstToken].Start]) && tokens[m.FirstToken - 1].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            // "the order", "a purchase", "Hanoi's purchase": a verb form after a determiner is the noun, a deal named rather than an act.
            var entry = m.Value;
            if (!entry.IsNoun && m.EndToken - m.FirstToken == 1 && m.FirstToken > 0 && !w.EndsWith("ed", StringComparison.Ordinal) &&
                (lower[m.FirstToken - 1] is "the" or "a" or "an" or "its" or "their" or "this" or "that" or "his" or "her" ||
                 m.FirstToken >= 2 && lower[m.FirstToken - 1] == "s" && text[tokens[m.FirstToken - 2].Start] is '\'' or '’'))
            {
                entry = entry with { IsNoun = true };
            }

            // "signed on Sunday for 24 Typhoons", "signed last week for": the day between does not part "signed for".
            if (entry.Status is null && w is "signed" or "signs" or "sign" && DateWordsThenFor(text, tokens, lower, m.EndToken) is var forAt and > 0 &&
                _lexicon.TriggerForms.TryGetValue(w + " for", out var signedFor))
            {
                triggers.Add(new TriggerMention(first, m.EndToken, signedFor));
                continue;
            }

            triggers.Add(new TriggerMention(first, m.EndToken, entry));
        }

        // "export order", "arms purchase contract", "contract negotiations": in a compound the last noun is the head.
        RemoveCompoundModifiers(triggers, lower);
        return triggers;
    }

    /// <summary>
    /// Removes a trade noun with a status ("export", "purchase", "contract") directly followed by a noun trigger with a status: the
    /// compound's last noun is its head. Decided on the list as it was, then removed, as <see cref="List{T}.RemoveAll"/> does.
    /// </summary>
    private static void RemoveCompoundModifiers(List<TriggerMention> triggers, TokenFolds lower)
    {
        List<TriggerMention>? modifiers = null;
        foreach (var t in triggers)
        {
            if (lower[t.First] is "export" or "exports" or "import" or "imports" or "supply" or "sale" or "sales" or "purchase" or "procurement" or "delivery" or "acquisition" or "transfer" or "lease" or "contract" or "deal" &&
                t.Entry.Status is not null && NounWithStatusAt(triggers, t.End))
            {
                (modifiers ??= []).Add(t);
            }
        }

        if (modifiers is not null)
        {
            triggers.RemoveAll(modifiers.Contains);
        }
    }

    private static bool NounWithStatusAt(List<TriggerMention> triggers, int first)
    {
        foreach (var n in triggers)
        {
            if (n.First == first && n.Entry.IsNoun && n.Entry.Status is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of signing ("signed", "inked", "sealed").</summary>
    private static bool IsSigningWord(string w) => w is "signed" or "signs" or "sign" or "signing" or "concluded" or "finalised" or "finalized" or "inked" or "sealed";

    /// <summary>
    /// Whether a folded word of tokens [from, from + count) passes <paramref name="test"/>: what
    /// <c>Enumerable.Range(from, count).Any(j => test(lower[j]))</c> answers, without a range, closure or delegate per call
    /// when the test is static. A negative count throws as <see cref="Enumerable.Range"/> does.
    /// </summary>
    private static bool AnyWord(TokenFolds lower, int from, int count, Func<string, bool> test)
    {
        if (count < 0)
        {
            _ = Enumerable.Range(from, count);
        }

        for (var j = from; j < from + count; j++)
        {
            if (test(lower[j]))
            {
                return true;
            }
        }

        return false;
    }
}
