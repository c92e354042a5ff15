using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Micrositio.Tests.Browser;

/// <summary>
/// axe-core on the page as it is now, with the WCAG 2.2 A and AA rules (those of 2.0 and 2.1 included). axe runs
/// inside the page: on a page opened with JavaScript disabled it never returns, so check those with it on.
/// </summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>Each violation as «rule: help — first nodes».</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        return result.Violations.Select(v => $"{v.Id}: {v.Help} — " + string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))).ToList();
    }
}
