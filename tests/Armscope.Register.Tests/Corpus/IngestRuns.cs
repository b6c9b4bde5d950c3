using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction;
using Armscope.Register.Ingest;
using Armscope.Register.Pipeline;

namespace Armscope.Register.Tests.Corpus;

/// <summary>Ingests generated items the way `armscope ingest` does (known content filtered, limits, the pipeline), in process.</summary>
public static class IngestRuns
{
    private static readonly Lazy<TransferExtractor> SharedExtractor = new(() => new TransferExtractor(ReferenceData.Default));

    /// <summary>The real extractor, built once for all tests.</summary>
    public static TransferExtractor Extractor => SharedExtractor.Value;

    public static Document ToDocument(NewsGenerator.Item item) => new(
        item.Id,
        item.Title,
        DateOnly.ParseExact(item.Published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        item.Source,
        item.Text);

    /// <summary>
    /// One ingest run over <paramref name="sources"/> (each a list of items) into the register; returns the summary and
    /// the filter's counts. Cancelling stops it as an interrupted run stops.
    /// </summary>
    public static async Task<(IngestSummary Summary, long AlreadyStored, long Repeated)> RunAsync(
        IRegister register,
        IReadOnlyList<IReadOnlyList<NewsGenerator.Item>> sources,
        PipelineOptions? options = null,
        DocumentLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        limits ??= DocumentLimits.Default;
        var filter = new KnownContentFilter(register, limits, log: null);
        var pipeline = new IngestPipeline(register, limits.Bound<IReadOnlyList<Transfer>>(Extractor.Extract), options ?? new PipelineOptions { Parallelism = 2 });
        var names = Enumerable.Range(0, sources.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var failures = new List<IngestFailure>();
        var summary = await pipeline.RunAsync(
            names,
            name => filter.Filter(sources[int.Parse(name, System.Globalization.CultureInfo.InvariantCulture)].Select(i => new SourceItem($"{name}:{i.Id}", ToDocument(i), null)), cancellationToken),
            f =>
            {
                lock (failures)
                {
                    failures.Add(f);
                }
            },
            cancellationToken: cancellationToken);
        await filter.RecordPendingCopiesAsync(cancellationToken);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Select(f => $"{f.Origin}: {f.Problem}")));
        return (summary, filter.AlreadyStored, filter.Repeated);
    }
}
