//! Where the employee lives and where the establishment is: in Belgium the postcode gives the
//! region; abroad is abroad, whichever country (APP-002, APP-003). [`locate`] reads a place
//! without reporting; [`report`] reports what is malformed in it, with the code of the rule
//! that calls it.

use crate::ids::postcode::{self, Region};
use crate::model::Path;
use crate::report::codes::CodeDef;
use crate::report::Finding;
use crate::rules::{fields, ids, Outcome};

/// A place as far as the scheme cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// Not filled in yet, or its country was not text (which the decoder reports).
    Missing,
    /// Filled in, but not a postcode or country; reported by the rule the place belongs to.
    Invalid,
    /// A Belgian region.
    Region(Region),
    /// Another country.
    Abroad,
}

/// A place and the field that decides it (the postcode in Belgium, else the country).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Located {
    pub place: Place,
    pub path: Path,
}

impl Located {
    /// Whether the place lies in the Brussels-Capital Region; `None` while unknown.
    pub fn in_brussels(&self) -> Option<bool> {
        match self.place {
            Place::Missing | Place::Invalid => None,
            Place::Region(region) => Some(region == Region::Brussels),
            Place::Abroad => Some(false),
        }
    }
}

/// The fields of a place: its country (absent means Belgium) and its postcode.
#[derive(Debug, Clone, Copy)]
pub(super) struct PlaceFields<'a> {
    pub country: Option<&'a str>,
    /// The country's own value was not text (dropped, and reported as `form.wrong_type`):
    /// the place is missing, at the country, not Belgium.
    pub country_dropped: bool,
    pub country_path: Path,
    pub postcode: Option<&'a str>,
    pub postcode_path: Path,
}

/// The country as typed.
enum Country {
    /// Absent, empty or `BE`: the postcode decides.
    Belgium,
    /// Not two letters.
    Malformed,
    /// Another country.
    Abroad,
    /// Not text; reported by the decoder.
    Dropped,
}

fn country(fields: &PlaceFields<'_>) -> Country {
    if fields.country_dropped {
        return Country::Dropped;
    }
    let Some(code) = fields.country.map(str::trim).filter(|c| !c.is_empty()) else { return Country::Belgium };
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
        Country::Malformed
    } else if code.eq_ignore_ascii_case("BE") {
        Country::Belgium
    } else {
        Country::Abroad
    }
}

/// Reads a place without reporting anything.
pub(super) fn locate(fields: &PlaceFields<'_>) -> Located {
    let place = match country(fields) {
        Country::Belgium => return belgian(fields.postcode, fields.postcode_path),
        Country::Malformed => Place::Invalid,
        Country::Dropped => Place::Missing,
        Country::Abroad => Place::Abroad,
    };
    Located { place, path: fields.country_path }
}

fn belgian(postcode: Option<&str>, path: Path) -> Located {
    let place = match postcode.map(str::trim).filter(|p| !p.is_empty()) {
        None => Place::Missing,
        Some(text) => postcode::region_of(text).map_or(Place::Invalid, Place::Region),
    };
    Located { place, path }
}

/// Reports what is malformed in a place: a country that is not two letters with
/// `invalid_country`, a Belgian postcode that is none as `id.postcode_invalid`.
pub(super) fn report(fields: &PlaceFields<'_>, invalid_country: &'static CodeDef, out: &mut Outcome) {
    match country(fields) {
        Country::Belgium if fields::filled(fields.postcode) => {
            ids::postcode_field(fields.postcode, fields.postcode_path, out);
        }
        Country::Malformed => out.push(Finding::new(invalid_country, fields.country_path)),
        Country::Belgium | Country::Abroad | Country::Dropped => {}
    }
}

/// The wire name of a region, for issue params.
pub(super) fn region_name(region: Region) -> &'static str {
    match region {
        Region::Flanders => "flanders",
        Region::Brussels => "brussels",
        Region::Wallonia => "wallonia",
    }
}
