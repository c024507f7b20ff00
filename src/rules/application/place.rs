//! Where the employee lives and where the establishment is: in Belgium the postcode gives the
//! region, abroad only EU/EEA membership matters (APP-002, APP-003).

use crate::ids::postcode::Region;
use crate::model::Path;
use crate::report::codes::application::ApplicationCode as Code;
use crate::report::Finding;
use crate::rules::{fields, ids, Outcome};

/// EU member states and the other EEA states (Iceland, Liechtenstein, Norway), ISO 3166
/// alpha-2; `EL` too, the EU's own code for Greece, because EU forms use it.
const EU_EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
    "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// A place as far as the scheme cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Not filled in yet.
    Missing,
    /// Filled in, but not a postcode or country; already reported.
    Invalid,
    /// A Belgian region.
    Region(Region),
    /// Another EU or EEA state.
    OtherEuEea,
    /// Outside the EU and the EEA.
    OutsideEuEea,
}

/// A place and the field that decides it (the postcode in Belgium, else the country).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Located {
    pub place: Place,
    pub path: Path,
}

impl Located {
    /// Whether the place lies in the Flemish Region; `None` while unknown.
    pub fn in_flanders(&self) -> Option<bool> {
        match self.place {
            Place::Missing | Place::Invalid => None,
            Place::Region(region) => Some(region == Region::Flanders),
            Place::OtherEuEea | Place::OutsideEuEea => Some(false),
        }
    }
}

/// The fields of a place: its country (absent means Belgium) and its postcode.
pub(super) struct PlaceFields<'a> {
    pub country: Option<&'a str>,
    pub country_path: Path,
    pub postcode: Option<&'a str>,
    pub postcode_path: Path,
}

/// Reads a place; a malformed country is reported with `invalid_country`, a malformed Belgian
/// postcode as `id.postcode_invalid`.
pub(super) fn locate(fields: PlaceFields<'_>, invalid_country: Code, out: &mut Outcome) -> Located {
    let PlaceFields { country, country_path, postcode, postcode_path } = fields;
    let Some(country) = country.map(str::trim).filter(|c| !c.is_empty()) else {
        return belgian(postcode, postcode_path, out);
    };
    let code = country.to_ascii_uppercase();
    let place = if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        out.push(Finding::new(invalid_country, country_path));
        Place::Invalid
    } else if code == "BE" {
        return belgian(postcode, postcode_path, out);
    } else if EU_EEA.contains(&code.as_str()) {
        Place::OtherEuEea
    } else {
        Place::OutsideEuEea
    };
    Located { place, path: country_path }
}

fn belgian(postcode: Option<&str>, path: Path, out: &mut Outcome) -> Located {
    if !fields::filled(postcode) {
        return Located { place: Place::Missing, path };
    }
    let place = match ids::postcode_field(postcode, path, out) {
        Some(region) => Place::Region(region),
        None => Place::Invalid,
    };
    Located { place, path }
}

/// The wire name of a region, for issue params.
pub(super) fn region_name(region: Region) -> &'static str {
    match region {
        Region::Flanders => "flanders",
        Region::Brussels => "brussels",
        Region::Wallonia => "wallonia",
    }
}
