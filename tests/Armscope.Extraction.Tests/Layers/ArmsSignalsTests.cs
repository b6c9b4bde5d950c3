namespace Armscope.Extraction.Tests.Layers;

public class ArmsSignalsTests
{
    [Theory]
    [InlineData("The Air Force and the navy sent troops; the air forces' fighters flew.", 5)]
    [InlineData("The armed forces, the Coast Guard and the Marine Corps.", 3)]
    [InlineData("An air show and a force of habit: air, force.", 0)]
    [InlineData("Military, MILITARY and military-grade defence.", 4)]
    public void Context_words_are_counted_by_word_and_by_phrase(string text, int expected)
    {
        var s = Lexicon.Analyze(text);
        Assert.Equal(expected, new ArmsSignals(Lexicon.Shared).Words(s.Folds, s.Tokens.Count));
        Assert.Equal(expected, CountedAsStrings(s));
    }

    /// <summary>The count as the extractor first made it, with the folded words as strings.</summary>
    private static int CountedAsStrings(Mentions.AnalyzedSentence s)
    {
        var words = Lexicon.Shared.ContextWords;
        var count = 0;
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            if (words.Contains(s.Lower(k)) || (k + 1 < s.Tokens.Count && words.Contains(s.Lower(k) + " " + s.Lower(k + 1))))
            {
                count++;
            }
        }

        return count;
    }

    [Fact]
    public void More_signals_never_turn_a_text_away()
    {
        for (var signals = 0; signals < 10; signals++)
        {
            Assert.True(!ArmsSignals.Enough(1, signals, 5000) || ArmsSignals.Enough(1, signals + 1, 5000));
        }

        Assert.False(ArmsSignals.Enough(0, 50, 5000));
    }
}
