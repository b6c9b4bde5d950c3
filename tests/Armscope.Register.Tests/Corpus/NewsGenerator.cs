using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Armscope.Register.Tests.Corpus;

/// <summary>
/// Small made-up news items about arms transfers, as JSON Lines the readers take: a few sentences each, drawn from a
/// seeded random source, so a run of the same seed gives the same corpus. Some items repeat the text of an earlier
/// one under another name (the same wire story in two outlets), as real feeds do.
/// </summary>
public static class NewsGenerator
{
    private static readonly (string Country, string Demonym)[] Buyers =
    [
        ("Turkey", "Turkish"), ("India", "Indian"), ("Egypt", "Egyptian"), ("Poland", "Polish"), ("Greece", "Greek"),
        ("Qatar", "Qatari"), ("Indonesia", "Indonesian"), ("Brazil", "Brazilian"), ("Algeria", "Algerian"), ("Vietnam", "Vietnamese"),
    ];

    private static readonly (string Country, string System)[] Offers =
    [
        ("Russia", "S-400"), ("France", "Rafale"), ("the United States", "F-16"), ("the United States", "F-35"), ("Germany", "Leopard 2"),
        ("South Korea", "K9 Thunder"), ("China", "J-10"), ("Sweden", "Gripen"), ("Russia", "Su-35"), ("Israel", "Barak-8"),
    ];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Fillers =
    [
        "Officials declined to comment on the financing.",
        "The ministry said talks had been going on for months.",
        "Analysts expect the first units to enter service within three years.",
        "Opposition lawmakers questioned the price.",
        "The announcement came during a state visit.",
    ];

    /// <summary>One item: its id, title, publication date, source and text.</summary>
    public sealed record Item(string Id, string Title, string Published, string Source, string Text);

    /// <summary><paramref name="count"/> items; about one in <paramref name="repeatEvery"/> repeats an earlier text under its own id.</summary>
    public static IReadOnlyList<Item> Items(int seed, int count, int repeatEvery = 12)
    {
        var random = new Random(seed);
        var items = new List<Item>(count);
        for (var i = 0; i < count; i++)
        {
            var id = $"gen-{seed}-{i:D5}";
            if (items.Count > 3 && random.Next(repeatEvery) == 0)
            {
                var original = items[random.Next(items.Count)];
                items.Add(original with { Id = id, Source = $"https://mirror.example/{id}", Title = original.Title + " (wire)" });
                continue;
            }

            var (buyer, demonym) = Buyers[random.Next(Buyers.Length)];
            var (seller, system) = Offers[random.Next(Offers.Length)];
            var year = 2015 + random.Next(9);
            var month = Months[random.Next(12)];
            var quantity = random.Next(2, 48);
            var text = new StringBuilder();
            text.Append(random.Next(4) switch
            {
                0 => $"{buyer} signed a contract with {seller} in {month} {year} to buy {quantity} {system} systems.",
                1 => $"{seller} delivered {quantity} {system} systems to {buyer} in {month} {year}.",
                2 => $"{buyer} has ordered {quantity} {system} from {seller}, the defence ministry said in {month} {year}.",
                _ => $"{demonym} officials said in {month} {year} that the country plans to buy {system} from {seller}.",
            });
            for (var f = random.Next(3); f > 0; f--)
            {
                text.Append(' ').Append(Fillers[random.Next(Fillers.Length)]);
            }

            text.Append(CultureInfo.InvariantCulture, $" Item {i} of run {seed}.");
            var published = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            items.Add(new Item(id, $"{buyer} and the {system}", published, $"https://news.example/{id}", text.ToString()));
        }

        return items;
    }

    /// <summary>One JSON Lines line for an item.</summary>
    public static string Line(Item item)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("title", item.Title);
            json.WriteString("published", item.Published);
            json.WriteString("source", item.Source);
            json.WriteString("text", item.Text);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the items as a JSON Lines file.</summary>
    public static void WriteJsonLines(string path, IEnumerable<Item> items) =>
        File.WriteAllLines(path, items.Select(Line), new UTF8Encoding(false));
}
