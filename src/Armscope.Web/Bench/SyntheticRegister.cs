using System.Globalization;
using System.Text;
using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Register.Sqlite;

namespace Armscope.Web.Bench;

/// <summary>
/// A register of made-up but well-formed deals for load measurements: real states and catalogue systems (the
/// supplier is the system's country of origin), one record per deal and a later status for a third of them,
/// four records per document, dates over 1990-2025. Deterministic for a seed.
/// </summary>
public static class SyntheticRegister
{
    private const int RecordsPerDocument = 4;

    private static readonly TransferStatus[] FirstStatuses = [TransferStatus.Interest, TransferStatus.Offer, TransferStatus.Negotiation, TransferStatus.Order, TransferStatus.Order, TransferStatus.Order];

    private static readonly TransferStatus[] LaterStatuses = [TransferStatus.Delivery, TransferStatus.Delivery, TransferStatus.Delivery, TransferStatus.Suspension, TransferStatus.Cancellation, TransferStatus.Refusal];

    /// <summary>Writes <paramref name="deals"/> deals into a new register at <paramref name="path"/>; reports progress every 10,000 documents.</summary>
    public static async Task BuildAsync(string path, int deals, Action<string>? progress = null, int seed = 20261126, CancellationToken cancellationToken = default)
    {
        var data = ReferenceData.Default;
        var states = data.Countries.Select(c => new Party(c.Code, c.Name)).ToList();
        var byCode = states.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var systems = data.Systems.Where(s => byCode.ContainsKey(s.Origin)).ToList();
        if (systems.Count == 0 || states.Count < 2)
        {
            throw new InvalidOperationException("the reference data has no systems of known origin to build deals from");
        }

        var random = new Random(seed);
        var chosen = new HashSet<(int System, int Recipient)>();
        var records = new List<Transfer>(deals + (deals / 3));
        while (chosen.Count < deals)
        {
            var s = random.Next(systems.Count);
            var r = random.Next(states.Count);
            var system = systems[s];
            if (states[r].Code == system.Origin || !chosen.Add((s, r)))
            {
                continue;
            }

            var year = 1990 + random.Next(36);
            var supplier = byCode[system.Origin];
            var quantity = random.Next(4) == 0 ? (int?)null : 1 + random.Next(60);
            var value = random.Next(3) == 0 ? new Money(1_000_000m * (1 + random.Next(5000)), "USD") : null;
            records.Add(Record(supplier, states[r], system, FirstStatuses[random.Next(FirstStatuses.Length)], new PartialDate(year, 1 + random.Next(12)), quantity, value));
            if (random.Next(3) == 0)
            {
                records.Add(Record(supplier, states[r], system, LaterStatuses[random.Next(LaterStatuses.Length)], new PartialDate(Math.Min(year + 1 + random.Next(4), 2025)), quantity, null));
            }
        }

        // Shuffle so that a deal's records land in different documents, as news does.
        for (var i = records.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (records[i], records[j]) = (records[j], records[i]);
        }

        await using var register = SqliteRegister.Open(path);
        for (var d = 0; d * RecordsPerDocument < records.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = records.Skip(d * RecordsPerDocument).Take(RecordsPerDocument).ToList();
            var text = new StringBuilder($"Synthetic dispatch {d}\n\n");
            var placed = new List<Transfer>(batch.Count);
            foreach (var t in batch)
            {
                var start = text.Length;
                text.Append(t.Evidence.Text);
                placed.Add(t with { Evidence = t.Evidence with { Start = start, End = text.Length } });
                text.Append(" Officials gave no further details.\n\n");
            }

            var published = batch.Max(t => t.When!.Value);
            var document = new Document(
                $"synthetic-{d:D6}",
                $"Dispatch {d}: {batch[0].Supplier.Name} and {batch[0].Recipient.Name}",
                new DateOnly(published.Year, published.Month ?? 6, 15),
                $"https://news.example/synthetic/{d}",
                text.ToString());
            await register.IngestAsync(document, placed, cancellationToken);
            if ((d + 1) % 10_000 == 0)
            {
                progress?.Invoke($"{d + 1:N0} documents written");
            }
        }
    }

    private static Transfer Record(Party supplier, Party recipient, WeaponSystem system, TransferStatus status, PartialDate when, int? quantity, Money? value)
    {
        var sentence = string.Create(
            CultureInfo.InvariantCulture,
            $"{supplier.Name} {Verb(status)} {(quantity is { } q ? q + " " : "")}{system.Designation} {Noun(system.Category)} {(status is TransferStatus.Interest ? "from" : "to")} {recipient.Name} in {when}{(value is null ? "" : $" for ${value.Amount / 1_000_000m:N0} million")}.");
        return new Transfer(supplier, recipient, new SystemRef(system.Designation, system.Category), status, Modality.Actual, when, quantity, value, new Evidence(sentence, 0, sentence.Length));
    }

    private static string Verb(TransferStatus status) => status switch
    {
        TransferStatus.Interest => "was asked for",
        TransferStatus.Offer => "offered",
        TransferStatus.Negotiation => "negotiated the sale of",
        TransferStatus.Order => "sold",
        TransferStatus.Delivery => "delivered",
        TransferStatus.Suspension => "suspended deliveries of",
        TransferStatus.Cancellation => "cancelled the sale of",
        _ => "refused to sell",
    };

    private static string Noun(WeaponCategory category) => category switch
    {
        WeaponCategory.Aircraft => "aircraft",
        WeaponCategory.Ships => "ships",
        WeaponCategory.ArmouredVehicles => "armoured vehicles",
        _ => "systems",
    };
}
