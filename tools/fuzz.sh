#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang, ASan + UBSan) in build-fuzz and runs each
# for SECONDS (default 60), starting from the seed corpus tests/fuzz/corpus/<target>/.
# Prints executions and crashes per target; exits non-zero if any target crashed.
# New corpus entries go to build-fuzz/corpus/<target>/, crash inputs to build-fuzz/crashes/<target>/
# (keep a fixed one in tests/fuzz/regressions/<target>/: tests/app/hostile_test.cpp replays it).
# Usage: tools/fuzz.sh [SECONDS] [TARGET...]   (env: WIREMAP_FUZZ_DIR, JOBS)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
shift || true
BUILD=${WIREMAP_FUZZ_DIR:-build-fuzz}
JOBS=${JOBS:-2}
ALL=(ingest extract sidecar pack gazetteer ner)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL[@]}")

CC=clang CXX=clang++ cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DWIREMAP_FUZZ=ON -DWIREMAP_BUILD_GUI=OFF >/dev/null
cmake --build "$BUILD" -j"$JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

export WIREMAP_ASSETS=${WIREMAP_ASSETS:-$PWD/assets}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
declare -A MAXLEN=([ingest]=65536 [extract]=16384 [sidecar]=8192 [pack]=65536 [gazetteer]=128 [ner]=128)
failed=0
printf '%-10s %12s %8s %8s  %s\n' target executions exec/s crashes result
for t in "${TARGETS[@]}"; do
  work="$BUILD/corpus/$t" crashes="$BUILD/crashes/$t" log="$BUILD/fuzz-$t.log"
  mkdir -p "$work" "$crashes"
  before=$(find "$crashes" -type f | wc -l)
  seeds=(tests/fuzz/corpus/"$t")
  [ -d "tests/fuzz/regressions/$t" ] && seeds+=("tests/fuzz/regressions/$t")
  set +e
  "$BUILD/tests/fuzz/fuzz_$t" -max_total_time="$SECONDS_PER_TARGET" -max_len="${MAXLEN[$t]}" -timeout=30 \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "${seeds[@]}" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  ncrash=$(( $(find "$crashes" -type f | wc -l) - before ))
  result=ok
  if [ $rc -ne 0 ]; then
    result="FAILED (rc $rc, see $log)"
    failed=1
    [ "$ncrash" -eq 0 ] && ncrash=1
  fi
  printf '%-10s %12s %8s %8s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$ncrash" "$result"
done
exit $failed
