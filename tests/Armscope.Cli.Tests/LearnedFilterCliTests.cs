using System.Text.Json;

namespace Armscope.Cli.Tests;

/// <summary>`extract --learned`: off by default, only ever drops records, and explains each decision with its score.</summary>
public sealed class LearnedFilterCliTests
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);

    private const string Article =
        "Russia sold 12 Su-35 fighter jets to Egypt in 2018.\n\n" +
        "Egypt ordered 24 Rafale jets from France in 2015. Germany adopted stricter rules on arms exports last year.\n";

    private static async Task<string> Extract(string file, params string[] options)
    {
        var (code, output) = await ArmscopeProcess.RunAsync(RunLimit, ["extract", "--published", "2024-05-01", .. options, file]);
        Assert.True(code == 0, output);
        return output;
    }

    private static List<string> Records(string jsonLine) =>
        JsonDocument.Parse(jsonLine).RootElement.GetProperty("transfers").EnumerateArray()
            .Select(t => $"{t.GetProperty("supplier")} {t.GetProperty("recipient")} {t.GetProperty("status")} {t.GetProperty("evidence")}")
            .ToList();

    [Fact]
    public async Task Learned_records_are_a_subset_of_the_plain_ones_and_each_shows_its_score()
    {
        var file = Path.Combine(Path.GetTempPath(), $"armscope-learned-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, Article);
        try
        {
            var plain = Records(await Extract(file, "--json"));
            var learned = Records(await Extract(file, "--json", "--learned"));
            var explained = await Extract(file, "--explain", "--learned");

            Assert.NotEmpty(plain);
            Assert.All(learned, r => Assert.Contains(r, plain));
            Assert.Equal(plain.Count, explained.Split('\n').Count(l => l.Contains("learned: sentence score", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
