#!/bin/sh
# Runs a test binary with a gtest filter as an ordinary user. Permission checks (a
# read-only file) mean nothing to root, and CI runs as root: there the test is run as
# "nobody" through setpriv. When nobody cannot reach the binary (a checkout under /root),
# a copy of it in a scratch folder is run instead.
#   as-unprivileged-user.sh BINARY FILTER
binary=$1
filter=$2
if [ "$(id -u)" != 0 ]; then
    exec "$binary" --gtest_filter="$filter"
fi
as_nobody="setpriv --reuid=65534 --regid=65534 --clear-groups"
scratch=$(mktemp -d)
chmod 0777 "$scratch"
if ! $as_nobody test -x "$binary"; then
    cp "$binary" "$scratch/" && chmod 0755 "$scratch/$(basename "$binary")"
    binary=$scratch/$(basename "$binary")
fi
$as_nobody env HOME="$scratch" TMPDIR="$scratch" XDG_RUNTIME_DIR="$scratch" \
    "$binary" --gtest_filter="$filter"
status=$?
rm -rf "$scratch"
exit $status
