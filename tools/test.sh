#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds wiremap with warnings as errors, and runs every
# test (unit, golden-image, end-to-end CLI, and the window smoke test under xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
BUILD=${WIREMAP_BUILD_DIR:-build}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DWIREMAP_WERROR=ON >/dev/null
cmake --build "$BUILD" -j"$(nproc)"
export GALLIUM_DRIVER=llvmpipe MESA_SHADER_CACHE_DISABLE=true
ctest --test-dir "$BUILD" --output-on-failure -j"$(nproc)" --timeout 600

# Hardening (skip with WIREMAP_SKIP_HARDENING=1): the suite again under ASan + UBSan (-O1,
# build-asan), then every libFuzzer target for WIREMAP_FUZZ_SECONDS (default 30) each.
if [ "${WIREMAP_SKIP_HARDENING:-0}" != 1 ]; then
  bash tools/sanitize.sh
  bash tools/fuzz.sh "${WIREMAP_FUZZ_SECONDS:-30}"
fi
