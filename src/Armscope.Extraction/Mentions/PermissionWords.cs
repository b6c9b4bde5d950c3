namespace Armscope.Extraction.Mentions;

/// <summary>
/// Nouns of an export permission ("the licences", "a permit", "US approval") and the forms of "deny", shared by the
/// analyser (which denials are refusals) and the frame builder (which parties grant or are refused a permission rather
/// than buy).
/// </summary>
public static class PermissionWords
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "licence", "licences", "license", "licenses", "permit", "permits", "permission", "approval", "authorisation", "authorization",
    };

    private static readonly HashSet<string> DenyForms = new(StringComparer.Ordinal) { "deny", "denies", "denied", "denying" };

    /// <summary>Whether a folded word is a form of "deny" ("denied Italy the licences").</summary>
    public static bool IsDenial(string word) => DenyForms.Contains(word);

    /// <summary>Whether a folded word names a permission.</summary>
    public static bool IsPermission(string word) => Nouns.Contains(word);
}
