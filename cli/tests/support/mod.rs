//! Runs the built `maatwerk` binary and reads the project's fixtures.
#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The project's fixtures folder.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

/// Every fixture, `(path, parsed)`, by file name (the order the command reads a folder in).
pub fn fixtures() -> Vec<(PathBuf, Value)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            (path, value)
        })
        .collect()
}

/// Runs `maatwerk ARGS` with `stdin` as standard input.
pub fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_maatwerk"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let text = stdin.to_owned();
    // Written from a thread so a large input cannot dead-lock against a full output pipe.
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(text.as_bytes());
    });
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    output
}

/// The exit status.
pub fn status(output: &Output) -> i32 {
    output.status.code().unwrap()
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// A fixture as a one-line envelope with another locale.
pub fn envelope(fixture: &Value, locale: &str) -> String {
    let mut envelope = fixture.as_object().unwrap().clone();
    envelope.remove("expect");
    envelope.insert("locale".into(), Value::from(locale));
    Value::Object(envelope).to_string()
}

/// The text of a line's `report` member, byte for byte (the command writes it last).
pub fn raw_report(line: &str) -> &str {
    let start = line.find(",\"report\":").unwrap() + ",\"report\":".len();
    &line[start..line.len() - 1]
}
