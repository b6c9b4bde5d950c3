using Armscope.Extraction.Mentions;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction;

/// <summary>
/// Tells, from a document's tokens and at most its weapons, that it can yield no transfer, before its cues, parties,
/// triggers, dates and frames are looked for. Most of the world's news names no trade in arms, and those are the costly
/// part of its analysis.
/// </summary>
/// <remarks>
/// Why a document turned away here would have yielded nothing (the extractor's output is the same with or without the gate):
/// <list type="bullet">
/// <item>Every candidate is built by a chain of triggers (<c>FrameBuilder.BuildChain</c>, and the orders, continuations and
/// package contents that copy a candidate a chain built or left pending: <c>OrdersUnder</c>, <c>ContinueTransfer</c>,
/// <c>PackageContents</c> with <c>DocumentFocus.Told</c> or <c>PendingPackage</c>), and a sentence forms chains only from
/// its triggers. Every trigger is a match of the trigger lexicon, which starts only at a word token whose folded word
/// begins a trigger phrase (<see cref="Armscope.Core.Text.PhraseMatcher{T}.AnyFirstWord"/>). No such word anywhere: no
/// candidate, and the extractor returns none.</item>
/// <item>A text of 1,500 characters or more yields nothing unless it speaks of arms (<c>TransferExtractor.SpeaksOfArms</c>):
/// enough context words, counted here by the same code over the same folds, and weapons, of which it counts some. The
/// weapons of a sentence are all found by the analysis's first steps (<see cref="SentenceAnalyzer.WeaponsOf"/>, which the
/// analysis then reuses), and no later step adds one to the sentence's list or takes one out (the frames only replace
/// one with another), so their number here is at least the number counted there, and <see cref="ArmsSignals.Enough"/>,
/// false with more signals, is false with fewer.</item>
/// <item>Nothing skipped changes what a later document gets: the per-thread buffers are handed out afresh for each
/// document, and the fold pool keeps the same folded words whichever sentence folds them first.</item>
/// <item>Where finding a sentence's dates or money throws, the only steps of the analysis that can, the document is let
/// through, so one that failed still fails the same way (see <see cref="Throws"/>).</item>
/// </list>
/// </remarks>
internal sealed class TransferGate
{
    private readonly ExtractionLexicon _lexicon;
    private readonly SentenceAnalyzer _analyzer;
    private readonly ArmsSignals _signals;

    public TransferGate(ExtractionLexicon lexicon, SentenceAnalyzer analyzer, ArmsSignals signals)
    {
        _lexicon = lexicon;
        _analyzer = analyzer;
        _signals = signals;
    }

    /// <summary>
    /// False when the document of <paramref name="sentences"/> can yield no transfer. The sentences' lists it fills
    /// (tokens and folds, from the first on, and maybe weapons) are added to <paramref name="lists"/> for the analysis to
    /// go on with; it stops as soon as the document may yield one.
    /// </summary>
    public bool MayYield(string text, IReadOnlyList<SentenceSpan> sentences, DateOnly? published, SentenceBuffers buffers, List<SentenceLists> lists, CancellationToken cancellationToken)
    {
        var shortText = text.Length < ArmsSignals.ShortText;
        var trigger = false;
        var words = 0;
        foreach (var span in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = buffers.Next(text, span);
            lists.Add(sentence);
            if (Throws(text, span, published))
            {
                return true;
            }

            trigger = trigger || _lexicon.Triggers.AnyFirstWord(text, sentence.Tokens, sentence.Folds);
            if (!shortText)
            {
                words += _signals.Words(sentence.Folds, sentence.Tokens.Count);
            }

            if (trigger && (shortText || ArmsSignals.Enough(words, words, text.Length)))
            {
                return true;
            }
        }

        if (!trigger || words == 0)
        {
            return false;
        }

        // Words alone are too few for the text's length: the weapons named may make up the signals.
        var signals = words;
        foreach (var sentence in lists)
        {
            signals += _analyzer.WeaponsOf(text, sentence).Count;
            if (ArmsSignals.Enough(words, signals, text.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether finding the dates or money of text[span] throws, tried where it may (<see cref="DateFinder.MayThrow"/>: any
    /// "ago", as in "Chicago", or <see cref="MoneyFinder.MayThrow"/>). The dates depend on the sentence's text, the
    /// publication date and whether it speaks of the future, told by its cues: both ways are tried.
    /// </summary>
    private static bool Throws(string text, SentenceSpan span, DateOnly? published)
    {
        try
        {
            if (DateFinder.MayThrow(text, span.Start, span.End, published))
            {
                _ = DateFinder.Find(text, span.Start, span.End, published, futureContext: false);
                _ = DateFinder.Find(text, span.Start, span.End, published, futureContext: true);
            }

            if (MoneyFinder.MayThrow(text, span.Start, span.End))
            {
                _ = MoneyFinder.Find(text, span.Start, span.End);
            }

            return false;
        }
        catch (Exception)
        {
            return true; // (the analysis will throw it again, in its place)
        }
    }
}
