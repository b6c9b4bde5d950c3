namespace Armscope.Core.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token as a (start, end) view into its text: never a copy.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public string TextIn(string text) => text.Substring(Start, End - Start);
}
