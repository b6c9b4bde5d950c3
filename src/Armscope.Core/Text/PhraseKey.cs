using System.Globalization;
using System.Text;

namespace Armscope.Core.Text;

/// <summary>The normalised form of a phrase used by gazetteers: its word and number tokens, lower case, accents removed, joined by spaces.</summary>
public static class PhraseKey
{
    public static string Of(string phrase)
    {
        var tokens = Tokenizer.Tokenize(phrase);
        var sb = new StringBuilder(phrase.Length);
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Fold(t.In(phrase)));
        }

        return sb.ToString();
    }

    /// <summary>Lower case without diacritics ("Türkiye" -> "turkiye", "Élysée" -> "elysee").</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 127)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return string.Create(word.Length, word.ToString(), static (dst, src) =>
            {
                for (var i = 0; i < src.Length; i++)
                {
                    dst[i] = char.ToLowerInvariant(src[i]);
                }
            });
        }

        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.Replace('ı', 'i').ToString();
    }
}
