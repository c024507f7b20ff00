#!/usr/bin/env bash
# Fuzzes the library natively with cargo-fuzz (libFuzzer): each target in fuzz/ for SECONDS
# (default 60), or for exactly MAATWERK_FUZZ_RUNS executions when that is set. Installs the
# nightly toolchain and cargo-fuzz when they are missing (idempotent). Not part of the test
# command. The seed corpus is written from tests/fixtures; what libFuzzer adds stays in
# target/fuzz-corpus/ and a crash in target/fuzz-artifacts/.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
#   MAATWERK_FUZZ_RUNS=10000000 nice -n 19 bash scripts/fuzz.sh 0 form
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(form field ids calendar)

# The same pinned nightly as the release module's build (scripts/env.sh).
if ! rustup run "$MAATWERK_NIGHTLY" rustc --version >/dev/null 2>&1; then
  echo "== fuzz: $MAATWERK_NIGHTLY (about a minute)" >&2
  timeout 300 rustup toolchain install "$MAATWERK_NIGHTLY" --profile minimal >&2
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "== fuzz: cargo-fuzz (about a minute)" >&2
  cargo install cargo-fuzz --version 0.13.2 >&2
fi

# Seeds: every fixture as each kind's form (a selector byte, then the text), each fixture's
# keys as paths with a value, identifiers and dates from the tests.
seeds() {
  local dir="target/fuzz-corpus/$1"
  mkdir -p "$dir"
  node scripts/fuzz-seeds.mjs "$1" "$dir"
}

export CARGO_TARGET_DIR="$ROOT/target/fuzz"
for target in "${targets[@]}"; do
  seeds "$target"
  mkdir -p "target/fuzz-artifacts/$target"
  limit=(-max_total_time="$seconds")
  [ -z "${MAATWERK_FUZZ_RUNS:-}" ] || limit=(-runs="$MAATWERK_FUZZ_RUNS")
  echo "== fuzz: $target ${limit[*]}" >&2
  # No sanitizer: the library forbids `unsafe`, and what is hunted is a panic (an index, an
  # overflow: debug assertions are on, -a) or a broken property, at three times the speed.
  (cd fuzz && cargo "+$MAATWERK_NIGHTLY" fuzz run --sanitizer none -a "$target" \
    "$ROOT/target/fuzz-corpus/$target" -- \
    -artifact_prefix="$ROOT/target/fuzz-artifacts/$target/" -max_len=65536 -print_final_stats=1 "${limit[@]}")
done
