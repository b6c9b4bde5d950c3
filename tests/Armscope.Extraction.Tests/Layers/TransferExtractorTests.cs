using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Tests.Layers;

public class TransferExtractorTests
{
    private static IReadOnlyList<ExplainedTransfer> Extract(string text, DateOnly? published = null) =>
        Lexicon.Extractor.ExtractExplained(new Document("layer-test", null, published ?? Lexicon.Published, null, text));

    [Fact]
    public void The_explanation_names_the_trigger_and_where_each_role_came_from()
    {
        var e = Assert.Single(Extract("Moscow delivered S-400 batteries to Ankara in July 2019.")).Explanation;

        Assert.Equal("delivered", e.Trigger);
        Assert.Equal("subject", e.SupplierFrom);
        Assert.Equal("'to'", e.RecipientFrom);
        Assert.StartsWith("S-400", e.WeaponFrom, StringComparison.Ordinal);
        Assert.Equal("'delivered'", e.StatusCue);
        Assert.Equal("July 2019", e.DateFrom);
        Assert.Null(e.ValueFrom);
    }

    [Fact]
    public void The_explanation_credits_a_from_phrase_for_the_supplier_and_the_subject_for_the_recipient()
    {
        var e = Assert.Single(Extract("Chile ordered ten F-16 jets from the United States.")).Explanation;

        Assert.Equal("ordered", e.Trigger);
        Assert.Equal("'from'", e.SupplierFrom);
        Assert.Equal("subject", e.RecipientFrom);
    }

    [Fact]
    public void The_explanation_credits_an_origin_word_when_the_weapon_tells_the_supplier()
    {
        var e = Assert.Single(Extract("Hanoi received Russian-built air defence systems last month.")).Explanation;

        Assert.Equal("received", e.Trigger);
        Assert.Equal("origin word before the weapon", e.SupplierFrom);
        Assert.Equal("subject", e.RecipientFrom);
        Assert.Equal("last month", e.DateFrom);
    }

    [Fact]
    public void The_explanation_quotes_the_modality_cue_and_the_value_phrase()
    {
        var e = Assert.Single(Extract("Seoul may sell 20 XK-9 howitzers to Warsaw for $1.2 billion.")).Explanation;

        Assert.Equal("'may'", e.ModalityCue);
        Assert.Equal("$1.2 billion", e.ValueFrom);
        Assert.Contains("trigger 'sell'", e.ToString(), StringComparison.Ordinal);
        Assert.Contains("value: '$1.2 billion'", e.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A long story on city parks that cites a study in the Lancet: trade words, a name the catalogue knows, no arms.</summary>
    private const string ParksStory =
        "City parks cut heat deaths, study finds\n\n" +
        "A study published in the Lancet on Monday found that neighbourhoods with more trees recorded fewer deaths during heat waves. " +
        "The authors compared hospital records from forty cities over a decade and matched them with satellite maps of green space. " +
        "They said the effect was strongest for people over seventy who live alone, and weakest in cities near the sea. " +
        "Several councils have already ordered new plantings, and one mayor said the first saplings were delivered to schools last week. " +
        "The Lancet study also found that shaded playgrounds stayed several degrees cooler in the afternoon than open ones. " +
        "Critics said the data could not separate the shade of trees from other features of richer districts, such as larger homes. " +
        "The authors replied that they had adjusted for income, age and housing, and that the link held in poor districts too. " +
        "A national park agency offered grants to towns that want to plant along bus routes, and dozens have applied. " +
        "Nurseries say they cannot grow young trees fast enough, and some have stopped taking orders for the spring. " +
        "The researchers plan a second study on how long it takes a new street tree to give useful shade. " +
        "Water companies warned that young trees need watering through their first three summers, which some towns cannot afford. " +
        "In the capital, volunteers have adopted more than two thousand trees and post photographs of them on a shared map. " +
        "Insurers are watching too: one said it would cut premiums for care homes that shade their gardens and windows.";

    [Fact]
    public void A_long_text_with_no_word_of_armed_forces_states_no_transfer()
    {
        Assert.True(ParksStory.Length >= 1500);
        Assert.Empty(Extract(ParksStory));
    }

    [Fact]
    public void The_same_trade_sentence_in_a_story_about_armed_forces_is_a_transfer()
    {
        var story = ParksStory.Replace("City parks cut heat deaths, study finds", "Army buys drones as parks study shows heat risk", StringComparison.Ordinal) +
                    " Separately, Belarus said its army had ordered 40 Lancet drones from Russia in May, and its navy and air force want more of the missiles.";

        Assert.Contains(Extract(story), e => e.Transfer.System.Name == "Lancet" && e.Transfer.Status == TransferStatus.Order);
    }

    [Fact]
    public void A_fact_restated_in_a_second_sentence_is_one_record_with_attributes_from_both()
    {
        var text = "Cairo signed a contract with France for 30 Rafale jets on Monday. Egypt signed the contract for the Rafale jets, worth 3.9 billion euros.";

        var t = Assert.Single(Extract(text)).Transfer;

        Assert.Equal(("FR", "EG", "Rafale", TransferStatus.Order), (t.Supplier.Code, t.Recipient.Code, t.System.Name, t.Status));
        Assert.Equal(new PartialDate(2021, 6, 14), t.When);
        Assert.Equal(30, t.Quantity);
        Assert.Equal(new Money(3_900_000_000m, "EUR"), t.Value);
    }

    [Fact]
    public void The_same_order_placed_in_two_different_years_is_two_records()
    {
        var text = "Norway ordered F-35A fighters from the United States in 2007. Norway ordered F-35A fighters from the United States again in 2015.";

        var records = Extract(text).Select(e => e.Transfer).ToList();

        Assert.Equal(["2007", "2015"], records.Select(r => r.When?.ToString()).ToList());
        Assert.All(records, r => Assert.Equal("F-35", r.System.Name));
    }

    [Fact]
    public void Evidence_is_the_exact_sentence_with_its_offsets_in_the_document()
    {
        var text = "Jets for the south\n\nThe Indian government signed the contract with France for 36 Rafale jets on 23 September 2016.";

        var t = Assert.Single(Extract(text)).Transfer;

        Assert.Equal(text[t.Evidence.Start..t.Evidence.End], t.Evidence.Text);
        Assert.StartsWith("The Indian government", t.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(new PartialDate(2016, 9, 23), t.When);
        Assert.Equal(36, t.Quantity);
    }

    [Fact]
    public void A_variant_designation_is_recorded_as_its_base()
    {
        var t = Assert.Single(Extract("Egypt bought twelve Su-30MKX fighters from Russia.")).Transfer;

        Assert.Equal(("RU", "EG", "Su-30", 12), (t.Supplier.Code, t.Recipient.Code, t.System.Name, t.Quantity));
    }

    [Fact]
    public void A_stated_contract_value_in_crore_becomes_the_records_value_in_rupees()
    {
        var t = Assert.Single(Extract("India signed a Rs 40,000 crore contract with Russia for S-400 systems.")).Transfer;

        Assert.Equal(new Money(400_000_000_000m, "INR"), t.Value);
    }

    [Fact]
    public void A_media_guess_of_the_deals_size_is_not_its_value()
    {
        var t = Assert.Single(Extract("Seoul will sell XK-9 howitzers to Warsaw in a deal that could be worth $3 billion.")).Transfer;

        Assert.Null(t.Value);
        Assert.Equal(Modality.Planned, t.Modality);
    }

    [Fact]
    public void A_notified_estimate_for_an_approved_sale_is_the_offers_value()
    {
        var t = Assert.Single(Extract("The State Department approved a possible sale of F-16 jets to Manila estimated at up to $2.4 billion.")).Transfer;

        Assert.Equal((TransferStatus.Offer, Modality.Actual), (t.Status, t.Modality));
        Assert.Equal(new Money(2_400_000_000m, "USD"), t.Value);
    }

    [Fact]
    public void A_US_made_weapon_bought_by_a_state_is_a_transfer_from_the_United_States()
    {
        var t = Assert.Single(Extract("Lithuania bought U.S.-made rocket launchers.")).Transfer;

        Assert.Equal(("US", "LT", TransferStatus.Order), (t.Supplier.Code, t.Recipient.Code, t.Status));
    }

    /// <summary>A long story on a football final: a trade word ("sold"), no word of the military, no weapon.</summary>
    private static readonly string FootballStory =
        "Rovers win the cup after extra time\n\n" + string.Concat(Enumerable.Repeat(
            "The club sold every ticket for the final within an hour, and the supporters who travelled north filled the stadium long before kick-off. " +
            "The manager said his players had trained for penalties all week, and the captain thanked the fans for their patience during a difficult season. ", 8));

    [Fact]
    public void A_long_story_the_gate_turns_away_yields_what_the_whole_analysis_yields()
    {
        Assert.True(FootballStory.Length >= 1500);
        Assert.Empty(Extract(FootballStory));
        var buffers = Mentions.SentenceBuffers.ForNewDocument();
        var sentences = Sentences.SentenceSplitter.Split(FootballStory);
        var gate = new TransferGate(Lexicon.Shared, Lexicon.Analyzer, new ArmsSignals(Lexicon.Shared));
        Assert.False(gate.MayYield(FootballStory, sentences, Lexicon.Published, buffers, [], CancellationToken.None));
    }

    [Fact]
    public void A_story_the_gate_would_turn_away_still_fails_where_its_dates_cannot_be_read()
    {
        // "N days ago" past what a number holds throws in the date finder, the gate's analysis or not.
        var text = FootballStory + "\n\nThe cup was first won 99999999999999999999 days ago.";
        Assert.ThrowsAny<OverflowException>(() => Extract(text));
    }

    [Fact]
    public void A_story_of_arms_amid_a_long_one_of_football_is_still_read()
    {
        var text = FootballStory + "\n\nThe army also said Poland had ordered 96 Apache helicopters from the United States, its biggest purchase of military equipment.";
        var t = Assert.Single(Extract(text)).Transfer;
        Assert.Equal(("US", "PL", TransferStatus.Order), (t.Supplier.Code, t.Recipient.Code, t.Status));
    }
}
