using Microsoft.Playwright;

namespace Armscope.Web.Tests;

/// <summary>A fact that needs Debian's chromium; skipped, saying why, only when it is not installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"browser tests need Debian's chromium at {Chromium} (apt-get install -y chromium; .ci/run installs it)";
        }
    }
}

/// <summary>The explorer and a headless chromium driven by Playwright (no browser download: Debian's executable).</summary>
public sealed class BrowserServer : ExplorerServer
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Where screenshots go: TestResults/screenshots at the repository root (or $ARMSCOPE_SCREENSHOTS).</summary>
    public string Screenshots { get; } = ScreenshotFolder();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (!File.Exists(BrowserFactAttribute.Chromium))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public override async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }

        await base.DisposeAsync();
    }

    /// <summary>A fresh page that records console errors, uncaught exceptions and dialogs.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" || message.Text.Contains("pwned", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Dialog += async (_, dialog) =>
        {
            problems.Add($"dialog: {dialog.Message}");
            await dialog.DismissAsync();
        };
        return (page, problems);
    }

    public async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    private static string ScreenshotFolder()
    {
        var folder = Environment.GetEnvironmentVariable("ARMSCOPE_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Armscope.sln")))
            {
                root = root.Parent;
            }

            folder = Path.Combine(root?.FullName ?? Directory.GetCurrentDirectory(), "TestResults", "screenshots");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
