using System.Security.Cryptography;
using System.Text;

namespace Armscope.Ingestion;

/// <summary>Stable ids for documents that have no file name: the given id, else guid or link, else a hash of the content.</summary>
public static class DocumentIds
{
    /// <summary>The first non-blank candidate, trimmed; else a hash of <paramref name="content"/>.</summary>
    public static string Choose(string content, params string?[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                return candidate.Trim();
            }
        }

        return OfContent(content);
    }

    /// <summary>"sha256:" and the first 16 hex digits of the SHA-256 of the UTF-8 content.</summary>
    public static string OfContent(string content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(content), hash);
        return "sha256:" + Convert.ToHexStringLower(hash[..8]);
    }
}
