#!/usr/bin/env bash
# Regenerates the EXAMPLE photos of input/galeria/: synthetic scenes with no metadata at all, as
# «./micrositio fotos agregar» would leave them (the build refuses gallery sources with metadata).
# To see what the site does with a phone photo, run a real one through «fotos agregar».
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p input/galeria/tercer-encuentro-ejemplo input/galeria/mesa-tampico-ejemplo
work="$(mktemp -d)"
dotnet run scripts/make-example-photos.cs -- "$work"
cp "$work/plenaria.jpg" "$work/clausura.jpg" input/galeria/tercer-encuentro-ejemplo/
cp "$work/mesa-de-trabajo.jpg" input/galeria/mesa-tampico-ejemplo/
rm -rf "$work"
