using System.Globalization;

namespace Micrositio.Tests.Browser;

/// <summary>
/// Finds the Chromium the browser tests drive. Playwright cannot download its own browsers here, so any
/// Chromium will do. scripts/test.sh looks in the same places and installs Debian's chromium when it
/// finds none; keep the two in step.
/// </summary>
public static class BrowserLocator
{
    public const string EnvironmentVariable = "MICROSITIO_CHROMIUM";

    public static readonly IReadOnlyList<string> SystemPaths = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public const string InstallHelp =
        "The browser tests need Chromium. Run scripts/test.sh as root (it installs Debian's chromium), or " +
        "`sudo apt-get install chromium`, or set " + EnvironmentVariable + " to the path of a Chromium or Chrome executable.";

    // Relative to a Playwright chromium-<revision> or chromium_headless_shell-<revision> folder.
    private static readonly string[] PlaywrightExecutables =
    [
        "chrome-linux64/chrome",
        "chrome-linux/chrome",
        "chrome-headless-shell-linux64/chrome-headless-shell",
        "chrome-linux/headless_shell",
        "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
        "chrome-mac-arm64/Chromium.app/Contents/MacOS/Chromium",
        "chrome-win64/chrome.exe",
        "chrome-win/chrome.exe",
    ];

    /// <summary>The executable to launch, or null when there is none. MICROSITIO_CHROMIUM is returned as given.</summary>
    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return PlaywrightBrowsers().FirstOrDefault(File.Exists) ?? SystemPaths.FirstOrDefault(File.Exists);
    }

    /// <summary>The executable to launch; throws with install instructions when there is none (the tests fail, never skip).</summary>
    public static string Locate()
    {
        var found = Find() ?? throw new InvalidOperationException(
            $"No Chromium found (looked at ${EnvironmentVariable}, {PlaywrightCache() ?? "the Playwright cache"}, {string.Join(", ", SystemPaths)}). {InstallHelp}");
        if (!File.Exists(found))
        {
            // A wrong explicit setting must not silently fall back to another browser.
            throw new InvalidOperationException($"{EnvironmentVariable} is «{found}», which does not exist. {InstallHelp}");
        }

        return found;
    }

    private static IEnumerable<string> PlaywrightBrowsers()
    {
        var cache = PlaywrightCache();
        if (cache is null || !Directory.Exists(cache))
        {
            yield break;
        }

        // Full Chromium before the headless shell, newest revision first.
        foreach (var prefix in new[] { "chromium-", "chromium_headless_shell-" })
        {
            var folders = Directory.EnumerateDirectories(cache, prefix + "*")
                .OrderByDescending(f => int.TryParse(Path.GetFileName(f)[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : -1);
            foreach (var folder in folders)
            {
                foreach (var executable in PlaywrightExecutables)
                {
                    yield return Path.Combine(folder, executable);
                }
            }
        }
    }

    private static string? PlaywrightCache()
    {
        var configured = Environment.GetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // "0" means "inside the package", which the .NET package never fills.
            return configured == "0" ? null : configured;
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ms-playwright");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return OperatingSystem.IsMacOS()
            ? Path.Combine(home, "Library", "Caches", "ms-playwright")
            : Path.Combine(Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".cache"), "ms-playwright");
    }
}
