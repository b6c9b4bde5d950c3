using Armscope.Core.Vocabulary;
using static Armscope.Core.Vocabulary.TransferStatus;
using static Armscope.Register.Tests.Duplicates.WireTexts;

namespace Armscope.Register.Tests.Duplicates;

/// <summary>The stories of <see cref="WireTexts"/> as articles with the records an extractor finds in them.</summary>
public static class WireStories
{
    private const string OrderSentence = "Poland signed a contract on Tuesday to buy 180 more K2 main battle tanks from South Korea, the defence ministry in Warsaw said.";

    /// <summary>The story as the wire agency put it out.</summary>
    public static Article Wire { get; } = Story(
        "harbour-wire/k2-contract",
        "Poland signs for more K2 tanks",
        "2025-08-05",
        "https://harbour-wire.example/k2-contract",
        WireText,
        Facts.Transfer("KR", "PL", "K2", Order, "2025-08-05", category: WeaponCategory.ArmouredVehicles, quantity: 180, value: new Money(6_500_000_000m, "USD"), sentence: OrderSentence));

    /// <summary>The same story in another outlet a day later, with the records an extractor finds in it.</summary>
    public static Article Syndicated { get; } = Story(
        "daily-courier/warsaw-orders-tanks",
        "Warsaw orders 180 K2 tanks from Seoul",
        "2025-08-06",
        "https://daily-courier.example/warsaw-orders-tanks",
        SyndicatedText,
        Facts.Transfer("KR", "PL", "K2", Order, "2025-08-05", category: WeaponCategory.ArmouredVehicles, quantity: 180, value: new Money(6_500_000_000m, "USD"), sentence: OrderSentence));

    /// <summary>A later, different report on the same deal.</summary>
    public static Article SameSubject { get; } = Story(
        "harbour-wire/k2-arrival",
        "First K2 tanks of new batch reach Poland",
        "2026-03-10",
        "https://harbour-wire.example/k2-arrival",
        SameSubjectText,
        Facts.Transfer("KR", "PL", "K2", Delivery, "2026-03-09", category: WeaponCategory.ArmouredVehicles, quantity: 18,
            sentence: "A cargo ship carried eighteen of the vehicles, which will join an armoured brigade in the east of the country after acceptance tests."));

    /// <summary>An article of the given text whose records' evidence points at their sentences in it.</summary>
    public static Article Story(string name, string title, string published, string source, string text, params Fact[] facts)
    {
        var transfers = facts.Select(f =>
        {
            var start = text.IndexOf(f.Sentence, StringComparison.Ordinal);
            Assert.True(start >= 0, $"'{f.Sentence}' is not in the text of {name}");
            return f.Transfer with { Evidence = new Evidence(f.Sentence, start, start + f.Sentence.Length) };
        }).ToList();
        var document = new Document(name, title, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), source, text);
        return new Article(document, transfers);
    }
}
