using Armscope.Core.Reference;
using Armscope.Extraction;
using Armscope.Ingestion;
using Armscope.Register;
using Armscope.Register.Ingest;
using Armscope.Register.Sqlite;
using Armscope.Web.Api;

namespace Armscope.Web.Ingest;

/// <summary>
/// Ingests uploaded files (text, HTML, JSON Lines, feeds, WARC: whatever `armscope ingest` reads) into the register:
/// each is saved to a private temporary folder, read by the ingestion readers, extracted and stored one document per
/// transaction. The writer and the extractor are made on first use, so a read-only server never opens either.
/// </summary>
public sealed class UploadIngester(ExplorerOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IRegister? _register;
    private TransferExtractor? _extractor;

    /// <summary>One uploaded input: the name it came with (its extension helps choose the format) and its bytes.</summary>
    public sealed record Upload(string Name, Stream Content);

    public async Task<IngestReportDto> IngestAsync(IReadOnlyList<Upload> uploads, DateOnly? published, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("armscope-upload-");
        try
        {
            var paths = new List<(string Path, string Name)>();
            foreach (var (upload, i) in uploads.Select((u, i) => (u, i)))
            {
                var name = SafeName(upload.Name, i);
                var path = Path.Combine(folder.FullName, $"{i:D3}-{name}");
                await using (var file = File.Create(path))
                {
                    await upload.Content.CopyToAsync(file, cancellationToken);
                }

                paths.Add((path, name));
            }

            await _gate.WaitAsync(cancellationToken);
            try
            {
                _extractor ??= new TransferExtractor(ReferenceData.Default);
                _register ??= SqliteRegister.Open(options.Register);
                return await IngestFilesAsync(paths, published, cancellationToken);
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_register is not null)
        {
            await _register.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<IngestReportDto> IngestFilesAsync(IReadOnlyList<(string Path, string Name)> paths, DateOnly? published, CancellationToken cancellationToken)
    {
        // Standard input and URLs are never read from an upload: only the saved files are given to the reader.
        var reader = new DocumentReader(new ReaderOptions
        {
            DefaultPublished = published,
            MaxDocumentBytes = options.MaxRequestBytes,
            StandardInput = () => Stream.Null,
        });
        int added = 0, skipped = 0, transfers = 0;
        var documents = new List<string>();
        var deals = new SortedSet<string>(StringComparer.Ordinal);
        var failures = new List<IngestFailureDto>();
        foreach (var (path, name) in paths)
        {
            foreach (var result in reader.Read([path]))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var origin = name + OriginSuffix(result.Origin, path);
                if (result.Document is not { } document)
                {
                    failures.Add(new IngestFailureDto(origin, result.Error ?? "could not be read"));
                    continue;
                }

                if (DocumentScreen.Problem(document.Text) is { } problem)
                {
                    failures.Add(new IngestFailureDto(origin, problem));
                    continue;
                }

                var outcome = await _register!.IngestAsync(document, _extractor!.Extract(document, cancellationToken), cancellationToken);
                documents.Add(outcome.DocumentId);
                if (outcome.Outcome == IngestOutcome.Skipped)
                {
                    skipped++;
                    continue;
                }

                added++;
                transfers += outcome.Transfers;
                deals.UnionWith(outcome.DealIds);
            }
        }

        return new IngestReportDto(added, skipped, failures.Count, transfers, documents, deals.ToList(), failures);
    }

    /// <summary>The upload's own file name, reduced to safe characters; its extension is kept for the format choice.</summary>
    private static string SafeName(string name, int index)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string(file.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_').ToArray()).TrimStart('.');
        if (safe.Length > 80)
        {
            safe = safe[^80..];
        }

        return safe.Length == 0 ? $"upload-{index}.txt" : safe;
    }

    /// <summary>What the reader adds after the path (a line or item number), so messages name the upload and not the temporary file.</summary>
    private static string OriginSuffix(string origin, string path) =>
        origin.StartsWith(path, StringComparison.Ordinal) ? origin[path.Length..] : "";
}
