//! The per-locale tables of every text of the crate, native build only: each module's `TEXTS`
//! and each code's message. The package's tables are written from here (`table`), so the wasm
//! module finds every key it can ask for. Apart from `texts`, which every module reads: this
//! file reads every module.

use crate::locale::Locale;
use crate::texts::table::{END, KEY_DIGITS, MAGIC, VERSION};
use crate::texts::Texts;
use std::collections::BTreeMap;

/// The `TEXTS` of every module that declares texts (`texts!`).
const MODULES: &[&[Texts]] = &[
    crate::calendar::names::TEXTS,
    crate::engine::due::TEXTS,
    crate::report::messages::words::TEXTS,
    crate::rules::application::TEXTS,
    crate::rules::application::facts::TEXTS,
    crate::rules::application::app001_indication::TEXTS,
    crate::rules::application::app002_residence::TEXTS,
    crate::rules::application::app003_establishment::TEXTS,
    crate::rules::application::app004_indivisible::TEXTS,
    crate::rules::application::app005_self_employed::TEXTS,
    crate::rules::application::app006_guidance::TEXTS,
    crate::rules::application::app007_internal_proof::TEXTS,
    crate::rules::application::app008_during_employment::TEXTS,
    crate::rules::application::app009_identified::TEXTS,
    crate::rules::application::app010_employer::TEXTS,
    crate::rules::application::app011_scheme_start::TEXTS,
    crate::rules::application::app012_vop::TEXTS,
    crate::rules::application::app013_provider_choice::TEXTS,
    crate::rules::application::app014_other_employers::TEXTS,
    crate::rules::guidance::gui001_reachable::TEXTS,
    crate::rules::guidance::gui002_on_site::TEXTS,
    crate::rules::guidance::gui003_follow_up::TEXTS,
    crate::rules::guidance::gui004_coach::TEXTS,
    crate::rules::guidance::gui005_backups::TEXTS,
    crate::rules::plan::TEXTS,
    crate::rules::plan::plan001_indicated::TEXTS,
    crate::rules::plan::plan002_timing::TEXTS,
    crate::rules::plan::plan003_revisions::TEXTS,
    crate::rules::plan::plan004_signatures::TEXTS,
    crate::rules::plan::plan005_parties::TEXTS,
    crate::rules::plan::plan006_arrangements::TEXTS,
    crate::rules::plan::plan007_involvement::TEXTS,
    crate::rules::plan::plan008_action_points::TEXTS,
    crate::rules::plan::plan009_indication::TEXTS,
    crate::rules::plan::plan010_completeness::TEXTS,
    crate::rules::provider::ext001_identity::TEXTS,
    crate::rules::provider::ext002_employer::TEXTS,
    crate::rules::provider::ext003_segment::TEXTS,
    crate::rules::provider::ext004_procedure::TEXTS,
    crate::rules::provider::ext007_area::TEXTS,
    crate::rules::provider::ext008_conditions::TEXTS,
    crate::rules::supervisor::sup001_qualified::TEXTS,
    crate::rules::supervisor::sup004_responsible::TEXTS,
];

/// Every text, as declared (a text declared twice comes twice).
fn every() -> impl Iterator<Item = Texts> {
    let declared = MODULES.iter().flat_map(|texts| texts.iter().copied());
    declared.chain(crate::rules::registry::codes().map(|code| code.texts()))
}

/// Every text, each once, by key.
fn all() -> BTreeMap<u32, Texts> {
    every().map(|texts| (texts.key(), texts)).collect()
}

/// The table of `locale`'s wordings that the wasm module reads (see `super::table` for its
/// form); the npm package ships one per locale.
pub fn table(locale: Locale) -> String {
    let texts = all();
    let mut out = String::with_capacity(texts.len() * 96);
    out.push_str(MAGIC);
    out.push(' ');
    out.push_str(VERSION);
    out.push(' ');
    out.push_str(locale.as_str());
    out.push(END);
    for (key, texts) in texts {
        out.push_str(&format!("{key:0KEY_DIGITS$x}"));
        out.push_str(texts.get(locale));
        out.push(END);
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::panic, clippy::indexing_slicing)]
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn no_two_texts_share_a_key() {
        let mut seen: HashMap<u32, [&str; 4]> = HashMap::new();
        for texts in every() {
            let wordings = *texts.wordings();
            if let Some(other) = seen.insert(texts.key(), wordings) {
                assert_eq!(other, wordings, "two texts share the key {:06x}: reword one", texts.key());
            }
        }
    }

    #[test]
    fn every_table_gives_every_text_its_wording() {
        for locale in Locale::ALL {
            let table = table(locale);
            let (header, entries) = table.split_once(END).unwrap_or_default();
            assert_eq!(header, format!("{MAGIC} {VERSION} {}", locale.as_str()));
            let wordings: HashMap<&str, &str> =
                entries.split_terminator(END).map(|entry| entry.split_at(KEY_DIGITS)).collect();
            assert_eq!(wordings.len(), all().len(), "{locale:?}: one entry per text");
            for texts in every() {
                let key = format!("{:0KEY_DIGITS$x}", texts.key());
                assert_eq!(wordings.get(key.as_str()), Some(&texts.get(locale)), "{locale:?}");
                assert!(!texts.get(locale).contains(END), "{key}: the separator in a wording");
            }
        }
    }
}
