#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark, not a test: `keyhaven-cli check` over a ledger of 1,000 copies in local files (goal: well under a
# second per 100 copies), and `keyhaven-cli inspect` of a 12-megapixel photo of the recovery sheet (goal: under a
# second). Run after packaging/debian/setup.sh; prints Markdown tables, raw hyperfine JSON goes to build/benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hyperfine convert pdftoppm; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run packaging/debian/setup.sh" >&2; exit 1; }
done
cli=$(realpath "${KEYHAVEN_CLI:-build/bin/keyhaven-cli}")
out=$(realpath -m build/benchmarks)
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen KEYHAVEN_LEDGER="$work/saved.json"
key=235818-357951-253979-013365-241120-245575-342914-591910
id=64311DEA-4587-4029-924A-BA299647998E

# One real copy and a sheet, written and recorded by keyhaven itself; then 1,000 copies of the file in their own
# folders, each in the ledger as Keyhaven records a copy (the hash of the bytes written).
mkdir -p "$work/first"
echo "$key" | "$cli" backup --to "text:$work/first" --to "sheet:$work/sheet.pdf" --id "$id" >/dev/null
python3 - "$work" <<'PY'
import hashlib, json, os, shutil, sys
work = sys.argv[1]
saved = json.load(open(f"{work}/saved.json"))["entries"]
text = next(e for e in saved if e["target"] == "text")
entries = []
for n in range(1000):
    folder = f"{work}/copies/{n:04d}"
    os.makedirs(folder)
    path = f"{folder}/{os.path.basename(text['location'])}"
    shutil.copyfile(text["location"], path)
    entries.append(dict(text, location=path, sha256=hashlib.sha256(open(path, "rb").read()).hexdigest()))
json.dump({"version": 1, "entries": entries}, open(f"{work}/ledger-1000.json", "w"))
PY

hyperfine -N --warmup 1 --runs 10 --export-json "$out/check.json" \
    --command-name "check, 1,000 copies" "$cli check --ledger $work/ledger-1000.json" >/dev/null

# A 12-megapixel phone photo of the printed sheet: the page at 300 dpi, on a grey table, turned 4°, JPEG.
pdftoppm -r 300 -png -singlefile "$work/sheet.pdf" "$work/page"
convert "$work/page.png" -resize x3600 -background gray30 -gravity center -extent 3000x4000 -rotate 4 \
    -gravity center -crop 3000x4000+0+0 +repage -quality 90 "$work/photo-12mp.jpg"
hyperfine -N --warmup 1 --runs 10 --export-json "$out/photo.json" \
    --command-name "inspect, 12 MP photo" "$cli inspect $work/photo-12mp.jpg" \
    --command-name "inspect, sheet PDF" "$cli inspect $work/sheet.pdf" >/dev/null

stat() { python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]; print('%.3f | %.3f | %.3f' % (r['mean'], r['min'], r['max']))" "$@"; }
echo "| command | mean (s) | min (s) | max (s) |"
echo "| --- | ---: | ---: | ---: |"
echo "| check, 1,000 copies in local files | $(stat "$out/check.json" 0) |"
echo "| inspect, 12-megapixel JPEG ($(identify -format %wx%h "$work/photo-12mp.jpg")) | $(stat "$out/photo.json" 0) |"
echo "| inspect, the sheet PDF | $(stat "$out/photo.json" 1) |"
