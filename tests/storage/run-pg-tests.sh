#!/usr/bin/env bash
# Runs the PostgreSQL storage tests against a throw-away server: starts one (pg-test-cluster.sh), runs every
# storage test whose name ends in /PostgreSQL, and stops and deletes the server whatever happens.
#
#   tests/storage/run-pg-tests.sh BUILD_DIR [more ctest arguments]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
if [[ $# -lt 1 ]]; then
    echo "usage: $0 BUILD_DIR [ctest arguments]" >&2
    exit 2
fi
build="$1"
shift

cluster="$(mktemp -d "${TMPDIR:-/tmp}/attrition-pg.XXXXXX")"
trap '"$here/pg-test-cluster.sh" stop "$cluster"' EXIT
"$here/pg-test-cluster.sh" start "$cluster"
# shellcheck source=/dev/null
source "$cluster/env"
ctest --test-dir "$build" --output-on-failure --no-tests=error -R '/PostgreSQL' "$@"
