#!/usr/bin/env bash
# Fails when lupdate over the whole of src/ and ui/ finds a message the Chinese catalogue
# does not translate: a new tr() string, or one whose context lupdate cannot see.
#   lupdate-check.sh SOURCE_DIR
set -euo pipefail
root=$1
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/resources/translations/zhibiao_zh_CN.ts" "$work/check.ts"
(cd "$root" && "$lupdate" -locations none -no-obsolete src ui -ts "$work/check.ts") >"$work/log" 2>&1
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [ "$unfinished" -ne 0 ]; then
    echo "lupdate leaves $unfinished message(s) unfinished: run scripts/update-translations.sh and translate them:"
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -20
    exit 1
fi
if ! cmp -s "$root/resources/translations/zhibiao_zh_CN.ts" "$work/check.ts"; then
    echo "lupdate changes the catalogue (messages added, moved or removed): run scripts/update-translations.sh"
    diff "$root/resources/translations/zhibiao_zh_CN.ts" "$work/check.ts" | head -20
    exit 1
fi
echo "lupdate over src/ and ui/: every message translated"
