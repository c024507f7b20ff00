//! Native benchmarks of what a portal and a back office call, on the complete support-plan
//! fixture: a stateless validation, a `Validator`'s, the issues of one field, a session's
//! change of one field, and one supervisor; and the lean check on the two broken plans the
//! side-by-side benchmark also measures. Before the timings it prints the allocations each
//! call makes, counted by an instrumented global allocator.
//!
//! `cargo bench --bench validate` (or `bash scripts/bench.sh --native`); the side-by-side
//! benchmark in Node is `bash scripts/bench.sh`. Figures are in docs/performance.md.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]
// The allocation counts are the bench's output, next to criterion's.
#![allow(clippy::print_stdout)]

// criterion and the counting allocator are native dev-dependencies: on wasm32 (clippy
// --all-targets) the bench is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::print_allocations();
    native::validate();
    criterion::Criterion::default().configure_from_args().final_summary();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion};
    use maatwerk::{validate_field_json, validate_json, Context, Kind, Path, Validator};
    use serde_json::Value;
    use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
    use std::alloc::System;
    use std::hint::black_box;

    #[global_allocator]
    static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

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

    /// The form of the fixture `file`: the broken plans the side-by-side benchmark measures
    /// the lean check on too.
    fn fixture_form(file: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(file);
        let fixture: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        fixture["form"].to_string()
    }

    /// The plans of the side-by-side benchmark (tests/js/bench/run.mjs) that break rules.
    const BROKEN_PLANS: [&str; 2] = ["plan-malformed.json", "plan-unsigned-partial.json"];

    fn context() -> Context {
        Context::from_options_json(r#"{"asOf":"2026-11-23","locale":"nl"}"#, None).unwrap()
    }

    const FIELD: &str = "arrangements.followUpIntervalDays";

    /// Allocations of one call of `f`, after a warm-up call.
    fn allocations<T>(mut f: impl FnMut() -> T) -> usize {
        black_box(f());
        let region = Region::new(GLOBAL);
        black_box(f());
        region.change().allocations
    }

    pub fn print_allocations() {
        let ctx = context();
        let plan = complete_form("supportPlan");
        let field = Path::parse(FIELD).unwrap();
        let validator = Validator::new(Kind::SupportPlan, ctx.clone());
        let mut session = validator.session(&plan).unwrap();
        let mut days = 14;
        let rows = [
            ("validateSupportPlan", allocations(|| validate_json(Kind::SupportPlan, &plan, &ctx).unwrap())),
            ("Validator::validate", allocations(|| validator.validate(&plan).unwrap())),
            ("Validator::check", allocations(|| validator.check(&plan, false).unwrap())),
            ("validateField", allocations(|| validate_field_json(Kind::SupportPlan, &plan, &field, &ctx).unwrap())),
            (
                "Session::set",
                allocations(|| {
                    days = if days == 14 { 20 } else { 14 };
                    session.set(&field, &days.to_string()).unwrap()
                }),
            ),
        ];
        for (name, count) in rows {
            println!("allocations per call: {name:<24} {count:>5}");
        }
        for file in BROKEN_PLANS {
            let form = fixture_form(file);
            let count = allocations(|| validator.check(form.as_str(), false).unwrap());
            println!("allocations per call: {:<24} {count:>5} ({file})", "Validator::check");
        }
    }

    fn benches(c: &mut Criterion) {
        let ctx = context();
        let plan = complete_form("supportPlan");
        let field = Path::parse(FIELD).unwrap();
        let validator = Validator::new(Kind::SupportPlan, ctx.clone());
        c.bench_function("validateSupportPlan (complete plan)", |b| {
            b.iter(|| validate_json(Kind::SupportPlan, black_box(&plan), &ctx).unwrap())
        });
        c.bench_function("Validator::validate (complete plan)", |b| {
            b.iter(|| validator.validate(black_box(&plan)).unwrap())
        });
        c.bench_function("Validator::check (complete plan)", |b| {
            b.iter(|| validator.check(black_box(&plan), false).unwrap())
        });
        for file in BROKEN_PLANS {
            let form = fixture_form(file);
            c.bench_function(&format!("Validator::check ({file})"), |b| {
                b.iter(|| validator.check(black_box(form.as_str()), false).unwrap())
            });
        }
        c.bench_function("decode only (complete plan)", |b| {
            b.iter(|| maatwerk::model::decode::from_json::<maatwerk::SupportPlan>(black_box(&plan)).unwrap())
        });
        c.bench_function("validateField (support plan, one field)", |b| {
            b.iter(|| validate_field_json(Kind::SupportPlan, black_box(&plan), &field, &ctx).unwrap())
        });
        let mut session = validator.session(&plan).unwrap();
        let mut days = 14;
        c.bench_function("Session::set (support plan, one field)", |b| {
            b.iter(|| {
                days = if days == 14 { 20 } else { 14 };
                session.set(&field, black_box(&days.to_string())).unwrap()
            })
        });
        let supervisor = complete_form("supervisor");
        c.bench_function("checkSupervisor", |b| {
            b.iter(|| validate_json(Kind::Supervisor, black_box(&supervisor), &ctx).unwrap())
        });
    }

    criterion_group!(validate, benches);
}
