//! The facts several APP rules judge, read from the form without reporting anything: a
//! malformed value is reported once, by the rule whose code it is.

use super::place::{self, Located, PlaceFields};
use super::{FACTS_MISSING, NOT_FOR_SELF_EMPLOYED};
use crate::model::application::{Application, Guidance, GuidanceOrganisation};
use crate::model::keys::key;
use crate::model::{Key, Path};
use crate::report::{Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields::{parse_date, DateField};
use crate::rules::rule::{was_dropped, Input};
use crate::rules::support::at;
use crate::texts::{texts, Texts};

/// The measures VDAB's indication names; `None` while unanswered.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Measures {
    pub loonpremie: Option<bool>,
    pub guidance: Option<bool>,
}

/// The premiums asked. The premiums are a list to tick: once one is ticked, a premium not
/// ticked is not asked; while none is, nothing is said yet. A premium whose value was not a
/// yes or no (dropped, and reported as `form.wrong_type`) is neither asked nor not asked.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Premiums {
    /// Whether any premium is ticked.
    pub answered: bool,
    pub loonpremie: bool,
    pub begeleidingspremie: bool,
    /// The loonpremie's value was dropped.
    pub loonpremie_dropped: bool,
    /// The begeleidingspremie's value was dropped.
    pub begeleidingspremie_dropped: bool,
    pub ondersteuningspremie: Option<bool>,
    pub percentage: Option<f64>,
    pub years: Option<f64>,
}

impl Premiums {
    /// Whether the begeleidingspremie is asked; `None` while no premium is ticked.
    pub fn begeleidingspremie_asked(&self) -> Option<bool> {
        (self.answered && !self.begeleidingspremie_dropped).then_some(self.begeleidingspremie)
    }
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
    /// A Brussels employer can call on the loonpremie only (FAQ: "Een werkgever uit het
    /// Brussels Gewest kan enkel beroep doen op de loonpremie, niet op de begeleidingspremie"),
    /// so no guidance under this scheme, whose guidance the begeleidingspremie pays for ("De
    /// werkgever ontvangt ... hiervoor dan ook een begeleidingspremie"). Of the Walloon Region
    /// and abroad the seeds say nothing: there indicated guidance is required as anywhere.
    InBrussels,
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

impl Facts {
    /// Reads the facts.
    pub fn of(input: &Input<'_, Application>) -> Self {
        let form = input.form;
        let dropped = |keys: &[Key]| was_dropped(input.dropped, &at(keys));
        let self_employed = form.self_employed;
        let indication = form.vdab_indication.as_ref();
        let measures = indication
            .and_then(|i| i.measures.as_ref())
            .map_or_else(Measures::default, |m| Measures { loonpremie: m.loonpremie, guidance: m.guidance });
        let premiums = form.requested_premiums.as_ref().map_or_else(Premiums::default, |p| Premiums {
            answered: [p.loonpremie, p.begeleidingspremie, p.ondersteuningspremie].contains(&Some(true)),
            loonpremie: p.loonpremie == Some(true),
            begeleidingspremie: p.begeleidingspremie == Some(true),
            loonpremie_dropped: dropped(&[key!("requestedPremiums"), key!("loonpremie")]),
            begeleidingspremie_dropped: dropped(&[key!("requestedPremiums"), key!("begeleidingspremie")]),
            ondersteuningspremie: p.ondersteuningspremie,
            percentage: p.ondersteuningspremie_percentage,
            years: p.ondersteuningspremie_years,
        });
        let contract = form.contract.as_ref();
        let dates = Dates {
            indication: parse_date(indication.and_then(|i| i.date.as_deref())),
            valid_until: parse_date(indication.and_then(|i| i.valid_until.as_deref())),
            contract_start: parse_date(contract.and_then(|c| c.start.as_deref())),
            contract_end: parse_date(contract.and_then(|c| c.end.as_deref())),
            application: parse_date(form.application_date.as_deref()),
        };
        let residence = place::locate(&residence_fields(input));
        let establishment = place::locate(&establishment_fields(input));
        let organisation = form.guidance.as_ref().and_then(|g| g.organisation);
        let guidance = guidance_need(self_employed, &establishment, measures, organisation);
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

/// The fields of the employee's residence.
pub(super) fn residence_fields<'a>(input: &Input<'a, Application>) -> PlaceFields<'a> {
    let residence = input.form.employee.as_ref().and_then(|e| e.residence.as_ref());
    let country_path = at(&[key!("employee"), key!("residence"), key!("country")]);
    PlaceFields {
        country: residence.and_then(|r| r.country.as_deref()),
        country_dropped: residence.is_some() && was_dropped(input.dropped, &country_path),
        country_path,
        postcode: residence.and_then(|r| r.postcode.as_deref()),
        postcode_path: at(&[key!("employee"), key!("residence"), key!("postcode")]),
    }
}

/// The fields of the establishment where the employee works.
pub(super) fn establishment_fields<'a>(input: &Input<'a, Application>) -> PlaceFields<'a> {
    let employer = input.form.employer.as_ref();
    let country_path = at(&[key!("employer"), key!("establishmentCountry")]);
    PlaceFields {
        country: employer.and_then(|e| e.establishment_country.as_deref()),
        country_dropped: employer.is_some() && was_dropped(input.dropped, &country_path),
        country_path,
        postcode: employer.and_then(|e| e.establishment_postcode.as_deref()),
        postcode_path: at(&[key!("employer"), key!("establishmentPostcode")]),
    }
}

/// Any given fact that takes the guidance out of this scheme decides, whatever is still
/// missing; guidance is required once VDAB's indication names it, whether or not the
/// begeleidingspremie is asked (FAQ: "Begeleiding in het kader van individueel maatwerk is
/// verplicht wanneer VDAB een begeleidingsbehoefte vaststelt"; that the premiums follow the
/// indication is APP-004's question).
fn guidance_need(
    self_employed: Option<bool>,
    establishment: &Located,
    measures: Measures,
    organisation: Option<GuidanceOrganisation>,
) -> GuidanceNeed {
    if self_employed == Some(true) {
        return GuidanceNeed::SelfEmployed;
    }
    if establishment.in_brussels() == Some(true) {
        return GuidanceNeed::InBrussels;
    }
    if measures.guidance == Some(false) {
        return GuidanceNeed::NotIndicated;
    }
    let mut pending = Vec::new();
    if self_employed.is_none() {
        pending.push(at(&[key!("selfEmployed")]));
    }
    if establishment.in_brussels().is_none() {
        pending.push(establishment.path);
    }
    match measures.guidance {
        Some(true) => GuidanceNeed::Required { organisation, pending },
        _ => {
            pending.insert(0, at(&[key!("vdabIndication"), key!("measures"), key!("guidance")]));
            GuidanceNeed::Unknown(pending)
        }
    }
}

/// The fields that decide whether guidance must be organised under this scheme (the guidance
/// need), then a rule's own: the reads of every rule that judges guidance.
macro_rules! guidance_need_and {
    ($($own:expr),* $(,)?) => {
        $crate::rules::support::reads![
            "selfEmployed",
            "vdabIndication.measures.guidance",
            "employer.establishmentCountry",
            "employer.establishmentPostcode",
            $($own),*
        ]
    };
}
pub(super) use guidance_need_and;

texts! {
    /// APP-006/007/013 not applicable: VDAB found no need for guidance.
    NO_GUIDANCE_INDICATED = [
        "Niet van toepassing: VDAB stelde geen begeleiding vast, dus er moet geen begeleiding georganiseerd worden.",
        "Sans objet : le VDAB n'a pas constaté de besoin d'accompagnement, donc aucun accompagnement à organiser.",
        "Not applicable: VDAB found no need for guidance, so no guidance has to be organised.",
        "Nicht anwendbar: der VDAB hat keinen Begleitungsbedarf festgestellt, also ist keine Begleitung zu organisieren.",
    ];

    /// APP-006/007/013 not applicable: a Brussels employer gets no begeleidingspremie, so no
    /// guidance under the scheme.
    NO_GUIDANCE_IN_BRUSSELS = [
        "Niet van toepassing: de vestiging ligt in het Brusselse Gewest, waar enkel de loonpremie mogelijk is, dus geen begeleiding te organiseren binnen deze regeling.",
        "Sans objet : l'établissement est en Région de Bruxelles-Capitale, où seule la prime salariale est possible, donc pas d'accompagnement à organiser dans ce régime.",
        "Not applicable: the establishment is in the Brussels Region, where only the loonpremie is possible, so no guidance to organise under this scheme.",
        "Nicht anwendbar: die Niederlassung liegt in der Region Brüssel-Hauptstadt, wo nur die Lohnprämie möglich ist, also keine Begleitung im Rahmen dieser Regelung.",
    ];
}

/// Whether a guidance rule applies: `Ok` with the facts still missing that could make it not
/// apply, or `Err` with its verdict when no guidance has to be organised under this scheme
/// (not applicable, naming the fact) or it is not known yet whether it has.
pub(super) fn guidance_applies(rule: RuleId, need: &GuidanceNeed) -> Result<Vec<Path>, Verdict> {
    let texts: Texts = match need {
        GuidanceNeed::Required { pending, .. } => return Ok(pending.clone()),
        GuidanceNeed::NotIndicated => NO_GUIDANCE_INDICATED,
        GuidanceNeed::SelfEmployed => NOT_FOR_SELF_EMPLOYED,
        GuidanceNeed::InBrussels => NO_GUIDANCE_IN_BRUSSELS,
        GuidanceNeed::Unknown(missing) => {
            return Err(Verdict::new(rule, Status::Unknown, FACTS_MISSING).missing(missing.clone()))
        }
    };
    Err(Verdict::new(rule, Status::NotApplicable, texts))
}

/// The guidance part of the form, or an empty one.
pub(super) fn guidance_of(form: &Application) -> &Guidance {
    const NONE: &Guidance = &Guidance {
        organisation: None,
        internal_supervisor: None,
        qualification_proof_attached: None,
        external_provider: None,
        collega_coach: None,
    };
    form.guidance.as_ref().unwrap_or(NONE)
}
