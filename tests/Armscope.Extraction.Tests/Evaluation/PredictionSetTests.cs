using Armscope.Extraction.Evaluation;

namespace Armscope.Extraction.Tests.Evaluation;

public class PredictionSetTests
{
    [Theory]
    [InlineData("d001", "d001")]
    [InlineData("d001.txt", "d001")]
    [InlineData("corpus/dev/articles/d001.txt", "d001")]
    [InlineData("d001.gold.json", "d001")]
    [InlineData("reuters.2019.04.29", "reuters.2019.04")]
    [InlineData(".hidden", ".hidden")]
    [InlineData(null, "")]
    public void Documents_are_joined_on_the_base_name_without_extension(string? id, string key) =>
        Assert.Equal(key, PredictionSet.DocumentKey(id));

    [Fact]
    public void Blank_lines_are_skipped_and_missing_transfers_mean_none()
    {
        var set = PredictionSet.Parse(["", """{"document": {"id": "a.txt"}}""", "  ", """{"document": {"id": "b"}, "transfers": [{"supplier": "RU"}]}"""]);

        Assert.Equal(2, set.LineCount);
        Assert.True(set.TryGet("a", out var a));
        Assert.Empty(a);
        Assert.True(set.TryGet("b", out var b));
        Assert.Equal("RU", Assert.Single(b).Supplier);
    }

    [Fact]
    public void A_line_that_is_not_json_names_its_line_number()
    {
        var e = Assert.Throws<FormatException>(() => PredictionSet.Parse(["""{"document": {"id": "a"}, "transfers": []}""", "{oops"]));

        Assert.StartsWith("line 2:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_taken_for_predictions_when_its_first_line_has_transfers()
    {
        var dir = Directory.CreateTempSubdirectory("armscope-eval-");
        try
        {
            var predictions = Path.Combine(dir.FullName, "pred.jsonl");
            var documents = Path.Combine(dir.FullName, "docs.jsonl");
            var text = Path.Combine(dir.FullName, "article.txt");
            File.WriteAllText(predictions, "\n{\"document\": {\"id\": \"a\"}, \"transfers\": []}\n");
            File.WriteAllText(documents, "{\"id\": \"a\", \"text\": \"Turkey bought the S-400.\"}\n");
            File.WriteAllText(text, "Turkey buys S-400\n\nTurkey bought the S-400.\n");

            Assert.True(PredictionSet.IsPredictionFile(predictions));
            Assert.False(PredictionSet.IsPredictionFile(documents));
            Assert.False(PredictionSet.IsPredictionFile(text));
            Assert.False(PredictionSet.IsPredictionFile(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
