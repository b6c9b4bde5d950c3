namespace Armscope.Ingestion.Html;

/// <summary>A web page reduced to its article: the body text and what the page says about itself.</summary>
public sealed record HtmlArticle(string Text, PageMetadata Metadata);
