using System.Text;

namespace Armscope.Ingestion.Duplicates;

/// <summary>
/// Recognises the same story published twice with small edits (wire copy syndicated under another
/// headline): MinHash over word shingles, near duplicates when the estimated Jaccard similarity of
/// the shingle sets reaches the threshold. Different stories on the same subject share few
/// three-word sequences and stay well below it.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <param name="shingleWords">Words per shingle.</param>
    /// <param name="hashFunctions">Size of the signature; the estimate's error is about 1/sqrt of it.</param>
    /// <param name="threshold">Similarity from which two texts are the same story.</param>
    public NearDuplicateDetector(int shingleWords = 3, int hashFunctions = 128, double threshold = 0.5)
    {
        if (shingleWords < 1 || hashFunctions < 1 || threshold is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "shingles and hash functions must be positive, the threshold in (0, 1]");
        }

        ShingleWords = shingleWords;
        Threshold = threshold;
        _seeds = new ulong[hashFunctions];
        var state = 0x5EED_A57C_0DE5_0001UL;
        for (var i = 0; i < hashFunctions; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _seeds[i] = Mix(state);
        }
    }

    private readonly ulong[] _seeds;

    public int ShingleWords { get; }

    public double Threshold { get; }

    public NearDuplicateSignature Signature(string text)
    {
        var minima = new uint[_seeds.Length];
        Array.Fill(minima, uint.MaxValue);
        foreach (var shingle in ShingleHashes(TextFingerprint.Words(text)))
        {
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = (uint)(Mix(shingle ^ _seeds[i]) >> 32);
                if (h < minima[i])
                {
                    minima[i] = h;
                }
            }
        }

        return new NearDuplicateSignature(minima);
    }

    public bool IsNearDuplicate(NearDuplicateSignature a, NearDuplicateSignature b) => a.Similarity(b) >= Threshold;

    public bool IsNearDuplicate(string a, string b) => IsNearDuplicate(Signature(a), Signature(b));

    /// <summary>64-bit hashes of the word shingles (the whole text as one shingle when it is shorter than one).</summary>
    private IEnumerable<ulong> ShingleHashes(string[] words)
    {
        if (words.Length == 0)
        {
            yield break;
        }

        var size = Math.Min(ShingleWords, words.Length);
        var wordHashes = words.Select(Fnv1a).ToArray();
        for (var start = 0; start + size <= words.Length; start++)
        {
            var h = 0xCBF29CE484222325UL;
            for (var k = start; k < start + size; k++)
            {
                h = Mix(h ^ wordHashes[k]);
            }

            yield return h;
        }
    }

    private static ulong Fnv1a(string word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(word))
        {
            h = (h ^ b) * 0x100000001B3UL;
        }

        return h;
    }

    /// <summary>SplitMix64 finaliser: a fixed, well-spread 64-bit mixing function (stable across runs and machines).</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
