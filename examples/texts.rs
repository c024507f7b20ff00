//! Prints the per-locale tables of the texts, as one JSON object, `{"nl": "…", "fr": "…",
//! "en": "…", "de": "…"}`, each what `maatwerk::text_tables::table(locale)` writes.
//! scripts/build-pkg.sh turns it into the npm package's `texts/` entries: the wasm module holds
//! only where each text is in a table, and a page loads the wordings of the locales it shows.
//!
//! `cargo run --example texts --features catalogue-generator`
// A build tool, not library code: it prints to stdout, which is its whole purpose.
#![allow(clippy::print_stdout)]

use maatwerk::Locale;

fn main() -> Result<(), serde_json::Error> {
    let mut entries = Vec::with_capacity(Locale::ALL.len());
    for locale in Locale::ALL {
        entries.push(format!(
            "{}:{}",
            serde_json::to_string(locale.as_str())?,
            serde_json::to_string(&maatwerk::text_tables::table(locale))?
        ));
    }
    println!("{{{}}}", entries.join(","));
    Ok(())
}
