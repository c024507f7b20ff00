#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! The Belgian identifier checkers through the public API. Valid numbers other than the rule
//! catalogue's examples were computed by hand (Python, outside this crate) from the published
//! algorithms.

use chrono::NaiveDate;
use maatwerk::ids::iban::{self, IbanError};
use maatwerk::ids::insz::{self, InszError, InszKind, Sex};
use maatwerk::ids::kbo::{self, KboError};
use maatwerk::ids::postcode::{parse_postcode, region_of, Region};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// ---------- INSZ ----------

/// The issue code an identifier error is reported with.
fn code_of(error: impl Into<maatwerk::report::Code>) -> &'static str {
    error.into().as_str()
}

#[test]
fn insz_catalogue_example_1985_male() {
    let i = insz::check("85.07.30-033.28").unwrap();
    assert_eq!(i.normalized, "85073003328");
    assert_eq!(i.kind, InszKind::National);
    assert_eq!(i.birth_year, 1985);
    assert_eq!(i.birth_date, Some(date(1985, 7, 30)));
    assert_eq!(i.sex, Some(Sex::Male));
    assert_eq!(i.formatted(), "85.07.30-033.28");
}

#[test]
fn insz_catalogue_example_2017() {
    let i = insz::check("17.07.30-033.84").unwrap();
    assert_eq!(i.birth_year, 2017);
    assert_eq!(i.birth_date, Some(date(2017, 7, 30)));
    assert_eq!(i.kind, InszKind::National);
}

#[test]
fn insz_catalogue_example_bis_plus_40() {
    let i = insz::check("98.47.28-997.65").unwrap();
    assert_eq!(i.kind, InszKind::BisSexKnown);
    assert_eq!(i.birth_date, Some(date(1998, 7, 28)));
    assert_eq!(i.sex, Some(Sex::Male));
}

#[test]
fn insz_female_born_2001() {
    let i = insz::check("01.02.28-002.95").unwrap();
    assert_eq!(i.birth_year, 2001);
    assert_eq!(i.birth_date, Some(date(2001, 2, 28)));
    assert_eq!(i.sex, Some(Sex::Female));
}

#[test]
fn insz_leap_day_2000_valid_but_1900_invalid() {
    let i = insz::check("00022910142").unwrap();
    assert_eq!(i.birth_date, Some(date(2000, 2, 29)));
    // The same digits with the pre-2000 check digits point at 29 February 1900.
    assert_eq!(insz::check("00022910113"), Err(InszError::InvalidBirthDate));
}

#[test]
fn insz_bis_plus_20_has_no_sex() {
    let i = insz::check("90.23.15-005.44").unwrap();
    assert_eq!(i.kind, InszKind::BisSexUnknown);
    assert_eq!(i.birth_date, Some(date(1990, 3, 15)));
    assert_eq!(i.sex, None);
}

#[test]
fn insz_unknown_month_and_day() {
    let i = insz::check("75.00.00-012.11").unwrap();
    assert_eq!(i.birth_date, None);
    assert_eq!(i.birth_year, 1975);
    assert_eq!(i.sex, Some(Sex::Female));

    let bis = insz::check("03.40.10-124.45").unwrap();
    assert_eq!(bis.kind, InszKind::BisSexKnown);
    assert_eq!(bis.birth_date, None);
    assert_eq!(bis.birth_year, 2003);
    assert_eq!(bis.sex, Some(Sex::Female));
}

#[test]
fn insz_accepts_separators_and_blanks() {
    for typed in ["85073003328", " 85 07 30 033 28 ", "85/07/30-033.28", "850730-033-28"] {
        assert_eq!(insz::check(typed).unwrap().normalized, "85073003328");
    }
}

#[test]
fn insz_errors() {
    assert_eq!(insz::check(""), Err(InszError::Empty));
    assert_eq!(insz::check(" .- "), Err(InszError::Empty));
    assert_eq!(insz::check("85.07.30-033.29"), Err(InszError::CheckDigits));
    assert_eq!(insz::check("85.07.30-033.2"), Err(InszError::WrongLength));
    assert_eq!(insz::check("85.07.30-033.280"), Err(InszError::WrongLength));
    assert_eq!(insz::check("AB.07.30-033.28"), Err(InszError::NotDigits));
    assert_eq!(insz::check("85.07.30-O33.28"), Err(InszError::NotDigits));
    assert_eq!(insz::check(&"8".repeat(1000)), Err(InszError::WrongLength));
    // Check digits right, date impossible.
    assert_eq!(insz::check("85.02.30-033.90"), Err(InszError::InvalidBirthDate));
    assert_eq!(insz::check("85.13.01-033.67"), Err(InszError::InvalidBirthDate));
    assert_eq!(insz::check("85.33.01-033.13"), Err(InszError::InvalidBirthDate));
    assert_eq!(insz::check("85.07.32-033.65"), Err(InszError::InvalidBirthDate));
    // Check digits right, serial never issued.
    assert_eq!(insz::check("85.07.30-000.61"), Err(InszError::InvalidSerial));
    assert_eq!(insz::check("85.07.30-998.33"), Err(InszError::InvalidSerial));
}

#[test]
fn insz_error_codes() {
    let all = [
        (InszError::Empty, "empty"),
        (InszError::WrongLength, "wrong_length"),
        (InszError::NotDigits, "not_digits"),
        (InszError::CheckDigits, "check_digits"),
        (InszError::InvalidBirthDate, "invalid_birth_date"),
        (InszError::InvalidSerial, "invalid_serial"),
    ];
    for (e, code) in all {
        assert_eq!(code_of(e), format!("id.insz_{code}"));
    }
}

#[test]
fn insz_kind_and_sex_serialize_camel_case() {
    assert_eq!(serde_json::to_string(&InszKind::BisSexUnknown).unwrap(), "\"bisSexUnknown\"");
    assert_eq!(serde_json::to_string(&Sex::Female).unwrap(), "\"female\"");
}

// ---------- KBO ----------

#[test]
fn kbo_catalogue_examples() {
    assert_eq!(kbo::check("0403.019.261").unwrap().normalized, "0403019261");
    assert_eq!(kbo::check("1000.003.682").unwrap().normalized, "1000003682");
    assert_eq!(kbo::check("0431.150.351"), Err(KboError::CheckDigits));
}

#[test]
fn kbo_more_valid_numbers() {
    for n in
        ["0202.239.951", "0316.380.940", "0403.200.393", "0417.497.106", "0462.920.226", "0200.065.765", "1023.456.797"]
    {
        assert_eq!(kbo::check(n).map(|k| k.formatted()).as_deref(), Ok(n));
    }
}

#[test]
fn kbo_accepts_the_usual_forms() {
    for typed in [
        "0403.019.261",
        "0403 019 261",
        "0403019261",
        "BE0403019261",
        "be0403019261",
        "BE 0403.019.261",
        " BE-0403-019-261 ",
        "403019261",
        "403.019.261",
    ] {
        let k = kbo::check(typed).unwrap();
        assert_eq!(k.normalized, "0403019261", "{typed:?}");
        assert_eq!(k.formatted(), "0403.019.261");
    }
}

#[test]
fn kbo_errors() {
    assert_eq!(kbo::check("  "), Err(KboError::Empty));
    assert_eq!(kbo::check("BE"), Err(KboError::WrongLength));
    assert_eq!(kbo::check("0403.019.2"), Err(KboError::WrongLength));
    // Nine digits are read as a legacy number, so a dropped last digit shows as a bad check.
    assert_eq!(kbo::check("0403.019.26"), Err(KboError::CheckDigits));
    assert_eq!(kbo::check("04030192610"), Err(KboError::WrongLength));
    assert_eq!(kbo::check("0403.O19.261"), Err(KboError::NotDigits));
    assert_eq!(kbo::check("NL0403019261"), Err(KboError::NotDigits));
    // 2000.000.042 has matching check digits but cannot be an enterprise number.
    assert_eq!(kbo::check("2000.000.042"), Err(KboError::FirstDigit));
    assert_eq!(kbo::check("0403.019.262"), Err(KboError::CheckDigits));
    assert_eq!(code_of(KboError::FirstDigit), "id.kbo_first_digit");
    assert_eq!(code_of(KboError::CheckDigits), "id.kbo_check_digits");
    assert_eq!(code_of(KboError::Empty), "id.kbo_empty");
    assert_eq!(code_of(KboError::WrongLength), "id.kbo_wrong_length");
    assert_eq!(code_of(KboError::NotDigits), "id.kbo_not_digits");
}

// ---------- IBAN ----------

#[test]
fn iban_catalogue_example() {
    let i = iban::check("BE68 5390 0754 7034").unwrap();
    assert_eq!(i.normalized, "BE68539007547034");
    assert_eq!(i.formatted(), "BE68 5390 0754 7034");
}

#[test]
fn iban_case_and_separators() {
    for typed in ["be68539007547034", " Be68 5390 0754 7034 ", "BE68-5390-0754-7034"] {
        assert_eq!(iban::check(typed).unwrap().normalized, "BE68539007547034");
    }
}

#[test]
fn iban_national_check_97() {
    // 5390075533 = 97 × 55567789, so its national check digits are 97, not 00.
    let i = iban::check("BE54 5390 0755 3397").unwrap();
    assert_eq!(i.formatted(), "BE54 5390 0755 3397");
    // 00 instead of 97 leaves the ISO check intact (the two differ by 97) but is never issued.
    assert_eq!(iban::check("BE54 5390 0755 3300"), Err(IbanError::NationalChecksum));
}

#[test]
fn iban_more_valid() {
    for n in ["BE83 3630 1234 5615", "BE32 1234 5678 9002", "BE78 3100 0000 9786"] {
        assert_eq!(iban::check(n).unwrap().formatted(), n);
    }
}

#[test]
fn iban_errors() {
    assert_eq!(iban::check(""), Err(IbanError::Empty));
    assert_eq!(iban::check("NL91 ABNA 0417 1643 00"), Err(IbanError::NotBelgian));
    assert_eq!(iban::check("FR14 2004 1010 0505 0001 3M02 606"), Err(IbanError::NotBelgian));
    assert_eq!(iban::check("BE68 5390 0754 703"), Err(IbanError::WrongLength));
    assert_eq!(iban::check("BE68 5390 0754 70344"), Err(IbanError::WrongLength));
    assert_eq!(iban::check("539007547034"), Err(IbanError::WrongLength));
    assert_eq!(iban::check("B"), Err(IbanError::WrongLength));
    assert_eq!(iban::check("BE68 5390 0754 7O34"), Err(IbanError::NotDigits));
    assert_eq!(iban::check("1E68 5390 0754 7034"), Err(IbanError::NotDigits));
    assert_eq!(iban::check("BE69 5390 0754 7034"), Err(IbanError::IsoChecksum));
    // Two digits swapped inside the account number: the ISO check catches it first.
    assert_eq!(iban::check("BE68 5390 0745 7034"), Err(IbanError::IsoChecksum));
    assert_eq!(code_of(IbanError::NotBelgian), "id.iban_not_belgian");
    assert_eq!(code_of(IbanError::IsoChecksum), "id.iban_iso_checksum");
    assert_eq!(code_of(IbanError::NationalChecksum), "id.iban_national_checksum");
    assert_eq!(code_of(IbanError::Empty), "id.iban_empty");
    assert_eq!(code_of(IbanError::WrongLength), "id.iban_wrong_length");
    assert_eq!(code_of(IbanError::NotDigits), "id.iban_not_digits");
}

// ---------- Postcode ----------

#[test]
fn postcode_regions() {
    let cases = [
        ("1000", Some(Region::Brussels)),
        ("1299", Some(Region::Brussels)),
        ("1300", Some(Region::Wallonia)),
        ("1499", Some(Region::Wallonia)),
        ("1500", Some(Region::Flanders)),
        ("1620", Some(Region::Flanders)),
        ("1630", Some(Region::Flanders)),
        ("1640", Some(Region::Flanders)),
        ("1780", Some(Region::Flanders)),
        ("1950", Some(Region::Flanders)),
        ("1970", Some(Region::Flanders)),
        ("3999", Some(Region::Flanders)),
        ("4000", Some(Region::Wallonia)),
        ("7999", Some(Region::Wallonia)),
        ("8000", Some(Region::Flanders)),
        ("9000", Some(Region::Flanders)),
        ("9999", Some(Region::Flanders)),
        (" 2000 ", Some(Region::Flanders)),
        ("0999", None),
        ("0000", None),
        ("999", None),
        ("10000", None),
        ("10 00", None),
        ("B-1000", None),
        ("+100", None),
        ("", None),
        ("abcd", None),
    ];
    for (typed, region) in cases {
        assert_eq!(region_of(typed), region, "{typed:?}");
    }
}

#[test]
fn postcode_parse() {
    assert_eq!(parse_postcode(" 9000"), Some(9000));
    assert_eq!(parse_postcode("0900"), None);
    assert_eq!(parse_postcode("+900"), None);
    assert_eq!(parse_postcode("٩٠٠٠"), None);
}

#[test]
fn region_serializes_camel_case() {
    assert_eq!(serde_json::to_string(&Region::Flanders).unwrap(), "\"flanders\"");
    assert_eq!(serde_json::to_string(&Region::Brussels).unwrap(), "\"brussels\"");
    assert_eq!(serde_json::to_string(&Region::Wallonia).unwrap(), "\"wallonia\"");
}

#[test]
fn single_value_checks_answer_as_the_contract_says() {
    use maatwerk::Locale;
    use maatwerk::{check_iban, check_insz, check_kbo};
    let bis = check_insz(Some("98.47.28-997.65"), Locale::En);
    assert!(bis.valid);
    assert_eq!(bis.normalized.as_deref(), Some("98472899765"));
    assert_eq!(bis.kind.as_deref(), Some("bisSexKnown"));
    assert_eq!(bis.birth_date.as_deref(), Some("1998-07-28"));
    let wrong = check_insz(Some("85.07.30-033.29"), Locale::Fr);
    assert!(!wrong.valid);
    assert_eq!(wrong.code.as_deref(), Some("id.insz_check_digits"));
    assert!(wrong.message.unwrap().contains("chiffres de contrôle"));
    assert_eq!(check_insz(None, Locale::Nl).code.as_deref(), Some("id.insz_empty"));
    assert_eq!(check_kbo(Some("BE0403019261"), Locale::Nl).formatted.as_deref(), Some("0403.019.261"));
    assert_eq!(check_kbo(Some("2000.000.042"), Locale::Nl).code.as_deref(), Some("id.kbo_first_digit"));
    assert_eq!(check_iban(Some("be68539007547034"), Locale::Nl).formatted.as_deref(), Some("BE68 5390 0754 7034"));
    assert_eq!(check_iban(Some("NL91ABNA0417164300"), Locale::Nl).code.as_deref(), Some("id.iban_not_belgian"));
}

/// The answers of the identifier checks, valid and not, as JSON: what serde_json writes.
#[test]
fn id_answers_as_json_are_serdes() {
    use maatwerk::ToJson;
    for locale in [maatwerk::Locale::Nl, maatwerk::Locale::De] {
        for answer in [
            maatwerk::check_insz(Some("85.07.30-033.28"), locale),
            maatwerk::check_insz(Some("85.47.30-033...\"\n"), locale),
            maatwerk::check_kbo(Some("0403.019.261"), locale),
            maatwerk::check_iban(Some("BE68 5390 0754 7034"), locale),
            maatwerk::check_iban(None, locale),
        ] {
            assert_eq!(answer.to_json(), serde_json::to_string(&answer).unwrap());
        }
    }
}
