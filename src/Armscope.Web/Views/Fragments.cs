using Armscope.Register.Web;

namespace Armscope.Web.Views;

/// <summary>A run of text, marked or not; pages render marked runs in &lt;mark&gt;, every run encoded.</summary>
public sealed record Fragment(string Text, bool Marked);

/// <summary>Cuts text into marked and plain runs.</summary>
public static class Fragments
{
    /// <summary>Runs of a search result whose matches sit between <see cref="SearchIndex.MarkStart"/> and <see cref="SearchIndex.MarkEnd"/>.</summary>
    public static IReadOnlyList<Fragment> FromMarkers(string text)
    {
        var fragments = new List<Fragment>();
        var marked = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != SearchIndex.MarkStart && text[i] != SearchIndex.MarkEnd)
            {
                continue;
            }

            if (i > start)
            {
                fragments.Add(new Fragment(text[start..i], marked));
            }

            if (i < text.Length)
            {
                marked = text[i] == SearchIndex.MarkStart;
            }

            start = i + 1;
        }

        return fragments;
    }

    /// <summary>Runs of <paramref name="text"/> with the given spans (offsets into it) marked; overlapping spans merge.</summary>
    public static IReadOnlyList<Fragment> Mark(string text, IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (s, e) in spans.Select(s => (Math.Clamp(s.Start, 0, text.Length), Math.Clamp(s.End, 0, text.Length))).Where(s => s.Item2 > s.Item1).OrderBy(s => s.Item1))
        {
            if (merged.Count > 0 && s <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            }
            else
            {
                merged.Add((s, e));
            }
        }

        var fragments = new List<Fragment>();
        var at = 0;
        foreach (var (s, e) in merged)
        {
            if (s > at)
            {
                fragments.Add(new Fragment(text[at..s], false));
            }

            fragments.Add(new Fragment(text[s..e], true));
            at = e;
        }

        if (at < text.Length)
        {
            fragments.Add(new Fragment(text[at..], false));
        }

        return fragments;
    }
}
