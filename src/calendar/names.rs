//! Holidays as a list for people: date, stable id and name in a locale.

use super::holidays::{holidays, Holiday, HolidayOptions};
use super::iso;
use crate::locale::Locale;
use serde::Serialize;

/// One holiday of a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct HolidayEntry {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Stable id, e.g. `ascension`.
    pub id: String,
    /// Name in the requested locale.
    pub name: String,
}

fn name(holiday: Holiday, locale: Locale) -> &'static str {
    let texts: crate::locale::Texts = match holiday {
        Holiday::NewYear => &["Nieuwjaar", "Nouvel An", "New Year's Day", "Neujahr"],
        Holiday::EasterMonday => &["Paasmaandag", "Lundi de Pâques", "Easter Monday", "Ostermontag"],
        Holiday::LabourDay => &["Feest van de Arbeid", "Fête du Travail", "Labour Day", "Tag der Arbeit"],
        Holiday::Ascension => &["O.L.H. Hemelvaart", "Ascension", "Ascension Day", "Christi Himmelfahrt"],
        Holiday::WhitMonday => &["Pinkstermaandag", "Lundi de Pentecôte", "Whit Monday", "Pfingstmontag"],
        Holiday::NationalDay => &["Nationale feestdag", "Fête nationale", "National Day", "Nationalfeiertag"],
        Holiday::Assumption => &["O.L.V. Hemelvaart", "Assomption", "Assumption Day", "Mariä Himmelfahrt"],
        Holiday::AllSaints => &["Allerheiligen", "Toussaint", "All Saints' Day", "Allerheiligen"],
        Holiday::Armistice => &["Wapenstilstand", "Armistice", "Armistice Day", "Waffenstillstand"],
        Holiday::Christmas => &["Kerstmis", "Noël", "Christmas Day", "Weihnachten"],
        Holiday::FlemishCommunity => &[
            "Feestdag van de Vlaamse Gemeenschap",
            "Fête de la Communauté flamande",
            "Flemish Community Day",
            "Feiertag der Flämischen Gemeinschaft",
        ],
    };
    locale.pick(texts)
}

/// The holidays of `year` with their names in `locale`, in date order.
pub fn holiday_list(year: i32, options: &HolidayOptions, locale: Locale) -> Vec<HolidayEntry> {
    holidays(year, options)
        .into_iter()
        .map(|(date, holiday)| HolidayEntry {
            date: iso::format(date),
            id: holiday.id().to_owned(),
            name: name(holiday, locale).to_owned(),
        })
        .collect()
}

impl crate::json::ToJson for HolidayEntry {
    fn write_json(&self, out: &mut String) {
        let mut object = crate::json::Object::new(out);
        object.field("date", &self.date).field("id", &self.id).field("name", &self.name);
        object.end();
    }
}
