using System.Security.Cryptography;
using System.Text;

namespace Armscope.Register;

/// <summary>
/// Identity of a document by its content: SHA-256 of the text with white space folded, so the same
/// article re-wrapped or with other line ends is recognised as already ingested.
/// </summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the normalised text.</summary>
    public static string Of(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text)), hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The register id of a document with this content hash: its first 16 hex digits.</summary>
    public static string DocumentId(string contentHash) => contentHash[..16];

    /// <summary><see cref="DocumentId"/>, or a string too short to be a hash as it is (no document has it as its id's hash).</summary>
    internal static string DocumentIdOrSelf(string contentHash) => contentHash.Length > 16 ? contentHash[..16] : contentHash;

    /// <summary>Every run of white space (and byte-order or zero-width marks) as one space, trimmed.</summary>
    /// <remarks>
    /// No Unicode normalisation: the build runs in invariant globalization mode, where it would be a no-op
    /// for non-ASCII text, and a hash must not depend on how the process was configured.
    /// </remarks>
    public static string Normalise(string text)
    {
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B')
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(c);
        }

        return folded.ToString();
    }
}
