#!/usr/bin/env bash
# Makes a fresh machine of this kind able to build and test maatwerk. Idempotent: each step
# checks first and costs nothing when its tool is there. Downloads only from the package
# registries (crates.io, Debian, npm, and rustup's own toolchain server for the std).
#
#   MAATWERK_WASM_STD=debian  forces the Debian fallback for the wasm32 std (route B).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

step() { printf '\n== bootstrap: %s\n' "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    apt-get update -qq >&2
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

wasm_std_ready() {
  local sysroot
  sysroot="$(rustc --print sysroot 2>/dev/null)" || return 1
  ls "$sysroot"/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1
}

# 1. The wasm32 standard library: rustup first, Debian's Rust as the fallback.
if [ "${MAATWERK_WASM_STD:-}" = "debian" ]; then
  step "wasm32 std from Debian's Rust (forced)"
  bash "$ROOT/scripts/wasm-std-debian.sh"
elif ! wasm_std_ready; then
  step "wasm32 std via rustup"
  if ! timeout 120 rustup target add wasm32-unknown-unknown >&2; then
    step "rustup failed: wasm32 std from Debian's Rust"
    bash "$ROOT/scripts/wasm-std-debian.sh"
  fi
fi
source "$ROOT/scripts/env.sh"
wasm_std_ready || { echo "bootstrap: no wasm32 std" >&2; exit 1; }

# 2. wasm-bindgen-cli at exactly the version of the wasm-bindgen crate.
want="$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' Cargo.toml)"
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
  step "wasm-bindgen-cli $want (about 2.5 min)"
  cargo install wasm-bindgen-cli --version "$want" --force >&2
fi

# 3. The pinned nightly with rust-src, for the size-optimised release module (about 20 s).
# Optional: without it scripts/build-wasm.sh builds with stable, larger, and scripts/api.sh asks
# the stable rustdoc for its JSON.
if ! nightly_wasm_ready; then
  step "$MAATWERK_NIGHTLY with rust-src (the release module's size-optimised std)"
  timeout 120 rustup toolchain install "$MAATWERK_NIGHTLY" --profile minimal --component rust-src >&2 ||
    echo "bootstrap: $MAATWERK_NIGHTLY not installed; the module is built with stable" >&2
fi

# 4. Chromium and its driver for the browser tests.
if ! have chromium || ! have chromedriver; then
  step "chromium and chromedriver"
  apt_install chromium chromium-driver
fi

# 5. npm tools: wasm-opt (binaryen), playwright-core, axe-core, typescript.
if ! (cd tests/js && npm ls --depth=0 >/dev/null 2>&1); then
  step "npm dev tools"
  (cd tests/js && npm ci --no-audit --no-fund >&2)
fi
have wasm-opt || { echo "bootstrap: wasm-opt missing after npm install" >&2; exit 1; }

# 6. The public API renderer (scripts/public-api: cargo-public-api's library, about 15 s of
# CPU once; cargo makes it a no-op when built), for the API snapshot of scripts/api.sh.
cargo build --quiet --locked --manifest-path scripts/public-api/Cargo.toml --target-dir target/public-api >&2

echo "bootstrap: ready" >&2
