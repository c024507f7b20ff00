//! Easter Sunday in the Gregorian calendar, on which four Belgian public holidays depend.

use chrono::{Datelike, NaiveDate};

/// Easter Sunday of `year`, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
///
/// `None` only for years outside the range of [`NaiveDate`].
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    // The bound keeps every intermediate value far from overflow.
    if year < NaiveDate::MIN.year() || year > NaiveDate::MAX.year() {
        return None;
    }
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}
