using Armscope.Register.Duplicates;

namespace Armscope.Register.Tests.Duplicates;

public class BandIndexTests
{
    private const ulong A = 0x0000_0000_0000_00a1, B = 0x0000_0000_0000_00b2, C = 0x0000_0000_0000_00c3;

    [Fact]
    public void Candidates_come_by_keys_shared_then_smallest_id_and_full_buckets_are_named()
    {
        var index = new BandIndex();
        index.Load(1, C);
        index.Load(1, B);
        index.Load(2, C);
        index.Load(3, A);
        index.Load(3, B);

        var (candidates, full) = index.Candidates([1, 2, 3, 3, 4], take: 2, capacity: 2);

        Assert.Equal([BandIndex.IdText(B), BandIndex.IdText(C)], candidates);
        Assert.Equal([1L, 3L], full.Order());
    }

    [Fact]
    public void A_rollback_undoes_the_changes_of_the_transaction_and_a_commit_keeps_them()
    {
        var index = new BandIndex();
        index.Load(1, A);
        index.Add(1, B);
        index.Commit();

        index.Add(1, C);
        index.Add(2, C);
        index.Remove(1, A);
        index.Remove(1, A);
        index.Rollback();

        Assert.Equal(2, index.Rows);
        Assert.Equal([BandIndex.IdText(A), BandIndex.IdText(B)], index.Candidates([1, 2], take: 8, capacity: 16).Candidates);
    }

    [Fact]
    public void A_key_keeps_its_documents_as_it_grows_past_one_and_shrinks_back()
    {
        var index = new BandIndex();
        index.Add(1, A);
        index.Add(1, A);
        index.Add(1, B);
        index.Add(1, C);
        Assert.Equal(3, index.Rows);
        Assert.Equal([1L], index.Candidates([1], take: 8, capacity: 3).FullKeys);

        index.Remove(1, B);
        index.Remove(1, C);
        index.Remove(1, C);
        Assert.Equal(1, index.Rows);
        Assert.Equal([BandIndex.IdText(A)], index.Candidates([1], take: 8, capacity: 2).Candidates);

        index.Rollback();
        Assert.Equal(0, index.Rows);
        Assert.Empty(index.Candidates([1], take: 8, capacity: 2).Candidates);
    }

    [Theory]
    [InlineData("0123456789abcdef", true)]
    [InlineData("0123456789ABCDEF", false)]
    [InlineData("123456789abcdef", false)]
    [InlineData("0123456789abcdef0", false)]
    [InlineData("legacy-id", false)]
    public void Only_register_ids_are_held(string id, bool held)
    {
        Assert.Equal(held, BandIndex.TryParseId(id, out var number));
        if (held)
        {
            Assert.Equal(id, BandIndex.IdText(number));
        }
    }
}
