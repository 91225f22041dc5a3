#!/usr/bin/env bash
# Unpacks the shared encrypted test volumes into the build tree. Fails loudly when they are missing:
# the tests that need them must not pass silently without them.
set -euo pipefail
src=$1 dest=$2
if [ ! -d "$src" ]; then
    echo "The test volumes are missing: expected them in $src (../shared/testdata beside the project)." >&2
    exit 1
fi
mkdir -p "$dest"
stamp="$dest/.unpacked"
if [ -f "$stamp" ] && [ -z "$(find "$src" -newer "$stamp" -name '*.tar.xz')" ]; then
    echo "test volumes already unpacked in $dest"
    exit 0
fi
for archive in "$src"/*.tar.xz; do
    tar xJf "$archive" -C "$dest"
done
touch "$stamp"
echo "unpacked $(ls "$src"/*.tar.xz | wc -l) archives into $dest"
