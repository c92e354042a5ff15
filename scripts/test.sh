#!/usr/bin/env bash
# The one test command (README, CI): installs what the suite needs on a fresh machine, then runs it.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

dotnet test Micrositio.sln -c Release --logger "console;verbosity=normal" "$@"
