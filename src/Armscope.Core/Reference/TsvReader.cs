using System.Reflection;

namespace Armscope.Core.Reference;

/// <summary>Reads the embedded tab-separated reference files: '#' starts a comment line, '|' separates list items.</summary>
internal static class TsvReader
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string resourceName, int columns)
    {
        var asm = Assembly.GetExecutingAssembly();
        using var stream = asm.GetManifestResourceStream($"Armscope.Core.Data.{resourceName}")
            ?? throw new InvalidDataException($"reference data '{resourceName}' is not embedded in {asm.GetName().Name}");
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < columns)
            {
                fields = [.. fields, .. Enumerable.Repeat(string.Empty, columns - fields.Length)];
            }
            else if (fields.Length > columns)
            {
                throw new InvalidDataException($"{resourceName}:{lineNumber}: expected {columns} tab-separated columns, found {fields.Length}");
            }

            yield return (lineNumber, fields.Select(f => f.Trim()).ToArray());
        }
    }

    /// <summary>The embedded reference files whose names start with <paramref name="prefix"/>, in name order.</summary>
    public static IEnumerable<string> ResourcesStartingWith(string prefix)
    {
        const string Root = "Armscope.Core.Data.";
        return Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(Root + prefix, StringComparison.Ordinal))
            .Select(n => n[Root.Length..])
            .Order(StringComparer.Ordinal);
    }

    public static IReadOnlyList<string> List(string field) =>
        field.Length == 0 || field == "-"
            ? []
            : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
