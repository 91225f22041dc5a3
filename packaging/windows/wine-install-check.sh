#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The installer under Wine: installs silently, runs the installed keyhaven-cli.exe --version, takes a
# screenshot of the installed wizard's first page in English, Japanese and Norwegian (Wine's own window
# system, under Xvfb), then uninstalls silently and checks that the files and the uninstall entry are gone.
#
#   wine-install-check.sh SETUP.exe BUILD_DIR     (screenshots go to BUILD_DIR/screenshots)
set -uo pipefail

SETUP="$1"
BUILD="$2"
WINE=/usr/lib/wine/wine64
export WINEPREFIX="${WINEPREFIX:-$BUILD/wineprefix}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree=;mshtml=;winedbg.exe=d"
INSTDIR_WIN='C:\Program Files\Keyhaven'
INSTDIR="$WINEPREFIX/drive_c/Program Files/Keyhaven"
UNINSTALL_KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Keyhaven'
SHOTS="$BUILD/screenshots"

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() {
    printf '  FAIL  %s\n' "$*"
    failures=$((failures + 1))
}

rm -rf "$INSTDIR"
"$WINE" "$SETUP" /S "/D=$INSTDIR_WIN"
[[ -f $INSTDIR/bin/keyhaven.exe && -f $INSTDIR/bin/keyhaven-cli.exe && -f $INSTDIR/plugins/platforms/qwindows.dll ]] \
    && pass "silent install into $INSTDIR_WIN ($(find "$INSTDIR" -type f | wc -l) files)" \
    || fail "silent install: the programs are not in $INSTDIR"
"$WINE" reg query "$UNINSTALL_KEY" /v DisplayVersion >/dev/null 2>&1 && pass "listed in Apps & features" \
    || fail "no uninstall entry"

version="$("$WINE" "$INSTDIR/bin/keyhaven-cli.exe" --version 2>&1 | tr -d '\r')"
[[ $version == *"keyhaven-cli"* && $version =~ [0-9]+\.[0-9]+\.[0-9]+ ]] && pass "installed keyhaven-cli.exe --version: $version" \
    || fail "keyhaven-cli.exe --version: $version"

# The wizard's first page, painted by Qt's windows platform plugin in a Wine window on Xvfb.
screenshot() {
    local lang="$1" out="$SHOTS/wizard-windows-wine-$lang.png"
    "$WINE" "$INSTDIR/bin/keyhaven.exe" --lang "$lang" >/dev/null 2>&1 &
    local wizard=$! i
    # The wizard's window: Wine's class "keyhaven.exe", at least 400 pixels wide (Wine's hidden helper windows are
    # smaller). Its title is the first page's, in the language asked for.
    wizard_window() {
        xwininfo -root -tree 2>/dev/null | awk '/\("keyhaven.exe" / {
            for (f = 1; f <= NF; f++) if ($f ~ /^[0-9]+x[0-9]+\+/) { split($f, size, "x"); if (size[1] + 0 >= 400) { print $1; exit } } }'
    }
    for ((i = 0; i < 120; i++)); do
        [[ -n $(wizard_window) ]] && break
        sleep 1
    done
    sleep 5 # the first paint after the window is mapped
    local window
    window="$(wizard_window)"
    if [[ -n $window ]]; then
        import -window "$window" "$out" && pass "wizard painted in $lang: $out" || fail "screenshot $lang"
    else
        fail "the wizard showed no window in $lang within 2 minutes"
    fi
    kill "$wizard" 2>/dev/null
    wineserver -k 2>/dev/null
    wait "$wizard" 2>/dev/null
}

if [[ -z ${DISPLAY:-} ]]; then
    # Runs itself again inside a private X server, for the screenshots only.
    mkdir -p "$SHOTS"
    xvfb-run -a -s "-screen 0 1100x800x24" bash -c "$(declare -f pass fail screenshot); \
        WINE=$WINE INSTDIR='$INSTDIR' SHOTS='$SHOTS' failures=0; \
        for lang in en ja nb; do screenshot \$lang; done; exit \$failures"
    shots=$?
    ((shots == 0)) || failures=$((failures + shots))
else
    mkdir -p "$SHOTS"
    for lang in en ja nb; do screenshot "$lang"; done
fi

"$WINE" "$INSTDIR/uninstall.exe" /S
# The uninstaller runs from a copy of itself in the temporary folder: wait for it.
for ((i = 0; i < 60; i++)); do
    [[ -e $INSTDIR ]] || break
    sleep 1
done
[[ ! -e $INSTDIR ]] && pass "silent uninstall removed $INSTDIR_WIN" || fail "after uninstall: $(find "$INSTDIR" | head -5)"
"$WINE" reg query "$UNINSTALL_KEY" >/dev/null 2>&1 && fail "the uninstall entry is still there" \
    || pass "the uninstall entry is gone"

echo "installer checks under Wine: $failures failed"
((failures == 0))
