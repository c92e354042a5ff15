#!/usr/bin/env bash
# Photo benchmark of the real build (see bench/README.md).
#
#   bench/photos.sh [N]        N photos, default 100
#
# 1. Makes N deterministic 12-megapixel (4000 × 3000) JPEGs with phone metadata and GPS
#    (bench/make-photos.cs + exiftool), cached between runs in $BENCH_PHOTOS
#    (default: ${TMPDIR:-/tmp}/micrositio-bench-photos), and a temporary site: the repository's input/
#    and themes/ plus an album listing the N photos with alt text and consent.
# 2. Builds the CLI in Release and runs `Micrositio.Cli.dll build --root <site>` twice: cold (no .cache/)
#    and warm (the cache of the first run), printing wall time, photos per second and peak RSS.
# 3. For reference, makes the same widths and formats with libvips directly (vipsthumbnail, Debian package
#    libvips-tools; installed with apt-get when missing) over the same photos, $(nproc) at a time.
#
# Needs: the .NET 10 SDK, exiftool (libimage-exiftool-perl), GNU time (time); the missing Debian packages
# are installed with apt-get (as root, or through sudo). Set BENCH_KEEP=1 to keep the temporary site,
# BENCH_REFERENCE=0 to skip step 3. Exit code 3 when a build's peak RSS is over 1 GB.
set -euo pipefail

count="${1:-100}"
if ! [[ "$count" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/photos.sh [N]   (N photos, a positive number; default 100)" >&2
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

# ---- 2. The real build, cold and warm ---------------------------------------------------------------------
echo "== Building the CLI (Release)"
(cd "$repo" && dotnet build src/Micrositio.Cli -c Release -nologo -v quiet >/dev/null)
cli="$repo/src/Micrositio.Cli/bin/Release/net10.0/Micrositio.Cli.dll"

# measure LABEL COMMAND...: runs the command under GNU time; prints wall time, photos/s and peak RSS.
measure() {
  local label="$1"
  shift
  if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$label.log" 2>&1; then
    echo "$label: FAILED (exit code above); log:" >&2
    tail -40 "$work/$label.log" >&2
    exit 1
  fi
  read -r wall rss <"$work/time"
  awk -v label="$label" -v wall="$wall" -v rss="$rss" -v n="$count" 'BEGIN {
    printf "%-22s wall %7.2f s   %7.2f photos/s   peak RSS %6.0f MB\n", label, wall, (wall > 0 ? n / wall : 0), rss / 1024 }'
  if [[ "$label" == build* ]] && (( rss > rss_limit_kb )); then
    echo "  ^ OVER THE LIMIT: the build must stay under $((rss_limit_kb / 1024)) MB of peak memory (for up to 500 photos)"
    over_limit=1
  fi
}
rss_limit_kb=$((1024 * 1024))
over_limit=0

echo "== micrositio build ($count photos)"
rm -rf "$site/.cache" "$site/output"
measure "build cold" dotnet "$cli" build --root "$site"
derivatives=$(find "$site/output/fotos" -type f | wc -l)
measure "build warm" dotnet "$cli" build --root "$site"
echo "derivatives in output/fotos: $derivatives; image cache: $(du -sh "$site/.cache" | cut -f1)"

# ---- 3. Reference: libvips directly ------------------------------------------------------------------------
if [[ "${BENCH_REFERENCE:-1}" == 0 ]]; then
  echo "== vipsthumbnail reference skipped (BENCH_REFERENCE=0)"
else
  if ! command -v vipsthumbnail >/dev/null 2>&1; then
    install_packages libvips-tools || true
  fi
fi

if [[ "${BENCH_REFERENCE:-1}" == 0 ]]; then
  :
elif command -v vipsthumbnail >/dev/null 2>&1; then
  echo "== vipsthumbnail ($(vips --version 2>/dev/null || echo libvips)), same widths and formats, $(nproc) processes"
  out="$work/vipsthumbnail"
  mkdir -p "$out"
  reference() {
    local width
    for width in 480 960 1600; do
      find "$album" -name 'foto-*.jpg' -print0 | xargs -0 -n 4 -P "$(nproc)" vipsthumbnail --size "${width}x" -o "$out/%s-$width.webp[Q=80,strip]"
      find "$album" -name 'foto-*.jpg' -print0 | xargs -0 -n 4 -P "$(nproc)" vipsthumbnail --size "${width}x" -o "$out/%s-$width.jpg[Q=82,optimize_coding,strip]"
    done
  }
  export -f reference
  export album out
  measure "vipsthumbnail" bash -c reference
  echo "files made: $(find "$out" -type f | wc -l)"
else
  echo "== vipsthumbnail not available (install libvips-tools): reference skipped"
fi

if (( over_limit )); then
  echo "FAILED: peak memory of the build above $((rss_limit_kb / 1024)) MB (see bench/README.md)" >&2
  exit 3
fi
