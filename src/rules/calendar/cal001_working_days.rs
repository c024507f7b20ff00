//! CAL-001: the working days deadlines count (GUI-002 among them). It reports nothing itself:
//! `calendar::working_days` counts, and the catalogue shows how.

use crate::rules::support::*;

rule_entry! {
    id: Cal001,
    family: "calendar",
    source: HOLIDAY_LAW,
    // The seeds say "werkdagen" without defining them: the holidays are the law's, and 11 July
    // is a parameter; the rule reports nothing of its own.
    quote: "",
    confidence: Low,
    from: date(2023, 7, 1),
    title: ["Werkdagen", "Jours ouvrables", "Working days", "Arbeitstage"],
    text: [
        "Werkdagen: maandag tot vrijdag, zonder de 10 wettelijke feestdagen (1 januari, paasmaandag, 1 mei, Hemelvaart, pinkstermaandag, 21 juli, 15 augustus, 1 november, 11 november, 25 december). 11 juli (feestdag van de Vlaamse Gemeenschap) is een parameter: standaard geen werkdag voor termijnen van de Vlaamse overheid. 'Binnen N werkdagen' na een vraag: tellen vanaf de volgende dag; de N-de werkdag is de uiterste datum.",
        "Jours ouvrables : du lundi au vendredi, hors les 10 jours fériés légaux (1er janvier, lundi de Pâques, 1er mai, Ascension, lundi de Pentecôte, 21 juillet, 15 août, 1er novembre, 11 novembre, 25 décembre). Le 11 juillet (fête de la Communauté flamande) est un paramètre : par défaut pas un jour ouvrable pour les délais de l'administration flamande. « Dans les N jours ouvrables » d'une demande : compter à partir du lendemain ; le N-ième jour ouvrable est la date limite.",
        "Working days: Monday to Friday, minus the 10 legal public holidays (1 January, Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August, 1 November, 11 November, 25 December). 11 July (Flemish Community holiday) is a parameter: by default not a working day for deadlines set by the Flemish administration. 'Within N working days' of a request: count from the next day; the Nth working day is the deadline.",
        "Arbeitstage: Montag bis Freitag, ohne die 10 gesetzlichen Feiertage (1. Januar, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, 21. Juli, 15. August, 1. November, 11. November, 25. Dezember). Der 11. Juli (Feiertag der Flämischen Gemeinschaft) ist ein Parameter: standardmäßig kein Arbeitstag für Fristen der flämischen Verwaltung. „Innerhalb von N Arbeitstagen“ nach einer Anfrage: ab dem nächsten Tag zählen; der N-te Arbeitstag ist die Frist.",
    ],
    parameters: ["flemishCommunityDayOff"],
}

codes! {
    rule: Cal001;
}
