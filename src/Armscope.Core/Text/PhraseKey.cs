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

        // A table rather than Unicode normalisation: invariant-globalization builds cannot decompose accents.
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            sb.Append(lower <= 127 ? lower.ToString() : Unaccent(lower));
        }

        return sb.ToString();
    }

    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıľłñńňòóôõöøōőŕřśşšșťţțùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeegiiiiiiillnnnoooooooorrssssttttuuuuuuuuyyzzz";

    private static string Unaccent(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => Accented.IndexOf(c) is var i and >= 0 ? Plain[i].ToString() : c.ToString(),
    };
}
