#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the package into a clean Debian 12 root made here from Debian's archive (mmdebstrap; chroot), and
# checks it as a user would meet it: apt-get pulls every dependency, the installed keyhaven-cli answers
# --version, volumes and verify on a shared BitLocker image, the installed wizard paints its first page under
# Xvfb in English, Japanese and Norwegian Bokmål (screenshots to docs/screenshots/installed-*.png), and
# apt-get purge leaves no file behind. Needs root. Takes about 6 minutes with a built package (packaging/debian/README.md).
# Usage: packaging/debian/test-install.sh [DEB]   (default: builds one with build-deb.sh)
# The mirror is this machine's own, read from its apt configuration: nothing here names a host.
set -euo pipefail
trap 'echo "FAILED at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
project=$(pwd)
[ "$(id -u)" -eq 0 ] || { echo "test-install.sh: needs root (mmdebstrap, chroot)" >&2; exit 2; }
for tool in mmdebstrap Xvfb xwdtopnm pnmtopng; do
    command -v "$tool" >/dev/null || { echo "test-install.sh: $tool is missing (packaging/debian/setup.sh)" >&2; exit 2; }
done
testdata="${KEYHAVEN_SHARED_TESTDATA:-$project/../shared/testdata}"
[ -f "$testdata/bitlk-images.tar.xz" ] || { echo "test-install.sh: no test volumes in $testdata" >&2; exit 2; }

start=$(date +%s)
step() { printf '[%4ss] %s\n' "$(($(date +%s) - start))" "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

deb="${1:-}"
[ -n "$deb" ] || deb=$(packaging/debian/build-deb.sh)
deb=$(realpath "$deb")
version=$(dpkg-deb -f "$deb" Version)

work=$(mktemp -d /tmp/keyhaven-install.XXXXXX)
root="$work/root"
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for mount in "$root/tmp/.X11-unix" "$root/proc"; do
        mountpoint -q "$mount" 2>/dev/null && umount "$mount"
    done
    rm -rf "$work"
}
trap cleanup EXIT

# The Debian 12 sources this machine's apt uses (bookworm, -updates, -security; main).
mapfile -t sources < <(apt-cache policy | awk '$3 ~ /^bookworm(-updates|-security)?\/main$/ && $4 == "'"$(dpkg --print-architecture)"'" {split($3, s, "/"); print "deb " $2 " " s[1] " main"}' | sort -u)
[ ${#sources[@]} -gt 0 ] || fail "no Debian 12 (bookworm) source in this machine's apt configuration"
step "mirror: ${sources[*]}"

step "making a clean Debian 12 root"
mmdebstrap --quiet --variant=apt --mode=root bookworm "$root" "${sources[@]}"
mount -t proc proc "$root/proc"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
# mmdebstrap leaves no package lists behind; the root resolves names as this machine does.
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root apt-get update -q >/dev/null

step "apt-get install ./$(basename "$deb")"
cp "$deb" "$root/tmp/"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" >"$work/install.log" 2>&1 \
    || { tail -30 "$work/install.log"; fail "apt-get install"; }
grep -E '^(Need to get|[0-9]+ upgraded)' "$work/install.log" || true
# Purge once and snapshot, so that the purge at the end is compared with a root that has the dependencies.
in_root apt-get purge -y -q keyhaven >/dev/null
snapshot() {
    (cd "$root" && find . -xdev \( -path ./proc -o -path ./tmp -o -path ./var/log -o -path ./var/cache \
        -o -path ./var/lib/dpkg -o -path ./var/lib/apt -o -path ./root \) -prune -o -print | sort)
}
snapshot >"$work/before"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$deb")" >/dev/null

step "keyhaven-cli --version, keyhaven --version"
[ "$(in_root keyhaven-cli --version)" = "keyhaven-cli $version" ] || fail "keyhaven-cli --version"
[ "$(in_root keyhaven --version)" = "keyhaven $version" ] || fail "keyhaven --version"
[ -f "$root/usr/share/man/man1/keyhaven-cli.1.gz" ] || fail "no keyhaven-cli(1)"

step "volumes and verify on a shared BitLocker image"
tar xJf "$testdata/bitlk-images.tar.xz" -C "$root/tmp" bitlk-images/bitlk-aes-xts-128.img bitlk-images/images.conf
recovery=$(awk -F= '/^\[bitlk-aes-xts-128\]/{s=1;next} /^\[/{s=0} s && $1=="RP"{print $2}' "$root/tmp/bitlk-images/images.conf")
[ -n "$recovery" ] || fail "no recovery password for bitlk-aes-xts-128 in images.conf"
in_root keyhaven-cli volumes /tmp/bitlk-images/bitlk-aes-xts-128.img | tee "$work/volumes.txt"
grep -q "recovery password" "$work/volumes.txt" || fail "volumes lists no recovery password protector"
echo "$recovery" | in_root keyhaven-cli verify --volume /tmp/bitlk-images/bitlk-aes-xts-128.img || fail "verify"

step "the installed wizard's first page under Xvfb (en, ja, nb)"
display=$(( (RANDOM % 400) + 300 ))
while [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
mkdir -p "$work/fb"
Xvfb ":$display" -screen 0 1024x768x24 -fbdir "$work/fb" -ac -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$display" ] && break; sleep 0.2; done
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
mkdir -p "$project/docs/screenshots"
for lang in en ja nb; do
    mkdir -p "$root/tmp/home-$lang"
    in_root env DISPLAY=":$display" HOME=/tmp/home-$lang QT_QPA_PLATFORM=xcb keyhaven --lang "$lang" \
        >"$work/wizard-$lang.log" 2>&1 &
    wizard=$!
    # The first page is up when the window is mapped and painted; give it a few seconds.
    sleep 6
    kill -0 "$wizard" 2>/dev/null || { cat "$work/wizard-$lang.log"; fail "the wizard ($lang) did not stay up"; }
    xwdtopnm "$work/fb/Xvfb_screen0" >"$work/$lang.pnm" 2>/dev/null
    kill "$wizard"; wait "$wizard" 2>/dev/null || true
    # An empty screen is one colour; a painted page (text, icons, buttons) has many.
    colours=$(ppmhist -noheader "$work/$lang.pnm" | wc -l)
    [ "$colours" -gt 20 ] || { cat "$work/wizard-$lang.log"; fail "the wizard ($lang) painted nothing ($colours colours)"; }
    pnmtopng "$work/$lang.pnm" >"$project/docs/screenshots/installed-wizard-$lang.png"
    step "  $lang: docs/screenshots/installed-wizard-$lang.png"
done
umount "$root/tmp/.X11-unix"

step "apt-get purge keyhaven"
in_root apt-get purge -y -q keyhaven >/dev/null
snapshot >"$work/after"
if ! diff "$work/before" "$work/after" >"$work/diff"; then
    cat "$work/diff"
    fail "apt-get purge left files behind (or removed others)"
fi
step "done: every check passed in $(($(date +%s) - start)) s"
