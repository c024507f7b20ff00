//! The shape of APP-012 and APP-014: information the applicant should have when a situation
//! applies, judged on the yes/no answer that says whether it does. They never block.

use super::FACTS_MISSING;
use crate::model::Key;
use crate::report::codes::CodeDef;
use crate::report::{Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::support::{at, unknown_for};
use crate::rules::Outcome;
use crate::texts::Texts;

/// A notice on a yes/no answer at `key`: when yes, an issue with `code` and the explanation
/// `when`; when no, not applicable with `otherwise`; unknown while unanswered.
pub(super) struct Notice {
    pub rule: RuleId,
    pub answer: Option<bool>,
    pub key: Key,
    pub code: &'static CodeDef,
    pub when: Texts,
    pub otherwise: Texts,
}

impl Notice {
    /// Records the notice and its verdict.
    pub fn give(self, out: &mut Outcome) {
        let path = at(&[self.key]);
        let verdict = match self.answer {
            Some(true) => {
                out.report(self.code, path);
                Verdict::new(self.rule, Status::Met, self.when)
            }
            Some(false) => Verdict::new(self.rule, Status::NotApplicable, self.otherwise),
            None => unknown_for(self.rule, FACTS_MISSING, path),
        };
        out.judge(verdict);
    }
}
