using System.Text;
using AngleSharp.Dom;

namespace Armscope.Ingestion.Html;

/// <summary>
/// Turns an element tree into paragraph-like text blocks, skipping what is never visible text: each block
/// element (and each line break) ends a block; inline text is joined with whitespace collapsed.
/// </summary>
public static class BlockRenderer
{
    private static readonly HashSet<string> BlockTags =
    [
        "address", "article", "aside", "blockquote", "br", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "caption",
    ];

    private static readonly HashSet<string> InvisibleTags =
    [
        "script", "style", "noscript", "template", "svg", "button", "select", "option", "input", "textarea",
        "iframe", "object", "embed", "video", "audio", "canvas", "map", "head", "title", "meta", "link",
    ];

    public static List<TextBlock> Render(IElement root)
    {
        var state = new State();
        Walk(root, state, [], string.Empty, insideLink: false);
        state.Flush();
        return state.Blocks;
    }

    private static void Walk(INode node, State state, List<string> ancestors, string markers, bool insideLink)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    state.Append(text.Data, insideLink);
                    break;
                case IElement element:
                    var tag = element.LocalName;
                    if (InvisibleTags.Contains(tag) || element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var isBlock = BlockTags.Contains(tag);
                    var ownMarkers = Markers(element);
                    var innerMarkers = ownMarkers.Length == 0 ? markers : markers.Length == 0 ? ownMarkers : markers + " " + ownMarkers;
                    if (isBlock)
                    {
                        state.Flush();
                    }

                    if (tag == "br" || tag == "hr")
                    {
                        continue;
                    }

                    ancestors.Insert(0, tag);
                    if (isBlock)
                    {
                        state.Open(tag, innerMarkers, ancestors);
                    }

                    Walk(element, state, ancestors, innerMarkers, insideLink || tag == "a");
                    ancestors.RemoveAt(0);
                    if (isBlock)
                    {
                        state.Flush();
                        state.Close();
                    }

                    break;
            }
        }
    }

    private static string Markers(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.Id;
        var itemprop = element.GetAttribute("itemprop");
        var role = element.GetAttribute("role");
        var parts = new[] { cls, id, itemprop, role }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(' ', parts).ToLowerInvariant();
    }

    private sealed class State
    {
        private readonly StringBuilder _text = new();
        private readonly Stack<(string Tag, string Markers, string[] Ancestors)> _open = new();
        private int _linkChars;
        private bool _pendingSpace;

        public List<TextBlock> Blocks { get; } = [];

        public void Open(string tag, string markers, List<string> ancestors) => _open.Push((tag, markers, ancestors.Skip(1).ToArray()));

        public void Close()
        {
            if (_open.Count > 0)
            {
                _open.Pop();
            }
        }

        public void Append(string data, bool insideLink)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    _text.Append(' ');
                    _pendingSpace = false;
                }

                _text.Append(c);
                if (insideLink)
                {
                    _linkChars++;
                }
            }

            // Whitespace at the end of an inline run still separates it from the next one.
            if (data.Length > 0 && char.IsWhiteSpace(data[^1]) && _text.Length > 0)
            {
                _pendingSpace = true;
            }
        }

        public void Flush()
        {
            if (_text.Length > 0)
            {
                var (tag, markers, ancestors) = _open.Count > 0 ? _open.Peek() : ("body", string.Empty, Array.Empty<string>());
                Blocks.Add(new TextBlock(_text.ToString(), tag, _linkChars, markers, ancestors));
            }

            _text.Clear();
            _linkChars = 0;
            _pendingSpace = false;
        }
    }
}
