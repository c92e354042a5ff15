using YamlDotNet.Core;

namespace Micrositio.Load;

/// <summary>
/// Every message YamlDotNet can give while reading the site's files, in plain Spanish: what is wrong at that line and
/// how to fix it. Staff never see the parser's English.
/// </summary>
public static class YamlMessages
{
    private const string Quote = "ponga el valor entre comillas, por ejemplo «titulo: \"Mesa: Ciudad Juárez\"».";

    private const string General =
        "revise la sangría (espacios, no tabuladores), los dos puntos después de cada clave y las comillas; " +
        "un texto que contiene «: » o empieza con un signo especial va entre comillas.";

    /// <summary>English fragment of the parser's message → what it means here and how to fix it. The first match wins.</summary>
    private static readonly (string English, string Spanish, string Hint)[] Known =
    [
        ("could not find expected ':'", "a esta clave le faltan los dos puntos («clave: valor»), o un texto de varias líneas no está entre comillas",
            "escriba «clave: valor» con un espacio después de «:»; un texto largo va en una sola línea o entre comillas."),
        ("Mapping values are not allowed", "hay un «: » dentro de un valor, y el YAML lo lee como una clave nueva", Quote),
        ("Mapping keys are not allowed", "hay un «? » donde el YAML no admite una clave", Quote),
        ("found invalid mapping", "un texto de varias líneas contiene «: »", Quote),
        ("block mapping, did not find expected key", "esta línea no es «clave: valor», o su sangría no coincide con la de las claves de su grupo",
            "alinee la clave con las demás de su grupo (con espacios) y cierre las comillas que abra."),
        ("did not find expected '-' indicator", "un elemento de la lista no empieza con «- » o tiene otra sangría",
            "empiece cada elemento con «- », alineado con los demás elementos de la lista."),
        ("did not find expected ',' or ']'", "una lista entre corchetes no se cierra o le falta una coma",
            "ciérrela con «]» y separe los elementos con comas, por ejemplo «[chihuahua, sonora]»; o escriba un elemento por línea con «- »."),
        ("did not find expected ',' or '}'", "un grupo entre llaves no se cierra o le falta una coma",
            "ciérrelo con «}» y separe las claves con comas, por ejemplo «{total: 3, nacionales: 1}»."),
        ("did not find expected node content", "falta un valor donde se esperaba uno (después de «- », «: » o una coma)",
            "escriba el valor, o borre la coma o el guion que sobra."),
        ("Did not find expected <document end>", "hay texto después del final del contenido, o una línea con menos sangría de la que le toca",
            "revise la sangría de esta línea; un texto que empieza con «[», «{», «*», «&», «!» o «|» va entre comillas."),
        ("expected <document start>", "hay texto que no forma parte de ninguna clave", "escriba cada línea como «clave: valor»."),
        ("found unexpected end of stream", "unas comillas se abren y no se cierran", "cierre las comillas al final del texto."),
        ("found unexpected document indicator", "unas comillas siguen abiertas al llegar a una línea «---» o «...»", "cierre las comillas al final del texto."),
        ("unknown escape character", "dentro de comillas dobles hay una «\\» seguida de un carácter que no se puede escribir así",
            "escriba «\\\\» para una barra invertida, o use comillas simples («'»)."),
        ("hexadecimal number", "dentro de comillas dobles hay un código «\\x», «\\u» o «\\U» incompleto", "escriba el carácter directamente o use comillas simples («'»)."),
        ("Unicode", "dentro de comillas dobles hay un código de carácter no válido", "escriba el carácter directamente o use comillas simples («'»)."),
        ("multi-line double-quoted scalar, found wrong indentation", "las líneas de un texto entre comillas tienen menos sangría que su clave",
            "dé a las líneas siguientes más sangría que la clave, o escriba el texto en una sola línea."),
        ("comment between adjacent scalars", "hay un comentario («#») en medio de un texto de varias líneas", "mueva el comentario o ponga el texto entre comillas."),
        ("block scalar", "un texto en bloque («|» o «>») está mal escrito",
            "deje «|» o «>» solo al final de la línea de la clave y dé a las líneas del texto más sangría que la clave."),
        ("anchor", "un valor empieza con «&» o «*», que en YAML marcan anclas y alias", Quote),
        ("alias", "un valor empieza con «*», que en YAML marca un alias", Quote),
        ("tag", "un valor empieza con «!», que en YAML marca un tipo", Quote),
        ("directive", "una línea empieza con «%», que en YAML marca una directiva", Quote),
        ("%YAML", "una línea empieza con «%», que en YAML marca una directiva", Quote),
        ("Duplicate key", "una clave aparece más de una vez en el mismo grupo", "deje una sola línea con esa clave."),
        ("cannot start any token", "un valor empieza con un signo reservado del YAML («@», «`», «%» o un tabulador)", Quote),
        ("did not find expected", "la estructura de claves y valores está incompleta", General),
    ];

    public static YamlProblem Describe(Exception ex, string yaml, int line)
    {
        var english = ex is YamlException ? Strip(ex.Message) : ex.Message;
        if (english.Contains("tab", StringComparison.OrdinalIgnoreCase) || TabAt(yaml, line) is not null && english.Contains("cannot start any token", StringComparison.Ordinal))
        {
            return new YamlProblem(TabAt(yaml, line) ?? line, "el YAML no es válido: hay un tabulador en la sangría; el YAML solo admite espacios.",
                "reemplace el tabulador por espacios (dos por nivel), alineando la clave con las demás de su grupo.");
        }

        if (ex is YamlException && english.StartsWith("Duplicate key ", StringComparison.Ordinal))
        {
            return new YamlProblem(line, $"el YAML no es válido: la clave «{english["Duplicate key ".Length..].Trim()}» aparece más de una vez en el mismo grupo.",
                "deje una sola línea con esa clave.");
        }

        if (ex is YamlDotNet.Core.AnchorNotFoundException)
        {
            return new YamlProblem(line, "el YAML no es válido: un valor empieza con «*», que en YAML marca un alias de un ancla que no existe.", Quote);
        }

        foreach (var (fragment, spanish, hint) in Known)
        {
            if (english.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return new YamlProblem(Math.Max(line, 1), $"el YAML no es válido: {spanish}.", hint);
            }
        }

        return new YamlProblem(Math.Max(line, 1), "el YAML no es válido a partir de esta línea.", General);
    }

    /// <summary>An open «[» or «{» the parser never saw closed before it failed.</summary>
    public static YamlProblem Unclosed(int line, string yaml)
    {
        var text = yaml.Split('\n')[Math.Min(line, yaml.Count(c => c == '\n') + 1) - 1];
        var bracket = text.LastIndexOfAny(['[', '{']) is var at and >= 0 ? text[at] : '[';
        var (what, close) = bracket == '[' ? ("una lista", ']') : ("un grupo de claves", '}');
        return new YamlProblem(line, $"el YAML no es válido: aquí se abre {what} con «{bracket}» que nunca se cierra con «{close}».",
            $"agregue «{close}» al final del valor, o, si «{bracket}» es parte del texto, ponga el valor entre comillas.");
    }

    /// <summary>The first line, from <paramref name="from"/> on, whose indentation holds a tab (the parser reports the key before it).</summary>
    private static int? TabAt(string yaml, int from)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(from, 1) - 1; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static string Strip(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 ? message[(close + 3)..].Trim() : message.Trim();
    }
}
