using System.Reflection;
using Armscope.Core.Reference;
using Armscope.Core.Text;
using Armscope.Core.Vocabulary;

namespace Armscope.Extraction.Mentions;

/// <summary>Reference data and the extraction word lists compiled once into phrase matchers. Immutable and thread-safe after construction.</summary>
public sealed class ExtractionLexicon
{
    public ExtractionLexicon(ReferenceData data)
    {
        Data = data;
        foreach (var c in data.Countries)
        {
            foreach (var n in c.Names)
            {
                Parties.Add(n, (c.Code, PartyForm.Name));
            }

            foreach (var m in c.Metonyms)
            {
                Parties.Add(m, (c.Code, PartyForm.Metonym));
                if (m.Length >= 3 && m.All(char.IsUpper))
                {
                    AcronymMetonyms.Add(m);
                }
            }
        }

        foreach (var o in data.Organisations)
        {
            foreach (var a in o.Aliases)
            {
                Parties.Add(a, (o.StateCode ?? o.Name, PartyForm.Organisation));
            }
        }

        foreach (var c in data.Countries)
        {
            foreach (var d in c.Demonyms)
            {
                Parties.Add(d, (c.Code, PartyForm.Demonym));
            }
        }

        foreach (var s in data.Systems)
        {
            foreach (var a in s.Aliases)
            {
                Weapons.Add(a, new WeaponEntry(s, s.Category));
            }
        }

        // Plurals of named systems ("Rafales", "Challengers"); added after all names so a real name always wins.
        foreach (var s in data.Systems)
        {
            foreach (var a in s.Aliases.Where(a => a.Length >= 4 && char.IsLetter(a[^1]) && !a.EndsWith('s')))
            {
                Weapons.Add(a + "s", new WeaponEntry(s, s.Category));
            }
        }

        foreach (var t in data.CategoryTerms)
        {
            Weapons.Add(t.Term, new WeaponEntry(null, t.Category));
        }

        foreach (var (_, f) in ReadData("triggers.tsv", 5))
        {
            TransferStatus? status = f[1] == "light" ? null : StatusNames.ParseStatus(f[1]);
            var role = Enum.Parse<TriggerRole>(f[2], ignoreCase: true);
            Modality? modality = f[4] == "-" ? null : StatusNames.ParseModality(f[4]);
            foreach (var form in f[0].Split('|'))
            {
                var entry = new TriggerEntry(form, status, role, f[3] == "noun", modality);
                Triggers.Add(form, entry);
                TriggerForms.TryAdd(form.ToLowerInvariant(), entry);
            }
        }

        foreach (var (_, f) in ReadData("aircraft-kinds.tsv", 2))
        {
            AircraftKindOfNoun[f[0]] = f[1];
        }

        foreach (var s in data.Systems.Where(s => s.Category == WeaponCategory.Aircraft))
        {
            var kinds = s.Aliases.Select(a => AircraftKindOfNoun.GetValueOrDefault(a[(a.LastIndexOf(' ') + 1)..].ToLowerInvariant())).OfType<string>().Distinct().ToList();
            if (kinds.Count == 1)
            {
                AircraftKindOfSystem[s.Designation] = kinds[0];
            }
        }

        foreach (var (_, f) in ReadData("context.tsv", 1))
        {
            ContextWords.Add(f[0]);
        }

        foreach (var (_, f) in ReadData("cues.tsv", 2))
        {
            var effect = Enum.Parse<CueEffect>(f[1], ignoreCase: true);
            if (f[0].All(char.IsLetterOrDigit) || f[0].Contains(' ') || f[0].Contains('\''))
            {
                Cues.Add(f[0], effect);
            }
            else
            {
                PunctuationBoundaries.Add(f[0][0]);
            }
        }
    }

    public ReferenceData Data { get; }

    public PhraseMatcher<(string Code, PartyForm Form)> Parties { get; } = new();

    public PhraseMatcher<WeaponEntry> Weapons { get; } = new();

    public PhraseMatcher<TriggerEntry> Triggers { get; } = new();

    public PhraseMatcher<CueEffect> Cues { get; } = new();

    /// <summary>Every trigger form as written in triggers.tsv, lower-cased, for a phrase told apart by words between ("signed on Sunday for").</summary>
    public Dictionary<string, TriggerEntry> TriggerForms { get; } = new(StringComparer.Ordinal);

    public HashSet<char> PunctuationBoundaries { get; } = [];

    /// <summary>Metonyms written in capitals in the reference data ("RAF", "JSDF"): acronyms, not a capital's name in capitals.</summary>
    public HashSet<string> AcronymMetonyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded head nouns of aircraft and the kind they tell ("jets": fighter); see Data/aircraft-kinds.tsv.</summary>
    public Dictionary<string, string> AircraftKindOfNoun { get; } = new(StringComparer.Ordinal);

    /// <summary>The kind of each aircraft system whose catalogue aliases tell one ("Caracal helicopter": helicopter).</summary>
    public Dictionary<string, string> AircraftKindOfSystem { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words that tell a text speaks of armed forces ("military", "navy", "weapons"); see Data/context.tsv.</summary>
    public HashSet<string> ContextWords { get; } = new(StringComparer.Ordinal);

    private static IEnumerable<(int Line, string[] Fields)> ReadData(string name, int columns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Armscope.Extraction.Data.{name}")
            ?? throw new InvalidDataException($"extraction data '{name}' is not embedded");
        using var reader = new StreamReader(stream);
        var n = 0;
        var rows = new List<(int, string[])>();
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                throw new InvalidDataException($"{name}:{n}: expected {columns} tab-separated columns, found {fields.Length}");
            }

            rows.Add((n, fields));
        }

        return rows;
    }
}
