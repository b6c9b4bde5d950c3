using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Mentions;

/// <summary>How a text names a party.</summary>
public enum PartyForm
{
    Name,
    Demonym,
    Metonym,
    Organisation,
}

/// <summary>A mention as tokens [First, End) of its sentence's token list.</summary>
public interface ITokenSpan
{
    int First { get; }

    int End { get; }
}

/// <summary>Look-ups over the mentions of one sentence.</summary>
public static class TokenSpans
{
    /// <summary>Whether a mention covers token <paramref name="token"/> (a loop, not a closure: this runs token after token).</summary>
    public static bool Covers<T>(List<T> spans, int token)
        where T : ITokenSpan
    {
        foreach (var x in spans)
        {
            if (x.First <= token && token < x.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention starts in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static bool StartsIn<T>(List<T> spans, int from, int to)
        where T : ITokenSpan
    {
        foreach (var x in spans)
        {
            if (x.First >= from && x.First < to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention ends at token <paramref name="end"/> (exclusive, as <see cref="ITokenSpan.End"/>).</summary>
    public static bool EndsAt<T>(List<T> spans, int end)
        where T : ITokenSpan
    {
        foreach (var x in spans)
        {
            if (x.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention spans exactly tokens [<paramref name="first"/>, <paramref name="end"/>): one of this sentence's, not one resolved from an earlier sentence.</summary>
    public static bool Spans<T>(List<T> spans, int first, int end)
        where T : ITokenSpan
    {
        foreach (var x in spans)
        {
            if (x.First == first && x.End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a mention starts at token <paramref name="token"/>.</summary>
    public static bool StartsAt<T>(List<T> spans, int token)
        where T : ITokenSpan => StartsIn(spans, token, token + 1);
}

/// <summary>A party named in a sentence, as tokens [First, End) of the sentence's token list.</summary>
/// <param name="Possessive">Followed by "'s" ("Turkey's purchase").</param>
/// <param name="ModifiesWeapon">A demonym or name that describes a weapon's origin ("Russian-built systems", "U.S.-made tanks").</param>
public sealed record PartyMention(int First, int End, string Code, PartyForm Form, bool Possessive, bool ModifiesWeapon) : ITokenSpan;

/// <summary>A weapon named in a sentence: a catalogued or pattern-found system, or a generic noun with only a category.</summary>
/// <param name="Designation">Canonical designation; null for a generic mention ("two frigates").</param>
/// <param name="Origin">Supplier the name implies: the catalogue origin, or a demonym on a generic noun.</param>
/// <param name="Definite">Preceded by a definite determiner ("the jets"): may refer to a system named before.</param>
/// <param name="Quantity">Number of units written just before the name ("five S-400 regiments").</param>
/// <param name="Anaphoric">A bare "system" or "systems": stands for a weapon named elsewhere.</param>
public sealed record WeaponMention(int First, int End, string? Designation, WeaponCategory Category, string? Origin, bool Definite, int? Quantity, bool Anaphoric = false) : ITokenSpan
{
    public bool IsGeneric => Designation is null;

    /// <summary>For aircraft, the kind its head noun or its system's catalogue names tell ("fighter", "helicopter", "drone"), else null.</summary>
    public string? Kind { get; init; }
}

/// <summary>A date in a sentence, resolved against the publication date; <see cref="IsRange"/> for "between X and Y" (start kept).</summary>
public sealed record DateMention(int StartChar, int EndChar, PartialDate Date, bool IsRange, bool IsFuture);

/// <summary>An amount of money in a sentence; <see cref="Hedge"/> names a qualifier that makes it an estimate ("more than", "up to").</summary>
public sealed record MoneyMention(int StartChar, int EndChar, Money Value, string? Hedge);

/// <summary>A trigger word in a sentence with its lexicon entry.</summary>
public sealed record TriggerMention(int First, int End, TriggerEntry Entry) : ITokenSpan;

/// <summary>Who the grammatical subject of a trigger is.</summary>
public enum TriggerRole
{
    Giver,
    Taker,
    Arrival,
    Either,
}

/// <summary>A lexicon entry: a trigger's status (null for light verbs such as "sign"), role and implied modality.</summary>
public sealed record TriggerEntry(string Form, TransferStatus? Status, TriggerRole Role, bool IsNoun, Modality? Modality);

/// <summary>What a cue word does to its clause.</summary>
public enum CueEffect
{
    Possible,
    Planned,
    Negation,
    Boundary,
}

/// <summary>Carries a weapon system catalogue entry or a generic category into the weapon matcher.</summary>
public sealed record WeaponEntry(WeaponSystem? System, WeaponCategory Category);
