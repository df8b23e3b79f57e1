#!/usr/bin/env bash
# Builds Zhibiao and starts it on the demo bureau. Installs what it needs on Debian 12.
# The demo database is made on first run in the user's data folder and never overwritten.
# Arguments are passed to the program (for example: --db FILE, --year 2019 --quarter 3).
set -euo pipefail
. "$(dirname "$0")/common.sh"

zhibiao_install_packages "${ZHIBIAO_BUILD_PACKAGES[@]}"
zhibiao_build dev zhibiao zhibiao-cli

bin="$ZHIBIAO_ROOT/build/dev/src"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    data="${XDG_DATA_HOME:-$HOME/.local/share}/zhibiao/zhibiao/demo.zhibiao"
    cat >&2 <<MSG
No display is available (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window
cannot open. The same figures are available from the command line:

  $bin/cli/zhibiao-cli --db "$data" init --demo      # once: the demo bureau
  $bin/cli/zhibiao-cli --db "$data" status --year 2019 --quarter 3

To see the window, run this from a desktop session, or under a virtual display:
  xvfb-run -a scripts/run.sh
MSG
    if [ ! -e "$data" ]; then
        mkdir -p "$(dirname "$data")"
        "$bin/cli/zhibiao-cli" --db "$data" init --demo >&2
    fi
    echo >&2
    "$bin/cli/zhibiao-cli" --db "$data" status --year 2019 --quarter 3
    exit 0
fi
exec "$bin/app/zhibiao" "$@"
