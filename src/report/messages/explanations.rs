//! Texts of requirement explanations.

use super::Texts;
use crate::report::explain::Explain;

pub(super) fn texts(key: Explain) -> Texts {
    match key {
        Explain::QualifiedByDiploma => [
            "Gekwalificeerd via een relevant diploma.",
            "Qualifié par un diplôme pertinent.",
            "Qualified through a relevant diploma.",
            "Qualifiziert durch ein einschlägiges Diplom.",
        ],
        Explain::QualifiedByExperience => [
            "Gekwalificeerd via {months} maanden relevante ervaring (minstens {required}).",
            "Qualifié par {months} mois d'expérience pertinente (au moins {required}).",
            "Qualified through {months} months of relevant experience (at least {required}).",
            "Qualifiziert durch {months} Monate einschlägiger Erfahrung (mindestens {required}).",
        ],
        Explain::NotQualified => [
            "Geen relevant diploma en {months} van de {required} maanden relevante ervaring: nog {short} maanden te gaan.",
            "Pas de diplôme pertinent et {months} des {required} mois d'expérience pertinente : encore {short} mois.",
            "No relevant diploma and {months} of {required} months of relevant experience: {short} months to go.",
            "Kein einschlägiges Diplom und {months} von {required} Monaten einschlägiger Erfahrung: noch {short} Monate.",
        ],
        Explain::DiplomaToJudge => [
            "Een diploma buiten de lijst moet beoordeeld worden; de ervaring alleen volstaat niet ({months} van de {required} maanden).",
            "Un diplôme hors liste doit être évalué ; l'expérience seule ne suffit pas ({months} des {required} mois).",
            "A diploma outside the list must be judged; experience alone does not suffice ({months} of {required} months).",
            "Ein Diplom außerhalb der Liste muss beurteilt werden; die Erfahrung allein reicht nicht ({months} von {required} Monaten).",
        ],
        Explain::NoEvidenceYet => [
            "Nog geen diploma of ervaring ingevuld: een relevant diploma of minstens {required} maanden relevante ervaring.",
            "Aucun diplôme ni expérience encore : un diplôme pertinent ou au moins {required} mois d'expérience pertinente.",
            "No diploma or experience entered yet: a relevant diploma or at least {required} months of relevant experience.",
            "Noch kein Diplom und keine Erfahrung: ein einschlägiges Diplom oder mindestens {required} Monate einschlägiger Erfahrung.",
        ],
        Explain::ExperienceIncomplete => [
            "{months} van de {required} maanden relevante ervaring geteld; periodes met een ontbrekende datum of relevantie kunnen dat aanvullen.",
            "{months} des {required} mois d'expérience pertinente comptés ; des périodes sans date ou sans pertinence indiquée peuvent compléter.",
            "{months} of {required} months of relevant experience counted; periods with a missing date or relevance may complete it.",
            "{months} von {required} Monaten einschlägiger Erfahrung gezählt; Zeiträume ohne Datum oder Angabe zur Einschlägigkeit können das ergänzen.",
        ],
        Explain::PersonNamed => [
            "Eén benoemde persoon is verantwoordelijk.",
            "Une personne nommée est responsable.",
            "One named person is responsible.",
            "Eine benannte Person ist verantwortlich.",
        ],
        Explain::PersonUnnamed => [
            "De naam van de verantwoordelijke persoon ontbreekt nog.",
            "Le nom de la personne responsable manque encore.",
            "The responsible person's name is still missing.",
            "Der Name der verantwortlichen Person fehlt noch.",
        ],
    }
}
