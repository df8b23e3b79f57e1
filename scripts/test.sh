#!/usr/bin/env bash
# Builds Zhibiao and runs the whole test suite. Installs what it needs on Debian 12.
#   scripts/test.sh            the dev build (Debug)
#   PRESET=asan scripts/test.sh  the same suite under AddressSanitizer + UBSan
set -euo pipefail
. "$(dirname "$0")/common.sh"

preset=${PRESET:-dev}
zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}" "${ZHIBIAO_TEST_PACKAGES[@]}"
# gtest's discovery runs the test binaries during the build, so the suppressions of the
# known libdbus/fontconfig leaks are needed from here on.
if [ "$preset" = asan ]; then
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ZHIBIAO_ROOT/tests/lsan.supp:print_suppressions=0}
fi
zhibiao_build "$preset"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
ctest --test-dir "$ZHIBIAO_ROOT/build/$preset" --output-on-failure --parallel "$(nproc)" --timeout 300
# The short fuzzing run (each libFuzzer target for a bounded time; clang-14 build).
if [ "$preset" = dev ]; then "$ZHIBIAO_ROOT/scripts/fuzz-ci.sh"; fi
