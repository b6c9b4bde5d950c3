namespace Armscope.Ingestion.Html;

/// <summary>One paragraph-like run of text in an article, with the facts the boilerplate rules look at.</summary>
/// <param name="Text">Visible text, whitespace collapsed.</param>
/// <param name="Tag">The block element that holds it (p, li, h2, div, figcaption...).</param>
/// <param name="LinkChars">How many of its characters sit inside links.</param>
/// <param name="Markers">Lower-case class and id values of the block and its ancestors inside the article, space-separated.</param>
/// <param name="Ancestors">Tag names of the enclosing elements inside the article, innermost first.</param>
public sealed record TextBlock(string Text, string Tag, int LinkChars, string Markers, IReadOnlyList<string> Ancestors)
{
    /// <summary>Share of the text that is link text, 0..1.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    public bool IsInside(string tag) => Ancestors.Contains(tag);
}
