using System.Text.RegularExpressions;

namespace Armscope.Ingestion.Html;

/// <summary>What the cleaner knows about the page beyond its blocks.</summary>
public sealed record ArticleFrame(string? Title, string? PageUrl);

/// <summary>One kind of boilerplate, recognised block by block.</summary>
public sealed record BoilerplateRule(string Name, Func<TextBlock, ArticleFrame, bool> Matches);

/// <summary>
/// Drops the boilerplate that a Readability pass leaves inside an article: navigation, captions and
/// photo credits, link lists, bylines and datelines, UI labels, copyright, newsletter and affiliate
/// notices, repeated headlines, and "related" lists. Every rule was kept only if it raised the F1 of
/// the whole article-extraction benchmark; none names a site. Short-block rules only: a real sentence
/// of an article is never dropped for its wording alone.
/// </summary>
public sealed partial class ArticleBodyCleaner
{
    private static readonly HashSet<string> InterfaceLabels =
    [
        "caption", "advert", "advertisement", "ad", "tags", "tag", "highlights", "share", "share this", "share this article",
        "comments", "comment", "print", "print article", "order reprints", "text size", "continue reading",
        "continue reading below", "read more", "related", "related news", "related articles", "related stories",
        "you may also like", "you might also like", "don t miss", "more", "recent articles", "popular this week",
        "most popular", "most read", "trending", "loading", "close", "sign in", "log in", "sign up", "subscribe", "email",
        "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "copy link", "image", "photo", "video",
        "view comments", "leave a comment", "post comment", "about the author", "see also", "also read", "listen", "play",
    ];

    public ArticleBodyCleaner()
        : this(DefaultRules)
    {
    }

    public ArticleBodyCleaner(IReadOnlyList<BoilerplateRule> rules) => Rules = rules;

    public IReadOnlyList<BoilerplateRule> Rules { get; }

    public static IReadOnlyList<BoilerplateRule> DefaultRules { get; } =
    [
        new("navigation", (b, _) => b.IsInside("nav") || NavigationMarker().IsMatch(b.Markers)),
        new("caption", (b, _) => b.Tag is "figcaption" or "caption" || b.IsInside("figure") || b.IsInside("figcaption")
            || b.Markers.Contains("caption", StringComparison.Ordinal) || b.Markers.Contains("credit", StringComparison.Ordinal)),
        new("page header", (b, _) => b.Tag == "header" || b.IsInside("header")),
        new("author box", (b, _) => AuthorMarker().IsMatch(b.Markers)),
        new("link list", (b, _) => b.LinkDensity > 0.6 && !BareUrl().IsMatch(b.Text)),
        new("headline repeated", (b, f) => f.Title is not null && Normalise(b.Text) == Normalise(f.Title)),
        new("page URL", (b, f) => f.PageUrl is not null && BareUrl().IsMatch(b.Text) && b.Text.Trim().TrimEnd('/') == f.PageUrl!.TrimEnd('/')),
        new("byline", (b, _) => Words(b.Text) <= 15 && (IsByline(b.Text) || MetaLine().IsMatch(b.Text))),
        new("writer credit", (b, _) => Words(b.Text) <= 8 && WriterTitle().IsMatch(b.Text)),
        new("attribution", (b, _) => Words(b.Text) <= 25 && Attribution().IsMatch(b.Text)),
        new("interface label", (b, _) => InterfaceLabels.Contains(Normalise(b.Text))),
        new("photo credit", (b, _) => Words(b.Text) <= 40 && (PhotoCredit().IsMatch(b.Text) || GluedAgency().IsMatch(b.Text))),
        new("copyright", (b, _) => Words(b.Text) <= 40 && Copyright().IsMatch(b.Text)),
        new("date line", (b, _) => IsDateLine(b.Text)),
        new("promotion", (b, _) => Words(b.Text) <= 60 && Promotion().IsMatch(b.Text)),
        new("affiliate notice", (b, _) => Words(b.Text) <= 60 && Affiliate().IsMatch(b.Text)),
    ];

    public IReadOnlyList<TextBlock> Clean(IReadOnlyList<TextBlock> blocks, ArticleFrame frame)
    {
        var related = RelatedListBlocks(blocks);
        var kept = new List<TextBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!related.Contains(i) && !Rules.Any(r => r.Matches(blocks[i], frame)))
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }

    /// <summary>Names of the rules that would drop <paramref name="block"/> (for diagnostics and tests).</summary>
    public IEnumerable<string> Explain(TextBlock block, ArticleFrame frame) => Rules.Where(r => r.Matches(block, frame)).Select(r => r.Name);

    /// <summary>
    /// A short "related / more stories / you may also like" heading and the run of list items, link-heavy
    /// lines and unpunctuated headlines right after it.
    /// </summary>
    private static HashSet<int> RelatedListBlocks(IReadOnlyList<TextBlock> blocks)
    {
        var drop = new HashSet<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (Words(blocks[i].Text) > 8 || !RelatedHeading().IsMatch(blocks[i].Text))
            {
                continue;
            }

            drop.Add(i);
            while (i + 1 < blocks.Count && LooksLikeListedHeadline(blocks[i + 1]))
            {
                drop.Add(++i);
            }
        }

        return drop;
    }

    private static bool LooksLikeListedHeadline(TextBlock b) =>
        b.Tag == "li" || b.LinkDensity > 0.3 || (Words(b.Text) <= 15 && !EndsLikeSentence().IsMatch(b.Text));

    /// <summary>
    /// "By Jane Example", "By A. Writer and B. Writer | Staff Reporter", "By Jane Example, 20 November 2019":
    /// names only, or names then a date or a role; never "By Monday, the navy had...".
    /// </summary>
    public static bool IsByline(string text)
    {
        var m = Byline().Match(text);
        if (!m.Success)
        {
            return false;
        }

        var tail = m.Groups["tail"].Value.Trim();
        return tail.Length == 0 || IsDateLine(tail) || WriterTitle().IsMatch(tail) || PhotoCredit().IsMatch(tail);
    }

    /// <summary>A block made only of a date and time ("November 18, 2019 | 4:10pm", "19.11.2019, 08:57").</summary>
    public static bool IsDateLine(string text)
    {
        if (text.Length > 80 || !text.Any(char.IsDigit) || !DateShape().IsMatch(text))
        {
            return false;
        }

        return Words(DateWord().Replace(text, " ")) == 0;
    }

    /// <summary>Number of runs of letters and digits, as the benchmark's tokeniser counts words.</summary>
    public static int Words(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c) || c == '_';
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    /// <summary>Lower-case words joined by single spaces.</summary>
    public static string Normalise(string text) =>
        string.Join(' ', WordRun().Matches(text.ToLowerInvariant()).Select(m => m.Value));

    private const string Months =
        "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?"
        + "|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre"
        + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
        + "|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|ago|set|out|dez"
        + "|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
        + "|januar|februar|märz|mai|juni|juli|oktober|dezember";

    [GeneratedRegex(@"\b(" + Months + @")\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}", RegexOptions.IgnoreCase)]
    private static partial Regex DateShape();

    [GeneratedRegex(@"\b(" + Months + @"|\d{1,4}(st|nd|rd|th|am|pm|h)?|am|pm|a\.m|p\.m|utc|gmt|est|edt|cst|cdt|pst|pdt|bst|cet|cest|ist|msk|amt|jst|kst|hkt|sgt|aest|aedt"
        + @"|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|updated|published|posted|on|at|de|às|à|le|el|um"
        + @"|feira|segunda|terça|quarta|quinta|sexta|sábado|domingo|first|last)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"(^|[\s_-])(nav|navigation|menu|breadcrumbs?|sitenav|topnav)($|[\s_-])")]
    private static partial Regex NavigationMarker();

    [GeneratedRegex(@"(^|[\s_-])(author|byline|bio|author-bio|contributor)($|[\s_-])")]
    private static partial Regex AuthorMarker();

    [GeneratedRegex(@"^\s*(https?://|www\.)\S+\s*$")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^\s*(by|BY|By)\s+(?<names>\p{Lu}[\w.'’-]*(\s+\p{Lu}[\w.'’-]*){0,3}((\s+(and|&)\s+|\s*,\s*)\p{Lu}[\w.'’-]*(\s+\p{Lu}[\w.'’-]*){0,3})*)\s*((?<separator>[,|•·–-])\s*(?<tail>.*))?$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\s*(photos?:|images?:|credits?:|\((image|photo)|image credit|(first |last )?(updated|published|posted)(:|\s+(on|at)\b|\s+\d|\s+(" + Months + @")\b)|\(?reporting by|additional reporting|editing by|write to |contact:|follow (us|me|him|her|them)\b|read more|see also|related:|advertisement\s*$|loading\s*(\.\.\.|…)?\s*$|sign in|sign up|subscribe\b|click here|share (this|on|via)\b|share:|comments?\s*$|close\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"\b(writer|correspondent|reporter|editor|columnist|contributor|staff)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WriterTitle();

    [GeneratedRegex(@"(contributed (reporting|to this report)|^\s*source:|wire services\s*$|^\s*filed under|^\s*tags?:|^\s*categor(y|ies):|^\s*posted in|^\s*(image|photo|slide|picture)?\s*\d+\s*(of|/)\s*\d+\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"(\((image|photo|picture|credit|pictured|source|foto)s?\b[^)]*\)|getty( images)?|shutterstock|istock(photo)?|(^|[)/|,]\s*)(reuters|ap photo|afp|epa|associated press|ap|ap file))\s*\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"[a-z.)](Reuters|AP|AFP|EPA|Getty)\.?\s*$")]
    private static partial Regex GluedAgency();

    [GeneratedRegex(@"©|ⓒ|^\s*copyright\b|all rights reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"\b(subscribe to (our|the)|newsletters\b|sign up (for|to) (our|the) [\w ]{0,30}newsletter|follow us|join our [\w ]{0,20}(newsletter|community|mailing list|forums?|club|channel)|click here|if you (enjoyed|liked) (this|the) (article|story|post)|like this (story|article)\?|share (it|this) with)", RegexOptions.IgnoreCase)]
    private static partial Regex Promotion();

    [GeneratedRegex(@"\b(may (earn|receive) (a|an) (small )?(affiliate )?commission|affiliate (links?|commission)|we may (earn|receive))", RegexOptions.IgnoreCase)]
    private static partial Regex Affiliate();

    [GeneratedRegex(@"^\s*(related|more (from|stories|on|great)|you (may|might) also (like|enjoy)|recommended|read (more|next|also)|popular|recent (articles|posts|stories)|about the author|most (read|popular|viewed)|trending|also read|see also|want more|latest (news|stories|articles)|further reading)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeading();

    [GeneratedRegex(@"[.!?]\s*$")]
    private static partial Regex EndsLikeSentence();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordRun();
}
