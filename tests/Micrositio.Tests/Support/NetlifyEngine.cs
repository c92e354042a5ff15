using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Micrositio.Tests.Support;

/// <summary>
/// Runs tools/netlify-redirector/match.mjs: netlify-redirector (the WebAssembly engine netlify-cli runs) over the
/// rules that @netlify/redirect-parser reads from a site's _redirects and a netlify.toml, and @netlify/headers-parser's
/// header rules; all pinned in package-lock.json. One Node process answers every target. Fails, never skips, when
/// the tool is not installed.
/// </summary>
public static class NetlifyEngine
{
    public static string ToolFolder => System.IO.Path.Combine(Repository.Root, "tools", "netlify-redirector");

    public static IReadOnlyList<NetlifyAnswer> Answer(string siteFolder, string netlifyToml, IReadOnlyList<string> targets)
    {
        Assert.True(Directory.Exists(System.IO.Path.Combine(ToolFolder, "node_modules", "netlify-redirector")),
            "netlify-redirector is not installed. Run ./scripts/test.sh, which installs it, or: npm ci --prefix tools/netlify-redirector");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            WorkingDirectory = ToolFolder,
        };
        start.ArgumentList.Add("match.mjs");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.StandardInput.Write(JsonSerializer.Serialize(new { site = siteFolder, config = netlifyToml, targets }));
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("match.mjs did not finish within a minute.");
        }

        Assert.True(process.ExitCode == 0, $"match.mjs exited with {process.ExitCode} (is Node.js 20 or newer installed?):\n{error.Result}");
        using var document = JsonDocument.Parse(output);
        var problems = document.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(problems.Count == 0, "Netlify's parsers rejected rules:\n" + string.Join("\n", problems));

        return document.RootElement.GetProperty("answers").EnumerateArray().Zip(targets, (answer, target) =>
        {
            var rule = answer.GetProperty("rule");
            return new NetlifyAnswer(
                target,
                answer.GetProperty("pathname").GetString()!,
                answer.GetProperty("path").GetString()!,
                answer.GetProperty("search").GetString()!,
                rule.ValueKind == JsonValueKind.Null
                    ? null
                    : new NetlifyRuleMatch(rule.GetProperty("from").GetString()!, rule.GetProperty("to").GetString()!, rule.GetProperty("status").GetInt32(), rule.GetProperty("force").GetBoolean()),
                answer.GetProperty("location").GetString(),
                answer.GetProperty("headers").EnumerateObject().ToDictionary(h => h.Name, h => h.Value.GetString()!, StringComparer.OrdinalIgnoreCase));
        }).ToList();
    }
}
