//! EXT-002: municipalities apply separately, and the applicant employs its qualified
//! supervisors (FAQ: "moet de werkgever zijn van de gekwalificeerde begeleider").

use super::staff;
use crate::context::Context;
use crate::model::keys::key;
use crate::model::provider::{OrganisationType, ProviderRegistration};
use crate::model::Path;
use crate::report::codes::provider::{explain, ProviderCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;

/// EXT-002.
pub(super) fn judge(input: &Input<'_, ProviderRegistration>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let org = Path::root().key(key!("organisation"));
    let answer = form.organisation.as_ref().and_then(|o| o.applies_on_behalf_of_municipalities);
    let on_behalf = answer == Some(true);
    // Only a partnership could apply on behalf of municipalities (FAQ), so a portal asks only a
    // partnership; any other kind of organisation applies for itself. Until the kind is known,
    // the form has not said.
    let kind = form.organisation.as_ref().and_then(|o| o.kind);
    let for_itself_unsaid = match (answer, kind) {
        (Some(_), _) => None,
        (None, None) => Some(org.key(key!("type"))),
        (None, Some(OrganisationType::IntermunicipalPartnership)) => {
            Some(org.key(key!("appliesOnBehalfOfMunicipalities")))
        }
        (None, Some(_)) => None,
    };
    if on_behalf {
        out.push(
            Finding::new(Code::OnBehalfOfMunicipalities, org.key(key!("appliesOnBehalfOfMunicipalities")))
                .also(org.key(key!("type"))),
        );
    }
    let listed = form.supervisors.as_ref().map_or(0, Vec::len);
    let mut not_employed = 0usize;
    let mut open = Vec::new();
    for (at, supervisor) in staff::listed(form) {
        let path = at.key(key!("employedByApplicant"));
        out.need(&path, supervisor.employed_by_applicant.is_some());
        match supervisor.employed_by_applicant {
            Some(true) => {}
            Some(false) => {
                not_employed += 1;
                out.push(Finding::new(Code::SupervisorNotEmployed, path));
            }
            None => {
                out.push(Finding::new(Code::EmploymentMissing, path));
                open.push(path);
            }
        }
    }
    if listed == 0 {
        open.push(Path::root().key(key!("supervisors")));
    }
    let employment_open = !open.is_empty();
    open.extend(for_itself_unsaid);
    let verdict = |status, texts| Verdict::new(RuleId::Ext002, status, texts);
    out.judge(if on_behalf {
        verdict(Status::NotMet, explain::ON_BEHALF).missing(open)
    } else if not_employed > 0 {
        verdict(Status::NotMet, explain::NOT_EMPLOYER).with("count", not_employed).missing(open)
    } else if employment_open {
        verdict(Status::Unknown, explain::EMPLOYMENT_OPEN).missing(open)
    } else if !open.is_empty() {
        verdict(Status::Unknown, explain::APPLICANT_UNSAID).missing(open)
    } else {
        verdict(Status::Met, explain::OWN_SUPERVISORS).with("count", listed)
    });
}
