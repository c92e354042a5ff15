using Microsoft.Playwright;

namespace Micrositio.Tests.Browser;

/// <summary>
/// What a visitor sees on the state-first pages of the shipped site: the map works with the keyboard and
/// without JavaScript, charts have names, the achievement filter works with and without its script, and the
/// pages pass axe's WCAG 2.1 AA rules.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StateBrowsingTests(BrowserFixture browser, ShippedSiteServer shipped)
{
    [Fact]
    public async Task Every_state_of_the_map_is_reachable_with_the_keyboard_and_opens_its_page_without_javascript()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800, javaScriptEnabled: false);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/estados/"));

        var links = page.Locator("svg.mapa a");
        Assert.Equal(32, await links.CountAsync());
        var labels = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-label'))");

        // Tab through the page and collect the map links that get focus, in order.
        var focused = new List<string>();
        for (var i = 0; i < 400 && focused.Count < 32; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement.closest('svg.mapa') ? document.activeElement.getAttribute('aria-label') : null") is { } label)
            {
                focused.Add(label);
            }
        }

        Assert.Equal(labels, focused);
        Assert.Contains("Tamaulipas: 4 mesas", labels);
        Assert.Contains("Aguascalientes: sin mesas con página", labels);

        var tamaulipas = page.GetByRole(AriaRole.Link, new() { Name = "Tamaulipas: 4 mesas", Exact = true });
        await tamaulipas.FocusAsync();
        var before = await page.Locator("svg.mapa a[data-clave='28'] path").EvaluateAsync<string>("p => getComputedStyle(p).fill");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        var highlighted = await page.Locator("svg.mapa a[data-clave='28'] path").EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.Equal(before, highlighted); // keyboard focus, both times: the same highlight
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 1, Y = 1 } });
        var resting = await page.Locator("svg.mapa a[data-clave='28'] path").EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.NotEqual(resting, highlighted);

        await tamaulipas.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(server.Url("/estados/tamaulipas/"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tamaulipas");
        page.Recorder().AssertClean();
    }

    [Fact]
    public async Task State_charts_have_accessible_names_and_their_tables_beside_them()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/estados/tamaulipas/"));

        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Víctimas de homicidio doloso por cada 100 000 habitantes" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var section = page.Locator("section.grafica-datos", new() { Has = chart });
        var table = section.GetByRole(AriaRole.Table);
        await Assertions.Expect(table).ToBeVisibleAsync();
        var chartBox = await chart.BoundingBoxAsync();
        var tableBox = await table.BoundingBoxAsync();
        Assert.True(tableBox!.X > chartBox!.X + (chartBox.Width / 2), "On a wide screen the table sits beside the chart.");
        page.Recorder().AssertClean();
    }

    [Fact]
    public async Task Achievement_filter_works_in_place_with_its_script_and_as_pages_without_it()
    {
        var server = await shipped.StartAsync();
        var withScript = await browser.NewPageAsync(1280, 800);
        await using var context = withScript.Context;
        await withScript.GotoAsync(server.Url("/logros/"));

        await withScript.GetByLabel("Eje").SelectOptionAsync(new SelectOptionValue { Label = "Activación ciudadana" });
        var visible = withScript.Locator("[data-logros] [data-eje]:visible");
        var axes = await visible.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.eje)");
        Assert.NotEmpty(axes);
        Assert.All(axes, a => Assert.Equal("ciudadano", a));
        await Assertions.Expect(withScript.Locator("[data-cuenta]")).ToHaveTextAsync($"{axes.Length} logros, del más reciente al más antiguo.");

        await withScript.GetByLabel("Estado").SelectOptionAsync(new SelectOptionValue { Label = "Tamaulipas" });
        var both = await withScript.Locator("[data-logros] [data-eje]:visible").CountAsync();

        var withoutScript = await browser.NewPageAsync(1280, 800, javaScriptEnabled: false);
        await using var plain = withoutScript.Context;
        await withoutScript.GotoAsync(server.Url("/logros/"));
        Assert.Equal(0, await withoutScript.GetByLabel("Eje").CountAsync());
        await withoutScript.GetByRole(AriaRole.Navigation, new() { Name = "Filtrar logros" }).GetByRole(AriaRole.Link, new() { Name = "Activación ciudadana" }).ClickAsync();
        Assert.Equal(axes.Length, await withoutScript.Locator(".tarjetas [data-eje]").CountAsync());
        await withoutScript.GetByRole(AriaRole.Navigation, new() { Name = "Filtrar logros" }).GetByRole(AriaRole.Link, new() { Name = "Tamaulipas" }).ClickAsync();
        Assert.EndsWith("/logros/estado/tamaulipas/ciudadano/", withoutScript.Url, StringComparison.Ordinal);
        Assert.Equal(both, await withoutScript.Locator(".tarjetas [data-eje]").CountAsync());
        withScript.Recorder().AssertClean();
        withoutScript.Recorder().AssertClean();
    }
}
