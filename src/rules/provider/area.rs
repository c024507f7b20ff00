//! EXT-003 (no segment of work floors) and EXT-007 (the territorial working area).

use crate::context::Context;
use crate::ids::postcode::Region;
use crate::model::keys::key;
use crate::model::provider::{ProviderRegistration, WorkingArea};
use crate::model::Path;
use crate::report::codes::provider::{explain, ProviderCode as Code};
use crate::report::{Finding, Status, Verdict};
use crate::rule_id::RuleId;
use crate::rules::fields;
use crate::rules::ids;
use crate::rules::outcome::Outcome;
use crate::rules::rule::Input;

fn area(form: &ProviderRegistration) -> (&WorkingArea, Path) {
    static DEFAULT: WorkingArea =
        WorkingArea { provinces: None, municipalities: None, segment_restriction: None, specialisation: None };
    (form.working_area.as_ref().unwrap_or(&DEFAULT), Path::root().key(key!("workingArea")))
}

/// EXT-003.
pub(super) fn segment(input: &Input<'_, ProviderRegistration>, _ctx: &Context, out: &mut Outcome) {
    let (area, at) = area(input.form);
    judge_segment(area, &at, out);
}

/// EXT-007.
pub(super) fn extent(input: &Input<'_, ProviderRegistration>, _ctx: &Context, out: &mut Outcome) {
    let form = input.form;
    let (area, at) = area(form);
    let registered = form.registration.as_ref().is_some_and(|r| fields::filled(r.registered_on.as_deref()));
    judge_extent(area, &at, registered, out);
}

/// The working area the registration declares is its scope: once it is declared without a
/// segment restriction, the registration covers every work floor in it. Before, the form has
/// not said what the registration covers.
fn judge_segment(area: &WorkingArea, at: &Path, out: &mut Outcome) {
    let declared = area.provinces.iter().flatten().any(Option::is_some)
        || area.municipalities.iter().flatten().any(|entry| fields::filled(entry.as_deref()));
    let verdict = if fields::filled(area.segment_restriction.as_deref()) {
        out.push(Finding::new(Code::SegmentRestriction, at.key(key!("segmentRestriction"))));
        Verdict::new(RuleId::Ext003, Status::NotMet, explain::SEGMENT)
    } else if declared {
        Verdict::new(RuleId::Ext003, Status::Met, explain::NO_SEGMENT)
    } else {
        Verdict::new(RuleId::Ext003, Status::Unknown, explain::AREA_MISSING).missing(vec![*at])
    };
    out.judge(verdict);
}

/// How a municipality entry reads.
enum Place {
    /// A name: it cannot be checked here, so it is taken as given.
    Named,
    /// A postcode in the Flemish Region.
    Flemish,
    /// A postcode outside it, or one that does not exist (both reported).
    Rejected,
}

/// An entry that starts with a digit is a postcode, perhaps followed by the name
/// (`9000 Gent`); anything else is a name.
fn place(entry: &str, path: &Path, out: &mut Outcome) -> Place {
    if !entry.starts_with(|c: char| c.is_ascii_digit()) {
        return Place::Named;
    }
    match ids::postcode_field(entry.split_whitespace().next(), *path, out) {
        Some(Region::Flanders) => Place::Flemish,
        Some(_) => {
            out.push(Finding::new(Code::MunicipalityOutsideFlanders, *path));
            Place::Rejected
        }
        None => Place::Rejected,
    }
}

fn judge_extent(area: &WorkingArea, at: &Path, registered: bool, out: &mut Outcome) {
    let mut provinces = Vec::new();
    for province in area.provinces.iter().flatten().flatten() {
        if !provinces.contains(province) {
            provinces.push(*province);
        }
    }
    let (mut municipalities, mut rejected) = (0usize, false);
    let list = at.key(key!("municipalities"));
    for (index, entry) in area.municipalities.iter().flatten().enumerate() {
        let entry = entry.as_deref().unwrap_or_default().trim();
        if entry.is_empty() {
            continue;
        }
        match place(entry, &list.index(index), out) {
            Place::Named | Place::Flemish => municipalities += 1,
            Place::Rejected => rejected = true,
        }
    }
    let counted = provinces.len() + municipalities;
    out.need(at, counted > 0 || rejected);
    let verdict = |status, texts| {
        Verdict::new(RuleId::Ext007, status, texts)
            .with("provinces", provinces.len())
            .with("municipalities", municipalities)
    };
    if rejected {
        out.judge(verdict(Status::NotMet, explain::AREA_OUTSIDE));
    } else if counted > 0 {
        out.judge(verdict(Status::Met, explain::AREA_GIVEN));
    } else {
        out.push(Finding::new(Code::WorkingAreaMissing, *at).also(at.key(key!("provinces"))).also(list));
        out.judge(verdict(Status::Unknown, explain::AREA_MISSING).missing(vec![*at]));
    }
    if registered {
        // An existing registration: the department passes the area on to employers, so it must
        // hear of an extension (FAQ).
        out.push(Finding::new(Code::AreaExtensionReported, *at));
    }
}
