#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the storage tests.
#
#   tests/storage/pg-test-cluster.sh start DIR   initdb in DIR, start a server on 127.0.0.1 on a free port,
#                                                create the test database, write DIR/env
#   tests/storage/pg-test-cluster.sh stop DIR    stop the server and delete DIR
#
# After start, `source DIR/env` exports ATTRITION_TEST_PG_HOST, ATTRITION_TEST_PG_PORT,
# ATTRITION_TEST_PG_USER and ATTRITION_TEST_PG_DB for the storage tests. The cluster trusts every local
# connection: it listens on 127.0.0.1 only and must never hold real data.
#
# When run as root the server runs as the postgres user (PostgreSQL refuses to run as root); DIR is then
# handed to that user, so its parent directories must be searchable by it (a directory made with
# `mktemp -d` directly under /tmp is).
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_USER_NAME="attrition_test"
PG_DB_NAME="attrition_test"

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
action="$1"
dir="$2"

if [[ ! -x "$PG_BIN/initdb" ]]; then
    echo "PostgreSQL server binaries not found in $PG_BIN (install postgresql-15, or set PG_BIN)" >&2
    exit 1
fi

# Runs a command as the user that owns the cluster.
as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

port_is_free() {
    local port="$1"
    if command -v ss >/dev/null 2>&1; then
        [[ -z "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
    else
        ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
    fi
}

start() {
    if [[ -e "$dir/data/PG_VERSION" ]]; then
        echo "$dir already holds a cluster; stop it first" >&2
        exit 1
    fi
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [[ "$(id -u)" -eq 0 ]]; then
        chown postgres: "$dir"
    fi

    as_owner "$PG_BIN/initdb" -D "$dir/data" -U "$PG_USER_NAME" --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

    local attempt port
    for attempt in $(seq 1 20); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        port_is_free "$port" || continue
        if as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
            >/dev/null; then
            as_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_USER_NAME" "$PG_DB_NAME"
            as_owner tee "$dir/env" >/dev/null <<ENV
export ATTRITION_TEST_PG_HOST=127.0.0.1
export ATTRITION_TEST_PG_PORT=$port
export ATTRITION_TEST_PG_USER=$PG_USER_NAME
export ATTRITION_TEST_PG_DB=$PG_DB_NAME
ENV
            echo "PostgreSQL test cluster running on 127.0.0.1:$port (source $dir/env)"
            return 0
        fi
        echo "port $port did not work, trying another" >&2
    done
    cat "$dir/server.log" >&2 || true
    echo "could not start the PostgreSQL test cluster" >&2
    exit 1
}

stop() {
    if [[ -e "$dir/data/postmaster.pid" ]]; then
        as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

case "$action" in
start) start ;;
stop) stop ;;
*) usage ;;
esac
