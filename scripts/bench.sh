#!/usr/bin/env bash
# The foundation benchmark (docs/performance.md) from a Release build in build/release.
# Installs what the build needs on Debian 12; extra arguments go to Google Benchmark.
set -euo pipefail
. "$(dirname "$0")/common.sh"
zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}"
cd "$ZHIBIAO_ROOT"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build/release --target foundation_bench
build/release/bench/foundation_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true "$@"
