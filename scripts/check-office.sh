#!/usr/bin/env bash
# The editable report as LibreOffice lays it out: the demo bureau's report written as PDF,
# ODT and DOCX with zhibiao-cli, the ODT and DOCX converted to PDF by LibreOffice headless,
# and the results checked with poppler: about as many pages as the program's own PDF,
# full lines of about 28 characters (GB/T 9704: 22 lines of 28), "— N —" page numbers; and
# the 2018 report made into the 2019 template from the ODT and from LibreOffice's DOCX of it.
#   scripts/check-office.sh                 the dev build (PRESET=... for another)
#   scripts/check-office.sh --screenshots   also docs/screenshots/report-docx-libreoffice-page{1,2}.png
set -euo pipefail
. "$(dirname "$0")/common.sh"

screenshots=0
[ "${1:-}" = --screenshots ] && screenshots=1
preset=${PRESET:-dev}
build=$ZHIBIAO_ROOT/build/$preset
zhibiao_install_packages "${ZHIBIAO_OFFICE_PACKAGES[@]}"
cli=$build/src/cli/zhibiao-cli
[ -x "$cli" ] || zhibiao_build "$preset" zhibiao-cli

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8 # ${#line} counts characters, not bytes

"$cli" --db "$work/demo.zhibiao" init --demo >/dev/null
for format in pdf odt docx; do
    "$cli" --db "$work/demo.zhibiao" report --year 2019 --format "$format" -o "$work/report.$format" >/dev/null
done
for format in odt docx; do
    mkdir -p "$work/$format"
    # A private profile: no first-start dialogs, nothing left in the user's own.
    soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf \
        --outdir "$work/$format" "$work/report.$format" >/dev/null 2>&1
done

failures=0
check() { # check OK|FAIL MESSAGE
    echo "$1: $2"
    [ "$1" = OK ] || failures=$((failures + 1))
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ { print $2 }'; }

own=$(pages "$work/report.pdf")
echo "zhibiao PDF: $own pages"
for format in odt docx; do
    pdf=$work/$format/report.pdf
    if [ ! -s "$pdf" ]; then
        check FAIL "$format: LibreOffice did not convert the file"
        continue
    fi
    count=$(pages "$pdf")
    if [ $((count - own)) -le 1 ] && [ $((own - count)) -le 1 ]; then
        check OK "$format: LibreOffice lays it out on $count pages (the PDF has $own)"
    else
        check FAIL "$format: LibreOffice lays it out on $count pages, the PDF has $own"
    fi

    # Full lines of the body pages (after the first, before the last): a paragraph's last
    # line, headings and table cells are shorter than 20 characters or skipped as such.
    total=0 lines=0
    for ((page = 2; page < count || (count <= 2 && page <= count); page++)); do
        while IFS= read -r line; do
            line=${line//[[:space:]]/}
            line=${line//　/}
            [ ${#line} -ge 20 ] || continue
            total=$((total + ${#line})) lines=$((lines + 1))
        done < <(pdftotext -f "$page" -l "$page" "$pdf" - 2>/dev/null)
    done
    if [ "$lines" -eq 0 ]; then
        check FAIL "$format: no full lines of text on the body pages"
    else
        average=$((total * 10 / lines))
        figure="$((average / 10)).$((average % 10))"
        if [ "$average" -ge 220 ] && [ "$average" -le 320 ]; then
            check OK "$format: full lines average $figure characters ($lines lines; GB/T 9704: 28)"
        else
            check FAIL "$format: full lines average $figure characters ($lines lines), not 22 to 32"
        fi
    fi

    if pdftotext -f 2 -l 2 "$pdf" - 2>/dev/null | grep -Eq '—[[:space:]]*2[[:space:]]*—'; then
        check OK "$format: page 2 is numbered \"— 2 —\""
    else
        check FAIL "$format: no \"— 2 —\" page number on page 2"
    fi
done

# Last year's report as this year's template (issue 15), from a DOCX that LibreOffice made
# of the program's ODT: the same 2019 narratives as from the ODT itself, nine numbers in
# ten that equal a stored 2018 figure bound.
"$cli" --db "$work/demo.zhibiao" report --year 2018 --format odt -o "$work/2018.odt" >/dev/null
soffice -env:UserInstallation="file://$work/lo-profile" --headless --convert-to docx:"MS Word 2007 XML" \
    --outdir "$work/lo-docx" "$work/2018.odt" >/dev/null 2>&1
for source in odt lo-docx; do
    file=$work/2018.odt
    [ "$source" = odt ] || file=$work/lo-docx/2018.docx
    cp "$work/demo.zhibiao" "$work/template-$source.zhibiao"
    if ! out=$("$cli" --db "$work/template-$source.zhibiao" --user admin template-from-report "$file" --year 2018 \
        --replace 2>&1); then
        check FAIL "template from the 2018 $source: $out"
        continue
    fi
    "$cli" --db "$work/template-$source.zhibiao" narratives export "$work/template-$source.csv" --year 2019 >/dev/null
    read -r bound matching < <(sed -nE 's/^Whole document: ([0-9]+) of the ([0-9]+) .*/\1 \2/p' <<<"$out")
    if [ -n "${bound:-}" ] && [ $((bound * 10)) -ge $((matching * 9)) ]; then
        check OK "template from the 2018 $source: $bound of the $matching numbers equal to a stored figure bound"
    else
        check FAIL "template from the 2018 $source: ${bound:-?} of ${matching:-?} bound"
    fi
done
if [ -s "$work/template-odt.csv" ] && cmp -s "$work/template-odt.csv" "$work/template-lo-docx.csv"; then
    check OK "template: the DOCX LibreOffice made gives the same 2019 narratives as the ODT"
else
    check FAIL "template: the DOCX LibreOffice made gives other 2019 narratives than the ODT"
fi

if [ "$screenshots" = 1 ] && [ -s "$work/docx/report.pdf" ]; then
    pdftoppm -r 60 -png -f 1 -l 2 "$work/docx/report.pdf" "$work/page"
    for n in 1 2; do
        shot=$(ls "$work"/page-*"$n".png | head -n 1)
        cp "$shot" "$ZHIBIAO_ROOT/docs/screenshots/report-docx-libreoffice-page$n.png"
        echo "wrote docs/screenshots/report-docx-libreoffice-page$n.png"
    done
fi

if [ "$failures" -gt 0 ]; then
    echo "check-office: $failures check(s) failed" >&2
    exit 1
fi
echo "check-office: all checks passed"
