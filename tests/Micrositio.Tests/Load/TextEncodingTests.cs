using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Load;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Load;

/// <summary>Every text file of input/ must be UTF-8 without control characters; a BOM is fine.</summary>
public sealed class TextEncodingTests
{
    private const string MesaText = "---\nnombre: Mesa de Apatzingán\nestado: chihuahua\nresumen: Una mesa.\n---\nTexto.\n";

    private static SiteFixture BuildWith(string path, byte[] bytes, string extra = "")
    {
        var site = SiteFixture.Create(extra);
        site.WriteBytes(path, bytes);
        site.Generate();
        return site;
    }

    [Fact]
    public void A_markdown_file_saved_as_latin1_is_an_error_at_its_line_and_column()
    {
        using var site = BuildWith("input/mesas/a.md", Encoding.Latin1.GetBytes(MesaText));

        site.AssertError("lectura: input/mesas/a.md:2: el archivo no está guardado como UTF-8", "columna 25", "Apatzingán", "Cómo corregirlo: guarde el archivo como UTF-8");
        Assert.Single(site.Result.Errors);
    }

    [Theory]
    [InlineData("input/red.yml", "mesas_en_la_red: 36\npersonas: 800\nestados_segun_informe:\n  - chihuahua\nfuente: Informe de Apatzingán\n", 5)]
    [InlineData("input/galeria/retiradas.txt", "# Retiradas\nencuentro/niño.jpg\n", 2)]
    [InlineData("input/privado/protegidos.txt", "José Núñez\n", 1)]
    [InlineData("input/datos/catalogos/municipios.csv", "clave_municipio,clave_estado,nombre\n16006,16,Apatzingán\n", 2)]
    [InlineData("input/marca/extra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Logotipo de Apatzingán</title></svg>\n", 1)]
    public void Every_kind_of_text_file_must_be_utf8(string path, string text, int line)
    {
        using var site = BuildWith(path, Encoding.Latin1.GetBytes(text));

        site.AssertError($"lectura: {path}:{line}: el archivo no está guardado como UTF-8");
    }

    [Fact]
    public void A_file_saved_as_utf16_is_named_as_such()
    {
        using var site = BuildWith("input/mesas/a.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(MesaText)).ToArray());

        site.AssertError("lectura: input/mesas/a.md:1: el archivo está guardado como UTF-16", "«UTF-8»");
        Assert.Single(site.Result.Errors);
    }

    [Theory]
    [InlineData("\0", "U+0000")]
    [InlineData("\u0007", "U+0007")]
    [InlineData("\u007F", "U+007F")]
    [InlineData("\u0085", "U+0085")]
    public void Control_characters_are_errors_naming_line_and_column(string control, string code)
    {
        var text = MesaText.Replace("Texto.", "Texto" + control + " con" + control + " basura.");
        using var site = BuildWith("input/mesas/a.md", Encoding.UTF8.GetBytes(text));

        site.AssertError("lectura: input/mesas/a.md:6:", $"carácter de control invisible ({code}) en la columna 6 y 1 más", "UTF-8");
    }

    [Fact]
    public void A_bom_tabs_and_crlf_are_fine()
    {
        var text = "\uFEFF" + MesaText.Replace("\n", "\r\n").Replace("Texto.", "Texto\tcon tabulador.");
        using var site = BuildWith("input/mesas/a.md", Encoding.UTF8.GetBytes(text));

        site.AssertNoErrors();
        site.AssertFile("mesas/a/index.html", "Mesa de Apatzingán");
    }

    /// <summary>Generated text: valid UTF-8 decodes to itself; one bad byte anywhere is found at its own line.</summary>
    [Fact]
    public void Decoding_round_trips_valid_text_and_locates_a_bad_byte()
    {
        var random = new Random(7);
        const string Alphabet = "abcñáéíóúüÁÉ¿¡ 0123456789\t\n€😀漢";
        for (var run = 0; run < 500; run++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 200)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray();
            var text = new string(chars).Replace("\uD83D", "").Replace("\uDE00", "");
            var bytes = Encoding.UTF8.GetBytes(text);
            var errors = new ErrorList();
            Assert.Equal(text, InputText.Decode(bytes, "x.md", errors));

            var at = random.Next(bytes.Length + 1);
            while (at < bytes.Length && (bytes[at] & 0xC0) == 0x80)
            {
                at++;
            }

            byte[] broken = [.. bytes[..at], 0xFF, .. bytes[at..]];
            Assert.Null(InputText.Decode(broken, "x.md", errors));
            Assert.Equal(bytes[..at].Count(b => b == (byte)'\n') + 1, errors.Sorted().Single().Line);
        }
    }
}
