namespace Armscope.Register.Pipeline;

/// <summary>How an <see cref="IngestPipeline"/> spreads work over threads and how much it keeps in flight.</summary>
public sealed record PipelineOptions
{
    /// <summary>Threads that screen and extract documents; all cores by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Sources read at the same time, each on its own thread; one keeps a single file's order of reading.</summary>
    public int Readers { get; init; } = 1;

    /// <summary>Most documents stored in one register call (one transaction where the register batches).</summary>
    public int BatchSize { get; init; } = 2048;

    /// <summary>
    /// How long the storing stage waits for a batch to fill when documents come slower than it stores them: longer waits
    /// make fewer, larger transactions, which write far fewer pages in all.
    /// </summary>
    public TimeSpan BatchLinger { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Most documents waiting between two stages: with <see cref="BatchSize"/>, what bounds memory.</summary>
    public int Capacity { get; init; } = 2048;

    /// <summary>
    /// Ask the register whether a document's content is already stored before extracting it (saves work when re-ingesting);
    /// such a document still goes to the register, without transfers, within a batch, so the register can keep it as a copy.
    /// </summary>
    public bool SkipKnownBeforeExtraction { get; init; } = true;

    /// <summary>Most documents read but not yet stored at any moment: what back-pressure guarantees.</summary>
    public int MaxInFlight => Readers + Capacity + Parallelism + Capacity + BatchSize;

    /// <summary>Throws when a setting is out of range, naming it.</summary>
    public void Validate()
    {
        static void Positive(int value, string name)
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1");
            }
        }

        Positive(Parallelism, nameof(Parallelism));
        Positive(Readers, nameof(Readers));
        Positive(BatchSize, nameof(BatchSize));
        Positive(Capacity, nameof(Capacity));
    }
}
