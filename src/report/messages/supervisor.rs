//! Messages of the `supervisor` family: the qualification of a qualified supervisor.

use super::Texts;
use crate::report::code::Code;

pub(super) fn texts(code: Code) -> Option<Texts> {
    Some(match code {
        Code::SupervisorNotQualified => [
            "De begeleider is niet gekwalificeerd: geen relevant diploma en {months} van de {required} maanden relevante ervaring.",
            "L'accompagnateur n'est pas qualifié : pas de diplôme pertinent et {months} des {required} mois d'expérience pertinente.",
            "The supervisor is not qualified: no relevant diploma and {months} of {required} months of relevant experience.",
            "Die Begleitperson ist nicht qualifiziert: kein einschlägiges Diplom und {months} von {required} Monaten einschlägiger Erfahrung.",
        ],
        Code::SupervisorQualificationMissing => [
            "Voeg een relevant diploma of periodes van relevante ervaring (minstens {required} maanden) toe.",
            "Ajoutez un diplôme pertinent ou des périodes d'expérience pertinente (au moins {required} mois).",
            "Add a relevant diploma or periods of relevant experience (at least {required} months).",
            "Fügen Sie ein einschlägiges Diplom oder Zeiträume einschlägiger Erfahrung (mindestens {required} Monate) hinzu.",
        ],
        Code::SupervisorExperienceTooShort => [
            "{months} van de {required} maanden relevante ervaring: er ontbreken nog {short} maanden, of voeg een relevant diploma toe.",
            "{months} des {required} mois d'expérience pertinente : il manque encore {short} mois, ou ajoutez un diplôme pertinent.",
            "{months} of {required} months of relevant experience: {short} months are still missing, or add a relevant diploma.",
            "{months} von {required} Monaten einschlägiger Erfahrung: es fehlen noch {short} Monate, oder fügen Sie ein einschlägiges Diplom hinzu.",
        ],
        Code::SupervisorInvalidDate => [
            "Vul een bestaande datum in als JJJJ-MM-DD.",
            "Indiquez une date existante au format AAAA-MM-JJ.",
            "Enter a date that exists, as YYYY-MM-DD.",
            "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
        ],
        Code::SupervisorPeriodFromMissing => [
            "Vul de begindatum van deze periode in.",
            "Indiquez la date de début de cette période.",
            "Enter the start date of this period.",
            "Geben Sie das Anfangsdatum dieses Zeitraums ein.",
        ],
        Code::SupervisorPeriodReversed => [
            "De einddatum ligt vóór de begindatum.",
            "La date de fin précède la date de début.",
            "The end date is before the start date.",
            "Das Enddatum liegt vor dem Anfangsdatum.",
        ],
        Code::SupervisorPeriodInFuture => [
            "Deze periode begint na {asOf}: ze telt nog niet mee.",
            "Cette période commence après le {asOf} : elle ne compte pas encore.",
            "This period starts after {asOf}: it does not count yet.",
            "Dieser Zeitraum beginnt nach dem {asOf}: er zählt noch nicht.",
        ],
        Code::SupervisorPeriodRelevanceMissing => [
            "Geef aan of deze ervaring relevant is (begeleiding op de werkvloer).",
            "Indiquez si cette expérience est pertinente (accompagnement sur le lieu de travail).",
            "Say whether this experience is relevant (guidance on the work floor).",
            "Geben Sie an, ob diese Erfahrung einschlägig ist (Begleitung am Arbeitsplatz).",
        ],
        Code::SupervisorDiplomaUnlisted => [
            "Dit diploma staat niet op de lijst van relevante diploma's: het departement beoordeelt het.",
            "Ce diplôme ne figure pas sur la liste des diplômes pertinents : le département l'évaluera.",
            "This diploma is not on the list of relevant diplomas: the department will judge it.",
            "Dieses Diplom steht nicht auf der Liste der einschlägigen Diplome: das Departement wird es beurteilen.",
        ],
        Code::SupervisorDiplomaUnnamed => [
            "Kies het diploma uit de lijst of vul de titel in.",
            "Choisissez le diplôme dans la liste ou indiquez son intitulé.",
            "Choose the diploma from the list or enter its title.",
            "Wählen Sie das Diplom aus der Liste oder geben Sie seinen Titel ein.",
        ],
        Code::SupervisorDiplomaInFuture => [
            "De datum van het diploma ligt na {asOf}.",
            "La date du diplôme est postérieure au {asOf}.",
            "The diploma's date is after {asOf}.",
            "Das Datum des Diploms liegt nach dem {asOf}.",
        ],
        Code::SupervisorNameMissing => [
            "Vul de naam van de gekwalificeerd begeleider in: één persoon is verantwoordelijk.",
            "Indiquez le nom de l'accompagnateur qualifié : une seule personne est responsable.",
            "Enter the qualified supervisor's name: one person is responsible.",
            "Geben Sie den Namen der qualifizierten Begleitperson ein: eine Person ist verantwortlich.",
        ],
        Code::SupervisorCompetencesNotDeclared => [
            "Verklaar de kerncompetenties: samenwerken, communiceren, persoonsgericht werken en advies op maat.",
            "Déclarez les compétences clés : collaborer, communiquer, travailler de façon centrée sur la personne et conseiller sur mesure.",
            "Declare the core competences: working together, communicating, person-centred work and tailored advice.",
            "Erklären Sie die Kernkompetenzen: Zusammenarbeit, Kommunikation, personenzentriertes Arbeiten und maßgeschneiderte Beratung.",
        ],
        _ => return None,
    })
}
