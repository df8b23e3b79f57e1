#!/usr/bin/env bash
# Proves README's two commands on a bare Debian 12: builds a minimal root with debootstrap
# (--variant=minbase, the host's Debian archive), copies the checkout's tracked files in
# and runs, inside it and exactly as README writes them, `scripts/run.sh` with no display
# (it must print the demo bureau's status table) and then `scripts/test.sh`. Each step's
# time is printed; the first error stops the check with a non-zero status.
#
#   scripts/check-fresh.sh [--keep] [--package]
#     --keep       leave the root in place afterwards (its path is printed)
#     --package    also run scripts/package.sh in the root (a Release build and a .deb)
#
# Needs root (debootstrap, chroot and mounts); re-runs itself with sudo otherwise.
# Cache (ZHIBIAO_FRESH_CACHE, default ~/.cache/zhibiao-check-fresh):
#   bookworm-minbase.tar.gz   the root as debootstrap left it (made again after 30 days)
#   apt-archives/             downloaded .deb files, so a second run does not fetch them
# The host's ccache folder is lent to the root (ZHIBIAO_FRESH_CCACHE=0 turns that off).
# ccache only saves compiling: a package missing from the lists still fails configure,
# the compile of the file that needs it, or the link, exactly as on a new machine.
set -euo pipefail

root_dir=$(cd "$(dirname "$0")/.." && pwd)
keep=0
package=0
for argument in "$@"; do
    case "$argument" in
        --keep) keep=1 ;;
        --package) package=1 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "check-fresh: unknown option $argument (see --help)" >&2; exit 1 ;;
    esac
done

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "check-fresh: needs root (debootstrap, chroot, mount) and sudo is missing" >&2; exit 1; }
    exec sudo --preserve-env=ZHIBIAO_FRESH_CACHE,ZHIBIAO_FRESH_CCACHE,ZHIBIAO_FRESH_MAX_AGE_DAYS "$0" "$@"
fi

cache=${ZHIBIAO_FRESH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zhibiao-check-fresh}
tarball=$cache/bookworm-minbase.tar.gz
max_age_days=${ZHIBIAO_FRESH_MAX_AGE_DAYS:-30}
mkdir -p "$cache/apt-archives/partial" "$cache/roots"

started=$(date +%s)
step_started=$started
step() {
    local now
    now=$(date +%s)
    printf '[check-fresh] %-60s %4d s (total %d s)\n' "$1" $((now - step_started)) $((now - started))
    step_started=$now
}
fail() {
    echo "[check-fresh] FAILED: $1" >&2
    exit 1
}

# The Debian archive the host already uses (deb822 or one-line sources), else the default.
host_archive() {
    local uri
    uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        | grep -oE '(https?|file)://[^ ]+' | grep -E '/debian/?$' | head -n 1 || true)
    echo "${uri:-http://deb.debian.org/debian}"
}
host_security_archive() {
    local uri
    uri=$(grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
        | grep -oE '(https?|file)://[^ ]+' | grep -E '/debian-security/?$' | head -n 1 || true)
    echo "${uri:-http://deb.debian.org/debian-security}"
}

# --- the host's own tools -------------------------------------------------------------
if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    step "installed debootstrap on the host"
fi
archive=$(host_archive)
security=$(host_security_archive)

# --- the base root: debootstrap once, then unpack the cached tarball -------------------
if [ -f "$tarball" ] && [ -n "$(find "$tarball" -mtime -"$max_age_days" 2>/dev/null)" ]; then
    echo "[check-fresh] using the cached root $tarball ($(date -r "$tarball" +%F))"
else
    building=$(mktemp -d "$cache/roots/debootstrap.XXXXXX")
    debootstrap --variant=minbase --arch=amd64 bookworm "$building" "$archive" >"$cache/debootstrap.log" 2>&1 \
        || { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap (log: $cache/debootstrap.log)"; }
    rm -f "$building"/var/cache/apt/archives/*.deb
    tar --numeric-owner -C "$building" -czpf "$tarball.tmp" .
    mv "$tarball.tmp" "$tarball"
    rm -rf --one-file-system "$building"
    step "debootstrap --variant=minbase bookworm from $archive"
fi

chroot_dir=$(mktemp -d "$cache/roots/root.XXXXXX")
mounted=()
cleanup() {
    local status=$?
    local point
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        point=${mounted[i]}
        umount -R "$point" 2>/dev/null || umount -lR "$point" 2>/dev/null || true
    done
    if [ "$keep" = 1 ]; then
        echo "[check-fresh] the root is kept at $chroot_dir"
    elif findmnt -rn -o TARGET | grep -q "^$chroot_dir"; then
        echo "[check-fresh] something is still mounted under $chroot_dir; left in place" >&2
    else
        rm -rf --one-file-system "$chroot_dir"
    fi
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

tar --numeric-owner -C "$chroot_dir" -xzpf "$tarball"
chmod 0755 "$chroot_dir" # mktemp made it 0700: it is /, and apt's _apt user must pass it
step "unpacked a fresh root in $chroot_dir"

# A new Debian 12 installation: the release, its updates and its security archive.
cat >"$chroot_dir/etc/apt/sources.list" <<SOURCES
deb $archive bookworm main
deb $archive bookworm-updates main
deb $security bookworm-security main
SOURCES
cp -L /etc/resolv.conf "$chroot_dir/etc/resolv.conf"

bind() { # bind SOURCE TARGET-INSIDE-ROOT
    mkdir -p "$chroot_dir$2"
    mount --rbind "$1" "$chroot_dir$2"
    mount --make-rslave "$chroot_dir$2"
    mounted+=("$chroot_dir$2")
}
mount -t proc proc "$chroot_dir/proc" && mounted+=("$chroot_dir/proc")
mount -t sysfs sysfs "$chroot_dir/sys" && mounted+=("$chroot_dir/sys")
bind /dev /dev
mkdir -p "$chroot_dir/tmp" && mount -t tmpfs -o size=4g tmpfs "$chroot_dir/tmp" && mounted+=("$chroot_dir/tmp")
bind "$cache/apt-archives" /var/cache/apt/archives
if [ "${ZHIBIAO_FRESH_CCACHE:-1}" != 0 ]; then
    host_ccache=${CCACHE_DIR:-$(ccache -k cache_dir 2>/dev/null || echo "${XDG_CACHE_HOME:-$HOME/.cache}/ccache")}
    mkdir -p "$host_ccache"
    bind "$host_ccache" /root/.cache/ccache
fi

# The checkout as git knows it: tracked files plus new ones not ignored (no build/).
checkout=/root/zhibiao
mkdir -p "$chroot_dir$checkout"
(
    cd "$root_dir"
    git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
        [ -e "$file" ] && printf '%s\0' "$file" # a tracked file deleted in the work tree is left out
    done | tar --null -T - -cf -
) | tar -C "$chroot_dir$checkout" -xf -
commit=$(git -C "$root_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$root_dir" status --porcelain 2>/dev/null | grep -vc '^??' || true)
step "copied the checkout (commit $commit, $dirty changed files) to $checkout"

# Runs a command in the root as a new user's login shell would: no display, no CI hints.
in_root() {
    chroot "$chroot_dir" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb \
        /bin/bash -c "cd $checkout && $1"
}

run_log=$cache/run.log
if ! in_root "scripts/run.sh" >"$run_log" 2>&1; then
    tail -n 40 "$run_log" >&2
    fail "scripts/run.sh (no display) exited non-zero; whole output in $run_log"
fi
# The status table: one line per indicator of the demo catalogue, each with its code.
demo_codes=$(tail -n +2 "$root_dir/resources/demo/indicators.csv" | cut -d, -f1 | sort -u)
missing_codes=()
for code in $demo_codes; do
    grep -qE "(^|[[:space:]])$code([[:space:]]|$)" "$run_log" || missing_codes+=("$code")
done
[ -n "$demo_codes" ] || fail "could not read the demo catalogue's codes"
if [ ${#missing_codes[@]} -gt 0 ]; then
    tail -n 40 "$run_log" >&2
    fail "scripts/run.sh did not print the status table: ${#missing_codes[@]} demo indicators missing (${missing_codes[*]:0:5} ...)"
fi
step "scripts/run.sh (no display): status table of $(echo "$demo_codes" | wc -w) indicators"

test_log=$cache/test.log
if ! in_root "scripts/test.sh" >"$test_log" 2>&1; then
    tail -n 60 "$test_log" >&2
    fail "scripts/test.sh exited non-zero; whole output in $test_log"
fi
summary=$(grep -E 'tests passed|tests failed' "$test_log" | head -n 1)
step "scripts/test.sh: ${summary:-done}"

if [ "$package" = 1 ]; then
    package_log=$cache/package.log
    if ! in_root "scripts/package.sh" >"$package_log" 2>&1; then
        tail -n 40 "$package_log" >&2
        fail "scripts/package.sh exited non-zero; whole output in $package_log"
    fi
    step "scripts/package.sh: $(grep -oE 'zhibiao_[^ /]+\.deb' "$package_log" | tail -n 1)"
fi

echo "[check-fresh] passed: README's commands work on a bare Debian 12 root ($(( $(date +%s) - started )) s)"
