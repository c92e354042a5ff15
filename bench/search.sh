#!/usr/bin/env bash
# Search-index benchmark (see bench/README.md).
#
#   bench/search.sh [N]        a site of about N pages, default 5000
#
# Copies the repository's input/ and themes/ into a temporary site and adds achievements until the site has
# about N pages. Each generated achievement is a real one of input/logros/ under a numbered title and slug,
# spread over the 32 states and the three axes, so the text is Spanish of the site's own kind. Builds it with
# the Release CLI and prints the page count, the build's wall time and /buscar/indice.json's size, raw and
# gzipped (what Netlify sends).
set -euo pipefail

pages="${1:-5000}"
if ! [[ "$pages" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/search.sh [N]   (about N pages; default 5000)" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/micrositio-bench-search.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -r "$repo/input" "$repo/themes" "$work/"

mapfile -t sources < <(ls "$repo"/input/logros/*.md)
mapfile -t states < <(grep -E '^  slug: ' "$repo/input/estados.yml" | awk '{print $2}')
axes=(legislativo institucional ciudadano)
existing=$(find "$repo/input" -name '*.md' | wc -l)
extra=$(( pages > existing ? pages - existing : 0 ))
for ((i = 1; i <= extra; i++)); do
  source="${sources[$(( i % ${#sources[@]} ))]}"
  state="${states[$(( i % ${#states[@]} ))]}"
  axis="${axes[$(( i % 3 ))]}"
  body="$(awk 'f>=2{print} /^---$/{f++}' "$source")"
  title="$(grep -m1 '^titulo:' "$source" | sed 's/^titulo: *//; s/^"//; s/"$//')"
  summary="$(grep -m1 '^resumen:' "$source" | sed 's/^resumen: *//; s/^"//; s/"$//')"
  cat > "$work/input/logros/2015-banco-$i.md" <<DOC
---
titulo: "$title (registro $i)"
fecha: 2015
eje: $axis
estados: [$state]
resumen: "$summary"
---
$body
DOC
done

dotnet build "$repo/src/Micrositio.Cli" -c Release -v quiet -nologo >/dev/null
start=$(date +%s.%N)
dotnet "$repo/src/Micrositio.Cli/bin/Release/net10.0/Micrositio.Cli.dll" build --root "$work" --output "$work/output" >/dev/null
end=$(date +%s.%N)
index="$work/output/buscar/indice.json"
printf 'pages (HTML): %s\n' "$(find "$work/output" -name '*.html' | wc -l)"
printf 'build wall time: %.1f s\n' "$(echo "$end - $start" | bc)"
printf 'search index: %s bytes raw, %s bytes gzipped\n' "$(wc -c < "$index")" "$(gzip -9c "$index" | wc -c)"
