using Armscope.Core.Text;

namespace Armscope.Core.Tests;

public class TokenizerTests
{
    private static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => t.TextIn(text)).ToArray();

    [Theory]
    [InlineData("S-400")]
    [InlineData("S400")]
    [InlineData("S 400")]
    [InlineData("s-400")]
    public void A_designation_gives_the_same_key_however_it_is_written(string written)
    {
        Assert.Equal("s 400", PhraseKey.Of(written));
    }

    [Fact]
    public void Letters_and_digits_become_separate_tokens()
    {
        Assert.Equal(["Su", "35", "S"], Words("Su35S"));
        Assert.Equal(["F", "-", "16", "V"], Words("F-16V"));
    }

    [Fact]
    public void Each_punctuation_mark_is_its_own_token()
    {
        var tokens = Tokenizer.Tokenize("U.S., again");
        Assert.Equal(
            [TokenKind.Word, TokenKind.Punctuation, TokenKind.Word, TokenKind.Punctuation, TokenKind.Punctuation, TokenKind.Word],
            tokens.Select(t => t.Kind).ToArray());
    }

    [Fact]
    public void Tokens_are_views_into_the_original_text()
    {
        const string text = "  Rafale jets";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(2, tokens[0].Start);
        Assert.Equal(8, tokens[0].End);
        Assert.Equal("jets", tokens[1].TextIn(text));
    }

    [Fact]
    public void Whitespace_and_invisible_characters_are_skipped()
    {
        Assert.Equal(["Su", "35"], Words("Su\u200b35"));
        Assert.Equal(["a", "b"], Words("a\t\n\u00a0b"));
    }

    [Fact]
    public void Accented_letters_stay_inside_their_word()
    {
        Assert.Equal(["Türkiye", "Élysée"], Words("Türkiye Élysée"));
    }

    [Theory]
    [InlineData("Cote d'Ivoire", "cote d ivoire")]
    [InlineData("Mil Mi-17V-5", "mil mi 17 v 5")]
    [InlineData("Diyarbakır", "diyarbakir")]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("Élysée", "elysee")]
    [InlineData("Côte d'Ivoire", "cote d ivoire")]
    [InlineData("Česká zbrojovka", "ceska zbrojovka")]
    [InlineData("TUSAŞ", "tusas")]
    public void Keys_are_lower_case_without_accents_or_punctuation(string phrase, string key)
    {
        Assert.Equal(key, PhraseKey.Of(phrase));
    }

    [Fact]
    public void Dotted_abbreviations_and_bare_ones_keep_their_own_keys()
    {
        Assert.Equal("u s", PhraseKey.Of("U.S."));
        Assert.Equal("us", PhraseKey.Of("US"));
    }

    [Fact]
    public void A_reused_list_holds_the_new_tokens_only()
    {
        const string text = "Poland ordered 96 Apache helicopters. Jets.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, 36, tokens);
        Tokenizer.Tokenize(text, 38, text.Length, tokens);
        Assert.Equal(Tokenizer.Tokenize(text, 38, text.Length), tokens);
        Assert.Equal(["Jets", "."], tokens.Select(t => t.TextIn(text)).ToArray());
    }

    [Fact]
    public void Reused_folds_fold_the_new_tokens()
    {
        const string first = "ROMANIA Bought Patriots";
        const string second = "Türkiye";
        var tokens = Tokenizer.Tokenize(first);
        var folds = new TokenFolds(first, tokens);
        Assert.Equal("bought", folds[1]);
        var again = Tokenizer.Tokenize(second);
        folds.Reuse(second, again);
        Assert.True(folds.Covers(second, again));
        Assert.Equal("turkiye", folds[0]);
        Assert.Equal(new TokenFolds(second, again).IdOf(0), folds.IdOf(0));
    }
}
