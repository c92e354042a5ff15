using System.Text;
using Markdig;
using Micrositio.Render.Press.Pdf;
using Micrositio.Tests.Support;

namespace Micrositio.Tests.Render.Press.Pdf;

/// <summary>A long Spanish press release, built through the site's Markdown pipeline, for the PDF tests.</summary>
public static class PressPdfSamples
{
    public const string BaseUrl = "https://red.example.mx";

    public static readonly DateTimeOffset Date = new(2018, 11, 22, 18, 30, 0, TimeSpan.FromHours(-6));

    /// <summary>Paragraphs printed exactly as written (no Markdown markup), in order.</summary>
    public static readonly IReadOnlyList<string> Paragraphs = Enumerable.Range(1, 18).Select(Paragraph).ToList();

    public static string Fonts => Path.Combine(Repository.Themes, "default", "pdf", "fuentes");

    public static string Absolute(string url) => BaseUrl + url;

    public static IReadOnlyList<PdfBlock> Markdown(string markdown) =>
        MarkdownPdfBlocks.From(Markdig.Markdown.Parse(markdown, Micrositio.Render.Markdown.MarkdownRenderer.Pipeline), Absolute);

    public static string BodyMarkdown()
    {
        var body = new StringBuilder();
        for (var i = 0; i < Paragraphs.Count; i++)
        {
            if (i % 3 == 0)
            {
                body.Append($"## Sección {i / 3 + 1}: ¿Qué logró la mesa número {i / 3 + 1}?\n\n");
            }

            body.Append(Paragraphs[i]).Append("\n\n");
            if (i == 4)
            {
                body.Append("""
                    Acuerdos del encuentro:

                    - Compartir indicadores de **incidencia delictiva** cada trimestre.
                    - Fortalecer las mesas de reciente creación:
                      1. Capacitación en _corresponsabilidad_.
                      2. Acompañamiento de la [Mesa de Tampico](/mesas/tampico/).
                    - Elegir la sede del cuarto encuentro.

                    > "La confianza se construye con datos," dijo la coordinadora... y con resultados.

                    | Estado | Mesas |
                    | --- | --- |
                    | Tamaulipas | 3 |
                    | Nuevo León | 2 |


                    """);
            }
        }

        return body.ToString();
    }

    public static PressPdfDocument Release(DateTimeOffset? date = null) => new(
        Title: "Concluye el Tercer Encuentro Nacional de Mesas de Seguridad y Justicia en Tampico & «Año de Resultados»",
        Language: "es-MX",
        Subject: "31 de las 36 mesas de seguridad del país se reunieron en Tampico para compartir logros y votar la sede del cuarto encuentro.",
        Date: date ?? Date,
        HeaderLogos:
        [
            new PdfLogo(TestPng.Solid(120, 40, 0x0B4F6C), 36, "Red Nacional de Mesas de Seguridad y Justicia"),
            new PdfLogo(TestPng.Solid(80, 40, 0xC0392B, 200), 36, "México SOS"),
        ],
        Kicker: "Comunicado de prensa",
        Lead: "Treinta y una de las treinta y seis mesas de seguridad y justicia del país se reunieron en Tampico, Tamaulipas, para compartir sus logros.",
        Dateline: "Tampico, Tamaulipas, 22 de noviembre de 2018.",
        Body: Markdown(BodyMarkdown()),
        Closing: Markdown("""
            ## Contacto para medios

            Coordinación de Comunicación, México SOS · prensa@example.org · [sitio de la red](/sala-de-prensa/)

            ### Acerca de la Red Nacional

            La Red Nacional de Mesas de Seguridad y Justicia reúne a ciudadanos, empresarios y autoridades que trabajan en corresponsabilidad.
            """),
        Footer: "Red Nacional de Mesas de Seguridad y Justicia · " + BaseUrl);

    private static string Paragraph(int n) => (n % 6) switch
    {
        0 => $"Párrafo {n}. ¿Cómo se mide la confianza? Con indicadores públicos: la mesa número {n} presentó su tablero de «incidencia delictiva» y explicó, año por año, cómo bajaron los robos en su municipio gracias al trabajo conjunto de vecinos, empresarios y autoridades.",
        1 => $"Párrafo {n}. ¡Sí se puede! Las niñas y los niños de las escuelas vecinas participaron en la campaña de prevención; la coordinación señaló que el año pasado se atendieron más de mil reportes ciudadanos con seguimiento puntual y respuesta en menos de setenta y dos horas.",
        2 => $"Párrafo {n}. La sesión plenaria reunió a representantes de Chihuahua, Nuevo León, Tamaulipas, Querétaro y Michoacán, quienes acordaron compartir sus metodologías de evaluación y publicar los resultados en datos abiertos, con información del SESNSP y de CONAPO.",
        3 => $"Párrafo {n}. Según el informe, la colaboración entre la sociedad civil y las instituciones de seguridad pública permitió diseñar estrategias de atención a víctimas más eficaces, con protocolos que priorizan la dignidad de las personas y la reparación del daño.",
        4 => $"Párrafo {n}. El encuentro concluyó con la votación de la sede del cuarto encuentro nacional; cada mesa emitió un voto y el resultado se anunció ante treinta y cinco medios de comunicación que cubrieron las actividades durante los dos días de trabajo.",
        _ => $"Párrafo {n}. Ñuu Savi, Señor de los Milagros y pingüino son palabras que prueban la acentuación: también «comillas», “dobles”, ‘simples’ — rayas y puntos suspensivos… sin perder un solo carácter al copiar el texto del documento.",
    };
}
