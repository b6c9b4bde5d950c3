using System.Text.RegularExpressions;
using static Armscope.Register.Tests.Duplicates.WireTexts;

namespace Armscope.Cli.Tests;

/// <summary>A syndicated copy through the real `armscope ingest`, `show` and `export`: counted as a near duplicate, listed as a source.</summary>
public sealed partial class NearDuplicateCliTests : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);
    private readonly RegisterLocations _locations = new();

    [SkippableTheory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Ingest_counts_a_syndicated_copy_as_a_near_duplicate_and_show_lists_every_source(string backEnd)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_locations.Folder, "wire")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a-wire.txt"), $"Poland signs for more K2 tanks\n\n{WireText}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b-arrival.txt"), $"First K2 tanks of new batch reach Poland\n\n{SameSubjectText}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "c-courier.txt"), $"Warsaw orders 180 K2 tanks from Seoul\n\n{SyndicatedText}\n");
        var db = _locations.Of(backEnd, "near");

        var (code, first) = await ArmscopeProcess.RunAsync(RunLimit, "ingest", "--db", db, "--published", "2025-08-06", "--parallel", "1", folder);
        var (showCode, shown) = await ArmscopeProcess.RunAsync(RunLimit, "show", "--db", db, "KR|PL|K2");
        var (_, again) = await ArmscopeProcess.RunAsync(RunLimit, "ingest", "--db", db, folder);

        Assert.True(code == 0, first);
        Assert.Equal(2, Count(first, "documents new"));
        Assert.Equal(1, Count(first, "documents merged as near duplicates (edited copies)"));
        Assert.Contains(": 2 documents, ", first, StringComparison.Ordinal);
        Assert.True(showCode == 0, shown);
        Assert.Contains("from 2 documents (3 copies, see sources)", shown, StringComparison.Ordinal);
        Assert.Contains("c-courier.txt", shown, StringComparison.Ordinal);
        Assert.Contains("near copy", shown, StringComparison.Ordinal);
        Assert.Equal(0, Count(again, "documents merged as near duplicates (edited copies)"));
        Assert.Equal(3, Count(again, "documents skipped (already ingested)"));
    }

    public void Dispose() => _locations.Dispose();

    /// <summary>The count on the summary table's row with this label.</summary>
    private static int Count(string output, string label)
    {
        var match = Regex.Match(output, Regex.Escape(label) + @"\s*│\s*([\d,]+)\s*│");
        Assert.True(match.Success, $"no row '{label}' in:\n{output}");
        return int.Parse(match.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
