using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Micrositio.Tests.Support;

/// <summary>One error html-validate reported, with the page's path as the caller named it.</summary>
public sealed record HtmlProblem(string Page, int Line, int Column, string Rule, string Message)
{
    public override string ToString() => $"{Page}:{Line}:{Column} {Rule} {Message}";
}

/// <summary>
/// Runs the html-validate CLI pinned in tools/html-validate (package.json, package-lock.json, .htmlvalidate.json) over
/// pages given as bytes: they are written to a temporary folder and checked by ONE process, since Node takes about a
/// second to start. Fails the test when the tool is not installed instead of skipping.
/// </summary>
public static class HtmlValidator
{
    public static string ToolFolder => Path.Combine(Repository.Root, "tools", "html-validate");

    public static string Executable => Path.Combine(ToolFolder, "node_modules", ".bin", "html-validate");

    public static string ConfigFile => Path.Combine(ToolFolder, ".htmlvalidate.json");

    /// <summary>The errors (severity 2) html-validate finds in the pages, in the order it reports them.</summary>
    /// <param name="pages">Relative paths (as in the built site, e.g. "estados/index.html") and contents.</param>
    public static IReadOnlyList<HtmlProblem> Validate(IReadOnlyList<(string Path, byte[] Bytes)> pages)
    {
        Assert.True(File.Exists(Executable),
            $"html-validate is not installed ({Executable} is missing). Run ./scripts/test.sh, which installs it, " +
            "or: npm ci --prefix tools/html-validate");
        Assert.NotEmpty(pages);

        var folder = Path.Combine(Path.GetTempPath(), "micrositio-html-validate-" + Guid.NewGuid().ToString("N"));
        try
        {
            var pageByFile = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (page, bytes) in pages)
            {
                var file = Path.GetFullPath(Path.Combine(folder, page));
                Assert.True(file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal), $"{page} is not a relative path inside the site.");
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
                pageByFile.Add(file, page);
            }

            // html-validate silently ignores a path that does not exist, so every file is written above and named
            // explicitly here; --config keeps it from looking for other configuration files.
            var report = Run(["--config", ConfigFile, "--formatter", "json", .. pageByFile.Keys]);
            return Parse(report, pageByFile);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    private static string Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = ToolFolder,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("html-validate did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("html-validate did not finish within two minutes.");
        }

        // 0: no errors, 1: errors found (reported on standard output); anything else is the tool failing.
        Assert.True(process.ExitCode is 0 or 1,
            $"html-validate exited with {process.ExitCode} (is Node.js 20.19 or newer installed?):\n{error.Result}\n{output}");
        return output;
    }

    private static List<HtmlProblem> Parse(string report, Dictionary<string, string> pageByFile)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(report);
        }
        catch (JsonException e)
        {
            Assert.Fail($"html-validate printed something that is not its JSON report ({e.Message}):\n{report}");
            throw;
        }

        using (document)
        {
            var problems = new List<HtmlProblem>();
            foreach (var result in document.RootElement.EnumerateArray())
            {
                var file = result.GetProperty("filePath").GetString()!;
                var page = pageByFile.GetValueOrDefault(Path.GetFullPath(file), file);
                foreach (var message in result.GetProperty("messages").EnumerateArray())
                {
                    if (message.GetProperty("severity").GetInt32() < 2)
                    {
                        continue;
                    }

                    problems.Add(new HtmlProblem(
                        page,
                        message.TryGetProperty("line", out var line) ? line.GetInt32() : 0,
                        message.TryGetProperty("column", out var column) ? column.GetInt32() : 0,
                        message.TryGetProperty("ruleId", out var rule) ? rule.GetString() ?? "?" : "?",
                        message.GetProperty("message").GetString() ?? ""));
                }
            }

            return problems;
        }
    }
}
