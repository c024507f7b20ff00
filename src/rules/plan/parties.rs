//! PLAN-005 (the plan names everyone involved) and the plan's part of SUP-004 (one named
//! responsible person; a team's set-up explained).

use crate::context::Context;
use crate::model::keys::key;
use crate::model::plan::{GuidanceOrganisation, SupportPlan};
use crate::model::Path;
use crate::model::Supervisor;
use crate::report::codes::plan::{explain, PlanCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields;
use crate::rules::ids::{insz_field, kbo_field};
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;
use crate::rules::supervisor::{self, Responsibility};

/// What PLAN-005 found so far.
#[derive(Debug, Default)]
struct Naming {
    missing: Vec<Path>,
    invalid: bool,
}

impl Naming {
    /// A required text: counted, and reported with `code` when empty.
    fn text(&mut self, text: Option<&str>, path: Path, code: Code, out: &mut Outcome) -> bool {
        let filled = out.need(&path, fields::filled(text));
        if !filled {
            out.push(Finding::new(code, path));
            self.missing.push(path);
        }
        filled
    }
}

/// Checks who the plan names, the supervisor's qualification (SUP-001..005) included.
pub(super) fn check(input: &Input<'_, SupportPlan>, ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let root = Path::root();
    let mut naming = Naming::default();

    let employee = form.employee.as_ref();
    let at = root.key(key!("employee"));
    naming.text(employee.and_then(|e| e.name.as_deref()), at.key(key!("name")), Code::EmployeeNameMissing, out);
    let insz = employee.and_then(|e| e.insz.as_deref());
    if naming.text(insz, at.key(key!("insz")), Code::EmployeeInszMissing, out) {
        naming.invalid |= insz_field(insz, at.key(key!("insz")), out).is_none();
    }

    let employer = form.employer.as_ref();
    let at = root.key(key!("employer"));
    naming.text(employer.and_then(|e| e.name.as_deref()), at.key(key!("name")), Code::EmployerNameMissing, out);
    let kbo = employer.and_then(|e| e.kbo.as_deref());
    if naming.text(kbo, at.key(key!("kbo")), Code::EmployerKboMissing, out) {
        naming.invalid |= kbo_field(kbo, at.key(key!("kbo")), out).is_none();
    }

    let none = Supervisor::default();
    let plan_supervisor = form.supervisor.as_ref().unwrap_or(&none);
    supervisor_named(input, plan_supervisor, ctx, &mut naming, out);
    responsible(form, plan_supervisor, &mut naming, out);
    supervisor::sup004_responsible::check_team(form.team.as_ref(), &Path::root().key(key!("team")), out);

    let coach_name = form.collega_coach.as_ref().and_then(|c| c.name.as_deref());
    naming.text(coach_name, root.key(key!("collegaCoach")).key(key!("name")), Code::CoachNameMissing, out);

    let verdict = if naming.invalid {
        Verdict::new(RuleId::Plan005, Status::NotMet, explain::PARTY_ID_INVALID)
    } else if !naming.missing.is_empty() {
        Verdict::new(RuleId::Plan005, Status::Unknown, explain::FACTS_MISSING).missing(naming.missing)
    } else {
        Verdict::new(RuleId::Plan005, Status::Met, explain::PARTIES_NAMED)
    };
    out.judge(verdict);
}

fn supervisor_named(
    input: &Input<'_, SupportPlan>,
    plan_supervisor: &Supervisor,
    ctx: &Context,
    naming: &mut Naming,
    out: &mut Outcome,
) {
    let form = input.form;
    let at = Path::root().key(key!("supervisor"));
    let path = Path::root().key(key!("responsiblePerson"));
    let responsibility = Responsibility::OrNamed { name: form.responsible_person.as_deref(), path: &path };
    supervisor::check(plan_supervisor, &at, responsibility, input.dropped, ctx, out);
    // The name is counted and reported by the supervisor rules (SUP-004); PLAN-005 waits for it.
    if !fields::filled(plan_supervisor.name.as_deref()) {
        naming.missing.push(at.key(key!("name")));
    }
    let organisation_path = at.key(key!("organisation"));
    if !out.need(&organisation_path, plan_supervisor.organisation.is_some()) {
        out.push(Finding::new(Code::OrganisationMissing, organisation_path));
        naming.missing.push(organisation_path);
    }
    if plan_supervisor.organisation == Some(GuidanceOrganisation::External) {
        let path = at.key(key!("providerRegistrationNumber"));
        let filled = out.need(&path, fields::filled(plan_supervisor.provider_registration_number.as_deref()));
        if !filled {
            out.push(Finding::new(Code::ProviderRegistrationMissing, path).also(organisation_path));
            naming.missing.push(path);
        }
    }
}

/// The responsible person is the supervisor when the supervisor says so, else the person named.
fn responsible(form: &SupportPlan, plan_supervisor: &Supervisor, naming: &mut Naming, out: &mut Outcome) {
    let path = Path::root().key(key!("responsiblePerson"));
    let named = fields::filled(form.responsible_person.as_deref()) || plan_supervisor.responsible == Some(true);
    if !out.need(&path, named) {
        out.push(
            Finding::new(Code::ResponsiblePersonMissing, path)
                .also(Path::root().key(key!("supervisor")).key(key!("responsible"))),
        );
        naming.missing.push(path);
    }
}
