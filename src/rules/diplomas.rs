//! SUP-003's default relevant-diploma list: the recognised list of collectief maatwerk
//! (MB 4 March 2024). It is a parameter: a portal can pass another list in the options.

use crate::context::DiplomaEntry;

const DEFAULT: [(&str, &str); 14] = [
    ("ba-sociaal-werk", "Bachelor in het sociaal werk"),
    ("ba-sociaal-cultureel-werk", "Bachelor in het sociaal-cultureel werk"),
    ("ba-orthopedagogie", "Bachelor in de orthopedagogie"),
    ("ba-ergotherapie", "Bachelor in de ergotherapie"),
    ("ba-toegepaste-psychologie", "Bachelor in de toegepaste psychologie"),
    ("ba-logopedie", "Bachelor in de logopedie en audiologie"),
    ("ba-onderwijs", "Bachelor in het onderwijs (lerarenopleiding)"),
    ("ma-psychologie", "Master in de psychologie"),
    ("ma-pedagogische-wetenschappen", "Master in de pedagogische wetenschappen"),
    ("gr-orthopedagogie", "Graduaat orthopedagogische begeleiding (HBO5)"),
    ("gr-sociaal-werk", "Graduaat sociaal werk (HBO5)"),
    ("gr-sociaal-cultureel-werk", "Graduaat sociaal-cultureel werk (HBO5)"),
    ("gr-begeleider-sociale-economie", "Graduaat begeleider sociale economie (HBO5)"),
    ("pg-supported-employment", "Postgraduaat supported employment"),
];

/// The default list.
pub fn default_list() -> Vec<DiplomaEntry> {
    DEFAULT.iter().map(|(code, title)| DiplomaEntry { code: (*code).to_owned(), title: (*title).to_owned() }).collect()
}

/// Whether `code` is on `list`; case and surrounding spaces do not matter.
pub fn is_listed(list: &[DiplomaEntry], code: &str) -> bool {
    let code = code.trim();
    list.iter().any(|entry| entry.code.eq_ignore_ascii_case(code))
}
