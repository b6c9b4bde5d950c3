using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction.Frames;
using Armscope.Extraction.Mentions;
using Armscope.Extraction.Resolution;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction;

/// <summary>A transfer together with the explanation of how it was found (for `extract --explain`).</summary>
public sealed record ExplainedTransfer(Transfer Transfer, Explanation Explanation);

/// <summary>
/// Reads a document and returns every arms transfer it states: text -> sentences -> mentions -> frames ->
/// merged records. Pure: no I/O and no shared mutable state, so one instance serves many threads.
/// </summary>
public sealed class TransferExtractor
{
    private readonly ReferenceData _data;
    private readonly SentenceAnalyzer _analyzer;
    private readonly FrameBuilder _frames;
    private readonly ArmsSignals _signals;
    private readonly TransferGate _gate;

    public TransferExtractor(ReferenceData data)
        : this(new ExtractionLexicon(data))
    {
    }

    public TransferExtractor(ExtractionLexicon lexicon)
    {
        _data = lexicon.Data;
        _analyzer = new SentenceAnalyzer(lexicon);
        _frames = new FrameBuilder(lexicon.Data);
        _signals = new ArmsSignals(lexicon);
        _gate = new TransferGate(lexicon, _analyzer, _signals);
    }

    public IReadOnlyList<Transfer> Extract(Document document, CancellationToken cancellationToken = default) =>
        ExtractExplained(document, cancellationToken).Select(e => e.Transfer).ToList();

    public IReadOnlyList<ExplainedTransfer> ExtractExplained(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var sentences = SentenceSplitter.Split(text);
        var focus = new DocumentFocus();

        // A document without a publication date is dated by its dateline, when it has one.
        var published = document.Published ?? sentences.Take(4).Select(x => DateFinder.DatelineDate(text, x.Start, x.End)).FirstOrDefault(d => d is not null);
        document = document with { Published = published };
        // Most of the world's news names no trade in arms: a document that cannot yield a transfer is told by its tokens
        // (and maybe its weapons) alone, and no cue, party, date or frame of it is looked for (see TransferGate).
        var buffers = SentenceBuffers.ForNewDocument(); // (the sentences below are read in this method only)
        var lists = new List<SentenceLists>(sentences.Count); // each sentence's tokens, made once, by the gate or below
        if (!_gate.MayYield(text, sentences, published, buffers, lists, cancellationToken))
        {
            return [];
        }

        var candidates = new List<Candidate>();
        var analysed = new List<AnalyzedSentence>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var isHeadline = i == 0 && IsHeadline(text, sentences[0]);
            var sentenceLists = i < lists.Count ? lists[i] : buffers.Next(text, sentences[i]);
            var sentence = _analyzer.Analyze(text, sentences[i], document.Published, isHeadline, sentenceLists);
            analysed.Add(sentence);
            candidates.AddRange(_frames.Build(sentence, i, document.Published, focus));
        }

        if (candidates.Count == 0 || !SpeaksOfArms(analysed, text.Length))
        {
            return [];
        }

        // "Pitch Black opens as the largest air exercise ... The Philippines and Spain are sending aircraft": in a story about
        // an exercise, aircraft or ships sent with no buyer named in their sentence go to the drills, not to a buyer.
        if (IsExerciseStory(analysed))
        {
            candidates.RemoveAll(c => c.Status == TransferStatus.Delivery && c.System is null && FocusRecipients.Contains(c.Explanation.RecipientFrom));
        }

        return CandidateMerger.Merge(candidates.Select(c => WithoutAnnouncementDate(SoldByPrimeContractor(c, focus), published)))
            .Select(c => new ExplainedTransfer(ToTransfer(c, analysed[c.SentenceIndex]), c.Explanation))
            .ToList();
    }

    private static readonly HashSet<string> ExerciseWords = new(StringComparer.Ordinal)
    {
        "exercise", "exercises", "drill", "drills", "wargames", "manoeuvres", "maneuvers", "games",
    };

    /// <summary>Where a recipient the candidate's own sentence does not name came from: the story's focus.</summary>
    private static readonly HashSet<string> FocusRecipients = new(StringComparer.Ordinal)
    {
        "earlier transfer", "earlier transfer of the weapon", "earlier transfer of the weapon, the sentence before", "the deal recalled",
        "'it'/'they' as the buyer in focus",
    };

    /// <summary>
    /// The exercise words as written in a sentence of ASCII letters only, where a word folds to its lower case: a sentence
    /// with none of them (and no other letter) names no exercise, and its words are not looked up.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> ExerciseWordsWritten = System.Buffers.SearchValues.Create(
        ["exercise", "drill", "wargames", "manoeuvres", "maneuvers", "games"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A story whose headline or lead is about an exercise (its first two sentences name one).</summary>
    private static bool IsExerciseStory(List<AnalyzedSentence> sentences)
    {
        for (var i = 0; i < Math.Min(2, sentences.Count); i++)
        {
            var s = sentences[i];
            var written = s.Text.AsSpan(s.Span.Start, s.Span.End - s.Span.Start);
            if (!written.ContainsAny(ExerciseWordsWritten) && !written.ContainsAnyExceptInRange('\u0000', '\u007f'))
            {
                continue;
            }

            for (var k = 0; k < s.Tokens.Count; k++)
            {
                if (ExerciseWords.Contains(s.Lower(k)) && (s.Lower(k) != "games" || (k > 0 && s.Lower(k - 1) == "war")))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Suppliers told only by the weapon's catalogue: a prime contractor the story names sells it instead.</summary>
    private static readonly HashSet<string> CatalogueSuppliers = new(StringComparer.Ordinal)
    {
        "catalogue origin of the weapon", "the deal recalled", "party matching the weapon's origin", "origin word before the weapon",
    };

    private static Candidate SoldByPrimeContractor(Candidate c, DocumentFocus focus) =>
        c.System is { } system && focus.PrimeContractors.TryGetValue(system, out var prime) && prime != c.Supplier && prime != c.Recipient &&
        CatalogueSuppliers.Contains(c.Explanation.SupplierFrom)
            ? c with { Supplier = prime, Explanation = c.Explanation with { SupplierFrom = "the prime contractor the story names" } }
            : c;

    /// <summary>
    /// "Berlin pledged on Friday to send tanks": a delivery still to come is dated by when it will happen, not by the day
    /// it was announced; a date before publication on a planned or possible delivery is the announcement's.
    /// </summary>
    private static Candidate WithoutAnnouncementDate(Candidate c, DateOnly? published)
    {
        if (c.Modality == Modality.Actual || c.Status != TransferStatus.Delivery || c.When is not { } when || published is not { } p)
        {
            return c;
        }

        var reported = new PartialDate(p.Year, when.Month is null ? null : p.Month, when.Day is null ? null : p.Day);
        return when.CompareTo(reported) < 0 ? c with { When = null } : c;
    }

    /// <summary>
    /// Whether a text speaks of armed forces at all: words such as "military" or "navy", kinds of weapon ("tanks") and
    /// numbered designations ("F-16"), at least one in 2,000 characters or six in all and at least one word, in texts of 1,500 characters or more. A story on air pollution that
    /// cites "the Lancet", or on ice hockey with its "Black Hawks", has trade words but states no arms transfer.
    /// </summary>
    private bool SpeaksOfArms(List<AnalyzedSentence> sentences, int length)
    {
        // A sentence, a headline or a feed item is too short to tell: its one named system is all there is.
        if (length < ArmsSignals.ShortText)
        {
            return true;
        }

        int words = 0, designations = 0;
        foreach (var s in sentences)
        {
            words += _signals.Words(s.Folds, s.Tokens.Count);
            foreach (var w in s.Weapons)
            {
                if (w.Anaphoric)
                {
                    continue;
                }

                if (w.Designation is null)
                {
                    designations++; // a kind ("jets", "engines") is a signal, but no word of the military on its own
                }
                else if (s.Text.AsSpan(s.Tokens[w.First].Start, s.Tokens[w.End - 1].End - s.Tokens[w.First].Start).IndexOfAnyInRange('0', '9') >= 0)
                {
                    designations++;
                }
            }
        }

        // (Designations and kinds alone are not enough: "737 Max jets" and "A330neo" orders are airliners.)
        return ArmsSignals.Enough(words, words + designations, length);
    }

    /// <summary>
    /// A first line followed by a blank line is a headline: it restates the story and never outranks the body. (Not a first
    /// line of more than a dozen words closed by a full stop: that is a one-sentence lead paragraph, the story's main fact,
    /// as wire copy often opens; a headline ending in an abbreviation such as "U.S." stays a headline.)
    /// </summary>
    private static bool IsHeadline(string text, SentenceSpan first)
    {
        var rest = text.AsSpan(first.End);
        var newline = rest.IndexOf('\n');
        var line = text.AsSpan(first.Start, first.End - first.Start).TrimEnd();
        // (Headlines may close with a full stop too, "Greece to buy 20 F-35 jets from the US.": a lead is longer than a dozen words.)
        var closedLikeASentence = line.EndsWith(".") && !(line.Length >= 4 && char.IsUpper(line[^2]) && line[^3] == '.') && line.Count(' ') >= 12;
        return newline >= 0 && rest[..newline].IsWhiteSpace() && rest[(newline + 1)..].TrimStart(' ').StartsWith("\n") && !closedLikeASentence;
    }

    private Transfer ToTransfer(Candidate c, AnalyzedSentence s) => new(
        _data.PartyFor(c.Supplier),
        _data.PartyFor(c.Recipient),
        new SystemRef(c.System, c.Category),
        c.Status,
        c.Modality,
        c.When,
        c.Quantity,
        c.Value,
        new Evidence(s.Evidence, s.Span.Start, s.Span.End),
        c.FromHeadline ? 0.6 : c.NominalOnly ? 0.7 : 0.85);
}
