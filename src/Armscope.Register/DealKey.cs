using System.Security.Cryptography;
using System.Text;
using Armscope.Core.Vocabulary;

namespace Armscope.Register;

/// <summary>
/// The merge key that gathers transfers into one deal, "supplier|recipient|system key", or
/// "supplier|recipient|category:NAME" when the text names no system, and the deal id derived from it.
/// </summary>
public static class DealKey
{
    private const string CategoryPrefix = "category:";

    /// <summary>A system's key as the spec compares systems: lower case, without spaces, hyphens or underscores ("S-400 Triumf" -> "s400triumf").</summary>
    public static string SystemKey(string system)
    {
        var key = new StringBuilder(system.Length);
        foreach (var c in system)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013'))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    public static string For(Transfer transfer) => For(transfer.Supplier.Code, transfer.Recipient.Code, transfer.System);

    public static string For(string supplier, string recipient, SystemRef system)
    {
        var head = $"{supplier.Trim()}|{recipient.Trim()}|";
        return system.Name is { } name && SystemKey(name) is { Length: > 0 } key
            ? head + key
            : head + CategoryPrefix + system.Category.ToSpecName();
    }

    /// <summary>True when the key gathers transfers that name no system.</summary>
    public static bool IsCategoryKey(string mergeKey) => mergeKey.Contains("|" + CategoryPrefix, StringComparison.Ordinal);

    /// <summary>The deal id for a merge key: the first 16 hex digits of its SHA-256, the same in every register.</summary>
    public static string IdFor(string mergeKey)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(mergeKey), hash);
        return Convert.ToHexStringLower(hash)[..16];
    }
}
