using System.Text.RegularExpressions;
using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Tests.Layers;

public class NumberWordsTests
{
    [Theory]
    [InlineData("a dozen", 12)]
    [InlineData("dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("Twenty-four", 24)]
    [InlineData("twenty four", 24)]
    [InlineData("ninety-nine", 99)]
    [InlineData("Twelve", 12)]
    [InlineData("one", 1)]
    [InlineData("a pair of", 2)]
    [InlineData("a hundred", 100)]
    [InlineData("1,000", 1000)]
    [InlineData("12", 12)]
    [InlineData("  36 ", 36)]
    [InlineData("twenty\u2011two", 22)]
    public void A_count_in_digits_or_words_reads_as_its_number(string phrase, int expected) =>
        Assert.Equal(expected, NumberWords.Parse(phrase));

    [Theory]
    [InlineData("dozens")]
    [InlineData("several")]
    [InlineData("hundreds")]
    [InlineData("a few")]
    [InlineData("")]
    [InlineData("twenty-ten")]
    public void Vague_or_malformed_counts_state_no_number(string phrase) => Assert.Null(NumberWords.Parse(phrase));

    [Theory]
    [InlineData("a dozen")]
    [InlineData("Twenty-four")]
    [InlineData("1,000")]
    [InlineData("three dozen")]
    [InlineData("nineteen")]
    public void The_pattern_matches_every_phrase_that_parses(string phrase)
    {
        Assert.Matches(new Regex("^" + NumberWords.Pattern + "$", RegexOptions.IgnoreCase), phrase);
        Assert.NotNull(NumberWords.Parse(phrase));
    }
}
