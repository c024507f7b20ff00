//! The golden vectors: every fixture, and systematic variants of them (each required fact
//! removed, each field given a wrong type, dates at the edges of every deadline and as-of
//! boundary, the empty form of every kind), with a locale-independent summary of each one's
//! verdict.
//!
//! The summaries are committed (tests/golden/<kind>.txt), so a change of any verdict shows in
//! a review as a diff. The reports themselves are compared byte for byte, in the four locales,
//! natively, in Node and in headless Chromium: `native_reports` in tests/golden.rs writes the
//! native ones with the vectors (target/golden/native.json), and the JS tests compare the wasm
//! module's with them.
//!
//! Shared by the tests that include it, next to variants.rs (as `super::variants`).

// Each test that includes this file uses a part of it.
#![allow(dead_code)]

use super::variants::{fixtures, lookup, paths, text, with, Fixture, Step};
use maatwerk::{validate_json, Context, Kind, Param, Report};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path as FsPath;

/// The locales every report is rendered in.
pub const LOCALES: [&str; 4] = ["nl", "fr", "en", "de"];

/// The kinds of form, as the wire names them.
pub const KINDS: [&str; 4] = ["application", "providerRegistration", "supportPlan", "supervisor"];

/// One golden vector: a form of a kind, with its options (no locale: every vector is rendered in
/// every locale).
#[derive(Debug, Clone)]
pub struct Vector {
    /// What the vector is, readable: the fixture and what was changed in it.
    pub id: String,
    pub kind: String,
    pub options: Value,
    pub form: Value,
}

impl Vector {
    /// The vector as the JS tests read it.
    pub fn to_json(&self) -> Value {
        json!({ "id": self.id, "kind": self.kind, "options": self.options, "form": self.form })
    }

    /// The report natively, in `locale`.
    pub fn report(&self, locale: &str) -> Report {
        report(&self.kind, &self.options, &self.form, locale)
    }
}

/// The report on `form` with `options` in `locale`.
pub fn report(kind: &str, options: &Value, form: &Value, locale: &str) -> Report {
    let kind: Kind = serde_json::from_value(Value::from(kind)).expect("a kind");
    let mut options = options.clone();
    options["locale"] = Value::from(locale);
    let ctx = Context::from_options_json(&options.to_string(), None).expect("options");
    validate_json(kind, &form.to_string(), &ctx).expect("a form")
}

/// A fixture's options without the locale.
fn options_of(fixture: &Fixture) -> Value {
    let mut options = fixture.options.clone();
    if let Some(map) = options.as_object_mut() {
        map.remove("locale");
    }
    options
}

/// Every vector, in a fixed order; ids are unique.
pub fn vectors() -> Vec<Vector> {
    let fixtures = fixtures();
    let mut all = Vec::new();
    for fixture in &fixtures {
        all.push(Vector {
            id: fixture.name.clone(),
            kind: fixture.kind.clone(),
            options: options_of(fixture),
            form: fixture.form.clone(),
        });
    }
    for kind in KINDS {
        all.push(Vector {
            id: format!("{kind} ~ empty"),
            kind: kind.to_owned(),
            options: as_of(AS_OF),
            form: json!({}),
        });
        all.push(Vector {
            id: format!("{kind} ~ empty ~ asOf 2023-06-30"),
            kind: kind.to_owned(),
            options: as_of("2023-06-30"),
            form: json!({}),
        });
    }
    for fixture in &fixtures {
        all.extend(required_facts_removed(fixture));
    }
    let mut seen = BTreeSet::new();
    for fixture in &fixtures {
        all.extend(wrong_types(fixture, &mut seen));
    }
    all.extend(edges(&fixtures));
    all
}

/// The as-of date of the empty forms.
const AS_OF: &str = "2026-11-23";

fn as_of(date: &str) -> Value {
    json!({ "asOf": date })
}

/// The fixture with each required fact it fills removed, one at a time: a fact is required
/// when, once removed, completeness lists it as missing.
fn required_facts_removed(fixture: &Fixture) -> Vec<Vector> {
    let options = options_of(fixture);
    let before: BTreeSet<String> =
        report(&fixture.kind, &options, &fixture.form, "en").completeness.missing.into_iter().collect();
    paths(&fixture.form)
        .into_iter()
        .filter_map(|path| {
            let field = text(&path);
            let form = with(&fixture.form, &path, None);
            let missing = report(&fixture.kind, &options, &form, "en").completeness.missing;
            (missing.contains(&field) && !before.contains(&field)).then(|| Vector {
                id: format!("{} ~ without {field}", fixture.name),
                kind: fixture.kind.clone(),
                options: options.clone(),
                form,
            })
        })
        .collect()
}

/// A value of another type than `value`: a number for a text, a text for a yes/no or a number,
/// a group for a list and a list for a group.
fn wrong_type(value: &Value) -> Value {
    match value {
        Value::String(_) => json!(42),
        Value::Bool(_) => json!("yes"),
        Value::Number(_) => json!("14"),
        Value::Array(_) => json!({ "0": "first" }),
        Value::Object(_) => json!(["a list"]),
        Value::Null => json!(true),
    }
}

/// Each field of the fixture given a wrong type, once per field of a kind (`experience[*].from`
/// once, at the first fixture that has it).
fn wrong_types(fixture: &Fixture, seen: &mut BTreeSet<(String, String)>) -> Vec<Vector> {
    let options = options_of(fixture);
    paths(&fixture.form)
        .into_iter()
        .filter_map(|path| {
            let pattern: String = path
                .iter()
                .map(|step| match step {
                    Step::Key(key) => format!(".{key}"),
                    Step::Index(_) => "[*]".to_owned(),
                })
                .collect();
            if !seen.insert((fixture.kind.clone(), pattern)) {
                return None;
            }
            let current = lookup(&fixture.form, &path)?;
            let replacement = wrong_type(current);
            Some(Vector {
                id: format!("{} ~ {} = {replacement}", fixture.name, text(&path)),
                kind: fixture.kind.clone(),
                options: options.clone(),
                form: with(&fixture.form, &path, Some(replacement)),
            })
        })
        .collect()
}

/// A change of a fixture: set a path (text form, `a.b[0].c`) or remove it (`None`).
type Change = (&'static str, Option<Value>);

/// One edge: a fixture, what changes in it, and the as-of date and parameters to use.
struct Edge {
    fixture: &'static str,
    changes: Vec<Change>,
    as_of: Option<&'static str>,
    parameters: Option<Value>,
    /// What the vector's id says instead of the changes, when they are too long to read.
    named: Option<&'static str>,
}

fn edge(fixture: &'static str, changes: Vec<Change>) -> Edge {
    Edge { fixture, changes, as_of: None, parameters: None, named: None }
}

fn set(path: &'static str, value: Value) -> Change {
    (path, Some(value))
}

fn unset(path: &'static str) -> Change {
    (path, None)
}

impl Edge {
    fn on(mut self, as_of: &'static str) -> Self {
        self.as_of = Some(as_of);
        self
    }

    fn with_parameters(mut self, parameters: Value) -> Self {
        self.parameters = Some(parameters);
        self
    }

    fn named(mut self, id: &'static str) -> Self {
        self.named = Some(id);
        self
    }
}

/// The steps of a path in text form (`a.b[0].c`).
fn steps(path: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(open) = rest.find('[') {
            out.push(Step::Key(rest[..open].to_owned()));
            rest = &rest[open..];
            while let Some(close) = rest.find(']') {
                out.push(Step::Index(rest[1..close].parse().expect("an index")));
                rest = &rest[close + 1..];
            }
        } else {
            out.push(Step::Key(rest.to_owned()));
        }
    }
    out
}

/// `form` with `value` at `path`, the groups on the way created.
fn put(form: &Value, path: &[Step], value: Option<Value>) -> Value {
    let mut copy = form.clone();
    if let Some((_, parent)) = path.split_last() {
        let mut at = &mut copy;
        for step in parent {
            at = match step {
                Step::Key(key) => {
                    if !at.is_object() {
                        *at = json!({});
                    }
                    at.as_object_mut().expect("a group").entry(key.clone()).or_insert(Value::Null)
                }
                Step::Index(index) => &mut at[*index],
            };
        }
    }
    with(&copy, path, value)
}

fn apply(fixture: &Fixture, edge: &Edge) -> Vector {
    let mut form = fixture.form.clone();
    let mut id = fixture.name.clone();
    for (path, value) in &edge.changes {
        form = put(&form, &steps(path), value.clone());
        match (edge.named, value) {
            (Some(_), _) => {}
            (None, Some(value)) => write!(id, " ~ {path} = {value}").expect("a string"),
            (None, None) => write!(id, " ~ without {path}").expect("a string"),
        }
    }
    if let Some(named) = edge.named {
        write!(id, " ~ {named}").expect("a string");
    }
    let mut options = options_of(fixture);
    if let Some(date) = edge.as_of {
        options["asOf"] = Value::from(date);
        write!(id, " ~ asOf {date}").expect("a string");
    }
    if let Some(parameters) = &edge.parameters {
        options["parameters"] = parameters.clone();
        write!(id, " ~ parameters {parameters}").expect("a string");
    }
    Vector { id, kind: fixture.kind.clone(), options, form }
}

/// Dates at the edges of every deadline and as-of boundary, and the numeric bounds, each on
/// both sides.
fn edges(fixtures: &[Fixture]) -> Vec<Vector> {
    const APP: &str = "application-complete-internal-guidance"; // as of 2025-11-24
    const SELF: &str = "application-self-employed-begeleidingspremie"; // as of 2025-11-24
    const PLAN: &str = "plan-complete-valid"; // as of 2026-11-23
    const SUP: &str = "supervisor-19-months"; // as of 2026-11-23
    const EXT: &str = "provider-renewal-lapsed-unqualified"; // as of 2026-11-23
    let d = |date: &str| Value::from(date);
    // APP-011: an application filed on `filed`, judged on `as_of`, its contract and indication
    // before the scheme's start.
    let filed_around_the_start = |filed: &'static str, as_of: &'static str| {
        let changes = vec![
            set("applicationDate", d(filed)),
            set("contract.start", d("2023-06-01")),
            set("vdabIndication.date", d("2023-05-15")),
        ];
        edge(APP, changes).on(as_of)
    };
    let list = vec![
        // APP-001: an indication lasts to the day before its fifth anniversary, or its end date.
        edge(APP, vec![unset("vdabIndication.validUntil"), set("vdabIndication.date", d("2020-11-25"))]),
        edge(APP, vec![unset("vdabIndication.validUntil"), set("vdabIndication.date", d("2020-11-24"))]),
        edge(APP, vec![set("vdabIndication.validUntil", d("2025-11-24"))]),
        edge(APP, vec![set("vdabIndication.validUntil", d("2025-11-23"))]),
        edge(APP, vec![set("vdabIndication.validUntil", d("2030-09-15"))]),
        edge(APP, vec![set("vdabIndication.validUntil", d("2025-09-14"))]),
        edge(APP, vec![set("vdabIndication.date", d("2025-11-24"))]),
        edge(APP, vec![set("vdabIndication.date", d("2025-11-25"))]),
        // APP-008: filed during the employment, from its start to its end included.
        edge(APP, vec![set("applicationDate", d("2025-10-01"))]),
        edge(APP, vec![set("applicationDate", d("2025-09-30"))]),
        edge(APP, vec![set("contract.end", d("2025-10-20"))]),
        edge(APP, vec![set("contract.end", d("2025-10-19"))]),
        edge(APP, vec![set("contract.end", d("2025-09-30"))]),
        // APP-008 holds from its parameter (default 2024-01-01).
        edge(
            APP,
            vec![
                set("applicationDate", d("2023-11-20")),
                set("contract.start", d("2023-12-01")),
                set("vdabIndication.date", d("2023-09-15")),
            ],
        )
        .on("2023-12-31"),
        edge(
            APP,
            vec![
                set("applicationDate", d("2023-11-20")),
                set("contract.start", d("2023-12-01")),
                set("vdabIndication.date", d("2023-09-15")),
            ],
        )
        .on("2024-01-01"),
        edge(
            APP,
            vec![
                set("applicationDate", d("2023-11-20")),
                set("contract.start", d("2023-12-01")),
                set("vdabIndication.date", d("2023-09-15")),
            ],
        )
        .on("2024-03-01")
        .with_parameters(json!({ "applicationDuringEmploymentFrom": "2024-03-02" })),
        edge(
            APP,
            vec![
                set("applicationDate", d("2023-11-20")),
                set("contract.start", d("2023-12-01")),
                set("vdabIndication.date", d("2023-09-15")),
            ],
        )
        .on("2024-03-02")
        .with_parameters(json!({ "applicationDuringEmploymentFrom": "2024-03-02" })),
        // APP-011: applications from 2023-07-03; the rules hold from 2023-07-01.
        filed_around_the_start("2023-07-02", "2023-09-01"),
        filed_around_the_start("2023-07-03", "2023-09-01"),
        filed_around_the_start("2023-07-03", "2023-07-02"),
        filed_around_the_start("2023-07-03", "2023-07-03"),
        filed_around_the_start("2023-06-30", "2023-06-30"),
        filed_around_the_start("2023-06-30", "2023-07-01"),
        // An application dated after the as-of date.
        edge(APP, vec![set("applicationDate", d("2025-11-24"))]),
        edge(APP, vec![set("applicationDate", d("2025-11-25"))]),
        // APP-005: 20 to 55 %, 2 to 5 whole years.
        edge(
            SELF,
            vec![
                unset("requestedPremiums.begeleidingspremie"),
                set("requestedPremiums.ondersteuningspremiePercentage", json!(20)),
                set("requestedPremiums.ondersteuningspremieYears", json!(2)),
                set("employer.inDifficulty", json!(false)),
            ],
        ),
        edge(
            SELF,
            vec![
                unset("requestedPremiums.begeleidingspremie"),
                set("requestedPremiums.ondersteuningspremiePercentage", json!(19.5)),
                set("requestedPremiums.ondersteuningspremieYears", json!(1)),
            ],
        ),
        edge(
            SELF,
            vec![
                unset("requestedPremiums.begeleidingspremie"),
                set("requestedPremiums.ondersteuningspremiePercentage", json!(55)),
                set("requestedPremiums.ondersteuningspremieYears", json!(5)),
            ],
        ),
        edge(
            SELF,
            vec![
                unset("requestedPremiums.begeleidingspremie"),
                set("requestedPremiums.ondersteuningspremiePercentage", json!(55.5)),
                set("requestedPremiums.ondersteuningspremieYears", json!(6)),
            ],
        ),
        edge(
            SELF,
            vec![
                unset("requestedPremiums.begeleidingspremie"),
                set("requestedPremiums.ondersteuningspremiePercentage", json!(35)),
                set("requestedPremiums.ondersteuningspremieYears", json!(2.5)),
            ],
        ),
        // PLAN-002: three months from the latest of the start, the indication and the scheme.
        edge(
            PLAN,
            vec![
                set("planDate", d("2026-04-05")),
                set("signatures.employer.date", d("2026-04-05")),
                set("signatures.employee.date", d("2026-04-05")),
            ],
        ),
        edge(
            PLAN,
            vec![
                set("planDate", d("2026-04-06")),
                set("signatures.employer.date", d("2026-04-06")),
                set("signatures.employee.date", d("2026-04-06")),
            ],
        ),
        edge(
            PLAN,
            vec![
                set("indication.date", d("2026-02-01")),
                set("planDate", d("2026-05-01")),
                set("signatures.employer.date", d("2026-05-01")),
                set("signatures.employee.date", d("2026-05-01")),
            ],
        ),
        edge(
            PLAN,
            vec![
                set("indication.date", d("2026-02-01")),
                set("planDate", d("2026-05-02")),
                set("signatures.employer.date", d("2026-05-02")),
                set("signatures.employee.date", d("2026-05-02")),
            ],
        ),
        edge(
            PLAN,
            vec![set("employmentStart", d("2019-03-01")), unset("indication.date"), set("planDate", d("2023-10-01"))],
        ),
        edge(
            PLAN,
            vec![set("employmentStart", d("2019-03-01")), unset("indication.date"), set("planDate", d("2023-10-02"))],
        ),
        edge(PLAN, vec![set("planDate", d("2026-11-23"))]),
        edge(PLAN, vec![set("planDate", d("2026-11-24"))]),
        edge(
            PLAN,
            vec![
                set("planDate", d("2026-03-05")),
                set("signatures.employer.date", d("2026-03-05")),
                set("signatures.employee.date", d("2026-03-05")),
            ],
        )
        .with_parameters(json!({ "planFirstMonths": 2 })),
        edge(
            PLAN,
            vec![
                set("planDate", d("2026-03-06")),
                set("signatures.employer.date", d("2026-03-06")),
                set("signatures.employee.date", d("2026-03-06")),
            ],
        )
        .with_parameters(json!({ "planFirstMonths": 2 })),
        // PLAN-003: a revision on the day of the change covers it; a change after the as-of date
        // is not due; a revision after the as-of date covers nothing.
        edge(PLAN, vec![set("revisions[1].date", d("2026-10-01"))]),
        edge(PLAN, vec![set("revisions[1].date", d("2026-09-30"))]),
        edge(PLAN, vec![set("premiumChanges[1].date", d("2026-11-23"))]),
        edge(PLAN, vec![set("premiumChanges[1].date", d("2026-11-24"))]),
        edge(PLAN, vec![set("revisions[1].date", d("2026-11-24"))]),
        edge(PLAN, vec![set("premiumChanges", json!([])), unset("revisions")]),
        edge(PLAN, vec![unset("premiumChanges"), unset("revisions")]),
        // PLAN-004: signatures not before the plan date, not after the as-of date.
        edge(PLAN, vec![set("signatures.employee.date", d("2026-02-16"))]),
        edge(PLAN, vec![set("signatures.employee.date", d("2026-02-15"))]),
        edge(PLAN, vec![set("signatures.employee.date", d("2026-11-23"))]),
        edge(PLAN, vec![set("signatures.employee.date", d("2026-11-24"))]),
        // GUI-002: on the work floor within 5 working days (request Friday 8 May 2026, Ascension
        // on Thursday 14 May: deadline Monday 18 May).
        edge(PLAN, vec![set("arrangements.onSiteVisit", d("2026-05-19"))]),
        edge(PLAN, vec![set("arrangements.onSiteVisit", d("2026-05-07"))]),
        edge(PLAN, vec![unset("arrangements.onSiteVisit")]).on("2026-05-18"),
        edge(PLAN, vec![unset("arrangements.onSiteVisit")]).on("2026-05-19"),
        edge(PLAN, vec![set("arrangements.onSiteWithinWorkingDays", json!(6))]),
        edge(PLAN, vec![set("arrangements.onSiteWithinWorkingDays", json!(0))]),
        // 11 July (Thursday in 2024) is no working day by default: request Monday 8 July, deadline
        // Tuesday 16 July; as a working day, Monday 15 July.
        edge(
            PLAN,
            vec![
                set("arrangements.lastOnSiteRequest", d("2024-07-08")),
                set("arrangements.onSiteVisit", d("2024-07-16")),
            ],
        ),
        edge(
            PLAN,
            vec![
                set("arrangements.lastOnSiteRequest", d("2024-07-08")),
                set("arrangements.onSiteVisit", d("2024-07-16")),
            ],
        )
        .with_parameters(json!({ "flemishCommunityDayOff": false })),
        edge(
            PLAN,
            vec![
                set("arrangements.lastOnSiteRequest", d("2024-07-08")),
                set("arrangements.onSiteVisit", d("2024-07-15")),
            ],
        )
        .with_parameters(json!({ "flemishCommunityDayOff": false })),
        // GUI-003: every two weeks.
        edge(PLAN, vec![set("arrangements.followUpIntervalDays", json!(15))]),
        edge(PLAN, vec![set("arrangements.followUpIntervalDays", json!(1))]),
        // SUP-004 in the plan: the supervisor, another person, both, or nobody said.
        edge(PLAN, vec![set("supervisor.responsible", json!(false)), set("responsiblePerson", d("Koen Wouters"))]),
        edge(PLAN, vec![set("responsiblePerson", d("Koen Wouters"))]),
        edge(PLAN, vec![set("responsiblePerson", d("An Peeters"))]),
        edge(PLAN, vec![set("supervisor.responsible", json!(false))]),
        // PLAN-001: no guidance indicated.
        edge(PLAN, vec![set("guidanceIndicated", json!(false))]),
        // PLAN-008: an action point without who follows it up (not required: no "without" vector).
        edge(PLAN, vec![unset("actionPoints[2].owner")]),
        // SUP-002: 24 months, and a day short; an ongoing period up to the as-of date.
        edge(SUP, vec![set("experience", json!([{ "from": "2020-01-01", "to": "2021-12-31", "relevant": true }]))]),
        edge(SUP, vec![set("experience", json!([{ "from": "2020-01-01", "to": "2021-12-30", "relevant": true }]))]),
        edge(SUP, vec![set("experience", json!([{ "from": "2024-11-24", "relevant": true }]))]),
        edge(SUP, vec![set("experience", json!([{ "from": "2024-11-25", "relevant": true }]))]),
        edge(SUP, vec![set("experience", json!([{ "from": "2026-11-23", "relevant": true }]))]),
        edge(SUP, vec![set("experience", json!([{ "from": "2026-11-24", "relevant": true }]))]),
        edge(SUP, vec![set("experience", json!([{ "from": "2020-01-01", "to": "2021-12-31" }]))]),
        edge(SUP, vec![set("diplomas", json!([{ "code": "ba-sociaal-werk", "obtained": "2026-11-23" }]))]),
        edge(SUP, vec![set("diplomas", json!([{ "code": "ba-sociaal-werk", "obtained": "2026-11-24" }]))]),
        edge(SUP, vec![set("responsible", json!(true))]),
        edge(SUP, vec![set("responsible", json!(false))]),
        // EXT-006: lapses two years after the last guidance; EXT-009: valid five years.
        edge(EXT, vec![set("registration.lastGuidanceOn", d("2024-11-23"))]),
        edge(EXT, vec![set("registration.lastGuidanceOn", d("2024-11-24"))]),
        edge(EXT, vec![set("registration.registeredOn", d("2021-11-24")), unset("registration.lastGuidanceOn")]),
        edge(EXT, vec![set("registration.registeredOn", d("2021-11-23")), unset("registration.lastGuidanceOn")]),
        edge(
            EXT,
            vec![
                set("registration.registeredOn", d("2021-11-24")),
                set("registration.lastGuidanceOn", d("2026-11-01")),
            ],
        ),
        edge(
            EXT,
            vec![
                set("registration.registeredOn", d("2021-11-23")),
                set("registration.lastGuidanceOn", d("2026-11-01")),
            ],
        ),
        edge(EXT, vec![set("registration.lastGuidanceOn", d("2026-11-23"))]),
        edge(EXT, vec![set("registration.lastGuidanceOn", d("2026-11-24"))]),
        edge(EXT, vec![set("registration.registeredOn", d("2026-11-24"))]),
        // Every code a form can give, at least once: the identifiers' checks, places, premiums
        // and people the vectors above leave out, and the bounds of the input.
        edge(PLAN, vec![set("employee.insz", d("85.07.30-033.2"))]),
        edge(PLAN, vec![set("employee.insz", d("85.07.30-033.2x"))]),
        edge(PLAN, vec![set("employee.insz", d("85.07.30-033.29"))]),
        edge(PLAN, vec![set("employee.insz", d("85.13.30-033.70"))]),
        edge(PLAN, vec![set("employee.insz", d("85.07.30-000.61"))]),
        edge(PLAN, vec![set("employee.insz", d("98.47.28-997.65"))]),
        edge(PLAN, vec![set("employer.kbo", d("0403.019.2611"))]),
        edge(PLAN, vec![set("employer.kbo", d("0403.019.26x"))]),
        edge(PLAN, vec![set("employer.kbo", d("2403.019.261"))]),
        edge(PLAN, vec![set("employer.kbo", d("0431.150.351"))]),
        edge(PLAN, vec![set("employer.kbo", d("BE 0202.239.951"))]),
        edge(PLAN, vec![set("collegaCoach.isEmployee", json!(true))]),
        edge(PLAN, vec![set("collegaCoach.name", d("thomas  janssens"))]),
        edge(PLAN, vec![set("employeeInvolvement", Value::from("x".repeat(2001)))])
            .named("employeeInvolvement = 2001 characters"),
        edge(PLAN, vec![set("employeeInvolvement", Value::from("x".repeat(2000)))])
            .named("employeeInvolvement = 2000 characters"),
        edge("provider-complete-valid", vec![set("workingArea.municipalities", json!(vec!["Gent"; 101]))])
            .named("workingArea.municipalities = 101 names"),
        edge("provider-complete-valid", vec![set("workingArea.municipalities", json!(vec!["Gent"; 100]))])
            .named("workingArea.municipalities = 100 names"),
        edge(
            "provider-complete-valid",
            vec![set("workingArea.municipalities", json!(["1000 Brussel", "99999", "8000 Brugge"]))],
        ),
        edge(APP, vec![set("vdabIndication.date", d("2025-02-30"))]),
        edge(APP, vec![set("employee.workLimitationRecognised", json!(false))]),
        edge(APP, vec![set("vdabIndication.measures", json!({ "loonpremie": false, "guidance": false }))]),
        edge(APP, vec![set("vdabIndication.measures", json!({ "loonpremie": false, "guidance": true }))]),
        edge(APP, vec![set("vdabIndication.measures", json!({ "loonpremie": false }))]),
        edge(APP, vec![set("vdabIndication.measures.guidance", json!(false))]),
        edge(APP, vec![set("employee.residence.country", d("Belgie"))]),
        edge(APP, vec![set("employee.residence.country", d("MA")), unset("employee.residence.postcode")]),
        edge(APP, vec![set("employee.residence.country", d("NL")), set("employer.establishmentPostcode", d("1000"))]),
        edge(APP, vec![set("employee.residence.country", d("NL")), set("employee.residence.postcode", d("1012"))]),
        edge(APP, vec![set("employer.establishmentCountry", d("Holland"))]),
        edge(APP, vec![set("employer.establishmentCountry", d("DE")), unset("employer.establishmentPostcode")]),
        edge(APP, vec![set("employer.establishmentPostcode", d("0999"))]),
        edge(APP, vec![set("employer.establishmentPostcode", d("1640"))]),
        edge(APP, vec![set("employer.inDifficulty", json!(true))]),
        edge(APP, vec![set("employer.type", d("otherPublicAuthority"))]),
        edge(APP, vec![set("requestedPremiums.ondersteuningspremie", json!(true))]),
        edge(APP, vec![set("requestedPremiums.begeleidingspremie", json!(false))]),
        edge(APP, vec![set("requestedPremiums.loonpremie", json!(false))]),
        edge(APP, vec![set("guidance.collegaCoach.sameEmployer", json!(false))]),
        edge(APP, vec![set("guidance.collegaCoach.name", d("Tom Claes"))]),
        edge(APP, vec![set("guidance.collegaCoach.name", d("sara janssens"))]),
        edge(APP, vec![set("guidance.internalSupervisor.responsible", json!(false))]),
        edge(APP, vec![set("guidance.internalSupervisor.employedByApplicant", json!(false))]),
        edge(APP, vec![set("employer.establishmentPostcode", d("5000"))]),
        edge(
            APP,
            vec![
                set("vdabIndication.measures.loonpremie", json!(false)),
                set("requestedPremiums.loonpremie", json!(false)),
            ],
        ),
        edge(APP, vec![set("guidance.qualificationProofAttached", json!(false))]),
        edge(
            APP,
            vec![set(
                "guidance",
                json!({ "organisation": "external", "externalProvider": { "name": "Jobcoaching Oost" }, "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true } }),
            )],
        ),
        edge(
            APP,
            vec![set(
                "guidance",
                json!({ "organisation": "external", "externalProvider": { "kbo": "0431.150.351" }, "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true } }),
            )],
        ),
        edge(
            APP,
            vec![
                set(
                    "guidance",
                    json!({ "organisation": "external", "externalProvider": { "registrationNumber": "EDV-2024-0173" }, "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true } }),
                ),
                set("employeeInvolvedInChoice", json!(true)),
            ],
        ),
        edge(
            APP,
            vec![
                set(
                    "guidance",
                    json!({ "organisation": "external", "externalProvider": { "registrationNumber": "EDV-2024-0173" }, "collegaCoach": { "name": "Lotte Maes", "sameEmployer": true } }),
                ),
                set("employeeInvolvedInChoice", json!(false)),
            ],
        ),
        edge(APP, vec![set("vopRunning", json!(true))]),
        edge(APP, vec![set("partTimeWithOtherEmployers", json!(true))]),
        edge(SELF, vec![set("requestedPremiums.loonpremie", json!(true))]),
        edge(SELF, vec![set("requestedPremiums.ondersteuningspremie", json!(false))]),
        edge(SELF, vec![set("employer.inDifficulty", json!(true))]),
    ];
    list.iter()
        .map(|edge| {
            let fixture = fixtures.iter().find(|f| f.name == edge.fixture).expect("the edge's fixture");
            apply(fixture, edge)
        })
        .collect()
}

/// A param as the summary writes it.
fn param(value: &Param) -> String {
    match value {
        Param::Number(n) => n.to_string(),
        Param::Text(text) => text.clone(),
        Param::List(items) => format!("[{}]", items.join(",")),
    }
}

/// The verdict of a report without its words: valid, completeness, each issue (severity, code,
/// field, params) and each requirement (rule, status, missing facts). The same in every locale.
pub fn summary(report: &Report) -> String {
    let mut out = String::new();
    let c = &report.completeness;
    let valid = if report.valid { "valid" } else { "invalid" };
    writeln!(out, "{valid}; {} of {} required facts", c.filled, c.required).expect("a string");
    if !c.missing.is_empty() {
        writeln!(out, "  missing {}", c.missing.join(" ")).expect("a string");
    }
    for issue in &report.issues {
        let severity = serde_json::to_value(issue.severity).expect("a severity");
        let params: Vec<String> = issue.params.iter().map(|(name, value)| format!("{name}={}", param(value))).collect();
        let params = if params.is_empty() { String::new() } else { format!(" {{{}}}", params.join(", ")) };
        writeln!(out, "  {} {} at {}{params}", severity.as_str().unwrap_or("?"), issue.code.as_str(), issue.field)
            .expect("a string");
    }
    for requirement in &report.requirements {
        let status = serde_json::to_value(requirement.status).expect("a status");
        let missing = if requirement.missing.is_empty() {
            String::new()
        } else {
            format!(" (missing {})", requirement.missing.join(" "))
        };
        writeln!(out, "  {} {}{missing}", requirement.rule, status.as_str().unwrap_or("?")).expect("a string");
    }
    out
}

/// The committed summaries of one kind's vectors.
pub fn summary_file(kind: &str) -> std::path::PathBuf {
    FsPath::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{kind}.txt"))
}

/// What the summary file of `kind` holds: a header, then each vector's id and summary.
pub fn summaries(kind: &str, vectors: &[Vector]) -> String {
    let mut out = format!(
        "# Golden vectors of kind {kind}: each vector's id (a fixture, and what was changed in it),\n\
         # then its verdict in every locale. Written by `UPDATE_GOLDEN=1 cargo test --test golden`;\n\
         # a change here is a change of a verdict.\n"
    );
    for vector in vectors.iter().filter(|vector| vector.kind == kind) {
        write!(out, "\n== {}\n{}", vector.id, summary(&vector.report("en"))).expect("a string");
    }
    out
}

/// The files whose content decides the native reports: the library, its manifest and lock
/// file, the fixtures and the vectors' code. Paths relative to the crate, `/`-separated, sorted.
pub fn fingerprint_files(root: &FsPath) -> Vec<String> {
    fn walk(root: &FsPath, dir: &str, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else { return };
        for entry in entries.flatten() {
            let name = format!("{dir}/{}", entry.file_name().to_string_lossy());
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                walk(root, &name, out);
            } else {
                out.push(name);
            }
        }
    }
    let mut files = Vec::new();
    walk(root, "src", &mut files);
    walk(root, "tests/fixtures", &mut files);
    files
        .extend(["Cargo.toml", "Cargo.lock", "tests/support/golden.rs", "tests/support/variants.rs"].map(String::from));
    files.sort();
    files
}

/// FNV-1a (64 bits) over each file's path and content, each followed by a zero byte: the JS
/// tests compute the same to tell stale native reports from current ones.
pub fn fingerprint(root: &FsPath) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in fingerprint_files(root) {
        let content = std::fs::read(root.join(&file)).unwrap_or_default();
        for byte in file.bytes().chain([0]).chain(content).chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}
