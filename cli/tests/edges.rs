//! `maatwerk check` at the edges of its input and output: a folder that links to itself, a
//! byte order mark, the size bound of a form however it is written, a closed standard output.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod support;

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;
use support::{fixtures_dir, run, status, stdout};

/// A new empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("maatwerk-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn results(text: &str) -> Vec<Value> {
    text.lines().map(|line| serde_json::from_str(line).unwrap()).collect()
}

fn plan() -> String {
    std::fs::read_to_string(fixtures_dir().join("plan-complete-valid.json")).unwrap()
}

#[cfg(unix)]
#[test]
fn links_to_folders_are_not_followed() {
    let dir = scratch("links");
    std::fs::write(dir.join("plan.json"), plan()).unwrap();
    std::fs::create_dir(dir.join("inner")).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("inner/up")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("self")).unwrap();
    std::os::unix::fs::symlink(dir.join("plan.json"), dir.join("inner/linked.json")).unwrap();
    let output = run(&["check", "--format", "ndjson", dir.to_str().unwrap()], "");
    let found: Vec<String> =
        results(&stdout(&output)).iter().map(|result| result["source"].as_str().unwrap().to_owned()).collect();
    // The linked file is read; the links to folders are not followed.
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].ends_with("inner/linked.json") && found[1].ends_with("plan.json"), "{found:?}");
    assert_eq!(status(&output), 0);
    // A folder named by a link on the command line is read.
    let output = run(&["check", "--format", "ndjson", dir.join("self").to_str().unwrap()], "");
    assert_eq!(results(&stdout(&output)).len(), 2);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_byte_order_mark_at_the_start_of_a_file_or_a_stream_is_skipped() {
    let dir = scratch("bom");
    let with_bom = format!("\u{feff}{}", plan());
    std::fs::write(dir.join("plan.json"), &with_bom).unwrap();
    let form: Value = serde_json::from_str(&plan()).unwrap();
    let line = form.to_string();
    std::fs::write(dir.join("plans.ndjson"), format!("\u{feff}{line}\n{line}\n")).unwrap();
    let output = run(&["check", "--format", "ndjson", dir.to_str().unwrap()], "");
    let found = results(&stdout(&output));
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|result| result["report"]["valid"] == true), "{found:?}");
    let output = run(&["check", "--format", "ndjson"], &format!("\u{feff}{line}\n{line}\n"));
    let found = results(&stdout(&output));
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|result| result["report"]["valid"] == true), "{found:?}");
    assert_eq!(status(&output), 0);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A support plan whose compact JSON is exactly `bytes` long.
fn plan_of_size(bytes: usize) -> Value {
    let mut form: Value = serde_json::from_str::<Value>(&plan()).unwrap()["form"].clone();
    form["unknownFiller"] = Value::from("");
    let base = form.to_string().len();
    form["unknownFiller"] = Value::from("x".repeat(bytes - base));
    assert_eq!(form.to_string().len(), bytes);
    form
}

#[test]
fn the_size_bound_is_on_the_form_compact_or_pretty_printed() {
    let args = ["check", "--kind", "supportPlan", "--as-of", "2026-11-23", "--format", "ndjson"];
    let too_large = |result: &Value| {
        result["report"]["issues"].as_array().unwrap().iter().any(|issue| issue["code"] == "form.too_large")
    };
    // 1,000,000 bytes compact: read, as on an NDJSON line, pretty-printed in a file, or in the browser.
    let form = plan_of_size(1_000_000);
    let pretty = serde_json::to_string_pretty(&form).unwrap();
    assert!(pretty.len() > 1_000_000);
    let dir = scratch("size");
    std::fs::write(dir.join("pretty.json"), &pretty).unwrap();
    let mut in_file = vec!["check", "--kind", "supportPlan", "--as-of", "2026-11-23", "--format", "ndjson"];
    let file = dir.join("pretty.json");
    in_file.push(file.to_str().unwrap());
    for output in [run(&args, &format!("{form}\n")), run(&in_file, "")] {
        let found = results(&stdout(&output));
        assert_eq!(found.len(), 1);
        assert!(!too_large(&found[0]), "{}", found[0]["report"]["issues"]);
    }
    // One byte more is too large, however it is written.
    let form = plan_of_size(1_000_001);
    std::fs::write(dir.join("pretty.json"), serde_json::to_string_pretty(&form).unwrap()).unwrap();
    for output in [run(&args, &format!("{form}\n")), run(&in_file, "")] {
        assert!(too_large(&results(&stdout(&output))[0]));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_closed_standard_output_is_status_2_with_a_message() {
    let fixture = fixtures_dir().join("plan-complete-valid.json");
    for args in [vec!["check", fixture.to_str().unwrap()], vec!["rules"]] {
        let output = Command::new("sh")
            .arg("-c")
            .arg(r#"exec "$@" >&-"#)
            .arg("sh")
            .arg(env!("CARGO_BIN_EXE_maatwerk"))
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = String::from_utf8(output.stderr).unwrap();
        assert!(message.contains("cannot write the output"), "{message}");
    }
    // Output sent to /dev/null on purpose is written, not lost.
    let output = Command::new("sh")
        .arg("-c")
        .arg(r#"exec "$@" >/dev/null"#)
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_maatwerk"))
        .arg("rules")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
}
