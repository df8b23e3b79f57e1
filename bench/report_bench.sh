#!/usr/bin/env bash
# The report benchmark: the whole `zhibiao-cli report --format pdf` process for the demo 2019
# report, beside LibreOffice converting the program's own ODT of the same report to PDF and
# beside a bare QTextDocument -> QPdfWriter program printing the same text.
# Usage: bench/report_bench.sh [RELEASE_BUILD_DIR] (built with -DZHIBIAO_BUILD_BENCHMARKS=ON)
# Installs what it uses (hyperfine, python3, libreoffice-writer-nogui, poppler-utils) on Debian 12.
set -eu
. "$(dirname "$0")/../scripts/common.sh"
zhibiao_install_packages "${ZHIBIAO_BENCH_PACKAGES[@]}"
build=${1:-build/release}
cli="$build/src/cli/zhibiao-cli"
bare="$build/bench/bareqtpdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"

"$cli" --db "$work/demo.db" init --demo >/dev/null
"$cli" --db "$work/demo.db" report --year 2019 --format odt -o "$work/report.odt"
"$cli" --db "$work/demo.db" report --year 2019 --format txt -o "$work/report.txt"
# One conversion first so that LibreOffice's profile exists: the timed runs are warm.
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work/lo-out" \
    "$work/report.odt" >/dev/null 2>&1

hyperfine --warmup 1 --runs 5 --export-json "$work/results.json" \
    -n "zhibiao-cli report --format pdf" \
    "$cli --db $work/demo.db report --year 2019 --format pdf -o $work/cli.pdf" \
    -n "bare QTextDocument -> QPdfWriter" \
    "$bare $work/report.txt $work/bare.pdf" \
    -n "libreoffice --headless --convert-to pdf (ODT)" \
    "soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir $work/lo-out $work/report.odt"
python3 - "$work/results.json" <<'PY'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]}: median {statistics.median(r["times"]) * 1000:.0f} ms '
          f'(min {min(r["times"]) * 1000:.0f}, max {max(r["times"]) * 1000:.0f}, {len(r["times"])} runs)')
PY
for pdf in "$work/cli.pdf" "$work/bare.pdf" "$work/lo-out/report.pdf"; do
    printf '%s: %s pages\n' "$(basename "$pdf")" "$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
done
