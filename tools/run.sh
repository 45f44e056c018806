#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds wiremap and opens it on the bundled sample article.
# With no display, renders the sample to out/sample.png instead and says where.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
exec ./build/src/app/wiremap "$@"
