#!/usr/bin/env bash
# The report benchmark (docs/performance.md): the whole `zhibiao-cli report --format pdf`
# process for the demo 2019 report, beside a bare QTextDocument -> QPdfWriter program
# printing the same text and beside LibreOffice converting the program's own ODT of the
# same report to PDF, timed with hyperfine in interleaved rounds.
# Usage: bench/report_bench.sh [RELEASE_BUILD_DIR [OUT.json]] (built with
# -DZHIBIAO_BUILD_BENCHMARKS=ON); RUNS rounds (default 5). OUT.json: bench/hyperfine_rounds.py.
# Installs what it uses (hyperfine, python3, libreoffice-writer-nogui, poppler-utils) on Debian 12.
set -eu
here=$(dirname "$0")
. "$here/../scripts/common.sh"
zhibiao_install_packages "${ZHIBIAO_BENCH_PACKAGES[@]}"
build=${1:-build/release}
cli="$build/src/cli/zhibiao-cli"
bare="$build/bench/bareqtpdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${2:-$work/results.json}
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work"

"$cli" --db "$work/demo.db" init --demo >/dev/null
"$cli" --db "$work/demo.db" report --year 2019 --format odt -o "$work/report.odt"
"$cli" --db "$work/demo.db" report --year 2019 --format txt -o "$work/report.txt"
# The PDF export says which installed faces stand in for the GB/T 9704 ones.
"$cli" --db "$work/demo.db" report --year 2019 --format pdf -o "$work/first.pdf" 2>"$work/fonts.txt"
# The same report with its four faces and its table, for the bare program to print.
python3 "$here/report_html.py" "$work/report.txt" "$work/report.html" "$work/fonts.txt"
# One conversion first so that LibreOffice's profile exists: the timed runs are warm.
soffice -env:UserInstallation="file://$work/lo" --headless --convert-to pdf --outdir "$work/lo-out" \
    "$work/report.odt" >/dev/null 2>&1

python3 "$here/hyperfine_rounds.py" "${RUNS:-5}" "$out" \
    "zhibiao-cli report --format pdf" \
    "$cli --db $work/demo.db report --year 2019 --format pdf -o $work/cli.pdf" \
    "bare QTextDocument -> QPdfWriter" \
    "$bare $work/report.txt $work/bare.pdf" \
    "bare QTextDocument -> QPdfWriter, same faces and table (HTML)" \
    "$bare $work/report.html $work/bare-html.pdf" \
    "libreoffice --headless --convert-to pdf (ODT)" \
    "soffice -env:UserInstallation=file://$work/lo --headless --convert-to pdf --outdir $work/lo-out $work/report.odt"
for pdf in "$work/cli.pdf" "$work/bare.pdf" "$work/bare-html.pdf" "$work/lo-out/report.pdf"; do
    printf '%s: %s pages\n' "$(basename "$pdf")" "$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
done
