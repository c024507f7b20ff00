//! Any text as an INSZ, a KBO number, an IBAN or a postcode: no panic, and what is valid is
//! valid again in its normalized and its written form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use maatwerk::ids::postcode;
use maatwerk::{check_iban, check_insz, check_kbo, IdCheck, Locale};

fn stable(check: fn(Option<&str>, Locale) -> IdCheck, text: &str) {
    let first = check(Some(text), Locale::En);
    if first.valid {
        for again in [first.normalized.as_deref(), first.formatted.as_deref()] {
            let second = check(again, Locale::Nl);
            assert!(second.valid, "a valid number's own forms are valid");
            assert_eq!(second.normalized, first.normalized, "and normalize the same");
        }
    } else {
        assert!(first.code.is_some() && first.message.is_some(), "an invalid number has a code and a message");
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    stable(check_insz, &text);
    stable(check_kbo, &text);
    stable(check_iban, &text);
    let _ = postcode::region_of(&text);
});
