using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Micrositio.Brand;

/// <summary>
/// Placeholder mesa logos, drawn here rather than copied from anyone's artwork: a round table seen from
/// above with its seats, the number and position of the seats taken from the mesa's slug so that each
/// mesa's example differs. <c>new mesa</c> writes them; a mesa's real logo replaces them in
/// <c>input/marca/mesas/</c> (and its SHA-256 in the manual).
/// </summary>
public static class ExampleLogo
{
    public static IReadOnlyList<string> Variants { get; } = ["color", "monocromo", "inverso"];

    /// <summary>The colours of the placeholder mesa logos: table, seats, monochrome and reversed.</summary>
    public static IReadOnlyList<string> MesaPalette { get; } = ["#0b4f6c", "#a4262c", "#1d2125", "#ffffff"];

    /// <summary>The file of one variant, relative to <c>input/marca/</c>.</summary>
    public static string MesaFile(string slug, string variant) => $"mesas/{slug}-{variant}.svg";

    public static string Mesa(string slug, string name, string variant)
    {
        var (table, seat) = variant switch
        {
            "color" => ("#0b4f6c", "#a4262c"),
            "monocromo" => ("#1d2125", "#1d2125"),
            "inverso" => ("#ffffff", "#ffffff"),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown variant"),
        };
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(slug));
        var seats = 5 + hash[0] % 5;
        var turn = hash[1] % 360;
        var svg = new StringBuilder()
            .Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" width=\"100\" height=\"100\">\n")
            .Append("<title>Logotipo de ejemplo de la ").Append(Escape(name)).Append(" (no es un logotipo real)</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<circle cx=\"50\" cy=\"50\" r=\"24\" fill=\"{table}\"/>\n");
        for (var i = 0; i < seats; i++)
        {
            var angle = (turn + 360.0 * i / seats) * Math.PI / 180;
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{50 + 38 * Math.Cos(angle):0.##}\" cy=\"{50 + 38 * Math.Sin(angle):0.##}\" r=\"9\" fill=\"{seat}\"/>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
