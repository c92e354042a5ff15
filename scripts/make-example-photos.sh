#!/usr/bin/env bash
# Regenerates the EXAMPLE photos of input/galeria/ with the metadata a phone photo would carry
# (GPS, dates, artist, serial number, an EXIF thumbnail of the wider scene), to show that the build
# publishes none of it. Needs exiftool (Debian: libimage-exiftool-perl).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
dotnet run scripts/make-example-photos.cs -- "$work"

tag() { # file album lat lon date
  exiftool -q -overwrite_original \
    -Artist="Persona Ejemplo (nombre ficticio)" -Copyright="Ejemplo" -Make="EjemploCam" -Model="EC-1" \
    -SerialNumber="EJ-000123" -BodySerialNumber="EJ-000123" -OwnerName="Persona Ejemplo" \
    -DateTimeOriginal="$4" -CreateDate="$4" -GPSLatitude="$2" -GPSLatitudeRef=N -GPSLongitude="$3" -GPSLongitudeRef=W \
    -XMP-dc:Creator="Persona Ejemplo" -IPTC:By-line="Persona Ejemplo" -Comment="Foto de ejemplo con metadatos" \
    "-ThumbnailImage<=${1%.jpg}.thumb.jpg" "$1"
}

mkdir -p input/galeria/tercer-encuentro-ejemplo input/galeria/mesa-tampico-ejemplo
for f in plenaria clausura; do
  tag "$work/$f.jpg" 22.2331 97.8611 "2018:11:22 10:30:00"
  cp "$work/$f.jpg" input/galeria/tercer-encuentro-ejemplo/
done
tag "$work/mesa-de-trabajo.jpg" 22.2553 97.8686 "2018:11:21 17:05:00"
cp "$work/mesa-de-trabajo.jpg" input/galeria/mesa-tampico-ejemplo/
rm -rf "$work"
