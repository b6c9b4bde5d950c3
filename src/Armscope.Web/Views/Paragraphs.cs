using Armscope.Core.Vocabulary;

namespace Armscope.Web.Views;

/// <summary>A paragraph of a document, as runs with evidence marked.</summary>
public sealed record Paragraph(int Start, int End, IReadOnlyList<Fragment> Fragments, bool CutBefore, bool CutAfter);

/// <summary>Finds paragraphs in stored text: blank lines separate them when the text has any, else line ends do.</summary>
public static class Paragraphs
{
    /// <summary>Longest paragraph shown whole around a piece of evidence; longer ones are cut around it.</summary>
    public const int MaxContext = 1500;

    /// <summary>Where the evidence sits in the text: its own offsets when they hold it, else its first occurrence, else null.</summary>
    public static (int Start, int End)? Locate(string text, Evidence evidence)
    {
        if (evidence.Start >= 0 && evidence.End <= text.Length && evidence.Start <= evidence.End
            && text.AsSpan(evidence.Start, evidence.End - evidence.Start).SequenceEqual(evidence.Text))
        {
            return (evidence.Start, evidence.End);
        }

        var at = evidence.Text.Length == 0 ? -1 : text.IndexOf(evidence.Text, StringComparison.Ordinal);
        return at < 0 ? null : (at, at + evidence.Text.Length);
    }

    /// <summary>The paragraph holding the evidence with the evidence marked, or the bare sentence marked when the text does not hold it.</summary>
    public static Paragraph Around(string? text, Evidence evidence)
    {
        if (text is null || Locate(text, evidence) is not { } span)
        {
            return new Paragraph(evidence.Start, evidence.End, [new Fragment(evidence.Text, true)], false, false);
        }

        var separator = Separator(text);
        var start = text.LastIndexOf(separator, Math.Max(span.Start - 1, 0), StringComparison.Ordinal) is var s and >= 0 && s < span.Start ? s + separator.Length : 0;
        var end = text.IndexOf(separator, span.End, StringComparison.Ordinal) is var e and >= 0 ? e : text.Length;
        var cutBefore = false;
        var cutAfter = false;
        if (end - start > MaxContext)
        {
            var room = Math.Max((MaxContext - (span.End - span.Start)) / 2, 0);
            if (span.Start - start > room)
            {
                start = WordStart(text, span.Start - room);
                cutBefore = true;
            }

            if (end - span.End > room)
            {
                end = WordEnd(text, span.End + room);
                cutAfter = true;
            }
        }

        var paragraph = text[start..end];
        return new Paragraph(start, end, Fragments.Mark(paragraph, [(span.Start - start, span.End - start)]), cutBefore, cutAfter);
    }

    /// <summary>The whole text as paragraphs, with the given spans marked.</summary>
    public static IReadOnlyList<Paragraph> Split(string text, IReadOnlyList<(int Start, int End)> marks)
    {
        var separator = Separator(text);
        var paragraphs = new List<Paragraph>();
        var at = 0;
        while (at <= text.Length)
        {
            var next = text.IndexOf(separator, at, StringComparison.Ordinal);
            var end = next < 0 ? text.Length : next;
            var body = text[at..end];
            if (body.Trim().Length > 0)
            {
                var inside = marks.Where(m => m.End > at && m.Start < end).Select(m => (Math.Max(m.Start, at) - at, Math.Min(m.End, end) - at));
                paragraphs.Add(new Paragraph(at, end, Fragments.Mark(body, inside), false, false));
            }

            if (next < 0)
            {
                break;
            }

            at = next + separator.Length;
        }

        return paragraphs;
    }

    private static string Separator(string text) =>
        text.Contains("\n\n", StringComparison.Ordinal) ? "\n\n"
        : text.Contains("\r\n\r\n", StringComparison.Ordinal) ? "\r\n\r\n"
        : "\n";

    private static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    private static int WordEnd(string text, int at)
    {
        while (at < text.Length && !char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
