using System.Text.RegularExpressions;

namespace Armscope.Web.Tests;

/// <summary>Checks that a page carries untrusted text only as text: no markup, handler or script link of its own making.</summary>
public static partial class HostileMarkup
{
    public static void AssertInert(string html, string where)
    {
        Assert.False(RawTags().IsMatch(html), $"{where}: a tag from the untrusted text is live: {RawTags().Match(html).Value}");
        Assert.False(Handlers().IsMatch(html), $"{where}: an event handler attribute is live: {Handlers().Match(html).Value}");
        Assert.False(ScriptLinks().IsMatch(html), $"{where}: a javascript: address is live: {ScriptLinks().Match(html).Value}");
        foreach (Match script in Scripts().Matches(html))
        {
            Assert.True(script.Value.StartsWith("<script src=\"/assets/", StringComparison.Ordinal), $"{where}: a script that is not one of ours: {script.Value}");
        }
    }

    // Tags that only the hostile input holds (the overview's own chart is an <svg> without handlers, so svg is left to Handlers).
    [GeneratedRegex("<(img|iframe|b|a\\s+href=\"javascript)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex RawTags();

    // An event handler attribute inside a tag.
    [GeneratedRegex("<[a-z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Handlers();

    [GeneratedRegex("(href|src|action|formaction)\\s*=\\s*[\"']?\\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptLinks();

    [GeneratedRegex("<script[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
