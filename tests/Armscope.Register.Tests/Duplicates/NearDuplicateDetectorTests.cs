using Armscope.Register.Duplicates;
using static Armscope.Register.Tests.Duplicates.WireStories;
using static Armscope.Register.Tests.Duplicates.WireTexts;

namespace Armscope.Register.Tests.Duplicates;

public class NearDuplicateDetectorTests
{
    private readonly NearDuplicateDetector _detector = NearDuplicateDetector.Default;

    [Fact]
    public void A_syndicated_copy_with_a_new_headline_and_small_edits_is_a_near_duplicate()
    {
        var similarity = _detector.Similarity(WireText, SyndicatedText);

        Assert.True(_detector.IsNearDuplicate(WireText, SyndicatedText));
        Assert.InRange(similarity, 0.6, 0.9);
    }

    [Fact]
    public void A_different_story_on_the_same_subject_is_not_a_near_duplicate()
    {
        Assert.False(_detector.IsNearDuplicate(WireText, SameSubjectText));
        Assert.True(_detector.Similarity(WireText, SameSubjectText) < 0.1);
        Assert.True(_detector.Signature(WireText)!.Similarity(_detector.Signature(SameSubjectText)!) < 0.2);
    }

    [Fact]
    public void Minima_computed_four_hash_functions_at_a_time_are_the_scalar_ones()
    {
        // Signatures are stored in registers: the vector form must give the same bits on every input, extreme hashes included.
        var random = new Random(4);
        for (var round = 0; round < 200; round++)
        {
            var shingles = new ulong[random.Next(1, 400)];
            for (var i = 0; i < shingles.Length; i++)
            {
                shingles[i] = round % 10 == 0 ? ulong.MaxValue - (ulong)random.Next(4) : (ulong)random.NextInt64() ^ ((ulong)random.Next() << 40);
            }

            Assert.Equal(_detector.ScalarMinima(shingles), _detector.VectorMinima(shingles));
        }
    }

    [Fact]
    public void Case_punctuation_quotes_and_spacing_do_not_matter()
    {
        var retyped = WireText.ToUpperInvariant().Replace(", ", " ,  ", StringComparison.Ordinal).Replace(". ", ".\n\n", StringComparison.Ordinal);

        Assert.Equal(1.0, _detector.Similarity(WireText, retyped));
        Assert.Equal(_detector.Signature(WireText)!.Minima, _detector.Signature(retyped)!.Minima);
    }

    [Fact]
    public void A_brief_too_short_to_judge_has_no_signature_and_is_never_a_near_duplicate()
    {
        const string Brief = "Poland signed a contract on Tuesday to buy 180 more K2 tanks from South Korea.";
        const string OtherBrief = "Poland signed a contract on Friday to buy 96 more K2 tanks from South Korea.";

        Assert.Null(_detector.Signature(Brief));
        Assert.False(_detector.IsNearDuplicate(Brief, Brief));
        Assert.False(_detector.IsNearDuplicate(Brief, OtherBrief));
    }

    [Fact]
    public void Near_duplicates_share_a_band_key_so_a_register_finds_them_without_comparing_every_pair()
    {
        var wire = _detector.BandKeys(_detector.Signature(WireText)!);

        Assert.Equal(_detector.Bands, wire.Length);
        Assert.True(wire.ToHashSet().Overlaps(_detector.BandKeys(_detector.Signature(SyndicatedText)!)));
        Assert.False(wire.ToHashSet().Overlaps(_detector.BandKeys(_detector.Signature(SameSubjectText)!)));
        Assert.True(_detector.MayBeNearDuplicates(_detector.Signature(WireText)!, _detector.Signature(SyndicatedText)!));
    }

    [Fact]
    public void Signatures_survive_storage_as_bytes_and_are_the_same_in_every_run()
    {
        var signature = _detector.Signature(WireText)!;
        var restored = NearDuplicateSignature.FromBytes(signature.ToBytes());

        Assert.Equal(_detector.HashFunctions * sizeof(uint), signature.ToBytes().Length);
        Assert.Equal(1.0, signature.Similarity(restored));
        Assert.Equal(signature.Minima, new NearDuplicateDetector().Signature(WireText)!.Minima);

        // Stored in registers: a change here needs a migration that signs every document again.
        Assert.Equal(0x0432_86D9u, signature.Minima[0]);
    }
}
