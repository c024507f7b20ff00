//! The registration's supervisors: each checked as any qualified supervisor, by the supervisor
//! family's own rules, and read for what EXT-002 and EXT-008 need to know of them.

use crate::model::provider::ProviderRegistration;
use crate::model::Supervisor;
use crate::rules::supervisor::{self, Responsibility};
use crate::rules::support::*;

/// The supervisors' own rules (SUP-001..005, as [`supervisor::check`] runs them), one
/// supervisor after the other, under SUP-001: the one requirement of theirs the registration
/// shows. SUP-004 (one person responsible for an employee's guidance) is not about a provider's
/// staff, so only the name is asked.
pub const RULE: Rule<ProviderRegistration> = Rule {
    id: RuleId::Sup001,
    reads: reads![
        "supervisors[*].name",
        "supervisors[*].diplomas",
        "supervisors[*].experience",
        "supervisors[*].competences"
    ],
    applies: Applies::FromCatalogue,
    check: Check::Form(|input, ctx, out| {
        for (at, listed) in listed(input.form) {
            supervisor::check(listed, &at, Responsibility::NotJudged, input.dropped, ctx, out);
        }
    }),
};

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
    let at = at(&[key!("supervisors")]);
    form.supervisors.iter().flatten().enumerate().map(move |(index, listed)| (at.index(index), listed))
}

/// The supervisors with their qualification. What the supervisors' own rules find is theirs
/// to report (see [`RULE`]): this records nothing. A loop, not a collected chain: collecting
/// the flattened list took two generic copies of the collecting code.
pub(super) fn members(form: &ProviderRegistration, ctx: &Context) -> Vec<Member> {
    let mut members = Vec::new();
    for (at, listed) in listed(form) {
        let mut scratch = Outcome::default();
        supervisor::check(listed, &at, Responsibility::NotJudged, &[], ctx, &mut scratch);
        // Found in place, its missing facts taken: searching a consuming iterator was a generic
        // copy of its own.
        let qualification = scratch.verdicts.iter_mut().find(|verdict| verdict.rule == RuleId::Sup001);
        members.push(Member {
            at,
            employed: listed.employed_by_applicant,
            qualified: qualification.as_ref().map_or(Status::Unknown, |verdict| verdict.status),
            missing: qualification.map(|verdict| std::mem::take(&mut verdict.missing)).unwrap_or_default(),
        });
    }
    members
}

#[cfg(test)]
mod tests {
    use super::super::facts::testing::run;
    use super::*;

    #[test]
    fn each_supervisor_is_judged_by_the_supervisor_rules_but_sup004() {
        let form = r#"{ "supervisors": [
            { "name": "Sara Janssens", "diplomas": [{ "code": "ba-sociaal-werk", "obtained": "2015-06-30" }],
              "competences": { "workingTogether": true, "communicating": true, "personCentred": true, "tailoredAdvice": true } },
            { "name": "Lotte Maes", "experience": [{ "from": "2025-04-01", "relevant": true }],
              "competences": { "workingTogether": true, "communicating": true, "personCentred": true, "tailoredAdvice": true } }
        ] }"#;
        let run = run(&RULE, form, "2026-11-23");
        assert_eq!(
            run.found(),
            ["supervisor.experience_too_short at supervisors[1].experience {months=19, required=24, short=5}"]
        );
        let rules: Vec<_> = run.out.verdicts.iter().map(|verdict| (verdict.rule, verdict.status)).collect();
        assert_eq!(rules, [(RuleId::Sup001, Status::Met), (RuleId::Sup001, Status::NotMet)]);
    }
}
