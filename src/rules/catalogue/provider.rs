//! Catalogue entries of the `provider` family.

use super::sources::{FAQ, WSE_REGISTRATION};
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `provider` family.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::Ext001,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Eén organisatie", "Une seule organisation", "One organisation", "Eine Organisation"],
            text: &[
                "De aanvrager is één organisatie, geïdentificeerd met haar ondernemingsnummer (KBO) en het soort organisatie (dat bepaalt welke procedure openstaat, EXT-004). Een consortium kan niet aanvragen.",
                "Le demandeur est une seule organisation, identifiée par son numéro d'entreprise (BCE) et son type (qui détermine la procédure ouverte, EXT-004). Un consortium ne peut pas introduire de demande.",
                "The applicant is one organisation, identified by its enterprise number (KBO) and its kind (which decides the procedure open to it, EXT-004). A consortium cannot apply.",
                "Der Antragsteller ist eine Organisation, identifiziert durch ihre Unternehmensnummer (ZDU) und ihre Art (die bestimmt, welches Verfahren offensteht, EXT-004). Ein Konsortium kann nicht beantragen.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext002,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &[
                "Werkgever van de begeleiders",
                "Employeur des accompagnateurs",
                "Employer of the supervisors",
                "Arbeitgeber der Begleitpersonen",
            ],
            text: &[
                "Gemeenten vragen elk afzonderlijk aan; een intergemeentelijk samenwerkingsverband kan niet in hun naam aanvragen. De aanvrager moet de werkgever zijn van zijn gekwalificeerd begeleiders.",
                "Les communes introduisent chacune leur demande ; une intercommunale ne peut pas le faire en leur nom. Le demandeur doit être l'employeur de ses accompagnateurs qualifiés.",
                "Municipalities apply separately; an intermunicipal partnership cannot apply on their behalf. The applicant must be the employer of its qualified supervisors.",
                "Gemeinden beantragen jeweils selbst; ein interkommunaler Zweckverband kann nicht in ihrem Namen beantragen. Der Antragsteller muss Arbeitgeber seiner qualifizierten Begleitpersonen sein.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext003,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Geen segment van werkvloeren", "Pas de segment de lieux de travail", "No segment of work floors", "Kein Segment von Arbeitsplätzen"],
            text: &[
                "Een registratie kan niet beperkt worden tot een segment van werkvloeren (bv. enkel lokale besturen); de dienstverlener mag zich wel zelf specialiseren. Een opgegeven segmentbeperking is een fout met die uitleg.",
                "Un enregistrement ne peut pas être limité à un segment de lieux de travail (p. ex. uniquement les pouvoirs locaux) ; le prestataire peut toutefois se spécialiser de lui-même. Une limitation déclarée est une erreur avec cette explication.",
                "A registration cannot be limited to a segment of work floors (e.g. only local authorities); the provider may specialise of its own accord. A declared segment restriction is an error with that explanation.",
                "Eine Registrierung kann nicht auf ein Segment von Arbeitsplätzen beschränkt werden (z. B. nur lokale Behörden); der Dienstleister darf sich aber selbst spezialisieren. Eine angegebene Beschränkung ist ein Fehler mit dieser Erklärung.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext004,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Vereenvoudigde procedure", "Procédure simplifiée", "Simplified procedure", "Vereinfachtes Verfahren"],
            text: &[
                "De vereenvoudigde procedure staat enkel open voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie-ondernemingen; niet voor AMA Welzijn of andere organisaties. De gewone procedure staat voor iedereen open.",
                "La procédure simplifiée est réservée aux GTB, GOB, entreprises de travail adapté collectif et entreprises d'économie de services locaux ; pas à AMA Welzijn ni aux autres organisations. La procédure ordinaire est ouverte à tous.",
                "The simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and lokale diensteneconomie undertakings; not to AMA Welzijn or others. The regular procedure is open to all.",
                "Das vereinfachte Verfahren steht nur GTB, GOB, collectief maatwerkbedrijven und Unternehmen der lokalen Dienstleistungswirtschaft offen; nicht AMA Welzijn oder anderen. Das reguläre Verfahren steht allen offen.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext005,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["OCMW", "CPAS", "OCMW", "ÖSHZ"],
            text: &[
                "De sociale dienst van een OCMW kan optreden als externe dienstverlener en vraagt een registratie aan zoals elke andere organisatie.",
                "Le service social d'un CPAS peut agir comme prestataire externe et demande un enregistrement comme toute autre organisation.",
                "An OCMW's social service may act as an external service provider; it applies for a registration like any other organisation.",
                "Der Sozialdienst eines ÖSHZ kann als externer Dienstleister auftreten und beantragt eine Registrierung wie jede andere Organisation.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext006,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Verval zonder begeleiding", "Expiration sans accompagnement", "Lapse without guidance", "Erlöschen ohne Begleitung"],
            text: &[
                "Klanten zijn geen voorwaarde om aan te vragen. Een registratie vervalt automatisch na twee opeenvolgende jaren zonder begeleiding van een werknemer met een arbeidsbeperking. Bij een status- of hernieuwingscontrole: de vervaldatum is de tweede verjaardag van de laatste begeleiding (of van de registratie, zonder begeleiding sindsdien); een waarschuwing als ze voorbij is, anders ter informatie.",
                "Avoir des clients n'est pas une condition pour introduire la demande. Un enregistrement expire automatiquement après deux années consécutives sans accompagnement d'un travailleur avec une limitation au travail. Lors d'un contrôle de statut ou de renouvellement : la date d'expiration est le deuxième anniversaire du dernier accompagnement (ou de l'enregistrement, sans accompagnement depuis) ; un avertissement si elle est passée, sinon une information.",
                "Clients are not required to apply. A registration lapses automatically after two consecutive years without guiding an employee with a work limitation. On a status or renewal check: the lapse date is the second anniversary of the last guidance (or of the registration, when there was none since); a warning once it has passed, information before.",
                "Kunden sind keine Voraussetzung für den Antrag. Eine Registrierung erlischt automatisch nach zwei aufeinanderfolgenden Jahren ohne Begleitung einer Arbeitnehmerin oder eines Arbeitnehmers mit Arbeitsbeeinträchtigung. Bei einer Status- oder Verlängerungsprüfung: das Erlöschensdatum ist der zweite Jahrestag der letzten Begleitung (oder der Registrierung, wenn seither keine stattfand); eine Warnung, wenn es vorbei ist, sonst eine Information.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext007,
        codes: &[],
        source: WSE_REGISTRATION,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Werkingsgebied", "Zone d'activité", "Working area", "Tätigkeitsgebiet"],
            text: &[
                "Het territoriaal werkingsgebied wordt opgegeven: minstens één Vlaamse provincie of gemeente (een postcode moet in het Vlaamse Gewest liggen). Een latere uitbreiding wordt aan het departement doorgegeven.",
                "La zone d'activité territoriale est indiquée : au moins une province ou une commune flamande (un code postal doit être situé en Région flamande). Une extension ultérieure est communiquée au département.",
                "The territorial working area is given: at least one Flemish province or municipality (a postcode must lie in the Flemish Region). A later extension is reported to the department.",
                "Das territoriale Tätigkeitsgebiet wird angegeben: mindestens eine flämische Provinz oder Gemeinde (eine Postleitzahl muss in der Flämischen Region liegen). Eine spätere Erweiterung wird dem Departement gemeldet.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext008,
        codes: &[],
        source: WSE_REGISTRATION,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Registratievoorwaarden", "Conditions d'enregistrement", "Registration conditions", "Registrierungsvoraussetzungen"],
            text: &[
                "Voorwaarden: een kwaliteitsregistratie in het kwaliteitsmodel van het departement, aantoonbare ervaring met de doelgroep, minstens één gekwalificeerd begeleider in dienst van de aanvrager (die SUP-001 vervult), een gemotiveerde inschatting van gebied en capaciteit, en het engagement om deel te nemen aan de intervisie van het departement.",
                "Conditions : un enregistrement dans le modèle de qualité du département, une expérience démontrable du groupe cible, au moins un accompagnateur qualifié employé par le demandeur (qui remplit SUP-001), une estimation motivée de la zone et de la capacité, et l'engagement de participer à l'intervision du département.",
                "Conditions: a quality registration in the department's quality model, demonstrable experience with the target group, at least one qualified supervisor employed by the applicant (meeting SUP-001), a motivated estimate of area and capacity, and a commitment to the department's intervision.",
                "Voraussetzungen: eine Qualitätsregistrierung im Qualitätsmodell des Departements, nachweisbare Erfahrung mit der Zielgruppe, mindestens eine qualifizierte Begleitperson im Dienst des Antragstellers (die SUP-001 erfüllt), eine begründete Einschätzung von Gebiet und Kapazität und die Verpflichtung zur Teilnahme an der Intervision des Departements.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::Ext009,
        codes: &[],
        source: WSE_REGISTRATION,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "provider",
            confidence: Confidence::High,
            title: &["Geldigheid 5 jaar", "Validité de 5 ans", "Valid 5 years", "Gültigkeit 5 Jahre"],
            text: &[
                "Een registratie geldt 5 jaar: van de datum waarop ze ingaat tot en met de dag vóór de vijfde verjaardag daarvan. Ter informatie met de einddatum; een waarschuwing als die voorbij is.",
                "Un enregistrement est valable 5 ans : de sa date de prise d'effet jusqu'à la veille de son cinquième anniversaire inclus. Une information avec la date de fin ; un avertissement si elle est passée.",
                "A registration is valid for 5 years: from the day it takes effect up to and including the day before its fifth anniversary. Information with the end date; a warning once it has passed.",
                "Eine Registrierung gilt 5 Jahre: vom Tag ihres Wirksamwerdens bis einschließlich zum Tag vor ihrem fünften Jahrestag. Eine Information mit dem Enddatum; eine Warnung, wenn es vorbei ist.",
            ],
            quote: "",
            parameters: &[],
        },
    },
];
