using Armscope.Core.Vocabulary;

namespace Armscope.Core.Reference;

/// <summary>All reference data, loaded once from the embedded data files and validated on load.</summary>
public sealed class ReferenceData
{
    private static readonly Lazy<ReferenceData> Embedded = new(Load);

    private ReferenceData(
        IReadOnlyList<Country> countries,
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<WeaponSystem> systems,
        IReadOnlyList<CategoryTerm> categoryTerms,
        IReadOnlyDictionary<string, string> familyPrefixes)
    {
        Countries = countries;
        Organisations = organisations;
        Systems = systems;
        CategoryTerms = categoryTerms;
        FamilyPrefixes = familyPrefixes;
        CountriesByCode = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        SystemsByDesignation = systems.ToDictionary(s => s.Designation, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The reference data embedded in this assembly (loaded and validated on first use).</summary>
    public static ReferenceData Default => Embedded.Value;

    public IReadOnlyList<Country> Countries { get; }

    public IReadOnlyList<Organisation> Organisations { get; }

    public IReadOnlyList<WeaponSystem> Systems { get; }

    public IReadOnlyList<CategoryTerm> CategoryTerms { get; }

    /// <summary>Family names ("MiG", "Leopard") with the designation prefix of their members ("MiG-", "Leopard"): see families.tsv.</summary>
    public IReadOnlyDictionary<string, string> FamilyPrefixes { get; }

    /// <summary>Whether <paramref name="designation"/> is a member of the family whose prefix is given ("Leopard 2" of "Leopard", "MiG-29" of "MiG-").</summary>
    public static bool IsMemberOf(string designation, string prefix) =>
        designation.Length > prefix.Length && designation.StartsWith(prefix, StringComparison.Ordinal) && (prefix[^1] == '-' || designation[prefix.Length] == ' ');

    public IReadOnlyDictionary<string, Country> CountriesByCode { get; }

    public IReadOnlyDictionary<string, WeaponSystem> SystemsByDesignation { get; }

    /// <summary>The party for a code: a state by ISO code, else a stateless actor by name.</summary>
    public Party PartyFor(string code) =>
        CountriesByCode.TryGetValue(code, out var c) ? new Party(c.Code, c.Name) : new Party(code, code);

    private static ReferenceData Load()
    {
        var countries = TsvReader.Read("countries.tsv", 5)
            .Select(r =>
            {
                var names = TsvReader.List(r.Fields[2]);
                return new Country(r.Fields[0], r.Fields[1], names.Prepend(r.Fields[1]).Distinct().ToList(), TsvReader.List(r.Fields[3]), TsvReader.List(r.Fields[4]));
            })
            .ToList();

        var organisations = TsvReader.Read("organisations.tsv", 4)
            .Select(r => new Organisation(
                r.Fields[0],
                TsvReader.List(r.Fields[1]).Prepend(r.Fields[0]).Distinct().ToList(),
                r.Fields[2] is "" or "-" ? null : r.Fields[2],
                r.Fields[3]))
            .ToList();

        var systems = TsvReader.ResourcesStartingWith("systems")
            .SelectMany(file => TsvReader.Read(file, 4).Select(r => (File: file, r.Line, r.Fields)))
            .Select(r => new WeaponSystem(
                r.Fields[0],
                CategoryNames.TryParse(r.Fields[1], out var cat) ? cat : throw new InvalidDataException($"{r.File}:{r.Line}: unknown category '{r.Fields[1]}'"),
                r.Fields[2],
                TsvReader.List(r.Fields[3]).Prepend(r.Fields[0]).Distinct().ToList()))
            .ToList();

        var terms = TsvReader.Read("category-terms.tsv", 2)
            .Select(r => new CategoryTerm(
                r.Fields[0],
                CategoryNames.TryParse(r.Fields[1], out var cat) ? cat : throw new InvalidDataException($"category-terms.tsv:{r.Line}: unknown category '{r.Fields[1]}'")))
            .ToList();

        var families = TsvReader.Read("families.tsv", 2).ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.Ordinal);

        var data = new ReferenceData(countries, organisations, systems, terms, families);
        ReferenceValidator.ThrowIfInvalid(data);
        return data;
    }
}
