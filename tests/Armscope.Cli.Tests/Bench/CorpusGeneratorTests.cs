using Armscope.Cli.Bench;
using Armscope.Core.Reference;
using Armscope.Extraction;

namespace Armscope.Cli.Tests.Bench;

public class CorpusGeneratorTests
{
    private static readonly CorpusGenerator Generator = new(ReferenceData.Default, seed: 3);

    [Fact]
    public void An_article_depends_only_on_the_seed_and_its_number()
    {
        var again = new CorpusGenerator(ReferenceData.Default, seed: 3);

        Assert.Equal(Generator.Document(1234), again.Document(1234));
        Assert.Equal(Generator.Generate(50).ToList(), again.Generate(50).ToList());
        Assert.NotEqual(Generator.Document(7).Text, new CorpusGenerator(ReferenceData.Default, seed: 4).Document(7).Text);
    }

    [Fact]
    public void An_article_is_a_headline_a_blank_line_and_several_paragraphs_with_a_date()
    {
        var article = Generator.Document(42);

        var parts = article.Text.Split("\n\n");
        Assert.Equal(article.Title, parts[0]);
        Assert.InRange(parts.Length, 4, 30);
        Assert.NotNull(article.Published);
        Assert.StartsWith("https://", article.Source);
    }

    [Fact]
    public void A_small_share_of_articles_are_reprints_of_earlier_ones_word_for_word()
    {
        var texts = Generator.Generate(3000).Select(d => d.Text).ToList();

        var repeats = texts.Count - texts.Distinct(StringComparer.Ordinal).Count();
        Assert.InRange(repeats, (int)(texts.Count * CorpusGenerator.ReprintShare * 0.5), (int)(texts.Count * CorpusGenerator.ReprintShare * 1.5));
    }

    [Fact]
    public void The_wording_varies_from_article_to_article()
    {
        var leads = Generator.Generate(500).Select(d => d.Text.Split("\n\n")[1]).ToList();

        Assert.True(leads.Distinct(StringComparer.Ordinal).Count() > 450);
        var openings = leads.Select(l => string.Join(' ', l.Split(' ').Skip(1).Take(2))).Distinct(StringComparer.Ordinal).Count();
        Assert.True(openings > 40, $"only {openings} different openings");
    }

    [Fact]
    public void The_extractor_finds_transfers_in_most_articles()
    {
        var extractor = new TransferExtractor(ReferenceData.Default);

        var withTransfers = Generator.Generate(200).Count(d => extractor.Extract(d).Count > 0);

        Assert.True(withTransfers >= 160, $"transfers found in only {withTransfers} of 200 articles");
    }
}
