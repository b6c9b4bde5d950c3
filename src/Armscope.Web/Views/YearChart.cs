using System.Globalization;
using Armscope.Register.Web;

namespace Armscope.Web.Views;

/// <summary>One stacked piece of a year's bar.</summary>
public sealed record ChartBlock(double X, double Y, double Width, double Height, int Series, string Label);

/// <summary>A labelled tick on an axis.</summary>
public sealed record ChartTick(double Position, string Label);

/// <summary>A series of the chart: one supplier, or everyone else.</summary>
public sealed record ChartSeries(int Index, string Name, string? Code, long Total);

/// <summary>
/// Deals per year by supplier as stacked bars, laid out on the server for an inline SVG (no script, no inline style):
/// the top suppliers each get a series, the rest share one.
/// </summary>
public sealed record YearChart(
    double Width,
    double Height,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartBlock> Blocks,
    IReadOnlyList<ChartTick> XTicks,
    IReadOnlyList<ChartTick> YTicks,
    IReadOnlyList<(int Year, IReadOnlyList<long> Values)> Table)
{
    public const int MaxSeries = 6;
    public const int MaxYears = 40;
    public const double Left = 48;
    public const double Bottom = 28;
    public const double Top = 12;
    public const double Right = 8;

    public bool IsEmpty => Blocks.Count == 0;

    public static YearChart Of(IReadOnlyList<YearCount> counts, double width = 760, double height = 280)
    {
        var years = counts.Select(c => c.Year).Distinct().Order().ToList();
        if (years.Count > MaxYears)
        {
            years = years.TakeLast(MaxYears).ToList();
        }

        var kept = counts.Where(c => years.Count > 0 && c.Year >= years[0]).ToList();
        var top = kept
            .GroupBy(c => c.Supplier.Code, StringComparer.Ordinal)
            .Select(g => (Party: g.First().Supplier, Total: g.Sum(c => c.Deals)))
            .OrderByDescending(p => p.Total)
            .ThenBy(p => p.Party.Code, StringComparer.Ordinal)
            .ToList();
        var named = top.Take(MaxSeries).ToList();
        var series = named.Select((p, i) => new ChartSeries(i, p.Party.Name, p.Party.Code, p.Total)).ToList();
        var othersTotal = top.Skip(MaxSeries).Sum(p => p.Total);
        if (othersTotal > 0)
        {
            series.Add(new ChartSeries(MaxSeries, "Other suppliers", null, othersTotal));
        }

        var index = named.Select((p, i) => (p.Party.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var firstYear = years.Count > 0 ? years[0] : 0;
        var lastYear = years.Count > 0 ? years[^1] : 0;
        var span = years.Count == 0 ? 0 : lastYear - firstYear + 1;
        var values = new long[span, series.Count];
        foreach (var c in kept)
        {
            var s = index.TryGetValue(c.Supplier.Code, out var i) ? i : MaxSeries;
            values[c.Year - firstYear, Math.Min(s, series.Count - 1)] += c.Deals;
        }

        var table = Enumerable.Range(0, span)
            .Select(y => (firstYear + y, (IReadOnlyList<long>)Enumerable.Range(0, series.Count).Select(s => values[y, s]).ToList()))
            .ToList();
        var max = table.Count == 0 ? 0 : table.Max(t => t.Item2.Sum());
        var scaleMax = NiceCeiling(max);
        var plotWidth = width - Left - Right;
        var plotHeight = height - Top - Bottom;
        var slot = span == 0 ? 0 : plotWidth / span;
        var barWidth = Math.Max(slot * 0.7, 1);
        var blocks = new List<ChartBlock>();
        for (var y = 0; y < span; y++)
        {
            var baseline = Top + plotHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var v = values[y, s];
                if (v == 0)
                {
                    continue;
                }

                var h = plotHeight * v / scaleMax;
                baseline -= h;
                blocks.Add(new ChartBlock(
                    Round(Left + (y * slot) + ((slot - barWidth) / 2)),
                    Round(baseline),
                    Round(barWidth),
                    Round(h),
                    series[s].Index,
                    string.Create(CultureInfo.InvariantCulture, $"{firstYear + y}, {series[s].Name}: {v} deal{(v == 1 ? "" : "s")}")));
            }
        }

        var step = Math.Max(1, (int)Math.Ceiling(span / 12.0));
        var xTicks = Enumerable.Range(0, span)
            .Where(y => y % step == 0)
            .Select(y => new ChartTick(Round(Left + (y * slot) + (slot / 2)), (firstYear + y).ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var yTicks = Enumerable.Range(0, 5)
            .Select(i => scaleMax * i / 4)
            .Distinct()
            .Select(v => new ChartTick(Round(Top + plotHeight - (plotHeight * v / scaleMax)), v.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return new YearChart(width, height, series, blocks, xTicks, yTicks, table);
    }

    /// <summary>1, 2, 5 times a power of ten, at least 4 so four ticks are whole numbers.</summary>
    private static long NiceCeiling(long max)
    {
        if (max <= 4)
        {
            return 4;
        }

        var magnitude = (long)Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var f in new[] { 1, 2, 4, 5, 10 })
        {
            if (f * magnitude >= max)
            {
                return f * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static double Round(double v) => Math.Round(v, 1);
}
