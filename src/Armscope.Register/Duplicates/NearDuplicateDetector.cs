using System.Runtime.Intrinsics;

namespace Armscope.Register.Duplicates;

/// <summary>
/// Recognises the same story published twice with small edits (a wire story syndicated under another headline, a
/// sentence added or cut, a word changed): texts whose sets of three-word shingles have a Jaccard similarity of at
/// least <see cref="Threshold"/>. Different stories on the same subject share few three-word sequences and stay far
/// below it. MinHash signatures and their band keys find the candidates without comparing every pair; the decision
/// is taken on the texts themselves, so it is exact.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>How far below the threshold a signature's estimate may fall and still have the texts compared.</summary>
    private const double EstimateMargin = 0.1;

    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    /// <param name="shingleWords">Words per shingle.</param>
    /// <param name="hashFunctions">Size of the signature.</param>
    /// <param name="rowsPerBand">Minima per band key: fewer find less similar pairs but more false candidates.</param>
    /// <param name="bands">Band keys per signature, from its first minima: more find more pairs but cost a stored row each.</param>
    /// <param name="threshold">Similarity from which two texts are the same story.</param>
    /// <param name="minimumWords">
    /// Shorter texts are never judged near duplicates: in a brief of a few sentences a changed number or name is
    /// a different report, yet moves the similarity too little to tell.
    /// </param>
    public NearDuplicateDetector(int shingleWords = 3, int hashFunctions = 64, int rowsPerBand = 2, int bands = 6, double threshold = 0.5, int minimumWords = 50)
    {
        if (shingleWords < 1 || hashFunctions < 1 || rowsPerBand < 1 || bands < 1 || rowsPerBand * bands > hashFunctions || threshold is <= 0 or > 1 || minimumWords < shingleWords)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), "shingles, hash functions, rows and bands must be positive, bands of rows within the functions, the threshold in (0, 1], the minimum at least one shingle");
        }

        (ShingleWords, HashFunctions, RowsPerBand, Bands, Threshold, MinimumWords) = (shingleWords, hashFunctions, rowsPerBand, bands, threshold, minimumWords);
        _multipliers = new ulong[hashFunctions];
        _offsets = new ulong[hashFunctions];
        var state = 0x5EED_A57C_0DE5_0001UL;
        for (var i = 0; i < hashFunctions; i++)
        {
            _multipliers[i] = Shingles.Mix(state += 0x9E3779B97F4A7C15UL) | 1;
            _offsets[i] = Shingles.Mix(state += 0x9E3779B97F4A7C15UL);
        }
    }

    /// <summary>
    /// The settings registers store signatures with. Signatures and band keys are kept in the register, so changing any
    /// setting needs a schema migration that signs every document again.
    /// </summary>
    public static NearDuplicateDetector Default { get; } = new();

    public int ShingleWords { get; }

    public int HashFunctions { get; }

    public int RowsPerBand { get; }

    public double Threshold { get; }

    public int MinimumWords { get; }

    /// <summary>
    /// Band keys per signature, each a row a register writes for every document. With 6 bands of 2 rows, a pair of texts
    /// of similarity 0.5 shares a key with probability 0.82, of 0.6 with 0.93, of 0.7 with 0.98, of 0.8 with 0.998 (wire
    /// copies are mostly above 0.9); a pair of 0.2 with 0.22, dropped on its signature.
    /// </summary>
    public int Bands { get; }

    /// <summary>The text's signature, or null when it is too short to be judged a near duplicate.</summary>
    public NearDuplicateSignature? Signature(string text)
    {
        var shingles = Shingles.Of(text, ShingleWords);
        return LongEnough(shingles) ? Signature(shingles) : null;
    }

    /// <summary>The band keys under which a signature is filed and looked up.</summary>
    public long[] BandKeys(NearDuplicateSignature signature) => signature.BandKeys(RowsPerBand, Bands);

    /// <summary>The least estimated similarity at which two texts are compared.</summary>
    public double CandidateBound => Threshold - EstimateMargin;

    /// <summary>Whether two signatures are close enough for their texts to be compared.</summary>
    public bool MayBeNearDuplicates(NearDuplicateSignature a, NearDuplicateSignature b) => a.Similarity(b) >= CandidateBound;

    /// <summary>The exact Jaccard similarity of the two texts' shingle sets, 0..1.</summary>
    public double Similarity(string a, string b) => Similarity(Shingles.Of(a, ShingleWords), Shingles.Of(b, ShingleWords));

    /// <summary>True when both texts are long enough to judge and similar enough to be one story.</summary>
    public bool IsNearDuplicate(string a, string b)
    {
        var (first, second) = (Shingles.Of(a, ShingleWords), Shingles.Of(b, ShingleWords));
        return LongEnough(first) && LongEnough(second) && Similarity(first, second) >= Threshold;
    }

    private static double Similarity(ulong[] a, ulong[] b) => Shingles.Jaccard(Shingles.DistinctSorted(a), Shingles.DistinctSorted(b));

    /// <summary>A text of n words has n - ShingleWords + 1 shingles (one when shorter).</summary>
    private bool LongEnough(ulong[] shingles) => shingles.Length + ShingleWords - 1 >= MinimumWords;

    /// <summary>MinHash with multiply-shift hash functions: shingle hashes are already well mixed, so one multiply-add each is enough.</summary>
    private NearDuplicateSignature Signature(ulong[] shingles) =>
        new(Vector256.IsHardwareAccelerated && HashFunctions % Vector256<ulong>.Count == 0 ? VectorMinima(shingles) : ScalarMinima(shingles));

    /// <summary>The minima one hash function at a time: the definition, and the reference the vector form is tested against.</summary>
    internal uint[] ScalarMinima(ulong[] shingles)
    {
        var minima = new uint[HashFunctions];
        Array.Fill(minima, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < minima.Length; i++)
            {
                var h = (uint)(((shingle * _multipliers[i]) + _offsets[i]) >> 32);
                if (h < minima[i])
                {
                    minima[i] = h;
                }
            }
        }

        return minima;
    }

    /// <summary>
    /// The same minima four hash functions at a time (wrapping multiply, add and shift are lane-wise the scalar ones, so
    /// the result is the same to the bit), in a quarter of the steps.
    /// </summary>
    internal uint[] VectorMinima(ulong[] shingles)
    {
        var minima = new uint[HashFunctions];
        var lanes = Vector256<ulong>.Count;
        for (var i = 0; i < HashFunctions; i += lanes)
        {
            var multipliers = Vector256.Create<ulong>(_multipliers.AsSpan(i, lanes));
            var offsets = Vector256.Create<ulong>(_offsets.AsSpan(i, lanes));
            var least = Vector256.Create((ulong)uint.MaxValue);
            foreach (var shingle in shingles)
            {
                least = Vector256.Min(least, Vector256.ShiftRightLogical((Vector256.Create(shingle) * multipliers) + offsets, 32));
            }

            for (var lane = 0; lane < lanes; lane++)
            {
                minima[i + lane] = (uint)least.GetElement(lane);
            }
        }

        return minima;
    }
}
