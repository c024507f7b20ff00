//! Dated values: a parameter's history, as OpenFisca keeps its parameters
//! (`{ "2023-07-01": 24 }`). Each value is in force from its date until the next one's, so a
//! file from before a change is still judged by the value of its day.

use crate::calendar::iso;
use chrono::NaiveDate;
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The values of one parameter over time: the first value from its date, then each change
/// from its own date. Before the first date the first value holds: no earlier value is known,
/// and a verdict needs one (the rules themselves say from when they hold).
///
/// Serialized as an object of `YYYY-MM-DD` dates to values, in date order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated<T: Clone + 'static> {
    /// The date of the first value.
    from: NaiveDate,
    /// The first value.
    first: T,
    /// Later values, by date ascending, each after `from`. Borrowed for the built-in
    /// histories, so a context costs no allocation for them.
    changes: Cow<'static, [(NaiveDate, T)]>,
}

impl<T: Clone + 'static> Dated<T> {
    /// One value, in force from `from` (and, as the first value, before it too).
    pub const fn from(from: NaiveDate, value: T) -> Self {
        Self { from, first: value, changes: Cow::Borrowed(&[]) }
    }

    /// A first value and later changes; `None` when a change is not later than the value
    /// before it (the dates must ascend).
    pub fn with_changes(from: NaiveDate, first: T, changes: Vec<(NaiveDate, T)>) -> Option<Self> {
        let mut last = from;
        for (date, _) in &changes {
            if *date <= last {
                return None;
            }
            last = *date;
        }
        Some(Self { from, first, changes: Cow::Owned(changes) })
    }

    /// The value in force on `date`. Out of line: the parameters' values of one size are then
    /// one copy of this code, where inlined it was one per parameter.
    #[inline(never)]
    pub fn at(&self, date: NaiveDate) -> &T {
        self.changes.iter().rev().find(|(from, _)| *from <= date).map_or(&self.first, |(_, value)| value)
    }

    /// The most recent value: what a portal gets today unless a change is announced.
    pub fn latest(&self) -> &T {
        self.changes.last().map_or(&self.first, |(_, value)| value)
    }

    /// Every value with the date it is in force from, in date order.
    pub fn values(&self) -> impl Iterator<Item = (NaiveDate, &T)> {
        std::iter::once((self.from, &self.first)).chain(self.changes.iter().map(|(date, value)| (*date, value)))
    }

    /// This history with `values` in force from their first date on: the values before that
    /// date are kept (an override that names a change at a date leaves the past as it was); a
    /// value without dates replaces the whole history.
    pub(crate) fn overridden(&self, values: &DatedValues<T>) -> Option<Self> {
        let given = match values {
            DatedValues::Always(value) => return Some(Self::from(self.from, value.clone())),
            DatedValues::Dated(given) => given,
        };
        // Which value goes where is decided on the dates alone, in code that is not generic:
        // only gathering the dates and keys and copying the values are done once per
        // parameter type. Gathered as plain data, not read through closures, they are the same
        // code for the values of one size, which wasm-opt then keeps once.
        let (own, keys) = self.dates_and_keys(given);
        let merged = merge(&own, &keys)?;
        let first = self.pick(given, merged.first)?.clone();
        let mut changes = Vec::new();
        for &(date, source) in &merged.later {
            if let Some(value) = self.pick(given, source) {
                changes.push((date, value.clone()));
            }
        }
        Some(Self { from: merged.from, first, changes: Cow::Owned(changes) })
    }

    /// This history's dates, in the order of [`Self::values`], and the keys of the override's
    /// `given` values. In plain loops (an iterator chain ending in `collect` is a copy of its
    /// own per type), and out of line: for the values of one size this is the same code.
    #[inline(never)]
    fn dates_and_keys<'a>(&self, given: &'a [(String, T)]) -> (Vec<NaiveDate>, Vec<&'a str>) {
        let mut own = Vec::with_capacity(1 + self.changes.len());
        own.push(self.from);
        for (date, _) in self.changes.iter() {
            own.push(*date);
        }
        let mut keys = Vec::with_capacity(given.len());
        for (key, _) in given {
            keys.push(key.as_str());
        }
        (own, keys)
    }

    /// The value `source` names, of this history's or of the override's `given` values. Out of
    /// line: [`Self::overridden`] picks the first value and then the others.
    #[inline(never)]
    fn pick<'a>(&'a self, given: &'a [(String, T)], source: Source) -> Option<&'a T> {
        match source {
            Source::Own(0) => Some(&self.first),
            Source::Own(index) => self.changes.get(index - 1).map(|(_, value)| value),
            Source::Given(index) => given.get(index).map(|(_, value)| value),
        }
    }
}

/// Where a value of a merged history comes from: the history's own value at an index of
/// [`Dated::values`], or the override's at an index of its dated values.
#[derive(Clone, Copy)]
enum Source {
    Own(usize),
    Given(usize),
}

/// A merged history's dates and where each of its values comes from.
struct Merged {
    /// The date of the first value.
    from: NaiveDate,
    /// Where the first value comes from.
    first: Source,
    /// The later values' dates, ascending, and where each comes from.
    later: Vec<(NaiveDate, Source)>,
}

impl Merged {
    /// Adds a later value; false when its date is not after the last one's.
    fn place(&mut self, date: NaiveDate, source: Source) -> bool {
        if date <= self.later.last().map_or(self.from, |&(last, _)| last) {
            return false;
        }
        self.later.push((date, source));
        true
    }
}

/// The dates of [`Dated::overridden`] and where each value comes from, from the history's own
/// dates (`own`, in the order of [`Dated::values`], ascending) and the override's `keys`;
/// `None` when a key is no date, there is none, or the dates do not ascend.
fn merge(own: &[NaiveDate], keys: &[&str]) -> Option<Merged> {
    // In date order, a date after those not later than it (as a stable sort puts it): the text
    // keys' order is not quite the dates' (a date may carry spaces); two keys for one date are
    // then refused as dates that do not ascend.
    let mut given: Vec<(NaiveDate, usize)> = Vec::with_capacity(keys.len());
    for (index, key) in keys.iter().enumerate() {
        let date = iso::parse(key)?;
        let at = given.partition_point(|(known, _)| *known <= date);
        given.insert(at, (date, index));
    }
    let &(start, first) = given.first()?;
    // The history's own values before the override's first date, then the override's values
    // after the first value (which is the first of those kept, or else the override's first).
    let mut merged: Option<Merged> = None;
    for (index, &date) in own.iter().enumerate() {
        if date < start {
            if let Some(merged) = &mut merged {
                if !merged.place(date, Source::Own(index)) {
                    return None;
                }
            } else {
                merged = Some(Merged { from: date, first: Source::Own(index), later: Vec::new() });
            }
        }
    }
    let mut merged = merged.unwrap_or(Merged { from: start, first: Source::Given(first), later: Vec::new() });
    let from = merged.from;
    for (date, index) in given {
        if date > from && !merged.place(date, Source::Given(index)) {
            return None;
        }
    }
    Some(merged)
}

impl<T: Clone + Serialize + 'static> Serialize for Dated<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1 + self.changes.len()))?;
        for (date, value) in self.values() {
            map.serialize_entry(&iso::format(date), value)?;
        }
        map.end()
    }
}

/// An override's values: one value, in force at every date, or dated values
/// (`{ "2024-01-01": 3, "2027-01-01": 6 }`), each in force from its date until the next one's.
/// The keys are checked when the context is built: a key that is not a `YYYY-MM-DD` date is
/// refused there, naming the option.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum DatedValues<T> {
    /// One value at every date.
    Always(T),
    /// Values by the date (`YYYY-MM-DD`) they are in force from, as a JSON object holds them:
    /// ordered by their key, each key once (a later value for the same key replaces the
    /// earlier one).
    Dated(#[serde(deserialize_with = "by_key")] Vec<(String, T)>),
}

/// Dated values from serde: a map, so that a key given twice holds its last value.
fn by_key<'de, D: Deserializer<'de>, T: Deserialize<'de>>(deserializer: D) -> Result<Vec<(String, T)>, D::Error> {
    Ok(BTreeMap::<String, T>::deserialize(deserializer)?.into_iter().collect())
}

impl<T> DatedValues<T> {
    /// The same values converted by `convert`, or its first refusal.
    pub(crate) fn try_map<U, E>(&self, mut convert: impl FnMut(&T) -> Result<U, E>) -> Result<DatedValues<U>, E> {
        Ok(match self {
            Self::Always(value) => DatedValues::Always(convert(value)?),
            Self::Dated(dated) => {
                let mut converted = Vec::with_capacity(dated.len());
                for (date, value) in dated {
                    converted.push((date.clone(), convert(value)?));
                }
                DatedValues::Dated(converted)
            }
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::calendar::iso::date;

    fn history() -> Dated<u32> {
        Dated::with_changes(date(2023, 7, 1), 3, vec![(date(2027, 1, 1), 6)]).unwrap()
    }

    #[test]
    fn a_value_holds_from_its_date_until_the_next_ones() {
        let months = history();
        assert_eq!(*months.at(date(2026, 12, 31)), 3);
        assert_eq!(*months.at(date(2027, 1, 1)), 6);
        assert_eq!(*months.at(date(2030, 1, 1)), 6);
        // Before the first date, the first value: no earlier one is known.
        assert_eq!(*months.at(date(2020, 1, 1)), 3);
        assert_eq!(*months.latest(), 6);
        assert_eq!(serde_json::to_string(&months).unwrap(), r#"{"2023-07-01":3,"2027-01-01":6}"#);
    }

    #[test]
    fn dates_must_ascend() {
        assert!(Dated::with_changes(date(2023, 7, 1), 3, vec![(date(2023, 7, 1), 6)]).is_none());
        assert!(Dated::with_changes(date(2023, 7, 1), 3, vec![(date(2020, 1, 1), 6)]).is_none());
    }

    #[test]
    fn an_override_keeps_the_past_before_its_first_date() {
        let built_in = Dated::from(date(2023, 7, 1), 3);
        let later: DatedValues<u32> = serde_json::from_str(r#"{"2027-01-01":6}"#).unwrap();
        let merged = built_in.overridden(&later).unwrap();
        assert_eq!(merged, history());
        // From a date before the built-in first one: the override replaces the whole history.
        let earlier: DatedValues<u32> = serde_json::from_str(r#"{"2027-01-01":6,"2020-01-01":4}"#).unwrap();
        let replaced = built_in.overridden(&earlier).unwrap();
        assert_eq!(
            replaced.values().map(|(d, v)| (d, *v)).collect::<Vec<_>>(),
            [(date(2020, 1, 1), 4), (date(2027, 1, 1), 6)]
        );
        // A number is in force at every date.
        let always = built_in.overridden(&DatedValues::Always(6)).unwrap();
        assert_eq!(*always.at(date(2000, 1, 1)), 6);
        // A key that is no date, and no dates at all, are refused.
        let wrong: DatedValues<u32> = serde_json::from_str(r#"{"2027-13-01":6}"#).unwrap();
        assert!(built_in.overridden(&wrong).is_none());
        assert!(built_in.overridden(&DatedValues::Dated(Vec::new())).is_none());
        // Two keys for one date: refused after the built-in value; as the first date, the
        // first key in the keys' order holds (the date order is stable).
        let twice = |first: &str| DatedValues::Dated(vec![(" 2027-01-01".to_owned(), 7), (first.to_owned(), 6)]);
        assert!(built_in.overridden(&twice("2027-01-01")).is_none());
        let first = built_in.overridden(&twice("2020-01-01 ")).unwrap();
        assert_eq!(
            first.values().map(|(d, v)| (d, *v)).collect::<Vec<_>>(),
            [(date(2020, 1, 1), 6), (date(2027, 1, 1), 7)]
        );
        let same_first = DatedValues::Dated(vec![(" 2020-01-01".to_owned(), 4), ("2020-01-01".to_owned(), 5)]);
        assert_eq!(
            built_in.overridden(&same_first).unwrap().values().map(|(d, v)| (d, *v)).collect::<Vec<_>>(),
            [(date(2020, 1, 1), 4)]
        );
    }
}
