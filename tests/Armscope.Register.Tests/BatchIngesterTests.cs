using System.Text;
using Armscope.Core.Vocabulary;
using Armscope.Ingestion;
using Armscope.Register.Ingest;
using Armscope.Register.Sqlite;

namespace Armscope.Register.Tests;

public sealed class BatchIngesterTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("armscope-batch-").FullName;
    private readonly List<IngestFailure> _failures = [];
    private readonly Dictionary<string, IReadOnlyList<Transfer>> _extractions = new(StringComparer.Ordinal);
    private IRegister _register = null!;
    private int _extractorCalls;

    public Task InitializeAsync()
    {
        _register = SqliteRegister.Open(Path.Combine(_folder, "register.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _register.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Empty_and_binary_files_are_named_in_one_line_each_and_the_rest_of_the_folder_is_ingested()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "a-good.txt"), "Russia delivered S-400 systems to Turkey in July 2019.");
        File.WriteAllBytes(Path.Combine(inbox, "b-empty.txt"), []);
        File.WriteAllBytes(Path.Combine(inbox, "c-binary.bin"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00]);
        File.WriteAllText(Path.Combine(inbox, "d-good.txt"), "France sold 36 Rafale jets to India in 2016.");

        var summary = await Ingester().RunAsync(
            [inbox],
            path => new DocumentReader().Read([path]).Select(r => new SourceItem(r.Origin, r.Document, r.Error)),
            _failures.Add);

        Assert.Equal(2, summary.New);
        Assert.Equal(2, summary.Failed);
        Assert.Collection(
            _failures,
            f => Assert.EndsWith("b-empty.txt", f.Origin),
            f => Assert.EndsWith("c-binary.bin", f.Origin));
        Assert.All(_failures, f => Assert.DoesNotContain('\n', f.Problem));
        Assert.Equal(2, (await _register.CountAsync()).Documents);
    }

    [Fact]
    public async Task Ingesting_the_same_folder_twice_leaves_the_register_unchanged()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_folder, "twice")).FullName;
        File.WriteAllText(Path.Combine(inbox, "order.txt"), "Turkey signed a contract for S-400 systems from Russia in December 2017.");
        File.WriteAllText(Path.Combine(inbox, "delivery.txt"), "The first S-400 parts arrived in Ankara in July 2019.");
        Directory.CreateDirectory(Path.Combine(inbox, "more"));
        File.WriteAllText(Path.Combine(inbox, "more", "offer.txt"), "Washington could offer F-35 jets to New Delhi.");
        _extractions["order"] = [Facts.Transfer("RU", "TR", "S-400", TransferStatus.Order, "2017-12").Transfer];
        _extractions["delivery"] = [Facts.Transfer("RU", "TR", "S-400", TransferStatus.Delivery, "2019-07").Transfer];
        _extractions["offer"] = [Facts.Transfer("US", "IN", "F-35", TransferStatus.Offer, "2019", Modality.Possible, WeaponCategory.Aircraft).Transfer];
        IEnumerable<SourceItem> Read(string path) => new DocumentReader().Read([path]).Select(r => new SourceItem(r.Origin, r.Document, r.Error));

        var first = await Ingester().RunAsync([inbox], Read, _failures.Add);
        var counts = await _register.CountAsync();
        var export = await ExportOf(_register);
        var second = await Ingester().RunAsync([inbox], Read, _failures.Add);

        Assert.Equal(new IngestSummary(3, 0, 0, 3, 2), first);
        Assert.Equal(new IngestSummary(0, 3, 0, 0, 0), second);
        Assert.Equal(counts, await _register.CountAsync());
        Assert.Equal(export, await ExportOf(_register));
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task A_read_error_is_reported_once_and_the_batch_goes_on()
    {
        var summary = await Ingester().RunAsync(
            ["feed.jsonl"],
            _ => [Item("feed.jsonl:1", "First story."), new SourceItem("feed.jsonl:2", null, "broken JSON line"), Item("feed.jsonl:3", "Third story.")],
            _failures.Add);

        Assert.Equal(new IngestSummary(2, 0, 1, 0, 0), summary);
        Assert.Equal(new IngestFailure("feed.jsonl:2", "broken JSON line"), Assert.Single(_failures));
    }

    [Fact]
    public async Task A_source_whose_reader_throws_loses_only_what_was_left_of_it()
    {
        static IEnumerable<SourceItem> Broken()
        {
            yield return Item("broken.jsonl:1", "Kept story.");
            throw new InvalidDataException("unexpected end of data\nat line 2");
        }

        var summary = await Ingester().RunAsync(
            ["broken.jsonl", "fine.txt"],
            source => source == "fine.txt" ? [Item("fine.txt", "Fine story.")] : Broken(),
            _failures.Add);

        Assert.Equal(2, summary.New);
        Assert.Equal(new IngestFailure("broken.jsonl", "unexpected end of data at line 2"), Assert.Single(_failures));
    }

    [Fact]
    public async Task A_text_decoded_from_another_encoding_is_refused_and_named()
    {
        var summary = await Ingester().RunAsync(
            ["latin1.txt", "ok.txt"],
            source => [Item(source, source == "latin1.txt" ? "Caf\uFFFD de la Paix" : "Plain story.")],
            _failures.Add);

        Assert.Equal(1, summary.New);
        var failure = Assert.Single(_failures);
        Assert.Equal("latin1.txt", failure.Origin);
        Assert.StartsWith("not valid UTF-8", failure.Problem);
    }

    [Fact]
    public async Task An_extractor_failure_fails_only_its_own_document()
    {
        var summary = await new BatchIngester(_register, (d, _) => d.Id == "bad" ? throw new InvalidOperationException("frame overflow") : [])
            .RunAsync(["in"], _ => [Item("good-1", "One."), Item("bad", "Two."), Item("good-2", "Three.")], _failures.Add);

        Assert.Equal(2, summary.New);
        Assert.Equal(new IngestFailure("bad", "extraction failed: frame overflow"), Assert.Single(_failures));
    }

    [Fact]
    public async Task A_document_the_register_refuses_is_reported_and_the_batch_goes_on()
    {
        var bad = Facts.Transfer("RU", "TR", "S-400", TransferStatus.Order, quantity: -3).Transfer;
        _extractions["refused"] = [bad];

        var summary = await Ingester().RunAsync(["in"], _ => [Item("refused", "Refused."), Item("after", "After.")], _failures.Add);

        Assert.Equal(1, summary.New);
        Assert.StartsWith("not stored: ", Assert.Single(_failures).Problem);
    }

    [Fact]
    public async Task A_second_run_skips_every_document_without_extracting_it_again()
    {
        var s400 = Facts.Transfer("RU", "TR", "S-400", TransferStatus.Order, "2017").Transfer;
        var su35 = Facts.Transfer("RU", "TR", "Su-35", TransferStatus.Offer, "2019", category: WeaponCategory.Aircraft).Transfer;
        _extractions["one"] = [s400, su35];
        _extractions["two"] = [s400];
        IEnumerable<SourceItem> Read(string _) => [Item("one", "First story."), Item("two", "Second story.")];

        var first = await Ingester().RunAsync(["in"], Read, _failures.Add);
        var callsAfterFirst = _extractorCalls;
        var second = await Ingester().RunAsync(["in"], Read, _failures.Add);

        Assert.Equal(new IngestSummary(2, 0, 0, 3, 2), first);
        Assert.Equal(new IngestSummary(0, 2, 0, 0, 0), second);
        Assert.Equal(callsAfterFirst, _extractorCalls);
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task A_syndicated_copy_is_counted_as_a_near_duplicate_and_adds_no_records()
    {
        Article[] stories = [Duplicates.WireStories.Wire, Duplicates.WireStories.SameSubject, Duplicates.WireStories.Syndicated];
        foreach (var story in stories)
        {
            _extractions[story.Document.Id] = story.Transfers;
        }

        IEnumerable<SourceItem> Read(string _) => stories.Select(s => new SourceItem(s.Document.Id, s.Document, null));
        var first = await Ingester().RunAsync(["wire"], Read, _failures.Add);
        var second = await Ingester().RunAsync(["wire"], Read, _failures.Add);

        Assert.Equal(new IngestSummary(2, 0, 0, 2, 1, NearDuplicates: 1), first);
        Assert.Equal(new IngestSummary(0, 3, 0, 0, 0), second);
        Assert.Equal(new RegisterCounts(2, 2, 1), await _register.CountAsync());
        Assert.Empty(_failures);
    }

    [Fact]
    public async Task Cancellation_stops_the_batch_between_documents()
    {
        using var cancel = new CancellationTokenSource();
        IEnumerable<SourceItem> Read(string _)
        {
            yield return Item("one", "First.");
            cancel.Cancel();
            yield return Item("two", "Second.");
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Ingester().RunAsync(["in"], Read, _failures.Add, cancellationToken: cancel.Token));
        Assert.Equal(1, (await _register.CountAsync()).Documents);
    }

    private BatchIngester Ingester() => new(_register, (document, _) =>
    {
        _extractorCalls++;
        return _extractions.GetValueOrDefault(document.Id) ?? [];
    });

    private static async Task<string> ExportOf(IRegister register)
    {
        using var stream = new MemoryStream();
        await Export.JsonExport.WriteAsync(register, stream);
        using var csv = new StringWriter();
        await Export.CsvExport.WriteAsync(register, csv);
        return Encoding.UTF8.GetString(stream.ToArray()) + csv;
    }

    private static SourceItem Item(string origin, string text) =>
        new(origin, new Document(origin, null, null, origin, text), null);
}
