#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# keyhaven-cli.exe under Wine on the shared test volumes: validate, inspect (a .BEK and a recovery text file),
# volumes, verify, backup to a text file and a sheet PDF (each read back), and an account whose password goes
# to Windows Credential Manager (Wine's). Where a Linux build of keyhaven-cli is at hand (KEYHAVEN_LINUX_CLI,
# default <repo>/build/bin/keyhaven-cli), the JSON answers are compared with it, paths aside.
#
#   wine-checks.sh BUILD_DIR        (called by build.sh; BUILD_DIR/testdata holds the unpacked volumes)
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
BUILD="$1"
WINE=/usr/lib/wine/wine64
CLI="$BUILD/bin/keyhaven-cli.exe"
LINUX_CLI="${KEYHAVEN_LINUX_CLI:-$REPO/build/bin/keyhaven-cli}"
IMAGES="$BUILD/testdata/bitlk-images"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export WINEPREFIX="${WINEPREFIX:-$BUILD/wineprefix}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=;mshtml=;winedbg.exe=d"

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() {
    printf '  FAIL  %s\n' "$*"
    failures=$((failures + 1))
}

conf() { # conf IMAGE KEY: a value from images.conf
    awk -v section="[$1]" -v key="$2" '$0 == section { on = 1; next } /^\[/ { on = 0 } on && index($0, key "=") == 1 { print substr($0, length(key) + 2) }' "$IMAGES/images.conf"
}

wcli() { (cd "$WORK" && "$WINE" "$CLI" "$@" 2>"$WORK/stderr" | tr -d '\r'); }

# The same JSON as on Linux, paths left out (Z:\… against /…).
same_as_linux() {
    local what="$1" windows_json="$2"
    shift 2
    if [[ ! -x $LINUX_CLI ]]; then
        printf '        (no Linux keyhaven-cli at %s: not compared)\n' "$LINUX_CLI"
        return 0
    fi
    local linux_json
    linux_json="$("$LINUX_CLI" "$@" 2>/dev/null)"
    local strip='walk(if type == "object" then del(.path, .source) else . end)'
    if [[ "$(jq -S "$strip" <<<"$windows_json")" == "$(jq -S "$strip" <<<"$linux_json")" ]]; then
        pass "$what: the same answer as keyhaven-cli on Linux"
    else
        fail "$what: differs from Linux"
        diff <(jq -S "$strip" <<<"$linux_json") <(jq -S "$strip" <<<"$windows_json") | head -20
    fi
}

IMAGE=bitlk-aes-xts-128
RP="$(conf $IMAGE RP)"
RP_ID="$(conf $IMAGE RP_VMK_GUID | tr a-f A-F)"
IMG="$IMAGES/$IMAGE.img"
WIN_IMG="$("$WINE" winepath -w "$IMG" 2>/dev/null | tr -d '\r')"

echo "keyhaven-cli.exe under Wine ($("$WINE" --version))"

# validate
out="$(printf '%s\n' "$RP" | wcli validate)"
[[ $? -eq 0 && $out == *"$RP"* ]] && pass "validate: a good recovery password" || fail "validate: $out"
out="$(printf '%s\n' "${RP%?}8" | wcli validate)"
[[ $? -eq 1 ]] && pass "validate: a wrong check digit is refused (exit 1)" || fail "validate of a bad key: $out"

# inspect: the startup key's .BEK
bek="$(ls "$IMAGES"/*.BEK | head -n 1)"
out="$(wcli inspect --json "$("$WINE" winepath -w "$bek" 2>/dev/null | tr -d '\r')")"
[[ $out == *'"bitlocker-external-key"'* ]] && pass "inspect $(basename "$bek")" || fail "inspect .BEK: $out"
same_as_linux "inspect .BEK" "$out" inspect --json "$bek"

# volumes and verify on the image
out="$(wcli volumes --json "$WIN_IMG")"
[[ $out == *"$RP_ID"* ]] && pass "volumes $IMAGE.img lists protector $RP_ID" || fail "volumes: $out"
same_as_linux "volumes" "$out" volumes --json "$IMG"
out="$(printf '%s\n' "$RP" | wcli verify --volume "$WIN_IMG")"
[[ $? -eq 0 ]] && pass "verify: the recovery password opens $IMAGE.img" || fail "verify: $out $(cat "$WORK/stderr")"
out="$(printf '%s\n' "${RP:0:42}000000" | wcli verify --volume "$WIN_IMG")"
code=$?
[[ $code -eq 1 || $code -eq 2 ]] && pass "verify: a wrong key does not open it (exit $code)" || fail "verify wrong key: exit $code"

# backup to a text file and a sheet, each read back
mkdir -p "$WORK/backup"
out="$(printf '%s\n' "$RP" | wcli backup --json --id "$RP_ID" --to "text:$("$WINE" winepath -w "$WORK/backup" | tr -d '\r')" \
    --to "sheet:$("$WINE" winepath -w "$WORK/backup/sheet.pdf" | tr -d '\r')")"
code=$?
text_file="$(find "$WORK/backup" -name '*.TXT' -o -name '*.txt' | head -n 1)"
if [[ $code -eq 0 && -n $text_file && -s $WORK/backup/sheet.pdf ]]; then
    pass "backup --to text: and --to sheet: saved and read back ($(basename "$text_file"), sheet.pdf)"
else
    fail "backup: exit $code $out $(cat "$WORK/stderr")"
fi
[[ $out == *"could not check"* && $out == *"listed no volume at all"* ]] \
    && pass "backup: the same-volume guard warns that it could not check (Wine's PowerShell lists no volume)" \
    || fail "backup: no guard warning in $out"
if [[ -n $text_file ]]; then
    out="$(wcli inspect --json "$("$WINE" winepath -w "$text_file" | tr -d '\r')")"
    [[ $out == *"$RP"* && $out == *"$RP_ID"* ]] && pass "inspect the recovery text file" || fail "inspect text: $out"
    same_as_linux "inspect recovery text file" "$out" inspect --json "$text_file"
fi
if command -v zbarimg >/dev/null && command -v pdftoppm >/dev/null && [[ -s $WORK/backup/sheet.pdf ]]; then
    pdftoppm -r 150 -png -singlefile "$WORK/backup/sheet.pdf" "$WORK/sheet"
    zbarimg -q --raw "$WORK/sheet.png" 2>/dev/null | grep -q "$RP" && pass "the sheet's QR code holds the key (zbarimg)" \
        || fail "the sheet's QR code does not decode to the key"
fi

# an account: the password in Credential Manager
out="$(printf 'app-password-for-wine\n' | wcli account add winecheck --kind webdav --url https://dav.example.org/remote.php/dav/files/me --user me)"
[[ $? -eq 0 ]] && pass "account add: password stored in Credential Manager" || fail "account add: $out $(cat "$WORK/stderr")"
out="$(wcli account list --json)"
[[ $out == *'"password": "stored"'* || $out == *'"password":"stored"'* ]] && pass "account list: the password is stored" \
    || fail "account list: $out"
wcli account remove winecheck >/dev/null && pass "account remove" || fail "account remove"

echo "command-line checks under Wine: $failures failed"
((failures == 0))
