using System.Globalization;
using System.Text;
using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;

namespace Armscope.Cli.Bench;

/// <summary>
/// Writes news-style articles about arms transfers from templates: real states and catalogued systems, varied
/// wording for every status, dates, quantities and values, background paragraphs without transfers, and a share
/// of reprints (the same text again) and updated copies (a wire story with a line added), as feeds deliver them.
/// Document i depends only on (seed, i): any slice of a corpus can be regenerated without the rest.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>Share of documents that repeat an earlier one word for word.</summary>
    public const double ReprintShare = 0.02;

    /// <summary>Share of documents that repeat an earlier one with an update line added.</summary>
    public const double UpdateShare = 0.03;

    private static readonly DateOnly FirstDay = new(2012, 1, 1);
    private const int Days = 14 * 365;

    private readonly int _seed;
    private readonly Country[] _states;
    private readonly Country[] _exporters;
    private readonly (string Name, WeaponCategory Category, Country? Origin)[] _systems;

    public CorpusGenerator(ReferenceData data, int seed = 1)
    {
        _seed = seed;
        _states = data.Countries.Where(c => c.Demonyms.Count > 0 && c.Name.Length <= 24).OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        var exporterCodes = new HashSet<string>(["US", "RU", "FR", "DE", "CN", "GB", "IT", "KR", "TR", "IL", "ES", "SE", "NL", "UA", "IN", "BR", "JP", "AU", "NO", "PL"], StringComparer.Ordinal);
        _exporters = _states.Where(c => exporterCodes.Contains(c.Code)).ToArray();
        _systems = data.Systems
            .Where(s => Nouns.ContainsKey(s.Category) && s.Designation.Length <= 16 && !s.Designation.Contains('(', StringComparison.Ordinal))
            .OrderBy(s => s.Designation, StringComparer.Ordinal)
            .Select(s => (s.Designation, s.Category, _states.FirstOrDefault(c => c.Code == s.Origin)))
            .ToArray();
        if (_states.Length < 2 || _exporters.Length < 2 || _systems.Length == 0)
        {
            throw new InvalidDataException("the reference data has too few states or systems to generate articles from");
        }
    }

    /// <summary>Documents 0..count-1, lazily.</summary>
    public IEnumerable<Document> Generate(long count)
    {
        for (long i = 0; i < count; i++)
        {
            yield return Document(i);
        }
    }

    /// <summary>Document number <paramref name="index"/> of this seed's corpus.</summary>
    public Document Document(long index)
    {
        var random = RandomFor(index);
        var roll = random.NextDouble();
        if (index > 10 && roll < ReprintShare + UpdateShare)
        {
            var original = Original(random.NextInt64(index), out var story);
            var id = Id(index);
            if (roll < ReprintShare)
            {
                return original with { Id = id, Source = $"https://{Pick(random, Outlets)}/{id}" };
            }

            var update = Fill(random, Pick(random, Updates), story);
            return original with { Id = id, Source = $"https://{Pick(random, Outlets)}/{id}", Text = original.Text + "\n\n" + update };
        }

        return Original(index, out _);
    }

    private Document Original(long index, out Story story)
    {
        var random = RandomFor(index);
        random.NextDouble(); // the reprint roll
        story = NewStory(random);
        var text = new StringBuilder(2400);
        var headline = Fill(random, Pick(random, Headlines[story.Status]), story);
        text.Append(headline).Append("\n\n");
        Paragraph(text, Fill(random, Pick(random, Leads[story.Status]), story));
        if (random.NextDouble() < 0.7)
        {
            Paragraph(text, Fill(random, Pick(random, Details[story.Status]), story));
        }

        // Distinct background sentences, one or two to a paragraph.
        var background = new List<string>();
        var order = Enumerable.Range(0, Background.Length).OrderBy(_ => random.Next()).ToArray();
        var used = 0;
        for (var k = random.Next(4, 9); k > 0 && used < order.Length; k--)
        {
            var paragraph = Fill(random, Background[order[used++]], story);
            if (random.NextDouble() < 0.4 && used < order.Length)
            {
                paragraph += " " + Fill(random, Background[order[used++]], story);
            }

            background.Add(paragraph);
        }

        if (random.NextDouble() < 0.5)
        {
            // An earlier stage of the same deal, told in passing.
            var earlier = story with { Status = Earlier(story.Status), Date = story.Date.AddDays(-random.Next(90, 900)) };
            background.Insert(random.Next(background.Count + 1), Fill(random, Pick(random, Leads[earlier.Status]), earlier));
        }

        if (random.NextDouble() < 0.35)
        {
            var other = NewStory(random) with { Published = story.Published };
            background.Insert(random.Next(background.Count + 1), Fill(random, Pick(random, Leads[other.Status]), other));
        }

        foreach (var paragraph in background)
        {
            Paragraph(text, paragraph);
        }

        var id = Id(index);
        return new Document(id, headline, story.Published, $"https://{Pick(random, Outlets)}/{id}", text.ToString().TrimEnd());
    }

    private static void Paragraph(StringBuilder text, string paragraph) => text.Append(paragraph).Append("\n\n");

    private string Id(long index) => string.Create(CultureInfo.InvariantCulture, $"gen-{_seed}-{index:D7}");

    private Random RandomFor(long index) => new(HashCode.Combine(_seed, index));

    private Story NewStory(Random random)
    {
        // Mostly the system's maker sells it; now and then a third state passes on what it bought.
        var system = Pick(random, _systems);
        var supplier = system.Origin is { } origin && random.NextDouble() < 0.9 ? origin : Pick(random, _exporters);
        Country recipient;
        do
        {
            recipient = Pick(random, _states);
        }
        while (recipient.Code == supplier.Code);

        var date = FirstDay.AddDays(random.Next(Days));
        var published = date.AddDays(random.Next(0, 20));
        return new Story(supplier, recipient, system.Name, system.Category, Pick(random, Statuses), date, published, random.Next(2, 60), random.Next(1, 400) * 25);
    }

    private static TransferStatus Earlier(TransferStatus status) => status switch
    {
        TransferStatus.Delivery => TransferStatus.Order,
        TransferStatus.Order => TransferStatus.Negotiation,
        TransferStatus.Negotiation => TransferStatus.Interest,
        TransferStatus.Suspension or TransferStatus.Cancellation => TransferStatus.Order,
        TransferStatus.Refusal => TransferStatus.Interest,
        _ => TransferStatus.Interest,
    };

    /// <summary>Replaces {slots} in a template with the story's words, choosing among the ways each can be written.</summary>
    private string Fill(Random random, string template, Story story)
    {
        var text = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                text.Append(template, i, template.Length - i);
                break;
            }

            text.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            text.Append(Slot(random, template[(open + 1)..close], story));
            i = close + 1;
        }

        // A slot at the start of a sentence ("the Kremlin") takes a capital.
        if (text.Length > 0 && char.IsLower(text[0]))
        {
            text[0] = char.ToUpperInvariant(text[0]);
        }

        return text.ToString();
    }

    private string Slot(Random random, string name, Story s) => name switch
    {
        "supplier" => Name(random, s.Supplier),
        "recipient" => Name(random, s.Recipient),
        "Supplier" => s.Supplier.Name,
        "Recipient" => s.Recipient.Name,
        "supplierAdj" => Pick(random, s.Supplier.Demonyms),
        "recipientAdj" => Pick(random, s.Recipient.Demonyms),
        "system" => s.System,
        "kind" => Pick(random, Nouns[s.Category]),
        "n" => random.NextDouble() < 0.3 && s.Quantity <= 12 ? NumberWords[s.Quantity] : s.Quantity.ToString(CultureInfo.InvariantCulture),
        "value" => Value(random, s),
        "date" => DatePhrase(random, s.Date, s.Published),
        "year" => s.Date.Year.ToString(CultureInfo.InvariantCulture),
        "third" => Pick(random, _states).Name,
        "official" => Pick(random, Officials),
        "said" => Pick(random, Said),
        "analyst" => Pick(random, Analysts),
        "region" => Pick(random, Regions),
        "topic" => Pick(random, Topics),
        "percent" => random.Next(2, 19).ToString(CultureInfo.InvariantCulture),
        "weeks" => random.Next(2, 12).ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"unknown template slot {{{name}}}"),
    };

    private static string Name(Random random, Country country)
    {
        // Mostly the common name, sometimes a capital or institution standing for the state.
        if (country.Metonyms.Count > 0 && random.NextDouble() < 0.2)
        {
            return Pick(random, country.Metonyms);
        }

        return country.Names.Count > 0 && random.NextDouble() < 0.15 ? Pick(random, country.Names) : country.Name;
    }

    private static string Value(Random random, Story s)
    {
        var (symbol, code) = Pick(random, Currencies);
        var millions = s.ValueMillions;
        var amount = millions >= 1000
            ? Pick(random, ["{0}{1:0.##} billion", "{0}{1:0.#}bn", "{2} {1:0.##} billion"])
            : Pick(random, ["{0}{3} million", "{0}{3}m", "{2} {3} million"]);
        return string.Format(CultureInfo.InvariantCulture, amount, symbol, millions / 1000.0, code, millions);
    }

    private static string DatePhrase(Random random, DateOnly date, DateOnly published)
    {
        var month = date.ToString("MMMM", CultureInfo.InvariantCulture);
        return random.Next(7) switch
        {
            0 => $"in {month} {date.Year}",
            1 => $"on {date.Day} {month} {date.Year}",
            2 => $"on {month} {date.Day}, {date.Year}",
            3 => $"in {date.Year}",
            4 => date.Year == published.Year && date.Month == published.Month ? "this month" : $"in early {month} {date.Year}",
            5 => $"in late {date.Year}",
            _ => $"in {month}",
        };
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private sealed record Story(
        Country Supplier,
        Country Recipient,
        string System,
        WeaponCategory Category,
        TransferStatus Status,
        DateOnly Date,
        DateOnly Published,
        int Quantity,
        int ValueMillions);

    private static readonly TransferStatus[] Statuses =
    [
        TransferStatus.Order, TransferStatus.Order, TransferStatus.Order, TransferStatus.Delivery, TransferStatus.Delivery, TransferStatus.Delivery,
        TransferStatus.Offer, TransferStatus.Negotiation, TransferStatus.Interest, TransferStatus.Suspension, TransferStatus.Cancellation, TransferStatus.Refusal,
    ];

    private static readonly Dictionary<WeaponCategory, string[]> Nouns = new()
    {
        [WeaponCategory.Aircraft] = ["fighter jets", "aircraft", "combat aircraft", "helicopters", "jets", "planes"],
        [WeaponCategory.AirDefenceSystems] = ["air defence systems", "air-defence batteries", "surface-to-air missile systems", "air defense systems"],
        [WeaponCategory.ArmouredVehicles] = ["tanks", "armoured vehicles", "infantry fighting vehicles", "armored personnel carriers", "main battle tanks"],
        [WeaponCategory.Artillery] = ["howitzers", "self-propelled howitzers", "artillery systems", "rocket launchers"],
        [WeaponCategory.Missiles] = ["missiles", "anti-ship missiles", "cruise missiles", "anti-tank missiles"],
        [WeaponCategory.Ships] = ["frigates", "corvettes", "submarines", "patrol vessels", "warships"],
        [WeaponCategory.Sensors] = ["radars", "radar systems", "sensors"],
        [WeaponCategory.Engines] = ["engines", "turbofan engines"],
    };

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly (string Symbol, string Code)[] Currencies = [("$", "USD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("US$", "USD")];

    private static readonly string[] Outlets = ["wire.example", "defence-daily.example", "the-ledger.example", "eastern-herald.example", "gulf-monitor.example", "pacific-post.example"];

    private static readonly string[] Officials =
        ["a defence ministry spokesman", "the procurement agency", "a senior official", "the deputy defence minister", "an embassy spokeswoman", "the chief of the air staff", "a parliamentary aide"];

    private static readonly string[] Said = ["said", "told reporters", "confirmed", "noted", "added", "said on condition of anonymity"];

    private static readonly string[] Analysts =
        ["an analyst at a London think tank", "a researcher who follows the region's procurement", "a retired general", "an industry consultant", "a budget expert"];

    private static readonly string[] Regions = ["the Black Sea", "the Gulf", "the South China Sea", "the Baltic", "the Sahel", "the Eastern Mediterranean", "the Horn of Africa", "the Andes"];

    private static readonly string[] Topics =
        ["pension reform", "the harvest", "a fuel subsidy", "the coming election", "a port expansion", "inflation", "a teachers' strike", "the new rail line"];

    private static readonly Dictionary<TransferStatus, string[]> Headlines = new()
    {
        [TransferStatus.Order] = ["{Recipient} orders {system} {kind} from {Supplier}", "{Recipient} signs deal for {system}", "{supplierAdj} {system} deal sealed", "{Recipient} buys {n} {system}"],
        [TransferStatus.Delivery] = ["First {system} arrive in {Recipient}", "{Supplier} hands over {system} {kind}", "{Recipient} takes delivery of {system}", "{system} deliveries to {Recipient} begin"],
        [TransferStatus.Offer] = ["{Supplier} offers {system} to {Recipient}", "{supplierAdj} sale of {system} cleared", "{Supplier} pitches {system} {kind}"],
        [TransferStatus.Negotiation] = ["{Recipient} and {Supplier} in talks over {system}", "Talks on {system} for {Recipient} continue", "{system} negotiations enter new round"],
        [TransferStatus.Interest] = ["{Recipient} eyes {system}", "{Recipient} wants {supplierAdj} {kind}", "{Recipient} considers {system} purchase"],
        [TransferStatus.Suspension] = ["{Supplier} freezes {system} deliveries", "{system} transfers to {Recipient} on hold", "{Supplier} halts arms shipments to {Recipient}"],
        [TransferStatus.Cancellation] = ["{Recipient} scraps {system} deal", "{system} contract cancelled", "{Recipient} walks away from {supplierAdj} deal"],
        [TransferStatus.Refusal] = ["{Supplier} blocks {system} sale", "{Supplier} says no to {recipientAdj} request", "{system} export to {Recipient} denied"],
    };

    private static readonly Dictionary<TransferStatus, string[]> Leads = new()
    {
        [TransferStatus.Order] =
        [
            "{recipient} has ordered {n} {system} {kind} from {supplier}, {official} {said} {date}.",
            "{recipient} signed a contract with {supplier} {date} to buy {n} {system} {kind} worth {value}.",
            "{recipient} agreed {date} to purchase {system} {kind} from {supplier} for {value}.",
            "The government of {recipient} placed an order for {n} {supplierAdj} {system} {kind} {date}.",
            "{supplier} sold {n} {system} {kind} to {recipient} {date}, in a deal valued at {value}.",
            "{date}, {recipient} finalised a {value} agreement with {supplier} for {n} {system}.",
            "Defence officials in {recipient} sealed a deal {date} to acquire {system} {kind} from {supplier}.",
        ],
        [TransferStatus.Delivery] =
        [
            "{supplier} delivered {n} {system} {kind} to {recipient} {date}.",
            "{recipient} received the first {n} {system} {kind} from {supplier} {date}, {official} {said}.",
            "The first batch of {supplierAdj} {system} {kind} arrived in {recipient} {date}.",
            "{supplier} handed over {n} {system} to the armed forces of {recipient} {date}.",
            "{date}, {supplier} completed delivery of the {system} {kind} ordered by {recipient}.",
            "{recipient} took delivery of {n} {supplierAdj}-built {system} {kind} {date}.",
        ],
        [TransferStatus.Offer] =
        [
            "{supplier} has offered {system} {kind} to {recipient}, {official} {said} {date}.",
            "{supplier} approved a possible sale of {n} {system} {kind} to {recipient} {date}, estimated at {value}.",
            "{supplier} is ready to supply {system} {kind} to {recipient}, {official} {said}.",
            "{date}, {supplier} proposed to sell {n} {system} to {recipient}.",
        ],
        [TransferStatus.Negotiation] =
        [
            "{recipient} is in talks with {supplier} over the purchase of {n} {system} {kind}, {official} {said}.",
            "{recipient} and {supplier} are negotiating a deal for {system} {kind}, {official} {said} {date}.",
            "Negotiations between {recipient} and {supplier} on {system} {kind} resumed {date}.",
        ],
        [TransferStatus.Interest] =
        [
            "{recipient} is interested in buying {supplierAdj} {system} {kind}, {official} {said} {date}.",
            "{recipient} wants to acquire {n} {system} {kind} from {supplier}, {official} {said}.",
            "{recipient} sent a letter of request to {supplier} for {system} {kind} {date}.",
            "{recipient} has expressed interest in the {supplierAdj} {system}, {official} {said}.",
        ],
        [TransferStatus.Suspension] =
        [
            "{supplier} suspended deliveries of {system} {kind} to {recipient} {date}.",
            "{supplier} froze the transfer of {system} {kind} to {recipient} {date}, {official} {said}.",
            "Shipments of {supplierAdj} {system} {kind} to {recipient} were halted {date}.",
        ],
        [TransferStatus.Cancellation] =
        [
            "{recipient} cancelled its order for {n} {system} {kind} from {supplier} {date}.",
            "{recipient} scrapped the {value} deal for {supplierAdj} {system} {kind} {date}.",
            "{recipient} withdrew from the agreement to buy {system} {kind} from {supplier} {date}, {official} {said}.",
        ],
        [TransferStatus.Refusal] =
        [
            "{supplier} refused to sell {system} {kind} to {recipient}, {official} {said} {date}.",
            "{supplier} blocked the sale of {system} {kind} to {recipient} {date}.",
            "{supplier} rejected a request from {recipient} for {n} {system} {kind} {date}.",
        ],
    };

    private static readonly Dictionary<TransferStatus, string[]> Details = new()
    {
        [TransferStatus.Order] =
        [
            "The package includes training, spare parts and maintenance for {weeks} years, {official} {said}.",
            "Under the contract, the first units are due within {weeks} months of signing.",
            "The {system} will replace older {kind} that have been in service since the 1980s.",
        ],
        [TransferStatus.Delivery] =
        [
            "The remaining units are expected over the next {weeks} months, {official} {said}.",
            "Crews trained for {weeks} weeks before the handover ceremony at an air base near the capital.",
            "The {kind} will be based close to {region}, {analyst} {said}.",
        ],
        [TransferStatus.Offer] =
        [
            "The offer includes local assembly and a transfer of technology, {official} {said}.",
            "Lawmakers have {weeks} days to review the proposed sale.",
        ],
        [TransferStatus.Negotiation] =
        [
            "The price and the share of local production remain the main points of contention, {analyst} {said}.",
            "A delegation is expected to return for another round in {weeks} weeks.",
        ],
        [TransferStatus.Interest] =
        [
            "No decision has been taken yet, and other options are still being studied, {official} {said}.",
            "The air force has long argued that it needs {kind} with a longer range.",
        ],
        [TransferStatus.Suspension] =
        [
            "The decision follows concerns over the conflict near {region}, {official} {said}.",
            "Industry groups warned that the freeze could cost thousands of jobs.",
        ],
        [TransferStatus.Cancellation] =
        [
            "Officials cited rising costs and delays as the reasons for the decision.",
            "The cancellation could lead to compensation claims, {analyst} {said}.",
        ],
        [TransferStatus.Refusal] =
        [
            "The request was turned down on human rights grounds, {official} {said}.",
            "Officials said export rules did not allow the transfer at this time.",
        ],
    };

    private static readonly string[] Background =
    [
        "Defence spending in the region has risen by about {percent} percent over the past two years, according to {analyst}.",
        "The announcement came as lawmakers debated {topic} for a second week.",
        "Naval patrols near {region} have grown more frequent this year, {official} {said}.",
        "\"We are modernising our forces step by step, within the budget we have,\" {official} {said}.",
        "{analyst} {said} the move reflected a wider shift in how the country approaches its security.",
        "Opposition politicians have criticised the government's handling of {topic}.",
        "The ministry did not say when the next budget review would take place.",
        "Joint exercises with {third} were held near {region} earlier this year.",
        "A spokesman for the foreign ministry declined to comment on the talks.",
        "Military planners have warned for years that parts of the fleet are ageing.",
        "The country's economy grew by {percent} percent last year, official figures show.",
        "Critics say the money would be better spent on {topic}.",
        "\"This is about deterrence, not about escalation,\" {official} {said}.",
        "Local industry hopes to win a share of the maintenance work, {analyst} {said}.",
        "Relations between the two capitals have been tested by a dispute over {topic}.",
        "A parliamentary committee is due to publish its report on procurement within {weeks} weeks.",
        "The finance ministry has asked every department to trim its spending by {percent} percent.",
        "Satellite images published this spring showed new hangars under construction at two bases.",
        "{analyst} {said} that training pilots and technicians would take longer than buying the equipment.",
        "Veterans' groups held a rally outside the ministry on Saturday to demand better pensions.",
        "The navy's last major purchase was made more than a decade ago.",
        "\"Every option remains on the table,\" {official} {said}, without giving details.",
        "Diplomats from both countries met in {third} last month to discuss trade and energy.",
        "Storms delayed the unloading of cargo at the main port for several days.",
        "The defence budget for next year is expected to be presented to parliament in {weeks} weeks.",
        "Neighbouring states have watched the build-up near {region} with concern.",
        "A recent survey found that a majority of voters care more about {topic} than about defence.",
        "The opposition has promised to review all large contracts if it wins power.",
        "{official} {said} the government would publish a new white paper on security before the end of the year.",
        "Industry executives are expected to attend a trade fair in {third} later this year.",
    ];

    private static readonly string[] Updates =
    [
        "This story has been updated with comment from {official}.",
        "Updated to add details of the schedule.",
        "Corrects the spelling of a name in the fourth paragraph.",
        "Adds reaction from {analyst}.",
    ];
}
