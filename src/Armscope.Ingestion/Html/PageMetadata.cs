using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Armscope.Ingestion.Html;

/// <summary>What a page says about itself: headline, publication date, canonical URL and language.</summary>
public sealed partial record PageMetadata(string? Title, DateOnly? Published, string? CanonicalUrl, string? Language)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
        "article.published", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created",
        "date", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
    ];

    /// <summary>Reads the metadata of a parsed page. Call before any extractor mutates the DOM.</summary>
    public static PageMetadata Read(IHtmlDocument page, string? pageUrl)
    {
        var metas = MetaValues(page);
        var jsonLd = JsonLdObjects(page).ToList();
        var canonical = Canonical(page, metas, pageUrl);
        return new PageMetadata(
            FindTitle(page, metas, jsonLd),
            PublicationDate(page, metas, jsonLd, canonical ?? pageUrl),
            canonical,
            FindLanguage(page, metas, jsonLd));
    }

    /// <summary>
    /// Candidates in order of how deliberately the publisher stated them: meta tags, then JSON-LD,
    /// then a marked-up &lt;time&gt;, then a date in the URL. The first plausible one wins.
    /// </summary>
    private static DateOnly? PublicationDate(IHtmlDocument page, Dictionary<string, string> metas, List<JsonElement> jsonLd, string? url)
    {
        foreach (var name in DateMetaNames)
        {
            if (metas.TryGetValue(name, out var value) && ParseDate(value) is { } d)
            {
                return d;
            }
        }

        foreach (var obj in jsonLd)
        {
            if (StringProperty(obj, "datePublished") is { } value && ParseDate(value) is { } d)
            {
                return d;
            }
        }

        var times = page.QuerySelectorAll("time[datetime]").ToList();
        var marked = times.FirstOrDefault(t => t.HasAttribute("pubdate")
            || string.Equals(t.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase)
            || (t.ClassName?.Contains("publish", StringComparison.OrdinalIgnoreCase) ?? false));
        foreach (var time in marked is null ? times : [marked, .. times])
        {
            if (ParseDate(time.GetAttribute("datetime")) is { } d)
            {
                return d;
            }
        }

        return url is null ? null : DateInUrl(url);
    }

    /// <summary>The calendar date as the publisher wrote it (no conversion to UTC), if plausible.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        DateOnly? date = null;
        var iso = IsoDatePrefix().Match(value);
        if (iso.Success && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
        }
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto))
        {
            date = DateOnly.FromDateTime(dto.DateTime);
        }
        else if (long.TryParse(value, out var epoch) && epoch > 0)
        {
            var seconds = epoch > 100_000_000_000 ? epoch / 1000 : epoch;
            date = DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        }

        return date is { Year: >= 1990 } && date.Value <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)) ? date : null;
    }

    /// <summary>A date written into a URL path: /2019/11/19/, /2019-11-19, /20191119/.</summary>
    public static DateOnly? DateInUrl(string url)
    {
        var m = UrlDate().Match(url);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1990 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return date <= DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)) ? date : null;
    }

    private static string? FindTitle(IHtmlDocument page, Dictionary<string, string> metas, List<JsonElement> jsonLd)
    {
        foreach (var name in new[] { "og:title", "twitter:title" })
        {
            if (metas.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v))
            {
                return Clean(v);
            }
        }

        foreach (var obj in jsonLd)
        {
            if (StringProperty(obj, "headline") is { } h && !string.IsNullOrWhiteSpace(h))
            {
                return Clean(h);
            }
        }

        if (page.QuerySelector("h1")?.TextContent is { } h1 && !string.IsNullOrWhiteSpace(h1))
        {
            return Clean(h1);
        }

        var title = page.Title;
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        // "Headline | Site" or "Headline - Site": keep the headline when the rest looks like a site name.
        var parts = TitleSeparator().Split(title);
        return Clean(parts.Length > 1 && parts[0].Length >= 15 ? parts[0] : title);
    }

    private static string? Canonical(IHtmlDocument page, Dictionary<string, string> metas, string? pageUrl)
    {
        var href = page.QuerySelector("link[rel~=canonical]")?.GetAttribute("href");
        if (string.IsNullOrWhiteSpace(href))
        {
            metas.TryGetValue("og:url", out href);
        }

        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, href, out var resolved)
            ? resolved.ToString()
            : null;
    }

    private static string? FindLanguage(IHtmlDocument page, Dictionary<string, string> metas, List<JsonElement> jsonLd)
    {
        var candidates = new List<string?>
        {
            page.DocumentElement?.GetAttribute("lang"),
            page.DocumentElement?.GetAttribute("xml:lang"),
            page.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"),
            metas.GetValueOrDefault("og:locale"),
            metas.GetValueOrDefault("language"),
        };
        candidates.AddRange(jsonLd.Select(o => StringProperty(o, "inLanguage")));
        return candidates.Select(PrimaryLanguage).FirstOrDefault(l => l is not null);
    }

    /// <summary>The primary language subtag of a tag such as "en-GB" or "pt_BR", lower case; null if it is not one.</summary>
    public static string? PrimaryLanguage(string? tag)
    {
        var m = tag is null ? Match.Empty : LanguageTag().Match(tag);
        return m.Success ? m.Groups[1].Value.ToLowerInvariant() : null;
    }

    private static Dictionary<string, string> MetaValues(IHtmlDocument page)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content") ?? meta.GetAttribute("datetime");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                values.TryAdd(key.Trim(), content);
            }
        }

        return values;
    }

    /// <summary>Every JSON-LD object of the page, articles first, with @graph and arrays flattened.</summary>
    private static IEnumerable<JsonElement> JsonLdObjects(IHtmlDocument page)
    {
        var found = new List<JsonElement>();
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Flatten(json.RootElement.Clone(), found, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other candidates still count.
            }
        }

        return found.OrderBy(o => IsArticle(o) ? 0 : 1);
    }

    private static void Flatten(JsonElement e, List<JsonElement> into, int depth)
    {
        if (depth > 4)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Flatten(item, into, depth + 1);
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            into.Add(e);
            if (e.TryGetProperty("@graph", out var graph))
            {
                Flatten(graph, into, depth + 1);
            }

            if (e.TryGetProperty("mainEntity", out var main))
            {
                Flatten(main, into, depth + 1);
            }
        }
    }

    private static bool IsArticle(JsonElement o) =>
        o.TryGetProperty("@type", out var type) && type.ToString().Contains("Article", StringComparison.OrdinalIgnoreCase)
        || o.TryGetProperty("@type", out var t2) && t2.ToString().Contains("Posting", StringComparison.OrdinalIgnoreCase);

    private static string? StringProperty(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array when v.GetArrayLength() > 0 && v[0].ValueKind == JsonValueKind.String => v[0].GetString(),
            JsonValueKind.Object when v.TryGetProperty("@value", out var inner) => inner.GetString(),
            JsonValueKind.Object when v.TryGetProperty("name", out var inner) && inner.ValueKind == JsonValueKind.String => inner.GetString(),
            _ => null,
        } : null;

    private static string Clean(string s) => Whitespace().Replace(System.Net.WebUtility.HtmlDecode(s), " ").Trim();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDatePrefix();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})(?:[/_-](?<m>[01]?\d)[/_-](?<d>[0-3]?\d)(?=[/_.-]|$)|(?<m>[01]\d)(?<d>[0-3]\d)(?=/))")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\s+[|\-–—·:]\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
