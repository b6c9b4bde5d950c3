using System.Security.Cryptography;
using System.Text;

namespace Armscope.Web.Security;

/// <summary>Checks the API key of a write request: header X-Api-Key or "Authorization: Bearer KEY", compared in constant time.</summary>
public sealed class ApiKeyCheck
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _expected;

    public ApiKeyCheck(string? apiKey) => _expected = string.IsNullOrEmpty(apiKey) ? null : Hash(apiKey);

    /// <summary>False when the server was started without a key: writes are refused whatever the request carries.</summary>
    public bool WritesEnabled => _expected is not null;

    public bool Accepts(HttpRequest request)
    {
        if (_expected is null)
        {
            return false;
        }

        var given = request.Headers[Header].ToString();
        if (given.Length == 0 && request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }

        return given.Length > 0 && CryptographicOperations.FixedTimeEquals(Hash(given), _expected);
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
