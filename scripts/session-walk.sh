#!/usr/bin/env bash
# A long random walk of `Session::set` over every fixture, checking after every step that the
# session's report is the fresh validation of the same form (tests/session_walk.rs, which the
# test command runs with 10,000 steps).
#
#   bash scripts/session-walk.sh [STEPS] [SEED]    default: 1,000,000 steps, seed 18
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
MAATWERK_WALK_STEPS="${1:-1000000}" MAATWERK_WALK_SEED="${2:-18}" \
  cargo test --release --locked --test session_walk -- --nocapture
