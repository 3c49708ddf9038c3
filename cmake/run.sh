#!/usr/bin/env bash
# Sets up a fresh Debian bookworm machine, builds Attrition Desk optimized, and runs it.
# Usage: bash cmake/run.sh              the desktop application, on the bundled sample contracts
#        bash cmake/run.sh FILE.json    with no display: the command line assesses FILE (default: a sample)
set -euo pipefail
cd "$(dirname "$0")/.."

bash cmake/setup-debian.sh
cmake --preset release
cmake --build --preset release -j "$(nproc 2>/dev/null || echo 2)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ $# -eq 0 ]; then
    exec build/release/app/gui/attrition-desk
fi
echo "run: no display; assessing a contract with attrition-cli instead of opening the desktop application" >&2
contract="${1:-resources/samples/example-e-cancellation.json}"
exec build/release/app/cli/attrition-cli assess "$contract"
