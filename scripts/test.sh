#!/usr/bin/env bash
# The one test command (README, CI): installs what the suite needs on a fresh machine, then runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# exiftool is the independent witness that published photos carry no metadata; heif-convert decodes
# HEIC (HEVC) photos, which the libvips bundled with NetVips cannot; qpdf checks the press PDFs, which
# our own code writes, as an independent reader.
missing=()
command -v exiftool >/dev/null 2>&1 || missing+=(libimage-exiftool-perl)
command -v heif-convert >/dev/null 2>&1 || missing+=(libheif-examples)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)

# The browser tests drive Chromium (Playwright cannot download its own here). Look where
# tests/Micrositio.Tests/Browser/BrowserLocator.cs looks; an explicit MICROSITIO_CHROMIUM is trusted.
have_chromium() {
  [ -n "${MICROSITIO_CHROMIUM:-}" ] && return 0
  local cache="${PLAYWRIGHT_BROWSERS_PATH:-${XDG_CACHE_HOME:-${HOME:-}/.cache}/ms-playwright}" candidate
  for candidate in \
    "$cache"/chromium-*/chrome-linux64/chrome "$cache"/chromium-*/chrome-linux/chrome \
    "$cache"/chromium_headless_shell-*/chrome-headless-shell-linux64/chrome-headless-shell \
    "$cache"/chromium_headless_shell-*/chrome-linux/headless_shell \
    /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    [ -f "$candidate" ] && return 0
  done
  return 1
}
have_chromium || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need: ${missing[*]} (Debian/Ubuntu: sudo apt-get install ${missing[*]})." >&2
    exit 1
  fi
fi

# html-validate checks every generated page (tests/Micrositio.Tests/Site/HtmlValidationTests.cs). It is pinned in
# tools/html-validate (package-lock.json) and needs Node.js 20.19 or newer with npm.
if [ ! -x tools/html-validate/node_modules/.bin/html-validate ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "The tests need Node.js 20.19 or newer with npm, for html-validate: https://nodejs.org/en/download" >&2
    exit 1
  fi
  npm ci --prefix tools/html-validate --silent --no-audit --no-fund
fi

# Netlify's own redirect engine (netlify-redirector) and header parser judge the preview's routing
# (tests/Micrositio.Tests/Preview/NetlifyParityTests.cs); pinned in tools/netlify-redirector (package-lock.json).
if [ ! -d tools/netlify-redirector/node_modules/netlify-redirector ]; then
  npm ci --prefix tools/netlify-redirector --silent --no-audit --no-fund
fi

dotnet test Micrositio.sln -c Release --logger "console;verbosity=normal" "$@"
