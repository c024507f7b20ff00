//! Benchmarks of what runs on every keystroke (`validate_field_json`) and of a full support
//! plan validation, on the complete support-plan fixture.
//!
//! `cargo bench --bench validate`; the Node counterpart over the built package is
//! `node tests/js/bench.mjs`. Figures are in the README's performance section.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

// criterion is a native dev-dependency: on wasm32 (clippy --all-targets) the bench is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::validate);

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use maatwerk::{validate_field_json, validate_json, Context, Kind, Path};
    use serde_json::Value;
    use std::hint::black_box;

    /// The first fixture of `kind` that is expected to be valid: the complete form.
    fn complete_form(kind: &str) -> String {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        files
            .iter()
            .filter_map(|path| serde_json::from_str::<Value>(&std::fs::read_to_string(path).ok()?).ok())
            .find(|f| f["kind"] == kind && f["expect"]["valid"] == true)
            .map(|f| f["form"].to_string())
            .unwrap()
    }

    fn benches(c: &mut Criterion) {
        let ctx = Context::from_options_json(r#"{"asOf":"2026-11-23","locale":"nl"}"#, None).unwrap();
        let plan = complete_form("supportPlan");
        let field = Path::parse("arrangements.followUpIntervalDays").unwrap();
        c.bench_function("validateSupportPlan (complete plan)", |b| {
            b.iter(|| validate_json(Kind::SupportPlan, black_box(&plan), &ctx).unwrap())
        });
        c.bench_function("validateField (support plan, one field)", |b| {
            b.iter(|| validate_field_json(Kind::SupportPlan, black_box(&plan), &field, &ctx).unwrap())
        });
        let supervisor = complete_form("supervisor");
        c.bench_function("checkSupervisor", |b| {
            b.iter(|| validate_json(Kind::Supervisor, black_box(&supervisor), &ctx).unwrap())
        });
    }

    criterion_group!(validate, benches);
}
