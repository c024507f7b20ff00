//! The Belgian legal public holidays, plus the Flemish Community holiday (11 July), which is a
//! day off in the Flemish administration and therefore, by default, not a working day for the
//! deadlines it sets.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::easter::easter_sunday;

/// Choices that the sources leave to the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HolidayOptions {
    /// Whether 11 July counts as a holiday. Defaults to `true`: the Flemish administration is
    /// closed that day, so it does not count towards its deadlines (an assumption, see the rule
    /// catalogue, CAL).
    pub flemish_community_day_off: bool,
}

impl Default for HolidayOptions {
    fn default() -> Self {
        Self { flemish_community_day_off: true }
    }
}

/// A public holiday. The variants are in calendar order, which also decides which one
/// [`holiday_on`] names when two fall on the same day (1 May and Ascension in 2008).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Holiday {
    /// 1 January.
    NewYear,
    /// The day after Easter Sunday.
    EasterMonday,
    /// 1 May.
    LabourDay,
    /// Easter Sunday + 39 days (a Thursday).
    Ascension,
    /// Easter Sunday + 50 days.
    WhitMonday,
    /// 21 July.
    NationalDay,
    /// 15 August.
    Assumption,
    /// 1 November.
    AllSaints,
    /// 11 November.
    Armistice,
    /// 25 December.
    Christmas,
    /// 11 July, only when [`HolidayOptions::flemish_community_day_off`] is set.
    FlemishCommunity,
}

impl Holiday {
    /// A stable camelCase name, the same as its serialized form.
    pub fn id(&self) -> &'static str {
        match self {
            Self::NewYear => "newYear",
            Self::EasterMonday => "easterMonday",
            Self::LabourDay => "labourDay",
            Self::Ascension => "ascension",
            Self::WhitMonday => "whitMonday",
            Self::NationalDay => "nationalDay",
            Self::Assumption => "assumption",
            Self::AllSaints => "allSaints",
            Self::Armistice => "armistice",
            Self::Christmas => "christmas",
            Self::FlemishCommunity => "flemishCommunity",
        }
    }
}

/// Holidays on the same date every year, as (month, day).
const FIXED: [(u32, u32, Holiday); 7] = [
    (1, 1, Holiday::NewYear),
    (5, 1, Holiday::LabourDay),
    (7, 21, Holiday::NationalDay),
    (8, 15, Holiday::Assumption),
    (11, 1, Holiday::AllSaints),
    (11, 11, Holiday::Armistice),
    (12, 25, Holiday::Christmas),
];

/// Holidays that move with Easter, as days after Easter Sunday.
const FROM_EASTER: [(u64, Holiday); 3] =
    [(1, Holiday::EasterMonday), (39, Holiday::Ascension), (50, Holiday::WhitMonday)];

/// Every holiday of `year`, in no order: `None` where that year has none (11 July without
/// the Flemish day off, a date past the calendar's end). Plain loops into an array: one copy of
/// the work for both readers, and no allocation for [`holiday_on`].
pub(super) fn every(year: i32, opts: &HolidayOptions) -> [Option<(NaiveDate, Holiday)>; 11] {
    let mut all = [None; 11];
    let mut slots = all.iter_mut();
    for (month, day, holiday) in FIXED {
        if let Some(slot) = slots.next() {
            *slot = NaiveDate::from_ymd_opt(year, month, day).map(|date| (date, holiday));
        }
    }
    if let Some(slot) = slots.next() {
        if opts.flemish_community_day_off {
            *slot = NaiveDate::from_ymd_opt(year, 7, 11).map(|date| (date, Holiday::FlemishCommunity));
        }
    }
    let easter = easter_sunday(year);
    for (offset, holiday) in FROM_EASTER {
        if let Some(slot) = slots.next() {
            *slot = easter.and_then(|e| e.checked_add_days(Days::new(offset))).map(|date| (date, holiday));
        }
    }
    all
}

/// The holidays of `year`, sorted by date. Two holidays on one date (1 May and Ascension in
/// 2008) are both listed, in the order of [`Holiday`].
pub fn holidays(year: i32, opts: &HolidayOptions) -> Vec<(NaiveDate, Holiday)> {
    // A plain loop, not a flattened collect: one less monomorphised copy in the wasm module.
    let mut all = Vec::with_capacity(11);
    for entry in every(year, opts) {
        let Some(entry) = entry else { continue };
        all.push(entry);
    }
    crate::short_sort::sort_short(&mut all);
    all
}

/// The holiday on `date`, if any; of two on one date, the first in the order of [`Holiday`].
pub fn holiday_on(date: NaiveDate, opts: &HolidayOptions) -> Option<Holiday> {
    let mut found: Option<Holiday> = None;
    for entry in every(date.year(), opts) {
        let Some((day, holiday)) = entry else { continue };
        if day == date && found.is_none_or(|known| holiday < known) {
            found = Some(holiday);
        }
    }
    found
}
