#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! Easter, Belgian holidays and working days through the public API. Expected Easter-based dates
//! were taken from an independent source (python-dateutil's `easter`) and checked against
//! published calendars, not derived with this crate.

use chrono::{Datelike, NaiveDate, Weekday};
use maatwerk::calendar::easter::easter_sunday;
use maatwerk::calendar::holidays::{holiday_on, holidays, Holiday, HolidayOptions};
use maatwerk::calendar::working_days::{add_working_days, is_working_day};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const WITH_11_JULY: HolidayOptions = HolidayOptions { flemish_community_day_off: true };
const WITHOUT_11_JULY: HolidayOptions = HolidayOptions { flemish_community_day_off: false };

/// (year, Easter Sunday, Easter Monday, Ascension, Whit Monday)
const MOVING: [(i32, &str, &str, &str, &str); 7] = [
    (2024, "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-20"),
    (2025, "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-09"),
    (2026, "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-25"),
    (2027, "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-17"),
    (2028, "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-05"),
    (2029, "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-21"),
    (2030, "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-10"),
];

#[test]
fn easter_sundays() {
    for (year, easter, ..) in MOVING {
        assert_eq!(easter_sunday(year), Some(d(easter)), "{year}");
    }
    // Extremes of the possible range (22 March, 25 April) and a century rule year.
    assert_eq!(easter_sunday(1818), Some(d("1818-03-22")));
    assert_eq!(easter_sunday(2285), Some(d("2285-03-22")));
    assert_eq!(easter_sunday(1943), Some(d("1943-04-25")));
    assert_eq!(easter_sunday(2038), Some(d("2038-04-25")));
    assert_eq!(easter_sunday(2000), Some(d("2000-04-23")));
}

#[test]
fn easter_is_always_a_sunday_and_out_of_range_is_none() {
    for year in 1583..=3000 {
        let e = easter_sunday(year).unwrap();
        assert_eq!(e.weekday(), Weekday::Sun, "{year}");
        assert!((d(&format!("{year}-03-22"))..=d(&format!("{year}-04-25"))).contains(&e), "{year}");
    }
    assert_eq!(easter_sunday(i32::MAX), None);
    assert_eq!(easter_sunday(i32::MIN), None);
}

#[test]
fn holidays_2024_to_2030() {
    for (year, _, easter_monday, ascension, whit_monday) in MOVING {
        let expected: Vec<(NaiveDate, Holiday)> = vec![
            (d(&format!("{year}-01-01")), Holiday::NewYear),
            (d(easter_monday), Holiday::EasterMonday),
            (d(&format!("{year}-05-01")), Holiday::LabourDay),
            (d(ascension), Holiday::Ascension),
            (d(whit_monday), Holiday::WhitMonday),
            (d(&format!("{year}-07-11")), Holiday::FlemishCommunity),
            (d(&format!("{year}-07-21")), Holiday::NationalDay),
            (d(&format!("{year}-08-15")), Holiday::Assumption),
            (d(&format!("{year}-11-01")), Holiday::AllSaints),
            (d(&format!("{year}-11-11")), Holiday::Armistice),
            (d(&format!("{year}-12-25")), Holiday::Christmas),
        ];
        assert_eq!(holidays(year, &WITH_11_JULY), expected, "{year}");
        assert_eq!(holidays(year, &HolidayOptions::default()), expected);

        let without: Vec<_> = expected.iter().copied().filter(|(_, h)| *h != Holiday::FlemishCommunity).collect();
        assert_eq!(holidays(year, &WITHOUT_11_JULY), without, "{year}");

        for (date, holiday) in &expected {
            assert_eq!(holiday_on(*date, &WITH_11_JULY), Some(*holiday));
        }
    }
}

#[test]
fn a_day_that_is_no_holiday() {
    assert_eq!(holiday_on(d("2026-05-13"), &WITH_11_JULY), None);
    assert_eq!(holiday_on(d("2026-07-11"), &WITHOUT_11_JULY), None);
}

#[test]
fn labour_day_and_ascension_coincide_in_2008() {
    let may_first: Vec<_> = holidays(2008, &WITH_11_JULY)
        .into_iter()
        .filter(|(date, _)| *date == d("2008-05-01"))
        .map(|(_, h)| h)
        .collect();
    assert_eq!(may_first, [Holiday::LabourDay, Holiday::Ascension]);
    assert_eq!(holiday_on(d("2008-05-01"), &WITH_11_JULY), Some(Holiday::LabourDay));
}

#[test]
fn holiday_ids_match_serialization() {
    let all = [
        (Holiday::NewYear, "newYear"),
        (Holiday::EasterMonday, "easterMonday"),
        (Holiday::LabourDay, "labourDay"),
        (Holiday::Ascension, "ascension"),
        (Holiday::WhitMonday, "whitMonday"),
        (Holiday::NationalDay, "nationalDay"),
        (Holiday::Assumption, "assumption"),
        (Holiday::AllSaints, "allSaints"),
        (Holiday::Armistice, "armistice"),
        (Holiday::Christmas, "christmas"),
        (Holiday::FlemishCommunity, "flemishCommunity"),
    ];
    for (holiday, id) in all {
        assert_eq!(holiday.id(), id);
        assert_eq!(serde_json::to_string(&holiday).unwrap(), format!("\"{id}\""));
    }
}

#[test]
fn eleven_july_is_a_parameter() {
    // 11 July 2025 is a Friday.
    let day = d("2025-07-11");
    assert_eq!(day.weekday(), Weekday::Fri);
    assert!(!is_working_day(day, &HolidayOptions::default()));
    assert!(!is_working_day(day, &WITH_11_JULY));
    assert!(is_working_day(day, &WITHOUT_11_JULY));
    assert_eq!(holiday_on(day, &WITH_11_JULY), Some(Holiday::FlemishCommunity));
}

#[test]
fn national_day_on_a_weekday_is_not_a_working_day() {
    // 21 July 2025 is a Monday, 2026 a Tuesday.
    for s in ["2025-07-21", "2026-07-21"] {
        let day = d(s);
        assert!(!matches!(day.weekday(), Weekday::Sat | Weekday::Sun));
        assert!(!is_working_day(day, &WITH_11_JULY));
        assert!(!is_working_day(day, &WITHOUT_11_JULY));
    }
}

#[test]
fn weekends_and_ordinary_weekdays() {
    assert!(!is_working_day(d("2026-05-09"), &WITH_11_JULY)); // Saturday
    assert!(!is_working_day(d("2026-05-10"), &WITH_11_JULY)); // Sunday
    assert!(is_working_day(d("2026-05-11"), &WITH_11_JULY)); // Monday
    assert!(!is_working_day(d("2026-05-14"), &WITH_11_JULY)); // Ascension
}

#[test]
fn catalogue_example_within_five_working_days() {
    let request = d("2026-05-08");
    assert_eq!(request.weekday(), Weekday::Fri);
    assert_eq!(add_working_days(request, 5, &WITH_11_JULY), Some(d("2026-05-18")));
}

#[test]
fn add_working_days_counts_from_the_next_day() {
    let opts = HolidayOptions::default();
    assert_eq!(add_working_days(d("2026-05-08"), 0, &opts), Some(d("2026-05-08")));
    assert_eq!(add_working_days(d("2026-05-09"), 0, &opts), Some(d("2026-05-09")));
    assert_eq!(add_working_days(d("2026-05-08"), 1, &opts), Some(d("2026-05-11")));
    // A request on a Saturday: Monday is the first working day.
    assert_eq!(add_working_days(d("2026-05-09"), 1, &opts), Some(d("2026-05-11")));
    // Over Christmas and New Year 2026: Thu 24 Dec, then Mon 28 ... Thu 31 Dec, Fri 1 Jan off.
    assert_eq!(add_working_days(d("2026-12-23"), 1, &opts), Some(d("2026-12-24")));
    assert_eq!(add_working_days(d("2026-12-23"), 5, &opts), Some(d("2026-12-31")));
    assert_eq!(add_working_days(d("2026-12-23"), 6, &opts), Some(d("2027-01-04")));
}

#[test]
fn add_working_days_around_11_july() {
    // Thursday 10 July 2025 + 1: Friday 11 July is off by default.
    let thursday = d("2025-07-10");
    assert_eq!(add_working_days(thursday, 1, &WITH_11_JULY), Some(d("2025-07-14")));
    assert_eq!(add_working_days(thursday, 1, &WITHOUT_11_JULY), Some(d("2025-07-11")));
}

#[test]
fn add_working_days_over_years_matches_a_day_by_day_walk() {
    let opts = HolidayOptions::default();
    let start = d("2024-06-15");
    let mut day = start;
    let mut count = 0u32;
    while day < d("2031-01-10") {
        day = day.succ_opt().unwrap();
        if is_working_day(day, &opts) {
            count += 1;
            assert_eq!(add_working_days(start, count, &opts), Some(day));
        }
    }
}

#[test]
fn add_working_days_stops_at_the_last_four_digit_date() {
    let opts = HolidayOptions::default();
    assert_eq!(add_working_days(d("2026-01-01"), u32::MAX, &opts), None);
    assert_eq!(add_working_days(d("9999-12-31"), 1, &opts), None);
    assert_eq!(add_working_days(d("9999-12-31"), 0, &opts), Some(d("9999-12-31")));
    assert_eq!(add_working_days(d("9999-12-23"), 5, &opts), Some(d("9999-12-30")));
    // Beyond the last four-digit date there is no deadline to give (it could not be written).
    assert_eq!(add_working_days(NaiveDate::MAX, 0, &opts), None);
    // Two million working days is about 7,700 years: within the calendar, counted year by year.
    let far = add_working_days(d("2026-01-01"), 2_000_000, &opts).unwrap();
    assert!(far.year() > 9_000 && far.year() <= 9_999, "{far}");
    assert!(is_working_day(far, &opts));
}

/// The holiday list as JSON is what serde_json writes (2026: Easter Monday 6 April).
#[test]
fn holiday_list_as_json_is_serdes() {
    use maatwerk::ToJson;
    let options = HolidayOptions { flemish_community_day_off: true };
    let list = maatwerk::calendar::names::holiday_list(2026, &options, maatwerk::Locale::Fr);
    assert!(list.iter().any(|entry| entry.date == "2026-04-06" && entry.name == "Lundi de Pâques"));
    assert_eq!(list.to_json(), serde_json::to_string(&list).unwrap());
}
