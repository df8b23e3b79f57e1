#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 and runs each for a chosen time.
#   scripts/fuzz.sh                 every target for 60 s
#   scripts/fuzz.sh 600             every target for 10 minutes
#   scripts/fuzz.sh 300 csv_import  one target
# New inputs go to build/fuzz/corpus/<target>/ (the seeds in tests/fuzz/corpus/ stay as
# they are); a crash is written to build/fuzz/artifacts/ and stops the script with status 1.
# FUZZ_BUILD_DIR chooses another build folder.
set -euo pipefail
. "$(dirname "$0")/common.sh"

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(csv_import xlsx_import placeholder number_input)
build=${FUZZ_BUILD_DIR:-$ZHIBIAO_ROOT/build/fuzz}

zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}" clang-14 libclang-rt-14-dev

export CCACHE_BASEDIR="$ZHIBIAO_ROOT" CCACHE_NOHASHDIR=1
cmake -S "$ZHIBIAO_ROOT" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
    "-DCMAKE_CXX_FLAGS=-O1 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined" \
    -DZHIBIAO_BUILD_FUZZERS=ON -DZHIBIAO_BUILD_TESTS=OFF -DZHIBIAO_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$build/artifacts" "$build/logs"
status=0
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    log="$build/logs/$target.log"
    mkdir -p "$corpus"
    echo "== fuzz_$target for ${seconds}s"
    if "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-" \
        "$corpus" "$ZHIBIAO_ROOT/tests/fuzz/corpus/$target" >"$log" 2>&1; then
        result=ok
    else
        result="FAILED (see $log and $build/artifacts/)"
        status=1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    time=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    echo "   $result: ${runs:-?} executions, ${time:-?}/s, corpus $(find "$corpus" -type f | wc -l) files"
done
exit $status
