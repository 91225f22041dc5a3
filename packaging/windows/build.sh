#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The before-release check for Windows: builds Keyhaven and its tests for 64-bit Windows with the prefix made
# by build-deps.sh, runs the suites that make sense under Wine (a line per suite with its pass/fail counts),
# runs the command-line checks of packaging/windows/wine-checks.sh, and builds the NSIS installer with every
# DLL and Qt plugin the programs load, Qt's and Keyhaven's translations and the icon. Then installs it
# silently under Wine, runs the installed programs, and uninstalls it.
#
#   KEYHAVEN_MINGW_PREFIX   the dependencies                     (default /opt/keyhaven-mingw)
#   KEYHAVEN_WINDOWS_BUILD  the build folder                     (default <repo>/build-windows)
#   KEYHAVEN_SHARED_TESTDATA the shared test volumes             (default <repo>/../shared/testdata)
#   JOBS                    parallel compile jobs                (default: number of CPUs)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PREFIX="${KEYHAVEN_MINGW_PREFIX:-/opt/keyhaven-mingw}"
BUILD="${KEYHAVEN_WINDOWS_BUILD:-$REPO/build-windows}"
TESTDATA_SRC="${KEYHAVEN_SHARED_TESTDATA:-$REPO/../shared/testdata}"
JOBS="${JOBS:-$(nproc)}"
TRIPLE=x86_64-w64-mingw32
WINE=/usr/lib/wine/wine64
WINESERVER=/usr/lib/wine/wineserver64
HOST_QT_CMAKE_DIR="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)/cmake"
STAGE="$BUILD/stage"
export WINEPREFIX="$BUILD/wineprefix"
export WINEDEBUG=-all
# No Mono or Gecko installers (nothing here needs .NET or a browser engine), and no debugger window when a
# program crashes: the crash is reported as a failure and the run goes on.
export WINEDLLOVERRIDES="mscoree=;mshtml=;winedbg.exe=d"

# Suites that run under Wine, and those that do not (README.md, "Windows" says why).
WINE_SUITES=(test_keys test_formats test_volumes test_platform test_cli test_backup test_sheet test_i18n
             test_windows)

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# Wine needs an X display even for programs that show no window: without one it cannot make the hidden window
# through which Qt's event loop is woken from other threads, and a program waiting for a worker thread hangs.
# One private Xvfb serves every Wine run here (and the screenshots of the installed wizard).
start_private_display() {
    local number
    for number in $(seq 90 120); do
        [[ -e /tmp/.X$number-lock || -e /tmp/.X11-unix/X$number ]] && continue
        Xvfb ":$number" -screen 0 1100x800x24 -nolisten tcp >/dev/null 2>&1 &
        XVFB_PID=$!
        local i
        for ((i = 0; i < 50; i++)); do
            [[ -e /tmp/.X11-unix/X$number ]] && break
            sleep 0.1
        done
        export DISPLAY=":$number"
        trap '"$WINESERVER" -k 2>/dev/null; kill $XVFB_PID 2>/dev/null' EXIT
        return
    done
    echo "build.sh: no free X display number for Xvfb" >&2
    exit 3
}
step_started=$SECONDS
step() {
    log "$* (previous step: $((SECONDS - step_started)) s)"
    step_started=$SECONDS
}

check_prefix() {
    local component
    for component in qtbase qttranslations qtkeychain catch2 qrencode zxing_cpp openssl; do
        if [[ ! -f $PREFIX/share/keyhaven-mingw/$component ]]; then
            echo "build.sh: $component is not in $PREFIX; run packaging/windows/build-deps.sh first" >&2
            exit 3
        fi
    done
}

configure_and_build() {
    step "configuring in $BUILD"
    cmake -S "$REPO" -B "$BUILD" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$REPO/cmake/MinGW-w64-x86_64.cmake" -DKEYHAVEN_MINGW_PREFIX="$PREFIX" \
        -DCMAKE_PREFIX_PATH="$PREFIX" -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR="$HOST_QT_CMAKE_DIR" \
        -DOPENSSL_ROOT_DIR="$PREFIX" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CROSSCOMPILING_EMULATOR="$WINE" -DKEYHAVEN_SHARED_TESTDATA="$TESTDATA_SRC" \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    step "building keyhaven.exe, keyhaven-cli.exe and the suites"
    cmake --build "$BUILD" -j "$JOBS" --target keyhaven keyhaven-cli "${WINE_SUITES[@]}"
}

# --- the programs' DLLs -----------------------------------------------------------------------------------

RUNTIME_DIRS=(
    "$PREFIX/bin"
    "$PREFIX/lib" # libqrencode's install puts its DLL there
    "$(dirname "$($TRIPLE-g++-posix -print-libgcc-file-name)")"
    "/usr/$TRIPLE/lib"
)

dll_imports() {
    $TRIPLE-objdump -p "$1" | awk '/DLL Name:/ { print $3 }'
}

find_runtime_dll() {
    local dir
    for dir in "${RUNTIME_DIRS[@]}"; do
        if [[ -f $dir/$1 ]]; then
            printf '%s\n' "$dir/$1"
            return
        fi
    done
}

# Copies into `dest` every DLL that the given executables and plugins import, directly or through another
# DLL, that is not part of Windows. Fails when one cannot be found: the program would not start.
copy_dll_closure() {
    local dest="$1"
    shift
    local -a queue=("$@")
    local -A seen=()
    while ((${#queue[@]})); do
        local file="${queue[0]}"
        queue=("${queue[@]:1}")
        local dll
        for dll in $(dll_imports "$file"); do
            local key="${dll,,}"
            [[ -n ${seen[$key]:-} ]] && continue
            seen[$key]=1
            local found
            found="$(find_runtime_dll "$dll")"
            if [[ -z $found ]]; then
                # Windows' own DLLs (kernel32.dll, winspool.drv, api-ms-win-*, …) are in no runtime folder.
                if [[ -f "/usr/$TRIPLE/lib/lib${key%.*}.a" || $key == api-ms-win-* || $key == ext-ms-* ]]; then
                    continue
                fi
                echo "build.sh: $file imports $dll, which is neither Windows' nor in ${RUNTIME_DIRS[*]}" >&2
                exit 3
            fi
            cp -u "$found" "$dest/"
            queue+=("$found")
        done
    done
}

# The Qt plugins the programs load: the platforms (windows for people, offscreen for tests), the style,
# TLS through Schannel, and the image formats.
QT_PLUGINS=(
    platforms/qwindows.dll platforms/qoffscreen.dll styles/qwindowsvistastyle.dll
    tls/qschannelbackend.dll tls/qcertonlybackend.dll
    imageformats/qico.dll imageformats/qgif.dll imageformats/qjpeg.dll
)

stage_programs() {
    step "staging the programs, their DLLs, Qt plugins and translations in $STAGE"
    rm -rf "$STAGE" && mkdir -p "$STAGE/bin" "$STAGE/plugins" "$STAGE/translations"
    cp "$BUILD/bin/keyhaven.exe" "$BUILD/bin/keyhaven-cli.exe" "$STAGE/bin/"
    local plugin
    local -a binaries=("$STAGE/bin/keyhaven.exe" "$STAGE/bin/keyhaven-cli.exe")
    for plugin in "${QT_PLUGINS[@]}"; do
        mkdir -p "$STAGE/plugins/$(dirname "$plugin")"
        cp "$PREFIX/plugins/$plugin" "$STAGE/plugins/$plugin"
        binaries+=("$STAGE/plugins/$plugin")
    done
    copy_dll_closure "$STAGE/bin" "${binaries[@]}"
    # What is installed carries no debug information (the build folder keeps it, for crash dumps).
    find "$STAGE" \( -name '*.exe' -o -name '*.dll' \) -exec "$TRIPLE-strip" --strip-debug {} +
    cp "$PREFIX"/translations/qtbase_*.qm "$STAGE/translations/"
    # Qt finds its plugins and translations beside the programs, wherever they are installed.
    printf '[Paths]\nPrefix = ..\nPlugins = plugins\nTranslations = translations\n' >"$STAGE/bin/qt.conf"
    cp "$REPO/LICENSE" "$STAGE/LICENSE.txt"
    log "staged: $(find "$STAGE" -type f | wc -l) files, $(du -sh "$STAGE" | cut -f1)"
}

# --- tests under Wine -------------------------------------------------------------------------------------

prepare_wine() {
    step "preparing the Wine prefix $WINEPREFIX"
    mkdir -p "$WINEPREFIX"
    [[ -f $WINEPREFIX/system.reg ]] || "$WINE" wineboot --init >/dev/null 2>&1 || true
    "$REPO/tests/support/unpack-testdata.sh" "$TESTDATA_SRC" "$BUILD/testdata"
    # The suites find the DLLs beside them, and Qt's plugins and translations in the prefix.
    copy_dll_closure "$BUILD/bin" "$BUILD"/bin/*.exe
    printf '[Paths]\nPrefix = %s\n' "$("$WINE" winepath -w "$PREFIX" 2>/dev/null | tr -d '\r' | tr '\\' /)" \
        >"$BUILD/bin/qt.conf"
}

# Prints "SUITE: P passed, F failed (of N test cases)" from Catch2's summary line.
suite_counts() {
    local suite="$1" output="$2"
    local total passed failed
    if grep -q '^All tests passed' "$output"; then
        total="$(grep '^All tests passed' "$output" | grep -o '[0-9]* test case' | grep -o '[0-9]*')"
        passed=$total failed=0
    elif grep -q '^test cases:' "$output"; then
        local line
        line="$(grep '^test cases:' "$output" | tail -n 1)"
        total="$(sed -E 's/^test cases: *([0-9]+).*/\1/' <<<"$line")"
        passed="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
        failed="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
    else
        printf '%-22s did not finish (no Catch2 summary; see %s)\n' "$suite:" "$output"
        return 1
    fi
    printf '%-22s %3s passed, %3s failed (of %s test cases)\n' "$suite:" "$passed" "$failed" "$total"
    ((failed == 0))
}

run_suites() {
    step "running the suites under Wine"
    local suite status=0 started
    mkdir -p "$BUILD/wine-results"
    : >"$BUILD/wine-results/summary.txt"
    for suite in "${WINE_SUITES[@]}"; do
        started=$SECONDS
        local output="$BUILD/wine-results/$suite.txt"
        # The suites choose their Qt platform themselves (tests/main.cpp): Wine passes no QT_* variable on.
        local -a run=("$WINE" "./$suite.exe")
        (
            cd "$BUILD/bin"
            KEYHAVEN_TESTDATA="$BUILD/testdata" timeout 900 "${run[@]}" >"$output" 2>&1
        ) || true
        suite_counts "$suite" "$output" | sed "s/\$/  [$((SECONDS - started)) s]/" | tee -a "$BUILD/wine-results/summary.txt" \
            || status=1
    done
    return $status
}

# --- the installer ----------------------------------------------------------------------------------------

build_installer() {
    step "building the installer with NSIS"
    local version
    version="$(sed -nE 's/^project\(Keyhaven VERSION ([0-9.]+).*/\1/p' "$REPO/CMakeLists.txt")"
    python3 "$HERE/png-to-ico.py" "$BUILD/keyhaven.ico" "$REPO"/resources/icons/keyhaven-{32,64,128}.png
    mkdir -p "$BUILD/installer"
    makensis -V2 -DVERSION="$version" -DSTAGE="$STAGE" -DICON="$BUILD/keyhaven.ico" \
        -DOUTFILE="$BUILD/installer/keyhaven-$version-setup.exe" "$HERE/keyhaven.nsi"
    INSTALLER="$BUILD/installer/keyhaven-$version-setup.exe"
    log "installer: $INSTALLER ($(du -h "$INSTALLER" | cut -f1))"
}

main() {
    local started=$SECONDS
    check_prefix
    configure_and_build
    stage_programs
    start_private_display
    prepare_wine
    local suites=0
    run_suites || suites=1
    step "command-line checks under Wine"
    local checks=0
    "$HERE/wine-checks.sh" "$BUILD" || checks=1
    build_installer
    step "installing, running and uninstalling under Wine"
    local install=0
    "$HERE/wine-install-check.sh" "$INSTALLER" "$BUILD" || install=1
    step "done in $((SECONDS - started)) s"
    echo
    echo "Installer: $INSTALLER"
    echo "Suites under Wine:"
    sed 's/^/    /' "$BUILD/wine-results/summary.txt"
    ((suites == 0 && checks == 0 && install == 0))
}

main "$@"
