//! A session never disagrees with a fresh validation: random walks of `set` over every fixture
//! (every path of the forms' shape, values of every type, groups and lists created and
//! replaced, lists grown past their bounds and the form past its bound, fields cleared), and
//! after every step the session's report is the report of the same form validated afresh.
//!
//! The form is kept beside the session as JSON, changed as a portal changes its own copy
//! (`set` creates the groups and lists on the way; an index past a list's end extends it with
//! `null`s), so the comparison does not rest on the session's own idea of its form.
//!
//! Seeded: `MAATWERK_WALK_SEED` (default 18) and `MAATWERK_WALK_STEPS` (default 10,000);
//! `scripts/session-walk.sh` runs a million steps.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic, missing_docs)]

#[path = "support/variants.rs"]
mod variants;

use maatwerk::model::bounds::{MAX_FORM_ITEMS, MAX_INPUT_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use maatwerk::{Context, Kind, Path, Validator};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use variants::{fixtures, lookup, paths, set_in, text, Step};

/// SplitMix64: small, deterministic, and good enough to pick steps.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A place in a form's shape: keys, and `None` for any index of a list.
type Template = Vec<Option<String>>;

/// Every path the forms of each kind have, as templates, found from the keys the fixtures use:
/// each key tried below each place, kept when the kind names it.
fn shapes(kinds: &[(String, Kind)]) -> BTreeMap<String, Vec<Template>> {
    let mut names = BTreeSet::new();
    for fixture in fixtures() {
        for path in paths(&fixture.form) {
            if let Some(Step::Key(key)) = path.last() {
                names.insert(key.clone());
            }
        }
    }
    let mut shapes = BTreeMap::new();
    for (name, kind) in kinds {
        let mut found: Vec<Template> = Vec::new();
        let mut queue: Vec<Template> = vec![Vec::new()];
        while let Some(place) = queue.pop() {
            let mut below: Vec<Template> =
                names.iter().map(|key| [place.clone(), vec![Some(key.clone())]].concat()).collect();
            below.push([place.clone(), vec![None]].concat());
            for candidate in below {
                if candidate.len() <= 6 && kind.names_field(&Path::parse(&template_text(&candidate, 0)).unwrap()) {
                    found.push(candidate.clone());
                    queue.push(candidate);
                }
            }
        }
        found.sort();
        shapes.insert(name.clone(), found);
    }
    shapes
}

fn template_text(template: &Template, index: usize) -> String {
    let steps: Vec<Step> = template.iter().map(|key| key.clone().map_or(Step::Index(index), Step::Key)).collect();
    text(&steps)
}

/// A random path of `shape`; indexes mostly small, sometimes at and past the list's bound.
fn random_path(rng: &mut Rng, shape: &[Template]) -> Vec<Step> {
    let template = rng.pick(shape);
    template
        .iter()
        .map(|key| match key {
            Some(key) => Step::Key(key.clone()),
            None => Step::Index(match rng.below(40) {
                0 => MAX_LIST_ITEMS - 1,
                1 => MAX_LIST_ITEMS,
                2 => MAX_LIST_ITEMS + rng.below(60),
                _ => rng.below(8),
            }),
        })
        .collect()
}

/// Values of every type: what the fixtures hold at the same place (a group or list to create
/// or replace), texts of every kind (dates, choices, too long), numbers, yes and no, lists
/// long enough to pass their bound, and null.
fn random_value(rng: &mut Rng, at: &[Step], samples: &BTreeMap<String, Vec<Value>>, strings: &[Value]) -> Value {
    let place = shape_key(at);
    match rng.below(20) {
        0..=4 => samples.get(&place).map(|found| rng.pick(found).clone()).unwrap_or(Value::Null),
        5..=7 => rng.pick(strings).clone(),
        8 => Value::from(["2026-02-30", "", "2024-01-01", "9999-12-31", "0000-01-01", "x"][rng.below(6)]),
        9 => Value::from("é".repeat(MAX_TEXT_CHARS - 1 + rng.below(3))),
        10 => Value::from([0.0, 1.0, 14.0, -3.0, 2.5, 1e15, 4_294_967_296.0][rng.below(7)]),
        11 => Value::Bool(rng.chance(50)),
        12 => Value::Null,
        13 => Value::Object(Map::new()),
        14 => Value::Array(Vec::new()),
        15 => {
            // A long list of what the fixtures hold in such a list, or of empty groups.
            let len = [MAX_LIST_ITEMS - 1, MAX_LIST_ITEMS, MAX_LIST_ITEMS + 1, 150][rng.below(4)];
            let item_place = format!("{place}[]");
            let item = samples.get(&item_place).map_or(Value::Object(Map::new()), |found| rng.pick(found).clone());
            Value::Array(vec![item; len])
        }
        16 => {
            let len = rng.below(4);
            Value::Array((0..len).map(|_| random_scalar(rng, strings)).collect())
        }
        17 => {
            let mut fields = Map::new();
            if let Some(found) = samples.get(&place).and_then(|found| rng.pick(found).as_object()) {
                for (key, value) in found {
                    if rng.chance(60) {
                        fields.insert(key.clone(), value.clone());
                    }
                }
            }
            Value::Object(fields)
        }
        _ => random_scalar(rng, strings),
    }
}

fn random_scalar(rng: &mut Rng, strings: &[Value]) -> Value {
    match rng.below(4) {
        0 => rng.pick(strings).clone(),
        1 => Value::from(rng.below(40)),
        2 => Value::Bool(rng.chance(50)),
        _ => Value::Null,
    }
}

/// The place of a path in the shape, indexes left out: `supervisors[].experience[].from`.
fn shape_key(at: &[Step]) -> String {
    let mut out = String::new();
    for step in at {
        match step {
            Step::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Step::Index(_) => out.push_str("[]"),
        }
    }
    out
}

/// What every fixture holds at each place, and every text it holds.
fn samples() -> (BTreeMap<String, Vec<Value>>, Vec<Value>) {
    let mut found: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    let mut strings = BTreeSet::new();
    for fixture in fixtures() {
        for path in paths(&fixture.form) {
            let value = lookup(&fixture.form, &path).unwrap().clone();
            if let Value::String(text) = &value {
                strings.insert(text.clone());
            }
            found.entry(shape_key(&path)).or_default().push(value);
        }
    }
    (found, strings.into_iter().map(Value::from).collect())
}

/// About how many list items a form holds (each list up to its bound): to tell that the walk
/// went past the form's bound.
fn items(value: &Value) -> usize {
    match value {
        Value::Array(list) => list.iter().take(MAX_LIST_ITEMS).map(|item| 1 + items(item)).sum(),
        Value::Object(fields) => fields.values().map(items).sum(),
        _ => 0,
    }
}

fn steps() -> usize {
    std::env::var("MAATWERK_WALK_STEPS").ok().and_then(|steps| steps.parse().ok()).unwrap_or(10_000)
}

fn seed() -> u64 {
    std::env::var("MAATWERK_WALK_SEED").ok().and_then(|seed| seed.parse().ok()).unwrap_or(18)
}

#[test]
fn a_session_agrees_with_a_fresh_validation_after_every_set() {
    let fixtures = fixtures();
    let kinds: Vec<(String, Kind)> = ["application", "providerRegistration", "supportPlan", "supervisor"]
        .iter()
        .map(|name| (name.to_string(), name.parse().unwrap()))
        .collect();
    let shapes = shapes(&kinds);
    for (kind, shape) in &shapes {
        assert!(shape.len() > 20, "{kind}: {} paths", shape.len());
    }
    let (samples, strings) = samples();
    // The places that hold a list.
    let lists: BTreeSet<String> = shapes
        .values()
        .flatten()
        .filter(|template| template.last() == Some(&None))
        .map(|template| {
            let steps: Vec<Step> = template.iter().map(|key| key.clone().map_or(Step::Index(0), Step::Key)).collect();
            shape_key(steps.split_last().unwrap().1)
        })
        .collect();
    let mut rng = Rng(seed());
    let total = steps();
    let (mut done, mut walks, mut over_bound) = (0, 0, 0);
    while done < total {
        let fixture = &fixtures[walks % fixtures.len()];
        walks += 1;
        let kind: Kind = fixture.kind.parse().unwrap();
        let shape = &shapes[&fixture.kind];
        let validator = Validator::new(kind, Context::from_options_json(&fixture.options.to_string(), None).unwrap());
        // The fixture's own text: its keys in the order it wrote them, and its whitespace.
        let mut form = fixture.form.clone();
        let mut session = validator.session(&serde_json::to_string_pretty(&form).unwrap()).unwrap();
        let length = 20 + rng.below(200);
        for step in 0..length {
            let (path, value) = if rng.below(200) == 0 {
                // The whole form, from another fixture of the kind or empty.
                let same: Vec<&Value> =
                    fixtures.iter().filter(|other| other.kind == fixture.kind).map(|other| &other.form).collect();
                let whole = if rng.chance(50) { (*rng.pick(&same)).clone() } else { Value::Object(Map::new()) };
                (Vec::new(), whole)
            } else if rng.chance(if fixture.kind == "providerRegistration" { 12 } else { 4 }) {
                // A list filled to its bound or past it: the form's bound comes into play.
                let mut path = random_path(&mut rng, shape);
                while !lists.contains(&shape_key(&path)) {
                    path = random_path(&mut rng, shape);
                }
                let item_place = format!("{}[]", shape_key(&path));
                let item = samples.get(&item_place).map_or(Value::Null, |found| rng.pick(found).clone());
                let len = [MAX_LIST_ITEMS - 1, MAX_LIST_ITEMS, MAX_LIST_ITEMS + 1, 150][rng.below(4)];
                (path, Value::Array(vec![item; len]))
            } else {
                let path = random_path(&mut rng, shape);
                let value = random_value(&mut rng, &path, &samples, &strings);
                (path, value)
            };
            let at = Path::parse(&text(&path)).unwrap();
            let delta = session
                .set(&at, &value.to_string())
                .unwrap_or_else(|error| panic!("{} step {step}: {} = {value}: {error}", fixture.name, text(&path)));
            set_in(&mut form, &path, value.clone());
            let written = form.to_string();
            // The session judges its form as given in pieces; the 1 MB bound is on the text of
            // one call (docs/bad-input.md): a walk stays under it.
            assert!(written.len() <= MAX_INPUT_BYTES, "{}: the walk outgrew the size bound", fixture.name);
            let fresh = validator.validate(&written).unwrap();
            let report = session.report();
            if report != fresh {
                let show = |r: &maatwerk::Report| {
                    r.issues.iter().map(|i| format!("{} {}", i.field, i.code.as_str())).collect::<BTreeSet<_>>()
                };
                let (a, b) = (show(&report), show(&fresh));
                panic!(
                    "seed {} {} step {step}: {} = {}\nonly in the session: {:?}\nonly fresh: {:?}",
                    seed(),
                    fixture.name,
                    text(&path),
                    value.to_string().chars().take(200).collect::<String>(),
                    a.difference(&b).collect::<Vec<_>>(),
                    b.difference(&a).collect::<Vec<_>>(),
                );
            }
            assert_eq!(delta.valid, fresh.valid, "{} step {step}", fixture.name);
            if items(&form) > MAX_FORM_ITEMS {
                over_bound += 1;
            }
            done += 1;
            if written.len() > MAX_INPUT_BYTES / 2 {
                break;
            }
        }
    }
    // The walk went where the bugs were: past the form's bound, not only once.
    assert!(over_bound > total / 1000, "{over_bound} steps past the form's bound");
    eprintln!("{done} steps in {walks} walks, {over_bound} past the form's bound; 0 disagreements");
}
