#!/usr/bin/env bash
# Builds the Release program into build/release and packs it as a Debian package there
# (build/release/zhibiao_<version>_<arch>.deb). Needs dpkg-dev for dpkg-shlibdeps, which
# works out the Qt library dependencies. See docs/install.md.
#   scripts/package.sh [extra cmake configure arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build/release}
jobs=${JOBS:-2}

. "$root/scripts/common.sh"
zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}" "${ZHIBIAO_PACKAGE_PACKAGES[@]}"

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi

cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX=/usr \
    -DZHIBIAO_BUILD_TESTS=OFF \
    -DZHIBIAO_BUILD_BENCHMARKS=OFF \
    "${launcher[@]}" "$@"
cmake --build "$build" --parallel "$jobs" --target zhibiao zhibiao-cli
(cd "$build" && cpack -G DEB)
ls -l "$build"/zhibiao_*.deb
