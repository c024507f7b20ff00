//! Catalogue entries of the `supervisor` family.

use super::sources::{DIPLOMA_LIST, FAQ, WSE_PAGES};
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `supervisor` family.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::Sup001,
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            severity: "E",
            confidence: Confidence::High,
            title: &["Gekwalificeerd begeleider", "Accompagnateur qualifié", "Qualified supervisor", "Qualifizierte Begleitperson"],
            text: &[
                "Gekwalificeerd = een relevant diploma OF minstens 2 jaar relevante beroepservaring. Ervaring is een gelijkwaardig alternatief: een technisch diploma secundair onderwijs met 20 jaar begeleiding op de werkvloer volstaat.",
                "Qualifié = un diplôme pertinent OU au moins 2 ans d'expérience professionnelle pertinente. L'expérience est une alternative équivalente : un diplôme technique du secondaire avec 20 ans d'accompagnement sur le lieu de travail suffit.",
                "Qualified = a relevant diploma OR at least 2 years of relevant professional experience. Experience is an equal alternative: a technical secondary diploma with 20 years of guidance on the work floor qualifies.",
                "Qualifiziert = ein einschlägiges Diplom ODER mindestens 2 Jahre einschlägige Berufserfahrung. Erfahrung ist gleichwertig: ein technisches Sekundarschuldiplom mit 20 Jahren Begleitung am Arbeitsplatz genügt.",
            ],
            parameters: &["relevantDiplomas"],
        },
    },
    RuleDef {
        id: RuleId::Sup002,
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            severity: "E",
            confidence: Confidence::Medium,
            title: &["Ervaring in maanden", "Expérience en mois", "Experience in months", "Erfahrung in Monaten"],
            text: &[
                "Ervaring = de relevante periodes (van, tot of lopend tot de peildatum; 'tot' inbegrepen); overlappende periodes tellen één keer; samen minstens 24 maanden. Elke samengevoegde periode telt haar volle kalendermaanden; de resterende dagen van alle periodes worden opgeteld en elke 31 dagen tellen als een maand.",
                "Expérience = les périodes pertinentes (du, au ou en cours jusqu'à la date de référence ; 'au' inclus) ; les périodes qui se chevauchent comptent une fois ; au moins 24 mois au total. Chaque période fusionnée compte ses mois civils entiers ; les jours restants de toutes les périodes sont additionnés et chaque tranche de 31 jours compte pour un mois.",
                "Experience = the relevant periods (from, to or ongoing up to the as-of date; 'to' included); overlapping periods count once; at least 24 months in total. Each merged stretch counts its whole calendar months; the days left of all stretches are added up and every 31 of them count as one month.",
                "Erfahrung = die einschlägigen Zeiträume (von, bis oder laufend bis zum Stichtag; 'bis' eingeschlossen); überlappende Zeiträume zählen einmal; insgesamt mindestens 24 Monate. Jeder zusammengeführte Zeitraum zählt seine vollen Kalendermonate; die restlichen Tage aller Zeiträume werden addiert und je 31 Tage zählen als ein Monat.",
            ],
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Sup003,
        source: DIPLOMA_LIST,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            severity: "W",
            confidence: Confidence::Medium,
            title: &["Relevant diploma", "Diplôme pertinent", "Relevant diploma", "Einschlägiges Diplom"],
            text: &[
                "Een relevant diploma staat op de lijst (parameter; standaard de erkende lijst van collectief maatwerk, MB 4 maart 2024). Een diploma buiten de lijst is een waarschuwing: iemand moet het beoordelen.",
                "Un diplôme pertinent figure sur la liste (paramètre ; par défaut la liste reconnue du travail adapté collectif, AM du 4 mars 2024). Un diplôme hors liste donne un avertissement : quelqu'un doit l'évaluer.",
                "A relevant diploma is on the list (a parameter; default the recognised list of collectief maatwerk, MB 4 March 2024). A diploma outside the list is a warning: someone must judge it.",
                "Ein einschlägiges Diplom steht auf der Liste (Parameter; standardmäßig die anerkannte Liste von collectief maatwerk, MB vom 4. März 2024). Ein Diplom außerhalb der Liste ist eine Warnung: jemand muss es beurteilen.",
            ],
            parameters: &["relevantDiplomas"],
        },
    },
    RuleDef {
        id: RuleId::Sup004,
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            severity: "E",
            confidence: Confidence::High,
            title: &["Eén verantwoordelijke", "Un seul responsable", "One responsible person", "Eine verantwortliche Person"],
            text: &[
                "Eén persoon is verantwoordelijk voor de begeleiding van de werknemer en de werkgever. Een team mag het werk doen, maar één benoemde persoon is verantwoordelijk. Het is aangeraden de teamwerking in het ondersteuningsplan toe te lichten (FAQ): zonder toelichting een waarschuwing. Het vereiste volgt wie verantwoordelijk is: de begeleider (aangeduid als verantwoordelijke) of één andere benoemde persoon (in het plan). Niet voldaan als het formulier zegt dat niemand het is, nog niet te beoordelen zolang het dat niet zegt. Een aanvraag noemt enkel de interne begeleider: is die niet verantwoordelijk, dan is dat een fout; bij een begeleider op zich een waarschuwing (het plan kan iemand anders noemen).",
                "Une personne est responsable de l'accompagnement du travailleur et de l'employeur. Une équipe peut faire le travail, mais une personne nommée est responsable. Il est recommandé d'expliquer le fonctionnement de l'équipe dans le plan de soutien (FAQ) : sans explication, un avertissement. L'exigence suit qui est responsable : l'accompagnateur (désigné responsable) ou une autre personne nommée (dans le plan). Non satisfaite si le formulaire dit que personne ne l'est, pas encore évaluable tant qu'il ne le dit pas. Une demande ne nomme que l'accompagnateur interne : s'il n'est pas responsable, c'est une erreur ; pour un accompagnateur seul, un avertissement (le plan peut nommer quelqu'un d'autre).",
                "One person is responsible for the guidance of the employee and the employer. A team may do the work, but one named person is responsible. Explaining the team set-up in the support plan is recommended (FAQ): without it, a warning. The requirement follows who is responsible: the supervisor (marked responsible) or one other named person (in the plan). Not met when the form says nobody is, not decidable yet while it does not say. An application names only the internal supervisor: when they are not responsible, that is an error; for a supervisor on their own, a warning (the plan may name someone else).",
                "Eine Person ist für die Begleitung der Arbeitnehmerin oder des Arbeitnehmers und des Arbeitgebers verantwortlich. Ein Team darf die Arbeit tun, aber eine benannte Person ist verantwortlich. Es wird empfohlen, die Teamarbeit im Unterstützungsplan zu erläutern (FAQ): ohne Erläuterung eine Warnung. Die Anforderung folgt, wer verantwortlich ist: die Begleitperson (als verantwortlich angegeben) oder eine andere benannte Person (im Plan). Nicht erfüllt, wenn das Formular sagt, dass niemand es ist; noch nicht beurteilbar, solange es das nicht sagt. Ein Antrag nennt nur die interne Begleitperson: ist sie nicht verantwortlich, ist das ein Fehler; bei einer Begleitperson für sich allein eine Warnung (der Plan kann jemand anderen nennen).",
            ],
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Sup005,
        source: WSE_PAGES,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            severity: "I",
            confidence: Confidence::Medium,
            title: &["Kerncompetenties", "Compétences clés", "Core competences", "Kernkompetenzen"],
            text: &[
                "De kerncompetenties (samenwerken, communiceren, persoonsgericht werken, advies op maat) worden verklaard.",
                "Les compétences clés (collaborer, communiquer, travailler de façon centrée sur la personne, conseiller sur mesure) sont déclarées.",
                "The core competences (working together, communicating, person-centred work, tailored advice) are declared.",
                "Die Kernkompetenzen (Zusammenarbeit, Kommunikation, personenzentriertes Arbeiten, maßgeschneiderte Beratung) werden erklärt.",
            ],
            parameters: &[],
        },
    },
];
