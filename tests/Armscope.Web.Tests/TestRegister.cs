using System.Globalization;
using Armscope.Core.Vocabulary;
using Armscope.Register.Sqlite;

namespace Armscope.Web.Tests;

/// <summary>A register built from documents and transfers written here (never from the extractor), with offsets that point into each text.</summary>
public static class TestRegister
{
    /// <summary>The hostile document: markup, event handlers and javascript: links in its title, source, text and evidence.</summary>
    public const string HostileTitle = "=cmd|' /C calc'!A0 <script>window.__pwned = 'title';</script>Hostile <img src=x onerror=\"window.__pwned='img'\">";

    public const string HostileSource = "javascript:window.__pwned='source'";

    public const string HostileEvidence = "Russia delivered <b>two</b> Pantsir-S1 systems to Serbia <img src=x onerror=\"window.__pwned='evidence'\"> last year <script>window.__pwned='evidence-script'</script>.";

    public static readonly string HostileText = string.Join("\n\n",
        "<script>window.__pwned = 'text'; console.log('pwned');</script>",
        "Read <a href=\"javascript:window.__pwned='link'\">the contract</a> or <a href=\"JaVaScRiPt:alert(1)\">this</a>. " + HostileEvidence + " Officials declined to comment.",
        "<iframe src=\"javascript:alert(1)\"></iframe><svg onload=\"window.__pwned='svg'\"></svg>");

    public const string TurkeyOrder = "Turkey signed a $2.5 billion contract with Russia for four S-400 batteries in September 2017.";

    public const string TurkeyDelivery = "The first S-400 components were delivered to Murted air base near Ankara in July 2019.";

    /// <summary>Creates the register file and fills it.</summary>
    public static async Task BuildAsync(string path)
    {
        await using var register = SqliteRegister.Open(path);
        foreach (var (document, transfers) in Articles())
        {
            await register.IngestAsync(document, transfers);
        }
    }

    private static IEnumerable<(Document, IReadOnlyList<Transfer>)> Articles()
    {
        var turkey = Text(
            "Ankara defies Washington with Russian air defence deal",
            "ANKARA, Sept 12 - Turkish officials confirmed the purchase on Tuesday. " + TurkeyOrder + " Washington warned of consequences.",
            "Analysts said the deal would complicate Turkey's role in NATO.");
        yield return Article("2017-09-turkey-s400", "Turkey buys S-400 from Russia", "2017-09-12", "https://news.example/2017/09/turkey-s400", turkey,
            Fact(turkey, "RU", "Russia", "TR", "Turkey", "S-400", WeaponCategory.AirDefenceSystems, TransferStatus.Order, "2017-09", 4, new Money(2_500_000_000m, "USD"), TurkeyOrder));

        var delivery = Text(
            "Russia delivers first S-400 parts to Turkey",
            TurkeyDelivery + " More flights are expected in the coming weeks.",
            "The Pentagon said Turkey would be removed from the F-35 programme.");
        yield return Article("2019-07-turkey-s400-delivery", "First S-400 parts land in Turkey", "2019-07-12", "https://news.example/2019/07/s400-delivery", delivery,
            Fact(delivery, "RU", "Russia", "TR", "Turkey", "S-400", WeaponCategory.AirDefenceSystems, TransferStatus.Delivery, "2019-07", null, null, TurkeyDelivery));

        const string poland = "The State Department approved a possible sale to Poland of 32 F-35 aircraft estimated at $6.5 billion.";
        var polandText = Text("US clears F-35 sale to Poland", poland, "Poland plans to replace its Soviet-era jets.");
        yield return Article("2019-09-poland-f35", "US approves F-35 for Poland", "2019-09-11", "https://news.example/2019/09/poland-f35", polandText,
            Fact(polandText, "US", "United States", "PL", "Poland", "F-35", WeaponCategory.Aircraft, TransferStatus.Offer, "2019-09", 32, new Money(6_500_000_000m, "USD"), poland));

        const string rafale = "The first five Rafale fighters from France arrived at Ambala air base on Wednesday.";
        var rafaleText = Text("Rafales land in India", rafale, "India ordered 36 of the jets in 2016.");
        yield return Article("2020-07-india-rafale", "Rafale jets arrive in India", "2020-07-29", "https://news.example/2020/07/rafale", rafaleText,
            Fact(rafaleText, "FR", "France", "IN", "India", "Rafale", WeaponCategory.Aircraft, TransferStatus.Delivery, "2020-07-29", 5, null, rafale));

        const string saudi = "Germany suspended all arms exports to Saudi Arabia, including armoured vehicles, in November 2018.";
        var saudiText = Text("Germany halts arms exports to Riyadh", saudi);
        yield return Article("2018-11-germany-saudi", "Germany suspends exports to Saudi Arabia", "2018-11-19", "https://news.example/2018/11/germany-saudi", saudiText,
            Fact(saudiText, "DE", "Germany", "SA", "Saudi Arabia", null, WeaponCategory.ArmouredVehicles, TransferStatus.Suspension, "2018-11", null, null, saudi));

        yield return Article("hostile", HostileTitle, "2021-03-01", HostileSource, HostileText,
            Fact(HostileText, "RU", "Russia", "RS", "Serbia", "Pantsir", WeaponCategory.AirDefenceSystems, TransferStatus.Delivery, "2020", 2, null, HostileEvidence));

        // Enough deals between two states that lists have more than one page.
        for (var i = 0; i < 12; i++)
        {
            var sentence = $"China delivered batch {i + 1} of artillery type PLZ-{i:D2} to Pakistan in {2010 + i}.";
            var text = Text($"Batch {i + 1}", sentence);
            yield return Article($"china-pakistan-{i:D2}", $"China ships batch {i + 1} to Pakistan", $"{2010 + i}-06-01", $"https://news.example/cn-pk/{i}", text,
                Fact(text, "CN", "China", "PK", "Pakistan", $"PLZ-{i:D2}", WeaponCategory.Artillery, i % 2 == 0 ? TransferStatus.Delivery : TransferStatus.Order, (2010 + i).ToString(CultureInfo.InvariantCulture), i + 1, null, sentence));
        }
    }

    private static string Text(string headline, params string[] paragraphs) => headline + "\n\n" + string.Join("\n\n", paragraphs);

    private static (Document, IReadOnlyList<Transfer>) Article(string id, string title, string published, string source, string text, params Transfer[] transfers) =>
        (new Document(id, title, DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), source, text), transfers);

    private static Transfer Fact(string text, string supplier, string supplierName, string recipient, string recipientName, string? system, WeaponCategory category, TransferStatus status, string when, int? quantity, Money? value, string sentence)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"the text does not hold the sentence '{sentence}'");
        }

        PartialDate.TryParse(when, out var date);
        return new Transfer(
            new Party(supplier, supplierName),
            new Party(recipient, recipientName),
            new SystemRef(system, category),
            status,
            Modality.Actual,
            date,
            quantity,
            value,
            new Evidence(sentence, start, start + sentence.Length));
    }
}
