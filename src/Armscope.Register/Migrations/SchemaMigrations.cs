using DbUp.Builder;

namespace Armscope.Register.Migrations;

/// <summary>
/// The register's versioned schema, as numbered SQL scripts per back end (embedded under Migrations/), applied in
/// order by DbUp, which journals each script it ran in the table <see cref="JournalTable"/>.
/// </summary>
public static class SchemaMigrations
{
    /// <summary>Where DbUp records the scripts it ran.</summary>
    public const string JournalTable = "schema_migrations";

    /// <summary>The schema this build writes: the number of its scripts.</summary>
    public static int Current => Scripts("Sqlite").Count;

    /// <summary>Script names of one back end ("Sqlite" or "Postgres"), in the order they run.</summary>
    internal static IReadOnlyList<string> Scripts(string backEnd) =>
        typeof(SchemaMigrations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix(backEnd), StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Brings a register up to <paramref name="through"/> (default: the current schema), refusing one that a newer build
    /// wrote. Tests pass a lower number to make a register as an older build left it.
    /// </summary>
    internal static void Upgrade(UpgradeEngineBuilder target, string backEnd, int? through = null)
    {
        var scripts = Scripts(backEnd);
        var wanted = new HashSet<string>(scripts.Take(through ?? scripts.Count), StringComparer.Ordinal);
        var engine = target
            .WithScriptsEmbeddedInAssembly(typeof(SchemaMigrations).Assembly, wanted.Contains)
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

        var unknown = engine.GetExecutedButNotDiscoveredScripts().Where(s => !scripts.Contains(s, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"the register was written by a newer Armscope (schema {scripts.Count + unknown.Count}, with {ShortName(unknown[0])}); this one reads schema {scripts.Count}");
        }

        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript is { } s ? $" ({ShortName(s.Name)})" : "";
            throw new InvalidOperationException($"cannot bring the register to schema {wanted.Count}{script}: {result.Error.Message}", result.Error);
        }
    }

    /// <summary>"0002_document_sources" from the embedded resource name.</summary>
    internal static string ShortName(string script)
    {
        var trimmed = script.EndsWith(".sql", StringComparison.Ordinal) ? script[..^4] : script;
        return trimmed[(trimmed.LastIndexOf('.') + 1)..];
    }

    private static string Prefix(string backEnd) => $"{typeof(SchemaMigrations).Namespace}.{backEnd}.";
}
