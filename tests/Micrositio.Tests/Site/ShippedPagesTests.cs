using System.Net;
using System.Text.RegularExpressions;

namespace Micrositio.Tests.Site;

/// <summary>The shipped content builds cleanly and its key pages say what the sources say.</summary>
[Collection(ShippedSiteCollection.Name)]
public sealed partial class ShippedPagesTests(ShippedSite site)
{
    [Fact]
    public void Builds_without_errors()
    {
        Assert.True(site.Result.Errors.Count == 0, "Errors:\n" + string.Join("\n", site.Result.Errors));
    }

    [Fact]
    public void Has_a_page_for_each_of_the_31_mesas()
    {
        Assert.Equal(31, site.Paths.Count(p => MesaPage().IsMatch(p)));
        Assert.Equal(31, site.Result.Statistics.Mesas);
    }

    [Fact]
    public void Has_a_page_for_each_of_the_32_states()
    {
        Assert.Equal(32, site.Paths.Count(p => StatePage().IsMatch(p)));
    }

    [Fact]
    public void State_without_mesas_says_so()
    {
        Assert.Contains("Este sitio todavía no tiene páginas de mesas en Campeche.", site.Text("estados/campeche/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Meeting_page_shows_attendance_and_the_vote()
    {
        var text = WebUtility.HtmlDecode(site.Text("encuentros/tercer-encuentro-nacional/index.html"));

        Assert.Contains("<span class=\"cifra__valor\">31</span> <span class=\"cifra__texto\">de 36 mesas invitadas asistieron</span>", text, StringComparison.Ordinal);
        Assert.Contains("21 y 22 de noviembre de 2018", text, StringComparison.Ordinal);
        Assert.Contains("Votación: Sede del Cuarto Encuentro Nacional", text, StringComparison.Ordinal);
        Assert.Contains("<strong>Cancún-Isla Mujeres</strong>, con 17 de 36 votos", text, StringComparison.Ordinal);
        string[] rows =
        [
            "<th scope=\"row\">Cancún-Isla Mujeres</th><td class=\"alinear-derecha\">17</td>",
            "<th scope=\"row\">Veracruz</th><td class=\"alinear-derecha\">13</td>",
            "<th scope=\"row\">Ixtapa-Zihuatanejo</th><td class=\"alinear-derecha\">5</td>",
            "<th scope=\"row\">Tampico-Madero-Altamira</th><td class=\"alinear-derecha\">1</td>",
        ];
        var positions = rows.Select(r => text.IndexOf(r, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Release_page_is_under_its_year_with_the_dateline()
    {
        Assert.Contains("Tampico, Tamaulipas, 22 de noviembre de 2018.", site.Text("sala-de-prensa/2018/tercer-encuentro-nacional-tampico/index.html"), StringComparison.Ordinal);
        Assert.Contains("/sala-de-prensa/2018/tercer-encuentro-nacional-tampico/", site.Text("sala-de-prensa/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_written_in_mexican_spanish()
    {
        var achievement = site.Text("logros/reforma-a-la-ley-general-de-victimas/index.html");
        Assert.Contains("<time datetime=\"2013-05-03\">3 de mayo de 2013</time>", achievement, StringComparison.Ordinal);
        Assert.Contains(">diciembre de 2016<", site.Text("logros/numero-unico-de-emergencias-911/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("03 de mayo", site.Text("logros/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("May", site.Text("logros/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_html_page_declares_mexican_spanish()
    {
        var pages = site.Result.Files.Where(f => f.IsHtml).ToList();
        Assert.True(pages.Count > 90, $"only {pages.Count} HTML pages");
        Assert.All(pages, p => Assert.Contains("<html lang=\"es-MX\">", site.Text(p.Path), StringComparison.Ordinal));
    }

    [Fact]
    public void Network_page_and_home_page_exist()
    {
        Assert.Contains("<h1>La Red y su modelo</h1>", site.Text("red/index.html"), StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"titulo-pagina\">", site.Text("index.html"), StringComparison.Ordinal);
        Assert.Contains("/estados/campeche/index.html", site.Paths.Select(p => "/" + p));
        Assert.Contains("404.html", site.Paths);
    }

    [GeneratedRegex("^mesas/[^/]+/index\\.html$")]
    private static partial Regex MesaPage();

    [GeneratedRegex("^estados/[^/]+/index\\.html$")]
    private static partial Regex StatePage();
}
