using Armscope.Ingestion.Duplicates;

namespace Armscope.Ingestion.Tests;

public class DuplicateTests
{
    private const string Wire = """
        Country receives first batch of air defence systems

        The first components of the long-range air defence system arrived at a military airbase near the capital on Friday, the defence ministry said in a statement, marking the start of deliveries under a contract signed two years ago.
        The ministry said further deliveries would continue over the coming months and that the full set of equipment was expected to be in place by the end of next year. Crews have already completed training abroad.
        The purchase has strained relations with several allies, who have warned that the system is incompatible with their own equipment and have threatened sanctions against companies involved in the deal.
        Officials declined to say how many launchers had arrived, but television footage showed at least three transport aircraft being unloaded at the base during the morning.
        """;

    private const string Syndicated = """
        Air defence deliveries begin, ministry says

        The first components of the long-range air defence system arrived at a military air base near the capital on Friday, the defence ministry said in a statement, marking the start of deliveries under a contract signed two years earlier.
        The ministry said further deliveries would continue over the coming months and that the full set of equipment was expected to be in place by the end of next year. Crews have already finished training abroad.
        The purchase has strained relations with several allies, who have warned that the system is incompatible with their own equipment and have threatened sanctions against firms involved in the deal.
        Officials declined to say how many launchers had arrived, but television footage showed at least three transport aircraft being unloaded at the base during the morning.
        """;

    private const string SameSubject = """
        Allies weigh response to air defence purchase

        Several allied governments are considering how to respond after the country went ahead with its purchase of a foreign long-range air defence system, diplomats said on Monday.
        Options under discussion include restrictions on joint exercises and a review of pending arms export licences, according to two officials familiar with the talks, who asked not to be named.
        The defence ministry has insisted that the system will operate independently and poses no risk to allied networks, and said it remains open to technical talks on the issue.
        Analysts said the dispute was unlikely to be settled quickly, noting that deliveries of the system began last week and that crews have already been trained.
        """;

    private readonly NearDuplicateDetector _detector = new();

    [Fact]
    public void Syndicated_copy_with_a_new_headline_and_a_few_edited_words_is_a_near_duplicate()
    {
        Assert.True(_detector.IsNearDuplicate(Wire, Syndicated));
    }

    [Fact]
    public void Different_story_on_the_same_subject_is_not_a_near_duplicate()
    {
        Assert.False(_detector.IsNearDuplicate(Wire, SameSubject));
        Assert.True(_detector.Signature(Wire).Similarity(_detector.Signature(SameSubject)) < 0.1);
    }

    [Fact]
    public void Near_duplicates_share_a_band_key_so_a_register_can_find_candidates_without_comparing_all_pairs()
    {
        var a = _detector.Signature(Wire).BandKeys().ToHashSet();

        Assert.True(a.Overlaps(_detector.Signature(Syndicated).BandKeys()));
    }

    [Fact]
    public void Signatures_survive_storage_as_bytes_and_are_the_same_in_every_run()
    {
        var signature = _detector.Signature(Wire);
        var restored = NearDuplicateSignature.FromBytes(signature.ToBytes());

        Assert.Equal(1.0, signature.Similarity(restored));
        Assert.Equal(signature.Minima, new NearDuplicateDetector().Signature(Wire).Minima);
    }

    [Fact]
    public void Exact_hash_ignores_case_punctuation_and_spacing_but_not_words()
    {
        Assert.Equal(TextFingerprint.ExactHash("Russia delivers S-400 to Turkey."), TextFingerprint.ExactHash("  russia DELIVERS s 400 to turkey "));
        Assert.NotEqual(TextFingerprint.ExactHash("Russia delivers S-400 to Turkey."), TextFingerprint.ExactHash("Russia delivers S-300 to Turkey."));
    }
}
