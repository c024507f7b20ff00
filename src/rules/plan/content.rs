//! PLAN-007 (the employee's involvement), PLAN-008 (POP action points) and PLAN-009 (the VDAB
//! indication). These are information and warnings: none of their facts counts towards
//! completeness, which counts only what an error requires.

use crate::context::Context;
use crate::model::keys::key;
use crate::model::plan::SupportPlan;
use crate::model::Path;
use crate::report::codes::plan::{explain, PlanCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields::{self, DateField};
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;

/// PLAN-007: the FAQ says the employee is ideally involved and the arrangements are recorded
/// in the plan; "ideally", so its absence is information.
pub(super) fn involvement(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let path = Path::root().key(key!("employeeInvolvement"));
    let verdict = if fields::filled(form.employee_involvement.as_deref()) {
        Verdict::new(RuleId::Plan007, Status::Met, explain::INVOLVEMENT_RECORDED)
    } else {
        out.push(Finding::new(Code::InvolvementNotRecorded, path));
        Verdict::new(RuleId::Plan007, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
    };
    out.judge(verdict);
}

/// PLAN-008: each action point has a description, who follows it up and a follow-up date.
pub(super) fn action_points(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let at = Path::root().key(key!("actionPoints"));
    let list = form.action_points.as_deref().unwrap_or_default();
    if list.is_empty() {
        out.push(Finding::new(Code::NoActionPoints, at));
        out.judge(Verdict::new(RuleId::Plan008, Status::Unknown, explain::FACTS_MISSING).missing(vec![at]));
        return;
    }
    let mut missing = Vec::new();
    for (index, point) in list.iter().enumerate() {
        let item = at.index(index);
        let date =
            fields::date(point.follow_up_date.as_deref(), item.key(key!("followUpDate")), Code::InvalidDate, out);
        let facts = [
            (key!("description"), fields::filled(point.description.as_deref())),
            (key!("owner"), fields::filled(point.owner.as_deref())),
            (key!("followUpDate"), date != DateField::Absent),
        ];
        for (field, filled) in facts {
            if !filled {
                out.push(Finding::new(Code::ActionPointIncomplete, item.key(field)));
                missing.push(item.key(field));
            }
        }
        if date == DateField::Invalid {
            missing.push(item.key(key!("followUpDate")));
        }
    }
    out.judge(if missing.is_empty() {
        Verdict::new(RuleId::Plan008, Status::Met, explain::ACTION_POINTS_COMPLETE).with("count", list.len())
    } else {
        Verdict::new(RuleId::Plan008, Status::Unknown, explain::FACTS_MISSING).missing(missing)
    });
}

/// PLAN-009: the regime is mentioned "where given", so only the indication's date is asked for.
pub(super) fn indication(input: &Input<'_, SupportPlan>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let date = fields::parse_date(form.indication.as_ref().and_then(|i| i.date.as_deref()));
    let path = Path::root().key(key!("indication")).key(key!("date"));
    let regime = form.indication.as_ref().and_then(|i| i.regime);
    let verdict = match (date, regime) {
        (DateField::Valid(_), Some(_)) => {
            Verdict::new(RuleId::Plan009, Status::Met, explain::INDICATION_AND_REGIME_REFERRED)
        }
        (DateField::Valid(_), None) => Verdict::new(RuleId::Plan009, Status::Met, explain::INDICATION_REFERRED),
        (DateField::Invalid, _) => {
            Verdict::new(RuleId::Plan009, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
        }
        (DateField::Absent, _) => {
            out.push(Finding::new(Code::IndicationMissing, path));
            Verdict::new(RuleId::Plan009, Status::Unknown, explain::FACTS_MISSING).missing(vec![path])
        }
    };
    out.judge(verdict);
}
