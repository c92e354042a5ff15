using System.Text;
using Micrositio.Diagnostics;
using Micrositio.Lint;
using Micrositio.PostProcess;
using Micrositio.Write;

namespace Micrositio.Tests.PostProcess;

public sealed class JsonTextTests
{
    private static readonly PersonalDataScanner Scanner = new(new SafetyPolicy([], [], [], ["Juana Pérez Gómez"]));

    private static IReadOnlyList<BuildError> Check(string path, string json)
    {
        var errors = new ErrorList();
        new OutputPrivacyCheck(Scanner, new HashSet<string>(), errors).Check([new OutputFile(path, Encoding.UTF8.GetBytes(json))], []);
        return errors.Sorted();
    }

    [Fact]
    public void A_protected_name_written_with_json_escapes_is_found()
    {
        var errors = Check("resultados/datos/x.json", """{"nota":"Entrevista con Juana P\u00e9rez G\u00f3mez"}""");

        var error = Assert.Single(errors);
        Assert.Contains("resultados/datos/x.json", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nombre de la lista de personas protegidas", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_phone_written_as_a_json_number_is_found()
    {
        var errors = Check("resultados/datos/x.json", """{"indicador":"contacto","valor":5512345678}""");

        var error = Assert.Single(errors);
        Assert.Contains("resultados/datos/x.json", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("número de teléfono", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_read_as_text()
    {
        var errors = Check("buscar/indice.json", """{"texto":"Informes al 55 1234 5678",}""");

        var error = Assert.Single(errors);
        Assert.Contains("buscar/indice.json", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("número de teléfono", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Wherever_the_pieces_end_a_name_split_over_three_values_is_found_once()
    {
        // Lines of 10 characters, then a shim of 0–30, then the name's three lines of 6: the first piece ends after
        // the shim, after «Juana», after «Pérez» or after «Gómez», depending on the shim.
        for (var shim = 0; shim <= 30; shim++)
        {
            string[] values = [.. Enumerable.Repeat("xxxxxxxxx", (JsonText.PieceLength / 10) - 2), new string('y', shim), "Juana", "Pérez", "Gómez", .. Enumerable.Repeat("fin", 20)];
            var json = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(values));

            var found = new List<Finding>();
            var pieces = 0;
            Assert.True(JsonText.ForEachPiece(json, (text, from) =>
            {
                pieces++;
                found.AddRange(Scanner.Scan(text).Where(f => f.Offset + f.Fragment.Length > from));
            }));

            Assert.Equal(2, pieces);
            Assert.Single(found, f => f.Kind == FindingKind.ProtectedName);
        }
    }

    [Fact]
    public void A_value_longer_than_a_piece_is_read_whole_and_not_again_for_every_value_after_it()
    {
        string[] values = [new string('x', 2 * JsonText.PieceLength) + " 55 1234 5678", .. Enumerable.Range(0, 2_000).Select(i => $"v{i}")];
        var json = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(values));

        var found = new List<Finding>();
        var pieces = 0;
        JsonText.ForEachPiece(json, (text, from) =>
        {
            pieces++;
            found.AddRange(Scanner.Scan(text).Where(f => f.Offset + f.Fragment.Length > from));
        });

        Assert.Single(found, f => f.Kind == FindingKind.Phone);
        Assert.True(pieces <= 3, $"{pieces} pieces");
    }
}
