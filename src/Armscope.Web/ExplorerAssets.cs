using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Armscope.Web;

/// <summary>The explorer's scripts and styles, embedded in the assembly and served from /assets with long-lived caching.</summary>
public static class ExplorerAssets
{
    private const string Prefix = "Armscope.Web.Assets.";

    private static readonly FrozenDictionary<string, (byte[] Content, string Type, string ETag)> Files = Load();

    /// <summary>The address of an asset, versioned by its content so a new build is never served from a stale cache.</summary>
    public static string Url(string name) => $"/assets/{name}?v={Files[name].ETag.Trim('"')}";

    public static void Map(WebApplication app) =>
        app.MapGet("/assets/{name}", (string name, HttpContext context) =>
            {
                if (!Files.TryGetValue(name, out var file))
                {
                    return Results.NotFound();
                }

                context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                context.Response.Headers.ETag = file.ETag;
                return context.Request.Headers.IfNoneMatch == file.ETag
                    ? Results.StatusCode(StatusCodes.Status304NotModified)
                    : Results.Bytes(file.Content, file.Type);
            })
            .ExcludeFromDescription();

    private static FrozenDictionary<string, (byte[], string, string)> Load()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var content = copy.ToArray();
            var name = resource[Prefix.Length..];
            var type = Path.GetExtension(name) switch
            {
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[name] = (content, type, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
