using Armscope.Core.Vocabulary;

namespace Armscope.Core.Reference;

/// <summary>A state with the words that name it: official and common names, demonyms, capitals and other metonyms.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Metonyms);

/// <summary>An organisation that stands for a state (exporters, manufacturers) or for itself (alliances, multinational firms: <see cref="StateCode"/> null).</summary>
public sealed record Organisation(string Name, IReadOnlyList<string> Aliases, string? StateCode, string Kind);

/// <summary>A catalogued weapon system: canonical designation, SIPRI category, origin (ISO code or stateless party name) and aliases.</summary>
public sealed record WeaponSystem(string Designation, WeaponCategory Category, string Origin, IReadOnlyList<string> Aliases);

/// <summary>A generic noun phrase that names a kind of weapon without a system ("frigates", "fighter jets").</summary>
public sealed record CategoryTerm(string Term, WeaponCategory Category);
