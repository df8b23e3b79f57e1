#!/usr/bin/env bash
# Every measure of docs/performance.md in one run: installs what it uses (Debian 12), builds
# Release in build/release with the benchmarks, runs each program path beside its baseline
# (Google Benchmark repetitions in random interleaving, hyperfine in interleaved rounds),
# prints one table and writes it into docs/performance.md between its bench.sh markers.
#
#   scripts/bench.sh                 full run, about 8 minutes on 2 cores once built
#   BENCH_QUICK=1 scripts/bench.sh   one repetition, 24 k and 240 k figures only, docs untouched
#
# BENCH_REPS     repetitions of each benchmark and rounds of each hyperfine pair (5; quick 1);
#                the 2.4 M-figure size always runs once (it takes minutes)
# BENCH_SIZES    bureau sizes in figures for import and status table
#                ("24000 240000 2400000"; quick "24000 240000")
# BENCH_DOCS     1: write docs/performance.md, 0: print only (1; quick 0)
# The results (JSON) stay in build/release/bench-results.
set -euo pipefail
. "$(dirname "$0")/common.sh"
zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}" "${ZHIBIAO_BENCH_PACKAGES[@]}"
cd "$ZHIBIAO_ROOT"

quick=${BENCH_QUICK:-0}
if [ "$quick" = 1 ]; then
    reps=${BENCH_REPS:-1} sizes=${BENCH_SIZES:-24000 240000} docs=${BENCH_DOCS:-0}
else
    reps=${BENCH_REPS:-5} sizes=${BENCH_SIZES:-24000 240000 2400000} docs=${BENCH_DOCS:-1}
fi
build=build/release
results=$build/bench-results
started=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

export CCACHE_BASEDIR="$ZHIBIAO_ROOT" CCACHE_NOHASHDIR=1
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZHIBIAO_BUILD_BENCHMARKS=ON \
    -DZHIBIAO_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
nice cmake --build "$build" --parallel "$(nproc)" --target \
    foundation_bench entry_bench dashboard_bench bareqtpdf bare_window zhibiao zhibiao-cli
built=$(date +%s)
rm -rf "$results"
mkdir -p "$results"
export QT_QPA_PLATFORM=offscreen

# gbench PROGRAM OUT FILTER REPETITIONS: one Google Benchmark program, JSON to OUT.
gbench() {
    echo "== $1 $3 ($4 repetitions)"
    "$build/bench/$1" --benchmark_filter="$3" --benchmark_repetitions="$4" \
        --benchmark_enable_random_interleaving=true --benchmark_report_aggregates_only=false \
        --benchmark_out="$results/$2.json" --benchmark_out_format=json
}

for size in $sizes; do
    # One process per size: each builds its own bureau, the 2.4 M one needs a few GB.
    n=$reps
    [ "$size" -ge 2400000 ] && n=1
    gbench foundation_bench "foundation-$size" "^BM_(ImportCsv|ImportRawCsv|StatusTable|StatusRawQuery)/$size(/|\$)" "$n"
done
gbench entry_bench entry '^BM_(GridOpen/city|GridRawQuery/city|CellEdit|RawCommit/1)(/|$)' "$reps"
gbench dashboard_bench dashboard '^BM_Dashboard(Refresh|RawQuery)(/|$)' "$reps"
echo "== bench/startup_bench.sh ($reps rounds)"
RUNS=$reps bench/startup_bench.sh "$build" "$results/startup.json"
echo "== bench/report_bench.sh ($reps rounds)"
RUNS=$reps bench/report_bench.sh "$build" "$results/report.json"

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
commit=$(git rev-parse --short HEAD)
# Say so when what was measured differs from the commit (docs/performance.md aside).
if [ -n "$(git status --porcelain -- . ':!docs/performance.md')" ]; then
    commit="$commit + uncommitted changes"
fi
write=()
[ "$docs" = 1 ] && write=(--docs docs/performance.md)
python3 bench/bench_table.py "$results" "${write[@]}" \
    --commit "$commit" --date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    --load-before "$load_before" --load-after "$load_after" \
    --reps "$reps" --quick "$quick" --seconds "$(($(date +%s) - started))" \
    --build-seconds "$((built - started))"
