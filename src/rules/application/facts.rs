//! The facts several APP rules judge, read once from the form.

use super::at;
use super::place::{self, Located, PlaceFields};
use crate::model::application::{Application, GuidanceOrganisation};
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

/// The premiums asked: a premium not ticked is not asked.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Premiums {
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

/// Whether guidance must be organised under this scheme (APP-006, APP-007, APP-013).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum GuidanceNeed {
    /// VDAB found a need for guidance: it must be organised.
    Required(Option<GuidanceOrganisation>),
    /// VDAB found no need for guidance.
    NotIndicated,
    /// A self-employed person gets no begeleidingspremie.
    SelfEmployed,
    /// Outside Flanders only the loonpremie exists (FAQ), so no guidance under this scheme.
    OutsideFlanders,
    /// Not known yet whether VDAB found a need: the path of that answer.
    Unknown(Path),
}

/// What the rules share.
#[derive(Debug, Clone)]
pub(super) struct Facts {
    /// A self-employed person applies for themselves; absent means an employer applies.
    pub self_employed: bool,
    pub measures: Measures,
    pub premiums: Premiums,
    pub dates: Dates,
    pub residence: Located,
    pub establishment: Located,
    pub guidance: GuidanceNeed,
}

/// The fields whose malformed values [`Facts::read`] reports.
pub(super) const VALUES: &[&str] = &[
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
        let self_employed = form.self_employed == Some(true);
        let indication = form.vdab_indication.as_ref();
        let measures = indication
            .and_then(|i| i.measures.as_ref())
            .map_or_else(Measures::default, |m| Measures { loonpremie: m.loonpremie, guidance: m.guidance });
        let premiums = form.requested_premiums.as_ref().map_or_else(Premiums::default, |p| Premiums {
            loonpremie: p.loonpremie == Some(true),
            begeleidingspremie: p.begeleidingspremie == Some(true),
            ondersteuningspremie: p.ondersteuningspremie,
            percentage: p.ondersteuningspremie_percentage,
            years: p.ondersteuningspremie_years,
        });
        let contract = form.contract.as_ref();
        let dates = Dates {
            indication: date(indication.and_then(|i| i.date.as_deref()), &["vdabIndication", "date"], out),
            valid_until: date(
                indication.and_then(|i| i.valid_until.as_deref()),
                &["vdabIndication", "validUntil"],
                out,
            ),
            contract_start: date(contract.and_then(|c| c.start.as_deref()), &["contract", "start"], out),
            contract_end: date(contract.and_then(|c| c.end.as_deref()), &["contract", "end"], out),
            application: date(form.application_date.as_deref(), &["applicationDate"], out),
        };
        let residence_of = form.employee.as_ref().and_then(|e| e.residence.as_ref());
        let residence = place::locate(
            PlaceFields {
                country: residence_of.and_then(|r| r.country.as_deref()),
                country_path: at(&["employee", "residence", "country"]),
                postcode: residence_of.and_then(|r| r.postcode.as_deref()),
                postcode_path: at(&["employee", "residence", "postcode"]),
            },
            Code::ResidenceCountryInvalid,
            out,
        );
        let employer = form.employer.as_ref();
        let establishment = place::locate(
            PlaceFields {
                country: employer.and_then(|e| e.establishment_country.as_deref()),
                country_path: at(&["employer", "establishmentCountry"]),
                postcode: employer.and_then(|e| e.establishment_postcode.as_deref()),
                postcode_path: at(&["employer", "establishmentPostcode"]),
            },
            Code::EstablishmentCountryInvalid,
            out,
        );
        let organisation = form.guidance.as_ref().and_then(|g| g.organisation);
        let guidance = match measures.guidance {
            _ if self_employed => GuidanceNeed::SelfEmployed,
            None => GuidanceNeed::Unknown(at(&["vdabIndication", "measures", "guidance"])),
            Some(false) => GuidanceNeed::NotIndicated,
            Some(true) if establishment.in_flanders() == Some(false) => GuidanceNeed::OutsideFlanders,
            Some(true) => GuidanceNeed::Required(organisation),
        };
        Self { self_employed, measures, premiums, dates, residence, establishment, guidance }
    }
}

fn date(text: Option<&str>, keys: &[&'static str], out: &mut Outcome) -> DateField {
    fields::date(text, at(keys), Code::InvalidDate, out)
}
