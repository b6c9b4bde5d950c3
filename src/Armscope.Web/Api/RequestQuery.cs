using System.Globalization;
using Armscope.Core.Vocabulary;
using Armscope.Register.Web;
using Microsoft.Extensions.Primitives;

namespace Armscope.Web.Api;

/// <summary>A request the server will not answer as asked, with every reason: becomes a 400 (problem details for the API, a page for people).</summary>
public sealed class InvalidRequestException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("invalid request: " + string.Join("; ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}

/// <summary>A page of a list: 1-based page number and page size, as offset and limit.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public int Offset => (Page - 1) * PageSize;
}

/// <summary>
/// Reads query parameters strictly: each at most once, of the right type and range; every problem is collected and
/// reported together by <see cref="ThrowIfInvalid"/>.
/// </summary>
public sealed class RequestQuery(IQueryCollection query)
{
    private const int MaxPage = 1_000_000;
    private const int MaxTextLength = 200;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> CategoryNames { get; } = Enum.GetValues<WeaponCategory>().Select(c => c.ToSpecName()).ToList();

    public static IReadOnlyList<string> StatusNamesList { get; } = Enum.GetValues<TransferStatus>().Select(s => s.ToSpecName()).ToList();

    public string? Text(string name)
    {
        if (!One(name, out var value) || value.Length == 0)
        {
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            Fail(name, $"'{name}' is longer than {MaxTextLength} characters");
            return null;
        }

        return value.Trim();
    }

    public int? Int(string name, int min, int max)
    {
        if (!One(name, out var value) || value.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            Fail(name, $"'{name}' must be a whole number from {min} to {max}");
            return null;
        }

        return n;
    }

    public bool Flag(string name)
    {
        if (!One(name, out var value) || value.Length == 0)
        {
            return false;
        }

        if (value is "true" or "1")
        {
            return true;
        }

        if (value is not ("false" or "0"))
        {
            Fail(name, $"'{name}' must be true or false");
        }

        return false;
    }

    /// <summary>One of <paramref name="allowed"/>; <paramref name="fallback"/> when absent.</summary>
    public string Choice(string name, IReadOnlyList<string> allowed, string fallback)
    {
        if (!One(name, out var value) || value.Length == 0)
        {
            return fallback;
        }

        if (!allowed.Contains(value, StringComparer.Ordinal))
        {
            Fail(name, $"'{name}' must be one of: {string.Join(", ", allowed)}");
            return fallback;
        }

        return value;
    }

    public Paging Paging(int defaultSize, int maxSize)
    {
        var page = Int("page", 1, MaxPage) ?? 1;
        var size = Int("pageSize", 1, maxSize) ?? Math.Min(defaultSize, maxSize);
        return new Paging(page, size);
    }

    /// <summary>supplier, recipient, system, category, status, from and to (years).</summary>
    public DealFilter DealFilter()
    {
        WeaponCategory? category = null;
        if (Text("category") is { } c)
        {
            if (Armscope.Core.Vocabulary.CategoryNames.TryParse(c, out var parsed))
            {
                category = parsed;
            }
            else
            {
                Fail("category", $"'category' must be one of: {string.Join(", ", CategoryNames)}");
            }
        }

        TransferStatus? status = null;
        if (Text("status") is { } s)
        {
            if (StatusNamesList.Contains(s.ToLowerInvariant(), StringComparer.Ordinal))
            {
                status = StatusNames.ParseStatus(s);
            }
            else
            {
                Fail("status", $"'status' must be one of: {string.Join(", ", StatusNamesList)}");
            }
        }

        var from = Int("from", 1, 9998);
        var to = Int("to", 1, 9998);
        if (from is not null && to is not null && from > to)
        {
            Fail("from", "'from' must not be after 'to'");
        }

        return new DealFilter(Party(Text("supplier")), Party(Text("recipient")), Text("system"), category, status, from, to);
    }

    public void Fail(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var list))
        {
            _errors[name] = list = [];
        }

        list.Add(message);
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new InvalidRequestException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        }
    }

    /// <summary>State codes are upper case ("ru" finds RU); other parties (NATO, MBDA) are named as stored.</summary>
    public static string? Party(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetter) ? code.ToUpperInvariant() : code;

    private bool One(string name, out string value)
    {
        value = "";
        if (!query.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            return false;
        }

        if (values.Count > 1)
        {
            Fail(name, $"give '{name}' once");
            return false;
        }

        value = values[0] ?? "";
        return true;
    }
}
