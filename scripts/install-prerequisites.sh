#!/usr/bin/env bash
# Installs what the test suite needs beyond the .NET 10 SDK (README, "Prerequisites"). Run it once on a new
# machine, as root or with sudo; CI runs it before the tests. scripts/test.sh only checks, never installs.
set -euo pipefail
cd "$(dirname "$0")/.."

# exiftool: the independent witness that published photos carry no metadata. heif-convert/heif-enc: HEIC
# photos (HEVC), which the libvips bundled with NetVips cannot decode. qpdf: an independent reader of our
# PDFs. chromium: the browser tests (Playwright cannot download its own browser here). e2fsprogs: chattr,
# for the tests of immutable files.
packages=(libimage-exiftool-perl libheif-examples qpdf chromium e2fsprogs)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}"
fi

# Node tools pinned by their package-lock.json (npm registry only).
for tool in tools/*/; do
  [ -f "$tool/package-lock.json" ] && npm ci --prefix "$tool" --silent --no-audit --no-fund
done
echo "Done: the test prerequisites are installed."
