using Micrositio.Lint;

namespace Micrositio.Tests.Lint;

/// <summary>What the scanner recognises as personal data, and the ordinary text it must leave alone.</summary>
public sealed class PersonalDataScannerTests
{
    private static readonly PersonalDataScanner Scanner = new(new SafetyPolicy(
        ["prensa@example.org"], ["55 0000 1111"], ["800 123 4567", "oficinas@gob.example.mx", "Avenida Juárez número 100"], ["María López Hernández", "Juan Pérez"]));

    [Theory]
    [InlineData("Llame al 55 1234 5678 hoy.")]
    [InlineData("Tel. 55-1234-5678")]
    [InlineData("Tel. 555.123.4567")]
    [InlineData("Tel. 5512345678")]
    [InlineData("Tel. (55) 1234 5678")]
    [InlineData("Tel. (833) 123-4567")]
    [InlineData("Tel. 55 12 34 56 78")]
    [InlineData("Tel. +52 55 1234 5678")]
    [InlineData("Tel. +52 1 55 1234 5678")]
    [InlineData("Tel. +525512345678")]
    [InlineData("Tel. 044 55 1234 5678")]
    [InlineData("Tel. 045 833 123 4567")]
    [InlineData("[Llámenos](tel:+525512345678)")]
    public void Mexican_phone_formats_are_found(string text)
    {
        var finding = Assert.Single(Scanner.Scan(text));
        Assert.Equal(FindingKind.Phone, finding.Kind);
        Assert.Equal(10, finding.Key.Length);
    }

    [Theory]
    [InlineData("El encuentro fue el 22-11-2018 en Tampico.")]
    [InlineData("El 22/11/2018 y el 21.11.2018.")]
    [InlineData("Un presupuesto de $1,000,000 y de 1,419,551 habitantes.")]
    [InlineData("La Agenda México 18.24 y la Agenda Estatal 16.22 y 17.23.")]
    [InlineData("El número de emergencias 911 se homologó en 2016.")]
    [InlineData("Consejero en 2012-2015 y en 2017-2019.")]
    [InlineData("En los comicios de 2015, 2016 y 2017.")]
    [InlineData("Los años 2015 2016 2017 2018 fueron de trabajo.")]
    [InlineData("Claves INEGI 08037, 28038 y 23005.")]
    [InlineData("La Ley 1234 de 2018, artículo 45, fracción 3.")]
    [InlineData("Fecha y hora: 2018-11-22T18:00:00-06:00.")]
    [InlineData("Votos: 17, 13, 5 y 1; 35 medios, 15 nacionales; 573 reproducciones.")]
    [InlineData("Escriba a prensa@example.org o llame al 55 0000 1111.")]
    [InlineData("La línea pública 800 123 4567 atiende a víctimas; escriba a oficinas@gob.example.mx.")]
    [InlineData("Las oficinas están en Avenida Juárez número 100.")]
    [InlineData("El jueves a las 10 se inauguró el encuentro.")]
    [InlineData("María trabajó con López en la mesa de Hernández.")]
    public void Ordinary_text_and_declared_contacts_are_not_findings(string text)
    {
        Assert.Empty(Scanner.Scan(text));
    }

    [Theory]
    [InlineData("Escriba a coordinador.mesa@gmail.com")]
    [InlineData("Contacto: Ana_Ruiz+mesa@correo.example.mx.")]
    public void Undeclared_email_addresses_are_found(string text)
    {
        Assert.Equal(FindingKind.Email, Assert.Single(Scanner.Scan(text)).Kind);
    }

    [Theory]
    [InlineData("Participó maría lópez hernández en la sesión.")]
    [InlineData("Participó MARIA LOPEZ HERNANDEZ en la sesión.")]
    [InlineData("Participó María\nLópez\n  Hernández en la sesión.")]
    [InlineData("Participó **María López** Hernández en la sesión.")]
    [InlineData("Lo dijo Juan Perez.")]
    public void Protected_names_are_found_whatever_the_accents_case_or_line_breaks(string text)
    {
        Assert.Equal(FindingKind.ProtectedName, Assert.Single(Scanner.Scan(text)).Kind);
    }

    [Fact]
    public void A_protected_name_inside_a_longer_word_is_not_a_match()
    {
        Assert.Empty(Scanner.Scan("El juanperezismo no es un nombre."));
    }

    [Theory]
    [InlineData("La sede está en calle Hidalgo número 14, colonia Centro.")]
    [InlineData("Nos vemos en Av. Universidad #220.")]
    [InlineData("En Calzada de Tlalpan núm. 1500.")]
    public void Street_addresses_are_found(string text)
    {
        Assert.Equal(FindingKind.Address, Assert.Single(Scanner.Scan(text)).Kind);
    }

    [Theory]
    [InlineData("Nos reunimos los martes a las 18:00 en la parroquia.")]
    [InlineData("La mesa sesiona cada jueves por la mañana.")]
    [InlineData("Todos los lunes a las 9 revisamos los acuerdos.")]
    [InlineData("Las reuniones son todos los miércoles.")]
    public void Meeting_schedules_are_found(string text)
    {
        Assert.Equal(FindingKind.Schedule, Assert.Single(Scanner.Scan(text)).Kind);
    }

    [Fact]
    public void Findings_are_masked_before_they_are_shown()
    {
        var finding = Assert.Single(Scanner.Scan("Llame al 55 1234 5678."));
        Assert.Equal("5• 1••• 5•••", finding.Masked);
        Assert.DoesNotContain("1234", finding.Masked, StringComparison.Ordinal);
    }
}
