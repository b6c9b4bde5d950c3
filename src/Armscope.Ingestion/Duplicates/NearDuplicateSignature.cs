namespace Armscope.Ingestion.Duplicates;

/// <summary>A MinHash sketch of a text's word shingles: similar sketches mean similar texts.</summary>
public sealed class NearDuplicateSignature
{
    private readonly uint[] _minima;

    public NearDuplicateSignature(uint[] minima) => _minima = minima;

    /// <summary>The minimum hash under each of the permutations; store these to compare later.</summary>
    public IReadOnlyList<uint> Minima => _minima;

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets, 0..1.</summary>
    public double Similarity(NearDuplicateSignature other)
    {
        if (other._minima.Length != _minima.Length)
        {
            throw new ArgumentException("signatures made with different numbers of hash functions cannot be compared", nameof(other));
        }

        var equal = 0;
        for (var i = 0; i < _minima.Length; i++)
        {
            if (_minima[i] == other._minima[i])
            {
                equal++;
            }
        }

        return (double)equal / _minima.Length;
    }

    /// <summary>
    /// Locality-sensitive keys: one per band of <paramref name="rowsPerBand"/> minima. Two texts that share
    /// any key are candidates to compare; with 4 rows a band, pairs above about 0.4 similarity almost always share one.
    /// </summary>
    public IEnumerable<ulong> BandKeys(int rowsPerBand = 4)
    {
        for (var band = 0; band + rowsPerBand <= _minima.Length; band += rowsPerBand)
        {
            var key = (ulong)band * 0x9E3779B97F4A7C15UL;
            for (var row = band; row < band + rowsPerBand; row++)
            {
                key = NearDuplicateDetector.Mix(key ^ _minima[row]);
            }

            yield return key;
        }
    }

    /// <summary>The minima as bytes (little-endian), for storage.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[_minima.Length * 4];
        Buffer.BlockCopy(_minima, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static NearDuplicateSignature FromBytes(byte[] bytes)
    {
        var minima = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, minima, 0, minima.Length * 4);
        return new NearDuplicateSignature(minima);
    }
}
