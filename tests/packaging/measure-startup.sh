#!/usr/bin/env bash
# Measures the desktop application's start-up: from process start to the main window's first painted frame
# (ATTRITION_STARTUP_TIME=quit prints the time since main() and the wall clock then; the time before main(),
# loading the libraries, is added from the clock this script read before starting it), and the whole
# process's wall time up to its exit, over a sample database made as on a first start. Runs under one Xvfb
# server at 1920x1080.
#
#   bash tests/packaging/measure-startup.sh [PROGRAM] [RUNS]
#
# PROGRAM defaults to build/release/app/gui/attrition-desk (cmake --preset release), RUNS to 11.
# Prints each run, then the median, minimum and maximum of each figure; with hyperfine installed it also
# runs hyperfine over the whole process.
set -euo pipefail
cd "$(dirname "$0")/../.."

program=${1:-build/release/app/gui/attrition-desk}
runs=${2:-11}
program=$(realpath "$program")

work=$(mktemp -d /tmp/attrition-startup.XXXXXX)
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

display=:$((90 + RANDOM % 400))
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 1
export DISPLAY=$display HOME=$work/home XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=xcb
unset XDG_DATA_HOME XDG_CONFIG_HOME
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The first start makes the sample database; it is not counted.
first=$(ATTRITION_STARTUP_TIME=quit "$program" 2>&1 | sed -n 's/.*first paint after \([0-9.]*\) ms.*/\1/p')
echo "first start (makes the database): ${first} ms to first paint"

main=()
start_to_paint=()
wall=()
for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N)
    line=$(ATTRITION_STARTUP_TIME=quit "$program" 2>&1 | grep 'first paint after')
    end=$(date +%s%N)
    ms=$(sed -n 's/.*first paint after \([0-9.]*\) ms.*/\1/p' <<<"$line")
    at=$(sed -n 's/.* at \([0-9]*\) ms since the epoch.*/\1/p' <<<"$line")
    main+=("$ms")
    start_to_paint+=("$(awk -v a="$start" -v b="$at" 'BEGIN { printf "%.1f", b - a / 1e6 }')")
    wall+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", (b - a) / 1e6 }')")
    echo "run $i: ${start_to_paint[-1]} ms from process start to first paint; ${wall[-1]} ms whole process; $line"
done

stats() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %.1f ms (min %.1f, max %.1f, n=%d)", m, v[1], v[NR], NR }'
}
echo "main() to first paint:         $(stats "${main[@]}")"
echo "process start to first paint:  $(stats "${start_to_paint[@]}")"
echo "whole process (start to exit): $(stats "${wall[@]}")"

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --warmup 1 --runs "$runs" -N --export-json "$work/hyperfine.json" \
        "env ATTRITION_STARTUP_TIME=quit $program" 2>&1 | grep -Ev '^\s*$'
fi
