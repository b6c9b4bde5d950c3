namespace Armscope.Core.Vocabulary;

/// <summary>A deal value in an ISO 4217 currency, as written in the text.</summary>
public sealed record Money(decimal Amount, string Currency);
