#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package keyhaven_<version>_<arch>.deb with CPack (packaging/debian/CPackDeb.cmake) and
# prints its path. Usage: packaging/debian/build-deb.sh [BUILD_DIR]
#   BUILD_DIR  a build folder to package; default build-deb/, configured here as a Release build without tests.
#              An existing one (such as the test build, build/) is reused if it was configured for /usr.
# Needs what packaging/debian/setup.sh installs (dpkg-dev for dpkg-shlibdeps among it).
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build-deb}"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DKEYHAVEN_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
fi
prefix=$(sed -n 's/^CMAKE_INSTALL_PREFIX:PATH=//p' "$build/CMakeCache.txt")
if [ "$prefix" != "/usr" ]; then
    echo "build-deb.sh: $build is configured for $prefix; a Debian package needs CMAKE_INSTALL_PREFIX=/usr" >&2
    exit 2
fi
cmake --build "$build" --parallel "$(nproc)" >/dev/null
rm -f "$build"/keyhaven_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/keyhaven_*.deb)
echo "$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
