#!/usr/bin/env bash
# The start-up benchmark (docs/performance.md, "Data entry"): the whole program from launch to
# its first painted main window on the 240,000-figure synthetic bureau, beside a bare Qt
# Widgets program that shows a main window with a table and quits after its first paint.
# Usage: bench/startup_bench.sh [RELEASE_BUILD_DIR] (built with -DZHIBIAO_BUILD_BENCHMARKS=ON)
# Installs what it uses (hyperfine, python3) on Debian 12.
set -eu
. "$(dirname "$0")/../scripts/common.sh"
zhibiao_install_packages "${ZHIBIAO_BENCH_PACKAGES[@]}"
build=${1:-build/release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"

"$build/bench/entry_bench" --make-database "$work/bureau.zhibiao"
hyperfine --warmup 2 --runs ${RUNS:-20} --export-json "$work/results.json" \
    -n "zhibiao --quit-after-ms 0 (240,000 figures)" \
    "$build/src/app/zhibiao --db $work/bureau.zhibiao --user bench --quit-after-ms 0" \
    -n "bare Qt Widgets window" "$build/bench/bare_window" \
    -n "bare Qt Widgets window, Chinese" "$build/bench/bare_window --chinese"
python3 - "$work/results.json" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]}: median {statistics.median(r["times"]) * 1000:.0f} ms '
          f'(min {min(r["times"]) * 1000:.0f}, max {max(r["times"]) * 1000:.0f}, {len(r["times"])} runs)')
PY
