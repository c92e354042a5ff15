using System.Text.Json;
using Micrositio.Render.Search;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Search;

/// <summary>The index the build writes for /buscar/: folded, stemmed Spanish, and nothing unpublished.</summary>
public sealed class SearchIndexTests
{
    [Theory]
    [InlineData("Juárez", "juarez")]
    [InlineData("GEOLOCALIZACIÓN", "geolocalizacion")]
    [InlineData("Michoacán de Ocampo", "michoacan de ocampo")]
    [InlineData("Peña", "pena")]
    public void Accents_and_case_are_folded(string text, string folded) =>
        Assert.Equal(folded, SpanishSearch.Fold(text));

    [Theory]
    [InlineData("mesas", "mesa")]
    [InlineData("leyes", "ley")]
    [InlineData("autoridades", "autoridad")]
    [InlineData("luces", "luz")]
    [InlineData("estados", "estado")]
    [InlineData("juarez", "juarez")]
    [InlineData("ley", "ley")]
    [InlineData("mas", "mas")]
    [InlineData("2014", "2014")]
    public void Plurals_are_stemmed_to_the_singular(string word, string stem) =>
        Assert.Equal(stem, SpanishSearch.Stem(word));

    [Fact]
    public void Singular_and_plural_give_the_same_terms()
    {
        Assert.Equal(SpanishSearch.Terms("Las autoridades y las mesas"), SpanishSearch.Terms("la autoridad y la mesa").Select(t => t == "la" ? "las" : t));
    }

    [Fact]
    public void The_index_holds_published_pages_with_their_kind_and_nothing_under_embargo()
    {
        using var site = SiteFixture.Build("""
            -- input/mesas/ciudad-juarez.md --
            ---
            nombre: Mesa de Seguridad y Justicia de Ciudad Juárez
            estado: chihuahua
            municipios: [Juárez]
            resumen: Una mesa de Chihuahua.
            ---
            -- input/prensa/2030-01-01-reservado.md --
            ---
            titulo: Anuncio reservado xyzzy
            fecha: 2030-01-01
            lugar: Ciudad de México
            embargo: 2030-01-01T12:00:00-06:00
            contacto: comunicacion
            resumen: Resumen plugh.
            ---
            Cuerpo frobozz.
            """);
        site.AssertNoErrors();
        var text = site.Text("buscar/indice.json");
        using var index = JsonDocument.Parse(text);

        var documents = index.RootElement.GetProperty("documentos").EnumerateArray().ToList();
        var mesa = documents.FindIndex(d => d.GetProperty("url").GetString() == "/mesas/ciudad-juarez/");
        Assert.Equal("Mesa", documents[mesa].GetProperty("tipo").GetString());
        var postings = index.RootElement.GetProperty("terminos").GetProperty("juarez").EnumerateArray().Select(e => e.GetInt32()).ToList();
        var weight = postings.Chunk(2).Single(p => p[0] == mesa)[1];
        Assert.True(weight > SearchIndex.TitleWeight, "A title word weighs more than the text's.");
        foreach (var secret in new[] { "xyzzy", "plugh", "frobozz", "reservado" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
