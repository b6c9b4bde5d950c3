namespace Armscope.Core.Text;

/// <summary>
/// Splits text into runs of letters, runs of digits and single punctuation marks, so that
/// "S-400", "S400" and "S 400" all give the words [S, 400] and designations match however they are written.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>
    /// The calling thread's buffer the tokens are gathered in before they are copied into a list of exactly their number
    /// (a list presized by a guess, a token every four characters, left a third of its slots empty, and every sentence's
    /// tokens are kept until its document is done).
    /// </summary>
    [ThreadStatic]
    private static Token[]? t_found;

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var found = Gather(text, start, end);
        var tokens = new List<Token>(found.Length);
        tokens.AddRange(found);
        return tokens;
    }

    /// <summary>The tokens of text[start..end) into <paramref name="tokens"/>, which is cleared first: a caller may reuse one list.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        tokens.Clear();
        tokens.AddRange(Gather(text, start, end));
    }

    /// <summary>The tokens of text[start..end), in the thread's buffer: read them before the thread tokenizes again.</summary>
    private static ReadOnlySpan<Token> Gather(string text, int start, int end)
    {
        var found = t_found ??= new Token[256];
        var count = 0;
        var chars = text.AsSpan(0, end);
        var i = start;
        while (i < end)
        {
            var c = chars[i];
            if (IsSkipped(c))
            {
                i++;
                continue;
            }

            var j = i + 1;
            TokenKind kind;
            if (IsLetter(c))
            {
                while (j < end && IsWordPart(chars[j]))
                {
                    j++;
                }

                kind = TokenKind.Word;
            }
            else if (IsDigit(c))
            {
                while (j < end && IsDigit(chars[j]))
                {
                    j++;
                }

                kind = TokenKind.Number;
            }
            else
            {
                if (char.IsHighSurrogate(c) && j < end)
                {
                    j++;
                }

                kind = TokenKind.Punctuation;
            }

            if (count == found.Length)
            {
                Array.Resize(ref found, 2 * count);
                t_found = found;
            }

            found[count++] = new Token(i, j, kind);
            i = j;
        }

        return found.AsSpan(0, count);
    }

    // Each test answers ASCII characters (most of any text) with a comparison or two, the rest as Unicode says.

    /// <summary>White space, control characters and invisible marks, which separate tokens and are no part of one.</summary>
    private static bool IsSkipped(char c) => c < 128 ? c <= ' ' || c == '\x7f' : char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisible(c);

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>A letter, or a combining mark after a letter ("e" + "\u0301").</summary>
    private static bool IsWordPart(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c) || IsCombiningMark(c);

    private static bool IsDigit(char c) => c < 128 ? char.IsAsciiDigit(c) : char.IsDigit(c);

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsInvisible(char c) => c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
