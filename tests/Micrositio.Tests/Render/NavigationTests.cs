using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render;

/// <summary>The main navigation only links pages that exist, and marks the current section.</summary>
public sealed class NavigationTests
{
    [Fact]
    public void Without_a_network_page_the_navigation_has_no_link_to_it()
    {
        using var site = SiteFixture.Create("");
        site.Delete("input/paginas/red.md");

        site.Generate();

        site.AssertNoErrors();
        site.AssertNoFile("red/index.html");
        site.AssertFile("index.html", """
            <a href="/mesas/">Mesas</a>
            ! href="/red/"
            """);
    }

    [Fact]
    public void The_current_section_is_marked_for_assistive_technology()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/a.md --
            ---
            nombre: Mesa A
            estado: chihuahua
            resumen: Una mesa.
            ---
            """);

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", """
            <a href="/mesas/" aria-current="page">Mesas</a>
            ! <a href="/" aria-current="page">
            """);
    }
}
