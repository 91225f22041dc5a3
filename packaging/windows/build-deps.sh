#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-builds Keyhaven's dependencies for 64-bit Windows from Debian's own source packages, with Debian's
# MinGW-w64: Qt's qtbase, OpenSSL's libcrypto, libqrencode, ZXing-cpp, QtKeychain and Catch2, into one
# prefix (default /opt/keyhaven-mingw), with Qt's own translations (Debian's qt6-translations-l10n: .qm
# files are the same on every platform). A component whose recorded version (source package version and
# the recipe below) matches is reused; one that differs is rebuilt. Records: $PREFIX/share/keyhaven-mingw.
#
# The sources come through this machine's own apt configuration: its enabled entries for this Debian
# release are copied as deb-src entries into a private apt configuration under the work folder. The
# system's apt configuration is not changed. Where the archive serves only part of a source package, see
# fetch_source below.
#
#   packaging/windows/build-deps.sh [COMPONENT...]   (default: all; names in COMPONENTS below)
#
#   KEYHAVEN_MINGW_PREFIX   where the Windows libraries go       (default /opt/keyhaven-mingw)
#   KEYHAVEN_MINGW_WORK     sources, build trees and logs         (default /var/tmp/keyhaven-mingw-work)
#   KEYHAVEN_MINGW_SOURCES  upstream tarballs for packages the archive does not serve (optional)
#   JOBS                    parallel compile jobs                 (default: number of CPUs)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
PREFIX="${KEYHAVEN_MINGW_PREFIX:-/opt/keyhaven-mingw}"
WORK="${KEYHAVEN_MINGW_WORK:-/var/tmp/keyhaven-mingw-work}"
JOBS="${JOBS:-$(nproc)}"
TRIPLE=x86_64-w64-mingw32
TOOLCHAIN="$REPO/cmake/MinGW-w64-x86_64.cmake"
HOST_QT=/usr
HOST_QT_CMAKE_DIR="$HOST_QT/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch)/cmake"
RECORDS="$PREFIX/share/keyhaven-mingw"

HOST_PACKAGES=(
    g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64
    cmake ninja-build make perl pkgconf dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    wine64 nsis xvfb xauth
    # for build.sh's checks: JSON, the sheet's QR code, windows and screenshots on Xvfb
    jq zbar-tools poppler-utils x11-utils imagemagick
)

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

install_host_packages() {
    local missing=()
    for package in "${HOST_PACKAGES[@]}"; do
        [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" == "install ok installed" ]] || missing+=("$package")
    done
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -o DPkg::Lock::Timeout=600 "${missing[@]}"
    fi
}

# --- a private apt configuration with source entries --------------------------------------------------------

APT_DIR="$WORK/apt"
APT_OPTIONS=(
    -o "Dir::Etc::SourceList=$APT_DIR/sources.list"
    -o "Dir::Etc::SourceParts=$APT_DIR/sources.list.d"
    -o "Dir::State::Lists=$APT_DIR/lists"
    -o "Dir::Cache=$APT_DIR/cache"
    -o "APT::Sandbox::User=root"
)

codename() { . /etc/os-release && printf '%s' "${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}"; }

# One-line entries: every "deb" line for this release becomes a "deb-src" line.
derive_list_entries() {
    local release="$1" file="$2"
    sed -n -E "s/^[[:space:]]*deb([[:space:]]+\[[^]]*\])?[[:space:]]+([^[:space:]]+)[[:space:]]+(${release}[^[:space:]]*)(.*)$/deb-src\1 \2 \3\4/p" "$file"
}

# deb822 entries: every stanza of type deb whose suites belong to this release becomes a deb-src stanza.
derive_sources_entries() {
    local release="$1" file="$2"
    awk -v release="$release" '
        function flush() {
            if (stanza != "" && isdeb && forrelease && enabled) {
                gsub(/(^|\n)Types:[^\n]*/, "\nTypes: deb-src", stanza)
                sub(/^\n/, "", stanza)
                print stanza "\n"
            }
            stanza = ""; isdeb = 0; forrelease = 0; enabled = 1
        }
        BEGIN { enabled = 1 }
        /^[[:space:]]*$/ { flush(); next }
        /^#/ { next }
        /^Types:/ { if ($0 ~ /[[:space:]]deb([[:space:]]|$)/) isdeb = 1 }
        /^Suites:/ { for (i = 2; i <= NF; i++) if (index($i, release) == 1) forrelease = 1 }
        /^Enabled:[[:space:]]*no/ { enabled = 0 }
        { stanza = stanza "\n" $0 }
        END { flush() }
    ' "$file"
}

prepare_private_apt() {
    local release
    release="$(codename)"
    mkdir -p "$APT_DIR/sources.list.d" "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial"
    : >"$APT_DIR/sources.list"
    rm -f "$APT_DIR/sources.list.d/"*
    [[ -f /etc/apt/sources.list ]] && derive_list_entries "$release" /etc/apt/sources.list >>"$APT_DIR/sources.list"
    local file
    for file in /etc/apt/sources.list.d/*.list; do
        [[ -f $file ]] && derive_list_entries "$release" "$file" >>"$APT_DIR/sources.list"
    done
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f $file ]] && derive_sources_entries "$release" "$file" >"$APT_DIR/sources.list.d/$(basename "$file")"
    done
    if ! grep -qs deb-src "$APT_DIR/sources.list" && ! grep -qs 'deb-src' "$APT_DIR/sources.list.d/"*; then
        echo "build-deps.sh: no apt entry for Debian $release found in /etc/apt to derive source entries from" >&2
        exit 3
    fi
    log "updating the private apt source lists ($APT_DIR)"
    apt-get "${APT_OPTIONS[@]}" update -qq
}

source_version() {
    apt-cache "${APT_OPTIONS[@]}" showsrc "$1" | awk '/^Version:/ { print $2 }' | sort -V | tail -n 1
}

# The files of a source package as apt would fetch them: "NAME SHA256" lines.
source_files() {
    apt-get "${APT_OPTIONS[@]}" source --print-uris -qq "$1=$2" 2>/dev/null \
        | awk -F"'" 'NF >= 3 { split($3, f, " "); sub(/^SHA256:/, "", f[3]); print f[1], f[3] }'
}

# Downloads and unpacks (once) the source package into SOURCE_TREE; SOURCE_NOTE (empty, or what was used
# instead of Debian's complete source package) goes into the version record.
#
# Some archive mirrors serve only part of the sources. Then, in this order:
# - the upstream tarball from the .dsc alone, when it came (apt checked it against the Sources index), without
#   Debian's patches;
# - an upstream tarball of the same version from $KEYHAVEN_MINGW_SOURCES, named like Debian's
#   (PACKAGE_VERSION.orig.tar.*), recorded with its own SHA-256.
fetch_source() {
    local package="$1" version="$2" into="$WORK/src/$1_$2"
    SOURCE_TREE="$into/tree"
    SOURCE_NOTE=""
    if [[ -f $into/.unpacked ]]; then
        SOURCE_NOTE="$(cat "$into/.unpacked")"
        return
    fi
    rm -rf "$into" && mkdir -p "$into"
    local files
    files="$(source_files "$package" "$version")"
    [[ -n $files ]] || { echo "build-deps.sh: apt lists no files for $package $version" >&2; return 1; }
    (cd "$into" && apt-get "${APT_OPTIONS[@]}" source -qq --download-only "$package=$version" >&2) || true
    local name missing=0 orig="" sum
    while read -r name sum; do
        [[ -f $into/$name ]] || missing=1
        [[ $name =~ \.orig\.tar\.[a-z0-9]+$ ]] && orig="$name"
    done <<<"$files"
    if ((missing == 0)); then
        dpkg-source --no-check -x "$into/$(grep -o '^[^ ]*\.dsc' <<<"$files")" "$SOURCE_TREE" >&2
    elif [[ -n $orig && -f $into/$orig ]]; then
        sum="$(awk -v n="$orig" '$1 == n { print $2 }' <<<"$files")"
        [[ "$(sha256sum <"$into/$orig" | cut -d' ' -f1)" == "$sum" ]] \
            || { echo "build-deps.sh: $orig does not match the Sources index" >&2; return 1; }
        unpack_tarball "$into/$orig"
        SOURCE_NOTE="upstream-tarball-without-debian-patches"
        log "$package: the archive did not serve all of $package $version; built from its upstream tarball (checked against the Sources index) without Debian's patches"
    else
        local local_tarball
        local_tarball="$(find "${KEYHAVEN_MINGW_SOURCES:-/nonexistent}" -maxdepth 1 \
            -name "${package}_${version%%-*}.orig.tar.*" 2>/dev/null | head -n 1)"
        if [[ -z $local_tarball ]]; then
            echo "build-deps.sh: the archive did not serve the sources of $package $version. Put its upstream" \
                "tarball in \$KEYHAVEN_MINGW_SOURCES as ${package}_${version%%-*}.orig.tar.gz (or .xz) and run again." >&2
            return 1
        fi
        unpack_tarball "$local_tarball"
        SOURCE_NOTE="local-tarball=$(basename "$local_tarball"):sha256=$(sha256sum <"$local_tarball" | cut -c1-16)"
        log "$package: the archive did not serve $package $version; built from $local_tarball without Debian's patches"
    fi
    printf '%s' "$SOURCE_NOTE" >"$into/.unpacked"
}

unpack_tarball() {
    mkdir -p "$SOURCE_TREE" && tar -xf "$1" -C "$SOURCE_TREE" --strip-components=1
}

# --- version records --------------------------------------------------------------------------------------

# A component's record: the source version and a digest of its recipe and of the toolchain file.
wanted_record() {
    local component="$1" version="$2"
    printf '%s %s recipe=%s\n' "$component" "$version" \
        "$( (declare -f "build_$component"; cat "$TOOLCHAIN") | sha256sum | cut -c1-16)"
}

# The note after the recipe (upstream-tarball-only) does not count.
is_current() { [[ -f $RECORDS/$1 && "$(cat "$RECORDS/$1")" == "$2"* ]]; }

record() { mkdir -p "$RECORDS" && printf '%s\n' "$2" >"$RECORDS/$1"; }

# A build tree left by an interrupted run of the same recipe and toolchain file (CMake keeps the file's path
# in the tree) is resumed: qtbase alone is about 30 minutes of a 2-core machine. Any other tree is removed
# first. Returns 0 when the tree was kept.
resume_or_clear() {
    local build="$1" stamp="$WANTED toolchain=$TOOLCHAIN"
    if [[ -f $build/.keyhaven-recipe && "$(cat "$build/.keyhaven-recipe")" == "$stamp" ]]; then
        log "resuming the interrupted build in $build"
        return 0
    fi
    rm -rf "$build" && mkdir -p "$build" && printf '%s' "$stamp" >"$build/.keyhaven-recipe"
    return 1
}

cmake_cross() {
    cmake -G Ninja -DCMAKE_TOOLCHAIN_FILE="$TOOLCHAIN" -DKEYHAVEN_MINGW_PREFIX="$PREFIX" \
        -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_PREFIX_PATH="$PREFIX" -DCMAKE_BUILD_TYPE=Release "$@"
}

# --- the components ---------------------------------------------------------------------------------------

build_catch2() {
    local src="$1" build="$WORK/build/catch2"
    resume_or_clear "$build" || true
    cmake_cross -S "$src" -B "$build" -DCATCH_BUILD_TESTING=OFF -DCATCH_INSTALL_DOCS=OFF -DCATCH_INSTALL_HELPERS=ON
    cmake --build "$build" && cmake --install "$build"
}

build_qrencode() {
    local src="$1" build="$WORK/build/qrencode"
    resume_or_clear "$build" || true
    cmake_cross -S "$src" -B "$build" -DBUILD_SHARED_LIBS=ON -DWITH_TOOLS=NO -DWITH_TESTS=NO
    cmake --build "$build" -j "$JOBS" && cmake --install "$build"
}

build_zxing_cpp() {
    local src="$1" build="$WORK/build/zxing-cpp"
    resume_or_clear "$build" || true
    cmake_cross -S "$src" -B "$build" -DBUILD_SHARED_LIBS=ON -DBUILD_EXAMPLES=OFF -DBUILD_BLACKBOX_TESTS=OFF \
        -DBUILD_UNIT_TESTS=OFF -DBUILD_PYTHON_MODULE=OFF
    cmake --build "$build" -j "$JOBS" && cmake --install "$build"
}

# libcrypto (and libssl, which comes with it) as DLLs; no programs, engines or documentation.
build_openssl() {
    local src="$1" build="$WORK/build/openssl"
    local resumed=0
    resume_or_clear "$build" && resumed=1
    (
        cd "$build"
        # Configuring again would rewrite the generated headers and rebuild everything.
        ((resumed)) && [[ -f Makefile ]] || "$src/Configure" mingw64 --cross-compile-prefix="$TRIPLE-" --prefix="$PREFIX" --libdir=lib \
            shared no-tests no-engine no-module
        make -j "$JOBS" build_libs
        make install_dev install_runtime_libs
    )
}

# qtbase 6.4.2 for Windows: shared, release, no SQL or D-Bus, Schannel for TLS. Debian's repack removes
# src/3rdparty/wintab, so tablet events are off; 6.4.2's qwindowswindow.cpp needs OpenGL, so it is on.
# Direct2D stays on: 6.4.2 compiles QtGui's DirectWrite font engine only with it, while the windows platform
# plugin and QtPrintSupport use that engine whenever DirectWrite is on (with it off they fail to link).
build_qtbase() {
    local src="$1" build="$WORK/build/qtbase"
    resume_or_clear "$build" || true
    cmake_cross -S "$src" -B "$build" -DQT_HOST_PATH="$HOST_QT" -DQT_HOST_PATH_CMAKE_DIR="$HOST_QT_CMAKE_DIR" -DBUILD_SHARED_LIBS=ON \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DFEATURE_sql=OFF -DFEATURE_dbus=OFF -DFEATURE_testlib=OFF -DFEATURE_xml=OFF \
        -DFEATURE_openssl=OFF -DFEATURE_schannel=ON -DFEATURE_tabletevent=OFF -DINPUT_opengl=desktop \
        -DFEATURE_direct2d=ON -DFEATURE_vulkan=OFF
    # -k 0: a failing step does not stop the others, so a second pass only redoes what failed.
    cmake --build "$build" -j "$JOBS" -- -k 0 || cmake --build "$build" -j "$JOBS"
    cmake --install "$build"
}

# The Qt translations Keyhaven ships (qtbase_*.qm): .qm files do not depend on the platform, so Debian's own
# build of qt6-translations (the binary package qt6-translations-l10n) is used as it is.
install_qttranslations() {
    mkdir -p "$PREFIX/translations"
    cp /usr/share/qt6/translations/qtbase_*.qm "$PREFIX/translations/"
}

build_qtkeychain() {
    local src="$1" build="$WORK/build/qtkeychain"
    resume_or_clear "$build" || true
    cmake_cross -S "$src" -B "$build" -DQT_HOST_PATH="$HOST_QT" -DQT_HOST_PATH_CMAKE_DIR="$HOST_QT_CMAKE_DIR" -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=ON \
        -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
    cmake --build "$build" -j "$JOBS" && cmake --install "$build"
}

# component  source-package
# Qt first: it takes longest, and the others are quick to redo.
COMPONENTS=(
    "qtbase qt6-base"
    "qtkeychain qtkeychain"
    "catch2 catch2"
    "qrencode qrencode"
    "zxing_cpp zxing-cpp"
    "openssl openssl"
)

build_component() {
    local component="$1" package="$2" version src wanted started
    version="$(source_version "$package")"
    [[ -n $version ]] || { echo "build-deps.sh: apt knows no source package $package" >&2; exit 3; }
    wanted="$(wanted_record "$component" "$version")"
    WANTED="$wanted"
    if is_current "$component" "$wanted"; then
        log "$component: $package $version already in $PREFIX"
        return
    fi
    started=$SECONDS
    log "$component: fetching $package $version"
    fetch_source "$package" "$version"
    src="$SOURCE_TREE"
    [[ -z $SOURCE_NOTE ]] || wanted="$wanted $SOURCE_NOTE"
    log "$component: building (log: $WORK/logs/$component.log)"
    mkdir -p "$WORK/logs"
    local status=0
    set +e
    (set -e && "build_$component" "$src") >"$WORK/logs/$component.log" 2>&1
    status=$?
    set -e
    if ((status != 0)); then
        tail -n 40 "$WORK/logs/$component.log" >&2
        echo "build-deps.sh: $component failed; the whole log is $WORK/logs/$component.log" >&2
        exit 3
    fi
    record "$component" "$wanted"
    log "$component: $package $version installed in $((SECONDS - started)) s"
}

main() {
    install_host_packages
    prepare_private_apt
    mkdir -p "$PREFIX" "$WORK"
    # Arguments name the components to build (default: all of them).
    local only=" $* " entry
    for entry in "${COMPONENTS[@]}"; do
        # shellcheck disable=SC2086 # two words: component and package
        set -- $entry
        if [[ $only == "  " || $only == *" $1 "* ]]; then
            build_component "$1" "$2"
        fi
    done
    if [[ $only == "  " || $only == *" qttranslations "* ]]; then
        local translations
        translations="qttranslations qt6-translations-l10n $(dpkg-query -W -f='${Version}' qt6-translations-l10n)"
        if ! is_current qttranslations "$translations"; then
            install_qttranslations
            record qttranslations "$translations"
        fi
        log "qttranslations: $translations"
    fi
    log "all dependencies in $PREFIX:"
    sed 's/^/    /' "$RECORDS"/*
}

main "$@"
