//! Codes of the `guidance` family.

family_codes! {
    /// Codes of the `guidance` family.
    GuidanceCode, "guidance";
    /// Daily reachability is not stated.
    ReachabilityMissing = "reachability_missing", Plan006, Error, [
        "Geef aan of de gekwalificeerd begeleider elke werkdag bereikbaar is.",
        "Indiquez si l'accompagnateur qualifié est joignable chaque jour ouvrable.",
        "Say whether the qualified supervisor is reachable every working day.",
        "Geben Sie an, ob die qualifizierte Begleitperson an jedem Arbeitstag erreichbar ist.",
    ];
    /// The time to come to the work floor is not stated.
    OnSiteDaysMissing = "on_site_days_missing", Plan006, Error, [
        "Vul in binnen hoeveel werkdagen na een vraag de begeleider op de werkvloer is.",
        "Indiquez dans combien de jours ouvrables après une demande l'accompagnateur est sur le lieu de travail.",
        "Enter within how many working days of a request the supervisor is on the work floor.",
        "Geben Sie an, innerhalb wie vieler Arbeitstage nach einer Anfrage die Begleitperson am Arbeitsplatz ist.",
    ];
    /// The follow-up interval is not stated.
    FollowUpIntervalMissing = "follow_up_interval_missing", Plan006, Error, [
        "Vul in om de hoeveel dagen de begeleider opvolgt.",
        "Indiquez tous les combien de jours l'accompagnateur assure le suivi.",
        "Enter every how many days the supervisor follows up.",
        "Geben Sie an, alle wie viele Tage die Begleitperson nachverfolgt.",
    ];
    /// The collega-coach's daily follow-up is not stated.
    DailyFollowUpMissing = "daily_follow_up_missing", Plan006, Error, [
        "Geef aan wanneer de collega-coach dagelijks opvolgt (bij het begin, tijdens of op het einde van de werkdag).",
        "Indiquez quand le collègue-coach assure le suivi quotidien (au début, pendant ou à la fin de la journée).",
        "Say when the collega-coach follows up daily (at the start, during or at the end of the working day).",
        "Geben Sie an, wann der Kollegen-Coach täglich nachverfolgt (zu Beginn, während oder am Ende des Arbeitstages).",
    ];
    /// The supervisor is not reachable every working day.
    NotReachableDaily = "not_reachable_daily", Gui001, Error, [
        "De gekwalificeerd begeleider moet elke werkdag bereikbaar zijn (telefonisch kan).",
        "L'accompagnateur qualifié doit être joignable chaque jour ouvrable (par téléphone, c'est possible).",
        "The qualified supervisor must be reachable every working day (by telephone is fine).",
        "Die qualifizierte Begleitperson muss an jedem Arbeitstag erreichbar sein (telefonisch genügt).",
    ];
    /// A date is not `YYYY-MM-DD` or does not exist.
    InvalidDate = "invalid_date", Gui002, Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// The supervisor comes later than the maximum number of working days (`max`).
    OnSiteTooLate = "on_site_too_late", Gui002, Error, [
        "De begeleider moet binnen {max} werkdagen na een vraag fysiek op de werkvloer zijn.",
        "L'accompagnateur doit être physiquement sur le lieu de travail dans les {max} jours ouvrables suivant une demande.",
        "The supervisor must be physically on the work floor within {max} working days of a request.",
        "Die Begleitperson muss innerhalb von {max} Arbeitstagen nach einer Anfrage persönlich am Arbeitsplatz sein.",
    ];
    /// The visit came after the deadline (`deadline`, `max`).
    VisitTooLate = "visit_too_late", Gui002, Error, [
        "Het bezoek op de werkvloer kwam na {deadline}, later dan {max} werkdagen na de vraag.",
        "La visite sur le lieu de travail a eu lieu après le {deadline}, plus de {max} jours ouvrables après la demande.",
        "The visit to the work floor came after {deadline}, more than {max} working days after the request.",
        "Der Besuch am Arbeitsplatz erfolgte nach dem {deadline}, später als {max} Arbeitstage nach der Anfrage.",
    ];
    /// No visit since the request and the deadline has passed (`deadline`, `max`).
    VisitOverdue = "visit_overdue", Gui002, Error, [
        "Er is geen bezoek op de werkvloer na de vraag, en de termijn van {max} werkdagen liep af op {deadline}.",
        "Aucune visite sur le lieu de travail depuis la demande, et le délai de {max} jours ouvrables a expiré le {deadline}.",
        "There is no visit to the work floor after the request, and the {max} working days ran out on {deadline}.",
        "Seit der Anfrage gab es keinen Besuch am Arbeitsplatz, und die Frist von {max} Arbeitstagen lief am {deadline} ab.",
    ];
    /// A visit is due (`deadline`, `max`).
    VisitDue = "visit_due", Gui002, Info, [
        "Een bezoek op de werkvloer is nodig uiterlijk op {deadline} ({max} werkdagen na de vraag).",
        "Une visite sur le lieu de travail est requise au plus tard le {deadline} ({max} jours ouvrables après la demande).",
        "A visit to the work floor is due by {deadline} ({max} working days after the request).",
        "Ein Besuch am Arbeitsplatz ist bis zum {deadline} fällig ({max} Arbeitstage nach der Anfrage).",
    ];
    /// Follow-up less often than every two weeks (`max`).
    FollowUpTooRare = "follow_up_too_rare", Gui003, Error, [
        "De begeleider volgt minstens om de twee weken op: hoogstens {max} dagen tussen twee opvolgingen.",
        "L'accompagnateur assure le suivi au moins toutes les deux semaines : au plus {max} jours entre deux suivis.",
        "The supervisor follows up at least every two weeks: at most {max} days between two follow-ups.",
        "Die Begleitperson verfolgt mindestens alle zwei Wochen nach: höchstens {max} Tage zwischen zwei Nachverfolgungen.",
    ];
    /// Whether the coach works for the same employer is not answered.
    CoachEmployerMissing = "coach_employer_missing", Gui004, Error, [
        "Geef aan of de collega-coach bij dezelfde werkgever werkt.",
        "Indiquez si le collègue-coach travaille chez le même employeur.",
        "Say whether the collega-coach works for the same employer.",
        "Geben Sie an, ob der Kollegen-Coach beim selben Arbeitgeber arbeitet.",
    ];
    /// The coach works for another employer.
    CoachOtherEmployer = "coach_other_employer", Gui004, Error, [
        "De collega-coach werkt bij dezelfde werkgever als de werknemer.",
        "Le collègue-coach travaille chez le même employeur que le travailleur.",
        "The collega-coach works for the same employer as the employee.",
        "Der Kollegen-Coach arbeitet beim selben Arbeitgeber wie die Arbeitnehmerin oder der Arbeitnehmer.",
    ];
    /// The coach is the employee.
    CoachIsEmployee = "coach_is_employee", Gui004, Error, [
        "De collega-coach kan niet de werknemer zelf zijn.",
        "Le collègue-coach ne peut pas être le travailleur lui-même.",
        "The collega-coach cannot be the employee.",
        "Der Kollegen-Coach kann nicht die Arbeitnehmerin oder der Arbeitnehmer selbst sein.",
    ];
    /// The coach is the qualified supervisor.
    CoachIsSupervisor = "coach_is_supervisor", Gui004, Error, [
        "De collega-coach kan niet de gekwalificeerd begeleider zijn: duid een andere collega aan.",
        "Le collègue-coach ne peut pas être l'accompagnateur qualifié : désignez un autre collègue.",
        "The collega-coach cannot be the qualified supervisor: name another colleague.",
        "Der Kollegen-Coach kann nicht die qualifizierte Begleitperson sein: benennen Sie eine andere Kollegin oder einen anderen Kollegen.",
    ];
    /// No backup for the supervisor.
    SupervisorBackupMissing = "supervisor_backup_missing", Gui005, Warning, [
        "Een back-up voor de gekwalificeerd begeleider bij afwezigheid is aangeraden.",
        "Un remplaçant de l'accompagnateur qualifié en cas d'absence est recommandé.",
        "A backup for the qualified supervisor during absences is recommended.",
        "Eine Vertretung der qualifizierten Begleitperson bei Abwesenheit wird empfohlen.",
    ];
    /// No backup for the coach.
    CoachBackupMissing = "coach_backup_missing", Gui005, Warning, [
        "Een back-up voor de collega-coach bij afwezigheid is aangeraden.",
        "Un remplaçant du collègue-coach en cas d'absence est recommandé.",
        "A backup for the collega-coach during absences is recommended.",
        "Eine Vertretung des Kollegen-Coachs bei Abwesenheit wird empfohlen.",
    ];
    /// The backup is the person they stand in for.
    BackupIsSamePerson = "backup_is_same_person", Gui005, Warning, [
        "De back-up is dezelfde persoon als wie vervangen wordt: duid iemand anders aan.",
        "Le remplaçant est la personne qu'il remplace : désignez quelqu'un d'autre.",
        "The backup is the same person they stand in for: name someone else.",
        "Die Vertretung ist dieselbe Person wie die vertretene: benennen Sie eine andere Person.",
    ];
}

/// Explanations of the guidance requirements (GUI-001..005).
pub mod explain {
    use crate::locale::Texts;

    /// GUI-001 met.
    pub const REACHABLE: Texts = &[
        "De begeleider is elke werkdag bereikbaar.",
        "L'accompagnateur est joignable chaque jour ouvrable.",
        "The supervisor is reachable every working day.",
        "Die Begleitperson ist an jedem Arbeitstag erreichbar.",
    ];
    /// GUI-001 not met.
    pub const NOT_REACHABLE: Texts = &[
        "De begeleider is niet elke werkdag bereikbaar.",
        "L'accompagnateur n'est pas joignable chaque jour ouvrable.",
        "The supervisor is not reachable every working day.",
        "Die Begleitperson ist nicht an jedem Arbeitstag erreichbar.",
    ];
    /// GUI-002 met (`max`).
    pub const ON_SITE_IN_TIME: Texts = &[
        "De begeleider is binnen {max} werkdagen na een vraag op de werkvloer.",
        "L'accompagnateur est sur le lieu de travail dans les {max} jours ouvrables suivant une demande.",
        "The supervisor is on the work floor within {max} working days of a request.",
        "Die Begleitperson ist innerhalb von {max} Arbeitstagen nach einer Anfrage am Arbeitsplatz.",
    ];
    /// GUI-002 not met (`max`).
    pub const ON_SITE_LATE: Texts = &[
        "De begeleider is niet binnen {max} werkdagen na een vraag op de werkvloer.",
        "L'accompagnateur n'est pas sur le lieu de travail dans les {max} jours ouvrables suivant une demande.",
        "The supervisor is not on the work floor within {max} working days of a request.",
        "Die Begleitperson ist nicht innerhalb von {max} Arbeitstagen nach einer Anfrage am Arbeitsplatz.",
    ];
    /// GUI-003 met (`max`).
    pub const FOLLOW_UP_OFTEN_ENOUGH: Texts = &[
        "De begeleider volgt op met hoogstens {max} dagen tussen twee opvolgingen.",
        "L'accompagnateur assure le suivi avec au plus {max} jours entre deux suivis.",
        "The supervisor follows up with at most {max} days between two follow-ups.",
        "Die Begleitperson verfolgt mit höchstens {max} Tagen zwischen zwei Nachverfolgungen nach.",
    ];
    /// GUI-003 not met (`max`).
    pub const FOLLOW_UP_TOO_RARE: Texts = &[
        "Er zitten meer dan {max} dagen tussen twee opvolgingen.",
        "Il y a plus de {max} jours entre deux suivis.",
        "There are more than {max} days between two follow-ups.",
        "Zwischen zwei Nachverfolgungen liegen mehr als {max} Tage.",
    ];
    /// GUI-004 met.
    pub const COACH_FITS: Texts = &[
        "Een collega bij dezelfde werkgever, niet de werknemer en niet de begeleider, volgt dagelijks op.",
        "Un collègue du même employeur, ni le travailleur ni l'accompagnateur, assure le suivi quotidien.",
        "A colleague at the same employer, neither the employee nor the supervisor, follows up daily.",
        "Eine Kollegin oder ein Kollege beim selben Arbeitgeber, weder der Arbeitnehmer noch die Begleitperson, verfolgt täglich nach.",
    ];
    /// GUI-004 not met.
    pub const COACH_DOES_NOT_FIT: Texts = &[
        "De collega-coach werkt niet bij dezelfde werkgever, of is de werknemer of de begeleider.",
        "Le collègue-coach ne travaille pas chez le même employeur, ou est le travailleur ou l'accompagnateur.",
        "The collega-coach does not work for the same employer, or is the employee or the supervisor.",
        "Der Kollegen-Coach arbeitet nicht beim selben Arbeitgeber oder ist der Arbeitnehmer oder die Begleitperson.",
    ];
    /// GUI-005 met.
    pub const BACKUPS_NAMED: Texts = &[
        "Er is een back-up voor de begeleider en voor de collega-coach.",
        "Il y a un remplaçant pour l'accompagnateur et pour le collègue-coach.",
        "There is a backup for the supervisor and for the collega-coach.",
        "Es gibt eine Vertretung für die Begleitperson und für den Kollegen-Coach.",
    ];
    /// GUI-005 not (yet) followed.
    pub const BACKUPS_RECOMMENDED: Texts = &[
        "Een back-up voor de begeleider en voor de collega-coach is aangeraden, niet verplicht.",
        "Un remplaçant pour l'accompagnateur et pour le collègue-coach est recommandé, pas obligatoire.",
        "A backup for the supervisor and for the collega-coach is recommended, not required.",
        "Eine Vertretung für die Begleitperson und für den Kollegen-Coach wird empfohlen, ist aber nicht verpflichtend.",
    ];
    /// GUI-005: a backup is the same person.
    pub const BACKUP_SAME_PERSON: Texts = &[
        "Een back-up is dezelfde persoon als wie vervangen wordt.",
        "Un remplaçant est la personne qu'il remplace.",
        "A backup is the same person they stand in for.",
        "Eine Vertretung ist dieselbe Person wie die vertretene.",
    ];
}
