//! The facts several APP rules judge, read once from the form.

use super::at;
use super::place::{self, Located, PlaceFields};
use crate::model::application::{Application, GuidanceOrganisation};
use crate::model::keys::key;
use crate::model::Key;
use crate::model::Path;
use crate::report::codes::application::ApplicationCode as Code;
use crate::rules::fields::{self, DateField};
use crate::rules::Outcome;

/// The measures VDAB's indication names; `None` while unanswered.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Measures {
    pub loonpremie: Option<bool>,
    pub guidance: Option<bool>,
}

/// The premiums asked. The premiums are a list to tick: once one is ticked, a premium not
/// ticked is not asked; while none is, nothing is said yet.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Premiums {
    /// Whether any premium is ticked.
    pub answered: bool,
    pub loonpremie: bool,
    pub begeleidingspremie: bool,
    pub ondersteuningspremie: Option<bool>,
    pub percentage: Option<f64>,
    pub years: Option<f64>,
}

/// The dates of the form.
#[derive(Debug, Clone, Copy)]
pub(super) struct Dates {
    pub indication: DateField,
    pub valid_until: DateField,
    pub contract_start: DateField,
    pub contract_end: DateField,
    pub application: DateField,
}

impl Premiums {
    /// Whether the begeleidingspremie is asked; `None` while no premium is ticked.
    pub fn begeleidingspremie_asked(&self) -> Option<bool> {
        self.answered.then_some(self.begeleidingspremie)
    }
}

/// Whether guidance must be organised under this scheme (APP-006, APP-007, APP-013). Each
/// reason it need not is a fact the form gives; the guidance rules are then not applicable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum GuidanceNeed {
    /// VDAB found a need for guidance: it must be organised. `pending` are the facts still
    /// missing that could yet make the guidance rules not apply.
    Required { organisation: Option<GuidanceOrganisation>, pending: Vec<Path> },
    /// VDAB found no need for guidance.
    NotIndicated,
    /// A self-employed person gets no begeleidingspremie.
    SelfEmployed,
    /// Outside Flanders only the loonpremie exists (FAQ), so no guidance under this scheme.
    OutsideFlanders,
    /// No begeleidingspremie is asked, so no guidance under this scheme is paid for (whether
    /// the indication asks it is APP-004's question).
    NotAsked,
    /// Not known yet whether VDAB found a need: the facts still missing.
    Unknown(Vec<Path>),
}

/// What the rules share.
#[derive(Debug, Clone)]
pub(super) struct Facts {
    /// Whether a self-employed person applies for themselves; `None` while not said.
    pub self_employed: Option<bool>,
    pub measures: Measures,
    pub premiums: Premiums,
    pub dates: Dates,
    pub residence: Located,
    pub establishment: Located,
    pub guidance: GuidanceNeed,
}

/// The fields whose malformed values [`Facts::read`] reports, and the question every rule for
/// employers waits for (whether a self-employed person applies).
pub(super) const VALUES: &[&str] = &[
    "selfEmployed",
    "vdabIndication.date",
    "vdabIndication.validUntil",
    "contract",
    "applicationDate",
    "employee.residence",
    "employer.establishmentCountry",
    "employer.establishmentPostcode",
];

impl Facts {
    /// The facts, for a rule: what is malformed in them is reported once, by [`Facts::read`].
    pub fn of(form: &Application) -> Self {
        Self::read(form, &mut Outcome::default())
    }

    /// Reads the facts; malformed dates, countries and postcodes are reported here.
    pub fn read(form: &Application, out: &mut Outcome) -> Self {
        let self_employed = form.self_employed;
        let indication = form.vdab_indication.as_ref();
        let measures = indication
            .and_then(|i| i.measures.as_ref())
            .map_or_else(Measures::default, |m| Measures { loonpremie: m.loonpremie, guidance: m.guidance });
        let premiums = form.requested_premiums.as_ref().map_or_else(Premiums::default, |p| Premiums {
            answered: [p.loonpremie, p.begeleidingspremie, p.ondersteuningspremie].contains(&Some(true)),
            loonpremie: p.loonpremie == Some(true),
            begeleidingspremie: p.begeleidingspremie == Some(true),
            ondersteuningspremie: p.ondersteuningspremie,
            percentage: p.ondersteuningspremie_percentage,
            years: p.ondersteuningspremie_years,
        });
        let contract = form.contract.as_ref();
        let dates = Dates {
            indication: date(indication.and_then(|i| i.date.as_deref()), &[key!("vdabIndication"), key!("date")], out),
            valid_until: date(
                indication.and_then(|i| i.valid_until.as_deref()),
                &[key!("vdabIndication"), key!("validUntil")],
                out,
            ),
            contract_start: date(contract.and_then(|c| c.start.as_deref()), &[key!("contract"), key!("start")], out),
            contract_end: date(contract.and_then(|c| c.end.as_deref()), &[key!("contract"), key!("end")], out),
            application: date(form.application_date.as_deref(), &[key!("applicationDate")], out),
        };
        let residence_of = form.employee.as_ref().and_then(|e| e.residence.as_ref());
        let residence = place::locate(
            PlaceFields {
                country: residence_of.and_then(|r| r.country.as_deref()),
                country_path: at(&[key!("employee"), key!("residence"), key!("country")]),
                postcode: residence_of.and_then(|r| r.postcode.as_deref()),
                postcode_path: at(&[key!("employee"), key!("residence"), key!("postcode")]),
            },
            Code::ResidenceCountryInvalid,
            out,
        );
        let employer = form.employer.as_ref();
        let establishment = place::locate(
            PlaceFields {
                country: employer.and_then(|e| e.establishment_country.as_deref()),
                country_path: at(&[key!("employer"), key!("establishmentCountry")]),
                postcode: employer.and_then(|e| e.establishment_postcode.as_deref()),
                postcode_path: at(&[key!("employer"), key!("establishmentPostcode")]),
            },
            Code::EstablishmentCountryInvalid,
            out,
        );
        let organisation = form.guidance.as_ref().and_then(|g| g.organisation);
        let guidance = guidance_need(self_employed, &establishment, measures, premiums, organisation);
        Self { self_employed, measures, premiums, dates, residence, establishment, guidance }
    }

    /// The facts still missing that could make a rule for employers not apply: whether a
    /// self-employed person applies.
    pub fn employer_pending(&self) -> Vec<Path> {
        if self.self_employed.is_none() {
            vec![at(&[key!("selfEmployed")])]
        } else {
            Vec::new()
        }
    }
}

/// Any given fact that takes the guidance out of this scheme decides, whatever is still
/// missing; guidance is required only once VDAB's indication names it.
fn guidance_need(
    self_employed: Option<bool>,
    establishment: &Located,
    measures: Measures,
    premiums: Premiums,
    organisation: Option<GuidanceOrganisation>,
) -> GuidanceNeed {
    if self_employed == Some(true) {
        return GuidanceNeed::SelfEmployed;
    }
    if establishment.in_flanders() == Some(false) {
        return GuidanceNeed::OutsideFlanders;
    }
    if measures.guidance == Some(false) {
        return GuidanceNeed::NotIndicated;
    }
    let asked = premiums.begeleidingspremie_asked();
    if asked == Some(false) {
        return GuidanceNeed::NotAsked;
    }
    let mut pending = Vec::new();
    if self_employed.is_none() {
        pending.push(at(&[key!("selfEmployed")]));
    }
    if establishment.in_flanders().is_none() {
        pending.push(establishment.path);
    }
    if asked.is_none() {
        pending.push(at(&[key!("requestedPremiums"), key!("begeleidingspremie")]));
    }
    match measures.guidance {
        Some(true) => GuidanceNeed::Required { organisation, pending },
        _ => {
            pending.insert(0, at(&[key!("vdabIndication"), key!("measures"), key!("guidance")]));
            GuidanceNeed::Unknown(pending)
        }
    }
}

fn date(text: Option<&str>, keys: &[Key], out: &mut Outcome) -> DateField {
    fields::date(text, at(keys), Code::InvalidDate, out)
}
