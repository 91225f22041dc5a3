#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up time: from starting `keyhaven` to its first wizard page painted on the screen, next to a minimal
# QWizard built the same way (tests/benchmarks/minimal-wizard.cpp). Goal (issue 7): within 1.3×.
#
# All programs run on one Xvfb server (the real xcb platform, not offscreen) with
# KEYHAVEN_QUIT_AFTER_FIRST_PAINT=1 (app/QuitAfterFirstPaint.h), in the same clean environment (their own
# HOME and XDG folders: no ledger, no accounts; a D-Bus session bus as on a desktop), measured as whole
# processes by hyperfine.
#
# Usage: tests/benchmarks/startup.sh [--build DIR] [--runs N] [--warmup N] [--out DIR] [--check]
#   --build DIR   the build tree with bin/keyhaven and bin/minimal-wizard (default: build); build them with
#                 cmake --build DIR --target keyhaven minimal-wizard minimal-wizard-linked
#                 (minimal-wizard-linked, optional: the same wizard linked to all of keyhaven's libraries)
#   --runs N      measured runs of each program (default 20), after --warmup N runs (default 3)
#   --out DIR     where startup.json and startup.md go (default: DIR/benchmarks)
#   --check       exit 1 when keyhaven takes more than 1.3× the minimal wizard's time (see --metric)
#   --metric M    what --check compares: wall (mean wall-clock time, the default) or cpu (user + system time,
#                 steadier when other work shares the machine)
#   --instructions  also count the instructions each program runs (valgrind --tool=callgrind, one run each): the
#                 same on a busy machine as on an idle one; callgrind_annotate on the kept output shows where
# Needs: hyperfine, Xvfb (packages hyperfine, xvfb), python3; dbus-run-session (package dbus) when there is no
# session bus.
set -euo pipefail
cd "$(dirname "$0")/../.."

# A session bus, as on a desktop: without one, every Qt program starts dbus-launch (X11 autolaunch) by itself.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && [ -z "${KEYHAVEN_STARTUP_IN_DBUS:-}" ] \
        && command -v dbus-run-session >/dev/null; then
    KEYHAVEN_STARTUP_IN_DBUS=1 exec dbus-run-session -- "$0" "$@"
fi

build=build runs=20 warmup=3 out="" check=0 limit=1.3 metric=wall instructions=0
while [ $# -gt 0 ]; do
    case "$1" in
        --build) build=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        --check) check=1; shift ;;
        --metric) metric=$2; shift 2 ;;
        --instructions) instructions=1; shift ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "startup.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$metric" in wall|cpu) ;; *) echo "startup.sh: --metric is wall or cpu" >&2; exit 2 ;; esac
build=$(cd "$build" && pwd)
out=${out:-$build/benchmarks}
keyhaven=$build/bin/keyhaven
minimal=$build/bin/minimal-wizard
linked=$build/bin/minimal-wizard-linked
for program in "$keyhaven" "$minimal"; do
    if [ ! -x "$program" ]; then
        echo "startup.sh: $program is missing; build it: cmake --build $build --target keyhaven minimal-wizard" >&2
        exit 2
    fi
done
for tool in hyperfine Xvfb python3; do
    command -v "$tool" >/dev/null || { echo "startup.sh: $tool is not installed (packaging/debian/setup.sh)" >&2; exit 2; }
done
mkdir -p "$out"

scratch=$(mktemp -d)
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# One X server for every run: Xvfb picks a free display number and writes it to a file descriptor.
exec {displayfd}<> <(:)
Xvfb -displayfd "$displayfd" -screen 0 1600x1200x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
display=""
for _ in $(seq 100); do
    if read -r -t 0.1 -u "$displayfd" display; then break; fi
done
exec {displayfd}>&-
if [ -z "$display" ]; then
    echo "startup.sh: Xvfb did not start:" >&2
    cat "$scratch/xvfb.log" >&2
    exit 1
fi

# The same clean environment for all: their own HOME and XDG folders, the real X server, the quit switch.
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_CACHE_HOME=$scratch/home/.cache XDG_RUNTIME_DIR=$scratch/runtime
export DISPLAY=:$display QT_QPA_PLATFORM=xcb KEYHAVEN_QUIT_AFTER_FIRST_PAINT=1
unset QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS

programs=("$minimal")
[ -x "$linked" ] && programs+=("$linked")
programs+=("$keyhaven")

# Each must quit by itself after the first paint; otherwise hyperfine would wait forever.
for program in "${programs[@]}"; do
    if ! timeout 30 "$program" >"$scratch/preflight.log" 2>&1; then
        echo "startup.sh: $(basename "$program") did not quit after its first paint within 30 s:" >&2
        cat "$scratch/preflight.log" >&2
        exit 1
    fi
done

commands=()
for program in "${programs[@]}"; do
    commands+=(--command-name "$(basename "$program")" "$program")
done
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (wall times mean little when it is busy)"
hyperfine --shell=none --warmup "$warmup" --runs "$runs" \
    --export-json "$out/startup.json" --export-markdown "$out/startup.md" "${commands[@]}"

python3 - "$out/startup.json" "$limit" "$check" "$metric" <<'PYTHON'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
limit, check, metric = float(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]

def cpu(r):
    """User + system time: less disturbed than wall time by other work on the machine."""
    return r["user"] + r["system"]

print()
for name, r in results.items():
    print(f"{name:22} wall: mean {r['mean'] * 1000:6.1f} ms ± {r['stddev'] * 1000:5.1f}, "
          f"median {r['median'] * 1000:6.1f}, min {r['min'] * 1000:6.1f}   cpu: {cpu(r) * 1000:6.1f} ms")
base, app = results["minimal-wizard"], results["keyhaven"]
ratio = app["mean"] / base["mean"]
print(f"keyhaven / minimal-wizard: {ratio:.2f} (mean wall), {app['median'] / base['median']:.2f} (median wall), "
      f"{app['min'] / base['min']:.2f} (min wall), {cpu(app) / cpu(base):.2f} (cpu)")
if "minimal-wizard-linked" in results:
    linked = results["minimal-wizard-linked"]
    print(f"loading keyhaven's libraries, minimal-wizard-linked / minimal-wizard: "
          f"{linked['mean'] / base['mean']:.2f} (mean wall), {cpu(linked) / cpu(base):.2f} (cpu)")
    print(f"keyhaven's own start-up, keyhaven / minimal-wizard-linked: "
          f"{app['mean'] / linked['mean']:.2f} (mean wall), {cpu(app) / cpu(linked):.2f} (cpu)")
if metric == "cpu":
    ratio = cpu(app) / cpu(base)
print(f"goal: keyhaven within {limit}x of minimal-wizard ({'cpu' if metric == 'cpu' else 'mean wall'}): "
      f"{ratio:.2f}, {'met' if ratio <= limit else 'NOT met'}")
if check and ratio > limit:
    sys.exit(1)
PYTHON
echo "results: $out/startup.json, $out/startup.md"

if [ "$instructions" = 1 ]; then
    command -v valgrind >/dev/null || { echo "startup.sh: --instructions needs valgrind" >&2; exit 2; }
    echo
    declare -A counts
    for program in "${programs[@]}"; do
        name=$(basename "$program")
        valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.$name" "$program" >"$scratch/valgrind.log" 2>&1
        count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$scratch/valgrind.log")
        awk -v name="$name" -v count="$count" -v file="$out/callgrind.$name" \
            'BEGIN { printf "%-22s %6.1f million instructions (%s)\n", name, count / 1e6, file }'
        counts[$name]=$count
    done
    awk -v app="${counts[keyhaven]}" -v base="${counts[minimal-wizard]}" \
        'BEGIN { printf "keyhaven / minimal-wizard: %.2f (instructions)\n", app / base }'
fi
