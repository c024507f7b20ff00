//! Prints the TypeScript declarations tsify derives from the Rust types, each followed by a
//! blank line, as wasm-bindgen wrote a custom section: scripts/build-pkg.sh puts them into the
//! npm package's `maatwerk.d.ts` and `maatwerk.d.cts`, beside the declarations of the exports
//! that name them. The wasm module does not carry them (nor tsify's runtime).
//!
//! `cargo run --example typescript --features typescript`
// A build tool, not library code: it prints to stdout, which is its whole purpose.
#![allow(clippy::print_stdout)]

fn main() {
    for (_, declaration) in maatwerk::typescript::declarations() {
        println!("{declaration}\n");
    }
}
