#!/usr/bin/env bash
# Measures attrition-cli's start-up: the whole process of `assess` of one sample contract, from the shell
# starting it to its exit (so an upper bound of the time to its first output), RUNS times after one run not
# counted; prints the median, minimum and maximum wall time, and with perf installed the CPU time (task-clock)
# and the dynamic loader's statistics of one run (LD_DEBUG=statistics).
#
#   bash tests/packaging/measure-cli-startup.sh [PROGRAM] [RUNS] [CONTRACT.json]
#
# PROGRAM defaults to build/release/app/cli/attrition-cli (cmake --preset release), RUNS to 30, CONTRACT to
# resources/samples/example-a-cumulative.json.
set -euo pipefail
cd "$(dirname "$0")/../.."

program=$(realpath "${1:-build/release/app/cli/attrition-cli}")
runs=${2:-30}
contract=$(realpath "${3:-resources/samples/example-a-cumulative.json}")

"$program" assess "$contract" >/dev/null # not counted: the files are in the page cache after it
wall=()
for ((i = 1; i <= runs; i++)); do
    start=$EPOCHREALTIME
    "$program" assess "$contract" >/dev/null
    end=$EPOCHREALTIME
    wall+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) * 1000 }')")
done
printf '%s\n' "${wall[@]}" | sort -n | awk -v p="$program" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%s assess, whole process: median %.1f ms (min %.1f, max %.1f, n=%d)\n", p, m, v[1], v[NR], NR }'

if command -v perf >/dev/null; then
    perf stat -r "$runs" -e task-clock "$program" assess "$contract" 2>&1 >/dev/null |
        grep -E 'task-clock|elapsed' | sed 's/^ */perf stat: /'
fi
LD_DEBUG=statistics "$program" assess "$contract" 2>&1 >/dev/null |
    grep -E 'total startup time|time needed for relocation|number of relocations:|time needed to load' |
    sed 's/^ *[0-9]*: *//; s/^/loader: /'
echo "libraries loaded: $(LD_DEBUG=libs "$program" assess "$contract" 2>&1 >/dev/null | grep -c 'calling init:')"
