using System.Globalization;
using System.Text;
using Armscope.Core.Vocabulary;

namespace Armscope.Register.Export;

/// <summary>
/// Deals as CSV in the spirit of SIPRI's trade register: one row per deal with year of order, years of
/// delivery, numbers and value. RFC 4180 quoting, LF line ends, merge-key order: byte-identical for the same register.
/// </summary>
public static class CsvExport
{
    public static readonly IReadOnlyList<string> Header =
    [
        "deal_id", "supplier", "supplier_name", "recipient", "recipient_name", "designation", "category", "status",
        "order_year", "quantity", "delivery_years", "value", "currency", "first_seen", "last_seen", "sources", "records",
    ];

    public static async Task WriteAsync(IRegister register, TextWriter output, CancellationToken cancellationToken = default)
    {
        await output.WriteAsync(string.Join(',', Header) + "\n");
        await foreach (var detail in register.ReadAllDealsAsync(cancellationToken))
        {
            await output.WriteAsync(Row(detail) + "\n");
        }
    }

    /// <summary>One deal's row, without the line end.</summary>
    public static string Row(DealDetail detail)
    {
        var deal = detail.Deal;
        string?[] fields =
        [
            deal.Id,
            deal.Supplier.Code,
            deal.Supplier.Name,
            deal.Recipient.Code,
            deal.Recipient.Name,
            deal.System,
            deal.Category.ToSpecName(),
            deal.Status.ToSpecName(),
            OrderYear(detail.Timeline)?.ToString(CultureInfo.InvariantCulture),
            deal.Quantity?.ToString(CultureInfo.InvariantCulture),
            DeliveryYears(detail.Timeline),
            deal.Value is null ? null : StoredForm.Amount(deal.Value.Amount),
            deal.Value?.Currency,
            deal.FirstSeen?.ToString(),
            deal.LastSeen?.ToString(),
            deal.Documents.ToString(CultureInfo.InvariantCulture),
            deal.Records.ToString(CultureInfo.InvariantCulture),
        ];
        return string.Join(',', fields.Select(Quote));
    }

    /// <summary>Year of the earliest order stated as fact (dated by the text, else by its first report).</summary>
    public static int? OrderYear(IReadOnlyList<DealEvent> timeline) =>
        timeline
            .Where(e => e.Status == TransferStatus.Order && e.Modality == Modality.Actual && e.Date is not null)
            .Select(e => (int?)e.Date!.Value.Year)
            .Min();

    /// <summary>Years with deliveries stated as fact, runs collapsed as SIPRI writes them: "2019-2021; 2023".</summary>
    public static string? DeliveryYears(IReadOnlyList<DealEvent> timeline)
    {
        var years = timeline
            .Where(e => e.Status == TransferStatus.Delivery && e.Modality == Modality.Actual && e.Date is not null)
            .Select(e => e.Date!.Value.Year)
            .Distinct()
            .Order()
            .ToList();
        if (years.Count == 0)
        {
            return null;
        }

        var runs = new List<string>();
        var start = years[0];
        for (var i = 1; i <= years.Count; i++)
        {
            if (i < years.Count && years[i] == years[i - 1] + 1)
            {
                continue;
            }

            var end = years[i - 1];
            runs.Add(end == start ? $"{start}" : $"{start}-{end}");
            if (i < years.Count)
            {
                start = years[i];
            }
        }

        return string.Join("; ", runs);
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return field;
        }

        var quoted = new StringBuilder(field.Length + 2).Append('"');
        foreach (var c in field)
        {
            quoted.Append(c == '"' ? "\"\"" : c);
        }

        return quoted.Append('"').ToString();
    }
}
