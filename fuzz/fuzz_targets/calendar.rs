//! Dates (typed text, or any day from 0000-01-01 to 9999-12-31), counts and years for the
//! calendar: no panic; a deadline is a working day on or after its date, never after
//! 9999-12-31, and one working day then n - 1 more is the same deadline (the year-skipping
//! walk agrees with the day-by-day one); experience counts leave fewer than 31 days.
#![no_main]

use chrono::{Datelike, Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use maatwerk::calendar::holidays::{holiday_on, holidays, HolidayOptions};
use maatwerk::calendar::months::{total, Period};
use maatwerk::calendar::working_days::{add_working_days, is_working_day, LAST_DAY};
use maatwerk::calendar::{iso, names};
use maatwerk::Locale;

/// A day of the four-digit calendar from four bytes.
fn day(bytes: [u8; 4]) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(0, 1, 1).unwrap_or_default();
    let span = u32::try_from(LAST_DAY.signed_duration_since(first).num_days()).unwrap_or(1) + 1;
    first.checked_add_days(Days::new(u64::from(u32::from_le_bytes(bytes) % span))).unwrap_or(first)
}

fn word(data: &[u8], at: usize) -> [u8; 4] {
    let mut out = [0; 4];
    for (n, byte) in data.iter().skip(at).take(4).enumerate() {
        if let Some(slot) = out.get_mut(n) {
            *slot = *byte;
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let opts = HolidayOptions { flemish_community_day_off: data.first().is_some_and(|b| b & 1 == 1) };
    let typed = std::str::from_utf8(data.get(1..11).unwrap_or_default()).ok().and_then(iso::parse);
    let date = typed.unwrap_or_else(|| day(word(data, 1)));
    // Mostly counts of deadlines (up to 4,095), one in sixteen any the module takes (up to
    // 100,000, a few hundred years skipped).
    let raw = u32::from_le_bytes(word(data, 11));
    let n = if raw & 15 == 0 { raw % 100_001 } else { raw >> 20 };
    if let Some(deadline) = add_working_days(date, n, &opts) {
        assert!(deadline >= date && deadline <= LAST_DAY);
        if n == 0 {
            assert_eq!(deadline, date);
        } else {
            assert!(is_working_day(deadline, &opts));
            let step = add_working_days(date, 1, &opts);
            assert_eq!(step.and_then(|next| add_working_days(next, n - 1, &opts)), Some(deadline));
        }
    }
    let year = i32::from(i16::from_le_bytes([data.get(15).copied().unwrap_or(0), data.get(16).copied().unwrap_or(0)]));
    for (on, _) in holidays(year, &opts) {
        // Two holidays can fall on one day (Ascension on 1 May): `holiday_on` names one.
        assert_eq!(on.year(), year);
        assert!(holiday_on(on, &opts).is_some() && !is_working_day(on, &opts));
    }
    let _ = names::holiday_list(year, &opts, Locale::Fr);
    let periods: Vec<Period> = data
        .get(17..)
        .unwrap_or_default()
        .chunks_exact(8)
        .take(200)
        .map(|pair| Period { from: day(word(pair, 0)), to: day(word(pair, 4)) })
        .collect();
    assert!(total(&periods).days < 31);
});
