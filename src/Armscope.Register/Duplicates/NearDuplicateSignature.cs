using System.Buffers.Binary;

namespace Armscope.Register.Duplicates;

/// <summary>A MinHash sketch of a text's shingles: the share of equal minima estimates how similar two texts are.</summary>
public sealed class NearDuplicateSignature
{
    private readonly uint[] _minima;

    public NearDuplicateSignature(uint[] minima) => _minima = minima;

    /// <summary>The least hash of the text's shingles under each hash function.</summary>
    public IReadOnlyList<uint> Minima => _minima;

    internal ReadOnlySpan<uint> MinimaSpan => _minima;

    /// <summary>Estimated Jaccard similarity of the two texts' shingle sets, 0..1 (error about 1/sqrt of the signature's size).</summary>
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

        return _minima.Length == 0 ? 0 : (double)equal / _minima.Length;
    }

    /// <summary>
    /// Locality-sensitive keys, one per band of <paramref name="rowsPerBand"/> minima, from the first minima (the band's
    /// number is part of its key). Two texts with any key in common are candidates to compare: a pair of similarity s
    /// shares one with probability 1 - (1 - s^rows)^bands.
    /// </summary>
    public long[] BandKeys(int rowsPerBand, int bands)
    {
        if (rowsPerBand * bands > _minima.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(bands), "more bands of rows than the signature has minima");
        }

        var keys = new long[bands];
        for (var band = 0; band < keys.Length; band++)
        {
            var key = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
            for (var row = band * rowsPerBand; row < (band + 1) * rowsPerBand; row++)
            {
                key = Shingles.Mix(key ^ _minima[row]);
            }

            keys[band] = unchecked((long)key);
        }

        return keys;
    }

    /// <summary>The minima as little-endian bytes, for storage.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[_minima.Length * sizeof(uint)];
        for (var i = 0; i < _minima.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), _minima[i]);
        }

        return bytes;
    }

    public static NearDuplicateSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        var minima = new uint[bytes.Length / sizeof(uint)];
        for (var i = 0; i < minima.Length; i++)
        {
            minima[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        }

        return new NearDuplicateSignature(minima);
    }
}
