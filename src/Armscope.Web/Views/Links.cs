using Microsoft.AspNetCore.WebUtilities;

namespace Armscope.Web.Views;

/// <summary>Addresses of the explorer's pages, every variable part escaped.</summary>
public static class Links
{
    public static string Deal(string id) => "/deal/" + Uri.EscapeDataString(id);

    public static string Country(string code) => "/country/" + Uri.EscapeDataString(code);

    public static string System(string name) => "/system/" + Uri.EscapeDataString(name);

    public static string Document(string id) => "/document/" + Uri.EscapeDataString(id);

    /// <summary>A path with query parameters; null or empty values are left out.</summary>
    public static string With(string path, params (string Name, string? Value)[] parameters) =>
        QueryHelpers.AddQueryString(path, parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value)));

    /// <summary>The current request's path and query with some parameters replaced (null removes one).</summary>
    public static string Replace(HttpRequest request, params (string Name, string? Value)[] changes)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        foreach (var (name, value) in changes)
        {
            if (value is null)
            {
                query.Remove(name);
            }
            else
            {
                query[name] = value;
            }
        }

        return QueryHelpers.AddQueryString(
            request.Path.Value ?? "/",
            query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v))));
    }

    /// <summary>The page's query (less paging and <paramref name="drop"/>) sent to another path, plus <paramref name="extra"/>: a list's download beside its page.</summary>
    public static string Download(HttpRequest request, string path, string[] drop, (string Name, string? Value)[] extra)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        foreach (var name in drop.Concat(["page", "pageSize"]).Concat(extra.Select(e => e.Name)))
        {
            query.Remove(name);
        }

        var pairs = query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Concat(extra.Where(e => !string.IsNullOrEmpty(e.Value)).Select(e => new KeyValuePair<string, string?>(e.Name, e.Value)));
        return QueryHelpers.AddQueryString(path, pairs);
    }
}
