using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Micrositio.Tests.Browser;

/// <summary>axe-core on the page as it is now, with the WCAG 2.1 A and AA rules.</summary>
public static class Accessibility
{
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} — " + string.Join("; ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target))))));
    }
}
