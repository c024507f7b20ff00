//! The few words the binding itself writes around the core's messages, per locale. The
//! messages themselves come rendered from the [`Report`](crate::Report).

use crate::locale::Locale;
use crate::report::Severity;

/// The BCP 47 tag of a locale, for the `lang` attribute of what the binding writes: a French
/// message on a Dutch page is then read with French pronunciation.
pub(super) fn lang(locale: Locale) -> &'static str {
    match locale {
        Locale::Nl => "nl",
        Locale::Fr => "fr",
        Locale::En => "en",
        Locale::De => "de",
    }
}

/// The error summary's title (GOV.UK: "There is a problem").
pub(super) fn summary_title(locale: Locale) -> &'static str {
    match locale {
        Locale::Nl => "Er is een probleem",
        Locale::Fr => "Il y a un problème",
        Locale::En => "There is a problem",
        Locale::De => "Es gibt ein Problem",
    }
}

/// The visually hidden prefix of a field message: a screen reader user hears "Fout:" where a
/// sighted user sees the red bar.
pub(super) fn severity_prefix(locale: Locale, severity: Severity) -> &'static str {
    match (locale, severity) {
        (Locale::Nl, Severity::Error) => "Fout: ",
        (Locale::Nl, Severity::Warning) => "Waarschuwing: ",
        (Locale::Nl, Severity::Info) => "Opmerking: ",
        (Locale::Fr, Severity::Error) => "Erreur : ",
        (Locale::Fr, Severity::Warning) => "Avertissement : ",
        (Locale::Fr, Severity::Info) => "Remarque : ",
        (Locale::En, Severity::Error) => "Error: ",
        (Locale::En, Severity::Warning) => "Warning: ",
        (Locale::En, Severity::Info) => "Note: ",
        (Locale::De, Severity::Error) => "Fehler: ",
        (Locale::De, Severity::Warning) => "Warnung: ",
        (Locale::De, Severity::Info) => "Hinweis: ",
    }
}

/// The class suffix of a severity: `maatwerk-message--error`.
pub(super) fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}
