//! What every rule file uses, in one place: the catalogue entry's and the codes' macros, the
//! checked list of fields a rule reads, the one way to build a verdict from what a check found,
//! the out-of-line steps every check repeats (require a fact, report it missing, wait for it),
//! and the field readers. A rule file starts with `use crate::rules::support::*;`.

pub(crate) use super::catalogue::sources::*;
pub(crate) use super::fields::{self, DateField};
pub(crate) use super::outcome::Outcome;
pub(crate) use super::rule::{Applies, Check, Input, Rule};
pub(crate) use crate::calendar::iso::date;
pub(crate) use crate::context::Context;
pub(crate) use crate::model::decode::ShapeProblem;
pub(crate) use crate::model::keys::key;
pub(crate) use crate::model::Path;
pub(crate) use crate::report::codes::{codes, CodeDef};
pub(crate) use crate::report::{Finding, Status, Verdict};
pub(crate) use crate::rule_id::RuleId;
pub(crate) use crate::texts::{texts, Texts};

/// A rule's catalogue entry, `pub static DEF`: its id, family, source and the passage it
/// implements, how sure that source is, the date from which it holds, its title and text in nl,
/// fr, en and de, the parameters it reads, and its codes (the `CODES` of [`codes!`]). The prose
/// is compiled only where `rules()` shows it (not into the wasm module, whose package reads the
/// catalogue as data).
macro_rules! rule_entry {
    (
        id: $id:ident,
        family: $family:literal,
        source: $source:expr,
        quote: $quote:expr,
        confidence: $confidence:ident,
        from: $from:expr,
        title: [$($title:literal),* $(,)?],
        text: [$($text:literal),* $(,)?],
        parameters: [$($parameter:literal),* $(,)?] $(,)?
    ) => {
        /// The rule's catalogue entry.
        pub static DEF: $crate::rules::catalogue::RuleDef = $crate::rules::catalogue::RuleDef {
            id: $crate::rule_id::RuleId::$id,
            codes: CODES,
            source: $source,
            effective_from: $from,
            #[cfg(not(target_arch = "wasm32"))]
            about: $crate::rules::catalogue::About {
                family: $family,
                confidence: $crate::rules::catalogue::Confidence::$confidence,
                quote: $quote,
                title: &[$($title),*],
                text: &[$($text),*],
                parameters: &[$($parameter),*],
            },
        };
    };
}
pub(crate) use rule_entry;

/// The fields a rule reads, as path patterns (`experience[*].from`; a group's path stands for
/// everything under it), each checked at compile time: a pattern that names a field no form has
/// does not compile.
macro_rules! reads {
    ($($pattern:expr),* $(,)?) => {
        const {
            $(assert!($crate::model::keys::names_fields($pattern), "a read pattern names a field no form has");)*
            &[$($pattern),*]
        }
    };
}
pub(crate) use reads;

/// What a check found: whether a condition is broken, and which deciding facts it still lacks.
#[derive(Debug, Default)]
pub(crate) struct Judgement {
    /// A condition the form's facts break.
    pub broken: bool,
    /// The deciding facts not given yet.
    pub missing: Vec<Path>,
}

impl Judgement {
    /// Not met when broken, unknown (with `unknown`'s text) while facts are missing, met
    /// otherwise.
    #[inline(never)]
    pub fn verdict(self, rule: RuleId, met: Texts, not_met: Texts, unknown: Texts) -> Verdict {
        let (status, texts) = if self.broken {
            (Status::NotMet, not_met)
        } else if !self.missing.is_empty() {
            (Status::Unknown, unknown)
        } else {
            (Status::Met, met)
        };
        Verdict::new(rule, status, texts).missing(self.missing)
    }

    /// [`require`]s a deciding fact, and counts it among those still missing when it is not
    /// filled; returns `filled`.
    #[inline(never)]
    pub fn require(
        &mut self,
        dropped: &[ShapeProblem],
        out: &mut Outcome,
        code: &'static CodeDef,
        path: Path,
        filled: bool,
    ) -> bool {
        if !require(dropped, out, code, path, filled) {
            self.missing.push(path);
        }
        filled
    }

    /// Reports the finding `code` at `path` for a condition the form's facts break.
    #[inline(never)]
    pub fn breaks(&mut self, out: &mut Outcome, code: &'static CodeDef, path: Path) {
        out.report(code, path);
        self.broken = true;
    }

    /// Reports a deciding fact missing with `code` (see [`report_missing`]) and counts it among
    /// those still missing, for a fact the caller has already counted as required.
    #[inline(never)]
    pub fn lacks(&mut self, dropped: &[ShapeProblem], out: &mut Outcome, code: &'static CodeDef, path: Path) {
        report_missing_at(dropped, out, code, path);
        self.missing.push(path);
    }

    /// [`lacks`](Self::lacks), with a finding that also involves the field at `also`.
    #[inline(never)]
    pub fn lacks_also(
        &mut self,
        dropped: &[ShapeProblem],
        out: &mut Outcome,
        code: &'static CodeDef,
        path: Path,
        also: Path,
    ) {
        report_missing(dropped, out, Finding::new(code, path).also(also));
        self.missing.push(path);
    }

    /// Counts the deciding fact at `path` among those still missing. Out of line: a path is a
    /// few dozen bytes, which each of a score of callers would otherwise copy into the list.
    #[inline(never)]
    pub fn wait_for(&mut self, path: Path) {
        self.missing.push(path);
    }

    /// Keeps each missing fact once, in the order of paths. Each path is inserted where a
    /// search finds its place: the lists are short, and this code is far smaller in the wasm
    /// module than a sort and a dedup of paths.
    pub fn sort_missing(&mut self) {
        let unsorted = std::mem::take(&mut self.missing);
        for path in unsorted {
            if let Err(at) = self.missing.binary_search(&path) {
                self.missing.insert(at, path);
            }
        }
    }
}

/// The paths of the facts not given, in their order, from `(given, path)` pairs. Out of line:
/// one loop instead of a collected iterator chain at each caller.
#[inline(never)]
pub(crate) fn not_given(facts: &[(bool, Path)]) -> Vec<Path> {
    let mut missing = Vec::new();
    for &(given, path) in facts {
        if !given {
            missing.push(path);
        }
    }
    missing
}

/// Unknown (with `texts`) while the one deciding fact at `path` is missing. Out of line: a dozen
/// checks wait for a single fact, and each would otherwise build the list inline.
#[inline(never)]
pub(crate) fn unknown_for(rule: RuleId, texts: Texts, path: Path) -> Verdict {
    Verdict::new(rule, Status::Unknown, texts).missing(vec![path])
}

/// The two deciding facts at `first` and `second`, in that order, as a list of missing facts.
/// Out of line: four checks wait for two facts, and each would otherwise build the list inline.
#[inline(never)]
pub(crate) fn both(first: Path, second: Path) -> Vec<Path> {
    vec![first, second]
}

/// Counts a required fact at `path` and, when it is not filled, reports it missing with `code`
/// (see [`report_missing`]); returns `filled`. Out of line: the rules require facts from thirty
/// places, and each would otherwise build its finding inline.
#[inline(never)]
pub(crate) fn require(
    dropped: &[ShapeProblem],
    out: &mut Outcome,
    code: &'static CodeDef,
    path: Path,
    filled: bool,
) -> bool {
    if !out.need(&path, filled) {
        report_missing_at(dropped, out, code, path);
    }
    filled
}

/// Reports a required fact as missing, unless decoding dropped a value there or above: a value
/// of the wrong type is one problem (`form.wrong_type`), not also a missing one.
#[inline(never)]
pub(crate) fn report_missing(dropped: &[ShapeProblem], out: &mut Outcome, finding: Finding) {
    if !super::rule::was_dropped(dropped, &finding.path) {
        out.push(finding);
    }
}

/// Reports the finding `code` at `path` for a required fact that is missing (see
/// [`report_missing`]).
#[inline(never)]
pub(crate) fn report_missing_at(dropped: &[ShapeProblem], out: &mut Outcome, code: &'static CodeDef, path: Path) {
    report_missing(dropped, out, Finding::new(code, path));
}

/// Reports `code` at `path` for a date later than `as_of`, the day the form is judged on, which
/// the message names. Out of line: eight rules refuse a date in the future.
#[inline(never)]
pub(crate) fn report_after(out: &mut Outcome, code: &'static CodeDef, path: Path, as_of: chrono::NaiveDate) {
    out.push(Finding::new(code, path).with("asOf", as_of));
}

/// A path from the root of the form.
#[inline(never)]
pub(crate) fn at(keys: &[crate::model::Key]) -> Path {
    keys.iter().fold(Path::root(), |path, key| path.key(*key))
}
