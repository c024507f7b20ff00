//! SUP-003's relevant diplomas: the default list is the recognised list of collectief maatwerk
//! (MB 4 March 2024). It is a parameter: a portal can pass another list in the options. The
//! default is a static table, so a context costs no allocation for it.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A diploma on the relevant-diploma list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct DiplomaEntry {
    /// Stable code a form sends in `diplomas[].code`.
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub code: Cow<'static, str>,
    /// Name of the diploma (Dutch, as in the official list).
    #[cfg_attr(feature = "typescript", tsify(type = "string"))]
    pub title: Cow<'static, str>,
}

impl DiplomaEntry {
    const fn listed(code: &'static str, title: &'static str) -> Self {
        Self { code: Cow::Borrowed(code), title: Cow::Borrowed(title) }
    }
}

/// The default list.
pub(super) static DEFAULT: [DiplomaEntry; 14] = [
    DiplomaEntry::listed("ba-sociaal-werk", "Bachelor in het sociaal werk"),
    DiplomaEntry::listed("ba-sociaal-cultureel-werk", "Bachelor in het sociaal-cultureel werk"),
    DiplomaEntry::listed("ba-orthopedagogie", "Bachelor in de orthopedagogie"),
    DiplomaEntry::listed("ba-ergotherapie", "Bachelor in de ergotherapie"),
    DiplomaEntry::listed("ba-toegepaste-psychologie", "Bachelor in de toegepaste psychologie"),
    DiplomaEntry::listed("ba-logopedie", "Bachelor in de logopedie en audiologie"),
    DiplomaEntry::listed("ba-onderwijs", "Bachelor in het onderwijs (lerarenopleiding)"),
    DiplomaEntry::listed("ma-psychologie", "Master in de psychologie"),
    DiplomaEntry::listed("ma-pedagogische-wetenschappen", "Master in de pedagogische wetenschappen"),
    DiplomaEntry::listed("gr-orthopedagogie", "Graduaat orthopedagogische begeleiding (HBO5)"),
    DiplomaEntry::listed("gr-sociaal-werk", "Graduaat sociaal werk (HBO5)"),
    DiplomaEntry::listed("gr-sociaal-cultureel-werk", "Graduaat sociaal-cultureel werk (HBO5)"),
    DiplomaEntry::listed("gr-begeleider-sociale-economie", "Graduaat begeleider sociale economie (HBO5)"),
    DiplomaEntry::listed("pg-supported-employment", "Postgraduaat supported employment"),
];

/// Whether `code` is on `list`; case and surrounding spaces do not matter.
pub fn is_listed(list: &[DiplomaEntry], code: &str) -> bool {
    let code = code.trim();
    list.iter().any(|entry| entry.code.eq_ignore_ascii_case(code))
}
