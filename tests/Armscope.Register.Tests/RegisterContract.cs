using System.Text;
using Armscope.Core.Vocabulary;
using Armscope.Register.Export;
using Armscope.Register.Pipeline;
using static Armscope.Core.Vocabulary.TransferStatus;

namespace Armscope.Register.Tests;

/// <summary>
/// What every register must do, whatever stores it. A back end joins by deriving from this class and
/// opening a store by name (the same name, the same store).
/// </summary>
public abstract partial class RegisterContract
{
    /// <summary>Opens, creating when missing, the store called <paramref name="name"/> for this test.</summary>
    protected abstract IRegister Open(string name);

    protected static readonly Article S400Order = Articles.Of(
        "s400-order",
        "2017-12-29",
        Facts.Transfer("RU", "TR", "S-400", Order, "2017-12", quantity: 4, value: new Money(2_500_000_000m, "USD"),
            sentence: "Turkey signed a $2.5 billion contract for four S-400 batteries from Russia in December 2017."));

    protected static readonly Article S400Delivery = Articles.Of(
        "s400-delivery",
        "2019-07-12",
        Facts.Transfer("RU", "TR", "S-400", Delivery, "2019-07-12",
            sentence: "The first parts of the S-400 system arrived at Murted air base near Ankara on Friday."));

    protected static readonly Article MixedNews = Articles.Of(
        "mixed",
        "2019-04-29",
        Facts.Transfer("RU", "TR", null, Interest, "2019-04-29",
            sentence: "Turkish officials voiced eagerness to buy other Russian-built air defence systems."),
        Facts.Transfer("RU", "TR", null, Interest, "2019-04-29", category: WeaponCategory.Missiles,
            sentence: "They also want Russian anti-tank munitions."),
        Facts.Transfer("US", "IN", "F-35", Offer, "2019", modality: Modality.Possible, category: WeaponCategory.Aircraft,
            sentence: "Washington could offer F-35 jets to New Delhi."));

    private static readonly Article[] Corpus = [S400Order, S400Delivery, MixedNews];

    [SkippableFact]
    public async Task Ingesting_the_same_documents_twice_leaves_the_register_unchanged()
    {
        await using var register = Open("twice");
        await IngestAll(register, Corpus);
        var counts = await register.CountAsync();
        var json = await JsonOf(register);
        var csv = await CsvOf(register);

        var again = new List<IngestResult>();
        foreach (var article in Corpus)
        {
            again.Add(await register.IngestAsync(article.Document, article.Transfers));
        }

        Assert.All(again, r => Assert.Equal(IngestOutcome.Skipped, r.Outcome));
        Assert.Equal(counts, await register.CountAsync());
        Assert.Equal(json, await JsonOf(register));
        Assert.Equal(csv, await CsvOf(register));
    }

    [SkippableFact]
    public async Task The_same_text_rewrapped_is_recognised_as_already_ingested()
    {
        await using var register = Open("rewrap");
        var original = S400Order.Document;
        var rewrapped = original with { Id = "copy", Text = original.Text.Replace(" ", "\r\n  ", StringComparison.Ordinal) + "\n" };

        var first = await register.IngestAsync(original, S400Order.Transfers);
        var second = await register.IngestAsync(rewrapped, S400Order.Transfers);

        Assert.Equal(IngestOutcome.Added, first.Outcome);
        Assert.Equal(IngestOutcome.Skipped, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.True(await register.ContainsAsync(ContentHash.Of(rewrapped.Text)));
        Assert.Equal(new RegisterCounts(1, 1, 1), await register.CountAsync());
    }

    [SkippableFact]
    public async Task Records_from_two_documents_merge_into_one_deal_with_a_two_entry_timeline()
    {
        await using var register = Open("merge");
        await IngestAll(register, S400Order, S400Delivery);

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        Assert.Equal("S-400", deal.System);
        Assert.Equal(2, deal.Records);
        Assert.Equal(2, deal.Documents);

        var detail = (await register.GetDealAsync(deal.Id))!;
        Assert.Collection(
            detail.Timeline,
            e =>
            {
                Assert.Equal(Order, e.Status);
                Assert.Equal("2017-12", e.When.ToString());
                Assert.Equal("s400-order", Assert.Single(e.Records).Document.Name);
            },
            e =>
            {
                Assert.Equal(Delivery, e.Status);
                Assert.Equal("2019-07-12", e.When.ToString());
                Assert.Equal("s400-delivery", Assert.Single(e.Records).Document.Name);
            });
    }

    [SkippableFact]
    public async Task Every_timeline_entry_carries_its_evidence_sentence_with_the_document_it_came_from()
    {
        await using var register = Open("evidence");
        await IngestAll(register, S400Order);

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        var record = Assert.Single(Assert.Single((await register.GetDealAsync(deal.Id))!.Timeline).Records);
        var text = await register.GetDocumentTextAsync(record.Document.Id);

        Assert.Equal("Turkey signed a $2.5 billion contract for four S-400 batteries from Russia in December 2017.", record.Transfer.Evidence.Text);
        Assert.Equal(record.Transfer.Evidence.Text, text![record.Transfer.Evidence.Start..record.Transfer.Evidence.End]);
        Assert.Equal("Title of s400-order", record.Document.Title);
        Assert.Equal("https://news.example/s400-order", record.Document.Source);
        Assert.Equal(new DateOnly(2017, 12, 29), record.Document.Published);
    }

    [SkippableFact]
    public async Task Spellings_of_one_system_merge_into_one_deal()
    {
        await using var register = Open("spellings");
        await IngestAll(
            register,
            Articles.Of("a", "2018-01-01", Facts.Transfer("RU", "TR", "S-400", Order, "2017")),
            Articles.Of("b", "2018-02-01", Facts.Transfer("RU", "TR", "S 400", Order, "2017")),
            Articles.Of("c", "2018-03-01", Facts.Transfer("RU", "TR", "s400", Delivery, "2019", modality: Modality.Planned)));

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        Assert.Equal(3, deal.Records);
        Assert.Equal("RU|TR|s400", deal.MergeKey);
    }

    [SkippableFact]
    public async Task Records_that_name_no_system_merge_by_category()
    {
        await using var register = Open("categories");
        await IngestAll(
            register,
            MixedNews,
            Articles.Of("more", "2019-05-02", Facts.Transfer("RU", "TR", null, Negotiation, "2019-05", sentence: "Talks on more air defence systems are under way.")));

        var deals = await register.FindDealsAsync(new DealQuery(Supplier: "RU"));

        Assert.Equal(2, deals.Count);
        var airDefence = Assert.Single(deals, d => d.Category == WeaponCategory.AirDefenceSystems);
        var missiles = Assert.Single(deals, d => d.Category == WeaponCategory.Missiles);
        Assert.Null(airDefence.System);
        Assert.Equal("RU|TR|category:air defence systems", airDefence.MergeKey);
        Assert.Equal(2, airDefence.Records);
        Assert.Equal(1, missiles.Records);
    }

    [SkippableFact]
    public async Task Current_status_is_that_of_the_latest_dated_event_whatever_the_order_of_ingestion()
    {
        await using var forward = Open("status-forward");
        await using var backward = Open("status-backward");
        await IngestAll(forward, S400Order, S400Delivery);
        await IngestAll(backward, S400Delivery, S400Order);

        Assert.Equal(Delivery, Assert.Single(await forward.FindDealsAsync(new DealQuery())).Status);
        Assert.Equal(Delivery, Assert.Single(await backward.FindDealsAsync(new DealQuery())).Status);
    }

    [SkippableFact]
    public async Task An_undated_cancellation_takes_its_date_from_the_report_and_becomes_the_current_status()
    {
        await using var register = Open("cancel");
        await IngestAll(
            register,
            S400Order,
            Articles.Of("cancelled", "2021-03-01", Facts.Transfer("RU", "TR", "S-400", Cancellation, sentence: "Ankara has cancelled the S-400 deal.")));

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        Assert.Equal(Cancellation, deal.Status);
        Assert.Equal("2021-03-01", deal.LastSeen.ToString());
        Assert.Equal("2017-12", deal.FirstSeen.ToString());
    }

    [SkippableFact]
    public async Task On_the_same_date_the_later_stage_is_the_current_status()
    {
        await using var register = Open("same-date");
        await IngestAll(
            register,
            Articles.Of("x", "2020-05-05", Facts.Transfer("FR", "IN", "Rafale", Delivery, "2020", category: WeaponCategory.Aircraft)),
            Articles.Of("y", "2020-06-06", Facts.Transfer("FR", "IN", "Rafale", Order, "2020", category: WeaponCategory.Aircraft)));

        Assert.Equal(Delivery, Assert.Single(await register.FindDealsAsync(new DealQuery())).Status);
    }

    [SkippableFact]
    public async Task A_planned_or_possible_event_does_not_override_one_stated_as_fact()
    {
        await using var register = Open("modality");
        await IngestAll(
            register,
            S400Order,
            Articles.Of("later", "2019-04-29",
                Facts.Transfer("RU", "TR", "S-400", Delivery, "2019", modality: Modality.Planned),
                Facts.Transfer("RU", "TR", "S-400", Offer, "2019-04-10", modality: Modality.Possible)));

        Assert.Equal(Order, Assert.Single(await register.FindDealsAsync(new DealQuery())).Status);
    }

    [SkippableFact]
    public async Task Quantity_and_value_come_from_the_order()
    {
        await using var register = Open("numbers");
        await IngestAll(
            register,
            S400Delivery,
            S400Order,
            Articles.Of("partial", "2019-09-15", Facts.Transfer("RU", "TR", "S-400", Delivery, "2019-09", quantity: 2)));

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
        Assert.Equal(4, deal.Quantity);
        Assert.Equal(new Money(2_500_000_000m, "USD"), deal.Value);
    }

    [SkippableFact]
    public async Task When_reports_of_one_event_give_different_numbers_the_earliest_report_stands_whatever_arrived_first()
    {
        var early = Articles.Of("early", "2018-01-10", Facts.Transfer("RU", "TR", "S-400", Order, "2017-12", quantity: 4, value: new Money(2_500_000_000m, "USD")));
        var late = Articles.Of("late", "2019-03-01", Facts.Transfer("RU", "TR", "S-400", Order, "2017-12", quantity: 5, value: new Money(2_000_000_000m, "USD")));
        foreach (var (name, order) in new[] { ("restated-forward", new[] { early, late }), ("restated-backward", new[] { late, early }) })
        {
            await using var register = Open(name);
            await IngestAll(register, order);

            var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));
            var entry = Assert.Single((await register.GetDealAsync(deal.Id))!.Timeline);

            Assert.Equal(4, deal.Quantity);
            Assert.Equal(new Money(2_500_000_000m, "USD"), deal.Value);
            Assert.Equal(4, entry.Quantity);
            Assert.Equal(new DateOnly(2018, 1, 10), entry.FirstReported);
        }
    }

    [SkippableFact]
    public async Task An_undated_event_is_dated_by_its_first_report_whatever_arrived_first()
    {
        await using var register = Open("first-report");
        await IngestAll(
            register,
            Articles.Of("later-report", "2021-03-01", Facts.Transfer("RU", "TR", "S-400", Cancellation, sentence: "Ankara cancelled the S-400 deal, officials said again.")),
            Articles.Of("first-report", "2020-01-15", Facts.Transfer("RU", "TR", "S-400", Cancellation, sentence: "Ankara has cancelled the S-400 deal.")));

        var deal = Assert.Single(await register.FindDealsAsync(new DealQuery()));

        Assert.Equal("2020-01-15", deal.FirstSeen.ToString());
        Assert.Equal("2020-01-15", deal.LastSeen.ToString());
    }

    [SkippableFact]
    public async Task A_deal_is_named_as_its_earliest_report_names_it_whatever_arrived_first()
    {
        await using var register = Open("naming");
        await IngestAll(
            register,
            Articles.Of("later", "2019-01-01", Facts.Transfer("RU", "TR", "S 400", Delivery, "2019")),
            Articles.Of("earlier", "2017-01-01", Facts.Transfer("RU", "TR", "S-400", Order, "2017")));

        Assert.Equal("S-400", Assert.Single(await register.FindDealsAsync(new DealQuery())).System);
    }

    [SkippableFact]
    public async Task Deals_filter_by_party_code_or_name_in_any_case()
    {
        await using var register = Open("parties");
        await IngestAll(register, Corpus);

        Assert.Equal(3, (await register.FindDealsAsync(new DealQuery(Supplier: "ru"))).Count);
        Assert.Equal(3, (await register.FindDealsAsync(new DealQuery(Supplier: "Russia"))).Count);
        Assert.Equal("F-35", Assert.Single(await register.FindDealsAsync(new DealQuery(Recipient: "India"))).System);
        Assert.Empty(await register.FindDealsAsync(new DealQuery(Supplier: "TR")));
    }

    [SkippableFact]
    public async Task Deals_filter_by_system_key_and_its_variants_but_not_by_a_longer_number()
    {
        await using var register = Open("systems");
        await IngestAll(
            register,
            Articles.Of("jets", "2020-01-01",
                Facts.Transfer("US", "PK", "F-16", Delivery, "2019", category: WeaponCategory.Aircraft),
                Facts.Transfer("US", "IN", "F-1", Offer, "2019", category: WeaponCategory.Aircraft),
                Facts.Transfer("US", "TR", "F-35A", Order, "2018", category: WeaponCategory.Aircraft)));

        Assert.Equal("F-1", Assert.Single(await register.FindDealsAsync(new DealQuery(System: "F1"))).System);
        Assert.Equal("F-35A", Assert.Single(await register.FindDealsAsync(new DealQuery(System: "f-35"))).System);
        Assert.Equal(3, (await register.FindDealsAsync(new DealQuery(System: "F"))).Count);
    }

    [SkippableFact]
    public async Task Deals_filter_by_category_status_and_year_of_latest_event()
    {
        await using var register = Open("filters");
        await IngestAll(register, Corpus);

        Assert.Equal("F-35", Assert.Single(await register.FindDealsAsync(new DealQuery(Category: WeaponCategory.Aircraft))).System);
        Assert.Equal("S-400", Assert.Single(await register.FindDealsAsync(new DealQuery(Status: Delivery))).System);
        Assert.Equal(2, (await register.FindDealsAsync(new DealQuery(Status: Interest))).Count);
        Assert.Equal(4, (await register.FindDealsAsync(new DealQuery(Since: 2019))).Count);
        Assert.Empty(await register.FindDealsAsync(new DealQuery(Since: 2020)));
        Assert.Single(await register.FindDealsAsync(new DealQuery(Supplier: "RU", Category: WeaponCategory.Missiles, Status: Interest, Since: 2019)));
    }

    [SkippableFact]
    public async Task Deals_list_latest_activity_first_and_honour_the_limit()
    {
        await using var register = Open("order");
        await IngestAll(register, Corpus);

        var all = await register.FindDealsAsync(new DealQuery());
        var firstTwo = await register.FindDealsAsync(new DealQuery(Limit: 2));
        var rest = await register.FindDealsAsync(new DealQuery(Offset: 2));

        Assert.Equal("S-400", all[0].System);
        Assert.Equal(all.Select(d => d.LastSeen).OrderByDescending(d => d), all.Select(d => d.LastSeen));
        Assert.Equal(all, [.. firstTwo, .. rest]);
    }

    [SkippableFact]
    public async Task Deal_ids_derive_from_the_merge_key_and_document_ids_from_the_content()
    {
        await using var one = Open("ids-one");
        await using var two = Open("ids-two");
        var a = await one.IngestAsync(S400Order.Document, S400Order.Transfers);
        var b = await two.IngestAsync(S400Order.Document with { Id = "another-name" }, S400Order.Transfers);

        Assert.Equal(a.DocumentId, b.DocumentId);
        Assert.Equal(ContentHash.DocumentId(ContentHash.Of(S400Order.Document.Text)), a.DocumentId);
        Assert.Equal([DealKey.IdFor("RU|TR|s400")], a.DealIds);
        Assert.Equal(a.DealIds, b.DealIds);
    }

    [SkippableFact]
    public async Task A_deal_can_be_found_by_a_prefix_of_its_id()
    {
        await using var register = Open("prefix");
        await IngestAll(register, Corpus);
        var id = DealKey.IdFor("RU|TR|s400");

        Assert.Equal([id], await register.FindDealIdsAsync(id[..8], 10));
        Assert.Equal([id], await register.FindDealIdsAsync(id.ToUpperInvariant(), 10));
        Assert.Equal(4, (await register.FindDealIdsAsync("", 10)).Count);
        Assert.Empty(await register.FindDealIdsAsync("zz", 10));
        Assert.Null(await register.GetDealAsync("0000000000000000"));
    }

    [SkippableFact]
    public async Task Transfers_and_documents_are_listed_as_stored()
    {
        await using var register = Open("lists");
        await IngestAll(register, Corpus);
        var documentId = ContentHash.DocumentId(ContentHash.Of(MixedNews.Document.Text));

        var transfers = await register.FindTransfersAsync(new TransferQuery(DocumentId: documentId));
        var documents = await register.FindDocumentsAsync(new DocumentQuery());

        Assert.Equal(MixedNews.Transfers, transfers.Select(t => t.Transfer));
        Assert.Equal([0, 1, 2], transfers.Select(t => t.Ordinal));
        Assert.Equal(["s400-order", "mixed", "s400-delivery"], documents.Select(d => d.Name));
        Assert.Equal(MixedNews.Document.Text, await register.GetDocumentTextAsync(documentId));
        Assert.Equal(2, (await register.FindTransfersAsync(new TransferQuery(DealId: DealKey.IdFor("RU|TR|s400")))).Count);
    }

    [SkippableFact]
    public async Task A_document_that_fails_midway_leaves_nothing_behind_and_the_register_goes_on()
    {
        await using var register = Open("atomic");
        await IngestAll(register, S400Order);
        var before = await register.CountAsync();
        var exportBefore = await JsonOf(register);

        // The third record has its evidence span reversed: the store refuses it after the document row,
        // two records and nothing else have been written.
        var broken = Articles.Of("broken", "2020-01-01",
            Facts.Transfer("CN", "PK", "HQ-9", Order, "2020"),
            Facts.Transfer("RU", "TR", "S-400", Delivery, "2020"),
            Facts.Transfer("CN", "PK", "J-10", Order, "2020", category: WeaponCategory.Aircraft));
        var transfers = broken.Transfers.ToList();
        transfers[2] = transfers[2] with { Evidence = new Evidence("reversed", 40, 10) };

        await Assert.ThrowsAnyAsync<Exception>(() => register.IngestAsync(broken.Document, transfers));

        Assert.Equal(before, await register.CountAsync());
        Assert.Equal(exportBefore, await JsonOf(register));
        Assert.False(await register.ContainsAsync(ContentHash.Of(broken.Document.Text)));
        Assert.Empty(await register.FindDealsAsync(new DealQuery(Supplier: "CN")));

        var retried = await register.IngestAsync(broken.Document, broken.Transfers);
        Assert.Equal(IngestOutcome.Added, retried.Outcome);
        Assert.Equal(new RegisterCounts(2, 4, 3), await register.CountAsync());
    }

    [SkippableFact]
    public async Task A_refused_document_does_not_lose_those_before_or_after_it()
    {
        await using var register = Open("neighbours");
        await register.IngestAsync(S400Order.Document, S400Order.Transfers);
        var bad = S400Delivery.Transfers.Select(t => t with { Quantity = -1 }).ToList();
        await Assert.ThrowsAnyAsync<Exception>(() => register.IngestAsync(S400Delivery.Document, bad));
        await register.IngestAsync(MixedNews.Document, MixedNews.Transfers);

        Assert.Equal(2, (await register.CountAsync()).Documents);
        Assert.True(await register.ContainsAsync(ContentHash.Of(S400Order.Document.Text)));
        Assert.True(await register.ContainsAsync(ContentHash.Of(MixedNews.Document.Text)));
        Assert.False(await register.ContainsAsync(ContentHash.Of(S400Delivery.Document.Text)));
    }

    [SkippableFact]
    public async Task A_document_without_transfers_is_still_recorded_as_ingested()
    {
        await using var register = Open("quiet");
        var quiet = Articles.Of("quiet", "2020-01-01");

        var result = await register.IngestAsync(quiet.Document, []);

        Assert.Equal(IngestOutcome.Added, result.Outcome);
        Assert.Empty(result.DealIds);
        Assert.Equal(new RegisterCounts(1, 0, 0), await register.CountAsync());
    }

    [SkippableFact]
    public async Task The_register_keeps_its_content_when_reopened()
    {
        await using (var register = Open("reopen"))
        {
            await IngestAll(register, Corpus);
        }

        await using var reopened = Open("reopen");
        Assert.Equal(new RegisterCounts(3, 5, 4), await reopened.CountAsync());
        Assert.Equal(IngestOutcome.Skipped, (await reopened.IngestAsync(S400Order.Document, S400Order.Transfers)).Outcome);
    }

    [SkippableFact]
    public async Task Exports_are_byte_identical_whatever_the_order_of_ingestion()
    {
        await using var forward = Open("export-forward");
        await using var backward = Open("export-backward");
        await IngestAll(forward, Corpus);
        await IngestAll(backward, [.. Corpus.Reverse()]);

        Assert.Equal(await JsonOf(forward), await JsonOf(backward));
        Assert.Equal(await CsvOf(forward), await CsvOf(backward));
        Assert.Equal(await GraphMlOf(forward), await GraphMlOf(backward));
    }

    [SkippableFact]
    public async Task Every_deal_is_exported_in_merge_key_order_with_its_timeline()
    {
        await using var register = Open("export-all");
        await IngestAll(register, Corpus);

        var deals = new List<DealDetail>();
        await foreach (var d in register.ReadAllDealsAsync())
        {
            deals.Add(d);
        }

        Assert.Equal(
            ["RU|TR|category:air defence systems", "RU|TR|category:missiles", "RU|TR|s400", "US|IN|f35"],
            deals.Select(d => d.Deal.MergeKey));
        Assert.Equal(2, deals[2].Timeline.Count);
        Assert.Equal(5, deals.Sum(d => d.Timeline.Sum(e => e.Records.Count)));
    }

    [SkippableFact]
    public async Task Every_stored_deal_equals_the_merge_of_its_records_whatever_the_ingestion_order()
    {
        var corpus = GeneratedCorpus(seed: 7, articles: 150);
        var exports = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            await using var register = Open($"generated-{round}");
            await IngestAll(register, [.. corpus.OrderBy(_ => Random.Shared.Next())]);

            await foreach (var detail in register.ReadAllDealsAsync())
            {
                var records = await register.FindTransfersAsync(new TransferQuery(DealId: detail.Deal.Id));
                Assert.Equal(DealMerger.Merge(records).Deal, detail.Deal);
            }

            exports.Add(await JsonOf(register) + await CsvOf(register));
        }

        Assert.Single(exports.Distinct());
    }

    [SkippableFact]
    public async Task Copies_of_one_text_show_the_first_name_in_order_whatever_arrived_first()
    {
        var copies = new[]
        {
            S400Order with { Document = S400Order.Document with { Id = "wire-copy", Source = "https://wire.example/1", Title = "Wire" } },
            S400Order,
            S400Order with { Document = S400Order.Document with { Id = "z-mirror", Source = null, Title = null } },
        };

        var exports = new List<string>();
        foreach (var (order, name) in new[] { (new[] { 0, 1, 2 }, "copies-a"), (new[] { 2, 1, 0 }, "copies-b"), (new[] { 1, 2, 0 }, "copies-c") })
        {
            await using var register = Open(name);
            var first = copies[order[0]];
            await register.IngestAsync(first.Document, first.Transfers);

            // Later copies arrive both ways: stored again (Skipped) or noted without extraction.
            Assert.Equal(IngestOutcome.Skipped, (await register.IngestAsync(copies[order[1]].Document, copies[order[1]].Transfers)).Outcome);
            Assert.True(await register.RecordCopyAsync(copies[order[2]].Document));
            exports.Add(await JsonOf(register) + await CsvOf(register));

            var document = Assert.Single(await register.FindDocumentsAsync(new DocumentQuery()));
            Assert.Equal(("s400-order", "https://news.example/s400-order", "Title of s400-order"), (document.Name, document.Source, document.Title));
        }

        Assert.Single(exports.Distinct());
    }

    [SkippableFact]
    public async Task A_copy_of_content_not_stored_is_not_noted()
    {
        await using var register = Open("copy-first");
        var mirror = S400Order.Document with { Id = "z-mirror" };

        Assert.False(await register.RecordCopyAsync(mirror));
        await register.IngestAsync(S400Order.Document, S400Order.Transfers);

        Assert.Equal("s400-order", Assert.Single(await register.FindDocumentsAsync(new DocumentQuery())).Name);
    }

    [SkippableFact]
    public async Task Names_titles_and_sources_are_stored_alike_on_every_back_end_even_when_malformed()
    {
        await using var register = Open("labels");
        var odd = S400Order.Document with { Id = "nul\0name", Title = "half \ud800 pair", Source = "ok \U0001F600" };

        await register.IngestAsync(odd, S400Order.Transfers);

        var document = Assert.Single(await register.FindDocumentsAsync(new DocumentQuery()));
        Assert.Equal(("nul\uFFFDname", "half \uFFFD pair", "ok \U0001F600"), (document.Name, document.Title, document.Source));
    }

    [SkippableFact]
    public async Task A_batch_is_stored_as_its_documents_one_by_one_would_be()
    {
        await using var batched = Open("batch");
        await using var single = Open("batch-single");
        var batch = (IBatchRegister)batched;
        var corpus = GeneratedCorpus(seed: 3, articles: 40);

        var results = await batch.IngestBatchAsync([.. corpus.Select(a => new DocumentTransfers(a.Document, a.Transfers)), new DocumentTransfers(corpus[0].Document, corpus[0].Transfers)]);
        await IngestAll(single, corpus);

        Assert.Equal(IngestOutcome.Skipped, results[^1].Outcome);
        Assert.Equal(await JsonOf(single), await JsonOf(batched));
    }

    [SkippableFact]
    public async Task An_export_reads_one_state_of_the_register_while_ingestion_goes_on()
    {
        await using var register = Open("snapshot");
        // One deal per article, so the export reads several pages; the later half interleaves with the first in key order.
        var corpus = Enumerable.Range(0, 1200)
            .Select(i => Articles.Of($"system-{i}", "2019-01-01", Facts.Transfer("RU", "TR", $"K-{(i % 2 == 0 ? i : 2400 - i)}", Order, "2019")))
            .ToArray();
        await IngestAll(register, corpus[..600]);
        var before = await JsonOf(register);
        var dealsBefore = (await register.CountAsync()).Deals;

        // Read the first deal of the export, write more, then read the rest: the export must not see the new writes.
        var deals = new List<DealDetail>();
        var writes = false;
        await foreach (var detail in register.ReadAllDealsAsync())
        {
            if (!writes)
            {
                await IngestAll(register, corpus[600..]);
                writes = true;
            }

            deals.Add(detail);
        }

        Assert.Equal(600, dealsBefore);
        Assert.Equal(dealsBefore, deals.Count);
        Assert.NotEqual(before, await JsonOf(register));
    }

    [SkippableFact]
    public async Task A_register_of_the_first_schema_is_upgraded_and_keeps_every_deal()
    {
        var corpus = GeneratedCorpus(seed: 5, articles: 60);
        await using (var current = Open("upgrade-source"))
        {
            await IngestAll(current, corpus[..30]);
        }

        await MakeFirstSchemaCopyAsync("upgrade-source", "upgrade-old");
        await using var upgraded = Open("upgrade-old");
        await using var fresh = Open("upgrade-fresh");
        await IngestAll(upgraded, corpus[30..]);
        await IngestAll(fresh, corpus);

        Assert.Equal(await CountsOf(fresh), await CountsOf(upgraded));
        Assert.Equal(await JsonOf(fresh), await JsonOf(upgraded));
        Assert.Equal(IngestOutcome.Skipped, (await upgraded.IngestAsync(corpus[0].Document, corpus[0].Transfers)).Outcome);
    }

    /// <summary>
    /// Makes the store <paramref name="to"/> as a build of schema 1 would have left it, holding the documents, records,
    /// deals and events of <paramref name="from"/> (a store at the current schema).
    /// </summary>
    protected abstract Task MakeFirstSchemaCopyAsync(string from, string to);

    private static Task<RegisterCounts> CountsOf(IRegister register) => register.CountAsync();

    /// <summary>Articles about a few deals, with every field varied: dated and undated, planned and possible, quantities, values, spellings.</summary>
    protected static Article[] GeneratedCorpus(int seed, int articles)
    {
        var random = new Random(seed);
        string[] systems = ["S-400", "S 400", "Rafale", null!, "Su-35"];
        string[] recipients = ["TR", "IN"];
        string?[] dates = [null, null, null, "2017", "2017-12", "2018-03-01", "2019", "2019-07", "2020-02-02"];
        string?[] published = [null, "2018-01-05", "2019-04-29", "2019-04-30", "2021-06-01"];
        var result = new Article[articles];
        for (var a = 0; a < articles; a++)
        {
            var facts = Enumerable.Range(0, random.Next(0, 5)).Select(f => Facts.Transfer(
                "RU",
                recipients[random.Next(recipients.Length)],
                systems[random.Next(systems.Length)],
                (TransferStatus)random.Next(random.Next(2) == 0 ? 3 : 8),
                dates[random.Next(dates.Length)],
                (Modality)random.Next(3),
                random.Next(4) == 0 ? WeaponCategory.Aircraft : WeaponCategory.AirDefenceSystems,
                random.Next(3) == 0 ? random.Next(1, 40) : null,
                random.Next(4) == 0 ? new Money(random.Next(1, 9) * 500_000_000m, random.Next(2) == 0 ? "USD" : "EUR") : null,
                $"Sentence {f} of article {a}.")).ToArray();
            result[a] = Articles.Of($"generated-{a}", published[random.Next(published.Length)], facts);
        }

        return result;
    }

    protected static async Task IngestAll(IRegister register, params Article[] articles)
    {
        foreach (var article in articles)
        {
            await register.IngestAsync(article.Document, article.Transfers);
        }
    }

    protected static async Task<string> JsonOf(IRegister register)
    {
        using var stream = new MemoryStream();
        await JsonExport.WriteAsync(register, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    protected static async Task<string> CsvOf(IRegister register)
    {
        using var writer = new StringWriter();
        await CsvExport.WriteAsync(register, writer);
        return writer.ToString();
    }

    protected static async Task<string> GraphMlOf(IRegister register)
    {
        using var stream = new MemoryStream();
        await GraphMlExport.WriteAsync(register, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
