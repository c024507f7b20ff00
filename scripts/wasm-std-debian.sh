#!/usr/bin/env bash
# Route B for the wasm32 std (see ../shared/toolchain.md): Debian's Rust 1.96 with a std built
# from Debian's Rust source, linked into rustup as the toolchain `debian-wasm`. Used when
# rustup cannot download rust-std; the bootstrap then runs every cargo command with
# RUSTUP_TOOLCHAIN=debian-wasm (recorded in target/maatwerk-toolchain).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

name=debian-wasm
libdir=/usr/lib/rustlib/wasm32-unknown-unknown/lib

if ! [ -x /usr/bin/rustc ] || ! /usr/bin/rustc --version | grep -q '^rustc 1\.9[6-9]'; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rustc-web cargo-web rust-web-src lld-22 rust-web-clippy >&2
fi

if ! ls "$libdir"/libstd-*.rlib >/dev/null 2>&1; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/src"
  printf '[package]\nname = "stdbuild"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n' > "$work/Cargo.toml"
  echo '#![no_std]' > "$work/src/lib.rs"
  (cd "$work" && RUSTUP_TOOLCHAIN= RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
    /usr/bin/cargo build --release --target wasm32-unknown-unknown -Z build-std=std,panic_abort,test >&2)
  mkdir -p "$libdir"
  find "$work/target/wasm32-unknown-unknown/release/deps" -name 'lib*.rlib' ! -name 'libstdbuild-*' \
    -exec cp {} "$libdir/" \;
fi

rustup toolchain list | grep -q "^$name" || rustup toolchain link "$name" /usr >&2
mkdir -p "$ROOT/target"
echo "$name" > "$ROOT/target/maatwerk-toolchain"
echo "wasm32 std: Debian toolchain $name" >&2
