using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;

namespace Armscope.Web.Tests;

/// <summary>The explorer over a fresh test register in a temporary folder, listening on a free loopback port.</summary>
public class ExplorerServer : IAsyncLifetime
{
    public const string ApiKey = "test-key-0123456789";

    private WebApplication? _app;

    public string Folder { get; } = Directory.CreateTempSubdirectory("armscope-web-tests-").FullName;

    public string RegisterPath => Path.Combine(Folder, "register.db");

    public Uri BaseAddress { get; private set; } = default!;

    public HttpClient Client { get; private set; } = default!;

    /// <summary>The key the server requires for ingest; null starts it read-only.</summary>
    protected virtual string? Key => ApiKey;

    protected virtual long MaxRequestBytes => 1024 * 1024;

    public virtual async Task InitializeAsync()
    {
        await TestRegister.BuildAsync(RegisterPath);
        _app = ExplorerApp.Create(new ExplorerOptions
        {
            Register = RegisterPath,
            Urls = ["http://127.0.0.1:0"],
            ApiKey = Key,
            MaxRequestBytes = MaxRequestBytes,
        });
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Addresses().Single(a => a.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)));
        Client = new HttpClient { BaseAddress = BaseAddress };
        Client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
    }

    public virtual async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }
}

/// <summary>The same server started without an API key: read-only.</summary>
public sealed class ReadOnlyExplorerServer : ExplorerServer
{
    protected override string? Key => null;
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerServer>
{
    public const string Name = "explorer";
}
