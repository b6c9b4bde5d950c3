namespace Armscope.Extraction.Mentions;

/// <summary>The word written, after spaces, right before a number: "Block" of "Block 70", "Mirage" of "Mirage 2000".</summary>
internal static class WordBefore
{
    /// <summary>The letters before <paramref name="at"/> over at least one space; empty when none or when no space separates them.</summary>
    public static ReadOnlySpan<char> Number(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        if (end == at)
        {
            return [];
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }
}
