using Armscope.Extraction.Evaluation;

namespace Armscope.Extraction.Tests.Evaluation;

public class GoldCorpusTests
{
    [Fact]
    public void Reads_every_gold_file_of_a_folder_in_name_order_and_nothing_else()
    {
        var dir = Directory.CreateTempSubdirectory("armscope-gold-");
        try
        {
            const string one = """{"document": {"id": "x", "title": "Two"}, "transfers": [{"supplier": "FR", "recipient": "IN", "system": "Rafale", "category": "aircraft", "status": "delivery"}]}""";
            File.WriteAllText(Path.Combine(dir.FullName, "b.gold.json"), one);
            File.WriteAllText(Path.Combine(dir.FullName, "a.gold.json"), """{"document": {"id": "a"}, "transfers": []}""");
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "not gold");
            File.WriteAllText(Path.Combine(dir.FullName, ".c.gold.json"), "hidden, as glob skips it");

            var gold = GoldCorpus.Load(dir.FullName);

            Assert.Equal(["a", "b"], gold.Documents.Select(d => d.Id));
            Assert.Equal(1, gold.RecordCount);
            Assert.Equal("Two", gold.Documents[1].Title);
            Assert.Equal("rafale", gold.Documents[1].Records[0].System);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_gold_file_without_transfers_is_rejected_with_its_name()
    {
        var dir = Directory.CreateTempSubdirectory("armscope-gold-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.gold.json"), """{"document": {"id": "bad"}}""");

            var e = Assert.Throws<FormatException>(() => GoldCorpus.Load(dir.FullName));

            Assert.Contains("bad.gold.json", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
