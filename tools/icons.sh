#!/usr/bin/env bash
# tools/icons.sh: render data/icons/heartlines.svg into the PNG sizes the hicolor theme uses.
# The PNGs are committed (install.sh needs no image tools); run this after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" data/icons/heartlines.svg -o "data/icons/heartlines-$size.png"
done
