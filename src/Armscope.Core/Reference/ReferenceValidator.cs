using Armscope.Core.Text;

namespace Armscope.Core.Reference;

/// <summary>Checks the reference data for the mistakes that would silently corrupt extraction.</summary>
public static class ReferenceValidator
{
    public static IReadOnlyList<string> Problems(ReferenceData data)
    {
        var problems = new List<string>();
        foreach (var dup in data.Countries.GroupBy(c => c.Code).Where(g => g.Count() > 1))
        {
            problems.Add($"countries.tsv: duplicate code {dup.Key}");
        }

        foreach (var c in data.Countries.Where(c => c.Code.Length != 2 || !c.Code.All(char.IsAsciiLetterUpper)))
        {
            problems.Add($"countries.tsv: '{c.Code}' is not an ISO alpha-2 code");
        }

        foreach (var o in data.Organisations.Where(o => o.StateCode is not null && !data.CountriesByCode.ContainsKey(o.StateCode)))
        {
            problems.Add($"organisations.tsv: {o.Name} has unknown state {o.StateCode}");
        }

        foreach (var s in data.Systems.Where(s => !data.CountriesByCode.ContainsKey(s.Origin) && !data.Organisations.Any(o => o.Name == s.Origin)))
        {
            problems.Add($"systems.tsv: {s.Designation} has unknown origin {s.Origin}");
        }

        foreach (var dup in data.Systems.GroupBy(s => s.Designation, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"systems.tsv: duplicate designation {dup.Key}");
        }

        // An alias must lead to one system, or the extractor cannot tell which was meant.
        var aliasOwners = data.Systems
            .SelectMany(s => s.Aliases.Select(a => (Key: PhraseKey.Of(a), s.Designation)))
            .GroupBy(x => x.Key)
            .Where(g => g.Select(x => x.Designation).Distinct().Count() > 1);
        foreach (var g in aliasOwners)
        {
            problems.Add($"systems.tsv: alias '{g.Key}' names several systems: {string.Join(", ", g.Select(x => x.Designation).Distinct())}");
        }

        foreach (var family in data.FamilyPrefixes.Keys.Where(f => !data.SystemsByDesignation.ContainsKey(f)))
        {
            problems.Add($"families.tsv: {family} is not a catalogued system");
        }

        return problems;
    }

    public static void ThrowIfInvalid(ReferenceData data)
    {
        var problems = Problems(data);
        if (problems.Count > 0)
        {
            throw new InvalidDataException("invalid reference data:\n  " + string.Join("\n  ", problems));
        }
    }
}
