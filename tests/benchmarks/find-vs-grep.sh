#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark, not a test: `keyhaven-cli find --id 64311DEA` vs `grep -rl` for the same 8 digits (ASCII only,
# so grep does less: no UTF-16, no binary GUID, no parsing) over the same 10,000 small files plus one key
# file. Goal: find within 2x grep. Run after packaging/debian/setup.sh; prints a Markdown table, raw
# hyperfine JSON goes to build/benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hyperfine >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
cli=${KEYHAVEN_CLI:-build/bin/keyhaven-cli}
out=build/benchmarks
mkdir -p "$out"
hay=$(mktemp -d)
trap 'rm -rf "$hay"' EXIT

python3 - "$hay" <<'PY'
import os, sys
root = sys.argv[1]
for folder in range(100):
    os.makedirs(f"{root}/{folder}")
    for n in range(100):
        guid = f"{0x10000000 + folder * 7919 + n * 104729:08X}-4587-4029-924A-BA299647998E"
        line = f"note {folder * 100 + n}: meeting at 10:30, room 6431, id {guid}\n"
        with open(f"{root}/{folder}/file-{n}.txt", "w") as f:
            f.write(line * (1 + n % 5))
text = ("\ufeffBitLocker\r\nIdentifier:\r\n\r\n\t64311DEA-4587-4029-924A-BA299647998E\r\n\r\n"
        "Recovery Key:\r\n\r\n\t235818-357951-253979-013365-241120-245575-342914-591910\r\n")
with open(f"{root}/42/BitLocker Recovery Key 64311DEA.TXT", "wb") as f:
    f.write(text.encode("utf-16-le"))
PY

hyperfine -N -i --warmup 2 --runs 20 --export-json "$out/find.json" \
    --command-name keyhaven "$cli find --id 64311DEA $hay" \
    --command-name grep "grep -rli 64311DEA $hay" >/dev/null

mean() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$@"; }
k=$(mean "$out/find.json" 0); g=$(mean "$out/find.json" 1)
echo "| 10,001 files | keyhaven find (s) | grep -rli (s) | ratio |"
echo "| --- | ---: | ---: | ---: |"
printf '| %s | %.3f | %.3f | %.2f |\n' "$(find "$hay" -type f | wc -l) files" "$k" "$g" "$(python3 -c "print($k/$g)")"
