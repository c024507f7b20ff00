#!/usr/bin/env bash
# Builds the npm package into pkg/ (web ESM + Node CommonJS) and copies it into the demo
# portal's www/pkg/ so the page loads the module from the built package.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
for target in web nodejs; do
  dir=target/pkg-${target%js}
  wasm-pack --log-level warn build --release --target "$target" --out-dir "$dir" --no-pack >&2
done
node pkg-config/assemble.mjs
rm -rf www/pkg
cp -r pkg/web www/pkg
