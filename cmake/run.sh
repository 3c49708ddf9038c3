#!/usr/bin/env bash
# Sets up a fresh Debian bookworm machine, builds Attrition Desk optimized, and runs it.
# Usage: bash cmake/run.sh [CONTRACT.json]
# Until the desktop application is complete this assesses a bundled sample contract with attrition-cli.
set -euo pipefail
cd "$(dirname "$0")/.."

bash cmake/setup-debian.sh
cmake --preset release
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"

contract="${1:-resources/samples/example-e-cancellation.json}"
exec build/release/app/cli/attrition-cli assess "$contract"
