using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Speakers: people and firms a sentence quotes or names, learned so later sentences can stand them for their states.
public sealed partial class FrameBuilder
{
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
                focus.LastPersonState = p.Code;
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
                focus.LastPersonState = code;
                return code;
            }
        }

        // "A: We signed with India for three batteries": an interview's answer speaks for the person it introduced.
        return s.Tokens.Count > 2 && s.Text[s.Tokens[0].Start] == 'A' && s.Lower(0) == "a" && s.Lower(1) == ":" ? focus.LastPersonState : null;
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
            if (Among.First(s.Parties, k, static (p, k) => p.First == k && !p.ModifiesWeapon) is { } party)
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

    /// <summary>"..., the Pentagon said.", "..., Moscow announced": the source a sentence closes with is no party of the story's deals.</summary>
    private static bool IsTrailingAttribution(AnalyzedSentence s, PartyMention p)
    {
        var before = p.First - 1;
        while (before >= 0 && s.Lower(before) is "the" or "a")
        {
            before--;
        }

        return before >= 0 && s.Lower(before) == "," && p.End < s.Tokens.Count && (SpeechVerbs.Contains(s.Lower(p.End)) || s.Lower(p.End) is "added" or "reported") &&
               (p.End + 1 >= s.Tokens.Count || s.Tokens[p.End + 1].Kind == Core.Text.TokenKind.Punctuation || s.Lower(p.End + 1) is "on" or "in" or "last" or "this" or "late" or "early");
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

    /// <summary>
    /// "Japan has offered us six used destroyers", "made proposals to us": a lower-case "us" after the step (right after its
    /// verb, or after "to" or "for") is the speaker's state, which receives.
    /// </summary>
    private static void ApplyFirstPersonObject(AnalyzedSentence s, Roles roles, int last, int clauseEnd, string? speaker)
    {
        if (speaker is null || roles.To.Count > 0 || roles.For.Count > 0)
        {
            return;
        }

        for (var k = last; k < Math.Min(clauseEnd, s.Tokens.Count); k++)
        {
            if (s.Lower(k) == "us" && s.Text[s.Tokens[k].Start] == 'u' && (k == last || s.Lower(k - 1) is "to" or "for"))
            {
                roles.To.Add(new PartyMention(k, k + 1, speaker, PartyForm.Name, false, false));
                return;
            }
        }
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
}
