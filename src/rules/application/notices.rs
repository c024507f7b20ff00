//! APP-012..014: information the applicant should have when a situation applies. They never
//! block: the requirement is met, and the explanation says whether the situation applies.

use super::facts::{Facts, GuidanceNeed};
use super::{at, holds};
use crate::context::Context;
use crate::locale::Texts;
use crate::model::application::{Application, GuidanceOrganisation};
use crate::report::codes::application::{explain, ApplicationCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::Outcome;

/// Checks APP-012, APP-013 and APP-014.
pub(super) fn check(form: &Application, facts: &Facts, ctx: &Context, out: &mut Outcome) {
    let external = facts.guidance == GuidanceNeed::Required(Some(GuidanceOrganisation::External));
    let notices: [(RuleId, bool, &'static str, Code, Texts, Texts); 3] = [
        (
            RuleId::App012,
            form.vop_running == Some(true),
            "vopRunning",
            Code::VopTransition,
            explain::VOP_RUNNING,
            explain::NO_VOP,
        ),
        (
            RuleId::App013,
            external && form.employee_involved_in_choice != Some(true),
            "employeeInvolvedInChoice",
            Code::EmployeeInvolvement,
            explain::EMPLOYEE_INVOLVEMENT_ADVISED,
            if external { explain::EMPLOYEE_INVOLVED } else { explain::NO_EXTERNAL_PROVIDER },
        ),
        (
            RuleId::App014,
            form.part_time_with_other_employers == Some(true),
            "partTimeWithOtherEmployers",
            Code::EachEmployerApplies,
            explain::EACH_EMPLOYER_APPLIES,
            explain::SINGLE_EMPLOYER,
        ),
    ];
    for (rule, applies, key, code, when, otherwise) in notices {
        if !holds(rule, ctx, out) {
            continue;
        }
        if applies {
            out.push(Finding::new(code, at(&[key])));
        }
        out.judge(Verdict::new(rule, Status::Met, if applies { when } else { otherwise }));
    }
}
