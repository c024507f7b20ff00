//! Catalogue entry of the calendar: the working days that deadlines (GUI-002) count.

use super::sources::HOLIDAY_LAW;
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// The calendar rule.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::Cal001,
        codes: &[],
        source: HOLIDAY_LAW,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "calendar",
            confidence: Confidence::Low,
            title: &["Werkdagen", "Jours ouvrables", "Working days", "Arbeitstage"],
            text: &[
                "Werkdagen: maandag tot vrijdag, zonder de 10 wettelijke feestdagen (1 januari, paasmaandag, 1 mei, Hemelvaart, pinkstermaandag, 21 juli, 15 augustus, 1 november, 11 november, 25 december). 11 juli (feestdag van de Vlaamse Gemeenschap) is een parameter: standaard geen werkdag voor termijnen van de Vlaamse overheid. 'Binnen N werkdagen' na een vraag: tellen vanaf de volgende dag; de N-de werkdag is de uiterste datum.",
                "Jours ouvrables : du lundi au vendredi, hors les 10 jours fériés légaux (1er janvier, lundi de Pâques, 1er mai, Ascension, lundi de Pentecôte, 21 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre). Le 11 juillet (fête de la Communauté flamande) est un paramètre : par défaut pas un jour ouvrable pour les délais de l'administration flamande. « Dans les N jours ouvrables » d'une demande : compter à partir du lendemain ; le N-ième jour ouvrable est la date limite.",
                "Working days: Monday to Friday, minus the 10 legal public holidays (1 January, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August, 1 November, 11 November, 25 December). 11 July (Flemish Community holiday) is a parameter: by default not a working day for deadlines set by the Flemish administration. 'Within N working days' of a request: count from the next day; the Nth working day is the deadline.",
                "Arbeitstage: Montag bis Freitag, ohne die 10 gesetzlichen Feiertage (1. Januar, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, 21. Juli, 15. August, 1. November, 11. November, 25. Dezember). Der 11. Juli (Feiertag der Flämischen Gemeinschaft) ist ein Parameter: standardmäßig kein Arbeitstag für Fristen der flämischen Verwaltung. „Innerhalb von N Arbeitstagen“ nach einer Anfrage: ab dem nächsten Tag zählen; der N-te Arbeitstag ist die Frist.",
            ],
            quote: "",
            parameters: &["flemishCommunityDayOff"],
        },
    },
];
