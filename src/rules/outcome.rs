//! What rules collect while they run over a form: findings, verdicts and the tally of
//! required facts.

use crate::model::Path;
use crate::report::codes::CodeDef;
use crate::report::{Finding, Severity, Verdict};

/// The tally of required facts for completeness.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Required facts seen.
    pub required: u32,
    /// Of those, filled.
    pub filled: u32,
    /// Paths of those not filled.
    pub missing: Vec<Path>,
}

/// Everything the rules found in one form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Findings, in the order the rules found them.
    pub findings: Vec<Finding>,
    /// One verdict per requirement the form is judged on.
    pub verdicts: Vec<Verdict>,
    /// Required facts.
    pub tally: Tally,
    /// In a lean check, the least severe finding it answers: a lean check answers findings
    /// alone, so verdicts, the missing facts' paths and less severe findings are dropped and
    /// those lists never grown. `None` keeps everything (a report).
    pub lean: Option<Severity>,
}

// Kept out of line (`#[inline(never)]`), like the other builders rules call from a hundred
// places or more: inlined, each place carried its own copy (docs/decisions.md: out of line,
// the builders together made the module 8 KB smaller gzipped, at the same speed).
impl Outcome {
    /// Empties the outcome for another run of its rule. The lists keep their room: a fresh
    /// outcome has none to free, and a session's rule fills its own again.
    #[inline(never)]
    pub fn clear(&mut self) {
        self.findings.clear();
        self.verdicts.clear();
        self.tally.required = 0;
        self.tally.filled = 0;
        self.tally.missing.clear();
    }

    /// Records a finding.
    #[inline(never)]
    pub fn push(&mut self, finding: Finding) {
        if self.lean.is_none_or(|least| finding.code.severity() <= least) {
            self.findings.push(finding);
        }
    }

    /// Records a finding of `code` at `path`, without params.
    #[inline(never)]
    pub fn report(&mut self, code: &'static CodeDef, path: Path) {
        self.push(Finding::new(code, path));
    }

    /// Records a finding of `code` at `path` that also involves the field at `also`, without
    /// params.
    #[inline(never)]
    pub fn report_also(&mut self, code: &'static CodeDef, path: Path, also: Path) {
        self.push(Finding::new(code, path).also(also));
    }

    /// Records a verdict.
    #[inline(never)]
    pub fn judge(&mut self, verdict: Verdict) {
        if self.lean.is_none() {
            self.verdicts.push(verdict);
        }
    }

    /// Counts a required fact at `path`; returns `filled` so a rule can go on with it. The
    /// path is copied only when the fact is missing, and not in a lean check.
    #[inline(never)]
    pub fn need(&mut self, path: &Path, filled: bool) -> bool {
        self.tally.required = self.tally.required.saturating_add(1);
        if filled {
            self.tally.filled = self.tally.filled.saturating_add(1);
        } else if self.lean.is_none() {
            self.tally.missing.push(*path);
        }
        filled
    }
}
