using Armscope.Extraction.Mentions;

namespace Armscope.Extraction.Tests.Layers;

public class MoneyFinderTests
{
    private static List<MoneyMention> Find(string sentence) => MoneyFinder.Find(sentence, 0, sentence.Length);

    private static MoneyMention Single(string sentence) => Assert.Single(Find(sentence));

    [Theory]
    [InlineData("The frigate deal is worth $5.43 billion in total.", "$5.43 billion", 5_430_000_000, "USD")]
    [InlineData("New Delhi cleared Rs 40,000 crore for the programme.", "Rs 40,000 crore", 400_000_000_000, "INR")]
    [InlineData("The tank contract comes to 975bn won over ten years.", "975bn won", 975_000_000_000, "KRW")]
    [InlineData("Paris put the price at 1.9 billion euros for the package.", "1.9 billion euros", 1_900_000_000, "EUR")]
    [InlineData("A US$60 million training package was approved.", "US$60 million", 60_000_000, "USD")]
    [InlineData("The radars cost €250 million apiece.", "€250 million", 250_000_000, "EUR")]
    [InlineData("The helicopters cost £1.1bn.", "£1.1bn", 1_100_000_000, "GBP")]
    [InlineData("The sale was put at 2.4 trillion yen.", "2.4 trillion yen", 2_400_000_000_000, "JPY")]
    [InlineData("The lease runs to Rs 350 crore a year.", "Rs 350 crore", 3_500_000_000, "INR")]
    public void An_amount_resolves_to_its_full_value_and_ISO_currency(string sentence, string covered, long amount, string currency)
    {
        var m = Single(sentence);

        Assert.Equal(covered, sentence[m.StartChar..m.EndChar]);
        Assert.Equal((decimal)amount, m.Value.Amount);
        Assert.Equal(currency, m.Value.Currency);
    }

    [Theory]
    [InlineData("The package is valued at more than $2 billion.", "more than")]
    [InlineData("Washington notified a sale of up to $10bn.", "up to")]
    [InlineData("The deal is worth about €300 million.", "about")]
    [InlineData("The order is estimated at 4 billion euros.", "estimated at")]
    [InlineData("The programme could be worth $8 billion.", "could be worth")]
    public void A_hedge_before_the_amount_is_reported(string sentence, string hedge) =>
        Assert.Equal(hedge, Single(sentence).Hedge);

    [Fact]
    public void A_plain_amount_has_no_hedge() =>
        Assert.Null(Single("The contract is worth $1.5 billion.").Hedge);

    [Fact]
    public void A_hedge_stays_with_the_amount_it_qualifies()
    {
        var money = Find("Stage one cost $400 million, and stage two up to $900 million.");

        Assert.Equal(2, money.Count);
        Assert.Null(money[0].Hedge);
        Assert.Equal("up to", money[1].Hedge);
    }

    [Fact]
    public void A_decimal_comma_is_read_as_a_decimal_point() =>
        Assert.Equal(29_900_000_000m, Single("The bill reached 29,9bn euros, the paper wrote.").Value.Amount);

    [Theory]
    [InlineData("Each shell costs $500.")]
    [InlineData("The unit was renamed R12 last year.")]
    [InlineData("The regiment has 40,000 troops.")]
    public void Small_sums_bare_designations_and_plain_counts_are_not_money(string sentence) => Assert.Empty(Find(sentence));

    [Fact]
    public void Amounts_come_back_in_order_with_offsets_into_the_whole_text()
    {
        var text = "Lead sentence. It paid 2 billion euros and then $3 billion.";
        var start = text.IndexOf("It paid", StringComparison.Ordinal);

        var money = MoneyFinder.Find(text, start, text.Length);

        Assert.Equal(["2 billion euros", "$3 billion"], money.Select(m => text[m.StartChar..m.EndChar]).ToList());
        Assert.Equal(["EUR", "USD"], money.Select(m => m.Value.Currency).ToList());
    }
}
