#!/usr/bin/env bash
# Builds the npm package into pkg/ (web ESM + Node CommonJS + the DOM binding + the entries
# with `rules` and the catalogue data they read, with generated declarations) and copies what
# the demo portal loads (web/, dom/, catalogue/ and index.js, side by side as in the package)
# into www/pkg/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
# The module is built for size and speed together (`s`, with wasm-opt -Os from Cargo.toml):
# measured against `z` (8% smaller, 1.5x slower) and `3` (15% larger, 1.3x faster).
export CARGO_PROFILE_RELEASE_OPT_LEVEL="${CARGO_PROFILE_RELEASE_OPT_LEVEL:-s}"
for target in web nodejs; do
  dir=target/pkg-${target%js}
  wasm-pack --log-level warn build --release --target "$target" --out-dir "$dir" --no-pack >&2
done
# The catalogue's prose is not in the module: a native build of the crate prints it as data.
cargo run --quiet --locked --features catalogue-generator --example catalogue >target/catalogue.json
node pkg-config/assemble.mjs
tsc -p pkg-config/tsconfig.dom.json
tsc -p pkg-config/tsconfig.facade.json
node pkg-config/facade/types-cjs.mjs
rm -rf www/pkg
mkdir www/pkg
cp -r pkg/web pkg/dom pkg/catalogue pkg/index.js pkg/schemas.js www/pkg/
