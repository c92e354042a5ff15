#!/usr/bin/env bash
# Netlify's build: installs the .NET 10 SDK when the build image lacks it, then builds the site.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

./micrositio build
