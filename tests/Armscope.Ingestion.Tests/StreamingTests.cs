namespace Armscope.Ingestion.Tests;

public class StreamingTests
{
    /// <summary>Gives its bytes, then fails like a dropped connection or a bad disk.</summary>
    private sealed class FailingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            return n > 0 ? n : throw new IOException("device went away");
        }

        public override int Read(Span<byte> buffer)
        {
            var n = base.Read(buffer);
            return n > 0 ? n : throw new IOException("device went away");
        }
    }

    [Fact]
    public void Documents_are_yielded_as_they_are_read_and_a_failing_source_ends_with_one_error()
    {
        // Longer than the part sniffed to choose the format, so the failure comes mid-stream.
        var lines = string.Concat(Enumerable.Range(1, 500).Select(i => $"{{\"id\": \"n{i}\", \"text\": \"Item {i}.\"}}\n"));
        var options = new ReaderOptions { StandardInput = () => new FailingStream(System.Text.Encoding.UTF8.GetBytes(lines)) };

        var results = new DocumentReader(options).Read(["-"]).ToList();

        Assert.Equal(501, results.Count);
        Assert.Equal(Enumerable.Range(1, 500).Select(i => $"n{i}"), results.Take(500).Select(r => r.Document!.Id));
        Assert.Equal("device went away", results[^1].Error);
    }

    [Fact]
    public void Reading_is_lazy_so_nothing_is_opened_before_the_first_result_is_asked_for()
    {
        var opened = false;
        var options = new ReaderOptions { StandardInput = () => { opened = true; return new MemoryStream("Headline\n\nBody."u8.ToArray()); } };

        var results = new DocumentReader(options).Read(["-"]);

        Assert.False(opened);
        Assert.NotNull(results.First().Document);
        Assert.True(opened);
    }
}
