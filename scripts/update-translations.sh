#!/usr/bin/env bash
# Refreshes the Chinese catalogue from the sources (strings added, moved or removed).
# Translate the new entries in resources/translations/zhibiao_zh_CN.ts (Qt Linguist or
# any editor), then build: the catalogue is compiled into the program.
set -euo pipefail
. "$(dirname "$0")/common.sh"
zhibiao_install_packages qt6-l10n-tools
cd "$ZHIBIAO_ROOT"
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -locations none -no-obsolete src ui -ts resources/translations/zhibiao_zh_CN.ts
