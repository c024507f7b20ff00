//! Holidays as a list for people: date, stable id and name in a locale.

use super::holidays::{holidays, Holiday, HolidayOptions};
use super::iso;
use crate::locale::Locale;
use crate::texts::texts;
use serde::Serialize;

/// One holiday of a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct HolidayEntry {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Stable id, e.g. `ascension`.
    pub id: String,
    /// Name in the requested locale.
    pub name: String,
}

texts! {
    NEW_YEAR = ["Nieuwjaar", "Nouvel An", "New Year's Day", "Neujahr"];
    EASTER_MONDAY = ["Paasmaandag", "Lundi de Pâques", "Easter Monday", "Ostermontag"];
    LABOUR_DAY = ["Feest van de Arbeid", "Fête du Travail", "Labour Day", "Tag der Arbeit"];
    ASCENSION = ["O.L.H. Hemelvaart", "Ascension", "Ascension Day", "Christi Himmelfahrt"];
    WHIT_MONDAY = ["Pinkstermaandag", "Lundi de Pentecôte", "Whit Monday", "Pfingstmontag"];
    NATIONAL_DAY = ["Nationale feestdag", "Fête nationale", "National Day", "Nationalfeiertag"];
    ASSUMPTION = ["O.L.V. Hemelvaart", "Assomption", "Assumption Day", "Mariä Himmelfahrt"];
    ALL_SAINTS = ["Allerheiligen", "Toussaint", "All Saints' Day", "Allerheiligen"];
    ARMISTICE = ["Wapenstilstand", "Armistice", "Armistice Day", "Waffenstillstand"];
    CHRISTMAS = ["Kerstmis", "Noël", "Christmas Day", "Weihnachten"];
    FLEMISH_COMMUNITY = [
        "Feestdag van de Vlaamse Gemeenschap",
        "Fête de la Communauté flamande",
        "Flemish Community Day",
        "Feiertag der Flämischen Gemeinschaft",
    ];
}

fn name(holiday: Holiday, locale: Locale) -> &'static str {
    let texts = match holiday {
        Holiday::NewYear => NEW_YEAR,
        Holiday::EasterMonday => EASTER_MONDAY,
        Holiday::LabourDay => LABOUR_DAY,
        Holiday::Ascension => ASCENSION,
        Holiday::WhitMonday => WHIT_MONDAY,
        Holiday::NationalDay => NATIONAL_DAY,
        Holiday::Assumption => ASSUMPTION,
        Holiday::AllSaints => ALL_SAINTS,
        Holiday::Armistice => ARMISTICE,
        Holiday::Christmas => CHRISTMAS,
        Holiday::FlemishCommunity => FLEMISH_COMMUNITY,
    };
    texts.get(locale)
}

/// The holidays of `year` with their names in `locale`, in date order.
pub fn holiday_list(year: i32, options: &HolidayOptions, locale: Locale) -> Vec<HolidayEntry> {
    // A plain loop over the slice, not a collect of a mapped `into_iter`: two generic copies
    // less in the module.
    let all = holidays(year, options);
    let mut list = Vec::with_capacity(all.len());
    for &(date, holiday) in &all {
        list.push(HolidayEntry {
            date: iso::format(date),
            id: holiday.id().to_owned(),
            name: name(holiday, locale).to_owned(),
        });
    }
    list
}

impl crate::json::ToJson for HolidayEntry {
    fn write_json(&self, out: &mut String) {
        let mut object = crate::json::Object::new(out);
        object.field("date", &self.date).field("id", &self.id).field("name", &self.name);
        object.end();
    }
}
