using Npgsql;

namespace Armscope.Cli.Tests;

/// <summary>Where a test keeps a register: a SQLite file in its folder, or a schema of its own on the test PostgreSQL server.</summary>
public sealed class RegisterLocations : IDisposable
{
    private readonly Armscope.Register.Tests.PostgresTestServer _server = new();

    public RegisterLocations()
    {
        Folder = Directory.CreateTempSubdirectory("armscope-cli-").FullName;
    }

    /// <summary>A scratch folder for inputs and files, removed at the end.</summary>
    public string Folder { get; }

    /// <summary>The register called <paramref name="name"/> on the back end ("sqlite" or "postgres"); PostgreSQL tests skip without a server.</summary>
    public string Of(string backEnd, string name) => backEnd switch
    {
        "sqlite" => Path.Combine(Folder, name + ".db"),
        "postgres" => _server.Location(name),
        _ => throw new ArgumentOutOfRangeException(nameof(backEnd), backEnd, "sqlite or postgres"),
    };

    public void Dispose()
    {
        _server.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a killed process's last moments: the temp folder is cleaned later.
        }

        NpgsqlConnection.ClearAllPools();
    }
}
