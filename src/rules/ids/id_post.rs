//! ID-POST: a Belgian postcode, and the region it lies in.

use crate::ids::postcode::{self, Region};
use crate::rules::support::*;

rule_entry! {
    id: IdPost,
    family: "id",
    source: IDENTIFIERS,
    // The seeds do not describe postcodes: the quote states bpost's ranges.
    quote: "Een Belgische postcode telt 4 cijfers, van 1000 tot 9999.",
    confidence: High,
    from: date(2023, 7, 1),
    title: ["Postcode en gewest", "Code postal et région", "Postcode and region", "Postleitzahl und Region"],
    text: [
        "1000–1299 Brussel; 1300–1499 Wallonië; 1500–3999 Vlaanderen; 4000–7999 Wallonië; 8000–9999 Vlaanderen. De faciliteitengemeenten rond Brussel (1620, 1630, 1640, 1780, 1950, 1970) liggen in Vlaanderen.",
        "1000–1299 Bruxelles ; 1300–1499 Wallonie ; 1500–3999 Flandre ; 4000–7999 Wallonie ; 8000–9999 Flandre. Les communes à facilités autour de Bruxelles (1620, 1630, 1640, 1780, 1950, 1970) sont en Flandre.",
        "1000–1299 Brussels; 1300–1499 Wallonia; 1500–3999 Flanders; 4000–7999 Wallonia; 8000–9999 Flanders. The facility municipalities around Brussels (1620, 1630, 1640, 1780, 1950, 1970) are in Flanders.",
        "1000–1299 Brüssel; 1300–1499 Wallonien; 1500–3999 Flandern; 4000–7999 Wallonien; 8000–9999 Flandern. Die Fazilitätengemeinden um Brüssel (1620, 1630, 1640, 1780, 1950, 1970) liegen in Flandern.",
    ],
    parameters: [],
}

codes! {
    rule: IdPost;
    /// Not a Belgian postcode (4 digits, 1000 to 9999).
    POSTCODE_INVALID = "id.postcode_invalid", Error, [
        "Vul een Belgische postcode van 4 cijfers in.",
        "Indiquez un code postal belge de 4 chiffres.",
        "Enter a Belgian postcode of 4 digits.",
        "Geben Sie eine belgische Postleitzahl mit 4 Ziffern ein.",
    ];
}

/// A Belgian postcode field; its region when valid, `None` when empty or not a postcode (then
/// reported at `path`).
pub fn postcode_field(text: Option<&str>, path: Path, out: &mut Outcome) -> Option<Region> {
    super::field(text, path, |t| postcode::region_of(t).ok_or(&POSTCODE_INVALID), out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::postcode_field;
    use crate::ids::postcode::Region;
    use crate::model::Path;
    use crate::rules::outcome::Outcome;

    #[test]
    fn a_postcode_gives_its_region_or_its_error() {
        let mut out = Outcome::default();
        assert_eq!(postcode_field(Some("9000"), Path::root(), &mut out), Some(Region::Flanders));
        assert_eq!(postcode_field(Some("1000"), Path::root(), &mut out), Some(Region::Brussels));
        assert_eq!(postcode_field(Some("1640"), Path::root(), &mut out), Some(Region::Flanders));
        assert_eq!(postcode_field(Some("5000"), Path::root(), &mut out), Some(Region::Wallonia));
        assert!(out.findings.is_empty());
        assert_eq!(postcode_field(Some("0999"), Path::root(), &mut out), None);
        assert_eq!(out.findings.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["id.postcode_invalid"]);
    }
}
