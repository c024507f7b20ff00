#!/usr/bin/env bash
# The public API as reviewed text, the same habit as the golden vectors:
#   tests/snapshots/api-rust.txt  the Rust crate's public API (all features), one item a line,
#                                 rendered from rustdoc's JSON by scripts/public-api
#                                 (cargo-public-api's library);
#   tests/snapshots/api-dts/      every declaration file (.d.ts, .d.cts, .d.mts) of the npm
#                                 package, as scripts/build-pkg.sh writes pkg/.
# Fails with the diff when either differs from what is committed. After a deliberate change:
#   UPDATE_API=1 bash scripts/api.sh      rewrites both; review the diff and commit it.
# Builds pkg/ first (so a snapshot is never taken of a stale package), unless --no-build: the
# test command passes it, having just built pkg/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

if [ "${1:-}" != "--no-build" ]; then
  bash scripts/build-pkg.sh
fi
[ -f pkg/package.json ] || { echo "api: no pkg/: run scripts/build-pkg.sh" >&2; exit 1; }

now=target/api/now
rm -rf "$now"
mkdir -p "$now/api-dts"

# Rustdoc's JSON is unstable output: the pinned nightly (installed by the bootstrap) writes the
# format the renderer reads; without it, the machine's stable rustdoc unlocked for the one call
# (same format today; the renderer refuses any other, so a mismatch fails loudly, never silently).
if rustup run "$MAATWERK_NIGHTLY" rustdoc --version >/dev/null 2>&1; then
  toolchain=(env RUSTUP_TOOLCHAIN="$MAATWERK_NIGHTLY")
else
  echo "api: $MAATWERK_NIGHTLY not installed: rustdoc JSON from stable with RUSTC_BOOTSTRAP=1" >&2
  toolchain=(env RUSTUP_TOOLCHAIN=stable RUSTC_BOOTSTRAP=1)
fi
# Its own target dir: another toolchain's artefacts never evict the test builds'.
# Its doc lints are the docs' business, not the API's: shown only if rustdoc fails.
mkdir -p target/api
"${toolchain[@]}" cargo rustdoc --quiet --locked --lib --all-features --target-dir target/api \
  -- -Z unstable-options --output-format json 2>target/api/rustdoc.log ||
  { cat target/api/rustdoc.log >&2; exit 1; }
# The renderer is built with the toolchain of the rest of the build, from its own lock file.
cargo run --quiet --locked --manifest-path scripts/public-api/Cargo.toml --target-dir target/public-api \
  -- target/api/doc/maatwerk.json >"$now/api-rust.txt"

(cd pkg && find . -type f \( -name '*.d.ts' -o -name '*.d.cts' -o -name '*.d.mts' \) | LC_ALL=C sort) |
  while read -r file; do
    mkdir -p "$now/api-dts/$(dirname "$file")"
    cp "pkg/$file" "$now/api-dts/$file"
  done

if [ -n "${UPDATE_API:-}" ]; then
  cp "$now/api-rust.txt" tests/snapshots/api-rust.txt
  rm -rf tests/snapshots/api-dts
  cp -r "$now/api-dts" tests/snapshots/api-dts
  echo "api: snapshots rewritten: review 'git diff tests/snapshots/' and commit" >&2
fi

# -N: a file present on one side only is a difference too (an entry added or removed).
if ! diff -u -N tests/snapshots/api-rust.txt "$now/api-rust.txt" ||
  ! diff -r -u -N tests/snapshots/api-dts "$now/api-dts"; then
  cat >&2 <<'MSG'

api: the public API differs from the reviewed snapshot (above, committed -> now).
If the change is meant: note it in CHANGELOG.md (a removal or change is breaking, see
docs/versioning.md), then `UPDATE_API=1 bash scripts/api.sh` and commit the snapshot.
MSG
  exit 1
fi
echo "api: Rust API ($(wc -l <"$now/api-rust.txt") items) and $(find "$now/api-dts" -type f | wc -l) declaration files as reviewed" >&2
