//! Prints the rule catalogue in every locale as one JSON object, `{"nl": [...], "fr": [...],
//! "en": [...], "de": [...]}`, each list what `maatwerk::rules(locale)` returns.
//! scripts/build-pkg.sh turns it into the npm package's catalogue data, so the wasm module does
//! not carry the prose, and the package's `rules()` still gives what the Rust catalogue holds.
//!
//! `cargo run --example catalogue --features catalogue-generator`
// A build tool, not library code: it prints to stdout, which is its whole purpose.
#![allow(clippy::print_stdout)]

use maatwerk::Locale;

fn main() -> Result<(), serde_json::Error> {
    let mut entries = Vec::with_capacity(Locale::ALL.len());
    for locale in Locale::ALL {
        // Built by hand rather than through a map so the locales keep their order (nl first):
        // the package names them in that order when it rejects a locale.
        entries.push(format!(
            "{}:{}",
            serde_json::to_string(&locale)?,
            serde_json::to_string(&maatwerk::rules(locale))?
        ));
    }
    println!("{{{}}}", entries.join(","));
    Ok(())
}
