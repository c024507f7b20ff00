//! Catalogue entries of the `plan` family.

use super::sources::{FAQ, HIVA, OURS};
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `plan` family.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::Plan001,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::High,
            title: &["Plan bij begeleiding", "Plan en cas d'accompagnement", "Plan when guidance is indicated", "Plan bei Begleitung"],
            text: &[
                "Er is een ondersteuningsplan zodra VDAB begeleiding op de werkvloer heeft vastgesteld. Het plan vermeldt of dat zo is; zonder vastgestelde begeleiding is het plan niet verplicht en het vereiste niet van toepassing (informatie).",
                "Un plan de soutien existe dès que le VDAB a constaté un besoin d'accompagnement sur le lieu de travail. Le plan indique si c'est le cas ; sans accompagnement constaté, le plan n'est pas obligatoire et l'exigence est sans objet (information).",
                "A support plan exists whenever VDAB indicated guidance on the work floor. The plan says whether it did; without indicated guidance the plan is not required and the requirement is not applicable (information).",
                "Ein Unterstützungsplan besteht, sobald der VDAB eine Begleitung am Arbeitsplatz festgestellt hat. Der Plan gibt an, ob dies der Fall ist; ohne festgestellte Begleitung ist der Plan nicht erforderlich und die Anforderung nicht anwendbar (Information).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan002,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::Medium,
            title: &["Opgemaakt bij de start", "Établi au début", "Drawn up at the start", "Zu Beginn erstellt"],
            text: &[
                "Het plan wordt opgemaakt bij de aanvang van de tewerkstelling, liefst in de eerste maanden. Geen datum van het plan of van de start is een fout; later dan de parameter 'eerste maanden' (standaard 3) is een waarschuwing. De maanden lopen vanaf de start van de tewerkstelling, of vanaf de indicatie door VDAB of de start van de regeling (1 juli 2023) als die later vallen. Een plandatum na de peildatum is een waarschuwing.",
                "Le plan est établi au début de l'occupation, de préférence dans les premiers mois. L'absence de date du plan ou du début est une erreur ; au-delà du paramètre « premiers mois » (3 par défaut), c'est un avertissement. Les mois courent à partir du début de l'occupation, ou de l'indication du VDAB ou du début du régime (1er juillet 2023) s'ils sont postérieurs. Une date du plan postérieure à la date de référence est un avertissement.",
                "The plan is drawn up at the start of the employment, preferably in the first months. No plan date or no start date is an error; later than the parameter 'first months' (default 3) is a warning. The months run from the start of the employment, or from VDAB's indication or the scheme's start (1 July 2023) when those are later. A plan date after the as-of date is a warning.",
                "Der Plan wird zu Beginn der Beschäftigung erstellt, vorzugsweise in den ersten Monaten. Fehlt das Datum des Plans oder des Beginns, ist das ein Fehler; später als der Parameter „erste Monate“ (standardmäßig 3) ist eine Warnung. Die Monate laufen ab dem Beginn der Beschäftigung oder ab der Indikation durch den VDAB oder dem Beginn der Regelung (1. Juli 2023), wenn diese später liegen. Ein Plandatum nach dem Stichtag ist eine Warnung.",
            ],
            quote: "",
            parameters: &["planFirstMonths"],
        },
    },
    RuleDef {
        id: RuleId::Plan003,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::High,
            title: &["Herzien bij elke premiewijziging", "Révisé à chaque changement de prime", "Revised at every premium change", "Bei jeder Prämienänderung überarbeitet"],
            text: &[
                "Het plan evolueert mee met de tewerkstelling: het wordt minstens herzien bij elke wijziging van de begeleidingspremie. Een wijziging na de laatste versie (de plandatum of de laatste herziening) is een fout. Wijzigingen na de peildatum zijn nog niet van kracht; herzieningen na de peildatum tellen nog niet; een herziening vóór de plandatum is een fout. Zonder lijst van wijzigingen (ook geen lege) is het vereiste nog niet te beoordelen.",
                "Le plan évolue avec l'occupation : il est révisé au moins à chaque changement de la prime d'accompagnement. Un changement postérieur à la dernière version (la date du plan ou la dernière révision) est une erreur. Les changements postérieurs à la date de référence ne sont pas encore en vigueur ; les révisions postérieures ne comptent pas encore ; une révision antérieure à la date du plan est une erreur. Sans liste des changements (même vide), l'exigence n'est pas encore évaluable.",
                "The plan evolves with the employment: it is revised at least at every change of the begeleidingspremie. A change after the last version (the plan date or the last revision) is an error. Changes after the as-of date are not in effect yet; revisions after it do not count yet; a revision before the plan date is an error. Without a list of changes (an empty one included) the requirement is not decidable yet.",
                "Der Plan entwickelt sich mit der Beschäftigung: er wird mindestens bei jeder Änderung der Begleitprämie überarbeitet. Eine Änderung nach der letzten Fassung (Plandatum oder letzte Überarbeitung) ist ein Fehler. Änderungen nach dem Stichtag gelten noch nicht; Überarbeitungen danach zählen noch nicht; eine Überarbeitung vor dem Plandatum ist ein Fehler. Ohne Liste der Änderungen (auch keine leere) ist die Anforderung noch nicht beurteilbar.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan004,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::High,
            title: &["Ondertekend", "Signé", "Signed", "Unterschrieben"],
            text: &[
                "De werknemer ondertekent het plan, en ook de werkgever. Een handtekening ligt niet vóór de plandatum en niet na de peildatum.",
                "Le travailleur signe le plan, et l'employeur aussi. Une signature n'est pas antérieure à la date du plan ni postérieure à la date de référence.",
                "The employee signs the plan, and so does the employer. A signature is not dated before the plan date nor after the as-of date.",
                "Die Arbeitnehmerin oder der Arbeitnehmer unterschreibt den Plan, ebenso der Arbeitgeber. Eine Unterschrift liegt nicht vor dem Plandatum und nicht nach dem Stichtag.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan005,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::Medium,
            title: &["Betrokkenen benoemd", "Intervenants nommés", "Everyone named", "Beteiligte benannt"],
            text: &[
                "Het plan noemt de werknemer (naam, INSZ), de werkgever (naam, KBO), de gekwalificeerd begeleider (intern of extern; bij extern het registratienummer van de dienstverlener), de verantwoordelijke persoon (SUP-004: de begeleider zelf of een andere benoemde persoon) en de collega-coach.",
                "Le plan nomme le travailleur (nom, NISS), l'employeur (nom, BCE), l'accompagnateur qualifié (interne ou externe ; si externe, le numéro d'enregistrement du prestataire), la personne responsable (SUP-004 : l'accompagnateur ou une autre personne nommée) et le collègue-coach.",
                "The plan names the employee (name, INSZ), the employer (name, KBO), the qualified supervisor (internal or external; when external, the provider's registration number), the responsible person (SUP-004: the supervisor or another named person) and the collega-coach.",
                "Der Plan nennt die Arbeitnehmerin oder den Arbeitnehmer (Name, INSZ), den Arbeitgeber (Name, KBO), die qualifizierte Begleitperson (intern oder extern; bei extern die Registrierungsnummer des Dienstleisters), die verantwortliche Person (SUP-004: die Begleitperson oder eine andere benannte Person) und den Kollegen-Coach.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan006,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::Medium,
            title: &["Begeleidingsafspraken vermeld", "Modalités d'accompagnement indiquées", "Guidance arrangements stated", "Begleitungsvereinbarungen angegeben"],
            text: &[
                "Het plan vermeldt de begeleidingsafspraken: dagelijkse bereikbaarheid (GUI-001), binnen hoeveel werkdagen de begeleider op de werkvloer is (GUI-002), om de hoeveel dagen hij opvolgt (GUI-003) en wanneer de collega-coach dagelijks opvolgt (GUI-004).",
                "Le plan indique les modalités d'accompagnement : joignabilité quotidienne (GUI-001), dans combien de jours ouvrables l'accompagnateur est sur place (GUI-002), tous les combien de jours il assure le suivi (GUI-003) et quand le collègue-coach assure le suivi quotidien (GUI-004).",
                "The plan states the guidance arrangements: daily reachability (GUI-001), within how many working days the supervisor is on the work floor (GUI-002), every how many days they follow up (GUI-003), and when the collega-coach follows up daily (GUI-004).",
                "Der Plan nennt die Begleitungsvereinbarungen: tägliche Erreichbarkeit (GUI-001), innerhalb wie vieler Arbeitstage die Begleitperson vor Ort ist (GUI-002), alle wie viele Tage sie nachverfolgt (GUI-003) und wann der Kollegen-Coach täglich nachverfolgt (GUI-004).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan007,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::High,
            title: &["Betrokkenheid van de werknemer", "Implication du travailleur", "Employee's involvement", "Beteiligung der Arbeitnehmerin oder des Arbeitnehmers"],
            text: &[
                "De werkgever kiest de begeleider; idealiter wordt de werknemer bij die keuze betrokken en de afspraken daarover staan in het plan. Ontbreekt die beschrijving, dan is dat informatie.",
                "L'employeur choisit l'accompagnateur ; idéalement, le travailleur est associé à ce choix et les accords à ce sujet figurent dans le plan. L'absence de cette description est une information.",
                "The employer chooses the supervisor; ideally the employee is involved in that choice and the arrangements on it are recorded in the plan. Its absence is information.",
                "Der Arbeitgeber wählt die Begleitperson; idealerweise wird die Arbeitnehmerin oder der Arbeitnehmer an der Wahl beteiligt und die Vereinbarungen dazu stehen im Plan. Fehlt diese Beschreibung, ist das eine Information.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan008,
        codes: &[],
        source: HIVA,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::Medium,
            title: &["Actiepunten (POP)", "Points d'action (plan de développement)", "Action points (POP)", "Aktionspunkte (Entwicklungsplan)"],
            text: &[
                "Het plan bevat actiepunten voor de persoonlijke ontwikkeling (POP), elk met een omschrijving, wie het opvolgt en een opvolgdatum; minstens één is aangeraden.",
                "Le plan contient des points d'action de développement personnel, chacun avec une description, un responsable du suivi et une date de suivi ; au moins un est recommandé.",
                "The plan holds personal development action points (POP), each with a description, who follows it up and a follow-up date; at least one is recommended.",
                "Der Plan enthält Aktionspunkte zur persönlichen Entwicklung, jeweils mit Beschreibung, verantwortlicher Person und Datum der Nachverfolgung; mindestens einer wird empfohlen.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan009,
        codes: &[],
        source: HIVA,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::Medium,
            title: &["Indicatie door VDAB", "Indication du VDAB", "VDAB indication", "Indikation durch den VDAB"],
            text: &[
                "Het plan verwijst naar de indicatie door VDAB (datum) en, als die er een geeft, naar het begeleidingsregime (laag, midden of hoog).",
                "Le plan renvoie à l'indication du VDAB (date) et, s'il en donne un, au régime d'accompagnement (bas, moyen ou élevé).",
                "The plan refers to VDAB's indication (its date) and, where it gives one, to the guidance regime (laag, midden or hoog).",
                "Der Plan verweist auf die Indikation durch den VDAB (Datum) und, falls angegeben, auf das Begleitungsregime (niedrig, mittel oder hoch).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Plan010,
        codes: &[],
        source: OURS,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "plan",
            confidence: Confidence::NotApplicable,
            title: &["Volledigheid", "Complétude", "Completeness", "Vollständigkeit"],
            text: &[
                "Het rapport telt de vereiste gegevens (die waarvan het ontbreken een fout is) van de regels die van toepassing zijn, hoeveel ervan ingevuld zijn, en somt de ontbrekende velden op, zodat een portaal de voortgang kan tonen.",
                "Le rapport compte les données requises (celles dont l'absence est une erreur) des règles applicables, combien sont complétées, et énumère les champs manquants, pour qu'un portail puisse afficher la progression.",
                "The report counts the required facts (those whose absence is an error) of the rules that apply, how many are filled in, and lists the missing fields, so that a portal can show progress.",
                "Der Bericht zählt die erforderlichen Angaben (deren Fehlen ein Fehler ist) der anwendbaren Regeln, wie viele ausgefüllt sind, und listet die fehlenden Felder auf, damit ein Portal den Fortschritt zeigen kann.",
            ],
            quote: "",
            parameters: &[],
        },
    },
];
