namespace Armscope.Web.Security;

/// <summary>Decides which addresses from untrusted text may become links: absolute http and https only.</summary>
public static class SafeLinks
{
    /// <summary>The address when it is an absolute http(s) URL, else null (so javascript:, data: and relative paths are never linked).</summary>
    public static string? Http(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 2048)
        {
            return null;
        }

        return Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && !string.IsNullOrEmpty(uri.Host)
            ? uri.AbsoluteUri
            : null;
    }
}
