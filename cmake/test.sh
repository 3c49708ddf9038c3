#!/usr/bin/env bash
# Sets up a fresh Debian bookworm machine, builds Attrition Desk and runs every test.
# Usage: bash cmake/test.sh        (from the repository root; CI runs exactly this)
set -euo pipefail
cd "$(dirname "$0")/.."

bash cmake/setup-debian.sh

jobs=$(nproc 2>/dev/null || echo 2)

# The whole program, warnings as errors.
cmake --preset ci
cmake --build --preset ci -j "$jobs"

# PostgreSQL: a throw-away cluster on 127.0.0.1 so the storage tests run against a real server.
if [ -f tests/storage/pg-test-cluster.sh ]; then
    pg_dir=$(mktemp -d /tmp/attrition-pg.XXXXXX)
    if bash tests/storage/pg-test-cluster.sh start "$pg_dir"; then
        trap 'bash tests/storage/pg-test-cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true' EXIT
        # shellcheck disable=SC1091
        source "$pg_dir/env"
        export ATTRITION_TEST_PG_HOST ATTRITION_TEST_PG_PORT ATTRITION_TEST_PG_USER ATTRITION_TEST_PG_DB
    else
        echo "test: could not start a PostgreSQL cluster; the PostgreSQL tests will say they did not run" >&2
    fi
fi

ctest --preset ci -j "$jobs"

# The whole program and every test again, with AddressSanitizer and UndefinedBehaviorSanitizer: any memory
# error, leak or undefined behaviour fails the test that meets it.
cmake --preset sanitize
cmake --build --preset sanitize -j "$jobs"
ctest --preset sanitize -j "$jobs"

# The domain and the engine alone, with no Qt at all.
cmake --preset core-only
cmake --build --preset core-only -j "$jobs"
ctest --preset core-only -j "$jobs"

# A short pass of each fuzzer over its corpus (a copy, so the tree stays as it was), with AddressSanitizer
# and UndefinedBehaviorSanitizer: any crash or broken invariant fails the run.
# Only the fuzzers (and the libraries they link) are built here: the whole program was built and tested above.
cmake --preset fuzz
cmake --build --preset fuzz -j "$jobs" --target engine_fuzzer forecast_fuzzer contract_json_fuzzer pickup_csv_fuzzer
for fuzzer in engine forecast contract_json pickup_csv; do
    work=$(mktemp -d /tmp/attrition-fuzz.XXXXXX)
    cp -r "tests/fuzz/corpus/$fuzzer/." "$work/"
    if ! "build/fuzz/tests/fuzz/${fuzzer}_fuzzer" -max_total_time=20 -max_len=8192 -print_final_stats=1 "$work" \
        >"$work.log" 2>&1; then
        tail -n 60 "$work.log"
        echo "fuzz: ${fuzzer}_fuzzer failed" >&2
        exit 1
    fi
    echo "fuzz: ${fuzzer}_fuzzer: $(grep -E '^stat::number_of_executed_units' "$work.log" | awk '{print $2}') runs, no failure"
    rm -rf "$work" "$work.log"
done
