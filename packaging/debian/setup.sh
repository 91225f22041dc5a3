#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up everything on a Debian 12 machine: installs the packages that are missing, configures and
# builds into build/. Safe to run again; it only does what is not done yet.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(
    # build
    cmake make g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev
    libssl-dev libcryptsetup-dev catch2
    # the wizard on a desktop: Qt's X11 and Wayland platform plugins (only recommended by Qt's packages)
    qt6-qpa-plugins
    # tests: cryptsetup is the independent check of our BitLocker and FileVault readers
    cryptsetup-bin xz-utils
    # the recovery sheet: QR codes (libqrencode), its self-check (ZXing-cpp), printing (CUPS), fonts
    libqrencode-dev libzxing-dev libcups2-dev fontconfig fonts-noto-cjk fonts-dejavu-core
    # a key read back from a sheet PDF (Poppler draws the page); tests photograph sheets with ImageMagick
    libpoppler-qt6-dev imagemagick
    # sheet tests: an independent QR decoder, PDF tools, a real print queue with a PDF printer
    zbar-tools poppler-utils cups cups-client printer-driver-cups-pdf
    # backup tests: a real FAT file system through FUSE, checked from outside with mtools; the find benchmark
    fusefat dosfstools mtools hyperfine
    # verify tests: a volume whose reads fail with EIO, served through FUSE (tests/cli/eio-fuse.c)
    libfuse-dev
    # the start-up benchmark and the wizard screenshots: a real X server without a screen
    xvfb xauth
    # account uploads: the keychain (QtKeychain); tests: Apache WebDAV over TLS, a real Secret Service in a
    # private D-Bus session, the loopback Crypt Server (Python), certificates made with openssl
    qtkeychain-qt6-dev apache2 apache2-utils gnome-keyring dbus libsecret-tools openssl python3
    # the fuzz targets the suite runs briefly: clang with libFuzzer and the sanitizers (tests/fuzz/suite.cmake);
    # a read-only settings folder for root in a test: unshare and mount (util-linux, mount)
    clang-14 libclang-rt-14-dev
    # the Debian package (CPack, dpkg-shlibdeps) and its validators: lintian, desktop entry, AppStream, the polkit
    # action's DTD, man pages; the metadata helper's tests: loop devices, LUKS, FAT, running as another user
    dpkg-dev fakeroot file lintian desktop-file-utils appstream libxml2-utils polkitd man-db
    mount util-linux
    # packaging/debian/test-install.sh (by hand, not CI): a clean Debian 12 root, screenshots from Xvfb
    mmdebstrap netpbm
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
# /usr: the test build is also what packaging/debian/build-deb.sh packages in CI (paths compiled in).
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYHAVEN_WERROR=$werror -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build build --parallel "$(nproc)"
