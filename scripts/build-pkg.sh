#!/usr/bin/env bash
# Builds the npm package into pkg/ (web ESM + Node CommonJS + the DOM binding + the entries
# with `rules` and the catalogue data they read, with generated declarations) and copies what
# the demo portal loads (web/, dom/, catalogue/ and index.js, side by side as in the package)
# into www/pkg/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
wasm="$(bash scripts/build-wasm.sh)"
for target in web nodejs; do
  dir=target/pkg-${target%js}
  rm -rf "$dir"
  wasm-bindgen --target "$target" --out-dir "$dir" "$wasm"
  # The features are those every browser the portals support has had since 2021. The low 1 KiB
  # of memory is never used (Rust puts the shadow stack first, growing down from 1 MiB, and the
  # depth bounds keep it far from 0), so additions to a pointer fold into load offsets (-1 KB).
  # A function with one caller is inlined only when small (`-ocimfs 50`; wasm-opt inlines every
  # one by default): V8 compiles a function at its first call, and the rare paths (the options'
  # overrides, the refusals) were compiled with their callers at the first validation. Measured
  # (docs/decisions.md): the first call 0.86x, the module 3.4 KB smaller gzipped, the calls as
  # fast; at 0 the small functions called in loops made a full validation 1.25x slower.
  # Functions ordered by their (mangled) names put a type's and a module's functions side by
  # side, where gzip finds their likeness (-1.7 KB gzipped).
  wasm-opt -Os -ocimfs 50 --reorder-functions-by-name --low-memory-unused --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals "$dir/maatwerk_bg.wasm" -o "$dir/maatwerk_bg.wasm"
done
# The catalogue's prose is not in the module: a native build of the crate prints it as data.
cargo run --quiet --locked --features catalogue-generator --example catalogue >target/catalogue.json
# Nor are the texts' wordings: the module knows where each text is in a table, the package
# ships one table per locale.
cargo run --quiet --locked --features catalogue-generator --example texts >target/texts.json
# Nor the TypeScript declarations of the Rust types: tsify derives them natively, and
# assemble.mjs puts them into both builds' declarations, where wasm-bindgen's custom sections
# are. In the module, tsify's runtime (serde-wasm-bindgen, js-sys) kept 1.0 KB gzipped alive.
cargo run --quiet --locked --features typescript --example typescript >target/typescript.d.ts
# The forms' JSON Schemas, derived from the Rust model types by the command line tool.
mkdir -p target/schemas
for kind in application providerRegistration supportPlan supervisor; do
  cargo run --quiet --locked -p maatwerk-cli -- schema "$kind" >"target/schemas/$kind.json"
done
node pkg-config/assemble.mjs
# The web glue is generated code a page downloads: minified (esbuild), 6.4 to 3.8 KB gzipped,
# and with the JavaScript the module imports (wasm-bindgen's `snippets/`, three small files)
# bundled in: one file instead of four, 4.8 to 4.3 KB gzipped. Its documentation is its
# declarations' (maatwerk.d.ts); the Node glue stays as generated.
esbuild pkg/web/maatwerk.js --bundle --minify --format=esm --log-level=warning --outfile=pkg/web/maatwerk.js --allow-overwrite
rm -r pkg/web/snippets
tsc -p pkg-config/tsconfig.dom.json
tsc -p pkg-config/tsconfig.platforms.json
tsc -p pkg-config/tsconfig.facade.json
node pkg-config/facade/types-cjs.mjs
rm -rf www/pkg
mkdir www/pkg
cp -r pkg/web pkg/dom pkg/catalogue pkg/texts pkg/index.js pkg/standard-schema.js www/pkg/
