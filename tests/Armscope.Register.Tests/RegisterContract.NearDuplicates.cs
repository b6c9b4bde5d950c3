using Armscope.Register.Pipeline;
using static Armscope.Register.Tests.Duplicates.WireStories;
using static Armscope.Register.Tests.Duplicates.WireTexts;

namespace Armscope.Register.Tests;

/// <summary>Near duplicates: the same story with small edits is one document with several sources, its records counted once.</summary>
public abstract partial class RegisterContract
{
    private static readonly string WireId = ContentHash.DocumentId(ContentHash.Of(WireText));

    /// <summary>The wire story once more, its last sentence swapped for another by a third outlet.</summary>
    private static readonly Article ThirdCopy = Story(
        "evening-post/k2",
        "K2 contract signed in Warsaw",
        "2025-08-06",
        "https://evening-post.example/k2",
        WireText.Replace("Opposition lawmakers asked for more detail on how the purchase would be financed.", "Shares in the tank's maker rose in Seoul after the news.", StringComparison.Ordinal),
        Facts.Transfer("KR", "PL", "K2", Core.Vocabulary.TransferStatus.Order, "2025-08-05", category: Core.Vocabulary.WeaponCategory.ArmouredVehicles, quantity: 180,
            sentence: Wire.Transfers[0].Evidence.Text));

    [SkippableFact]
    public async Task A_syndicated_copy_becomes_another_source_of_the_stored_story_and_adds_no_records()
    {
        await using var register = Open("near-copy");

        var wire = await register.IngestAsync(Wire.Document, Wire.Transfers);
        var copy = await register.IngestAsync(Syndicated.Document, Syndicated.Transfers);

        Assert.Equal((IngestOutcome.Added, false), (wire.Outcome, wire.NearDuplicate));
        Assert.Equal((IngestOutcome.Skipped, true, WireId, 0), (copy.Outcome, copy.NearDuplicate, copy.DocumentId, copy.Transfers));
        Assert.Equal(new RegisterCounts(1, 1, 1), await register.CountAsync());

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        Assert.Equal((1, 1, 180), (deal.Records, deal.Documents, deal.Quantity));
        var detail = (await register.GetDealAsync(deal.Id))!;
        var evidence = Assert.Single(Assert.Single(detail.Timeline).Records);
        Assert.Equal(("harbour-wire/k2-contract", "Poland signs for more K2 tanks"), (evidence.Document.Name, evidence.Document.Title));
        Assert.Collection(
            detail.Sources,
            s => Assert.Equal(new DocumentSource(WireId, "daily-courier/warsaw-orders-tanks", "Warsaw orders 180 K2 tanks from Seoul", new DateOnly(2025, 8, 6), "https://daily-courier.example/warsaw-orders-tanks", NearCopy: true), s),
            s => Assert.Equal(new DocumentSource(WireId, "harbour-wire/k2-contract", "Poland signs for more K2 tanks", new DateOnly(2025, 8, 5), "https://harbour-wire.example/k2-contract", NearCopy: false), s));
        Assert.Contains("\"near_copy\": true", await JsonOf(register), StringComparison.Ordinal);
        Assert.True(await register.ContainsAsync(ContentHash.Of(SyndicatedText)));
    }

    [SkippableFact]
    public async Task A_different_story_on_the_same_subject_stays_a_document_of_its_own()
    {
        await using var register = Open("near-same-subject");

        await IngestAll(register, Wire);
        var other = await register.IngestAsync(SameSubject.Document, SameSubject.Transfers);

        Assert.Equal((IngestOutcome.Added, false), (other.Outcome, other.NearDuplicate));
        Assert.Equal(new RegisterCounts(2, 2, 1), await register.CountAsync());
        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        Assert.Equal((2, 2), (deal.Records, deal.Documents));
        Assert.Equal(2, (await register.GetDealAsync(deal.Id))!.Sources.Count);
    }

    [SkippableFact]
    public async Task Ingesting_near_copies_again_changes_nothing()
    {
        await using var register = Open("near-twice");
        await IngestAll(register, Wire, Syndicated, SameSubject);
        var counts = await register.CountAsync();
        var json = await JsonOf(register);
        var csv = await CsvOf(register);

        var again = new List<IngestResult>();
        foreach (var article in new[] { Syndicated, Wire, SameSubject })
        {
            again.Add(await register.IngestAsync(article.Document, article.Transfers));
        }

        Assert.All(again, r => Assert.Equal((IngestOutcome.Skipped, false), (r.Outcome, r.NearDuplicate)));
        Assert.Equal(WireId, again[0].DocumentId);
        Assert.True(await register.RecordCopyAsync(Syndicated.Document));
        Assert.Equal(counts, await register.CountAsync());
        Assert.Equal(json, await JsonOf(register));
        Assert.Equal(csv, await CsvOf(register));
    }

    [SkippableFact]
    public async Task A_reprint_of_a_near_copy_is_one_more_source_of_the_same_document()
    {
        await using var register = Open("near-reprint");
        await IngestAll(register, Wire, Syndicated);
        var reprint = Syndicated.Document with { Id = "gazette/k2", Source = "https://gazette.example/k2", Title = "K2 deal" };

        var result = await register.IngestAsync(reprint, Syndicated.Transfers);
        var noted = await register.RecordCopyAsync(reprint with { Id = "gazette/k2-mirror" });

        Assert.Equal((IngestOutcome.Skipped, WireId), (result.Outcome, result.DocumentId));
        Assert.True(noted);
        var document = Assert.Single(await register.FindDocumentsAsync(new DocumentQuery()));
        Assert.Equal("harbour-wire/k2-contract", document.Name);
        var sources = (await register.GetDealAsync(Assert.Single(await register.FindDealsAsync(new DealQuery())).Id))!.Sources;
        Assert.Equal(["daily-courier/warsaw-orders-tanks", "gazette/k2", "gazette/k2-mirror", "harbour-wire/k2-contract"], sources.Select(s => s.Name));
        Assert.Equal([true, true, true, false], sources.Select(s => s.NearCopy));
    }

    [SkippableFact]
    public async Task The_earliest_published_copy_is_the_document_whatever_order_the_copies_arrive_in()
    {
        Article[][] orders =
        [
            [Wire, SameSubject, Syndicated, ThirdCopy],
            [Syndicated, SameSubject, ThirdCopy, Wire],
            [ThirdCopy, Syndicated, Wire, SameSubject],
        ];
        var exports = new List<string>();
        for (var i = 0; i < orders.Length; i++)
        {
            await using var register = Open($"near-order-{i}");
            await IngestAll(register, orders[i]);

            Assert.Equal(["harbour-wire/k2-contract", "harbour-wire/k2-arrival"], (await register.FindDocumentsAsync(new DocumentQuery())).Select(d => d.Name));
            await AssertDealsAreTheMergeOfTheirRecords(register);
            exports.Add(await JsonOf(register) + await CsvOf(register));
        }

        Assert.Single(exports.Distinct());
    }

    [SkippableFact]
    public async Task Copies_published_the_same_day_give_way_to_the_smaller_id_whatever_arrived_first()
    {
        await using var forward = Open("near-tie-forward");
        await using var backward = Open("near-tie-backward");

        await IngestAll(forward, Syndicated, ThirdCopy);
        await IngestAll(backward, ThirdCopy, Syndicated);

        var expected = new[] { Syndicated, ThirdCopy }.Select(a => ContentHash.DocumentId(ContentHash.Of(a.Document.Text))).Min(StringComparer.Ordinal);
        Assert.Equal(expected, Assert.Single(await forward.FindDocumentsAsync(new DocumentQuery())).Id);
        Assert.Equal(await JsonOf(forward), await JsonOf(backward));
    }

    [SkippableFact]
    public async Task An_earlier_copy_arriving_later_takes_the_place_of_the_stored_one_and_its_records_are_withdrawn()
    {
        await using var register = Open("near-replace");

        // The later copy's extraction found one more record, in a deal of its own: both go with it.
        var handover = Facts.Transfer("KR", "PL", "K9", Core.Vocabulary.TransferStatus.Delivery, modality: Core.Vocabulary.Modality.Planned, category: Core.Vocabulary.WeaponCategory.Artillery,
            sentence: "The ministry did not give a date for the first handover to the new unit.");
        var later = Story(Syndicated.Document.Id, Syndicated.Document.Title!, "2025-08-06", Syndicated.Document.Source!, SyndicatedText,
            new Fact(Syndicated.Transfers[0], Syndicated.Transfers[0].Evidence.Text), handover);
        await IngestAll(register, later, SameSubject);
        var first = await register.IngestAsync(Wire.Document, Wire.Transfers);

        Assert.Equal((IngestOutcome.Added, true, ContentHash.DocumentId(ContentHash.Of(SyndicatedText)), 2), (first.Outcome, first.NearDuplicate, first.Replaced, first.WithdrawnTransfers));
        Assert.Equal(new[] { DealKey.IdFor("KR|PL|k2"), DealKey.IdFor("KR|PL|k9") }.Order(StringComparer.Ordinal), first.DealIds);
        Assert.Equal(new RegisterCounts(2, 2, 1), await register.CountAsync());
        Assert.Null(await register.GetDealAsync(DealKey.IdFor("KR|PL|k9")));
        await AssertDealsAreTheMergeOfTheirRecords(register);
        Assert.Null(await register.GetDocumentTextAsync(ContentHash.DocumentId(ContentHash.Of(SyndicatedText))));
        Assert.True(await register.ContainsAsync(ContentHash.Of(SyndicatedText)));

        var sources = (await register.GetDealAsync(DealKey.IdFor("KR|PL|k2")))!.Sources;
        Assert.Equal([(WireId, "daily-courier/warsaw-orders-tanks", true), (WireId, "harbour-wire/k2-contract", false)], sources.Where(s => s.DocumentId == WireId).Select(s => (s.DocumentId, s.Name, s.NearCopy)));
        var again = await register.IngestAsync(later.Document, later.Transfers);
        Assert.Equal((IngestOutcome.Skipped, false, WireId), (again.Outcome, again.NearDuplicate, again.DocumentId));
    }

    private static async Task AssertDealsAreTheMergeOfTheirRecords(IRegister register)
    {
        await foreach (var detail in register.ReadAllDealsAsync())
        {
            var records = await register.FindTransfersAsync(new TransferQuery(DealId: detail.Deal.Id));
            Assert.Equal(DealMerger.Merge(records).Deal, detail.Deal);
        }
    }

    [SkippableFact]
    public async Task Near_copies_within_one_batch_are_stored_as_they_would_be_one_by_one()
    {
        await using var batched = Open("near-batch");
        await using var single = Open("near-single");
        Article[] stories = [Wire, Syndicated, SameSubject, ThirdCopy];

        var results = await ((IBatchRegister)batched).IngestBatchAsync([.. stories.Select(a => new DocumentTransfers(a.Document, a.Transfers))]);
        await IngestAll(single, stories);

        Assert.Equal([false, true, false, true], results.Select(r => r.NearDuplicate));
        Assert.Equal(new RegisterCounts(2, 2, 1), await batched.CountAsync());
        Assert.Equal(await JsonOf(single), await JsonOf(batched));
    }

    [SkippableFact]
    public async Task Briefs_too_short_to_judge_are_kept_apart_even_when_nearly_identical()
    {
        await using var register = Open("near-briefs");

        await IngestAll(
            register,
            Articles.Of("brief-a", "2025-08-05", Facts.Transfer("KR", "PL", "K2", Core.Vocabulary.TransferStatus.Order, "2025-08", sentence: "Poland signed a contract on Tuesday to buy 180 more K2 tanks from South Korea.")),
            Articles.Of("brief-b", "2025-08-05", Facts.Transfer("KR", "PL", "K2", Core.Vocabulary.TransferStatus.Order, "2025-08", sentence: "Poland signed a contract on Tuesday to buy 180 more K2 tanks from South Korea, officials said.")));

        Assert.Equal(new RegisterCounts(2, 2, 1), await register.CountAsync());
    }

    [SkippableFact]
    public async Task Near_copies_stored_at_the_same_moment_by_several_writers_become_one_document()
    {
        Article[] copies = [Wire, Syndicated, ThirdCopy];
        for (var round = 0; round < 4; round++)
        {
            var writers = copies.Select(_ => Open($"near-race-{round}")).ToList();
            try
            {
                using var start = new Barrier(copies.Length);

                // No records: nothing else (no deal in common) makes the writers wait for each other.
                var results = await Task.WhenAll(copies.Select((copy, i) => Task.Run(() =>
                {
                    start.SignalAndWait();
                    return writers[i].IngestAsync(copy.Document, []);
                })));

                Assert.Single(results, r => !r.NearDuplicate);
                Assert.Equal(new RegisterCounts(1, 0, 0), await writers[0].CountAsync());
                Assert.Equal(WireId, Assert.Single(await writers[0].FindDocumentsAsync(new DocumentQuery())).Id);
            }
            finally
            {
                foreach (var writer in writers)
                {
                    await writer.DisposeAsync();
                }
            }
        }
    }

    [SkippableFact]
    public async Task A_register_from_before_signatures_recognises_later_copies_of_the_documents_it_holds()
    {
        await using (var current = Open("near-upgrade-source"))
        {
            await IngestAll(current, Wire, SameSubject);
        }

        await MakeFirstSchemaCopyAsync("near-upgrade-source", "near-upgrade-old");
        await using var upgraded = Open("near-upgrade-old");
        var copy = await upgraded.IngestAsync(Syndicated.Document, Syndicated.Transfers);

        Assert.Equal((IngestOutcome.Skipped, true, WireId), (copy.Outcome, copy.NearDuplicate, copy.DocumentId));
        Assert.Equal(new RegisterCounts(2, 2, 1), await upgraded.CountAsync());
    }

    [SkippableFact]
    public async Task A_register_of_schema_4_is_upgraded_and_finds_its_exact_and_near_copies_as_before()
    {
        var corpus = GeneratedCorpus(seed: 13, articles: 40);
        var mirror = Wire.Document with { Id = "mirror/k2", Source = "https://mirror.example/k2" };
        var mirrorAgain = Wire.Document with { Id = "mirror/k2-again" };
        await using (var current = Open("schema4-source"))
        {
            await IngestAll(current, [.. corpus[..20], Wire, Syndicated]);
            Assert.True(await current.RecordCopyAsync(mirror));
        }

        // The same rows as schema 4 kept them: every source row with its text's hash, an exact copy's its document's.
        await MakeSchemaFourCopyAsync("schema4-source", "schema4-old");
        await using (var upgraded = Open("schema4-old"))
        await using (var source = Open("schema4-source"))
        {
            Assert.Equal(await JsonOf(source), await JsonOf(upgraded));
            Assert.True(await upgraded.ContainsAsync(ContentHash.Of(WireText)));
            Assert.True(await upgraded.ContainsAsync(ContentHash.Of(SyndicatedText)));
            Assert.False(await upgraded.ContainsAsync(ContentHash.Of(WireText + " More.")));
            Assert.False(await upgraded.ContainsAsync("abc"));
            var again = await upgraded.IngestAsync(mirrorAgain, Wire.Transfers);
            var near = await upgraded.IngestAsync(Syndicated.Document with { Id = "daily-courier/again" }, Syndicated.Transfers);
            Assert.Equal((IngestOutcome.Skipped, false, WireId), (again.Outcome, again.NearDuplicate, again.DocumentId));
            Assert.Equal((IngestOutcome.Skipped, WireId), (near.Outcome, near.DocumentId));
            await IngestAll(upgraded, [.. corpus[20..], ThirdCopy, SameSubject]);
        }

        await using (var fresh = Open("schema4-fresh"))
        await using (var upgraded = Open("schema4-old"))
        {
            await IngestAll(fresh, [.. corpus[..20], Wire, Syndicated]);
            Assert.True(await fresh.RecordCopyAsync(mirror));
            await fresh.IngestAsync(mirrorAgain, Wire.Transfers);
            await fresh.IngestAsync(Syndicated.Document with { Id = "daily-courier/again" }, Syndicated.Transfers);
            await IngestAll(fresh, [.. corpus[20..], ThirdCopy, SameSubject]);
            Assert.Equal(await CountsOf(fresh), await CountsOf(upgraded));
            Assert.Equal(await JsonOf(fresh), await JsonOf(upgraded));
            Assert.Equal(await CsvOf(fresh), await CsvOf(upgraded));
        }
    }

    /// <summary>
    /// Makes the store <paramref name="to"/> as a build of schema 4 would have left it, holding every row of
    /// <paramref name="from"/> (a store at the current schema), each source row with its text's hash.
    /// </summary>
    protected abstract Task MakeSchemaFourCopyAsync(string from, string to);

    [SkippableFact]
    public async Task Near_copies_are_found_after_a_bulk_ingest_and_when_another_writer_stored_the_original()
    {
        await using var bulk = Open("near-bulk");
        var batches = (IBatchRegister)bulk;

        // More documents than a writer looks up in SQL before it keeps the band table in memory.
        foreach (var chunk in Enumerable.Range(0, 1200).Select(Filler).Chunk(300))
        {
            await batches.IngestBatchAsync([.. chunk.Select(d => new DocumentTransfers(d, []))]);
        }

        var original = Filler(7);
        var copy = original with { Id = "filler-copy", Published = original.Published!.Value.AddDays(1), Text = original.Text.Replace("w", "W", StringComparison.Ordinal) + " Updated." };
        var failed = original with { Id = "filler-refused", Text = Filler(5000).Text };
        var found = (await batches.IngestBatchAsync([new DocumentTransfers(copy, [])]))[0];
        var inMemory = bulk is Sqlite.SqliteRegister { KeepsBandsInMemory: true };
        await Assert.ThrowsAnyAsync<Exception>(() => batches.IngestBatchAsync([new DocumentTransfers(failed, [Facts.Transfer("KR", "PL", "K2", Core.Vocabulary.TransferStatus.Order, quantity: -1).Transfer])]));
        await using (var other = Open("near-bulk"))
        {
            await IngestAll(other, Wire);
        }

        var foundAfterOther = await bulk.IngestAsync(Syndicated.Document, Syndicated.Transfers);
        var inMemoryAfterOther = bulk is Sqlite.SqliteRegister { KeepsBandsInMemory: true };
        var refusedNotKept = await bulk.IngestAsync(failed with { Id = "filler-refused-copy", Text = failed.Text + " Updated." }, []);

        Assert.Equal((IngestOutcome.Skipped, true, IdOf(original)), (found.Outcome, found.NearDuplicate, found.DocumentId));
        Assert.Equal((IngestOutcome.Skipped, true, WireId), (foundAfterOther.Outcome, foundAfterOther.NearDuplicate, foundAfterOther.DocumentId));
        Assert.Equal((IngestOutcome.Added, false), (refusedNotKept.Outcome, refusedNotKept.NearDuplicate));
        Assert.Equal(new RegisterCounts(1202, 1, 1), await bulk.CountAsync());

        // SQLite's single writer keeps the band table in memory, until another writer changes it.
        Assert.Equal((bulk is Sqlite.SqliteRegister, false), (inMemory, inMemoryAfterOther));
    }

    /// <summary>A story of its own: 80 words drawn at random, so that no two share more than a stray shingle.</summary>
    private static Core.Vocabulary.Document Filler(int i)
    {
        var random = new Random(i);
        var text = string.Join(' ', Enumerable.Range(0, 80).Select(_ => $"w{random.Next(100_000)}")) + ".";
        return new Core.Vocabulary.Document($"filler-{i}", $"Filler {i}", new DateOnly(2024, 1, 1).AddDays(i % 300), $"https://filler.example/{i}", text);
    }

    private static string IdOf(Core.Vocabulary.Document document) => ContentHash.DocumentId(ContentHash.Of(document.Text));
}
