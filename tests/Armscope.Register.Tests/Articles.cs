using Armscope.Core.Vocabulary;

namespace Armscope.Register.Tests;

/// <summary>A document with the transfers it states, as an extractor would hand them to the register.</summary>
public sealed record Article(Document Document, IReadOnlyList<Transfer> Transfers);

/// <summary>Builds articles whose text is made of their evidence sentences, with offsets that point into it.</summary>
public static class Articles
{
    public static Article Of(string name, string? published, params Fact[] facts) => Of(name, published, null, facts);

    public static Article Of(string name, string? published, string? title, params Fact[] facts)
    {
        var text = new System.Text.StringBuilder($"{name} reports.");
        var transfers = new List<Transfer>();
        foreach (var fact in facts)
        {
            text.Append(' ');
            var start = text.Length;
            text.Append(fact.Sentence);
            transfers.Add(fact.Transfer with { Evidence = new Evidence(fact.Sentence, start, text.Length) });
        }

        var document = new Document(
            name,
            title ?? $"Title of {name}",
            published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
            $"https://news.example/{name}",
            text.ToString());
        return new Article(document, transfers);
    }
}

/// <summary>One transfer and the sentence stating it.</summary>
public sealed record Fact(Transfer Transfer, string Sentence);

public static class Facts
{
    public static Fact Transfer(
        string supplier,
        string recipient,
        string? system,
        TransferStatus status,
        string? when = null,
        Modality modality = Modality.Actual,
        WeaponCategory category = WeaponCategory.AirDefenceSystems,
        int? quantity = null,
        Money? value = null,
        string? sentence = null)
    {
        sentence ??= $"{supplier} and {recipient}: {system ?? category.ToSpecName()} {status.ToSpecName()} ({modality.ToSpecName()}) {when ?? "undated"}.";
        var transfer = new Transfer(
            new Party(supplier, NameOf(supplier)),
            new Party(recipient, NameOf(recipient)),
            new SystemRef(system, category),
            status,
            modality,
            when is null ? null : Parse(when),
            quantity,
            value,
            new Evidence(sentence, 0, sentence.Length));
        return new Fact(transfer, sentence);
    }

    private static PartialDate Parse(string when) =>
        PartialDate.TryParse(when, out var d) ? d : throw new ArgumentException($"bad date {when}");

    private static string NameOf(string code) => code switch
    {
        "RU" => "Russia",
        "TR" => "Turkey",
        "US" => "United States",
        "IN" => "India",
        "FR" => "France",
        "CN" => "China",
        "PK" => "Pakistan",
        _ => code,
    };
}
