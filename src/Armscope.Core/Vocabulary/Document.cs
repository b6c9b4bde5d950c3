namespace Armscope.Core.Vocabulary;

/// <summary>A news item reduced to plain text: the unit that extraction reads and the register stores.</summary>
/// <param name="Id">File name without extension for files, else a stable id of the source item.</param>
/// <param name="Title">Headline, when known.</param>
/// <param name="Published">Publication date, when known; relative dates resolve against it.</param>
/// <param name="Source">URL or path the document came from.</param>
/// <param name="Text">The body text; every evidence offset points into it.</param>
public sealed record Document(string Id, string? Title, DateOnly? Published, string? Source, string Text);
