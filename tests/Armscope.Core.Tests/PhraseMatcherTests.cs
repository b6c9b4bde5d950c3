using Armscope.Core.Text;

namespace Armscope.Core.Tests;

public class PhraseMatcherTests
{
    private static PhraseMatcher<string> Matcher(params string[] phrases)
    {
        var m = new PhraseMatcher<string>();
        foreach (var p in phrases)
        {
            m.Add(p, p);
        }

        return m;
    }

    private static List<(string Value, string Span)> Find(PhraseMatcher<string> matcher, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return matcher.FindAll(text, tokens)
            .Select(m => (m.Value, text[tokens[m.FirstToken].Start..tokens[m.EndToken - 1].End]))
            .ToList();
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var m = Matcher("Korea", "South Korea", "Republic of Korea");
        Assert.Equal([("South Korea", "South Korea")], Find(m, "Exports to South Korea rose."));
        Assert.Equal([("Republic of Korea", "Republic of Korea")], Find(m, "the Republic of Korea Air Force"));
    }

    [Fact]
    public void A_shorter_phrase_is_found_when_the_longer_one_is_not_complete()
    {
        var m = Matcher("air defence", "air defence system");
        Assert.Equal([("air defence", "air defence")], Find(m, "more air defence for Kyiv"));
    }

    [Fact]
    public void Matches_do_not_overlap_and_come_in_text_order()
    {
        var m = Matcher("Russia", "India", "S-400");
        Assert.Equal(
            ["Russia", "S-400", "India"],
            Find(m, "Russia delivered the S-400 to India.").Select(x => x.Value).ToArray());
    }

    [Theory]
    [InlineData("S-400")]
    [InlineData("S400")]
    [InlineData("S 400")]
    [InlineData("S‑400")]
    public void A_designation_matches_in_any_of_its_spellings(string written)
    {
        var m = Matcher("S-400");
        Assert.Equal([("S-400", written)], Find(m, $"the {written} systems"));
    }

    [Fact]
    public void Hyphens_slashes_and_dots_join_the_words_of_a_phrase()
    {
        var m = Matcher("air defence", "U.S.", "anti-ship missile");
        Assert.Equal("air-defence", Find(m, "an air-defence deal").Single().Span);
        Assert.Equal("U.S", Find(m, "U.S. officials").Single().Span);
        Assert.Equal("anti ship missile", Find(m, "an anti ship missile").Single().Span);
        Assert.Equal("anti-ship missile", Find(m, "an anti-ship missile").Single().Span);
    }

    [Fact]
    public void A_word_followed_by_a_hyphenated_suffix_still_matches()
    {
        var m = Matcher("Russian");
        Assert.Equal([("Russian", "Russian")], Find(m, "Russian-built systems"));
    }

    [Fact]
    public void Phrases_are_not_joined_across_commas_or_other_punctuation()
    {
        var m = Matcher("Saudi Arabia", "Saudi");
        Assert.Equal([("Saudi", "Saudi")], Find(m, "Saudi, Arabia and others"));
        Assert.Equal([("Saudi", "Saudi")], Find(m, "Saudi; Arabia"));
        Assert.Equal([("Saudi", "Saudi")], Find(m, "Saudi (Arabia)"));
    }

    [Fact]
    public void Phrases_are_not_joined_across_line_breaks_or_double_joiners()
    {
        var m = Matcher("New Delhi");
        Assert.Empty(Find(m, "New\nDelhi"));
        Assert.Empty(Find(m, "New -- Delhi"));
    }

    [Fact]
    public void Matching_ignores_case()
    {
        var m = Matcher("Rosoboronexport", "Türkiye");
        Assert.Equal(["Rosoboronexport", "Türkiye"], Find(m, "ROSOBORONEXPORT told TÜRKIYE").Select(x => x.Value).ToArray());
    }

    [Fact]
    public void Matching_ignores_accents()
    {
        var m = Matcher("Türkiye", "Élysée");
        Assert.Equal(["Türkiye", "Élysée"], Find(m, "Turkiye told the Elysee").Select(x => x.Value).ToArray());
    }

    [Fact]
    public void A_phrase_added_twice_keeps_its_first_value()
    {
        var m = new PhraseMatcher<string>();
        m.Add("Georgia", "GE");
        m.Add("GEORGIA", "US");
        Assert.Equal(1, m.Count);
        var text = "Georgia";
        Assert.Equal("GE", m.FindAll(text, Tokenizer.Tokenize(text)).Single().Value);
    }

    [Fact]
    public void Empty_phrases_are_ignored()
    {
        var m = new PhraseMatcher<string>();
        m.Add("", "x");
        m.Add("--", "x");
        Assert.Equal(0, m.Count);
    }

    [Fact]
    public void A_match_can_be_vetoed_and_the_next_longest_is_taken()
    {
        var m = Matcher("Korea", "South Korea");
        const string text = "South Korea";
        var tokens = Tokenizer.Tokenize(text);

        // Refuse any phrase that starts at "South": nothing matches there, and "Korea" is found on its own.
        var found = m.FindAll(text, tokens, (first, end) => first != 0);
        Assert.Equal("Korea", found.Single().Value);
    }

    [Theory]
    [InlineData("Exports to South Korea rose, the Republic of Korea Air Force said.")]
    [InlineData("TÜRKIYE and Türkiye, the S-400 and S 400 and S400; U.S.-made air defence systems")]
    [InlineData("more air defence for Kyiv -- Korea/Korea.")]
    public void Matching_with_words_folded_once_finds_what_matching_word_by_word_finds(string text)
    {
        var m = Matcher("Korea", "South Korea", "Republic of Korea", "air defence", "air defence system", "Turkiye", "S-400", "U.S.");
        var tokens = Tokenizer.Tokenize(text);
        var folds = new TokenFolds(text, tokens);
        Assert.Equal(m.FindAll(text, tokens), m.FindAll(text, tokens, folds));
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(PhraseKey.Fold(tokens[i].In(text)), folds[i]);
            Assert.Equal(m.TryMatchAt(text, tokens, i, null, out var a), m.TryMatchAt(text, tokens, folds, i, null, out var b));
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void A_word_first_seen_before_any_matcher_knew_it_is_found_once_a_matcher_learns_it()
    {
        const string text = "Ruritanovia bought drones";
        var tokens = Tokenizer.Tokenize(text);
        var before = new TokenFolds(text, tokens);
        Assert.Equal(-1, before.IdOf(0));

        var m = Matcher("Ruritanovia");
        Assert.Equal("Ruritanovia", m.FindAll(text, tokens, before).Single().Value);
        Assert.Equal("Ruritanovia", m.FindAll(text, tokens, new TokenFolds(text, tokens)).Single().Value);
    }

    [Fact]
    public void Many_words_and_spellings_fold_through_the_pool_as_they_fold_alone()
    {
        // Enough distinct spellings to make the per-thread pool grow several times.
        var random = new Random(4);
        const string letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÜßæ";
        var words = Enumerable.Range(0, 6000).Select(_ => new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => letters[random.Next(letters.Length)]).ToArray()));
        var text = string.Join(' ', words);
        var tokens = Tokenizer.Tokenize(text);
        var folds = new TokenFolds(text, tokens);
        var again = new TokenFolds(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(PhraseKey.Fold(tokens[i].In(text)), folds[i]);
            Assert.Same(folds[i], again[i]);
        }
    }

    [Fact]
    public void A_phrase_is_found_among_many_that_share_its_first_word()
    {
        // More continuations of "air" than a node keeps in its short list.
        var m = Matcher(Enumerable.Range(0, 20).Select(i => $"air {(char)('a' + i)}word").Append("air defence").Append("air defence system").ToArray());
        const string text = "an air defence system and Air Kword, air bword";
        var tokens = Tokenizer.Tokenize(text);
        var found = m.FindAll(text, tokens, new TokenFolds(text, tokens));
        Assert.Equal(["air defence system", "air kword", "air bword"], found.Select(f => f.Value));
        Assert.Equal(m.FindAll(text, tokens), found);
    }

    [Fact]
    public void Folds_made_for_other_tokens_are_refused()
    {
        var m = Matcher("Korea");
        const string text = "Korea";
        var folds = new TokenFolds(text, Tokenizer.Tokenize(text));
        Assert.Throws<ArgumentException>(() => m.FindAll(text, Tokenizer.Tokenize(text), folds));
    }

    [Theory]
    [InlineData("Exports to South Korea rose.", true)]
    [InlineData("the Republic of Korea Air Force", true)]
    [InlineData("more air power for Kyiv", true)] // ("air" starts a phrase though none matches: a superset)
    [InlineData("Rain fell on Seoul; defence was not mentioned.", false)]
    [InlineData("", false)]
    public void A_first_word_is_found_wherever_a_phrase_is(string text, bool expected)
    {
        var m = Matcher("Korea", "South Korea", "Republic of Korea", "air defence");
        var tokens = Tokenizer.Tokenize(text);
        var folds = new TokenFolds(text, tokens);
        Assert.Equal(expected, m.AnyFirstWord(text, tokens, folds));
        Assert.True(m.AnyFirstWord(text, tokens, folds) || m.FindAll(text, tokens, folds).Count == 0);
    }
}
