using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Micrositio.Tests.Browser;

/// <summary>Search as a visitor uses it: typed queries, accents and plurals, the keyboard, and no trace of embargoed content.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser, ShippedSiteServer shipped, ITestOutputHelper output)
{
    [Fact]
    public async Task Juarez_without_accent_finds_the_Ciudad_Juarez_mesa_first()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(360, 740);
        await using var context = page.Context;
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(server.Url("/buscar/?q=juarez"));

        var first = page.Locator(".resultado").First;
        await Assertions.Expect(first.GetByRole(AriaRole.Link)).ToHaveTextAsync("Mesa de Seguridad y Justicia de Ciudad Juárez");
        output.WriteLine($"First result on a 360×740 viewport after {clock.ElapsedMilliseconds} ms (navigation included).");
        await Assertions.Expect(first.Locator(".etiqueta")).ToHaveTextAsync("Mesa");
        await Assertions.Expect(first.Locator("mark").First).ToHaveTextAsync("Juárez");
        page.Recorder().AssertClean();
    }

    [Fact]
    public async Task Geolocalizacion_finds_the_achievement_of_14_July_2014_and_plurals_find_singulars()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/buscar/"));

        await page.GetByLabel("Buscar mesas, estados, logros y comunicados").FillAsync("geolocalizacion");
        var first = page.Locator(".resultado").First;
        await Assertions.Expect(first.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "/logros/ley-de-geolocalizacion/");
        await Assertions.Expect(first).ToContainTextAsync("14 de julio de 2014");
        Assert.EndsWith("/buscar/?q=geolocalizacion", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("Buscar mesas, estados, logros y comunicados").FillAsync("leyes");
        await Assertions.Expect(page.Locator(".resultado mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[Ll]ey"));
        page.Recorder().AssertClean();
    }

    [Fact]
    public async Task Keyboard_only_from_the_header_box_to_a_result()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/"));

        for (var i = 0; i < 30 && await page.EvaluateAsync<string>("() => document.activeElement.id") != "q-cabecera"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal("q-cabecera", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("tampico");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(server.Url("/buscar/?q=tampico"));
        await Assertions.Expect(page.Locator(".resultado").First).ToBeVisibleAsync();

        // From the page's own box, Tab leaves the button and reaches the first result's link.
        await page.Locator("#q-pagina").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('.resultado') ? document.activeElement.getAttribute('href') : ''");
        Assert.StartsWith("/", focused, StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(server.Url(focused));
        page.Recorder().AssertClean();
    }

    [Fact]
    public async Task Without_javascript_the_search_page_lists_the_site_by_state_and_kind()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800, javaScriptEnabled: false);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/buscar/?q=juarez"));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mesas por estado" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mesa de Seguridad y Justicia de Ciudad Juárez" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logros" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_word_only_in_an_embargoed_release_finds_nothing()
    {
        await using var site = await ServedSite.BuildAsync("""
            -- input/prensa/2030-01-01-reservado.md --
            ---
            titulo: Anuncio reservado
            fecha: 2030-01-01
            lugar: Ciudad de México
            embargo: 2030-01-01T12:00:00-06:00
            contacto: comunicacion
            resumen: Un anuncio.
            ---
            La palabra xyzzy solo está aquí.
            """);
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(site.Url("/buscar/?q=xyzzy"));

        await Assertions.Expect(page.Locator(".resultados__cuenta")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^No hay resultados"));
        Assert.Equal(0, await page.Locator(".resultado").CountAsync());
    }

    [Fact]
    public async Task The_search_page_with_results_passes_axe()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/buscar/?q=juarez"));
        await Assertions.Expect(page.Locator(".resultado").First).ToBeVisibleAsync();

        await Accessibility.AssertNoViolationsAsync(page);
    }
}
