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

# The nightly toolchain that builds the release module with a size-optimised std
# (scripts/build-wasm.sh); pinned, so that every machine builds the same module.
export MAATWERK_NIGHTLY=nightly-2026-05-20
nightly_wasm_ready() {
  rustup run "$MAATWERK_NIGHTLY" rustc --version >/dev/null 2>&1 &&
    [ -d "$(rustup run "$MAATWERK_NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library" ]
}

# A test project's tools installed from its lock (again only when the lock changes), and the
# packed package (target/maatwerk-*.tgz, which scripts/test.sh packs) laid out in its
# node_modules as npm would (it has no dependencies). Run in the project's folder.
install_with_package() {
  local stamp=node_modules/.maatwerk-lock.sha256
  if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum package-lock.json)" ]; then
    npm ci --no-audit --no-fund >&2
    sha256sum package-lock.json >"$stamp"
  fi
  rm -rf node_modules/maatwerk
  mkdir node_modules/maatwerk
  tar -xzf "$(ls "$ROOT"/target/maatwerk-*.tgz)" -C node_modules/maatwerk --strip-components=1
}
