using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace Micrositio.Tests.Browser;

/// <summary>
/// What went wrong in one browser context (a page from <see cref="BrowserFixture.NewPageAsync"/> and any
/// popup it opens): console errors (including failed loads), CSP violations, uncaught page errors,
/// HTTP responses of 400 or more, and requests to hosts other than the loopback test server, which are
/// aborted. Get it with <c>page.Recorder()</c>.
/// </summary>
public sealed class PageRecorder
{
    private static readonly ConditionalWeakTable<IBrowserContext, PageRecorder> Recorders = [];

    private const string CspPrefix = "securitypolicyviolation: ";

    private readonly Lock _lock = new();
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _failedResponses = [];
    private readonly List<string> _blockedRequests = [];
    private readonly List<string> _cspViolations = [];

    private PageRecorder()
    {
    }

    /// <summary>Console messages of type error: text and source location.</summary>
    public IReadOnlyList<string> ConsoleErrors => Snapshot(_consoleErrors);

    /// <summary>Uncaught exceptions and unhandled promise rejections.</summary>
    public IReadOnlyList<string> PageErrors => Snapshot(_pageErrors);

    /// <summary>"404 GET http://127.0.0.1:…/x.png" for every response with a status of 400 or more.</summary>
    public IReadOnlyList<string> FailedResponses => Snapshot(_failedResponses);

    /// <summary>Content-Security-Policy violations the page reported (securitypolicyviolation events).</summary>
    public IReadOnlyList<string> CspViolations => Snapshot(_cspViolations);

    /// <summary>URLs of requests to another host; they were aborted, never sent.</summary>
    public IReadOnlyList<string> BlockedRequests => Snapshot(_blockedRequests);

    public static PageRecorder For(IPage page) => Recorders.TryGetValue(page.Context, out var recorder)
        ? recorder
        : throw new InvalidOperationException("This page was not made by BrowserFixture.NewPageAsync, so nothing records it.");

    /// <summary>Forgets everything recorded so far (e.g. after deliberately opening a missing page).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _consoleErrors.Clear();
            _pageErrors.Clear();
            _failedResponses.Clear();
            _blockedRequests.Clear();
            _cspViolations.Clear();
        }
    }

    /// <summary>Fails, listing everything, unless nothing at all was recorded.</summary>
    public void AssertClean()
    {
        var problems = Describe("console errors", ConsoleErrors)
            .Concat(Describe("page errors", PageErrors))
            .Concat(Describe("failed responses", FailedResponses))
            .Concat(Describe("requests to other hosts (blocked)", BlockedRequests))
            .Concat(Describe("CSP violations", CspViolations))
            .ToList();
        if (problems.Count > 0)
        {
            throw new XunitException("The browser recorded problems:\n" + string.Join("\n", problems));
        }
    }

    /// <summary>Blocks other hosts and starts recording; called once per new context, before any page opens.</summary>
    internal static async Task<PageRecorder> AttachAsync(IBrowserContext context)
    {
        var recorder = new PageRecorder();
        Recorders.AddOrUpdate(context, recorder);
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                recorder.Add(
                    message.Text.StartsWith(CspPrefix, StringComparison.Ordinal) ? recorder._cspViolations : recorder._consoleErrors,
                    $"{message.Text} (at {message.Location})");
            }
        };
        // The page's own CSP reports, as a reporting endpoint would receive them, passed on through the console
        // (an init script comes from the browser's protocol, so the CSP under test does not block it).
        await context.AddInitScriptAsync($$"""
            document.addEventListener('securitypolicyviolation', (e) =>
              console.error(`{{CspPrefix}}${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) on ${location.pathname}`));
            """);
        context.WebError += (_, error) => recorder.Add(recorder._pageErrors, $"{error.Error} (on {error.Page?.Url})");
        context.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                recorder.Add(recorder._failedResponses, $"{response.Status} {response.Request.Method} {response.Url}");
            }
        };
        await context.RouteAsync("**/*", async route =>
        {
            if (Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var url) && url.IsLoopback)
            {
                await route.ContinueAsync();
                return;
            }

            recorder.Add(recorder._blockedRequests, route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        return recorder;
    }

    private void Add(List<string> list, string entry)
    {
        lock (_lock)
        {
            list.Add(entry);
        }
    }

    private List<string> Snapshot(List<string> list)
    {
        lock (_lock)
        {
            return [.. list];
        }
    }

    private static IEnumerable<string> Describe(string kind, IReadOnlyList<string> entries) =>
        entries.Count == 0 ? [] : [$"{entries.Count} {kind}:", .. entries.Select(e => "  " + e)];
}

public static class PageRecorderExtensions
{
    /// <summary>The recorder of a page made by <see cref="BrowserFixture.NewPageAsync"/>.</summary>
    public static PageRecorder Recorder(this IPage page) => PageRecorder.For(page);
}
