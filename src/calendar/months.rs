//! Months of experience from a set of dated periods.
//!
//! Counting method (the sources say "2 years" without a method, so this one is ours and
//! documented in the catalogue under SUP-002):
//!
//! 1. Every period is a closed range of days, `from` and `to` both included.
//! 2. Overlapping or touching periods are merged first: a day counts once.
//! 3. Each merged stretch counts its whole calendar months: 15 January to 14 February is one
//!    month, 1 January to 31 December is twelve.
//! 4. What is left of each stretch after its whole months is a number of days; the days left of
//!    all stretches are added up, and every 31 of them make one more month. 31, the longest
//!    month, so that a single stretch one day short of a whole month never rounds up.
//!
//! So two years of full-time experience is 24 months whatever the start day, and short
//! stretches (a few weeks at several employers) still add up.

use chrono::{Datelike, Days, Months, NaiveDate};

/// A closed range of days: both ends are included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day, included.
    pub to: NaiveDate,
}

/// Months and days of experience, counted as the module documentation says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Duration {
    /// Whole months.
    pub months: u32,
    /// Days left over after the whole months (always below 31).
    pub days: u32,
}

/// Days counted as one month when the leftovers of several stretches are added up.
const DAYS_PER_LEFTOVER_MONTH: u32 = 31;

/// Merges overlapping and touching periods; periods with `to` before `from` are ignored.
pub fn merge(periods: &[Period]) -> Vec<Period> {
    // One buffer, sorted in place and merged in place: counting the months is on every keystroke in a supervisor.
    let mut merged: Vec<Period> = Vec::with_capacity(periods.len());
    for period in periods {
        if period.to >= period.from {
            merged.push(*period);
        }
    }
    crate::short_sort::sort_short(&mut merged);
    // A plain loop rather than `dedup_by`, one less monomorphised copy in the wasm module: the
    // first `kept` periods are the merged ones, each next period extends the last or follows it.
    let mut kept = 0usize;
    for index in 0..merged.len() {
        let Some(&next) = merged.get(index) else { break };
        if let Some(last) = kept.checked_sub(1).and_then(|last| merged.get_mut(last)) {
            if next.from <= last.to.checked_add_days(Days::new(1)).unwrap_or(last.to) {
                last.to = last.to.max(next.to);
                continue;
            }
        }
        if let Some(slot) = merged.get_mut(kept) {
            *slot = next;
        }
        kept += 1;
    }
    merged.truncate(kept);
    merged
}

/// Whole calendar months in one stretch, and the days left after them.
fn stretch(period: Period) -> Duration {
    let Some(end_exclusive) = period.to.checked_add_days(Days::new(1)) else {
        return Duration::default();
    };
    // The whole months are the calendar months between the two dates, one less when the day
    // of the month is not reached: constant time, whatever the dates. Months are added to the
    // start (not chained) so 31 January + 1 month = end of February does not drift the rest.
    let calendar_months =
        (end_exclusive.year() - period.from.year()) * 12 + end_exclusive.month0() as i32 - period.from.month0() as i32;
    let after = |months: u32| period.from.checked_add_months(Months::new(months)).filter(|end| *end <= end_exclusive);
    let mut months = u32::try_from(calendar_months).unwrap_or(0);
    let mut month_end = after(months);
    while month_end.is_none() && months > 0 {
        months -= 1;
        month_end = after(months);
    }
    let month_end = month_end.unwrap_or(period.from);
    let days = u32::try_from((end_exclusive - month_end).num_days()).unwrap_or(0);
    Duration { months, days }
}

/// Total experience in the periods, overlaps counted once.
pub fn total(periods: &[Period]) -> Duration {
    // A plain loop, not a fold: one less monomorphised copy in the wasm module.
    let (mut months, mut days) = (0u32, 0u32);
    for period in merge(periods) {
        let s = stretch(period);
        months = months.saturating_add(s.months);
        days = days.saturating_add(s.days);
    }
    Duration { months: months.saturating_add(days / DAYS_PER_LEFTOVER_MONTH), days: days % DAYS_PER_LEFTOVER_MONTH }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }
    fn p(a: &str, b: &str) -> Period {
        Period { from: d(a), to: d(b) }
    }

    #[test]
    fn two_calendar_years_are_24_months() {
        assert_eq!(total(&[p("2020-01-01", "2021-12-31")]), Duration { months: 24, days: 0 });
        assert_eq!(total(&[p("2020-01-15", "2022-01-14")]), Duration { months: 24, days: 0 });
    }

    #[test]
    fn one_day_short_of_two_years() {
        assert_eq!(total(&[p("2020-01-01", "2021-12-30")]), Duration { months: 23, days: 30 });
    }

    #[test]
    fn overlaps_count_once() {
        let periods = [p("2020-01-01", "2020-12-31"), p("2020-07-01", "2021-06-30")];
        assert_eq!(total(&periods), Duration { months: 18, days: 0 });
    }

    #[test]
    fn touching_periods_merge() {
        assert_eq!(merge(&[p("2020-01-01", "2020-06-30"), p("2020-07-01", "2020-12-31")]).len(), 1);
    }

    #[test]
    fn leftover_days_add_up() {
        // Two stretches of 20 days each: 40 days = 1 month and 9 days.
        let periods = [p("2021-03-01", "2021-03-20"), p("2021-05-01", "2021-05-20")];
        assert_eq!(total(&periods), Duration { months: 1, days: 9 });
    }

    #[test]
    fn month_end_start_does_not_drift() {
        assert_eq!(total(&[p("2021-01-31", "2021-03-30")]), Duration { months: 2, days: 0 });
    }

    #[test]
    fn reversed_period_is_ignored() {
        assert_eq!(total(&[p("2021-05-01", "2021-04-01")]), Duration::default());
    }
}
