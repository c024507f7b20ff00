//! APP-012..014: information the applicant should have when a situation applies. They never
//! block. Each is judged on the answer that says whether its situation applies: unknown while
//! unanswered, not applicable when the answer says the situation does not apply.

use super::facts::{Facts, GuidanceNeed};
use super::guidance::applies;
use super::pending;
use crate::context::Context;
use crate::locale::Texts;
use crate::model::application::{Application, GuidanceOrganisation};
use crate::model::keys::key;
use crate::model::Key;
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::rule::Input;
use crate::rules::support::at;
use crate::rules::Outcome;

/// A notice on a yes/no answer at `key`: when yes, an issue with `code` and the explanation
/// `when`; when no, not applicable with `otherwise`.
struct Notice {
    rule: RuleId,
    answer: Option<bool>,
    key: Key,
    code: Code,
    when: Texts,
    otherwise: Texts,
}

impl Notice {
    fn give(self, out: &mut Outcome) {
        let path = at(&[self.key]);
        let verdict = match self.answer {
            Some(true) => {
                out.push(Finding::new(self.code, path));
                Verdict::new(self.rule, Status::Met, self.when)
            }
            Some(false) => Verdict::new(self.rule, Status::NotApplicable, self.otherwise),
            None => Verdict::new(self.rule, Status::Unknown, explain::FACTS_MISSING).missing(vec![path]),
        };
        out.judge(verdict);
    }
}

/// Checks APP-012.
pub(super) fn vop(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    Notice {
        rule: RuleId::App012,
        answer: input.form.vop_running,
        key: key!("vopRunning"),
        code: Code::VopTransition,
        when: explain::VOP_RUNNING,
        otherwise: explain::NO_VOP,
    }
    .give(out);
}

/// Checks APP-013: it concerns the choice of an external provider, so only external guidance
/// under this scheme.
pub(super) fn involvement(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    const RULE: RuleId = RuleId::App013;
    let facts = Facts::of(input.form);
    let waiting = match applies(RULE, &facts.guidance) {
        Ok(waiting) => waiting,
        Err(verdict) => return out.judge(verdict),
    };
    let organisation = match &facts.guidance {
        GuidanceNeed::Required { organisation, .. } => *organisation,
        _ => None,
    };
    let path = at(&[key!("employeeInvolvedInChoice")]);
    let verdict = match (organisation, input.form.employee_involved_in_choice) {
        (None, _) => Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING)
            .missing(vec![at(&[key!("guidance"), key!("organisation")])]),
        (Some(GuidanceOrganisation::Internal), _) => {
            Verdict::new(RULE, Status::NotApplicable, explain::NO_EXTERNAL_PROVIDER)
        }
        (Some(GuidanceOrganisation::External), Some(true)) => {
            Verdict::new(RULE, Status::Met, explain::EMPLOYEE_INVOLVED)
        }
        (Some(GuidanceOrganisation::External), Some(false)) => {
            out.push(Finding::new(Code::EmployeeInvolvement, path));
            Verdict::new(RULE, Status::NotMet, explain::EMPLOYEE_INVOLVEMENT_ADVISED)
        }
        (Some(GuidanceOrganisation::External), None) => {
            out.push(Finding::new(Code::EmployeeInvolvement, path));
            Verdict::new(RULE, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
        }
    };
    out.judge(pending(verdict, waiting));
}

/// Checks APP-014.
pub(super) fn other_employers(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    Notice {
        rule: RuleId::App014,
        answer: input.form.part_time_with_other_employers,
        key: key!("partTimeWithOtherEmployers"),
        code: Code::EachEmployerApplies,
        when: explain::EACH_EMPLOYER_APPLIES,
        otherwise: explain::SINGLE_EMPLOYER,
    }
    .give(out);
}
