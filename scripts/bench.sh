#!/usr/bin/env bash
# The side-by-side benchmark (tests/js/bench): maatwerk's built package next to Zod 4, Valibot
# and Ajv standalone, per call and at start-up.
#   bash scripts/bench.sh [--no-build] [--native] [--docs] [--baseline PKG_DIR] [--json FILE]
# --no-build  measure pkg/ as it is (default: build it first with scripts/build-pkg.sh)
# --native    also run the native criterion benchmark (cargo bench --bench validate)
# --docs      write docs/performance.md's tables from this run (tests/js/bench/docs-tables.mjs)
# The other arguments go to tests/js/bench/run.mjs; PKG_DIR is a copy of an earlier pkg/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
build=1
native=0
docs=0
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --native) native=1 ;;
    --docs) docs=1; args+=(--json target/bench.json) ;;
    *) args+=("$arg") ;;
  esac
done
if [ "$build" = 1 ]; then bash scripts/build-pkg.sh; fi
node tests/js/bench/run.mjs "${args[@]}"
if [ "$docs" = 1 ]; then node tests/js/bench/docs-tables.mjs target/bench.json; fi
if [ "$native" = 1 ]; then cargo bench --bench validate; fi
