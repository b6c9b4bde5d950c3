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
        if (word.Length <= StackLimit)
        {
            Span<char> buffer = stackalloc char[2 * StackLimit];
            return new string(buffer[..Fold(word, buffer)]);
        }

        var folded = new char[2 * word.Length];
        return new string(folded, 0, Fold(word, folded));
    }

    /// <summary>
    /// Folds <paramref name="word"/> as <see cref="Fold(ReadOnlySpan{char})"/> does, into <paramref name="destination"/>,
    /// which must hold twice the word's length (ß, æ and œ fold to two letters); returns the length written. Allocates nothing.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> word, Span<char> destination)
    {
        var n = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower <= 127)
            {
                destination[n++] = lower;
                continue;
            }

            // A table rather than Unicode normalisation: invariant-globalization builds cannot decompose accents.
            switch (lower)
            {
                case 'ß':
                    destination[n++] = 's';
                    destination[n++] = 's';
                    break;
                case 'æ':
                    destination[n++] = 'a';
                    destination[n++] = 'e';
                    break;
                case 'œ':
                    destination[n++] = 'o';
                    destination[n++] = 'e';
                    break;
                default:
                    var i = Accented.IndexOf(lower);
                    destination[n++] = i >= 0 ? Plain[i] : lower;
                    break;
            }
        }

        return n;
    }

    /// <summary>True when <paramref name="word"/> folds to <paramref name="folded"/> (a folded key such as "and"), without allocating.</summary>
    public static bool FoldsTo(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length > StackLimit || word.Length > folded.Length)
        {
            return word.Length <= folded.Length && Fold(word) == folded;
        }

        Span<char> buffer = stackalloc char[2 * StackLimit];
        return buffer[..Fold(word, buffer)].SequenceEqual(folded);
    }

    /// <summary>Words up to this length fold on the stack.</summary>
    private const int StackLimit = 64;

    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıľłñńňòóôõöøōőŕřśşšșťţțùúûüūůűųýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeegiiiiiiillnnnoooooooorrssssttttuuuuuuuuyyzzz";
}
