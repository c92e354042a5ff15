#!/usr/bin/env bash
# Page benchmark: Micrositio against Hugo 0.111 on the same scaled site (see bench/README.md).
#
#   bench/pages.sh [N ...]      sizes in content pages; default: 1000 5000
#
# For each N: bench/make-site.py writes the site in the project's format and its Hugo twin; then, with
# GNU time (wall, CPU = user + system, peak RSS):
#   micrositio cold   the real CLI build (./micrositio build), no .cache/ and no output/
#   micrositio warm   the same build again, nothing changed: first the build right after the cold one (the
#                     caches are full, but there is no earlier output to start from, as on Netlify), then a
#                     build like every later one (it starts from the output the one before replaced), three times
#                     (the median is printed; the machine may be shared)
#   hugo cold / warm  `hugo --quiet` on the twin, without and then with public/
#   edit → served     `micrositio serve` running; a generated achievement gets a new sentence and the time
#                     from the write to the first response of its page that contains it (bench/edit-served.py,
#                     which polls over one kept-alive connection)
set -euo pipefail

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 5000)
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/micrositio-bench-pages.XXXXXX")"
trap 'kill "${serve_pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

for tool in hugo python3 /usr/bin/time; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bench/pages.sh needs $tool (Debian: apt-get install hugo python3 time)" >&2
    exit 2
  fi
done

# The program as staff run it: ./micrositio (ReadyToRun, and the runtime settings it gives the program).
"$repo/micrositio" --help >/dev/null
cli=("$repo/micrositio")

# Runs a command under GNU time and prints «wall s | CPU s | peak MB».
measure() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  read -r wall user sys rss < "$work/time"
  printf '%6.2f s | %6.2f s | %5d MB' "$wall" "$(echo "$user + $sys" | bc)" $(( rss / 1024 ))
}

# Runs a command three times and prints the run of median wall time; every wall time goes to $work/walls.
measure_median() {
  local runs=() walls=()
  for _ in 1 2 3; do runs+=("$(measure "$@")"); walls+=("$(echo "${runs[-1]}" | cut -d'|' -f1 | tr -d ' s')"); done
  local median
  median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p)
  for run in "${runs[@]}"; do
    if [ "$(echo "$run" | cut -d'|' -f1 | tr -d ' s')" = "$median" ]; then
      printf '%s' "$run"
      echo "${walls[*]}" > "$work/walls"
      return
    fi
  done
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(dotnet --version); $(hugo version | cut -d' ' -f1-2); commit $(git -C "$repo" rev-parse --short HEAD)"
echo
echo "| content pages | run | wall | CPU | peak RSS | HTML files |"
echo "|---:|---|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  site="$work/sitio-$n" hugo_site="$work/hugo-$n"
  python3 "$repo/bench/make-site.py" "$n" "$site" "$hugo_site" >/dev/null
  build=("${cli[@]}" build --root "$site" --themes "$repo/themes")
  rm -rf "$site/.cache" "$site/output"
  echo "| $n | micrositio cold | $(measure "${build[@]}") | $(find "$site/output" -name '*.html' | wc -l) |"
  echo "| $n | micrositio warm (first rebuild) | $(measure "${build[@]}") | $(find "$site/output" -name '*.html' | wc -l) |"
  later="$(measure_median "${build[@]}")"
  echo "| $n | micrositio warm (later rebuilds; median of 3: $(cat "$work/walls") s) | $later | $(find "$site/output" -name '*.html' | wc -l) |"
  rm -rf "$hugo_site/public" "$hugo_site/resources"
  echo "| $n | hugo cold | $(measure hugo --quiet -s "$hugo_site") | $(find "$hugo_site/public" -name '*.html' | wc -l) |"
  echo "| $n | hugo warm | $(measure hugo --quiet -s "$hugo_site") | $(find "$hugo_site/public" -name '*.html' | wc -l) |"

  # One Markdown edit while the preview runs: write → the page served with the new text.
  port=$(( 20000 + RANDOM % 20000 ))
  "${cli[@]}" serve --root "$site" --themes "$repo/themes" --puerto "$port" > "$work/serve.log" 2>&1 &
  serve_pid=$!
  until grep -q "Vista previa en" "$work/serve.log"; do sleep 0.2; done
  generated=("$site"/input/logros/*logro-de-prueba-*.md)   # a glob: «ls | grep -m1» dies of SIGPIPE under pipefail
  page="$(basename "${generated[0]}")"
  url="http://127.0.0.1:$port/logros/$(echo "$page" | sed -E 's/^[0-9]{4}-//; s/\.md$//')/"
  # Each edit half a second after the one before is served: it arrives while that edit's whole build runs.
  summary="$(python3 "$repo/bench/edit-served.py" "$url" "$site/input/logros/$page" 5 0.5 | tail -1)"   # median 74 ms; all: 73 74 66 87 85
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  median="${summary#median }"
  echo "| $n | edit → served (5 edits, median; ${summary#*; } ms) | ${median%%;*} | | | |"
done
