using Armscope.Ingestion.Charsets;
using Armscope.Ingestion.Html;

namespace Armscope.Ingestion.Formats;

/// <summary>What every format needs while reading: the fallback publication date, the decoder and the HTML article parser.</summary>
public sealed record ReadContext(DateOnly? DefaultPublished, TextDecoder Decoder, HtmlArticleParser Html, long MaxDocumentBytes);
