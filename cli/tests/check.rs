//! `maatwerk check` on the fixtures: each output format, the exit statuses, a malformed line in
//! the middle of a batch, an empty input, input order over many chunks, and the reports equal
//! to the library's byte for byte.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod support;

use maatwerk::{validate_json, Context, Kind, Options};
use serde_json::Value;
use support::{envelope, fixtures, fixtures_dir, raw_report, run, status, stdout};

/// The library's own report of a fixture, as JSON text.
fn library_report(fixture: &Value, locale: Option<&str>) -> String {
    let kind: Kind = serde_json::from_value(fixture["kind"].clone()).unwrap();
    let mut options: Options = Options {
        as_of: fixture["asOf"].as_str().map(str::to_owned),
        locale: fixture.get("locale").map(|l| serde_json::from_value(l.clone()).unwrap()),
        parameters: fixture.get("parameters").map(|p| serde_json::from_value(p.clone()).unwrap()),
        mapping: None,
    };
    if let Some(locale) = locale {
        options.locale = Some(serde_json::from_value(Value::from(locale)).unwrap());
    }
    let ctx = Context::from_options(&options, None).unwrap();
    serde_json::to_string(&validate_json(kind, &fixture["form"].to_string(), &ctx).unwrap()).unwrap()
}

#[test]
fn ndjson_on_the_fixtures_folder_gives_the_library_reports_in_file_order() {
    let all = fixtures();
    let output = run(&["check", "--format", "ndjson", fixtures_dir().to_str().unwrap()], "");
    assert_eq!(status(&output), 1, "some fixtures are not valid");
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), all.len());
    for ((path, fixture), line) in all.iter().zip(&lines) {
        let result: Value = serde_json::from_str(line).unwrap();
        assert!(result["source"].as_str().unwrap().ends_with(path.file_name().unwrap().to_str().unwrap()));
        assert_eq!(result["kind"], fixture["kind"]);
        assert!(result.get("line").is_none(), "a JSON file has no line");
        assert_eq!(result["report"]["valid"], fixture["expect"]["valid"], "{}", path.display());
        assert_eq!(raw_report(line), library_report(fixture, None), "{}", path.display());
    }
}

#[test]
fn envelopes_on_standard_input_in_every_locale_give_the_library_reports() {
    let all = fixtures();
    let locales = ["nl", "fr", "en", "de"];
    let input: String = locales
        .iter()
        .flat_map(|locale| all.iter().map(move |(_, fixture)| envelope(fixture, locale) + "\n"))
        .collect();
    let output = run(&["check", "--format", "ndjson"], &input);
    assert_eq!(status(&output), 1);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), all.len() * locales.len());
    let expected = locales.iter().flat_map(|locale| all.iter().map(move |(_, fixture)| (locale, fixture)));
    for (number, (line, (locale, fixture))) in lines.iter().zip(expected).enumerate() {
        let result: Value = serde_json::from_str(line).unwrap();
        assert_eq!(result["source"], "-");
        assert_eq!(result["line"], number + 1);
        assert_eq!(raw_report(line), library_report(fixture, Some(locale)));
    }
}

#[test]
fn json_is_one_array_of_the_same_results() {
    let all = fixtures();
    let dir = fixtures_dir();
    let json = run(&["check", "--format", "json", dir.to_str().unwrap()], "");
    let ndjson = run(&["check", "--format", "ndjson", dir.to_str().unwrap()], "");
    assert_eq!(status(&json), 1);
    let array: Vec<Value> = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(array.len(), all.len());
    let lines: Vec<Value> = stdout(&ndjson).lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(array, lines);
}

#[test]
fn text_lists_each_form_its_issues_and_a_summary_by_code() {
    let dir = fixtures_dir().to_str().unwrap().to_owned();
    let output = run(&["check", "--locale", "en", &format!("{dir}/supervisor-19-months.json")], "");
    assert_eq!(status(&output), 1);
    let text = stdout(&output);
    let mut lines = text.lines();
    let head = lines.next().unwrap();
    assert!(
        head.ends_with(
            "supervisor-19-months.json: supervisor: NOT VALID (1 error, 0 warnings; 8 of 8 required facts filled)"
        ),
        "{head}"
    );
    assert!(text.contains("  error   experience  [SUP-002 supervisor.experience_too_short] "), "{text}");
    assert!(text.contains("\n1 form: 0 valid, 1 not valid, 0 not checked\n"), "{text}");
    assert!(text.contains("\nissues by code:\n"), "{text}");
    assert!(text.contains("       1  supervisor.experience_too_short\n"), "{text}");

    let all = run(&["check", &dir], "");
    let text = stdout(&all);
    let valid = fixtures().iter().filter(|(_, f)| f["expect"]["valid"] == true).count();
    let total = fixtures().len();
    assert!(
        text.contains(&format!("\n{total} forms: {valid} valid, {} not valid, 0 not checked\n", total - valid)),
        "{text}"
    );
}

#[test]
fn exit_status_is_0_when_every_form_is_valid() {
    let dir = fixtures_dir();
    let valid: Vec<String> = fixtures()
        .into_iter()
        .filter(|(_, fixture)| fixture["expect"]["valid"] == true)
        .map(|(path, _)| path.to_str().unwrap().to_owned())
        .collect();
    assert!(valid.len() >= 2);
    let mut args = vec!["check"];
    args.extend(valid.iter().map(String::as_str));
    assert_eq!(status(&run(&args, "")), 0);
    assert_eq!(status(&run(&["check", dir.join("plan-malformed.json").to_str().unwrap()], "")), 1);
}

#[test]
fn exit_status_is_2_on_a_usage_or_read_error_and_the_rest_is_still_checked() {
    let valid = fixtures_dir().join("plan-complete-valid.json");
    let output = run(&["check", "--format", "ndjson", "/nonexistent/plans.ndjson", valid.to_str().unwrap()], "");
    assert_eq!(status(&output), 2);
    let text = stdout(&output);
    let lines: Vec<Value> = text.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["error"]["code"], "unreadable");
    assert_eq!(lines[1]["report"]["valid"], true);

    // A bare form with no --kind, a made-up kind, a date that is no date, an unknown option.
    assert_eq!(status(&run(&["check", "--format", "ndjson"], "{\"name\":\"An Peeters\"}\n")), 2);
    assert_eq!(status(&run(&["check", "--kind", "loonpremie"], "")), 2);
    assert_eq!(status(&run(&["check", "--as-of", "2026-02-30"], "")), 2);
    assert_eq!(status(&run(&["check", "--verbose"], "")), 2);
}

#[test]
fn a_line_that_is_not_json_is_reported_at_its_line_and_the_batch_goes_on() {
    let plan = std::fs::read_to_string(fixtures_dir().join("plan-complete-valid.json")).unwrap();
    let plan: Value = serde_json::from_str(&plan).unwrap();
    let form = plan["form"].to_string();
    let secret = "Sentinel-85.07.30-033.28";
    let input = format!("{form}\n{{\"planDate\": \"{secret}\n\n{form}\n");
    let output = run(&["check", "--kind", "supportPlan", "--as-of", "2026-11-23", "--format", "ndjson"], &input);
    assert_eq!(status(&output), 1, "a form that is not JSON is not valid");
    let text = stdout(&output);
    assert!(!text.contains(secret), "the message names no typed value");
    let lines: Vec<Value> = text.lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["report"]["valid"], true);
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"]["code"], "notJson");
    assert_eq!(lines[2]["line"], 4, "the blank line 3 is skipped but counted");
    assert_eq!(lines[2]["report"]["valid"], true);

    let text = stdout(&run(&["check", "--kind", "supportPlan", "--as-of", "2026-11-23"], &input));
    assert!(text.contains("-:2: supportPlan: not JSON: syntax error at line 1, column"), "{text}");
    assert!(text.contains("\n3 forms: 2 valid, 1 not valid, 0 not checked\n"), "{text}");
}

#[test]
fn an_empty_input_checks_nothing_and_succeeds() {
    for (format, expected) in
        [("ndjson", ""), ("json", "[]\n"), ("text", "\n0 forms: 0 valid, 0 not valid, 0 not checked\n")]
    {
        let output = run(&["check", "--kind", "supportPlan", "--format", format], "");
        assert_eq!(status(&output), 0, "{format}");
        assert_eq!(stdout(&output), expected, "{format}");
        let output = run(&["check", "--kind", "supportPlan", "--format", format], "\n  \n");
        assert_eq!(stdout(&output), expected, "blank lines are no forms ({format})");
    }
}

#[test]
fn many_chunks_come_out_in_input_order_on_several_threads() {
    let all = fixtures();
    let count = 5_000;
    let input: String = (0..count).map(|n| envelope(&all[n % all.len()].1, "nl") + "\n").collect();
    let output = run(&["check", "--format", "ndjson", "--jobs", "3"], &input);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), count);
    let reports: Vec<String> = all.iter().map(|(_, fixture)| library_report(fixture, Some("nl"))).collect();
    for (n, line) in lines.iter().enumerate() {
        assert!(line.starts_with(&format!("{{\"source\":\"-\",\"line\":{},", n + 1)), "line {n}");
        assert_eq!(raw_report(line), reports[n % all.len()], "line {n}");
    }
}

#[test]
fn the_envelope_wins_over_the_options_and_a_bad_envelope_is_the_forms_problem() {
    let supervisor = r#"{"name":"An Peeters","experience":[{"from":"2025-04-01","relevant":true}]}"#;
    let input = format!(
        "{{\"kind\":\"supervisor\",\"asOf\":\"2026-11-23\",\"form\":{supervisor}}}\n\
         {{\"kind\":\"supervisor\",\"asOf\":\"2026-11-31\",\"form\":{supervisor}}}\n\
         {{\"kind\":\"plan\",\"form\":{supervisor}}}\n\
         {{\"kind\":\"supervisor\",\"asOf\":\"2026-11-23\",\"\\u0066orm\":{supervisor}}}\n"
    );
    let output = run(&["check", "--kind", "supportPlan", "--as-of", "2030-01-01", "--format", "ndjson"], &input);
    assert_eq!(status(&output), 1);
    let lines: Vec<Value> = stdout(&output).lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines[0]["kind"], "supervisor");
    let messages: Vec<&str> =
        lines[0]["report"]["issues"].as_array().unwrap().iter().map(|i| i["code"].as_str().unwrap()).collect();
    assert!(messages.contains(&"supervisor.experience_too_short"), "as of 2026-11-23, not 2030: {messages:?}");
    assert_eq!(lines[1]["error"]["code"], "badOptions");
    assert_eq!(lines[2]["error"]["code"], "badEnvelope");
    assert_eq!(lines[3]["report"], lines[0]["report"], "a key spelt with an escape is the same key");
}

/// A supervisor as a portal's form holds it, and the mapping to the wire.
const PORTAL_MAPPING: &str = r#"{"fields": {"persoon.naam": "name", "ervaring[*].van": "experience[*].from",
    "ervaring[*].relevant": {"path": "experience[*].relevant", "values": {"J": true, "N": false}}}}"#;

#[test]
fn a_mapping_reads_the_portal_shape_and_names_the_portal_paths() {
    let dir = std::env::temp_dir().join(format!("maatwerk-mapping-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mapping = dir.join("mapping.json");
    std::fs::write(&mapping, PORTAL_MAPPING).unwrap();
    let portal = r#"{"persoon": {"naam": "A. Peeters"}, "ervaring": [{"van": "2025-04-01", "relevant": "J"}]}"#;
    let args = ["check", "--kind", "supervisor", "--as-of", "2026-11-23", "--format", "ndjson", "--mapping"];
    let output = run(&[&args[..], &[mapping.to_str().unwrap(), "-"]].concat(), portal);
    assert_eq!(status(&output), 1);
    let result: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    let short = result["report"]["issues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|issue| issue["code"] == "supervisor.experience_too_short")
        .unwrap();
    assert_eq!((short["field"].as_str(), short["portalPath"].as_str()), (Some("experience"), Some("ervaring")));

    // The library's own report through the same mapping, byte for byte.
    let ctx = Context::from_options_json(r#"{"asOf": "2026-11-23"}"#, None).unwrap();
    let validator = maatwerk::Validator::new(Kind::Supervisor, ctx)
        .with_mapping(maatwerk::Mapping::from_json(PORTAL_MAPPING).unwrap())
        .unwrap();
    assert_eq!(
        raw_report(stdout(&output).trim()),
        serde_json::to_string(&validator.validate(portal).unwrap()).unwrap()
    );

    // A mapping that names no field of the kind is a usage error naming the entry.
    std::fs::write(&mapping, r#"{"fields": {"naam": "nmae"}}"#).unwrap();
    let output = run(&[&args[..], &[mapping.to_str().unwrap(), "-"]].concat(), portal);
    assert_eq!(status(&output), 2);
    assert!(String::from_utf8_lossy(&output.stderr)
        .contains(r#"options.mapping.fields["naam"] names no field of a supervisor form"#));
    std::fs::remove_dir_all(&dir).unwrap();

    // A mapping is for one kind of form: without --kind it is refused.
    let output = run(&["check", "--mapping", "x.json", "-"], portal);
    assert_eq!(status(&output), 2);
}
