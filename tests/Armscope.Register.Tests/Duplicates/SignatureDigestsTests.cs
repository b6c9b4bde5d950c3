using Armscope.Register.Duplicates;

namespace Armscope.Register.Tests.Duplicates;

public class SignatureDigestsTests
{
    private const int Functions = 64;
    private const string Stored = "00000000000000a1";

    [Fact]
    public void A_digest_never_rules_out_a_signature_as_close_as_the_bound()
    {
        var random = new Random(7);
        var digests = new SignatureDigests(Functions);
        var stored = Signature(random);
        digests.Add(Stored, stored);
        var bound = NearDuplicateDetector.Default.CandidateBound;

        for (var trial = 0; trial < 2000; trial++)
        {
            // Some minima equal, the others random (their low bytes sometimes equal by chance).
            var equal = random.Next(Functions + 1);
            var minima = stored.Minima.Select((m, i) => i < equal ? m : (uint)random.NextInt64(uint.MaxValue)).ToArray();
            var other = new NearDuplicateSignature(minima);

            if (digests.MayReach(Stored, other, bound) == false)
            {
                Assert.True(stored.Similarity(other) < bound);
            }

            if (stored.Similarity(other) >= bound)
            {
                Assert.True(digests.MayReach(Stored, other, bound));
            }
        }
    }

    [Fact]
    public void Unknown_documents_and_ids_that_are_not_register_ids_have_no_digest()
    {
        var random = new Random(1);
        var digests = new SignatureDigests(Functions);
        var signature = Signature(random);
        digests.Add("legacy-id", signature);

        Assert.Null(digests.MayReach("legacy-id", signature, 0.4));
        Assert.Null(digests.MayReach(Stored, signature, 0.4));
    }

    private static NearDuplicateSignature Signature(Random random) =>
        new([.. Enumerable.Range(0, Functions).Select(_ => (uint)random.NextInt64(uint.MaxValue))]);
}
