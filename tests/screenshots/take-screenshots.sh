#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of every wizard page (issues 7 and 8), in English, Japanese and Norwegian Bokmål, taken of the real
# wizard on a real X server (Xvfb, xcb platform, Noto CJK fonts), plus a dark palette and 200% scaling in English.
# Writes docs/screenshots/wizard-<lang>-<NN>-<page>.png, wizard-en-dark-<NN>-<page>.png and
# wizard-en-200-<NN>-<page>.png (old ones of those names are removed first), and
# wizard-<lang>-damaged-settings-<NN>-<page>.png: the targets and account pages over a damaged settings file
# (tests/screenshots/damaged-settings.conf).
#
# take-screenshots (take-screenshots.cpp) drives the BackupWizard page by page over real data: a real BitLocker
# test image as this computer's drive, its recovery password typed on the key page and verified against the image,
# the key first read back from the image with its password ("Read the key from this drive", key-from-drive), a
# folder as a USB flash drive, a Documents folder, the sheet saved as a PDF, a Crypt Server account on loopback
# (tests/accounts/crypt_server.py, with a private keychain: tests/accounts/run-with-keyring.sh), then the find flow.
#
# Usage: tests/screenshots/take-screenshots.sh [--build DIR] [--out DIR] [--langs "en ja nb"] [--no-extras]
#                                              [--no-account] [--only page,page] [--no-namespace]
#   --build DIR    build tree (default: build); take-screenshots is built there first
#   --out DIR      where the PNG files go (default: docs/screenshots)
#   --langs LIST   languages (default: "en ja nb")
#   --no-extras    skip the dark-palette and 200% sets
#   --no-account   no account (the targets page then says why the account cannot be chosen)
#   --only LIST    only these pages, e.g. welcome,key-from-drive,key-empty,key-differ,key,key-mistakes,verify,
#                  targets,account,usb,text-file,sheet,run,summary,find-id,find-where,find-result,find-several,
#                  check-all,test-backup,test-photo
#   --no-namespace the paths of a scratch folder instead of /home/alex and /media/alex/KEYS (see below)
# Needs: xvfb (xvfb-run), xauth, fonts-noto-cjk; for the account: python3, dbus (dbus-run-session), gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

build=build out=docs/screenshots langs="en ja nb" extras=1 account=1 only="" namespace=1
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --langs) langs=$2; shift 2 ;;
        --no-extras) extras=0; shift ;;
        --no-account) account=0; shift ;;
        --only) only=$2; shift 2 ;;
        --no-namespace) namespace=0; shift ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "take-screenshots.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
build=$(cd "$build" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in xvfb-run Xvfb xauth fc-list; do
    command -v "$tool" >/dev/null \
        || { echo "take-screenshots.sh: $tool is missing (packages xvfb xauth fontconfig: packaging/debian/setup.sh)" >&2; exit 2; }
done
if ! fc-list :lang=ja | grep -qi "noto.*cjk"; then
    echo "take-screenshots.sh: no Noto CJK font: Japanese would show empty boxes (package fonts-noto-cjk)" >&2
    exit 2
fi
if [ "$account" = 1 ]; then
    for tool in python3 dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            echo "take-screenshots.sh: $tool is missing: no account in the screenshots (--no-account to silence)" >&2
            account=0
        fi
    done
fi

# The program, built in the given tree; the real test volumes, unpacked there as ctest does.
cmake --build "$build" --parallel 2 --target take-screenshots >/dev/null
program=$build/bin/take-screenshots
testdata=$build/testdata
tests/support/unpack-testdata.sh "${KEYHAVEN_SHARED_TESTDATA:-$root/../shared/testdata}" "$testdata" >/dev/null

work=$(mktemp -d "${TMPDIR:-/tmp}/keyhaven-screenshots-XXXXXX")
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A Crypt Server on loopback (plain HTTP is allowed to loopback addresses) that takes the key for real.
account_options=()
if [ "$account" = 1 ]; then
    python3 tests/accounts/crypt_server.py --ready "$work/crypt.port" --state "$work/crypt.json" \
        >"$work/crypt.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 100); do
        [ -s "$work/crypt.port" ] && break
        sleep 0.05
    done
    if [ ! -s "$work/crypt.port" ]; then
        echo "take-screenshots.sh: the Crypt Server did not start:" >&2
        cat "$work/crypt.log" >&2
        exit 1
    fi
    account_options=(--account-kind crypt --account-url "http://127.0.0.1:$(cat "$work/crypt.port")/"
                     --account-user alex)
    # The Crypt Server knows computers by their serial number.
    echo "C02XK1ZNJGH5" >"$work/serial"
fi

# Paths as people see them: as root, each run gets a private mount namespace with empty tmpfs over /home and
# /media, so that the pages show /home/alex/Documents and a stick at /media/alex/KEYS (a tmpfs mount of its
# own). Nothing outside the namespace changes. Otherwise the paths are those of a scratch folder.
if [ "$namespace" = 1 ] && ! { [ "$(id -u)" = 0 ] && [ -d /home ] && [ -d /media ] && command -v unshare >/dev/null && unshare -m true 2>/dev/null; }; then
    namespace=0
fi
in_namespace() {
    unshare -m -- bash -c '
        set -e
        mount -t tmpfs -o size=64m,mode=755 keyhaven-home /home
        mkdir -p /home/alex/Documents /home/alex/Desktop
        mount -t tmpfs -o size=16m,mode=755 keyhaven-media /media
        mkdir -p /media/alex/KEYS
        mount -t tmpfs -o size=16m KEYS /media/alex/KEYS
        exec "$@"' in-namespace "$@"
}

# One run of the program on its own Xvfb: name, then its options; extra environment in $run_env.
status=0
shoot() {
    local name=$1
    shift
    local scratch=$work/$name home stick
    mkdir -p "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    if [ "$namespace" = 1 ]; then
        home=/home/alex stick=/media/alex/KEYS
    else
        home=$scratch/home stick=$scratch/media/KEYS
        mkdir -p "$home/Documents" "$home/Desktop"
    fi
    rm -f "$out/$name"-[0-9][0-9]-*.png
    local command=(xvfb-run -a -s "-screen 0 1600x1200x24 -dpi 96" env QT_QPA_PLATFORM=xcb
                   HOME="$home" USER=alex XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
                   XDG_RUNTIME_DIR="$scratch/runtime" LANG=C.UTF-8
                   ${run_env:-}
                   "$program" --testdata "$testdata" --scratch "$scratch" --home "$home" --stick "$stick"
                   --out "$out" --prefix "$name" ${only:+--only "$only"} "$@")
    if [ "$account" = 1 ]; then
        command+=(--serial-file "$work/serial")
    fi
    echo "== $name"
    if [ "$account" = 1 ]; then
        command=(tests/accounts/run-with-keyring.sh "${command[@]}" "${account_options[@]}")
    fi
    if [ "$namespace" = 1 ]; then
        command=(in_namespace "${command[@]}")
    fi
    if ! "${command[@]}"; then
        echo "take-screenshots.sh: $name: some pages could not be taken (see above)" >&2
        status=1
    fi
}

extra_pages="" # every page, in the dark palette and at 200% too
for lang in $langs; do
    run_env="" shoot "wizard-$lang" --lang "$lang"
done
# The targets and account pages over a damaged settings file (issue 15): what was found, that no account was
# dropped, where the copy of the damaged file is.
if [ -z "$only" ] || [[ ",$only," == *,account,* ]]; then
    saved_only=$only
    only=targets,account
    for lang in $langs; do
        run_env="" shoot "wizard-$lang-damaged-settings" --lang "$lang" \
            --settings "$root/tests/screenshots/damaged-settings.conf"
    done
    only=$saved_only
fi
if [ "$extras" = 1 ]; then
    saved_only=$only
    only=${only:-$extra_pages}
    run_env="" shoot wizard-en-dark --lang en --dark
    run_env="QT_SCALE_FACTOR=2" shoot wizard-en-200 --lang en
    only=$saved_only
fi
echo "screenshots in $out"
exit $status
