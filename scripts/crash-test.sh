#!/usr/bin/env bash
# The long crash and power-loss runs of docs/reliability.md: thousands of SIGKILL cycles of
# a writer committing figures, bulk imports killed midway, and simulated power cuts.
#   scripts/crash-test.sh [KILL_CYCLES [IMPORT_CYCLES [POWER_CUTS [BACKUP_KILLS]]]]   (default 5000 200 2000 200)
# Builds the reliability tests in $BUILD_DIR (default build/crash) and prints the counts that
# the docs table quotes. CI runs the short version (200 kills) through ctest.
set -euo pipefail
. "$(dirname "$0")/common.sh"
root=$ZHIBIAO_ROOT
zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}"
build=${BUILD_DIR:-$root/build/crash}

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-Debug} >/dev/null
cmake --build "$build" --target reliability_tests figurewriter -- -j"${JOBS:-2}"

export QT_QPA_PLATFORM=offscreen
export ZHIBIAO_KILL_CYCLES=${1:-5000}
export ZHIBIAO_IMPORT_KILL_CYCLES=${2:-200}
export ZHIBIAO_POWERLOSS_RUNS=${3:-2000}
export ZHIBIAO_BACKUP_KILL_CYCLES=${4:-200}
echo "kill cycles $ZHIBIAO_KILL_CYCLES, import kills $ZHIBIAO_IMPORT_KILL_CYCLES, power cuts $ZHIBIAO_POWERLOSS_RUNS, backup kills $ZHIBIAO_BACKUP_KILL_CYCLES"
"$build/tests/reliability/reliability_tests" --gtest_filter='CrashKill.*:PowerLoss.*' | grep -E '^\[(kill|import-kill|power-loss|backup-kill)\]|FAILED|PASSED'
