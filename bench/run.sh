#!/usr/bin/env bash
# Builds the optimized benchmarks and reports medians of 9 repetitions.
# Usage: bash bench/run.sh [extra Google Benchmark flags]
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release --target attrition_bench -j "$(nproc 2>/dev/null || echo 2)"
build/release/bench/attrition_bench --benchmark_repetitions=9 --benchmark_report_aggregates_only=true \
    --benchmark_display_aggregates_only=true "$@"
