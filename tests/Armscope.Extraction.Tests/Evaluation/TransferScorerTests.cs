using Armscope.Extraction.Evaluation;
using static Armscope.Extraction.Tests.Evaluation.Scoring;

namespace Armscope.Extraction.Tests.Evaluation;

public class TransferScorerTests
{
    private const string Gold = """
        [
          {"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order",
           "modality": "actual", "when": "2017-09", "quantity": 4, "value": {"amount": 2500000000, "currency": "USD"},
           "evidence": "Turkey signed for the S-400 in September 2017."},
          {"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "delivery",
           "modality": "actual", "when": "2019-07-12", "quantity": null, "value": null,
           "evidence": "The first S-400 parts landed near Ankara on 12 July 2019."},
          {"supplier": "US", "recipient": "TR", "system": "F-35", "category": "aircraft", "status": "suspension",
           "modality": "actual", "when": "2019", "quantity": null, "value": null,
           "evidence": "Washington froze the F-35 deliveries."}
        ]
        """;

    [Fact]
    public void Gold_scored_against_itself_is_perfect()
    {
        var report = Score(Gold, Gold);

        Assert.Equal((3, 0, 0), report.Counts());
        Assert.Equal(1.0, report.Total.F1);
        Assert.Equal(1.0, report.Secondary.Modality.Value);
        Assert.Equal(1.0, report.Secondary.When.Value);
        Assert.Equal("P=1.000 R=1.000 F1=1.000 (tp=3 fp=0 fn=0) modality=1.00 when=1.00", report.RefereeLine());
    }

    [Fact]
    public void A_gold_record_nobody_predicted_is_a_miss()
    {
        var report = Score(Gold, """
            [{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"},
             {"supplier": "US", "recipient": "TR", "system": "F-35", "category": "aircraft", "status": "suspension"}]
            """);

        Assert.Equal((2, 0, 1), report.Counts());
        var miss = Assert.Single(report.Misses);
        Assert.Equal("delivery", miss.Record.Status);
        Assert.Equal("The first S-400 parts landed near Ankara on 12 July 2019.", miss.Record.Evidence);
        Assert.Equal("P=1.000 R=0.667 F1=0.800 (tp=2 fp=0 fn=1) modality=0.00 when=0.00", report.RefereeLine());
    }

    [Fact]
    public void A_prediction_no_gold_record_takes_is_an_extra()
    {
        var report = Score(
            """[{"supplier": "FR", "recipient": "IN", "system": "Rafale", "category": "aircraft", "status": "delivery"}]""",
            """
            [{"supplier": "FR", "recipient": "IN", "system": "Rafale", "category": "aircraft", "status": "delivery"},
             {"supplier": "FR", "recipient": "IN", "system": "Rafale", "category": "aircraft", "status": "order", "evidence": "India ordered 36 Rafales."}]
            """);

        Assert.Equal((1, 1, 0), report.Counts());
        Assert.Equal(0.5, report.Total.Precision);
        Assert.Equal(1.0, report.Total.Recall);
        var extra = Assert.Single(report.Extras);
        Assert.Equal("India ordered 36 Rafales.", extra.Record.Evidence);
    }

    [Fact]
    public void A_different_supplier_recipient_or_status_is_no_match()
    {
        const string gold = """[{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"}]""";

        Assert.Equal((0, 1, 1), Score(gold, """[{"supplier": "US", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"}]""").Counts());
        Assert.Equal((0, 1, 1), Score(gold, """[{"supplier": "RU", "recipient": "IN", "system": "S-400", "category": "air defence systems", "status": "order"}]""").Counts());
        Assert.Equal((0, 1, 1), Score(gold, """[{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "delivery"}]""").Counts());
    }

    [Fact]
    public void Parties_are_trimmed_and_upper_cased_and_status_lower_cased()
    {
        var report = Score(
            """[{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"}]""",
            """[{"supplier": " ru ", "recipient": "tr", "system": "s400", "category": "other", "status": "Order"}]""");

        Assert.Equal((1, 0, 0), report.Counts());
    }

    [Fact]
    public void A_variant_suffix_matches_its_base_designation()
    {
        var report = Score(
            """
            [{"supplier": "RU", "recipient": "CN", "system": "Su-35", "category": "aircraft", "status": "delivery"},
             {"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"},
             {"supplier": "US", "recipient": "PL", "system": "F-35", "category": "aircraft", "status": "offer"}]
            """,
            """
            [{"supplier": "RU", "recipient": "CN", "system": "Su-35S", "category": "aircraft", "status": "delivery"},
             {"supplier": "RU", "recipient": "TR", "system": "S-400 Triumf", "category": "air defence systems", "status": "order"},
             {"supplier": "US", "recipient": "PL", "system": "F-35A", "category": "aircraft", "status": "offer"}]
            """);

        Assert.Equal((3, 0, 0), report.Counts());
    }

    [Fact]
    public void A_prefix_that_continues_a_number_is_another_system()
    {
        var report = Score(
            """[{"supplier": "FR", "recipient": "MA", "system": "F1", "category": "aircraft", "status": "delivery"}]""",
            """[{"supplier": "FR", "recipient": "MA", "system": "F16", "category": "aircraft", "status": "delivery"}]""");

        Assert.Equal((0, 1, 1), report.Counts());
    }

    [Fact]
    public void A_prediction_matching_a_gold_alias_matches()
    {
        const string gold = """
            [{"supplier": "BR", "recipient": "PH", "system": "A-29", "aliases": ["Super Tucano", "EMB-314"], "category": "aircraft", "status": "delivery"}]
            """;

        Assert.Equal((1, 0, 0), Score(gold, """[{"supplier": "BR", "recipient": "PH", "system": "Super Tucano", "category": "aircraft", "status": "delivery"}]""").Counts());
        Assert.Equal((1, 0, 0), Score(gold, """[{"supplier": "BR", "recipient": "PH", "system": "EMB 314", "category": "aircraft", "status": "delivery"}]""").Counts());
        Assert.Equal((0, 1, 1), Score(gold, """[{"supplier": "BR", "recipient": "PH", "system": "Tucano", "category": "aircraft", "status": "delivery"}]""").Counts());
    }

    [Fact]
    public void Aliases_of_a_prediction_do_not_count()
    {
        var report = Score(
            """[{"supplier": "BR", "recipient": "PH", "system": "Super Tucano", "category": "aircraft", "status": "delivery"}]""",
            """[{"supplier": "BR", "recipient": "PH", "system": "A-29", "aliases": ["Super Tucano"], "category": "aircraft", "status": "delivery"}]""");

        Assert.Equal((0, 1, 1), report.Counts());
    }

    [Fact]
    public void A_gold_record_without_system_needs_no_system_and_the_same_category()
    {
        const string gold = """[{"supplier": "DE", "recipient": "SA", "system": null, "category": "ships", "status": "suspension"}]""";

        Assert.Equal((1, 0, 0), Score(gold, """[{"supplier": "DE", "recipient": "SA", "system": null, "category": "Ships", "status": "suspension"}]""").Counts());
        Assert.Equal((1, 0, 0), Score(gold, """[{"supplier": "DE", "recipient": "SA", "category": "ships", "status": "suspension"}]""").Counts());
        Assert.Equal((0, 1, 1), Score(gold, """[{"supplier": "DE", "recipient": "SA", "system": null, "category": "aircraft", "status": "suspension"}]""").Counts());
        Assert.Equal((0, 1, 1), Score(gold, """[{"supplier": "DE", "recipient": "SA", "system": "Lurssen patrol boat", "category": "ships", "status": "suspension"}]""").Counts());
    }

    [Fact]
    public void A_gold_system_is_not_matched_by_a_prediction_without_one()
    {
        var report = Score(
            """[{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"}]""",
            """[{"supplier": "RU", "recipient": "TR", "system": null, "category": "air defence systems", "status": "order"}]""");

        Assert.Equal((0, 1, 1), report.Counts());
    }

    [Fact]
    public void One_prediction_matches_one_gold_record_only()
    {
        const string record = """{"supplier": "KR", "recipient": "PL", "system": "K9", "category": "artillery", "status": "delivery"}""";

        Assert.Equal((1, 0, 1), Score($"[{record}, {record}]", $"[{record}]").Counts());
        Assert.Equal((1, 1, 0), Score($"[{record}]", $"[{record}, {record}]").Counts());
        Assert.Equal((2, 0, 0), Score($"[{record}, {record}]", $"[{record}, {record}]").Counts());
    }

    [Fact]
    public void Gold_records_take_the_first_unused_match_in_gold_order_even_when_another_pairing_would_match_more()
    {
        // F-35 (gold 1) takes F-35A first; gold 2 (F-35A) then finds only F-35B. The referee is greedy, and so are we.
        var report = Score(
            """
            [{"supplier": "US", "recipient": "JP", "system": "F-35", "category": "aircraft", "status": "order"},
             {"supplier": "US", "recipient": "JP", "system": "F-35A", "category": "aircraft", "status": "order"}]
            """,
            """
            [{"supplier": "US", "recipient": "JP", "system": "F-35A", "category": "aircraft", "status": "order"},
             {"supplier": "US", "recipient": "JP", "system": "F-35B", "category": "aircraft", "status": "order"}]
            """);

        Assert.Equal((1, 1, 1), report.Counts());
        Assert.Equal("F-35B", Assert.Single(report.Extras).Record.SystemName);
        Assert.Equal("F-35A", Assert.Single(report.Misses).Record.SystemName);
    }

    [Fact]
    public void Object_forms_of_parties_and_system_match_their_plain_forms()
    {
        var report = Score(
            """
            [{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"},
             {"supplier": "NATO", "recipient": "UA", "system": null, "category": "armoured vehicles", "status": "delivery"}]
            """,
            """
            [{"supplier": {"code": "RU", "name": "Russia"}, "recipient": {"code": "TR", "name": "Türkiye"},
              "system": {"name": "S-400", "category": "air defence systems"}, "status": "order"},
             {"supplier": {"code": null, "name": "NATO"}, "recipient": {"code": "UA", "name": "Ukraine"},
              "system": {"name": null, "category": "armoured vehicles"}, "status": "delivery"}]
            """);

        Assert.Equal((2, 0, 0), report.Counts());
    }

    [Fact]
    public void A_system_object_without_category_takes_the_record_category()
    {
        var report = Score(
            """[{"supplier": "DE", "recipient": "SA", "system": null, "category": "ships", "status": "suspension"}]""",
            """[{"supplier": "DE", "recipient": "SA", "system": {"name": null}, "category": "ships", "status": "suspension"}]""");

        Assert.Equal((1, 0, 0), report.Counts());
    }

    [Fact]
    public void Counts_are_summed_over_documents_before_precision_and_recall()
    {
        const string rafale = """{"supplier": "FR", "recipient": "EG", "system": "Rafale", "category": "aircraft", "status": "order"}""";
        const string brahmos = """{"supplier": "IN", "recipient": "PH", "system": "BrahMos", "category": "missiles", "status": "order"}""";
        var gold = Gold(("a", $"[{rafale}]"), ("b", $"[{brahmos}, {brahmos}, {brahmos}]"));
        var predictions = Predictions(("a", $"[{rafale}, {brahmos}]"), ("b", $"[{brahmos}]"));

        var report = TransferScorer.Score(gold, predictions);

        Assert.Equal((2, 1, 2), report.Counts());
        Assert.Equal(2.0 / 3, report.Total.Precision);
        Assert.Equal(0.5, report.Total.Recall);
        Assert.Equal("P=0.667 R=0.500 F1=0.571 (tp=2 fp=1 fn=2) modality=1.00 when=0.00", report.RefereeLine());
        Assert.Equal(["a", "b"], report.ByDocument.Select(d => d.Id));
        Assert.Equal((1, 1, 0), (report.ByDocument[0].Counts.TruePositives, report.ByDocument[0].Counts.FalsePositives, report.ByDocument[0].Counts.FalseNegatives));
    }

    [Fact]
    public void A_gold_document_without_predictions_counts_all_its_records_as_misses()
    {
        const string rafale = """{"supplier": "FR", "recipient": "RS", "system": "Rafale", "category": "aircraft", "status": "interest"}""";
        var report = TransferScorer.Score(Gold(("a", $"[{rafale}]"), ("b", $"[{rafale}, {rafale}]")), Predictions(("a", $"[{rafale}]")));

        Assert.Equal((1, 0, 2), report.Counts());
        Assert.Equal(["b"], report.MissingDocuments);
        Assert.False(report.ByDocument[1].Predicted);
    }

    [Fact]
    public void Predictions_for_documents_without_gold_are_not_scored()
    {
        const string rafale = """{"supplier": "FR", "recipient": "RS", "system": "Rafale", "category": "aircraft", "status": "interest"}""";
        var report = TransferScorer.Score(Gold(("a", $"[{rafale}]")), Predictions(("a", $"[{rafale}]"), ("zzz", $"[{rafale}, {rafale}]")));

        Assert.Equal((1, 0, 0), report.Counts());
        Assert.Equal(["zzz"], report.IgnoredDocuments);
    }

    [Fact]
    public void When_a_document_is_predicted_twice_the_last_line_is_scored()
    {
        const string rafale = """{"supplier": "FR", "recipient": "RS", "system": "Rafale", "category": "aircraft", "status": "interest"}""";
        var report = TransferScorer.Score(Gold(("a", $"[{rafale}]")), Predictions(("a", $"[{rafale}]"), ("a", "[]")));

        Assert.Equal((0, 0, 1), report.Counts());
        Assert.Equal(["a"], report.ReplacedDocuments);
    }

    [Fact]
    public void Scores_by_status_split_the_totals()
    {
        var report = Score(Gold, """
            [{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order"},
             {"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "offer"}]
            """);

        Assert.Equal(["offer", "order", "delivery", "suspension"], report.ByStatus.Select(s => s.Status));
        var order = report.ByStatus.Single(s => s.Status == "order").Counts;
        Assert.Equal((1, 0, 0), (order.TruePositives, order.FalsePositives, order.FalseNegatives));
        var offer = report.ByStatus.Single(s => s.Status == "offer").Counts;
        Assert.Equal((0, 1, 0), (offer.TruePositives, offer.FalsePositives, offer.FalseNegatives));
        Assert.Equal(report.Total.FalseNegatives, report.ByStatus.Sum(s => s.Counts.FalseNegatives));
    }

    [Fact]
    public void Secondary_accuracies_are_judged_on_matched_pairs()
    {
        var report = Score(Gold, """
            [{"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "order",
              "modality": "planned", "when": "2017-09-12", "quantity": 4, "value": {"amount": 2.5e9, "currency": "usd"}},
             {"supplier": "RU", "recipient": "TR", "system": "S-400", "category": "air defence systems", "status": "delivery",
              "modality": "Actual", "when": "2019", "quantity": 2, "value": null},
             {"supplier": "US", "recipient": "TR", "system": "F-35", "category": "aircraft", "status": "suspension",
              "modality": "actual", "when": "2019-04", "quantity": null, "value": null}]
            """);

        Assert.Equal(new Accuracy(2, 3), report.Secondary.Modality);
        Assert.Equal(new Accuracy(2, 3), report.Secondary.When);      // 2017-09-12 starts with 2017-09; 2019 does not start with 2019-07-12
        Assert.Equal(new Accuracy(1, 2), report.Secondary.Quantity);  // the F-35 pair states no quantity on either side
        Assert.Equal(new Accuracy(1, 1), report.Secondary.Value);
        Assert.Equal("P=1.000 R=1.000 F1=1.000 (tp=3 fp=0 fn=0) modality=0.67 when=0.67", report.RefereeLine());
    }

    [Fact]
    public void The_json_summary_carries_the_figures_and_with_errors_each_miss_and_extra()
    {
        var report = Score(Gold, """[{"supplier": "RU", "recipient": "TR", "system": "S-300", "category": "air defence systems", "status": "order"}]""");

        var json = report.ToJson(includeErrors: true);

        Assert.Equal(0, (int)json["tp"]!);
        Assert.Equal(1, (int)json["fp"]!);
        Assert.Equal(3, (int)json["fn"]!);
        Assert.Equal(3, json["misses"]!.AsArray().Count);
        Assert.Equal("S-300", (string)json["extras"]![0]!["system"]!);
        Assert.Equal(report.RefereeLine(), (string)json["referee"]!);
        Assert.Null(report.ToJson()["misses"]);
    }
}
