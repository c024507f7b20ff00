//! Belgian postcodes and the region they lie in, which decides whether the Flemish scheme
//! applies. Postcodes follow the regional borders closely enough for that: 1000–1299 Brussels,
//! 1300–1499 Wallonia (Walloon Brabant), 1500–3999 Flanders, 4000–7999 Wallonia, 8000–9999
//! Flanders. The facility municipalities around Brussels (1620, 1630, 1640, 1780, 1950, 1970)
//! fall in the 1500–3999 range and so, rightly, in Flanders.

use serde::Serialize;

/// A Belgian region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Region {
    /// The Flemish Region.
    Flanders,
    /// The Brussels-Capital Region.
    Brussels,
    /// The Walloon Region.
    Wallonia,
}

/// Parses a Belgian postcode: exactly four digits after trimming, from 1000 to 9999.
pub fn parse_postcode(s: &str) -> Option<u16> {
    let t = s.trim();
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse::<u16>().ok().filter(|code| *code >= 1000)
}

/// The region of a Belgian postcode; `None` for anything that is not one.
pub fn region_of(s: &str) -> Option<Region> {
    match parse_postcode(s)? {
        1000..=1299 => Some(Region::Brussels),
        1300..=1499 | 4000..=7999 => Some(Region::Wallonia),
        1500..=3999 | 8000..=9999 => Some(Region::Flanders),
        _ => None,
    }
}

impl crate::json::ToJson for Region {
    fn write_json(&self, out: &mut String) {
        out.push_str(match self {
            Region::Flanders => "\"flanders\"",
            Region::Brussels => "\"brussels\"",
            Region::Wallonia => "\"wallonia\"",
        });
    }
}
