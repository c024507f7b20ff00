//! `maatwerk-public-api RUSTDOC_JSON`: prints the public API of the crate that rustdoc described,
//! one item a line, sorted, as cargo-public-api would (same library, same rendering).

use std::process::ExitCode;

/// The rustdoc JSON format that public-api 0.52.0 reads; another format would be misread, not
/// refused, so the version is checked here first.
const FORMAT_VERSION: u64 = 57;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: maatwerk-public-api RUSTDOC_JSON");
        return ExitCode::from(2);
    };
    match render(&path) {
        Ok(api) => {
            print!("{api}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("maatwerk-public-api: {path}: {error}");
            ExitCode::FAILURE
        }
    }
}

fn render(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path)?)?;
    let format = json.get("format_version").and_then(serde_json::Value::as_u64);
    if format != Some(FORMAT_VERSION) {
        return Err(format!(
            "rustdoc JSON format {format:?}, this tool reads {FORMAT_VERSION}: build it with the pinned nightly (scripts/env.sh)"
        )
        .into());
    }
    // Blanket impls (`impl<T> From<T> for T`, `impl<T: Any> Any for T`, ...) come from std and
    // say nothing about this crate; auto traits (Send, Sync, ...) and derives stay: losing one
    // breaks a caller.
    let api = public_api::Builder::from_rustdoc_json(path).omit_blanket_impls(true).build()?;
    Ok(api.to_string())
}
