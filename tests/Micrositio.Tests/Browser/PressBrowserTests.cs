using Microsoft.Playwright;

namespace Micrositio.Tests.Browser;

/// <summary>What a journalist sees in the shipped press room: accessible pages and downloads that arrive as files.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PressBrowserTests(BrowserFixture browser, ShippedSiteServer shipped)
{
    [Fact]
    public async Task The_release_pdf_and_the_press_kit_download_as_files()
    {
        var server = await shipped.StartAsync();
        var page = await browser.NewPageAsync(1280, 800);
        await using var context = page.Context;
        await page.GotoAsync(server.Url("/sala-de-prensa/"));

        var kit = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargue el kit de prensa" }).ClickAsync());
        Assert.Equal("kit-de-prensa.zip", kit.SuggestedFilename);

        await page.GotoAsync(server.Url("/sala-de-prensa/2018/tercer-encuentro-nacional-tampico/"));
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Descargar el comunicado en PDF" }).ClickAsync());
        Assert.Equal("tercer-encuentro-nacional-tampico.pdf", pdf.SuggestedFilename);
        using var http = new HttpClient();
        var response = await http.GetAsync(server.Url("/sala-de-prensa/2018/tercer-encuentro-nacional-tampico/tercer-encuentro-nacional-tampico.pdf"));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        page.Recorder().AssertClean();
    }
}
