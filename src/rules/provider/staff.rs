//! The registration's supervisors: each checked as any qualified supervisor, and what EXT-002
//! and EXT-008 need to know of them.

use crate::context::Context;
use crate::model::keys::key;
use crate::model::provider::ProviderRegistration;
use crate::model::{Path, Supervisor};
use crate::report::Status;
use crate::rule_id::RuleId;
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;
use crate::rules::supervisor::{self, Responsibility};

/// What a supervisor's own rules read, for each supervisor listed.
pub(super) const OWN_RULES_READ: &[&str] =
    &["supervisors[*].name", "supervisors[*].diplomas", "supervisors[*].experience", "supervisors[*].competences"];

/// One supervisor as EXT-008 sees it.
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

/// The supervisors listed, each with its path, in form order.
pub(super) fn listed(form: &ProviderRegistration) -> impl Iterator<Item = (Path, &Supervisor)> {
    let at = Path::root().key(key!("supervisors"));
    form.supervisors.iter().flatten().enumerate().map(move |(index, listed)| (at.index(index), listed))
}

/// The supervisors' own rules (SUP-001..005), one supervisor after the other; SUP-004 judges
/// one employee's guidance, not a provider's staff.
pub(super) fn own_rules(input: &Input<'_, ProviderRegistration>, ctx: &Context, out: &mut Outcome) {
    for (at, listed) in listed(input.form) {
        supervisor::check(listed, &at, Responsibility::NotJudged, input.dropped, ctx, out);
    }
}

/// The supervisors with their qualification. What the supervisors' own rules find is theirs
/// to report (see [`own_rules`]): this records nothing.
pub(super) fn members(form: &ProviderRegistration, ctx: &Context) -> Vec<Member> {
    listed(form)
        .map(|(at, listed)| {
            let mut scratch = Outcome::default();
            supervisor::check(listed, &at, Responsibility::NotJudged, &[], ctx, &mut scratch);
            let qualification = scratch.verdicts.into_iter().find(|verdict| verdict.rule == RuleId::Sup001);
            Member {
                at,
                employed: listed.employed_by_applicant,
                qualified: qualification.as_ref().map_or(Status::Unknown, |verdict| verdict.status),
                missing: qualification.map(|verdict| verdict.missing).unwrap_or_default(),
            }
        })
        .collect()
}
