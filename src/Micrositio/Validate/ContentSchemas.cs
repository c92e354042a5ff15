using Micrositio.Content;
using static Micrositio.Validate.Schema;

namespace Micrositio.Validate;

/// <summary>
/// The schema of every kind of file in <c>input/</c>. The same definitions validate content, fill the
/// files that <c>new</c> scaffolds, and are checked against the README's content guide by a test.
/// </summary>
public static class ContentSchemas
{
    private static readonly FieldType Text = new FieldType.Text();
    private static readonly FieldType Texts = new FieldType.ListOf(Text);
    private static readonly FieldType StateRefs = new FieldType.ListOf(new FieldType.StateRef());
    private static readonly FieldType MesaRefs = new FieldType.ListOf(new FieldType.MesaRef());

    public static Schema MediaContact { get; } = new("un contacto de prensa",
    [
        Required("id", Text, "identificador corto que usan los comunicados en «contacto»", "comunicacion"),
        Required("cargo", Text, "cargo institucional; nunca el nombre de una persona", "Coordinación de Comunicación de México SOS"),
        Required("correo", new FieldType.Email(), "correo institucional de prensa", "prensa@example.org"),
        Optional("telefono", Text, "teléfono institucional de prensa", "\"55 0000 0000\""),
    ]);

    public static Schema SocialLink { get; } = new("un enlace a redes sociales",
    [
        Required("nombre", Text, "nombre de la red", "Facebook"),
        Required("url", new FieldType.AbsoluteUrl(), "dirección del perfil", "https://www.facebook.com/ejemplo"),
    ]);

    public static Schema AboutText { get; } = new("un texto «acerca de»",
    [
        Required("titulo", Text, "título del texto", "Acerca de México SOS"),
        Required("texto", Text, "un párrafo que presenta a la organización, para el cierre de los comunicados", "México SOS es una organización de la sociedad civil…"),
    ]);

    public static Schema Site { get; } = new("input/sitio.yml",
    [
        Required("titulo", Text, "título del sitio", "Red Nacional de Mesas de Seguridad y Justicia"),
        Required("titulo_corto", Text, "siglas o nombre corto", "RNMSJ"),
        Required("descripcion", Text, "una frase que describe el sitio (buscadores y redes sociales)", "Lo que hacen las Mesas de Seguridad y Justicia de México."),
        Required("url_base", new FieldType.AbsoluteUrl(), "dirección pública del sitio", "https://micrositio-rnmsj.netlify.app"),
        Required("idioma", new FieldType.OneOf(["es-MX"]), "idioma del sitio", "es-MX"),
        Required("tema", Text, "carpeta de themes/ con el diseño", "default"),
        Required("zona_horaria", new FieldType.TimeZoneId(), "zona horaria de fechas y embargos", "America/Mexico_City"),
        Required("contactos_prensa", new FieldType.ListOf(new FieldType.Record(MediaContact)), "contactos institucionales para medios", "[{id: comunicacion, cargo: ..., correo: ...}]"),
        Optional("redes", new FieldType.ListOf(new FieldType.Record(SocialLink)), "enlaces a redes sociales", "[{nombre: Facebook, url: https://...}]"),
        Optional("acerca_de", new FieldType.ListOf(new FieldType.Record(AboutText)), "textos «acerca de» con que cierran los comunicados (página y PDF)", "[{titulo: Acerca de México SOS, texto: ...}]"),
        Optional("fotos_max_megapixeles", new FieldType.Integer(1), "tamaño máximo de una foto de la galería, en megapíxeles (100 por omisión)", "100"),
        Optional("fotos_max_megabytes", new FieldType.Integer(1), "peso máximo de una foto de la galería, en MB (50 por omisión)", "50"),
    ]);

    public static Schema Network { get; } = new("input/red.yml",
    [
        Required("mesas_en_la_red", new FieldType.Integer(1), "número de mesas que integran la red", "36"),
        Required("personas", new FieldType.Integer(1), "número aproximado de personas (ciudadanos y funcionarios) en las mesas", "800"),
        Required("estados_segun_informe", StateRefs, "estados donde, según el informe, operan mesas", "[chihuahua, tamaulipas]"),
        Required("fuente", Text, "documento del que salen estas cifras", "Informe ejecutivo del 3er Encuentro (noviembre de 2018)"),
    ]);

    public static Schema State { get; } = new("un estado de input/estados.yml",
    [
        Required("clave", Text, "clave INEGI de dos dígitos, entre comillas", "\"08\""),
        Required("nombre", Text, "nombre corto que muestra el sitio", "Chihuahua"),
        Required("nombre_oficial", Text, "nombre oficial completo", "Chihuahua"),
        Required("slug", Text, "parte de la dirección: /estados/<slug>/", "chihuahua"),
        Required("abreviatura", Text, "abreviatura para mapas y tablas", "CHIH"),
    ]);

    public static Schema StateIntro { get; } = new("la introducción de un estado (input/estados/<slug>.md)", []);

    public static Schema Mesa { get; } = new("una mesa (input/mesas/<slug>.md)",
    [
        Required("nombre", Text, "nombre completo de la mesa", "Mesa de Seguridad y Justicia de Ciudad Juárez"),
        Required("estado", new FieldType.StateRef(), "estado donde opera (slug o clave INEGI)", "chihuahua"),
        Optional("municipios", Texts, "municipios donde trabaja", "[Juárez]"),
        Optional("fundada", new FieldType.PartialDate(), "fecha de instalación (AAAA-MM-DD, AAAA-MM o AAAA)", "2015"),
        Optional("comites", Texts, "comités de la mesa", "[Prevención, Procuración de justicia]"),
        Optional("activa", new FieldType.Boolean(), "si la mesa opera hoy (true por omisión)", "true"),
        Required("resumen", Text, "una frase para listados", "Mesa fundadora del modelo."),
        Optional("patrocinadores", new FieldType.ListOf(new FieldType.SponsorRef()), "organizaciones que apoyan a la mesa; su logotipo acompaña al de la mesa", "[fundacion-ejemplo]"),
    ]);

    public static Schema Achievement { get; } = new("un logro (input/logros/<fecha>-<slug>.md)",
    [
        Required("titulo", Text, "título del logro", "Se aprueba la Ley de Geolocalización"),
        Required("fecha", new FieldType.PartialDate(), "fecha del logro; el nombre del archivo empieza con ella", "2014-07-14"),
        Required("eje", new FieldType.OneOf(Axis.All), "eje estratégico", "legislativo"),
        Optional("estados", StateRefs, "estados a los que se refiere", "[michoacan, tamaulipas]"),
        Optional("mesas", MesaRefs, "mesas que participaron", "[ciudad-juarez]"),
        Required("resumen", Text, "una frase para listados y el feed", "México SOS propuso la ley aprobada."),
        Optional("fuente", Text, "de dónde sale el dato", "Presentación institucional de México SOS"),
    ]);

    public static Schema PressRelease { get; } = new("un comunicado (input/prensa/<fecha>-<slug>.md)",
    [
        Required("titulo", Text, "titular", "Concluye el Tercer Encuentro Nacional"),
        Required("fecha", new FieldType.DateOrDateTime(), "fecha (AAAA-MM-DD) o fecha y hora con zona (2018-11-22T18:00:00-06:00)", "2018-11-22"),
        Required("lugar", Text, "ciudad y estado del encabezado", "Tampico, Tamaulipas"),
        Optional("embargo", new FieldType.DateTimeWithOffset(), "no se publica en ningún archivo antes de este momento", "2018-11-22T18:00:00-06:00"),
        Required("contacto", new FieldType.ContactRef(), "id de un contacto de prensa de sitio.yml", "comunicacion"),
        Required("resumen", Text, "una o dos frases para la sala de prensa y el feed", "Treinta y una mesas se reunieron en Tampico."),
        Optional("estados", StateRefs, "estados relacionados", "[tamaulipas]"),
        Optional("mesas", MesaRefs, "mesas relacionadas", "[tampico-madero-altamira]"),
        Optional("fotos", Texts, "fotos de la galería que acompañan al comunicado, como «álbum/archivo»; la primera ilustra el enlace en redes sociales", "[tercer-encuentro/plenaria.jpg]"),
    ]);

    public static Schema MediaCoverage { get; } = new("la cobertura de medios",
    [
        Required("total", new FieldType.Integer(), "medios que asistieron", "35"),
        Optional("nacionales", new FieldType.Integer(), "de ellos, medios nacionales", "15"),
    ]);

    public static Schema VoteOption { get; } = new("una opción de votación",
    [
        Required("opcion", Text, "opción votada", "Cancún–Isla Mujeres"),
        Required("votos", new FieldType.Integer(), "votos recibidos", "17"),
    ]);

    public static Schema Vote { get; } = new("una votación",
    [
        Required("asunto", Text, "qué se votó", "Sede del Cuarto Encuentro Nacional"),
        Required("opciones", new FieldType.ListOf(new FieldType.Record(VoteOption)), "opciones con sus votos", "[{opcion: Veracruz, votos: 13}]"),
    ]);

    public static Schema Meeting { get; } = new("un encuentro (input/encuentros/<slug>.md)",
    [
        Required("titulo", Text, "nombre del encuentro", "Tercer Encuentro Nacional"),
        Required("numero", new FieldType.Integer(1), "número del encuentro", "3"),
        Required("fecha_inicio", new FieldType.Date(), "primer día", "2018-11-21"),
        Optional("fecha_fin", new FieldType.Date(), "último día", "2018-11-22"),
        Required("sede", Text, "ciudad sede", "Tampico, Tamaulipas"),
        Required("estado", new FieldType.StateRef(), "estado sede", "tamaulipas"),
        Optional("anfitriona", new FieldType.MesaRef(), "mesa anfitriona", "tampico-madero-altamira"),
        Optional("mesas_invitadas", new FieldType.Integer(), "mesas invitadas", "36"),
        Optional("asistentes", MesaRefs, "mesas que asistieron", "[ciudad-juarez, torreon]"),
        Optional("medios", new FieldType.Record(MediaCoverage), "cobertura de medios", "{total: 35, nacionales: 15}"),
        Optional("votacion", new FieldType.Record(Vote), "votación realizada", "{asunto: ..., opciones: [...]}"),
        Required("resumen", Text, "una frase para listados", "La red se reunió en Tampico."),
    ]);

    public static Schema Page { get; } = new("una página (input/paginas/<slug>.md)",
    [
        Required("titulo", Text, "título de la página", "La Red y su modelo"),
        Optional("descripcion", Text, "una frase para buscadores", "Qué es la Red Nacional de Mesas de Seguridad y Justicia."),
    ]);

    public static Schema HiddenArea { get; } = new("un área que se cubre",
    [
        Required("x", new FieldType.Integer(), "distancia en píxeles desde el borde izquierdo de la foto (ya girada)", "120"),
        Required("y", new FieldType.Integer(), "distancia en píxeles desde el borde superior", "80"),
        Required("ancho", new FieldType.Integer(1), "ancho en píxeles", "60"),
        Required("alto", new FieldType.Integer(1), "alto en píxeles", "60"),
        Optional("motivo", Text, "qué se cubre (rostro, placa, tatuaje, letrero)", "rostro"),
    ]);

    public static Schema Consent { get; } = new("un consentimiento",
    [
        Required("fecha", new FieldType.Date(), "cuándo se obtuvo", "2018-11-22"),
        Required("registro", Text, "dónde consta (no se publica): folio o archivo del formato firmado", "\"Formato firmado, archivo de México SOS\""),
    ]);

    public static Schema Photo { get; } = new("una foto de album.yml",
    [
        Required("archivo", Text, "nombre del archivo en la carpeta del álbum", "plenaria.jpg"),
        Required("alt", Text, "texto alternativo: qué muestra la foto, para quien no la ve", "\"Coordinadores sentados en la plenaria\""),
        Optional("pie", Text, "pie de foto", "Plenaria del encuentro."),
        Optional("credito", Text, "crédito de la foto", "México SOS"),
        Optional("consentimiento", new FieldType.Record(Consent), "registro del consentimiento de las personas que aparecen; sin él la foto no se publica", "{fecha: 2018-11-22, registro: ...}"),
        Optional("ocultar", new FieldType.ListOf(new FieldType.Record(HiddenArea)), "áreas que se cubren con un relleno opaco", "[{x: 120, y: 80, ancho: 60, alto: 60, motivo: rostro}]"),
        Optional("kit_de_prensa", new FieldType.Boolean(), "si la foto va en el kit de prensa, con su pie y su crédito (false por omisión)", "true"),
    ]);

    public static Schema Album { get; } = new("un álbum (input/galeria/<album>/album.yml)",
    [
        Required("titulo", Text, "título del álbum", "Tercer Encuentro Nacional"),
        Required("fecha", new FieldType.Date(), "fecha del álbum", "2018-11-22"),
        Optional("mesa", new FieldType.MesaRef(), "mesa del álbum", "tampico-madero-altamira"),
        Optional("estado", new FieldType.StateRef(), "estado del álbum", "tamaulipas"),
        Optional("descripcion", Text, "una frase sobre el álbum", "Fotos de ejemplo."),
        Required("fotos", new FieldType.ListOf(new FieldType.Record(Photo)), "las fotos, en orden", "[{archivo: ..., alt: ..., consentimiento: ...}]"),
    ]);

    public static Schema AllowedException { get; } = new("una excepción de input/permitidos.yml",
    [
        Required("valor", Text, "teléfono, correo o texto que se publica a propósito", "\"800 000 0000\""),
        Required("motivo", Text, "por qué es público y seguro publicarlo", "Línea pública de atención de una institución."),
    ]);

    // The brand manual (input/marca/manual.yml).
    private static readonly FieldType Ratio = new FieldType.Number(0.1, 20);
    private static readonly FieldType Fraction = new FieldType.Number(0, 1);
    private static readonly FieldType Colors = new FieldType.ListOf(new FieldType.HexColor());
    private static readonly FieldType Backgrounds = new FieldType.ListOf(Text);

    private static FieldSpec LogoFile() => Required("archivo", Text, "archivo SVG aprobado, relativo a input/marca/", "red-nacional-color.svg");

    private static FieldSpec LogoHash() => Required("sha256", new FieldType.Sha256(), "huella SHA-256 del archivo aprobado; si el archivo cambia sin aprobarse, la construcción falla", "3b1f…(64 caracteres)");

    private static FieldSpec MainColor() => Required("color_principal", new FieldType.HexColor(), "color dominante de la variante, con el que se mide el contraste con el fondo", "\"#0b4f6c\"");

    private static FieldSpec Backdrops() => Required("fondos", Backgrounds, "colores del tema sobre los que puede ir (nombres de las variables --color-… de la hoja de estilos, sin «--color-»)", "[fondo, fondo-alt]");

    private static Schema VariantsOf(Schema variant) => new("las variantes de un logotipo",
    [
        Required("color", new FieldType.Record(variant), "variante a color", "{archivo: ..., sha256: ...}"),
        Optional("monocromo", new FieldType.Record(variant), "variante en un solo color", "{archivo: ..., sha256: ...}"),
        Optional("inverso", new FieldType.Record(variant), "variante para fondos oscuros", "{archivo: ..., sha256: ...}"),
    ]);

    public static Schema LogoVariant { get; } = new("una variante de logotipo", [LogoFile(), LogoHash(), MainColor(), Backdrops()]);

    private static FieldSpec[] SizeRules(string altDescription, string altExample) =>
    [
        Required("alt", Text, altDescription, altExample),
        Required("proporcion", Ratio, "ancho ÷ alto del logotipo (la del viewBox del SVG)", "3"),
        Required("altura_minima", new FieldType.Integer(8), "altura mínima en pantalla, en píxeles", "32"),
        Required("espacio_libre", Fraction, "espacio libre alrededor del logotipo, como múltiplo de su altura", "0.25"),
        Required("paleta", Colors, "los únicos colores que puede usar el SVG", "[\"#0b4f6c\", \"#ffffff\"]"),
    ];

    public static Schema Brand { get; } = new("una marca de input/marca/manual.yml",
    [
        Required("nombre", Text, "nombre de la organización", "México SOS"),
        .. SizeRules("texto alternativo exacto del logotipo", "México SOS"),
        Required("variantes", new FieldType.Record(VariantsOf(LogoVariant)), "variantes aprobadas (color, monocromo, inverso)", "{color: {...}, inverso: {...}}"),
    ]);

    public static Schema MesaVariantRules { get; } = new("las reglas de una variante de los logotipos de mesa", [MainColor(), Backdrops()]);

    public static Schema MesaLogoRules { get; } = new("las reglas comunes de los logotipos de mesa",
    [
        .. SizeRules("texto alternativo; «{nombre}» se sustituye por el nombre de la mesa", "\"Logotipo de la {nombre}\""),
        Required("variantes", new FieldType.Record(VariantsOf(MesaVariantRules)), "variantes aprobadas y sus fondos", "{color: {...}, inverso: {...}}"),
    ]);

    public static Schema MesaLogoFile { get; } = new("un archivo de logotipo de mesa", [LogoFile(), LogoHash()]);

    public static Schema MesaLogos { get; } = new("los logotipos de las mesas",
    [
        Required("comun", new FieldType.Record(MesaLogoRules), "reglas que comparten los logotipos de todas las mesas", "{alt: ..., proporcion: 1, ...}"),
        Required("logotipos", new FieldType.MapOf(new FieldType.Record(VariantsOf(MesaLogoFile)), "el slug de una mesa"), "los archivos de cada mesa, por su slug", "{ciudad-juarez: {color: {archivo: ..., sha256: ...}}}"),
    ]);

    public static Schema Lockup { get; } = new("un emblema de input/marca/manual.yml",
    [
        Required("miembros", Texts, "marcas del emblema, en orden; «mesa» es la mesa de la página", "[mesa, red-nacional, mexico-sos]"),
        Required("alturas_relativas", new FieldType.ListOf(Ratio), "altura de cada miembro respecto de la del primero", "[1, 1, 1]"),
        Required("regiones", new FieldType.ListOf(new FieldType.OneOf(["cabecera", "pie", "encabezado"])), "partes de la página donde puede aparecer: cabecera y pie del sitio, encabezado de la página", "[encabezado]"),
        Optional("patrocinadores_maximo", new FieldType.Integer(), "cuántos patrocinadores caben como máximo (0 por omisión)", "3"),
        Optional("patrocinadores_altura_relativa", Fraction, "altura de un patrocinador respecto del primer miembro; siempre menor", "0.75"),
    ]);

    public static Schema Lockups { get; } = new("los emblemas",
    [
        Required("institucional", new FieldType.Record(Lockup), "Red Nacional y México SOS: cabecera y pie de todas las páginas", "{miembros: [red-nacional, mexico-sos], ...}"),
        Required("coedicion", new FieldType.Record(Lockup), "la mesa con la Red Nacional y México SOS: páginas de una sola mesa", "{miembros: [mesa, red-nacional, mexico-sos], ...}"),
    ]);

    public static Schema BrandManual { get; } = new("input/marca/manual.yml",
    [
        Required("tolerancia_proporcion", Fraction, "desviación máxima de la proporción de un logotipo (0.02 = 2 %)", "0.02"),
        Required("tolerancia_alturas", Fraction, "desviación máxima de las alturas relativas de un emblema", "0.05"),
        Required("contraste_minimo", new FieldType.Number(1, 21), "contraste mínimo entre el color principal y el fondo", "3"),
        Required("marcas", new FieldType.MapOf(new FieldType.Record(Brand), "el identificador de la marca"), "México SOS y la Red Nacional", "{mexico-sos: {...}, red-nacional: {...}}"),
        Optional("patrocinadores", new FieldType.MapOf(new FieldType.Record(Brand), "el identificador del patrocinador"), "organizaciones que apoyan a alguna mesa", "{fundacion-ejemplo: {...}}"),
        Required("mesas", new FieldType.Record(MesaLogos), "los logotipos de las mesas", "{comun: {...}, logotipos: {...}}"),
        Required("emblemas", new FieldType.Record(Lockups), "cómo se combinan los logotipos", "{institucional: {...}, coedicion: {...}}"),
    ]);

    // Results data (input/datos/).
    private static FieldSpec[] SourceFields() =>
    [
        Required("titulo", Text, "nombre del conjunto de datos, como lo muestra /resultados/", "Víctimas de delitos del fuero común"),
        Required("descripcion", Text, "qué contiene, en una o dos frases", "Víctimas por estado y año, y por cada 100 000 habitantes."),
        Required("fuente", Text, "cita completa de la fuente original", "SESNSP, víctimas de delitos del fuero común; CONAPO, proyecciones de población"),
        Optional("url_fuente", new FieldType.AbsoluteUrl(), "dirección de la fuente original", "https://www.gob.mx/sesnsp"),
        Optional("compilacion", Text, "de dónde se tomaron los archivos, si no fue de la fuente original", "github.com/lapanquecita/incidencia-delictiva (MIT)"),
        Required("fecha_consulta", new FieldType.Date(), "fecha en que se tomaron los datos de la fuente", "2025-02-25"),
        Required("licencia", Text, "licencia o términos de uso de los datos", "Datos abiertos del Gobierno de México"),
        Optional("notas", Texts, "advertencias para leer los datos (años incompletos, cambios de método)", "[Diciembre de 2024 no está publicado.]"),
    ];

    public static Schema DataSource { get; } = new("la fuente de los límites estatales (input/datos/limites/mexico-estados.yml)", SourceFields());

    public static Schema Indicator { get; } = new("un indicador de un conjunto de datos",
    [
        Required("titulo", Text, "nombre del indicador", "Víctimas de homicidio doloso por cada 100 000 habitantes"),
        Required("unidad", Text, "unidad de los valores; cada fila del CSV debe decir la misma", "víctimas por cada 100 000 habitantes"),
        Optional("decimales", new FieldType.Integer(), "decimales con que se muestran los valores (0 por omisión)", "2"),
        Optional("descripcion", Text, "qué mide y cómo se calcula", "Víctimas registradas en el año entre la población a mitad de año, por 100 000."),
        Optional("grafica", new FieldType.Boolean(), "si se grafica en las páginas de estado y en /resultados/ (false por omisión)", "true"),
    ]);

    public static Schema Dataset { get; } = new("un conjunto de datos (input/datos/<id>.yml)",
    [
        .. SourceFields(),
        Required("indicadores", new FieldType.MapOf(new FieldType.Record(Indicator), "el identificador del indicador, como aparece en la columna «indicador» del CSV"),
            "los indicadores que contiene el CSV", "{homicidio-doloso-tasa: {titulo: ..., unidad: ...}}"),
    ]);

    /// <summary>Every schema with the file it documents, in the order of the content guide.</summary>
    public static IReadOnlyList<Schema> All { get; } =
        [Site, MediaContact, SocialLink, AboutText, Network, State, Mesa, Achievement, PressRelease, Meeting, MediaCoverage, Vote, VoteOption, Page, AllowedException, Album, Photo, Consent, HiddenArea,
         BrandManual, Brand, LogoVariant, MesaLogos, MesaLogoRules, MesaVariantRules, MesaLogoFile, Lockups, Lockup, Dataset, Indicator, DataSource];
}
