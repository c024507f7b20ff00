//! Catalogue entries of the `guidance` family.

use super::sources::FAQ;
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `guidance` family.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::Gui001,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "guidance",
            confidence: Confidence::High,
            title: &["Dagelijks bereikbaar", "Joignable chaque jour", "Reachable every day", "Täglich erreichbar"],
            text: &[
                "De gekwalificeerd begeleider is elke werkdag bereikbaar (telefonisch kan ook).",
                "L'accompagnateur qualifié est joignable chaque jour ouvrable (par téléphone, c'est possible).",
                "The qualified supervisor is reachable every working day (by telephone is fine).",
                "Die qualifizierte Begleitperson ist an jedem Arbeitstag erreichbar (auch telefonisch).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Gui002,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "guidance",
            confidence: Confidence::High,
            title: &["Binnen 5 werkdagen ter plaatse", "Sur place dans les 5 jours ouvrables", "On site within 5 working days", "Innerhalb von 5 Arbeitstagen vor Ort"],
            text: &[
                "De gekwalificeerd begeleider is binnen 5 werkdagen na een vraag fysiek op de werkvloer (werkdagen: CAL-001). Vermeldt het plan de laatste vraag, dan ligt het bezoek daarna uiterlijk op de 5de werkdag; zonder bezoek na de vraag is de termijn na de peildatum verstreken (fout) of nog lopend (informatie, met de uiterste datum).",
                "L'accompagnateur qualifié est physiquement sur le lieu de travail dans les 5 jours ouvrables suivant une demande (jours ouvrables : CAL-001). Si le plan mentionne la dernière demande, la visite suivante a lieu au plus tard le 5e jour ouvrable ; sans visite après la demande, le délai est dépassé à la date de référence (erreur) ou encore en cours (information, avec la date limite).",
                "The qualified supervisor is physically on the work floor within 5 working days of a request (working days: CAL-001). When the plan records the last request, the visit after it is on the 5th working day at the latest; without a visit after the request, the deadline has passed by the as-of date (error) or is still running (information, with the deadline).",
                "Die qualifizierte Begleitperson ist innerhalb von 5 Arbeitstagen nach einer Anfrage persönlich am Arbeitsplatz (Arbeitstage: CAL-001). Nennt der Plan die letzte Anfrage, liegt der Besuch danach spätestens am 5. Arbeitstag; ohne Besuch nach der Anfrage ist die Frist am Stichtag abgelaufen (Fehler) oder läuft noch (Information, mit der Frist).",
            ],
            quote: "",
            parameters: &["flemishCommunityDayOff"],
        },
    },
    RuleDef {
        id: RuleId::Gui003,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "guidance",
            confidence: Confidence::High,
            title: &["Tweewekelijkse opvolging", "Suivi toutes les deux semaines", "Two-weekly follow-up", "Zweiwöchentliche Nachverfolgung"],
            text: &[
                "De gekwalificeerd begeleider volgt minstens om de twee weken op, ter plaatse of digitaal: een interval van meer dan 14 dagen is een fout.",
                "L'accompagnateur qualifié assure le suivi au moins toutes les deux semaines, sur place ou à distance : un intervalle de plus de 14 jours est une erreur.",
                "The qualified supervisor follows up at least every two weeks, on site or digitally: an interval of more than 14 days is an error.",
                "Die qualifizierte Begleitperson verfolgt mindestens alle zwei Wochen nach, vor Ort oder digital: ein Abstand von mehr als 14 Tagen ist ein Fehler.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Gui004,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "guidance",
            confidence: Confidence::High,
            title: &["Collega-coach", "Collègue-coach", "Collega-coach", "Kollegen-Coach"],
            text: &[
                "Een collega-coach volgt dagelijks op (bij het begin of einde van de werkdag kan, digitaal kan; niet permanent). De coach werkt bij dezelfde werkgever en is niet de werknemer en niet de begeleider (ook nagekeken op de naam).",
                "Un collègue-coach assure le suivi quotidien (au début ou à la fin de la journée, à distance, c'est possible ; pas en permanence). Le coach travaille chez le même employeur et n'est ni le travailleur ni l'accompagnateur (vérifié aussi sur le nom).",
                "A collega-coach follows up daily (at the start or end of the day is fine, digital is fine; not permanent). The coach works for the same employer and is neither the employee nor the supervisor (also checked on the name).",
                "Ein Kollegen-Coach verfolgt täglich nach (zu Beginn oder am Ende des Tages, auch digital; nicht ständig). Der Coach arbeitet beim selben Arbeitgeber und ist weder der Arbeitnehmer noch die Begleitperson (auch am Namen geprüft).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Gui005,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "guidance",
            confidence: Confidence::High,
            title: &["Back-up", "Remplaçant", "Backup", "Vertretung"],
            text: &[
                "Een back-up voor de begeleider en voor de collega-coach bij afwezigheid is aangeraden; een back-up die dezelfde persoon is, telt niet.",
                "Un remplaçant pour l'accompagnateur et pour le collègue-coach en cas d'absence est recommandé ; un remplaçant qui est la même personne ne compte pas.",
                "A backup for the supervisor and for the collega-coach during absences is recommended; a backup who is the same person does not count.",
                "Eine Vertretung für die Begleitperson und den Kollegen-Coach bei Abwesenheit wird empfohlen; eine Vertretung, die dieselbe Person ist, zählt nicht.",
            ],
            quote: "",
            parameters: &[],
        },
    },
];
