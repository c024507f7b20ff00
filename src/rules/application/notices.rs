//! APP-012..014: information the applicant should have when a situation applies. They never
//! block: the requirement is met, and the explanation says whether the situation applies.

use super::at;
use super::facts::{Facts, GuidanceNeed};
use crate::context::Context;
use crate::locale::Texts;
use crate::model::application::{Application, GuidanceOrganisation};
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::rule::Input;
use crate::rules::Outcome;

/// A notice: when `applies`, an issue with `code` at `key` and the explanation `when`.
struct Notice {
    rule: RuleId,
    applies: bool,
    key: &'static str,
    code: Code,
    when: Texts,
    otherwise: Texts,
}

impl Notice {
    fn give(self, out: &mut Outcome) {
        if self.applies {
            out.push(Finding::new(self.code, at(&[self.key])));
        }
        out.judge(Verdict::new(self.rule, Status::Met, if self.applies { self.when } else { self.otherwise }));
    }
}

/// Checks APP-012.
pub(super) fn vop(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    Notice {
        rule: RuleId::App012,
        applies: input.form.vop_running == Some(true),
        key: "vopRunning",
        code: Code::VopTransition,
        when: explain::VOP_RUNNING,
        otherwise: explain::NO_VOP,
    }
    .give(out);
}

/// Checks APP-013.
pub(super) fn involvement(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    let external = Facts::of(input.form).guidance == GuidanceNeed::Required(Some(GuidanceOrganisation::External));
    Notice {
        rule: RuleId::App013,
        applies: external && input.form.employee_involved_in_choice != Some(true),
        key: "employeeInvolvedInChoice",
        code: Code::EmployeeInvolvement,
        when: explain::EMPLOYEE_INVOLVEMENT_ADVISED,
        otherwise: if external { explain::EMPLOYEE_INVOLVED } else { explain::NO_EXTERNAL_PROVIDER },
    }
    .give(out);
}

/// Checks APP-014.
pub(super) fn other_employers(input: &Input<'_, Application>, _ctx: &Context, out: &mut Outcome) {
    Notice {
        rule: RuleId::App014,
        applies: input.form.part_time_with_other_employers == Some(true),
        key: "partTimeWithOtherEmployers",
        code: Code::EachEmployerApplies,
        when: explain::EACH_EMPLOYER_APPLIES,
        otherwise: explain::SINGLE_EMPLOYER,
    }
    .give(out);
}
