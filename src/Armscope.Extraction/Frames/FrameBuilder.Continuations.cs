using Armscope.Core.Vocabulary;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Frames;

// Continuations: steps of a transfer told in an earlier sentence ("The first batch arrived in May").
public sealed partial class FrameBuilder
{
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
                Quantity = option ? optionCount : CountOfWhichBefore(s, clauseStart), // ("..., the last two of which arrived in May")
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
        "delivery", "deliveries", "purchase", "purchases", "agreement", "shipments", "shipment", "payments", "programme", "program", "talks", "discussions", "negotiations", "remainder", "rest",
        "proposal", "request", "transfer", "transfers", "exports", "export",
    };

    /// <summary>The count of ", the last two of which" opening the relative clause at <paramref name="clauseStart"/>, else null.</summary>
    private static int? CountOfWhichBefore(AnalyzedSentence s, int clauseStart)
    {
        if (s.Lower(clauseStart) != "which")
        {
            return null;
        }

        for (var k = clauseStart - 1; k >= 0 && k >= clauseStart - 6; k--)
        {
            if (s.Lower(k) == ",")
            {
                return CountOfWhichAt(s, k);
            }
        }

        return null;
    }

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
}
