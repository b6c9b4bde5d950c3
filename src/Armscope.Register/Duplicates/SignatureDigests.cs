using System.Numerics;
using System.Runtime.Intrinsics;

namespace Armscope.Register.Duplicates;

/// <summary>
/// The low byte of every minimum of stored documents' signatures, in memory by document id (64 bytes a document), so
/// that a candidate sharing only a template or boilerplate is ruled out without reading its signature from the register.
/// Equal minima have equal low bytes, so the share of equal bytes never underestimates the signatures' similarity: a
/// candidate below the bound on its bytes is below it on its signature too, and the outcome is the same as reading it.
/// </summary>
/// <remarks>A document's signature depends on its text alone, which its id names, so an entry never goes stale. Not thread-safe.</remarks>
internal sealed class SignatureDigests
{
    /// <summary>Digests per block: blocks are allocated as needed and never copied when the map grows.</summary>
    private const int BlockDigests = 1024;

    private readonly int _width;
    private readonly Dictionary<ulong, int> _slots = [];
    private readonly List<byte[]> _blocks = [];

    public SignatureDigests(int hashFunctions) => _width = hashFunctions;

    /// <summary>Keeps the digest of a stored document's signature; ids that are not 16 hex digits are not kept.</summary>
    public void Add(string documentId, NearDuplicateSignature signature)
    {
        var minima = signature.MinimaSpan;
        if (minima.Length != _width || Key(documentId) is not { } key || _slots.ContainsKey(key))
        {
            return;
        }

        var slot = _slots.Count;
        if (slot / BlockDigests == _blocks.Count)
        {
            _blocks.Add(new byte[BlockDigests * _width]);
        }

        var digest = Digest(slot);
        for (var i = 0; i < minima.Length; i++)
        {
            digest[i] = (byte)minima[i];
        }

        _slots.Add(key, slot);
    }

    /// <summary>
    /// False when the document's signature is surely less similar to <paramref name="signature"/> than <paramref name="bound"/>;
    /// true when it may not be; null when the document's digest is not known.
    /// </summary>
    public bool? MayReach(string documentId, NearDuplicateSignature signature, double bound)
    {
        var minima = signature.MinimaSpan;
        if (minima.Length != _width || Key(documentId) is not { } key || !_slots.TryGetValue(key, out var slot))
        {
            return null;
        }

        Span<byte> low = stackalloc byte[minima.Length];
        for (var i = 0; i < minima.Length; i++)
        {
            low[i] = (byte)minima[i];
        }

        return (double)EqualBytes(Digest(slot), low) / minima.Length >= bound;
    }

    /// <summary>How many positions hold the same byte in both spans (of one length), sixteen at a time.</summary>
    private static int EqualBytes(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var equal = 0;
        var i = 0;
        for (; i + Vector128<byte>.Count <= a.Length; i += Vector128<byte>.Count)
        {
            equal += BitOperations.PopCount(Vector128.Equals(Vector128.Create(a[i..]), Vector128.Create(b[i..])).ExtractMostSignificantBits());
        }

        for (; i < a.Length; i++)
        {
            equal += a[i] == b[i] ? 1 : 0;
        }

        return equal;
    }

    private Span<byte> Digest(int slot) => _blocks[slot / BlockDigests].AsSpan(slot % BlockDigests * _width, _width);

    /// <summary>A register id (16 lower-case hex digits) as a number; null for any other string.</summary>
    private static ulong? Key(string documentId) => BandIndex.TryParseId(documentId, out var key) ? key : null;
}
