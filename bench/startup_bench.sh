#!/usr/bin/env bash
# The start-up benchmark (docs/performance.md): the whole program from launch to its first
# painted main window on the 240,000-figure synthetic bureau, beside a bare Qt Widgets
# program that shows a main window with a table and quits after its first paint (with
# Latin and with Chinese text), timed with hyperfine in interleaved rounds. The program paints
# before it reads the figures: --quit-after-ms 0 ends at that first paint, --quit-after-ms 1
# a millisecond after the city's table and grid were read (beside the goal, not in it).
# Usage: bench/startup_bench.sh [RELEASE_BUILD_DIR [OUT.json]] (built with
# -DZHIBIAO_BUILD_BENCHMARKS=ON); RUNS rounds (default 20). OUT.json: bench/hyperfine_rounds.py.
# Installs what it uses (hyperfine, python3) on Debian 12.
set -eu
here=$(dirname "$0")
. "$here/../scripts/common.sh"
zhibiao_install_packages "${ZHIBIAO_BENCH_PACKAGES[@]}"
build=${1:-build/release}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work/results.json}
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"

"$build/bench/entry_bench" --make-database "$work/bureau.zhibiao"
python3 "$here/hyperfine_rounds.py" "${RUNS:-20}" "$out" \
    "zhibiao --quit-after-ms 0 (240,000 figures)" \
    "$build/src/app/zhibiao --db $work/bureau.zhibiao --user bench --quit-after-ms 0" \
    "zhibiao --quit-after-ms 1 (240,000 figures, read)" \
    "$build/src/app/zhibiao --db $work/bureau.zhibiao --user bench --quit-after-ms 1" \
    "bare Qt Widgets window" "$build/bench/bare_window" \
    "bare Qt Widgets window, Chinese" "$build/bench/bare_window --chinese"
