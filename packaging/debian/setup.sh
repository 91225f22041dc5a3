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
    # tests: cryptsetup is the independent check of our BitLocker and FileVault readers
    cryptsetup-bin xz-utils
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
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEYHAVEN_WERROR=$werror >/dev/null
cmake --build build --parallel "$(nproc)"
