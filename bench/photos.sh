#!/usr/bin/env bash
# Photo benchmark of the real build against libvips used directly (see bench/README.md).
#
#   bench/photos.sh [N]        N photos, default 100
#
# 1. Makes N deterministic 12-megapixel (4000 × 3000) JPEGs with phone metadata and GPS
#    (bench/make-photos.cs + exiftool), cached between runs in $BENCH_PHOTOS
#    (default: ${TMPDIR:-/tmp}/micrositio-bench-photos), and a temporary site: the repository's input/
#    and themes/ plus an album listing the N photos with alt text and consent.
# 2. Each round (BENCH_RUNS rounds, default 3; the machine may be shared, so medians are printed at the end):
#    - the CLI build `./micrositio build --root <site>` cold (no .cache/, no output/), warm (the cache of
#      the cold run), and with only the photo cache kept (.cache/imagenes; the cold build minus this one is the
#      Images stage as the CLI runs it);
#    - the reference, bench/vips-reference.cs: the same derivatives made with libvips directly as sharp does
#      (thumbnail per width with shrink-on-load, WebP q80 and JPEG q82, keep none), same libvips build;
#    - the Images stage alone in process, bench/photos-stage.cs (the site's PhotoProcessor, empty cache).
#    Each under GNU time: wall, CPU (user + system) and peak RSS.
#
# Needs: the .NET 10 SDK, exiftool (libimage-exiftool-perl), GNU time (time); the missing Debian packages
# are installed with apt-get (as root, or through sudo). Set BENCH_KEEP=1 to keep the temporary site,
# BENCH_REFERENCE=0 to skip the reference and the stage alone. Exit code 3 when a build's peak RSS is over 1 GB.
set -euo pipefail

count="${1:-100}"
runs="${BENCH_RUNS:-3}"
if ! [[ "$count" =~ ^[1-9][0-9]*$ && "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: [BENCH_RUNS=R] bench/photos.sh [N]   (N photos and R rounds, positive numbers; default 100 and 3)" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
photos="${BENCH_PHOTOS:-${TMPDIR:-/tmp}/micrositio-bench-photos}"
work="$(mktemp -d "${TMPDIR:-/tmp}/micrositio-bench.XXXXXX")"
if [[ "${BENCH_KEEP:-}" != 1 ]]; then
  trap 'rm -rf "$work"' EXIT
fi

install_packages() {
  echo "Installing $* with apt-get…" >&2
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "cannot install $* (not root, no sudo): install them and run again" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}

command -v dotnet >/dev/null 2>&1 || { echo "the .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2; exit 1; }
command -v exiftool >/dev/null 2>&1 || install_packages libimage-exiftool-perl
[[ -x /usr/bin/time ]] || install_packages time

echo "== Machine"
echo "nproc: $(nproc)"
free -h | sed -n '1,2p'
grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
echo "dotnet: $(dotnet --version)"

# ---- 1. Photos and site ----------------------------------------------------------------------------------
stamp="$(sha256sum "$repo/bench/make-photos.cs" | cut -c1-16)"
if [[ "$(cat "$photos/.stamp" 2>/dev/null)" != "$stamp" ]]; then
  rm -rf "$photos"
  mkdir -p "$photos"
  echo "$stamp" > "$photos/.stamp"
fi

echo "== Photos: $count × 4000×3000 JPEG with EXIF/GPS/XMP in $photos"
started=$(date +%s.%N)
(cd "$repo" && dotnet run bench/make-photos.cs -- "$photos" "$count")
if [[ -s "$photos/exif.args" ]]; then
  exiftool -@ "$photos/exif.args" -common_args -q -q -overwrite_original >/dev/null
fi
rm -f "$photos/exif.args"
printf "ready in %.1f s; %s in the %d cached photos\n" "$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" "$(du -ch "$photos"/foto-*.jpg | tail -1 | cut -f1)" "$(find "$photos" -name 'foto-*.jpg' | wc -l)"
exiftool -q -q -s -G1 -GPSLatitude -SerialNumber -Orientation "$photos/foto-0004.jpg" 2>/dev/null | sed 's/^/  foto-0004.jpg /' || true

site="$work/site"
album="$site/input/galeria/banco-de-pruebas"
mkdir -p "$site"
cp -r "$repo/input" "$repo/themes" "$site/"
mkdir -p "$album"
{
  echo "titulo: Banco de pruebas de fotos"
  echo "fecha: 2018-11-22"
  echo "descripcion: Fotos sintéticas de 12 megapíxeles para medir el procesamiento de imágenes."
  echo "fotos:"
  for i in $(seq 1 "$count"); do
    name="$(printf 'foto-%04d.jpg' "$i")"
    cp -l "$photos/$name" "$album/$name" 2>/dev/null || cp "$photos/$name" "$album/$name"
    cat <<EOF
  - archivo: $name
    alt: "Foto de prueba $i: figuras sintéticas de pie sobre un fondo de dos colores."
    consentimiento:
      fecha: 2018-11-22
      registro: "Banco de pruebas: imagen sintética, sin personas reales"
EOF
  done
} > "$album/album.yml"
examples=$(find "$repo/input/galeria" -mindepth 2 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' -o -iname '*.webp' \) | wc -l)
echo "site: $site ($count bench photos + $examples example photos of the repository)"

# ---- 2. Rounds: the real build, the reference, the stage alone --------------------------------------------
echo "== Building the CLI and the benchmark apps (Release)"
# The program as staff run it: ./micrositio (ReadyToRun, and the runtime settings it gives the program).
"$repo/micrositio" --help >/dev/null
reference=1
if [[ "${BENCH_REFERENCE:-1}" == 0 ]]; then
  reference=0
else
  (cd "$repo" && dotnet build -c Release bench/vips-reference.cs -nologo -v quiet >/dev/null && dotnet build -c Release bench/photos-stage.cs -nologo -v quiet >/dev/null)
fi

rss_limit_kb=$((1024 * 1024))
over_limit=0
results="$work/results"
: >"$results"

# measure LABEL COMMAND...: runs the command under GNU time, prints and records wall, CPU, photos/s and peak RSS
# (and, for the apps, the seconds of image work they report themselves, start-up excluded).
measure() {
  local label="$1"
  shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/$label.log" 2>&1; then
    echo "$label: FAILED; log:" >&2
    tail -40 "$work/$label.log" >&2
    exit 1
  fi
  local wall user system rss work_s
  read -r wall user system rss <"$work/time"
  work_s=""
  if [[ "$label" != build* ]]; then
    work_s=$(grep -oE 'derivatives in [0-9.]+ s' "$work/$label.log" | head -1 | grep -oE '[0-9.]+' || true)
  fi
  echo "$label $wall $(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }') $rss ${work_s:--}" >>"$results"
  awk -v label="$label" -v wall="$wall" -v cpu="$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')" -v rss="$rss" -v n="$count" -v w="${work_s:-}" 'BEGIN {
    printf "  %-16s wall %7.2f s  CPU %7.2f s  %6.2f photos/s  peak RSS %5.0f MB%s\n", label, wall, cpu, (wall > 0 ? n / wall : 0), rss / 1024,
      (w == "" ? "" : sprintf("   (image work %.2f s: %.2f photos/s)", w, n / w)) }'
  if [[ "$label" == build* ]] && (( rss > rss_limit_kb )); then
    echo "  ^ OVER THE LIMIT: the build must stay under $((rss_limit_kb / 1024)) MB of peak memory (for up to 500 photos)"
    over_limit=1
  fi
}

for round in $(seq 1 "$runs"); do
  echo "== Round $round of $runs ($count photos; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  rm -rf "$site/.cache" "$site/output"
  measure "build-cold" "$repo/micrositio" build --root "$site"
  derivatives=$(find "$site/output/fotos" -type f | wc -l)
  measure "build-warm" "$repo/micrositio" build --root "$site"
  # Every cache but the photos' gone: what is left of the cold build's time without its image work.
  find "$site/.cache" -mindepth 1 -maxdepth 1 ! -name imagenes -exec rm -rf {} +
  rm -rf "$site/output"
  measure "build-photos-kept" "$repo/micrositio" build --root "$site"
  if (( reference )); then
    rm -rf "$work/reference"
    measure "reference" dotnet run --no-build -c Release --file "$repo/bench/vips-reference.cs" -- "$album" "$work/reference"
    measure "stage" dotnet run --no-build -c Release --file "$repo/bench/photos-stage.cs" -- "$album" "$work/stage-cache"
  fi
done
echo "derivatives in output/fotos: $derivatives; image cache: $(du -sh "$site/.cache/imagenes" | cut -f1)"
if (( reference )); then
  echo "reference files: $(find "$work/reference" -type f | wc -l)"
fi

# ---- 3. Medians ---------------------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_of() { awk -v l="$1" -v c="$2" '$1 == l && $c != "-" { print $c }' "$results" | median; }
echo "== Medians of $runs round(s), $count photos"
for label in build-cold build-warm build-photos-kept reference stage; do
  [[ "$(column_of "$label" 2)" == - ]] && continue
  awk -v label="$label" -v wall="$(column_of "$label" 2)" -v cpu="$(column_of "$label" 3)" -v rss="$(column_of "$label" 4)" -v w="$(column_of "$label" 5)" -v n="$count" 'BEGIN {
    printf "  %-18s wall %7.2f s  CPU %7.2f s  %6.2f photos/s  peak RSS %5.0f MB%s\n", label, wall, cpu, n / wall, rss / 1024,
      (w == "-" ? "" : sprintf("   image work %.2f s, %.2f photos/s", w, n / w)) }'
done
if (( reference )); then
  # Ratios per round, then their median: a round's runs are minutes apart, so they share the machine's load.
  awk -v n="$runs" '
    { i = ++seen[$1]; wall[$1, i] = $2; cpu[$1, i] = $3; work[$1, i] = $5 }
    function med(a, k,   m, j, t, x) { m = 0; for (j = 1; j <= k; j++) x[++m] = a[j]
      for (j = 1; j <= m; j++) for (t = j + 1; t <= m; t++) if (x[t] < x[j]) { v = x[j]; x[j] = x[t]; x[t] = v }
      return m % 2 ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2 }
    END {
      for (i = 1; i <= n; i++) {
        cold[i] = wall["build-cold", i] / work["reference", i]
        cli[i] = (wall["build-cold", i] - wall["build-photos-kept", i]) / work["reference", i]
        alone[i] = work["stage", i] / work["reference", i]
        coldcpu[i] = cpu["build-cold", i] / cpu["reference", i]
        alonecpu[i] = cpu["stage", i] / cpu["reference", i]
      }
      print "  time / the reference'"'"'s image work, median of the rounds (the issue asks for <= 1.2):"
      printf "    whole cold build (wall)                            %.2f   (CPU, start-ups included: %.2f)\n", med(cold, n), med(coldcpu, n)
      printf "    Images stage in the CLI (cold minus photos kept)   %.2f\n", med(cli, n)
      printf "    Images stage alone                                 %.2f   (CPU, start-ups included: %.2f)\n", med(alone, n), med(alonecpu, n)
    }' "$results"
fi

if (( over_limit )); then
  echo "FAILED: peak memory of the build above $((rss_limit_kb / 1024)) MB (see bench/README.md)" >&2
  exit 3
fi
