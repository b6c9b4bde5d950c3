using System.Security.Cryptography;
using System.Text;

namespace Armscope.Ingestion.Duplicates;

/// <summary>Exact-duplicate identity of a text: what is left after case, accents of form, punctuation and spacing are set aside.</summary>
public static class TextFingerprint
{
    /// <summary>NFKC, lower case, every run of non-letters and non-digits replaced by one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var result = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && result.Length > 0)
                {
                    result.Append(' ');
                }

                result.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return result.ToString();
    }

    /// <summary>The words of the normalised text.</summary>
    public static string[] Words(string text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Hex SHA-256 of the normalised text: equal for texts that differ only in case, punctuation or spacing.</summary>
    public static string ExactHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))));
}
