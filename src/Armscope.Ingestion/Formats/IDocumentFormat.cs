using Armscope.Ingestion.Inputs;

namespace Armscope.Ingestion.Formats;

/// <summary>How strongly a format claims an input; the strongest claim wins.</summary>
public enum FormatClaim
{
    None = 0,

    /// <summary>Nothing else fits and the content looks like text.</summary>
    Fallback = 1,

    /// <summary>The file name's extension is this format's.</summary>
    ByExtension = 2,

    /// <summary>The first bytes are unmistakably this format.</summary>
    ByContent = 3,
}

/// <summary>One input format (plain text, HTML page, JSON Lines, feed, web archive): recognises its inputs and turns them into documents.</summary>
public interface IDocumentFormat
{
    /// <summary>Short name for messages, e.g. "WARC".</summary>
    string Name { get; }

    FormatClaim Claim(InputSource input);

    /// <summary>Reads the input lazily: one result per document or per broken item.</summary>
    IEnumerable<ReadResult> Read(InputSource input, ReadContext context);
}
