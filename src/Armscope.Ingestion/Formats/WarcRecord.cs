namespace Armscope.Ingestion.Formats;

/// <summary>One WARC record: its named header fields and its content block.</summary>
public sealed record WarcRecord(string Version, IReadOnlyDictionary<string, string> Headers, byte[] Block, long Offset)
{
    public string? this[string name] => Headers.TryGetValue(name, out var v) ? v : null;

    public string Type => this["WARC-Type"] ?? string.Empty;
}
