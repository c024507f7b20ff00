#!/usr/bin/env bash
# Builds the release wasm module once and prints its path (target/.../maatwerk.wasm); the JS
# glues for the web and for Node are made from this one file by scripts/build-pkg.sh.
#
# With the pinned nightly toolchain (the bootstrap installs it with rust-src), the standard
# library is rebuilt for the module: `optimize_for_size` (small sorting and formatting code)
# and `-Cpanic=immediate-abort` (a panic traps at once, without formatting a message: the
# module has no panicking path on input, and a trap is what a panic was on wasm32 anyway), with
# `-Zlocation-detail=none` (no file names for panic locations that nothing prints: -0.2 KB)
# and `-Zmir-opt-level=1` (Rust's later MIR passes made the module 0.6 KB larger gzipped and
# no faster; docs/decisions.md).
# That makes the module about 20 KB smaller gzipped. Without the nightly (no network to
# rustup's server) the stable toolchain builds the same code, larger; a warning says so.
# Both are optimised at level `s`: measured against `z` (8% smaller, 1.5x slower) and `3` (15%
# larger, 1.3x faster), see docs/decisions.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
export CARGO_PROFILE_RELEASE_OPT_LEVEL="${CARGO_PROFILE_RELEASE_OPT_LEVEL:-s}"
# The module exports its shadow-stack pointer, which the glue puts back after a JS stack
# overflow inside the module (pkg-config/stack-guard.js).
stack_pointer="-Clink-arg=--export=__stack_pointer"
if [ -z "${MAATWERK_STABLE_WASM:-}" ] && nightly_wasm_ready; then
  dir=target/wasm-nightly
  RUSTUP_TOOLCHAIN="$MAATWERK_NIGHTLY" RUSTFLAGS="-Cpanic=immediate-abort -Zunstable-options -Zlocation-detail=none -Zmir-opt-level=1 $stack_pointer" \
    cargo build --quiet --locked --release --target wasm32-unknown-unknown --target-dir "$dir" \
    -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size >&2
else
  echo "build-wasm: $MAATWERK_NIGHTLY with rust-src is not installed: stable build (larger module)" >&2
  dir=target
  RUSTFLAGS="$stack_pointer" cargo build --quiet --locked --release --target wasm32-unknown-unknown >&2
fi
echo "$dir/wasm32-unknown-unknown/release/maatwerk.wasm"
