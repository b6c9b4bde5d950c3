namespace Armscope.Learned.Tests;

public sealed class SentenceEmbedderTests(SharedModel model) : IClassFixture<SharedModel>
{
    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    [Fact]
    public void A_sentence_becomes_a_384_dimension_unit_vector()
    {
        var v = model.Embedder.Embed("Russia delivered S-400 systems to Turkey.");

        Assert.Equal(SentenceEmbedder.Dimensions, v.Length);
        Assert.InRange(v.Sum(x => (double)x * x), 0.999, 1.001);
    }

    [Fact]
    public void Batching_and_padding_do_not_change_an_embedding()
    {
        const string shortSentence = "Egypt bought Rafale jets.";
        var alone = model.Embedder.Embed(shortSentence);
        var inBatch = model.Embedder.Embed([shortSentence, "A much longer sentence about the weather in the mountains, which was cold and wet for most of the week."]);

        Assert.InRange(Cosine(alone, inBatch[0]), 0.9999, 1.0001);
    }

    [Fact]
    public void Paraphrases_are_closer_than_unrelated_sentences()
    {
        var v = model.Embedder.Embed(["France sold fighter jets to India.", "India bought combat aircraft from France.", "The recipe needs two eggs and some flour."]);

        Assert.True(Cosine(v[0], v[1]) > Cosine(v[0], v[2]) + 0.3);
    }
}
