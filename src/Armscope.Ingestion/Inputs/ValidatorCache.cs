using System.Text.Json;

namespace Armscope.Ingestion.Inputs;

/// <summary>The ETag and Last-Modified of each URL fetched before, kept in a small JSON file for conditional GET.</summary>
public sealed class ValidatorCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly string? _path;
    private Dictionary<string, Validators>? _entries;

    /// <param name="path">The cache file; null keeps validators in memory only.</param>
    public ValidatorCache(string? path) => _path = path;

    /// <summary>$XDG_CACHE_HOME/armscope/http-validators.json, or ~/.cache/armscope/http-validators.json.</summary>
    public static string DefaultPath
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrWhiteSpace(root))
            {
                root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            }

            return Path.Combine(root, "armscope", "http-validators.json");
        }
    }

    public Validators? Get(string url) => Load().GetValueOrDefault(url);

    public void Put(string url, Validators validators)
    {
        var entries = Load();
        if (validators.ETag is null && validators.LastModified is null)
        {
            if (!entries.Remove(url))
            {
                return;
            }
        }
        else
        {
            entries[url] = validators;
        }

        Save(entries);
    }

    private Dictionary<string, Validators> Load()
    {
        if (_entries is not null)
        {
            return _entries;
        }

        _entries = [];
        if (_path is not null && File.Exists(_path))
        {
            try
            {
                _entries = JsonSerializer.Deserialize<Dictionary<string, Validators>>(File.ReadAllText(_path)) ?? [];
            }
            catch (JsonException)
            {
                // A damaged cache only costs one unconditional fetch per URL.
            }
        }

        return _entries;
    }

    private void Save(Dictionary<string, Validators> entries)
    {
        if (_path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temporary = $"{_path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(entries, Json));
        File.Move(temporary, _path, overwrite: true);
    }
}

/// <summary>What a server gave to recognise an unchanged resource.</summary>
public sealed record Validators(string? ETag, string? LastModified);
