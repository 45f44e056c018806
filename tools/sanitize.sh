#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer + UBSan (-O1, g++) in build-asan and runs ctest.
# Warnings are not errors here (GCC reports false -Wformat-truncation etc. under -fsanitize at
# -O1; the normal build in tools/test.sh has -Werror). Only the targets the tests need are built (the wiremap binary and the per-layer test binaries).
# Leaks: LSan reports inside Mesa/llvmpipe/EGL/GLVND/LLVM (third-party only) are suppressed by
# tools/lsan.supp; our own code is never suppressed.
# Usage: tools/sanitize.sh [ctest args...]   (env: WIREMAP_ASAN_DIR, JOBS)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${WIREMAP_ASAN_DIR:-build-asan}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
  -DCMAKE_C_FLAGS_DEBUG="-O1 -g" -DWIREMAP_SANITIZE=ON -DWIREMAP_WERROR=OFF >/dev/null
targets=(wiremap)
for layer in core extract geo render ui app; do
  [ -n "$(ls tests/$layer/*_test.cpp 2>/dev/null)" ] && targets+=("wiremap_${layer}_tests")
done
cmake --build "$BUILD" -j"$JOBS" --target "${targets[@]}"
export GALLIUM_DRIVER=llvmpipe MESA_SHADER_CACHE_DISABLE=true
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tools/lsan.supp:print_suppressions=0}
opts=abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
# Leak checking: on for the layers without GL (core, extract, geo), run directly; off for the
# whole ctest run, whose GL processes (render, ui, app and the CLI they start) leak inside
# Mesa's llvmpipe driver, reported as "<unknown module>" frames no suppression can name.
export WIREMAP_ASSETS=$PWD/assets WIREMAP_TEST_DATA=$PWD/tests/data WIREMAP_SHARED=$PWD/../shared
for layer in core extract geo; do
  [ -x "$BUILD/tests/wiremap_${layer}_tests" ] || continue
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:$opts} "$BUILD/tests/wiremap_${layer}_tests" --gtest_brief=1
done
# The window smoke test runs the real GLFW window under Xvfb; it is covered by tools/test.sh.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:$opts} \
  ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" --timeout 900 -E '^window_smoke$' "$@"
