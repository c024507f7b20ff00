//! Working days for deadlines such as "within 5 working days": Monday to Friday, except the
//! holidays of [`super::holidays`].

use chrono::{Datelike, NaiveDate, Weekday};

use super::holidays::{every, holiday_on, HolidayOptions};

/// Whether `date` is a working day: Monday to Friday and not a holiday.
pub fn is_working_day(date: NaiveDate, opts: &HolidayOptions) -> bool {
    is_weekday(date) && holiday_on(date, opts).is_none()
}

/// The deadline "within `n` working days" of `date`: counting starts the next day, and the
/// `n`th working day is the deadline. `n = 0` gives `date` itself.
///
/// `None` when the deadline lies after [`LAST_DAY`], the last day a `YYYY-MM-DD` date can
/// name: so the cost is bounded too (one step per year at most).
pub fn add_working_days(date: NaiveDate, n: u32, opts: &HolidayOptions) -> Option<NaiveDate> {
    // Any 7 consecutive days hold at most 5 working days: a count beyond what the remaining
    // dates could hold is refused without walking them.
    let days_left = LAST_DAY.signed_duration_since(date).num_days();
    if i64::from(n) > days_left / 7 * 5 + 5 {
        return None;
    }
    let mut current = date;
    let mut remaining = n;
    // Every pass moves `current` forward, and `succ_opt` fails at `NaiveDate::MAX`, so the loop
    // ends. Whole years are skipped, so a huge `n` costs one step per year, not per day.
    while remaining > 0 {
        let mut next = current.succ_opt()?;
        if next.ordinal() == 1 {
            loop {
                let in_year = working_days_in_year(next.year(), opts);
                // Skip only when strictly more remain: with exactly this year's count left, the
                // deadline is this year's last working day, which the day-by-day walk finds.
                if remaining <= in_year {
                    break;
                }
                remaining -= in_year;
                current = NaiveDate::from_ymd_opt(next.year(), 12, 31)?;
                next = current.succ_opt()?;
            }
        }
        if is_working_day(next, opts) {
            remaining -= 1;
        }
        current = next;
    }
    Some(current).filter(|deadline| *deadline <= LAST_DAY)
}

/// The last day the calendar counts to: the last a four-digit ISO date can name.
pub const LAST_DAY: NaiveDate = crate::calendar::iso::date(9999, 12, 31);

fn is_weekday(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The number of working days in `year`, without walking its days.
fn working_days_in_year(year: i32, opts: &HolidayOptions) -> u32 {
    // 52 full weeks hold 260 weekdays; the one or two days after them are the year's last.
    let mut weekdays = 260;
    for (month, day) in [(12, 30), (12, 31)] {
        if NaiveDate::from_ymd_opt(year, month, day).is_some_and(|date| date.ordinal() > 364 && is_weekday(date)) {
            weekdays += 1;
        }
    }
    // Two holidays on one date take away one working day: a date counts at its first holiday.
    let holidays = every(year, opts);
    for (index, entry) in holidays.iter().enumerate() {
        let Some((date, _)) = *entry else { continue };
        let earlier = holidays.get(..index).unwrap_or_default();
        if is_weekday(date) && !earlier.iter().flatten().any(|(day, _)| *day == date) {
            weekdays -= 1;
        }
    }
    weekdays
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute_force(year: i32, opts: &HolidayOptions) -> u32 {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .into_iter()
            .flat_map(|start| start.iter_days())
            .take_while(|d| d.year() == year)
            .filter(|d| is_working_day(*d, opts))
            .fold(0, |n, _| n + 1)
    }

    #[test]
    fn year_count_matches_walking_the_days() {
        for flemish in [true, false] {
            let opts = HolidayOptions { flemish_community_day_off: flemish };
            for year in (1999..=2041).chain([2008, 2100, 2400]) {
                assert_eq!(working_days_in_year(year, &opts), brute_force(year, &opts), "{year}");
            }
        }
    }

    #[test]
    fn skipping_years_agrees_with_walking() {
        let opts = HolidayOptions::default();
        let start = NaiveDate::from_ymd_opt(2026, 12, 30);
        let walked = start.and_then(|mut d| {
            let mut left = 800;
            while left > 0 {
                d = d.succ_opt()?;
                if is_working_day(d, &opts) {
                    left -= 1;
                }
            }
            Some(d)
        });
        assert!(walked.is_some());
        assert_eq!(start.and_then(|d| add_working_days(d, 800, &opts)), walked);
        // Exactly one year's working days from 31 December: the last working day of that year.
        let dec31 = NaiveDate::from_ymd_opt(2026, 12, 31);
        let in_2027 = working_days_in_year(2027, &opts);
        assert_eq!(dec31.and_then(|d| add_working_days(d, in_2027, &opts)), NaiveDate::from_ymd_opt(2027, 12, 31));
    }
}
