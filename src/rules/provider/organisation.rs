//! EXT-001 (one organisation, identified), EXT-004 (the procedure open to it) and EXT-005 (an
//! OCMW may register).

use crate::context::Context;
use crate::model::decode::Choice;
use crate::model::keys::key;
use crate::model::provider::{Organisation, OrganisationType, Procedure, ProviderRegistration};
use crate::model::Path;
use crate::report::codes::provider::{explain, ProviderCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields;
use crate::rules::ids;
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;

/// The kinds of organisation the simplified procedure is open to (FAQ: "enkel voorzien voor
/// GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie-ondernemingen").
const SIMPLIFIED_FOR: [OrganisationType; 4] = [
    OrganisationType::Gtb,
    OrganisationType::Gob,
    OrganisationType::CollectiefMaatwerkbedrijf,
    OrganisationType::LokaleDiensteneconomie,
];

fn organisation(form: &ProviderRegistration) -> (&Organisation, Path) {
    static DEFAULT: Organisation =
        Organisation { name: None, kbo: None, kind: None, consortium: None, applies_on_behalf_of_municipalities: None };
    (form.organisation.as_ref().unwrap_or(&DEFAULT), Path::root().key(key!("organisation")))
}

/// EXT-001.
pub(super) fn identity(input: &Input<'_, ProviderRegistration>, _ctx: &Context, out: &mut Outcome) {
    let (org, at) = organisation(input.form);
    judge_identity(org, &at, out);
}

/// EXT-004.
pub(super) fn procedure(input: &Input<'_, ProviderRegistration>, _ctx: &Context, out: &mut Outcome) {
    let (org, at) = organisation(input.form);
    judge_procedure(input.form.procedure, org.kind, &at, out);
}

/// EXT-005.
pub(super) fn ocmw(input: &Input<'_, ProviderRegistration>, _ctx: &Context, out: &mut Outcome) {
    let (org, at) = organisation(input.form);
    if org.kind == Some(OrganisationType::Ocmw) {
        out.push(Finding::new(Code::OcmwMayRegister, at.key(key!("type"))));
    }
}

fn judge_identity(org: &Organisation, at: &Path, out: &mut Outcome) {
    let kbo_path = at.key(key!("kbo"));
    let type_path = at.key(key!("type"));
    let kbo_typed = out.need(&kbo_path, fields::filled(org.kbo.as_deref()));
    let kbo_valid = ids::kbo_field(org.kbo.as_deref(), kbo_path, out).is_some();
    if !kbo_typed {
        out.push(Finding::new(Code::KboMissing, kbo_path));
    }
    let kind_chosen = out.need(&type_path, org.kind.is_some());
    if !kind_chosen {
        out.push(Finding::new(Code::TypeMissing, type_path));
    }
    let consortium = org.consortium == Some(true);
    if consortium {
        out.push(Finding::new(Code::ConsortiumNotPossible, at.key(key!("consortium"))));
    }
    // Only "no" says the applicant is one organisation: an unanswered question says nothing.
    let answered = org.consortium.is_some();
    let missing: Vec<Path> = [(kbo_typed, kbo_path), (kind_chosen, type_path), (answered, at.key(key!("consortium")))]
        .into_iter()
        .filter(|(f, _)| !f)
        .map(|(_, p)| p)
        .collect();
    let (status, texts) = if consortium {
        (Status::NotMet, explain::CONSORTIUM)
    } else if kbo_typed && !kbo_valid {
        (Status::NotMet, explain::KBO_INVALID)
    } else if !missing.is_empty() {
        (Status::Unknown, explain::ORGANISATION_INCOMPLETE)
    } else {
        (Status::Met, explain::ONE_ORGANISATION)
    };
    out.judge(Verdict::new(RuleId::Ext001, status, texts).missing(missing));
}

fn judge_procedure(procedure: Option<Procedure>, kind: Option<OrganisationType>, org: &Path, out: &mut Outcome) {
    let path = Path::root().key(key!("procedure"));
    let verdict = |status, texts| Verdict::new(RuleId::Ext004, status, texts);
    let Some(procedure) = procedure else {
        out.need(&path, false);
        out.push(Finding::new(Code::ProcedureMissing, path));
        return out.judge(verdict(Status::Unknown, explain::PROCEDURE_OPEN).missing(vec![path]));
    };
    out.need(&path, true);
    match (procedure, kind) {
        (Procedure::Regular, _) => out.judge(verdict(Status::Met, explain::REGULAR_OPEN)),
        (Procedure::Simplified, None) => {
            out.judge(verdict(Status::Unknown, explain::PROCEDURE_OPEN).missing(vec![org.key(key!("type"))]));
        }
        (Procedure::Simplified, Some(kind)) if SIMPLIFIED_FOR.contains(&kind) => {
            out.judge(verdict(Status::Met, explain::SIMPLIFIED_OPEN));
        }
        (Procedure::Simplified, Some(_)) => {
            out.push(
                Finding::new(Code::SimplifiedNotOpen, path).with("allowed", wire_names()).also(org.key(key!("type"))),
            );
            out.judge(verdict(Status::NotMet, explain::SIMPLIFIED_CLOSED));
        }
    }
}

/// The wire names of [`SIMPLIFIED_FOR`], for a portal that greys out the other choices.
fn wire_names() -> Vec<String> {
    SIMPLIFIED_FOR.iter().map(|kind| kind.wire_name().to_owned()).collect()
}
