namespace Armscope.Web;

/// <summary>How the explorer runs: which register, where it listens, whether it accepts writes, and its limits.</summary>
public sealed record ExplorerOptions
{
    /// <summary>The loopback address `armscope serve` listens on unless told otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The SQLite register file to serve.</summary>
    public required string Register { get; init; }

    /// <summary>Addresses to listen on; port 0 picks a free port (see <see cref="ExplorerHost.Urls"/>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The key that POST /api/ingest requires; null leaves the register read-only (ingest answers 403).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted (uploads included); larger requests get 413.</summary>
    public long MaxRequestBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Largest page size the API and the pages serve; larger requests get 400.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>Most edges the network view and API return (the heaviest); larger requests get 400.</summary>
    public int MaxNetworkEdges { get; init; } = 5000;

    /// <summary>Most rows one CSV or JSON download writes.</summary>
    public int MaxDownloadRows { get; init; } = 1_000_000;

    /// <summary>The full-text index file; null puts it beside the register.</summary>
    public string? SearchIndex { get; init; }
}
