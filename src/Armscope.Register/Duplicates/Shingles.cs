namespace Armscope.Register.Duplicates;

/// <summary>
/// A text as the hashes of its word shingles (runs of consecutive words): what near-duplicate detection compares.
/// Words are maximal runs of letters and digits, lower-cased, so case, punctuation, quotes and spacing never matter.
/// </summary>
/// <remarks>
/// Hashes are stored in registers (as MinHash signatures), so they depend on nothing but the text: no Unicode
/// normalisation (a no-op in invariant globalization mode, which the build runs in) and no culture.
/// </remarks>
public static class Shingles
{
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>
    /// The hash of every shingle of <paramref name="wordsPerShingle"/> words, in text order, repeats included; a text with
    /// fewer words gives one shingle of all of them, an empty text none.
    /// </summary>
    public static ulong[] Of(ReadOnlySpan<char> text, int wordsPerShingle)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wordsPerShingle, 1);
        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return [];
        }

        var size = Math.Min(wordsPerShingle, words.Count);
        var shingles = new ulong[words.Count - size + 1];
        for (var start = 0; start < shingles.Length; start++)
        {
            var h = FnvOffset;
            for (var k = start; k < start + size; k++)
            {
                h = Mix(h ^ words[k]);
            }

            shingles[start] = h;
        }

        return shingles;
    }

    /// <summary>The distinct values, sorted: a shingle set that two texts can be compared on.</summary>
    public static ulong[] DistinctSorted(ulong[] shingles)
    {
        var set = (ulong[])shingles.Clone();
        Array.Sort(set);
        var distinct = 0;
        for (var i = 0; i < set.Length; i++)
        {
            if (i == 0 || set[i] != set[distinct - 1])
            {
                set[distinct++] = set[i];
            }
        }

        return set[..distinct];
    }

    /// <summary>Jaccard similarity of two sets made by <see cref="DistinctSorted"/>: shared shingles over all, 0..1.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>SplitMix64's finaliser: a fixed, well-spread 64-bit mixing function, the same on every machine.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>FNV-1a of each lower-cased word's UTF-16 code units.</summary>
    private static List<ulong> WordHashes(ReadOnlySpan<char> text)
    {
        var words = new List<ulong>(text.Length / 6);
        var h = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h ^ char.ToLowerInvariant(c)) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(h);
                h = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(h);
        }

        return words;
    }
}
