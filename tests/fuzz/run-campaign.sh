#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A longer fuzzing campaign than the suite's few seconds: runs each target for SECONDS (default 600) on the
# instrumented build, one after the other, starting from its seeds, and prints a line per target with the
# executions, the edges covered and the findings (crash, leak, timeout or out-of-memory inputs).
#
#   tests/fuzz/run-campaign.sh FUZZ_BUILD SEEDS_FROM_TESTDATA OUT [SECONDS] [TARGET...]
#
#   FUZZ_BUILD           the instrumented build, e.g. build/fuzz (the suite makes it) or build-fuzz
#   SEEDS_FROM_TESTDATA  the seeds cut from the shared volumes (build/tests/fuzz-seeds after `ctest`)
#   OUT                  a folder for the new corpora, the logs and any findings
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fuzz_build="$1" testdata_seeds="$2" out="$3" seconds="${4:-600}"
shift $(($# < 4 ? $# : 4))
targets=("$@")
if ((${#targets[@]} == 0)); then
    mapfile -t targets < <(sed -nE 's/^[[:space:]]+([a-z0-9_]+)[[:space:]]*(#.*)?$/\1/p' "$HERE/targets.cmake")
fi

printf '%-20s %12s %8s %8s %s\n' target executions edges features findings
for target in "${targets[@]}"; do
    corpus="$out/corpus/$target" && mkdir -p "$corpus" "$out/findings/$target" "$out/logs"
    seeds=()
    [[ -d $HERE/corpus/$target ]] && seeds+=("$HERE/corpus/$target")
    [[ -d $testdata_seeds/$target ]] && seeds+=("$testdata_seeds/$target")
    log="$out/logs/$target.log"
    # libFuzzer exits non-zero on a finding; the table says so.
    "$fuzz_build/bin/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$out/findings/$target/" "$corpus" "${seeds[@]}" >"$log" 2>&1 || true
    executions="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n 1)"
    edges="$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')"
    features="$(grep -oE 'ft: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')"
    findings="$(find "$out/findings/$target" -type f | wc -l)"
    printf '%-20s %12s %8s %8s %s\n' "$target" "${executions:-?}" "${edges:-?}" "${features:-?}" \
        "$( ((findings == 0)) && echo none || echo "$findings in $out/findings/$target")"
done
