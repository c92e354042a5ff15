#!/usr/bin/env bash
# The one test command (README, CI): checks the prerequisites, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# Checks, never installs: each missing prerequisite is named with the command that installs it
# (scripts/install-prerequisites.sh installs them all; CI runs it first).
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$1 (Debian: apt-get install $2)"); }
need exiftool libimage-exiftool-perl
need heif-convert libheif-examples
need heif-enc libheif-examples
need qpdf qpdf
need chattr e2fsprogs

# The browser tests drive Chromium. Look where tests/Micrositio.Tests/Browser/BrowserLocator.cs looks; an
# explicit MICROSITIO_CHROMIUM is trusted.
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
have_chromium || missing+=("chromium (Debian: apt-get install chromium)")

# Node.js tools pinned in tools/*/package-lock.json: html-validate checks every generated page;
# netlify-redirector (Netlify's own redirect engine and header parser) judges the preview's routing.
if ! command -v node >/dev/null 2>&1 || ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  missing+=("Node.js 20.19 or newer with npm (https://nodejs.org/en/download)")
fi
for tool in tools/*/; do
  if [ -f "$tool/package-lock.json" ] && [ ! -d "$tool/node_modules" ]; then
    missing+=("the packages of $tool (npm ci --prefix $tool)")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "The tests need:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "Install them all with: scripts/install-prerequisites.sh (as root or with sudo)" >&2
  exit 1
fi

dotnet test Micrositio.sln -c Release --logger "console;verbosity=normal" "$@"
