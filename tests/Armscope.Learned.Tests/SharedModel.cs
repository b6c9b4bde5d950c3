namespace Armscope.Learned.Tests;

/// <summary>One loaded sentence model for all tests of a class (loading takes about a second).</summary>
public sealed class SharedModel : IDisposable
{
    public SentenceEmbedder Embedder { get; } = SentenceEmbedder.LoadDefault();

    public void Dispose() => Embedder.Dispose();
}
