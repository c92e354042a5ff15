#!/usr/bin/env python3
"""Deterministic scaled site for the page benchmark (bench/pages.sh; method in bench/README.md).

    bench/make-site.py N SITE [HUGO]

Writes SITE/input: the repository's input/ plus generated content until the site has about N content
pages: 10 % mesas, 60 % achievements, 30 % press releases, spread over the 32 states. Each body is about
600 words of the repository's own Spanish text (the bodies of its content files, taken in turn), with
two second-level headings, a list and links to states and mesas by content id. Page i is the same on
every run and machine. With HUGO, also writes an equivalent Hugo 0.111 site there: the same pages and
bodies (content ids rewritten as paths), sections and a taxonomy of states, and minimal layouts with the
same navigation, so both generators render the same Markdown into as many pages.
"""
import hashlib
import os
import re
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS_PER_PAGE = 600


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def front_matter_and_body(text):
    parts = text.split("---\n", 2)
    return (parts[1], parts[2]) if len(parts) == 3 else ("", text)


def corpus():
    """Every paragraph of the repository's content bodies, in a fixed order."""
    paragraphs = []
    for folder in ("mesas", "logros", "prensa", "encuentros", "paginas"):
        directory = os.path.join(REPO, "input", folder)
        for name in sorted(os.listdir(directory)):
            if name.endswith(".md"):
                _, body = front_matter_and_body(read(os.path.join(directory, name)))
                for paragraph in re.split(r"\n\s*\n", body):
                    paragraph = paragraph.strip()
                    # Plain prose only: headings, lists, tables and images are added by the generator.
                    if len(paragraph.split()) >= 25 and paragraph[0] not in "#-*|!>0123456789":
                        paragraphs.append(paragraph)
    return paragraphs


def states():
    text = read(os.path.join(REPO, "input", "estados.yml"))
    slugs = re.findall(r"^  slug: (\S+)", text, re.M)
    names = re.findall(r"^  nombre: (.+)$", text, re.M)
    return list(zip(slugs, [n.strip().strip('"') for n in names]))


def body(i, paragraphs, state, other_state, mesa):
    """About 600 words: paragraphs of the corpus from position i on, two headings, a list and links."""
    chosen, words, k = [], 0, i * 7
    while words < WORDS_PER_PAGE:
        paragraph = paragraphs[k % len(paragraphs)]
        chosen.append(paragraph)
        words += len(paragraph.split())
        k += 1
    half = max(1, len(chosen) // 2)
    slug, name = state
    other_slug, other_name = other_state
    return "\n\n".join(
        [*chosen[:half],
         "## Acciones en el estado",
         f"- Seguimiento con autoridades de [{name}](estado:{slug}).",
         f"- Intercambio con la mesa [{mesa}](mesa:{mesa}) y con [{other_name}](estado:{other_slug}).",
         "- Publicación de resultados en la [sala de prensa](/sala-de-prensa/).",
         *chosen[half:],
         "## Próximos pasos",
         f"La mesa informará de sus avances en [{name}](estado:{slug}) en el próximo encuentro nacional."]) + "\n"


def mesa_logos(site, slugs):
    """Logo entries and files for the generated mesas: each gets its own copy of an existing mesa's files
    (apatzingan), made distinct by a <desc>, with its own SHA-256, as the manual requires."""
    entries = []
    for slug in slugs:
        entries.append(f"    {slug}:\n")
        for variant in ("color", "monocromo", "inverso"):
            svg = read(os.path.join(REPO, "input", "marca", "mesas", f"apatzingan-{variant}.svg"))
            data = svg.replace("</svg>", f"<desc>{slug}</desc></svg>", 1).encode("utf-8")
            path = f"mesas/{slug}-{variant}.svg"
            with open(os.path.join(site, "input", "marca", path), "wb") as f:
                f.write(data)
            entries.append(f"      {variant}: {{archivo: {path}, sha256: {hashlib.sha256(data).hexdigest()}}}\n")
    return "".join(entries)


def main():
    if len(sys.argv) not in (3, 4) or not sys.argv[1].isdigit():
        sys.exit("usage: bench/make-site.py N SITE [HUGO]")
    pages, site = int(sys.argv[1]), sys.argv[2]
    hugo = sys.argv[3] if len(sys.argv) == 4 else None
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "input"), os.path.join(site, "input"))
    paragraphs, all_states = corpus(), states()
    existing_mesas = sorted(n[:-3] for n in os.listdir(os.path.join(REPO, "input", "mesas")) if n.endswith(".md"))
    existing = sum(len([n for n in files if n.endswith(".md")]) for _, _, files in os.walk(os.path.join(REPO, "input")))
    extra = max(0, pages - existing)
    mesas_count, releases_count = extra // 10, extra * 3 // 10
    achievements_count = extra - mesas_count - releases_count

    generated = []  # (section, slug, title, summary, state, body) for the Hugo twin
    new_mesas = [f"banco-{i:05d}" for i in range(1, mesas_count + 1)]
    mesas = existing_mesas + new_mesas
    for i, slug in enumerate(new_mesas, 1):
        state = all_states[i % 32]
        text = body(i, paragraphs, state, all_states[(i + 5) % 32], mesas[i % len(existing_mesas)])
        title = f"Mesa de Seguridad y Justicia de prueba {i}"
        write(os.path.join(site, "input", "mesas", slug + ".md"),
              f"---\nnombre: {title}\nestado: {state[0]}\nresumen: Mesa generada para medir la compilación ({i}).\nactiva: true\n---\n{text}")
        generated.append(("mesas", slug, title, f"Mesa generada ({i}).", state, text))
    if new_mesas:
        manual = os.path.join(site, "input", "marca", "manual.yml")
        write(manual, read(manual).replace("  logotipos:\n", "  logotipos:\n" + mesa_logos(site, new_mesas), 1))

    axes = ("legislativo", "institucional", "ciudadano")
    for i in range(1, achievements_count + 1):
        state = all_states[i % 32]
        text = body(1000 + i, paragraphs, state, all_states[(i + 11) % 32], mesas[i % len(mesas)])
        title = f"Logro de prueba {i}"
        year = 2008 + i % 11
        slug = f"logro-de-prueba-{i:05d}"
        write(os.path.join(site, "input", "logros", f"{year}-{slug}.md"),
              f"---\ntitulo: {title}\nfecha: {year}\neje: {axes[i % 3]}\nresumen: Logro generado para medir la compilación ({i}).\n"
              f"estados: [{state[0]}]\nfuente: Banco de pruebas\n---\n{text}")
        generated.append(("logros", slug, title, f"Logro generado ({i}).", state, text))

    for i in range(1, releases_count + 1):
        state = all_states[i % 32]
        text = body(5000 + i, paragraphs, state, all_states[(i + 17) % 32], mesas[i % len(mesas)])
        title = f"Comunicado de prueba {i}"
        date = f"{2010 + i % 9}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        slug = f"comunicado-de-prueba-{i:05d}"
        write(os.path.join(site, "input", "prensa", f"{date}-{slug}.md"),
              f"---\ntitulo: {title}\nfecha: {date}\nlugar: Tampico, Tamaulipas\ncontacto: comunicacion\n"
              f"resumen: Comunicado generado para medir la compilación ({i}).\nestados: [{state[0]}]\n---\n{text}")
        generated.append(("sala-de-prensa", slug, title, f"Comunicado generado ({i}).", state, text))

    if hugo:
        write_hugo(hugo, generated, all_states)
    print(f"{existing + extra} content pages ({mesas_count} mesas, {achievements_count} achievements, {releases_count} releases generated)")


def write_hugo(root, generated, all_states):
    shutil.rmtree(root, ignore_errors=True)
    write(os.path.join(root, "hugo.toml"), """baseURL = "https://micrositio-rnmsj.netlify.app/"
languageCode = "es-MX"
title = "Red Nacional de Mesas de Seguridad y Justicia"
disableKinds = ["RSS"]
[taxonomies]
  estado = "estados"
[markup.goldmark.renderer]
  unsafe = false
[markup.goldmark.extensions]
  typographer = true
""")
    ids = {"estado": "/estados/", "mesa": "/mesas/", "logro": "/logros/", "comunicado": "/sala-de-prensa/", "encuentro": "/encuentros/"}
    for section, slug, title, summary, (state, _), text in generated:
        text = re.sub(r"\]\((estado|mesa|logro|comunicado|encuentro):([a-z0-9-]+)\)", lambda m: f"]({ids[m.group(1)]}{m.group(2)}/)", text)
        write(os.path.join(root, "content", section, slug + ".md"),
              f'---\ntitle: "{title}"\nsummary: "{summary}"\nestados: ["{state}"]\n---\n{text}')
    for section in ("mesas", "logros", "sala-de-prensa"):
        write(os.path.join(root, "content", section, "_index.md"), f"---\ntitle: {section}\n---\n")
    nav = "".join(f'<li><a href="{u}">{t}</a></li>' for t, u in
                  [("Inicio", "/"), ("Mesas", "/mesas/"), ("Estados", "/estados/"), ("Logros", "/logros/"), ("Sala de prensa", "/sala-de-prensa/")])
    write(os.path.join(root, "layouts", "_default", "baseof.html"),
          '<!DOCTYPE html>\n<html lang="es-MX">\n<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title>'
          '<link rel="stylesheet" href="/sitio.css"></head>\n<body>\n<a href="#contenido">Saltar al contenido</a>\n'
          f'<header><nav aria-label="Principal"><ul>{nav}</ul></nav></header>\n'
          '<main id="contenido">{{ block "main" . }}{{ end }}</main>\n<footer><p>{{ site.Title }}</p></footer>\n</body>\n</html>\n')
    write(os.path.join(root, "layouts", "_default", "single.html"),
          '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}'
          '<p>Estados: {{ range .GetTerms "estados" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p></article>{{ end }}\n')
    write(os.path.join(root, "layouts", "_default", "list.html"),
          '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}\n')
    write(os.path.join(root, "layouts", "index.html"),
          '{{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range first 20 site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n')
    write(os.path.join(root, "static", "sitio.css"), "body { font-family: system-ui, sans-serif; }\n")


if __name__ == "__main__":
    main()
