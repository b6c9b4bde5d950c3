using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Packages: the contents of an aid package listed after its verb ("includes", "consists of").
public sealed partial class FrameBuilder
{
    private static readonly HashSet<string> PackageNouns = new(StringComparer.Ordinal)
    {
        "package", "deal", "contract", "agreement", "order", "shipment", "notification", "sale", "aid", "tranche", "batch", "request",
    };

    /// <summary>"$325m worth of weapons", "$2bn in military aid": a sum of arms, no system named, in tokens [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool WorthOfArms(AnalyzedSentence s, int from, int to)
    {
        for (var k = from + 1; k < Math.Min(to, s.Tokens.Count); k++)
        {
            if (s.Lower(k) is "weapons" or "arms" or "aid" or "assistance" or "equipment" or "ammunition" && s.Lower(k - 1) is "of" or "in" or "military" or "security" &&
                Among.Any(s.Money, s.Tokens[k].Start, static (m, at) => m.EndChar <= at && at - m.EndChar <= 24))
            {
                return true;
            }
        }

        return false;
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
}
