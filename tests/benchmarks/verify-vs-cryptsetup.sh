#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark, not a test: side by side in one run, for every BitLocker test image,
#   keyhaven-cli verify               vs  cryptsetup open --type bitlk --test-passphrase   (same key)
#   keyhaven-cli volumes (all images) vs  cryptsetup bitlkDump (each image)
# Keyhaven tries only the recovery-key protectors; cryptsetup tries every protector in order, so on
# images whose password protector comes first Keyhaven should need at most 0.6 of cryptsetup's time.
# Run after packaging/debian/setup.sh. Prints a Markdown table; raw hyperfine JSON goes to build/benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hyperfine >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
cli=build/bin/keyhaven-cli
data=build/testdata/bitlk-images
tests/support/unpack-testdata.sh ../shared/testdata build/testdata >/dev/null
out=build/benchmarks
mkdir -p "$out"
keys=$(mktemp -d)
trap 'rm -rf "$keys"' EXIT

mean() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$@"; }
# The exit code a command gave (hyperfine -i keeps going): cryptsetup 2.6 refuses "used space only" volumes.
status() { python3 -c "import json,sys; print(max(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['exit_codes']))" "$@"; }

echo "| image | keyhaven verify (s) | cryptsetup --test-passphrase (s) | ratio | note |"
echo "| --- | ---: | ---: | ---: | --- |"
awk -F= '/^\[/{name=substr($0,2,length($0)-2)} /^RP=./{print name, $2}' "$data/images.conf" |
while read -r name rp; do
    # The recovery keys of the public test images; a key file keeps them out of the process list.
    printf '%s' "$rp" >"$keys/$name"
    hyperfine -N -i --warmup 1 --runs 5 --style none --export-json "$out/verify-$name.json" \
        --command-name keyhaven "$cli verify --volume $data/$name.img --key-file $keys/$name" \
        --command-name cryptsetup "cryptsetup open --type bitlk --test-passphrase --key-file $keys/$name $data/$name.img" \
        >/dev/null
    k=$(mean "$out/verify-$name.json" 0); c=$(mean "$out/verify-$name.json" 1)
    note=""
    [ "$(status "$out/verify-$name.json" 0)" = 0 ] || note="keyhaven exit $(status "$out/verify-$name.json" 0)"
    [ "$(status "$out/verify-$name.json" 1)" = 0 ] || note="$note cryptsetup could not check (exit $(status "$out/verify-$name.json" 1))"
    printf '| %s | %.3f | %.3f | %.2f | %s |\n' "$name" "$k" "$c" "$(python3 -c "print($k/$c)")" "$note"
done

images=$(echo "$data"/*.img)
dump_all="for i in $images; do cryptsetup bitlkDump \$i >/dev/null; done"
hyperfine --warmup 1 --runs 10 --style none --export-json "$out/volumes.json" \
    --command-name keyhaven "$cli volumes $(echo $images) >/dev/null" \
    --command-name cryptsetup "$dump_all" >/dev/null
printf '\n| all images | keyhaven volumes (s) | cryptsetup bitlkDump each (s) |\n| --- | ---: | ---: |\n'
printf '| %d images | %.3f | %.3f |\n' "$(echo $images | wc -w)" "$(mean "$out/volumes.json" 0)" "$(mean "$out/volumes.json" 1)"
