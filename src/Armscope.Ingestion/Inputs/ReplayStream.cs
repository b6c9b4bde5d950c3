namespace Armscope.Ingestion.Inputs;

/// <summary>A read-only stream that first replays bytes already taken from an inner stream (for sniffing), then continues with it.</summary>
internal sealed class ReplayStream : Stream
{
    private readonly byte[] _head;
    private readonly Stream _rest;
    private int _headPosition;

    public ReplayStream(byte[] head, Stream rest)
    {
        _head = head;
        _rest = rest;
    }

    /// <summary>Reads up to <paramref name="count"/> bytes from the start of <paramref name="inner"/> and returns them with a stream that still yields every byte.</summary>
    public static (byte[] Head, Stream Whole) Peek(Stream inner, int count)
    {
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            var n = inner.Read(buffer, filled, count - filled);
            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        var head = buffer.AsSpan(0, filled).ToArray();
        return (head, new ReplayStream(head, inner));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_headPosition < _head.Length)
        {
            var n = Math.Min(buffer.Length, _head.Length - _headPosition);
            _head.AsSpan(_headPosition, n).CopyTo(buffer);
            _headPosition += n;
            return n;
        }

        return _rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
