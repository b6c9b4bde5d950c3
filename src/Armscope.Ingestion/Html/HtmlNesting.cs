namespace Armscope.Ingestion.Html;

/// <summary>How deep a page's elements nest, counted from its tags before any parser sees it.</summary>
public static class HtmlNesting
{
    /// <summary>Deepest nesting read: far beyond real pages (a few dozen levels), far below what breaks the parsers.</summary>
    public const int MaxDepth = 512;

    // Elements with no content, and those a following sibling closes implicitly, never deepen the tree on their own.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rp", "rt", "colgroup", "caption",
    };

    /// <summary>The greatest depth of open elements, counting no further than <paramref name="stopAt"/>.</summary>
    public static int Depth(string html, int stopAt = int.MaxValue)
    {
        var depth = 0;
        var deepest = 0;
        var i = 0;
        while (i < html.Length && deepest < stopAt)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (next == '!' && string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next))
            {
                var nameEnd = open + 1;
                while (nameEnd < close && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                var name = html[(open + 1)..nameEnd];
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    // Their content is text: skip to the end tag.
                    var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
                    i = end < 0 ? html.Length : end;
                    continue;
                }

                if (html[close - 1] != '/' && !Flat.Contains(name))
                {
                    deepest = Math.Max(deepest, ++depth);
                }
            }

            i = close + 1;
        }

        return deepest;
    }
}
