namespace Armscope.Core.Text;

/// <summary>
/// Splits text into runs of letters, runs of digits and single punctuation marks, so that
/// "S-400", "S400" and "S 400" all give the words [S, 400] and designations match however they are written.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>((end - start) / 4);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsInvisible(c))
            {
                i++;
                continue;
            }

            var j = i + 1;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                while (j < end && (char.IsLetter(text[j]) || IsCombiningMark(text[j])))
                {
                    j++;
                }

                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                while (j < end && char.IsDigit(text[j]))
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

            tokens.Add(new Token(i, j, kind));
            i = j;
        }

        return tokens;
    }

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsInvisible(char c) => c is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}
