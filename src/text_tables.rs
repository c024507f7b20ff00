//! The groups of texts in the order the per-locale tables list them: each module's `texts!`
//! (`MODULES`), then each rule's messages (`codes!`) in catalogue order. The native build writes
//! the package's tables from here (`table`); the wasm module finds a text in a loaded table by
//! the same order (`groups`). Apart from `texts`, which every module reads: this file reads
//! every module.

#[cfg(any(target_arch = "wasm32", test))]
use crate::texts::TextGroup;
#[cfg(not(target_arch = "wasm32"))]
use crate::{
    locale::Locale,
    texts::table::{END, MAGIC, VERSION},
    texts::Texts,
};

/// A module that declares texts (`texts!`): its group and, natively, its texts.
struct Module {
    #[cfg(any(target_arch = "wasm32", test))]
    group: &'static TextGroup,
    #[cfg(not(target_arch = "wasm32"))]
    texts: &'static [Texts],
}

/// The modules named by their paths under the crate, each with its `TEXT_GROUP` and `TEXTS`.
macro_rules! modules {
    ($($($segment:ident)::+),* $(,)?) => {
        &[$(Module {
            #[cfg(any(target_arch = "wasm32", test))]
            group: &crate::$($segment)::+::TEXT_GROUP,
            #[cfg(not(target_arch = "wasm32"))]
            texts: crate::$($segment)::+::TEXTS,
        }),*]
    };
}

/// Every module that declares texts, in the tables' order.
const MODULES: &[Module] = modules![
    calendar::names,
    engine::due,
    report::messages::words,
    rules::application,
    rules::application::facts,
    rules::application::app001_indication,
    rules::application::app002_residence,
    rules::application::app003_establishment,
    rules::application::app004_indivisible,
    rules::application::app005_self_employed,
    rules::application::app006_guidance,
    rules::application::app007_internal_proof,
    rules::application::app008_during_employment,
    rules::application::app009_identified,
    rules::application::app010_employer,
    rules::application::app011_scheme_start,
    rules::application::app012_vop,
    rules::application::app013_provider_choice,
    rules::application::app014_other_employers,
    rules::guidance::gui001_reachable,
    rules::guidance::gui002_on_site,
    rules::guidance::gui003_follow_up,
    rules::guidance::gui004_coach,
    rules::guidance::gui005_backups,
    rules::plan,
    rules::plan::plan001_indicated,
    rules::plan::plan002_timing,
    rules::plan::plan003_revisions,
    rules::plan::plan004_signatures,
    rules::plan::plan005_parties,
    rules::plan::plan006_arrangements,
    rules::plan::plan007_involvement,
    rules::plan::plan008_action_points,
    rules::plan::plan009_indication,
    rules::plan::plan010_completeness,
    rules::provider::ext001_identity,
    rules::provider::ext002_employer,
    rules::provider::ext003_segment,
    rules::provider::ext004_procedure,
    rules::provider::ext007_area,
    rules::provider::ext008_conditions,
    rules::supervisor::sup001_qualified,
    rules::supervisor::sup004_responsible,
];

/// Every group of texts, in the tables' order: the modules', then each rule's messages.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn groups() -> impl Iterator<Item = &'static TextGroup> {
    let codes =
        crate::rules::registry::entries().filter_map(|rule| rule.codes.first().map(|code| code.messages.group()));
    MODULES.iter().map(|module| module.group).chain(codes)
}

/// Every text, in the tables' order (a text declared twice comes twice).
#[cfg(not(target_arch = "wasm32"))]
fn every() -> impl Iterator<Item = Texts> {
    let declared = MODULES.iter().flat_map(|module| module.texts.iter().copied());
    declared.chain(crate::rules::registry::codes().map(|code| code.texts()))
}

/// The table of `locale`'s wordings that the wasm module reads (see `crate::texts::table` for
/// its form); the npm package ships one per locale.
#[cfg(not(target_arch = "wasm32"))]
pub fn table(locale: Locale) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(MAGIC);
    out.push(' ');
    out.push_str(VERSION);
    out.push(' ');
    out.push_str(locale.as_str());
    out.push(END);
    for texts in every() {
        out.push_str(texts.get(locale));
        out.push(END);
    }
    out
}

// The tables are written natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #![allow(clippy::panic, clippy::indexing_slicing)]
    use super::*;
    use crate::texts::layout::Layout;
    use std::collections::HashSet;

    #[test]
    fn every_text_is_at_its_place_in_its_group() {
        for module in MODULES {
            assert_eq!(module.group.len(), module.texts.len());
            for (index, texts) in module.texts.iter().enumerate() {
                assert!(std::ptr::eq(texts.group(), module.group), "{texts:?}: another module's group");
                assert_eq!(texts.index(), index, "{texts:?}");
            }
        }
        for rule in crate::rules::registry::entries() {
            let Some(first) = rule.codes.first() else { continue };
            let group = first.messages.group();
            assert_eq!(group.len(), rule.codes.len(), "{:?}", rule.id);
            for (index, code) in rule.codes.iter().enumerate() {
                assert!(std::ptr::eq(code.messages.group(), group), "{}: another rule's group", code.name);
                assert_eq!(code.messages.index(), index, "{}", code.name);
            }
        }
    }

    #[test]
    fn no_group_is_listed_twice() {
        let mut seen = HashSet::new();
        for group in groups() {
            assert!(seen.insert(group as *const TextGroup), "a group listed twice");
        }
        let with_codes = crate::rules::registry::entries().filter(|rule| !rule.codes.is_empty()).count();
        assert_eq!(seen.len(), MODULES.len() + with_codes);
    }

    #[test]
    fn every_table_gives_every_text_its_wording_where_the_module_looks_for_it() {
        let layout = Layout::of(groups());
        for locale in Locale::ALL {
            let table = table(locale);
            let (header, entries) = table.split_once(END).unwrap_or_default();
            assert_eq!(header, format!("{MAGIC} {VERSION} {}", locale.as_str()));
            let wordings: Vec<&str> = entries.split_terminator(END).collect();
            assert_eq!(wordings.len(), layout.len(), "{locale:?}: one entry per text");
            let mut found = 0;
            for texts in every() {
                let entry = layout.entry(texts.group(), texts.index()).unwrap_or(usize::MAX);
                assert_eq!(wordings.get(entry), Some(&texts.get(locale)), "{locale:?}: {texts:?}");
                assert!(!texts.get(locale).contains(END), "{texts:?}: the separator in a wording");
                found += 1;
            }
            assert_eq!(found, wordings.len(), "{locale:?}");
        }
    }
}
