using Armscope.Core.Text;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Frames;

namespace Armscope.Extraction.Resolution;

/// <summary>
/// One fact stated twice in a document is one record: candidates with the same supplier, recipient, weapon and
/// status merge unless their dates or modalities show distinct events. The merged record keeps the body sentence
/// over the headline and the fullest attributes of both.
/// </summary>
public static class CandidateMerger
{
    public static List<Candidate> Merge(IEnumerable<Candidate> candidates)
    {
        var all = candidates.ToList();

        // (Loops rather than RemoveAll and FindIndex over closures: those cost a closure and a delegate per candidate. The
        // body's records and the named weapons that the two removals look for are never removed themselves, so the list
        // asked as it shrinks holds the same ones.)
        // A headline restates the story's lead; its facts come back, fuller, in the body.
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var h = all[i];
            if (h.FromHeadline && Among.Any(all, h, static (b, h) => !b.FromHeadline && b.Supplier == h.Supplier && b.Recipient == h.Recipient && b.Category == h.Category))
            {
                all.RemoveAt(i);
            }
        }

        var merged = new List<Candidate>();

        // A weapon described only by its kind in a headline, or in the same sentence as its name, is that named weapon.
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var g = all[i];
            if (g.System is null && Among.Any(all, g, static (n, g) => n.System is not null && n.Supplier == g.Supplier && n.Recipient == g.Recipient &&
                                                                      n.Status == g.Status && n.Category == g.Category && (g.FromHeadline || n.SentenceIndex == g.SentenceIndex)))
            {
                all.RemoveAt(i);
            }
        }

        RemoveCountsOfTheNamedParts(all);
        all = NameGenericWeapons(all);
        foreach (var c in all)
        {
            var i = IndexOfSameFact(merged, c);
            if (i < 0)
            {
                merged.Add(c);
            }
            else
            {
                merged[i] = Combine(merged[i], c);
            }
        }

        return merged;
    }

    /// <summary>
    /// "signed for six jets ... The deal covers three Su-30s and three Su-27s": a counted kind whose count is the sum of the
    /// named systems of that kind in the same step, of the same date, is those systems, told whole.
    /// </summary>
    private static void RemoveCountsOfTheNamedParts(List<Candidate> all)
    {
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var g = all[i];
            if (g.System is not null || g.Quantity is not { } total)
            {
                continue;
            }

            var sum = 0;
            var parts = 0;
            foreach (var n in all)
            {
                if (n.System is not null && n.Quantity is { } count && n.Supplier == g.Supplier && n.Recipient == g.Recipient && n.Status == g.Status &&
                    n.Modality == g.Modality && SameKind(n.Category, g.Category) && Equals(n.When, g.When))
                {
                    sum += count;
                    parts++;
                }
            }

            if (parts >= 2 && sum == total)
            {
                all.RemoveAt(i);
            }
        }
    }

    private static int IndexOfSameFact(List<Candidate> merged, Candidate c)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            if (SameFact(merged[i], c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// "a $900 million French air defence deal" in a story that names the VL MICA for the same two parties: a weapon
    /// described only by its kind is the system of that kind the document names for them, when it names exactly one.
    /// </summary>
    private static List<Candidate> NameGenericWeapons(List<Candidate> all)
    {
        var named = all.Where(n => n.System is not null).ToList();
        // (A weapon named already, or another weapon, is kept without asking: the look-up's closures are made only for the rest.)
        return all.Select(g => g.System is not null || g.AnotherWeapon ? g : AsTheNamedSystem(g, named)).ToList();
    }

    private static Candidate AsTheNamedSystem(Candidate g, List<Candidate> named)
    {
        var systems = named.Where(n => n.Supplier == g.Supplier && n.Recipient == g.Recipient && SameKind(n.Category, g.Category))
            .GroupBy(WeaponKey).Select(x => x.First()).ToList();
        // ("handed over 12 guard boats ... also gifted a corvette": a count the named system never has in the same step is
        // another weapon; "signed for two submarines ... the first boat, an S26T, arrived" is not.)
        if (systems.Count == 1 && g.Quantity is { } count && named.Where(n => WeaponKey(n) == WeaponKey(systems[0]) && n.Status == g.Status && n.Modality == g.Modality).ToList() is { Count: > 0 } sameStep &&
            sameStep.All(n => n.Quantity is { } other && other != count))
        {
            return g;
        }

        return systems.Count == 1
            ? g with { System = systems[0].System, Category = systems[0].Category, Explanation = g.Explanation with { WeaponFrom = $"{systems[0].System} (the one system of its kind named for these parties)" } }
            : g;
    }

    /// <summary>Missile defence is written as missiles or as air defence; otherwise kinds must agree.</summary>
    internal static bool SameKind(WeaponCategory a, WeaponCategory b) =>
        a == b || (a, b) is (WeaponCategory.Missiles, WeaponCategory.AirDefenceSystems) or (WeaponCategory.AirDefenceSystems, WeaponCategory.Missiles);

    private static string WeaponKey(Candidate c) => c.System is null ? "category:" + c.Category : PhraseKey.Of(c.System).Replace(" ", string.Empty, StringComparison.Ordinal);

    private static bool SameFact(Candidate a, Candidate b)
    {
        if (a.Supplier != b.Supplier || a.Recipient != b.Recipient || a.Status != b.Status || WeaponKey(a) != WeaponKey(b))
        {
            return false;
        }

        // (A stance dated only by the day of the news may be the one a later sentence dates: "keeps its suspension" and
        // "the licences were suspended in September".)
        var datesAgree = a.When is null || b.When is null || DatedByTheNews(a) || DatedByTheNews(b) || a.When.Value.ToString().StartsWith(b.When.Value.ToString(), StringComparison.Ordinal) ||
                         b.When.Value.ToString().StartsWith(a.When.Value.ToString(), StringComparison.Ordinal) || OneHandover(a, b);
        if (!datesAgree)
        {
            return false;
        }

        // One sentence telling one deal twice with one date ("signed for 24 jets on Sunday, completing purchases that
        // will ...") tells one fact; "18 arrived last year and 30 more are to follow", "ordered 30 with an option for 12" tell two.
        // An option is a further order of its own, never the contract that grants it.
        if (a.Modality != b.Modality && (IsOption(a) || IsOption(b)))
        {
            return false;
        }

        // ("is expected to sign for 12 Rafales ... might order a further six": two counts, two modalities, two steps.)
        // (Not a plan restated with its parts: "will build 22 F/A-18Es and six F/A-18Fs" after the order of 28.)
        if (a.Modality != b.Modality && (a.Modality == Modality.Possible || b.Modality == Modality.Possible) && a.Quantity is { } x && b.Quantity is { } y && x != y &&
            a.SentenceIndex != b.SentenceIndex)
        {
            return false;
        }

        return a.Modality == b.Modality || a.NominalOnly || b.NominalOnly || a.FromHeadline || b.FromHeadline || (a.SentenceIndex == b.SentenceIndex && a.When == b.When && (a.Quantity is null || b.Quantity is null || a.Quantity == b.Quantity));
    }

    /// <summary>
    /// "inducted the jets on Friday" and "the first six landed on March 4": a handover and the arrival a few days from it,
    /// both told as done, one of them counted, are one delivery.
    /// </summary>
    private static bool OneHandover(Candidate a, Candidate b) =>
        a.Status == TransferStatus.Delivery && a.Modality == Modality.Actual && b.Modality == Modality.Actual &&
        a.When is { Day: not null } x && b.When is { Day: not null } y && (a.Quantity is null) != (b.Quantity is null) && // ("two landed ..., two more arrived ...": two batches)
        Math.Abs(new DateOnly(x.Year, x.Month!.Value, x.Day!.Value).DayNumber - new DateOnly(y.Year, y.Month!.Value, y.Day!.Value).DayNumber) <= 10;

    private static bool DatedByTheNews(Candidate c) =>
        c.When is not null && c.Explanation.DateFrom is null && c.Status is TransferStatus.Interest or TransferStatus.Offer or TransferStatus.Negotiation or TransferStatus.Refusal or TransferStatus.Suspension;

    private static bool IsOption(Candidate c) =>
        c.Explanation.ModalityCue == "'option'" || c.Explanation.Trigger.Split(' ').Any(w => w is "option" or "options");

    private static Candidate Combine(Candidate kept, Candidate other)
    {
        var (primary, secondary) = Rank(kept) >= Rank(other) ? (kept, other) : (other, kept);
        var when = primary.When;
        if (secondary.When is { } w && (when is null || DatedByTheNews(primary) && !DatedByTheNews(secondary) || w.ToString().Length > when.Value.ToString().Length && !DatedByTheNews(secondary)))
        {
            when = w;
        }

        return primary with
        {
            When = when,
            Quantity = primary.Quantity ?? secondary.Quantity,
            Value = primary.Value ?? secondary.Value,
        };
    }

    /// <summary>How informative a candidate is: a body sentence over a headline, a verb over a noun, then filled fields.</summary>
    private static int Rank(Candidate c) =>
        (c.FromHeadline ? 0 : 100) + (c.NominalOnly ? 0 : 20) + (c.When is null ? 0 : 5) + (c.Quantity is null ? 0 : 3) + (c.Value is null ? 0 : 3);
}
