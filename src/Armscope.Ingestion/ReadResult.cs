using Armscope.Core.Vocabulary;

namespace Armscope.Ingestion;

/// <summary>One item read from a source: a document, or the reason it could not be read (never both).</summary>
/// <param name="Origin">The file (and line or item) it came from, for error messages.</param>
public sealed record ReadResult(string Origin, Document? Document, string? Error)
{
    /// <summary>Language of the document (ISO 639 code) when its source declares one.</summary>
    public string? Language { get; init; }

    public bool Succeeded => Document is not null;

    public static ReadResult Ok(string origin, Document document) => new(origin, document, null);

    public static ReadResult Failed(string origin, string error) => new(origin, null, error);
}
