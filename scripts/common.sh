# Shared by scripts/run.sh and scripts/test.sh: installs the Debian packages the project
# needs (with sudo when not root) and configures and builds one CMake preset.
# shellcheck shell=bash

ZHIBIAO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# What building and running needs, from Debian 12's own archive.
ZHIBIAO_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev libqpdf-dev
    libxlsxwriter-dev libminizip-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    fonts-noto-cjk fonts-arphic-ukai
)
# What the tests and checks use on top of that.
ZHIBIAO_TEST_PACKAGES=(
    xvfb xauth poppler-utils qpdf unzip sqlite3
    clang-14 libclang-rt-14-dev
)
# scripts/package.sh: dpkg-shlibdeps works out the library dependencies, and CPack's DEB
# generator needs `file` to find the binaries it hands to it.
ZHIBIAO_PACKAGE_PACKAGES=(dpkg-dev file)
# The timing scripts under bench/ (hyperfine runs, python3 sums up, LibreOffice is the
# report benchmark's comparison, pdfinfo counts its pages).
ZHIBIAO_BENCH_PACKAGES=(hyperfine python3 libreoffice-writer-nogui poppler-utils)
# scripts/check-office.sh: LibreOffice converts the ODT and DOCX to PDF, poppler reads them.
ZHIBIAO_OFFICE_PACKAGES=(libreoffice-writer-nogui poppler-utils)

zhibiao_install_packages() {
    local missing=()
    local package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
            return 1
        fi
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# zhibiao_build PRESET [TARGET...]
zhibiao_build() {
    local preset=$1
    shift
    # ccache keeps rebuilds fast even when the checkout moves (CI clones to a new path).
    export CCACHE_BASEDIR="$ZHIBIAO_ROOT" CCACHE_NOHASHDIR=1
    cmake --preset "$preset" -S "$ZHIBIAO_ROOT" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build "$ZHIBIAO_ROOT/build/$preset" --parallel "$(nproc)" ${1:+--target "$@"}
}
