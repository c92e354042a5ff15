using Micrositio.Text;

namespace Micrositio.Tests.Text;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Cancún – Isla Mujeres", "cancun-isla-mujeres")]
    [InlineData("Ciudad Juárez", "ciudad-juarez")]
    [InlineData("Ñuu Savi", "nuu-savi")]
    [InlineData("  Gómez Palacio y Lerdo!  ", "gomez-palacio-y-lerdo")]
    [InlineData("Agenda México 18.24", "agenda-mexico-18-24")]
    public void From_folds_accents_and_joins_words_with_hyphens(string text, string expected)
    {
        Assert.Equal(expected, Slugs.From(text));
    }

    [Theory]
    [InlineData("ciudad-juarez", true)]
    [InlineData("911", true)]
    [InlineData("Ciudad-Juarez", false)]
    [InlineData("ciudad--juarez", false)]
    [InlineData("-juarez", false)]
    [InlineData("juárez", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_lower_case_ascii_words(string slug, bool valid)
    {
        Assert.Equal(valid, Slugs.IsValid(slug));
    }

    [Fact]
    public void Spelling_suggests_only_plausible_typos()
    {
        Assert.Equal("nombre", Spelling.Closest("nombree", ["nombre", "estado", "resumen"]));
        Assert.Equal("coahuila", Spelling.Closest("cohauila", ["chihuahua", "coahuila", "colima"]));
        Assert.Null(Spelling.Closest("zzzzzz", ["nombre", "estado"]));
    }
}
