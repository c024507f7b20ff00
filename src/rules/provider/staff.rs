//! The registration's supervisors, each checked as any qualified supervisor; what EXT-002 and
//! EXT-008 need to know of them.

use super::in_force;
use crate::context::Context;
use crate::model::provider::ProviderRegistration;
use crate::model::Path;
use crate::report::{Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::outcome::Outcome;
use crate::rules::supervisor;

/// One supervisor as the registration rules see it.
#[derive(Debug)]
pub(super) struct Member {
    /// Where the supervisor sits in the form.
    pub at: Path,
    /// Whether the applicant employs the person, as answered.
    pub employed: Option<bool>,
    /// The SUP-001 verdict on the person's qualification.
    pub qualified: Status,
    /// The facts SUP-001 still needs.
    pub missing: Vec<Path>,
}

/// The supervisors listed, in form order.
#[derive(Debug, Default)]
pub(super) struct Staff {
    /// Each supervisor.
    pub members: Vec<Member>,
    /// Their own verdicts (SUP-001), to be reported after the registration's.
    pub verdicts: Vec<Verdict>,
}

pub(super) fn check(form: &ProviderRegistration, ctx: &Context, out: &mut Outcome) -> Staff {
    if !in_force(RuleId::Ext002, ctx) && !in_force(RuleId::Ext008, ctx) {
        return Staff::default();
    }
    let at = Path::root().key("supervisors");
    let mut staff = Staff::default();
    for (index, registered) in form.supervisors.iter().flatten().enumerate() {
        let item = at.index(index);
        let before = out.verdicts.len();
        supervisor::check(registered, &item, ctx, out);
        let added = out.verdicts.split_off(before.min(out.verdicts.len()));
        let qualification = added.iter().find(|verdict| verdict.rule == RuleId::Sup001);
        staff.members.push(Member {
            at: item,
            employed: registered.employed_by_applicant,
            qualified: qualification.map_or(Status::Unknown, |verdict| verdict.status),
            missing: qualification.map(|verdict| verdict.missing.clone()).unwrap_or_default(),
        });
        // SUP-004 judges one employee's guidance; a provider may have many supervisors.
        staff.verdicts.extend(added.into_iter().filter(|verdict| verdict.rule != RuleId::Sup004));
    }
    staff
}
