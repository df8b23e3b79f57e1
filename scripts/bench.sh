#!/bin/sh
# The foundation benchmark (docs/performance.md) from a Release build in build/release; extra arguments go to Google Benchmark.
cd "$(dirname "$0")/.." && cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build/release --target foundation_bench && build/release/bench/foundation_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true "$@"
