using Armscope.Extraction.Sentences;

namespace Armscope.Extraction.Tests.Layers;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void A_military_title_abbreviation_does_not_end_the_sentence()
    {
        var text = "Gen. Okafor inspected the new radars on Tuesday. The visit lasted an hour.";

        Assert.Equal(["Gen. Okafor inspected the new radars on Tuesday.", "The visit lasted an hour."], Sentences(text));
    }

    [Fact]
    public void US_with_periods_stays_inside_the_sentence_before_a_lower_case_or_name_word()
    {
        var text = "Lt. Col. Haddad briefed U.S. officials and U.S. Army planners in Amman. Nobody objected.";

        Assert.Equal(["Lt. Col. Haddad briefed U.S. officials and U.S. Army planners in Amman.", "Nobody objected."], Sentences(text));
    }

    [Fact]
    public void US_with_periods_ends_the_sentence_when_a_typical_sentence_opener_follows()
    {
        var text = "The helicopters were ordered from the U.S. The first two arrive in spring.";

        Assert.Equal(["The helicopters were ordered from the U.S.", "The first two arrive in spring."], Sentences(text));
    }

    [Fact]
    public void A_single_capital_initial_does_not_end_the_sentence()
    {
        var text = "Analyst Maria T. Lindqvist doubted the figures. Others agreed.";

        Assert.Equal(["Analyst Maria T. Lindqvist doubted the figures.", "Others agreed."], Sentences(text));
    }

    [Fact]
    public void A_decimal_point_inside_an_amount_does_not_end_the_sentence()
    {
        var text = "The package is worth $2.75 billion. Congress must still approve it.";

        Assert.Equal(["The package is worth $2.75 billion.", "Congress must still approve it."], Sentences(text));
    }

    [Fact]
    public void Every_line_break_ends_a_sentence_even_without_punctuation()
    {
        var text = "Navy picks new corvette design\nThe choice was announced today\nMore details follow.";

        Assert.Equal(["Navy picks new corvette design", "The choice was announced today", "More details follow."], Sentences(text));
    }

    [Fact]
    public void Blank_lines_and_carriage_returns_produce_no_empty_or_padded_sentences()
    {
        var text = "Headline words here\r\n\r\n  The body starts here.  \r\nSecond paragraph.";

        Assert.Equal(["Headline words here", "The body starts here.", "Second paragraph."], Sentences(text));
    }

    [Fact]
    public void A_closing_quote_after_the_period_belongs_to_the_sentence_it_closes()
    {
        var text = "\"We will buy more of them.\" The minister then left the room!  Was it final? Nobody knows.";

        Assert.Equal(["\"We will buy more of them.\"", "The minister then left the room!", "Was it final?", "Nobody knows."], Sentences(text));
    }

    [Fact]
    public void A_sentence_does_not_end_before_a_lower_case_word()
    {
        var text = "The order covers approx. forty units. It was signed.";

        Assert.Equal(["The order covers approx. forty units.", "It was signed."], Sentences(text));
    }

    [Fact]
    public void Offsets_point_at_the_exact_sentence_text_with_no_surrounding_whitespace()
    {
        var text = "  First line of text\n\nGen. Ruiz said the U.S. jets   arrived.   Then   they flew.\n";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal([(2, 20), (22, 61), (64, 81)], spans.Select(s => (s.Start, s.End)).ToList());
        Assert.Equal("First line of text", text[2..20]);
        Assert.Equal("Gen. Ruiz said the U.S. jets   arrived.", text[22..61]);
        Assert.Equal("Then   they flew.", text[64..81]);
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }

    [Fact]
    public void Sentences_are_in_order_and_never_overlap()
    {
        var text = "One. Two? Three!\nFour. \"Five.\" (Six.) Seven.";

        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["One.", "Two?", "Three!", "Four.", "\"Five.\"", "(Six.)", "Seven."], spans.Select(s => text[s.Start..s.End]).ToList());
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].End < spans[i].Start);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\r\n")]
    public void Text_without_words_has_no_sentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void Text_without_final_punctuation_is_one_sentence()
    {
        Assert.Equal(["A last sentence without a full stop"], Sentences("A last sentence without a full stop"));
    }
}
