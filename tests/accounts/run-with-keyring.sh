#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command inside its own D-Bus session with a real Secret Service: gnome-keyring-daemon, its
# login keyring created and unlocked with a throw-away password given on standard input. Nothing of
# the user's own session or keyring is touched; everything lives in a temporary folder.
set -euo pipefail

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-with-keyring.sh: $tool is missing (packages dbus, gnome-keyring: packaging/debian/setup.sh)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/keyhaven-keyring-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/run"
chmod 700 "$scratch/run"
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/run"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

# The daemon runs in the foreground of this session so that it can be stopped with it: a daemonised one
# outlives the bus and holds the caller's pipes open. The tests start once the Secret Service is on the bus
# (otherwise D-Bus would start a second, locked one).
dbus-run-session -- bash -c '
    printf %s "keyhaven-test-keyring" \
        | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
    keyring=$!
    trap "kill $keyring 2>/dev/null; wait $keyring 2>/dev/null" EXIT
    for _ in $(seq 200); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
            | grep -q "boolean true" && break
        sleep 0.05
    done
    "$@"' keyring "$@"
