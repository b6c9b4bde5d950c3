using Armscope.Core.Reference;
using Armscope.Core.Vocabulary;
using Armscope.Extraction;
using Armscope.Register.Ingest;
using Armscope.Register.Pipeline;
using Armscope.Register.Sqlite;

namespace Armscope.Register.Tests.Pipeline;

public sealed class IngestPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly TransferExtractor Extractor = new(ReferenceData.Default);

    private readonly string _folder = Directory.CreateTempSubdirectory("armscope-pipeline-").FullName;
    private readonly List<IngestFailure> _failures = [];
    private readonly List<IAsyncDisposable> _registers = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var register in _registers)
        {
            await register.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_document_of_every_source_is_stored_exactly_once()
    {
        var register = Register<ProbeRegister>();
        var extracted = 0;
        var pipeline = new IngestPipeline(
            register,
            (_, _) =>
            {
                Interlocked.Increment(ref extracted);
                return [];
            },
            new PipelineOptions { Parallelism = 4, Readers = 2, BatchSize = 7, Capacity = 5 });

        var summary = await pipeline.RunAsync(
            ["a.jsonl", "b.jsonl", "c.jsonl"],
            source => Enumerable.Range(1, 200).Select(i => Item($"{source}:{i}", $"Story {i} of {source}.")),
            _failures.Add).WaitAsync(Patience);

        Assert.Equal(new IngestSummary(600, 0, 0, 0, 0), summary);
        Assert.Empty(_failures);
        Assert.Equal(600, extracted);
        Assert.Equal(600, register.Stored);
        var names = (await register.FindDocumentsAsync(new DocumentQuery(Limit: 1000))).Select(d => d.Name).ToList();
        Assert.Equal(600, names.Distinct().Count());
        Assert.Contains("c.jsonl:200", names);
    }

    [Fact]
    public async Task The_register_holds_the_same_deals_whatever_the_order_and_the_number_of_threads()
    {
        var stories = Stories().ToList();
        var sequential = Register<ProbeRegister>("sequential.db");
        await new IngestPipeline(sequential, Extractor.Extract, new PipelineOptions { Parallelism = 1, BatchSize = 1 })
            .RunAsync(["all"], _ => stories, _failures.Add);

        var shuffled = stories.Select((s, i) => (s, i)).OrderBy(p => p.i * 17 % stories.Count).Select(p => p.s).ToList();
        var parallel = Register<ProbeRegister>("parallel.db");
        await new IngestPipeline(parallel, Extractor.Extract, new PipelineOptions { Parallelism = 4, Readers = 2, BatchSize = 3, Capacity = 2 })
            .RunAsync(["first half", "second half"], half => half == "first half" ? shuffled[..20] : shuffled[20..], _failures.Add)
            .WaitAsync(Patience);

        Assert.Empty(_failures);
        var expected = await sequential.FindDealsAsync(new DealQuery(Limit: 1000));
        Assert.NotEmpty(expected);
        Assert.Equal(await sequential.CountAsync(), await parallel.CountAsync());
        Assert.Equal(expected.OrderBy(d => d.Id, StringComparer.Ordinal), (await parallel.FindDealsAsync(new DealQuery(Limit: 1000))).OrderBy(d => d.Id, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_slow_register_holds_the_readers_back_so_memory_stays_bounded()
    {
        var register = Register<ProbeRegister>();
        var release = new SemaphoreSlim(0);
        register.BeforeStore = (_, token) => release.WaitAsync(token);
        var options = new PipelineOptions { Parallelism = 2, BatchSize = 4, Capacity = 8 };
        var produced = 0;
        using var stop = new CancellationTokenSource();

        var run = new IngestPipeline(register, (_, _) => [], options)
            .RunAsync(["endless"], _ => Endless(() => Interlocked.Increment(ref produced)), _failures.Add, cancellationToken: stop.Token);
        var plateau = await Plateau(() => Volatile.Read(ref produced));

        Assert.Equal(0, register.Stored);
        Assert.InRange(plateau, options.Capacity, options.MaxInFlight);
        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Patience));
    }

    [Fact]
    public async Task Cancelling_stops_every_stage_and_keeps_only_whole_documents()
    {
        var register = Register<ProbeRegister>();
        var tally = new IngestTally();
        var produced = 0;
        using var stop = new CancellationTokenSource();
        var run = new IngestPipeline(register, Extractor.Extract, new PipelineOptions { Parallelism = 2, BatchSize = 8, Capacity = 16 })
            .RunAsync(["endless"], _ => Endless(() => Interlocked.Increment(ref produced)), _failures.Add, tally, stop.Token);

        while (tally.Snapshot().New < 50)
        {
            await Task.Delay(10).WaitAsync(Patience);
            Assert.False(run.IsCompleted);
        }

        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(Patience));
        var readWhenStopped = Volatile.Read(ref produced);
        await Task.Delay(100);

        Assert.Equal(readWhenStopped, Volatile.Read(ref produced));
        var counts = await register.CountAsync();
        Assert.Equal(tally.Snapshot().New, counts.Documents);
        Assert.Equal(tally.Snapshot().Transfers, counts.Transfers);
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task Each_failure_is_reported_once_and_every_other_document_is_stored()
    {
        var register = Register<ProbeRegister>();
        register.BeforeStore = (document, _) =>
            document.Text.Contains("refused", StringComparison.Ordinal) ? throw new InvalidOperationException("CHECK constraint failed\nquantity") : Task.CompletedTask;

        static IEnumerable<SourceItem> CutShort()
        {
            yield return Item("cut.jsonl:1", "Kept before the damage.");
            throw new InvalidDataException("unexpected end of data");
        }

        var summary = await new IngestPipeline(
                register,
                (document, _) => document.Text.Contains("crash", StringComparison.Ordinal) ? throw new IndexOutOfRangeException("index 7") : [],
                new PipelineOptions { Parallelism = 3, BatchSize = 2, Capacity = 2 })
            .RunAsync(
                ["feed.jsonl", "cut.jsonl", "missing.txt"],
                source => source switch
                {
                    "feed.jsonl" =>
                    [
                        Item("feed.jsonl:1", "A good story."),
                        new SourceItem("feed.jsonl:2", null, "broken JSON line"),
                        Item("feed.jsonl:3", "This one makes the extractor crash."),
                        Item("feed.jsonl:4", "   "),
                        Item("feed.jsonl:5", "This one is refused by the register."),
                        Item("feed.jsonl:6", "Another good story."),
                    ],
                    "cut.jsonl" => CutShort(),
                    _ => throw new FileNotFoundException("no such file or folder"),
                },
                _failures.Add)
            .WaitAsync(Patience);

        Assert.Equal(3, summary.New);
        Assert.Equal(6, summary.Failed);
        Assert.Equal(
            [
                new IngestFailure("cut.jsonl", "unexpected end of data"),
                new IngestFailure("feed.jsonl:2", "broken JSON line"),
                new IngestFailure("feed.jsonl:3", "extraction failed: index 7"),
                new IngestFailure("feed.jsonl:4", "empty: no text to read"),
                new IngestFailure("feed.jsonl:5", "not stored: CHECK constraint failed quantity"),
                new IngestFailure("missing.txt", "no such file or folder"),
            ],
            _failures.OrderBy(f => f.Origin, StringComparer.Ordinal));
        Assert.Equal(3, (await register.CountAsync()).Documents);
    }

    [Fact]
    public async Task A_batch_the_register_refuses_is_stored_one_by_one_so_only_its_culprit_fails()
    {
        var register = Register<BatchProbeRegister>();
        register.RefuseBatch = batch => batch.Any(e => e.Document.Text.Contains("poison", StringComparison.Ordinal));
        register.BeforeStore = (document, _) =>
            document.Text.Contains("poison", StringComparison.Ordinal) ? throw new InvalidOperationException("CHECK constraint failed") : Task.CompletedTask;
        var items = Enumerable.Range(1, 40).Select(i => Item($"f:{i}", i == 17 ? "A poison story." : $"Story {i}.")).ToList();

        var summary = await new IngestPipeline(register, (_, _) => [], new PipelineOptions { Parallelism = 2, BatchSize = 8, Capacity = 64 })
            .RunAsync(["f"], _ => items, _failures.Add)
            .WaitAsync(Patience);

        Assert.Equal(39, summary.New);
        Assert.Equal(new IngestFailure("f:17", "not stored: CHECK constraint failed"), Assert.Single(_failures));
        Assert.True(register.Batches > 0);
        Assert.Equal(39, (await register.CountAsync()).Documents);
    }

    [Fact]
    public async Task The_same_story_twice_in_one_run_is_stored_once()
    {
        var register = Register<ProbeRegister>();

        var summary = await new IngestPipeline(register, Extractor.Extract, new PipelineOptions { Parallelism = 2, BatchSize = 4 })
            .RunAsync(
                ["wire", "reprint"],
                source => [Item($"{source}:1", "Russia delivered S-400 systems to Turkey in July 2019."), Item($"{source}:2", $"A story only the {source} has.")],
                _failures.Add)
            .WaitAsync(Patience);

        Assert.Equal(3, summary.New);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(1, summary.Transfers);
        Assert.Equal(3, (await register.CountAsync()).Documents);
    }

    [Fact]
    public async Task A_story_already_stored_is_not_extracted_again_but_still_reaches_the_register_as_a_copy()
    {
        var register = Register<ProbeRegister>();
        var extracted = 0;
        var pipeline = new IngestPipeline(
            register,
            (document, token) =>
            {
                Interlocked.Increment(ref extracted);
                return Extractor.Extract(document, token);
            },
            new PipelineOptions { Parallelism = 2 });
        var story = "Russia delivered S-400 systems to Turkey in July 2019.";
        await pipeline.RunAsync(["wire"], _ => [Item("wire:1", story)], _failures.Add);

        var summary = await pipeline.RunAsync(["reprint"], _ => [Item("reprint:1", story)], _failures.Add).WaitAsync(Patience);

        Assert.Equal(new IngestSummary(0, 1, 0, 0, 0), summary);
        Assert.Equal(1, extracted);
        Assert.Equal(2, register.Stored);
        Assert.Equal(new RegisterCounts(1, 1, 1), await register.CountAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_syndicated_copy_is_counted_as_a_near_duplicate_whichever_copy_is_stored_first(bool wireFirst)
    {
        await using var register = SqliteRegister.Open(Path.Combine(_folder, $"near-{wireFirst}.db"));
        Article[] stories = [Duplicates.WireStories.Wire, Duplicates.WireStories.SameSubject, Duplicates.WireStories.Syndicated];
        var transfers = stories.ToDictionary(s => s.Document.Id, s => s.Transfers);
        var noted = new List<IngestResult>();
        var pipeline = new IngestPipeline(register, (document, _) => transfers[document.Id], new PipelineOptions { Parallelism = 1, BatchSize = 1 })
        {
            NearDuplicateStored = (_, _, result) => noted.Add(result),
        };

        var summary = await pipeline
            .RunAsync(["wire"], _ => (wireFirst ? stories : stories.Reverse()).Select(s => new SourceItem($"wire:{s.Document.Id}", s.Document, null)), _failures.Add)
            .WaitAsync(Patience);

        Assert.Equal(new IngestSummary(2, 0, 0, 2, 1, NearDuplicates: 1), summary);
        Assert.Empty(_failures);
        // Arriving last, the wire story (published a day earlier) takes the place of the copy stored before it.
        Assert.Equal(!wireFirst, Assert.Single(noted).Replaced is not null);
        Assert.Equal(
            ["harbour-wire/k2-arrival", "harbour-wire/k2-contract"],
            (await register.FindDocumentsAsync(new DocumentQuery())).Select(d => d.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_stage_that_breaks_ends_the_run_with_its_own_error_instead_of_hanging()
    {
        var register = Register<ProbeRegister>();

        var run = new IngestPipeline(register, (_, _) => [], new PipelineOptions { Parallelism = 2, Capacity = 1, BatchSize = 1 })
            .RunAsync(
                ["endless"],
                _ => Endless(() => 0).Select((item, i) => i == 5 ? new SourceItem("endless:5", null, "broken line") : item),
                _ => throw new InvalidOperationException("the progress display broke"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(Patience));
        Assert.Equal("the progress display broke", error.Message);
    }

    [Fact]
    public void Settings_out_of_range_are_refused_by_name()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new IngestPipeline(null!, (_, _) => [], new PipelineOptions { Parallelism = 0 }));
        Assert.Equal("Parallelism", error.ParamName);
    }

    private T Register<T>(string name = "register.db")
        where T : ProbeRegister
    {
        var inner = SqliteRegister.Open(Path.Combine(_folder, name));
        var register = (T)Activator.CreateInstance(typeof(T), inner)!;
        _registers.Add(register);
        return register;
    }

    private static SourceItem Item(string origin, string text) =>
        new(origin, new Document(origin, null, new DateOnly(2024, 3, 1), null, text), null);

    /// <summary>Stories of a few deals, told on different days with different facts, so merged deals depend on every record.</summary>
    private static IEnumerable<SourceItem> Stories()
    {
        string[] facts =
        [
            "Russia delivered S-400 systems to Turkey in July 2019.",
            "Turkey ordered S-400 air defence systems from Russia in 2017.",
            "France sold 36 Rafale jets to India in 2016.",
            "India received the first five Rafale fighters from France in July 2020.",
            "Germany suspended deliveries of Leopard 2 tanks to Saudi Arabia in November 2018.",
            "Poland signed a contract to buy 250 Abrams tanks from the United States for $4.75 billion in April 2022.",
            "The United States delivered the first Abrams tanks to Poland in 2023.",
            "Australia cancelled its order for Attack-class submarines from France in September 2021.",
        ];
        for (var i = 0; i < 40; i++)
        {
            var published = new DateOnly(2016, 1, 1).AddDays(i * 97 % 2900);
            var text = $"Report {i}.\n\n{facts[i % facts.Length]} {facts[(i * 3 + 1) % facts.Length]}";
            yield return new SourceItem($"story:{i}", new Document($"story-{i}", null, published, null, text), null);
        }
    }

    private static IEnumerable<SourceItem> Endless(Func<int> count)
    {
        for (var i = 0; ; i++)
        {
            count();
            yield return Item($"endless:{i}", $"Endless story number {i}: Russia delivered S-400 systems to Turkey.");
        }
    }

    /// <summary>The value a counter settles at: unchanged for half a second.</summary>
    private static async Task<int> Plateau(Func<int> counter)
    {
        var deadline = DateTime.UtcNow + Patience;
        var last = -1;
        var stableSince = DateTime.UtcNow;
        while (DateTime.UtcNow < deadline)
        {
            var now = counter();
            if (now != last)
            {
                last = now;
                stableSince = DateTime.UtcNow;
            }
            else if (now > 0 && DateTime.UtcNow - stableSince > TimeSpan.FromMilliseconds(500))
            {
                return now;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"the counter never settled (last {last})");
    }
}
