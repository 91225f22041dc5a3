#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark, not a test: reading the recovery key back from the drive, side by side in one run with
# cryptsetup's own key check on the same images.
#   keyhaven-cli recover (password on stdin)  vs  cryptsetup open --test-passphrase with the password
#                                              and with the recovery key
# On the images whose password protector comes first, `recover` should cost about two key stretches (one to
# open the VMK with the password, one to prove the key read): as much as cryptsetup checking the recovery key
# there, twice cryptsetup checking the password. Then a copy with two recovery keys (made by
# build/bin/make-two-key-image): its two proofs run in parallel, so on two cores `recover` should take about
# as long as with one key, and on one core (taskset -c 0) one stretch longer.
# Run after packaging/debian/setup.sh and a build. Prints Markdown tables; raw hyperfine JSON goes to
# build/benchmarks/.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v hyperfine >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
cli=build/bin/keyhaven-cli
data=build/testdata/bitlk-images
tests/support/unpack-testdata.sh "${KEYHAVEN_SHARED_TESTDATA:-../shared/testdata}" build/testdata >/dev/null
out=build/benchmarks
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mean() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$@"; }
# The first protector of an image, as cryptsetup lists it.
first_protector() { cryptsetup bitlkDump "$1" | awk -F'\t' '/Protection:/{print $NF; exit}' | sed 's/VMK protected with //'; }

echo "| image | first protector | keyhaven recover (s) | cryptsetup, password (s) | cryptsetup, recovery key (s) | recover / recovery key |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
awk -F= '/^\[/{name=substr($0,2,length($0)-2)} /^PW=./{pw[name]=$2} /^RP=./{rp[name]=$2}
         END{for (n in pw) if (n in rp) print n, pw[n], rp[n]}' "$data/images.conf" | sort |
while read -r name pw rp; do
    # Keys in files, out of the process list; `recover` reads the password on stdin.
    printf '%s' "$pw" >"$work/$name.pw"
    printf '%s' "$rp" >"$work/$name.rp"
    # Through a shell, for the redirection (hyperfine 1.15 has no --input; it subtracts the shell's start).
    hyperfine -i --warmup 1 --runs 5 --style none --export-json "$out/recover-$name.json" \
        --command-name keyhaven "$cli recover --volume $data/$name.img <$work/$name.pw >/dev/null 2>&1" \
        --command-name cryptsetup-password \
        "cryptsetup open --type bitlk --test-passphrase --key-file $work/$name.pw $data/$name.img" \
        --command-name cryptsetup-recovery \
        "cryptsetup open --type bitlk --test-passphrase --key-file $work/$name.rp $data/$name.img" >/dev/null
    k=$(mean "$out/recover-$name.json" 0); p=$(mean "$out/recover-$name.json" 1); r=$(mean "$out/recover-$name.json" 2)
    printf '| %s | %s | %.3f | %.3f | %.3f | %.2f |\n' "$name" "$(first_protector "$data/$name.img")" "$k" "$p" "$r" \
        "$(python3 -c "print($k/$r)")"
done

# Two recovery keys: the proofs in parallel (all cores) and one after the other (one core).
one=$data/bitlk-aes-xts-128.img
two=$work/two-keys.img
build/bin/make-two-key-image "$one" 235818-357951-253979-013365-241120-245575-342914-591910 \
    64311dea-4587-4029-924a-ba299647998e "$two" >/dev/null
printf 'anaconda' >"$work/pw"
hyperfine --warmup 1 --runs 5 --style none --export-json "$out/recover-two-keys.json" \
    --command-name one-key "$cli recover --volume $one <$work/pw >/dev/null 2>&1" \
    --command-name two-keys "$cli recover --volume $two <$work/pw >/dev/null 2>&1" \
    --command-name two-keys-one-core "taskset -c 0 $cli recover --volume $two <$work/pw >/dev/null 2>&1" >/dev/null
printf '\n| recover on bitlk-aes-xts-128 (s) | one key | two keys, %d cores | two keys, one core |\n' "$(nproc)"
printf '| --- | ---: | ---: | ---: |\n'
printf '| mean | %.3f | %.3f | %.3f |\n' "$(mean "$out/recover-two-keys.json" 0)" \
    "$(mean "$out/recover-two-keys.json" 1)" "$(mean "$out/recover-two-keys.json" 2)"

# The same in CPU time (user + system, mean of 5 runs): what the key stretches cost, whatever else the machine
# runs. One stretch is about 0.085 s of CPU here; one key should cost two stretches, two keys three.
cpu() { # the command and its arguments
    local total=0
    for _ in 1 2 3 4 5; do
        /usr/bin/time -o "$work/time" -f '%U+%S' "$@" >/dev/null 2>&1
        total=$(python3 -c "print($total + $(tail -1 "$work/time"))")
    done
    python3 -c "print(f'{$total / 5:.3f}')"
}
cpu_of() { local input=$1; shift; cpu bash -c "$* <$input"; }
printf '| CPU time (s) | %s | %s | %s |\n' "$(cpu_of "$work/pw" "$cli recover --volume $one")" \
    "$(cpu_of "$work/pw" "$cli recover --volume $two")" "$(cpu_of "$work/pw" "taskset -c 0 $cli recover --volume $two")"
