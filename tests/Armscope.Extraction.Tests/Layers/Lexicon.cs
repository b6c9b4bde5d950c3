using Armscope.Core.Reference;
using Armscope.Extraction.Mentions;
using Armscope.Extraction.Sentences;

namespace Armscope.Extraction.Tests.Layers;

/// <summary>One compiled lexicon and analyzer shared by the layer tests (both are immutable after construction).</summary>
internal static class Lexicon
{
    private static readonly Lazy<ExtractionLexicon> SharedLexicon = new(() => new ExtractionLexicon(ReferenceData.Default));
    private static readonly Lazy<SentenceAnalyzer> SharedAnalyzer = new(() => new SentenceAnalyzer(SharedLexicon.Value));
    private static readonly Lazy<TransferExtractor> SharedExtractor = new(() => new TransferExtractor(SharedLexicon.Value));

    /// <summary>A Wednesday: "on Monday" is two days before it, "on Wednesday" is the day itself.</summary>
    public static readonly DateOnly Published = new(2021, 6, 16);

    public static ExtractionLexicon Shared => SharedLexicon.Value;

    public static SentenceAnalyzer Analyzer => SharedAnalyzer.Value;

    public static TransferExtractor Extractor => SharedExtractor.Value;

    /// <summary>Analyzes a whole string as one body sentence published on <see cref="Published"/>.</summary>
    public static AnalyzedSentence Analyze(string sentence) =>
        Analyzer.Analyze(sentence, new SentenceSpan(0, sentence.Length), Published, isHeadline: false);

    /// <summary>The exact text a mention covers, from its first token to its last.</summary>
    public static string Covered(this AnalyzedSentence s, int first, int end) =>
        s.Text[s.Tokens[first].Start..s.Tokens[end - 1].End];
}
