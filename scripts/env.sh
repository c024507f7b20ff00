# Sourced by the other scripts: the tools the bootstrap installed, on PATH.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT
export PATH="$HOME/.cargo/bin:$ROOT/tests/js/node_modules/.bin:$PATH"
# Written by the bootstrap when the wasm32 std comes from Debian's Rust (route B).
if [ -f "$ROOT/target/maatwerk-toolchain" ]; then
  RUSTUP_TOOLCHAIN="$(cat "$ROOT/target/maatwerk-toolchain")"
  export RUSTUP_TOOLCHAIN
fi
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
