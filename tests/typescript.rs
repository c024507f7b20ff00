//! The package's TypeScript declarations are complete: every type that derives one
//! (`derive(tsify::Tsify)` in src/) is in `maatwerk::typescript::declarations()`, which
//! examples/typescript.rs prints for scripts/build-pkg.sh, and every type a declaration or an
//! export of the wasm boundary (src/wasm) names is declared, by a derived declaration or by a
//! custom section of src/wasm. The derives are read from the source because a type missing
//! from the list is invisible to the compiler: its declaration would just not be printed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::collections::BTreeSet;
use std::path::Path;

/// TypeScript's own types the declarations may name.
const BUILT_IN: &[&str] = &["Record"];

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

fn src() -> Vec<(String, String)> {
    let mut out = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    assert!(out.len() > 50, "src/ read: {} files", out.len());
    out
}

/// The name of the type each `derive(tsify::Tsify)` of `text` is on: the first `struct` or
/// `enum` after it.
fn derived(file: &str, text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (at, _) in text.match_indices("derive(tsify::Tsify)") {
        let item = text[at..]
            .lines()
            .find_map(|line| {
                let line = line.trim_start().strip_prefix("pub ").unwrap_or(line.trim_start());
                line.strip_prefix("struct ").or_else(|| line.strip_prefix("enum "))
            })
            .unwrap_or_else(|| panic!("{file}: no struct or enum after a derive(tsify::Tsify)"));
        names.push(item.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap().to_owned());
    }
    names
}

/// `text` without its comments and string literals: what is left names types and fields.
fn code_of(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(['/', '"']) {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        rest = if let Some(comment) = tail.strip_prefix("/*") {
            &comment[comment.find("*/").expect("unclosed comment") + 2..]
        } else if let Some(comment) = tail.strip_prefix("//") {
            comment.find('\n').map_or("", |end| &comment[end..])
        } else if let Some(literal) = tail.strip_prefix('"') {
            out.push_str("\"\"");
            &literal[literal.find('"').expect("unclosed string") + 1..]
        } else {
            out.push('/');
            &tail[1..]
        };
    }
    out.push_str(rest);
    out
}

/// The identifiers of `text` that name a type: TypeScript's primitives are lower case, the
/// declared types upper case, and a field is lower camel case.
fn type_names(text: &str) -> BTreeSet<String> {
    code_of(text)
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|word| word.starts_with(|c: char| c.is_ascii_uppercase()))
        .map(str::to_owned)
        .collect()
}

/// The names `text` declares (`export interface X`, `export type X`).
fn declared(text: &str) -> Vec<String> {
    let code = code_of(text);
    let words: Vec<&str> = code.split_whitespace().collect();
    words
        .windows(3)
        .filter(|w| w[0] == "export" && (w[1] == "interface" || w[1] == "type"))
        .map(|w| w[2].split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap().to_owned())
        .collect()
}

/// The text of every string of src/wasm the boundary hands wasm-bindgen as TypeScript: the
/// custom sections and the exports' parameter and return types.
fn wasm_typescript() -> (Vec<String>, Vec<String>) {
    let (mut sections, mut types) = (Vec::new(), Vec::new());
    for (file, text) in src().into_iter().filter(|(file, _)| file.contains("/src/wasm/")) {
        for (at, _) in text.match_indices("(typescript_custom_section)]") {
            let raw = &text[at..];
            let start = raw.find("r#\"").unwrap_or_else(|| panic!("{file}: a custom section not in r#\"…\"#")) + 3;
            let end = raw[start..].find("\"#").unwrap();
            sections.push(raw[start..start + end].to_owned());
        }
        for key in ["unchecked_param_type = \"", "unchecked_return_type = \"", "typescript_type = \""] {
            for (at, _) in text.match_indices(key) {
                let raw = &text[at + key.len()..];
                let mut value = String::new();
                let mut chars = raw.chars();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => value.extend(chars.next()),
                        c => value.push(c),
                    }
                }
                types.push(value);
            }
        }
    }
    assert!(!sections.is_empty() && types.len() > 20, "src/wasm read: {sections:?}, {types:?}");
    (sections, types)
}

#[test]
fn every_derived_declaration_is_listed() {
    let listed: Vec<&str> = maatwerk::typescript::declarations().iter().map(|(name, _)| *name).collect();
    let unique: BTreeSet<&str> = listed.iter().copied().collect();
    assert_eq!(unique.len(), listed.len(), "a type is listed twice: {listed:?}");
    let derived: BTreeSet<String> = src().iter().flat_map(|(file, text)| derived(file, text)).collect();
    let listed: BTreeSet<String> = unique.iter().map(|name| (*name).to_owned()).collect();
    assert_eq!(
        derived.difference(&listed).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "derive(tsify::Tsify) on types missing from src/typescript.rs"
    );
    assert_eq!(
        listed.difference(&derived).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "listed in src/typescript.rs without a derive(tsify::Tsify) found in src/"
    );
}

#[test]
fn every_named_type_is_declared() {
    let declarations = maatwerk::typescript::declarations();
    let (sections, boundary) = wasm_typescript();
    let mut known: BTreeSet<String> = BUILT_IN.iter().map(|name| (*name).to_owned()).collect();
    for (name, declaration) in &declarations {
        assert_eq!(declared(declaration), [*name], "the declaration of {name}: {declaration}");
        known.insert((*name).to_owned());
    }
    for section in &sections {
        known.extend(declared(section));
    }
    let texts = declarations.iter().map(|(_, declaration)| *declaration).chain(sections.iter().map(String::as_str));
    for text in texts.chain(boundary.iter().map(String::as_str)) {
        let unknown: Vec<String> = type_names(text).difference(&known).cloned().collect();
        assert!(unknown.is_empty(), "{unknown:?} named but not declared, in: {text}");
    }
}

/// The reading above is not vacuous: a type it cannot resolve fails it.
#[test]
fn an_undeclared_name_is_found() {
    let text = "/** A Comment. */\nexport interface A {\n    /** \"B\" */\n    b?: B | \"C\";\n}";
    assert_eq!(declared(text), ["A"]);
    assert_eq!(type_names(text), BTreeSet::from(["A".to_owned(), "B".to_owned()]));
    assert_eq!(derived("x.rs", "#[derive(tsify::Tsify)]\n#[serde(x)]\npub struct Named {"), ["Named"]);
}
