#!/usr/bin/env bash
# Rebuilds assets/relief.jpg (world hillshade, 4096x2048 grey JPEG) from the SRTM30 world
# elevation tiles of Debian's marble-qt-data (installed here if missing; needed only at asset
# build time). Usage: tools/relief/build.sh [BUILD_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${1:-$root/build}"
srtm=/usr/share/marble/data/maps/earth/srtm
if [ ! -d "$srtm/3" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends marble-qt-data >/dev/null
fi
[ -f "$build/build.ninja" ] || [ -f "$build/Makefile" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$build" --target wiremap_relief_build
"$build/tools/relief/wiremap-relief-build" "$srtm" "$root/assets/relief.jpg" --level 3 --width 4096 --z 5 --quality 88
sha256sum "$root/assets/relief.jpg"
