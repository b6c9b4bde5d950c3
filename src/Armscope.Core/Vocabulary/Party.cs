namespace Armscope.Core.Vocabulary;

/// <summary>A supplier or recipient: a state by ISO 3166-1 alpha-2 code, or a stateless actor (alliance, multinational firm) by name.</summary>
public sealed record Party(string Code, string Name)
{
    /// <summary>True when the party is a state coded by ISO alpha-2.</summary>
    public bool IsState => Code.Length == 2 && char.IsUpper(Code[0]) && char.IsUpper(Code[1]);

    public override string ToString() => Code;
}
