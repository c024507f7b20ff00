#!/usr/bin/env bash
# Every test of maatwerk, from a fresh machine: bootstrap, lints, native tests, the native
# reports of the golden vectors, the npm package, wasm tests in Node and headless Chromium, the
# package as a consumer imports it (JS and TypeScript), native/wasm parity of the golden vectors
# in Node and Chromium, the demo portal in Chromium, the recipes of docs/node.md and
# docs/typescript.md (bundlers, a worker, server rendering, Node, React Hook Form) with
# arethetypeswrong and publint, the e-form platforms of docs/platforms.md, and what a release
# needs (the changelog, the public API snapshots, cargo package, npm publish). The code blocks
# of README.md, docs/ and the npm README run as doctests (`cargo test`) and as JS tests
# (tests/js/consumer/docs.test.mjs, tests/js/browser/docs.test.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
start=$SECONDS
stage() { printf '\n== %s\n' "$*"; }

stage "bootstrap"
bash scripts/bootstrap.sh

stage "format"
# rustfmt comes with rustup's stable toolchain, also when the build uses Debian's (route B).
env -u RUSTUP_TOOLCHAIN cargo fmt --all --check

stage "clippy (native and wasm32)"
cargo clippy --all-targets --all-features --locked -- -D warnings
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p maatwerk-cli --all-targets --locked -- -D warnings

stage "native tests"
cargo test --locked
# Every type deriving its TypeScript declaration is in the list the package's build prints.
cargo test --locked --features typescript --test typescript

stage "the command line tool (cli/; builds target/debug/maatwerk for the parity test in Node)"
cargo test --locked -p maatwerk-cli

stage "native reports of the golden vectors (target/golden/native.json, for the parity tests)"
cargo test --locked --test golden -- --ignored --exact native_reports

stage "npm package"
bash scripts/build-pkg.sh

stage "release checks: changelog, public API snapshots (Rust, .d.ts), cargo package, npm publish --dry-run"
bash scripts/release-checks.sh

stage "wasm tests in Node and Chromium"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
cargo test --locked --target wasm32-unknown-unknown --features embedded-texts --test wasm_node --test wasm_browser

stage "the packed package in an empty project (offline)"
rm -f target/maatwerk-*.tgz
(cd pkg && npm pack --silent --pack-destination ../target >/dev/null)
rm -rf tests/js/consumer/node_modules
(cd tests/js/consumer && npm install --offline --no-audit --no-fund --no-save ../../../target/maatwerk-*.tgz >/dev/null)
(cd tests/js/consumer && tsc -p . && tsc -p tsconfig.esnext.json)

stage "JS tests: consumer, golden-vector parity in Node and Chromium, browser"
# What the Rust catalogue holds, for catalogue.test.mjs to compare the package's `rules` with.
cargo run --quiet --locked --features catalogue-generator --example catalogue >target/catalogue-native.json
node --test tests/js/consumer/ tests/js/browser/

stage "the packed package: arethetypeswrong, publint, the recipes of docs/node.md and docs/typescript.md (bundlers in Chromium, worker, SSR, Node, React Hook Form)"
bash scripts/recipes.sh

stage "the e-form platforms and design systems of docs/platforms.md, each by its recipe (Chromium under the demo's CSP, Node)"
bash scripts/platforms.sh

printf '\nall tests passed in %ss\n' "$((SECONDS - start))"
