//! How options are read from JSON: with the forms' own decoder, strictly (see
//! [`from_json_strict`](crate::model::decode::from_json_strict)).

use super::{DatedValues, DiplomaEntry, Locale, ParameterOverrides};
use crate::model::bounds::MAX_LIST_ITEMS;
use crate::model::decode::{
    decode, decode_enum, decode_struct, Decode, Decoder, Expected, InputError, Kind, ListItem, OtherSlot, ShapeKind,
    Slot,
};

/// The options as the wire gives them: the mapping's text is read by the mapping's own reader,
/// which names the entry it refuses.
#[derive(Default)]
pub(crate) struct OptionsWire {
    pub(crate) as_of: Option<String>,
    pub(crate) locale: Option<Locale>,
    pub(crate) parameters: Option<ParameterOverrides>,
    pub(crate) mapping: Option<RawJson>,
}

decode_struct!(OptionsWire { as_of: "asOf", locale: "locale", parameters: "parameters", mapping: "mapping" });

/// A value's JSON text, unread.
pub(crate) struct RawJson(pub(crate) String);

impl Decode for RawJson {
    const KIND: Kind = Kind::Value(Expected::Group);

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::Other(field)
    }
}

impl OtherSlot for Option<RawJson> {
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        *self = Some(RawJson(de.raw()?.to_owned()));
        Ok(())
    }
}

decode_struct!(ParameterOverrides {
    plan_first_months: "planFirstMonths",
    flemish_community_day_off: "flemishCommunityDayOff",
    relevant_diplomas: "relevantDiplomas",
    application_during_employment_from: "applicationDuringEmploymentFrom",
    experience_months: "experienceMonths",
    on_site_working_days: "onSiteWorkingDays",
    follow_up_days: "followUpDays",
});

/// One value, or an object of values by date. The dates are the object's keys, which no path
/// can name: a value of the wrong type among them is reported at the option itself. The keys
/// are read as text here and checked as dates when the context is built.
impl<T: Decode> Decode for DatedValues<T> {
    const KIND: Kind = Kind::Value(T::KIND.expected());

    fn slot(field: &mut Option<Self>) -> Slot<'_> {
        Slot::Other(field)
    }
}

impl<T: Decode> OtherSlot for Option<DatedValues<T>> {
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        read_dated(de, self, T::KIND.expected())
    }
}

/// Where a dated value goes among those read: over the value of its key, at an index of the
/// values by key, or inserted with its key at the index that keeps them ordered by key.
type Place<'a> = (Result<usize, usize>, &'a str);

/// The slot of dated values being read, whatever their type: what [`read_dated`] asks of it.
/// Only what needs the values' type is here; the rest is written once, in [`read_dated`].
trait ReadDated {
    /// Empties the slot: dated values without a date yet, or (`dated` false) no values.
    fn reset(&mut self, dated: bool);

    /// Reads the next value, in force at every date (`place` is `None`) or from the date of a
    /// key, at `place`; false when it does not fit.
    fn read_value(&mut self, de: &mut Decoder<'_>, place: Option<Place<'_>>) -> Result<bool, InputError>;

    /// The key of the dated value at `index`, if there is one.
    fn key(&self, index: usize) -> Option<&str>;
}

impl<T: Decode> ReadDated for Option<DatedValues<T>> {
    fn reset(&mut self, dated: bool) {
        *self = dated.then(|| DatedValues::Dated(Vec::new()));
    }

    fn read_value(&mut self, de: &mut Decoder<'_>, place: Option<Place<'_>>) -> Result<bool, InputError> {
        let Some(value) = decode::<T>(de)? else { return Ok(false) };
        match (self, place) {
            (Some(DatedValues::Dated(dated)), Some((Ok(at), _))) => {
                if let Some(slot) = dated.get_mut(at) {
                    slot.1 = value;
                }
            }
            (Some(DatedValues::Dated(dated)), Some((Err(at), key))) => dated.insert(at, (key.to_owned(), value)),
            (slot, _) => *slot = Some(DatedValues::Always(value)),
        }
        Ok(true)
    }

    fn key(&self, index: usize) -> Option<&str> {
        match self {
            Some(DatedValues::Dated(dated)) => dated.get(index).map(|(key, _)| key.as_str()),
            _ => None,
        }
    }
}

/// Reads one value or an object of values by date into `slot`, or `None` when nothing fits:
/// one copy for every parameter type. The values by date are ordered by key, a repeated key's
/// last value kept: as a JSON object is read.
fn read_dated(de: &mut Decoder<'_>, slot: &mut dyn ReadDated, expected: Expected) -> Result<(), InputError> {
    slot.reset(true);
    let fits = if de.next_is_object()? { read_by_date(de, slot, expected)? } else { slot.read_value(de, None)? };
    if !fits {
        slot.reset(false);
    }
    Ok(())
}

/// Reads an object of values by date into `slot`; false when one does not fit.
fn read_by_date(de: &mut Decoder<'_>, slot: &mut dyn ReadDated, expected: Expected) -> Result<bool, InputError> {
    let mut dates = 0;
    let mut fits = true;
    let read = de.group(|de, key| {
        if dates == MAX_LIST_ITEMS {
            if fits {
                de.problem(ShapeKind::TooManyItems);
            }
            fits = false;
            return Ok(false);
        }
        // Null is no value for a date: strict options refuse it, as serde does.
        if de.next_is_null()? {
            de.problem(ShapeKind::WrongType(expected));
            fits = false;
        }
        let at = position(slot, dates, key);
        if !slot.read_value(de, Some((at, key)))? {
            fits = false;
        } else if at.is_err() {
            dates += 1;
        }
        Ok(true)
    })?;
    Ok(read && fits)
}

/// Where `key` is among the first `dates` keys of `slot`, ordered: its index, or the index it
/// is inserted at.
fn position(slot: &dyn ReadDated, dates: usize, key: &str) -> Result<usize, usize> {
    let (mut low, mut high) = (0, dates);
    while low < high {
        let middle = low + (high - low) / 2;
        match slot.key(middle).map(|known| known.cmp(key)) {
            Some(std::cmp::Ordering::Less) => low = middle + 1,
            Some(std::cmp::Ordering::Equal) => return Ok(middle),
            _ => high = middle,
        }
    }
    Err(low)
}

decode_enum!(Locale { Nl: "nl", Fr: "fr", En: "en", De: "de" });

/// A diploma entry as the wire gives it; both fields are required.
#[derive(Default)]
pub(crate) struct DiplomaWire {
    code: Option<String>,
    title: Option<String>,
}

decode_struct!(DiplomaWire { code: "code", title: "title" });

/// A diploma entry is only ever a list item: one that does not fit is an empty entry, and
/// the options are refused for it.
impl ListItem for DiplomaEntry {
    const ITEM: Kind = Kind::Value(Expected::Group);

    fn item(&mut self) -> Slot<'_> {
        Slot::Other(self)
    }
}

impl OtherSlot for DiplomaEntry {
    fn read(&mut self, de: &mut Decoder<'_>) -> Result<(), InputError> {
        let Some(wire) = decode::<DiplomaWire>(de)? else { return Ok(()) };
        match (wire.code, wire.title) {
            (Some(code), Some(title)) => *self = DiplomaEntry { code: code.into(), title: title.into() },
            _ => de.problem(ShapeKind::WrongType(Expected::Group)),
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use crate::context::Options;

    /// The options serde reads and the options this decoder reads are the same, and both
    /// refuse the same texts.
    #[test]
    fn reads_what_serde_reads() {
        let texts = [
            "{}",
            r#"{"asOf":"2026-03-02","locale":"de"}"#,
            r#"{"parameters":{"planFirstMonths":6,"flemishCommunityDayOff":false}}"#,
            r#"{"parameters":{"relevantDiplomas":[{"code":"bach-ortho","title":"Bachelor in de orthopedagogie"}]}}"#,
            r#"{"parameters":{"applicationDuringEmploymentFrom":"2024-01-01"}}"#,
            r#"{"parameters":{"relevantDiplomas":[{"code":"x"}]}}"#,
            r#"{"parameters":{"planFirstMonths":-1}}"#,
            r#"{"parameters":{"planFirstMonths":"3"}}"#,
            r#"{"parameters":{"unknown":1}}"#,
            r#"{"locale":"NL"}"#,
            r#"{"asOf":null,"locale":null,"parameters":null}"#,
            r#"{"parameters":{"planFirstMonths":{"2024-01-01":3,"2027-01-01":6}}}"#,
            r#"{"parameters":{"planFirstMonths":{"2024-01-01":"3"}}}"#,
            r#"{"parameters":{"planFirstMonths":{"2024-01-01":null}}}"#,
            r#"{"parameters":{"planFirstMonths":{}}}"#,
            r#"{"parameters":{"planFirstMonths":[3]}}"#,
            r#"{"parameters":{"flemishCommunityDayOff":{"2026-01-01":false}}}"#,
            r#"{"parameters":{"relevantDiplomas":{"2024-03-04":[{"code":"x","title":"X"}]}}}"#,
            r#"{"parameters":{"relevantDiplomas":{"2024-03-04":[{"code":"x"}]}}}"#,
            r#"{"parameters":{"applicationDuringEmploymentFrom":{"2023-07-01":"2024-01-01"}}}"#,
            // Keys out of order and one key twice: ordered by key, the last value kept.
            r#"{"parameters":{"planFirstMonths":{"2027-01-01":6," 2024-01-01":3,"2027-01-01":7,"2024-01-01":4}}}"#,
            "3",
        ];
        for text in texts {
            let serde: Option<Options> = serde_json::from_str(text).ok();
            assert_eq!(Options::from_json(text).ok(), serde, "{text}");
        }
        // Unlike serde, `null` is no options at all, as JavaScript's `undefined` is.
        assert_eq!(Options::from_json("null").ok(), Some(Options::default()));
        // Unlike serde, a list is not a struct's fields in order: options are an object.
        assert_eq!(Options::from_json("[]").ok(), None);
    }

    /// A refusal names what is wrong, where, and the bound it broke.
    #[test]
    fn a_refusal_names_what_is_wrong() {
        let diplomas = vec![r#"{"code":"x","title":"X"}"#; 1_000].join(",");
        let cases = [
            (format!(r#"{{"parameters":{{"relevantDiplomas":[{diplomas}]}}}}"#), "relevantDiplomas holds at most 100"),
            (
                r#"{"parameters":{"planFirstMonths":"3"}}"#.to_owned(),
                "options.parameters.planFirstMonths must be a whole",
            ),
            (
                r#"{"parameters":{"relevantDiplomas":[{"code":"x"}]}}"#.to_owned(),
                "relevantDiplomas[0] must be an object with code and title",
            ),
            (r#"{"parameters":{"unknown":1}}"#.to_owned(), "options.parameters has a key it does not take"),
            (r#"{"asof":"2026-01-01"}"#.to_owned(), "options has a key it does not take: only asOf"),
            (r#"{"locale":"NL"}"#.to_owned(), "options.locale must be one of nl"),
            (format!(r#"{{"asOf":"{}"}}"#, "x".repeat(2_001)), "options.asOf is longer than 2,000"),
            ("3".to_owned(), "options must be an object"),
            (
                r#"{"parameters":{"planFirstMonths":{"2024-01-01":"3"}}}"#.to_owned(),
                "options.parameters.planFirstMonths must be a whole number from 0, or an object of such values by date",
            ),
            (
                r#"{"parameters":{"flemishCommunityDayOff":{"2024-01-01":null}}}"#.to_owned(),
                "options.parameters.flemishCommunityDayOff must be true or false, or an object",
            ),
            (
                r#"{"parameters":{"relevantDiplomas":{"2024-01-01":[{"code":"x"}]}}}"#.to_owned(),
                "relevantDiplomas[0] must be an object with code and title",
            ),
            (
                format!(
                    r#"{{"parameters":{{"planFirstMonths":{{{}}}}}}}"#,
                    (0..101).map(|day| format!(r#""{}":3"#, 2_000 + day)).collect::<Vec<_>>().join(",")
                ),
                "options.parameters.planFirstMonths holds at most 100 dates",
            ),
            (format!(r#"{{"asOf":"{}"}}"#, "x".repeat(1_000_001)), "larger than 1 MB"),
        ];
        for (text, expected) in cases {
            let error = Options::from_json(&text).unwrap_err().to_string();
            assert!(error.contains(expected), "{error}");
        }
    }

    /// The table of wire names holds every name of every type the decoder reads (the forms'
    /// and the options'), and nothing else.
    #[test]
    fn the_key_table_is_the_types_names() {
        use crate::context::ParameterOverrides;
        use crate::model::application::*;
        use crate::model::keys::{names, Key};
        use crate::model::plan::*;
        use crate::model::provider::*;
        use crate::model::supervisor::*;
        use std::collections::BTreeSet;

        let groups: [&[Key]; 38] = [
            Application::SHAPE.keys,
            Employer::SHAPE.keys,
            Employee::SHAPE.keys,
            Residence::SHAPE.keys,
            VdabIndication::SHAPE.keys,
            IndicatedMeasures::SHAPE.keys,
            Contract::SHAPE.keys,
            RequestedPremiums::SHAPE.keys,
            Guidance::SHAPE.keys,
            ExternalProvider::SHAPE.keys,
            CollegaCoach::SHAPE.keys,
            SupportPlan::SHAPE.keys,
            Indication::SHAPE.keys,
            PlanEmployee::SHAPE.keys,
            PlanEmployer::SHAPE.keys,
            Team::SHAPE.keys,
            TeamMember::SHAPE.keys,
            DailyFollowUp::SHAPE.keys,
            PlanCollegaCoach::SHAPE.keys,
            Backups::SHAPE.keys,
            Arrangements::SHAPE.keys,
            ActionPoint::SHAPE.keys,
            PremiumChange::SHAPE.keys,
            Revision::SHAPE.keys,
            Signatures::SHAPE.keys,
            Signature::SHAPE.keys,
            ProviderRegistration::SHAPE.keys,
            Organisation::SHAPE.keys,
            WorkingArea::SHAPE.keys,
            Conditions::SHAPE.keys,
            RegistrationStatus::SHAPE.keys,
            Supervisor::SHAPE.keys,
            Diploma::SHAPE.keys,
            ExperiencePeriod::SHAPE.keys,
            Competences::SHAPE.keys,
            super::OptionsWire::SHAPE.keys,
            ParameterOverrides::SHAPE.keys,
            super::DiplomaWire::SHAPE.keys,
        ];
        let used: BTreeSet<&str> = groups.iter().flat_map(|keys| keys.iter().map(|key| key.name())).collect();
        let table: BTreeSet<&str> = names().iter().copied().collect();
        assert_eq!(used, table);
        for name in used {
            assert_eq!(Key::of(name).map(Key::name), Some(name));
        }
    }
}
