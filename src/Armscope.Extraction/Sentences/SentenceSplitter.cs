namespace Armscope.Extraction.Sentences;

/// <summary>A sentence as a span of its document's text.</summary>
public readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Splits news text into sentences with exact offsets. Rule-based: a sentence ends at . ! ? (plus closing
/// quotes or brackets) followed by space and an upper-case letter, digit or opening quote, unless the
/// period ends a known abbreviation or an initial; a line break always ends a sentence (headlines, paragraphs).
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "rep", "sen", "gov", "pres",
        "st", "jr", "sr", "co", "corp", "inc", "ltd", "plc", "no", "nos", "vs", "etc", "approx", "est", "dept", "min",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e",
        "rs", "fig", "vol", "mt", "ft",
    };

    private static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create("\n.!?");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<SentenceSpan> Split(string text)
    {
        var sentences = new List<SentenceSpan>();
        var start = 0;
        var n = text.Length;
        for (var i = 0; i < n; i++)
        {
            // Jump to the next line break or end mark with a vectorised search: most characters are neither.
            var skip = text.AsSpan(i).IndexOfAny(Ends);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                Add(text, sentences, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < n && text[end] is '"' or '\'' or '”' or '’' or ')' or ']')
            {
                end++;
            }

            if (end >= n || !char.IsWhiteSpace(text[end]) || text[end] == '\n')
            {
                continue;
            }

            var next = end;
            while (next < n && text[next] is ' ' or '\t' or '\u00a0')
            {
                next++;
            }

            if (next >= n || text[next] == '\n')
            {
                continue;
            }

            var nc = text[next];
            if (!(char.IsUpper(nc) || char.IsDigit(nc) || nc is '"' or '“' or '‘' or '\'' or '(' or '['))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }

            Add(text, sentences, start, end);
            start = next;
            i = next - 1;
        }

        Add(text, sentences, start, n);
        return sentences;
    }

    private static bool IsAbbreviation(string text, int period)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("John F. Kennedy"); "U.S." and the like carry inner periods.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            // "U.S." ends a sentence only when the next word is clearly a sentence start; treat as abbreviation
            // unless followed by a typical sentence opener.
            var after = period + 1;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
            {
                after++;
            }

            var nextWordEnd = after;
            while (nextWordEnd < text.Length && char.IsLetter(text[nextWordEnd]))
            {
                nextWordEnd++;
            }

            var nextWord = text.AsSpan(after, nextWordEnd - after);
            return !(nextWord is "The" or "It" or "He" or "She" or "They" or "We" or "In" or "On" or "But" or "A" or "This");
        }

        return AbbreviationLookup.Contains(word);
    }

    private static void Add(string text, List<SentenceSpan> sentences, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(start, end));
        }
    }
}
