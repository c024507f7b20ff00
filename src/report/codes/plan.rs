//! Codes of the `plan` family.

family_codes! {
    /// Codes of the `plan` family.
    PlanCode, "plan";
    /// Whether VDAB indicated guidance is not answered.
    GuidanceIndicationMissing = "guidance_indication_missing", Plan001, Error, [
        "Geef aan of VDAB begeleiding op de werkvloer heeft vastgesteld.",
        "Indiquez si le VDAB a constaté un besoin d'accompagnement sur le lieu de travail.",
        "Say whether VDAB indicated guidance on the work floor.",
        "Geben Sie an, ob der VDAB eine Begleitung am Arbeitsplatz festgestellt hat.",
    ];
    /// VDAB indicated no guidance: the plan is not required.
    GuidanceNotIndicated = "guidance_not_indicated", Plan001, Info, [
        "VDAB stelde geen begeleiding vast: een ondersteuningsplan is dan niet verplicht.",
        "Le VDAB n'a pas constaté de besoin d'accompagnement : un plan de soutien n'est alors pas obligatoire.",
        "VDAB indicated no guidance: a support plan is then not required.",
        "Der VDAB hat keine Begleitung festgestellt: ein Unterstützungsplan ist dann nicht erforderlich.",
    ];
    /// A date is not `YYYY-MM-DD` or does not exist.
    InvalidDate = "invalid_date", Plan002, Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// The plan has no date.
    PlanDateMissing = "plan_date_missing", Plan002, Error, [
        "Vul de datum in waarop het ondersteuningsplan is opgemaakt.",
        "Indiquez la date à laquelle le plan de soutien a été établi.",
        "Enter the date on which the support plan was drawn up.",
        "Geben Sie das Datum ein, an dem der Unterstützungsplan erstellt wurde.",
    ];
    /// The start of the employment is missing.
    EmploymentStartMissing = "employment_start_missing", Plan002, Error, [
        "Vul de begindatum van de tewerkstelling in.",
        "Indiquez la date de début de l'occupation.",
        "Enter the start date of the employment.",
        "Geben Sie das Anfangsdatum der Beschäftigung ein.",
    ];
    /// The plan was drawn up later than the first months (`deadline`, `months`).
    Late = "late", Plan002, Warning, [
        "Het plan is later opgemaakt dan {months|maand|maanden} na de start (uiterlijk {deadline}): stel het op bij de aanvang van de tewerkstelling.",
        "Le plan a été établi plus de {months|mois|mois} après le début (au plus tard le {deadline}) : établissez-le au début de l'occupation.",
        "The plan was drawn up more than {months|month|months} after the start (by {deadline} at the latest): draw it up at the start of the employment.",
        "Der Plan wurde später als {months|Monat|Monate} nach dem Beginn erstellt (spätestens am {deadline}): erstellen Sie ihn zu Beginn der Beschäftigung.",
    ];
    /// The plan date lies after the as-of date (`asOf`).
    PlanDateInFuture = "plan_date_in_future", Plan002, Warning, [
        "De datum van het plan ligt na {asOf}: kijk de datum na.",
        "La date du plan est postérieure au {asOf} : vérifiez la date.",
        "The plan's date is after {asOf}: check the date.",
        "Das Datum des Plans liegt nach dem {asOf}: prüfen Sie das Datum.",
    ];
    /// A change of the begeleidingspremie has no date.
    PremiumChangeDateMissing = "premium_change_date_missing", Plan003, Error, [
        "Vul de datum in waarop de begeleidingspremie wijzigt.",
        "Indiquez la date à laquelle la prime d'accompagnement change.",
        "Enter the date on which the begeleidingspremie changes.",
        "Geben Sie das Datum ein, an dem sich die Begleitprämie ändert.",
    ];
    /// A revision has no date.
    RevisionDateMissing = "revision_date_missing", Plan003, Error, [
        "Vul de datum van deze herziening van het plan in.",
        "Indiquez la date de cette révision du plan.",
        "Enter the date of this revision of the plan.",
        "Geben Sie das Datum dieser Überarbeitung des Plans ein.",
    ];
    /// A revision dated before the plan itself.
    RevisionBeforePlanDate = "revision_before_plan_date", Plan003, Error, [
        "Deze herziening ligt vóór de datum van het plan.",
        "Cette révision précède la date du plan.",
        "This revision is dated before the plan itself.",
        "Diese Überarbeitung liegt vor dem Datum des Plans.",
    ];
    /// A revision dated after the as-of date (`asOf`): it does not count yet.
    RevisionInFuture = "revision_in_future", Plan003, Warning, [
        "Deze herziening ligt na {asOf}: ze telt nog niet mee.",
        "Cette révision est postérieure au {asOf} : elle ne compte pas encore.",
        "This revision is dated after {asOf}: it does not count yet.",
        "Diese Überarbeitung liegt nach dem {asOf}: sie zählt noch nicht.",
    ];
    /// A change of the begeleidingspremie after the last version of the plan.
    NotRevised = "not_revised", Plan003, Error, [
        "De begeleidingspremie wijzigde na de laatste versie van het plan: herzie het plan bij elke wijziging.",
        "La prime d'accompagnement a changé après la dernière version du plan : révisez le plan à chaque changement.",
        "The begeleidingspremie changed after the last version of the plan: revise the plan at every change.",
        "Die Begleitprämie hat sich nach der letzten Fassung des Plans geändert: überarbeiten Sie den Plan bei jeder Änderung.",
    ];
    /// The employee has not signed.
    EmployeeSignatureMissing = "employee_signature_missing", Plan004, Error, [
        "De werknemer moet het ondersteuningsplan ondertekenen.",
        "Le travailleur doit signer le plan de soutien.",
        "The employee must sign the support plan.",
        "Die Arbeitnehmerin oder der Arbeitnehmer muss den Unterstützungsplan unterschreiben.",
    ];
    /// The employer has not signed.
    EmployerSignatureMissing = "employer_signature_missing", Plan004, Error, [
        "De werkgever moet het ondersteuningsplan ondertekenen.",
        "L'employeur doit signer le plan de soutien.",
        "The employer must sign the support plan.",
        "Der Arbeitgeber muss den Unterstützungsplan unterschreiben.",
    ];
    /// A signature has no date.
    SignatureDateMissing = "signature_date_missing", Plan004, Error, [
        "Vul de datum van de handtekening in.",
        "Indiquez la date de la signature.",
        "Enter the date of the signature.",
        "Geben Sie das Datum der Unterschrift ein.",
    ];
    /// A signature dated before the plan.
    SignatureBeforePlanDate = "signature_before_plan_date", Plan004, Error, [
        "De handtekening ligt vóór de datum van het plan: een plan wordt ondertekend nadat het is opgemaakt.",
        "La signature précède la date du plan : un plan est signé après avoir été établi.",
        "The signature is dated before the plan: a plan is signed after it is drawn up.",
        "Die Unterschrift liegt vor dem Datum des Plans: ein Plan wird nach seiner Erstellung unterschrieben.",
    ];
    /// A signature dated after the as-of date (`asOf`): the plan is not signed yet.
    SignatureInFuture = "signature_in_future", Plan004, Error, [
        "De handtekening ligt na {asOf}: op die datum is het plan nog niet ondertekend.",
        "La signature est postérieure au {asOf} : à cette date, le plan n'est pas encore signé.",
        "The signature is dated after {asOf}: on that date the plan is not signed yet.",
        "Die Unterschrift liegt nach dem {asOf}: an diesem Datum ist der Plan noch nicht unterschrieben.",
    ];
    /// The employee's name is missing.
    EmployeeNameMissing = "employee_name_missing", Plan005, Error, [
        "Vul de naam van de werknemer in.",
        "Indiquez le nom du travailleur.",
        "Enter the employee's name.",
        "Geben Sie den Namen der Arbeitnehmerin oder des Arbeitnehmers ein.",
    ];
    /// The employee's INSZ is missing.
    EmployeeInszMissing = "employee_insz_missing", Plan005, Error, [
        "Vul het rijksregisternummer (INSZ) van de werknemer in.",
        "Indiquez le numéro de registre national (NISS) du travailleur.",
        "Enter the employee's national register number (INSZ).",
        "Geben Sie die Nationalregisternummer (INSZ) der Arbeitnehmerin oder des Arbeitnehmers ein.",
    ];
    /// The employer's name is missing.
    EmployerNameMissing = "employer_name_missing", Plan005, Error, [
        "Vul de naam van de werkgever in.",
        "Indiquez le nom de l'employeur.",
        "Enter the employer's name.",
        "Geben Sie den Namen des Arbeitgebers ein.",
    ];
    /// The employer's KBO number is missing.
    EmployerKboMissing = "employer_kbo_missing", Plan005, Error, [
        "Vul het ondernemingsnummer (KBO) van de werkgever in.",
        "Indiquez le numéro d'entreprise (BCE) de l'employeur.",
        "Enter the employer's enterprise number (KBO).",
        "Geben Sie die Unternehmensnummer (ZDU/KBO) des Arbeitgebers ein.",
    ];
    /// Internal or external guidance is not chosen.
    OrganisationMissing = "organisation_missing", Plan005, Error, [
        "Kies of de begeleiding intern of door een externe dienstverlener gebeurt.",
        "Choisissez si l'accompagnement est interne ou assuré par un prestataire externe.",
        "Choose whether the guidance is internal or by an external service provider.",
        "Wählen Sie, ob die Begleitung intern oder durch einen externen Dienstleister erfolgt.",
    ];
    /// External guidance without the provider's registration number.
    ProviderRegistrationMissing = "provider_registration_missing", Plan005, Error, [
        "Vul het registratienummer van de externe dienstverlener in.",
        "Indiquez le numéro d'enregistrement du prestataire externe.",
        "Enter the external service provider's registration number.",
        "Geben Sie die Registrierungsnummer des externen Dienstleisters ein.",
    ];
    /// Nobody is named as responsible for the guidance.
    ResponsiblePersonMissing = "responsible_person_missing", Plan005, Error, [
        "Duid één persoon aan die verantwoordelijk is voor de begeleiding: de begeleider zelf of een andere benoemde persoon.",
        "Désignez une personne responsable de l'accompagnement : l'accompagnateur lui-même ou une autre personne nommée.",
        "Name one person responsible for the guidance: the supervisor or another named person.",
        "Benennen Sie eine für die Begleitung verantwortliche Person: die Begleitperson selbst oder eine andere benannte Person.",
    ];
    /// The collega-coach's name is missing.
    CoachNameMissing = "coach_name_missing", Plan005, Error, [
        "Vul de naam van de collega-coach in.",
        "Indiquez le nom du collègue-coach.",
        "Enter the collega-coach's name.",
        "Geben Sie den Namen des Kollegen-Coachs ein.",
    ];
    /// How the employee was involved in choosing the supervisor is not recorded.
    InvolvementNotRecorded = "involvement_not_recorded", Plan007, Info, [
        "Beschrijf hoe de werknemer betrokken werd bij de keuze van de begeleider.",
        "Décrivez comment le travailleur a été associé au choix de l'accompagnateur.",
        "Describe how the employee was involved in choosing the supervisor.",
        "Beschreiben Sie, wie die Arbeitnehmerin oder der Arbeitnehmer an der Wahl der Begleitperson beteiligt wurde.",
    ];
    /// The plan holds no action points.
    NoActionPoints = "no_action_points", Plan008, Warning, [
        "Voeg minstens één actiepunt voor de persoonlijke ontwikkeling (POP) toe.",
        "Ajoutez au moins un point d'action de développement personnel.",
        "Add at least one personal development action point (POP).",
        "Fügen Sie mindestens einen Aktionspunkt zur persönlichen Entwicklung hinzu.",
    ];
    /// An action point lacks its description, owner or follow-up date.
    ActionPointIncomplete = "action_point_incomplete", Plan008, Warning, [
        "Vul dit aan: elk actiepunt heeft een omschrijving, wie het opvolgt en een opvolgdatum.",
        "Complétez : chaque point d'action a une description, un responsable du suivi et une date de suivi.",
        "Complete this: every action point has a description, who follows it up and a follow-up date.",
        "Ergänzen Sie dies: jeder Aktionspunkt hat eine Beschreibung, wer ihn nachverfolgt, und ein Datum der Nachverfolgung.",
    ];
    /// The plan does not refer to the VDAB indication.
    IndicationMissing = "indication_missing", Plan009, Warning, [
        "Vermeld de datum van de indicatie door VDAB en, als die er een geeft, het begeleidingsregime.",
        "Indiquez la date de l'indication du VDAB et, s'il en donne un, le régime d'accompagnement.",
        "State the date of VDAB's indication and, where it gives one, the guidance regime.",
        "Geben Sie das Datum der Indikation durch den VDAB an und, falls angegeben, das Begleitungsregime.",
    ];
}

/// Explanations of the plan requirements (PLAN-001..010).
pub mod explain {
    use crate::locale::Texts;

    /// Facts are missing (shared by every rule that cannot decide yet).
    pub const FACTS_MISSING: Texts = &[
        "Nog niet te beoordelen: vul de ontbrekende gegevens in.",
        "Pas encore évaluable : complétez les données manquantes.",
        "Not decidable yet: fill in the missing facts.",
        "Noch nicht beurteilbar: ergänzen Sie die fehlenden Angaben.",
    ];
    /// PLAN-001: guidance indicated, so this plan is required.
    pub const GUIDANCE_INDICATED: Texts = &[
        "VDAB stelde begeleiding vast: dit ondersteuningsplan is vereist.",
        "Le VDAB a constaté un besoin d'accompagnement : ce plan de soutien est requis.",
        "VDAB indicated guidance: this support plan is required.",
        "Der VDAB hat eine Begleitung festgestellt: dieser Unterstützungsplan ist erforderlich.",
    ];
    /// PLAN-001: no guidance indicated.
    pub const GUIDANCE_NOT_INDICATED: Texts = &[
        "Niet van toepassing: VDAB stelde geen begeleiding vast, dus een ondersteuningsplan is niet verplicht.",
        "Sans objet : le VDAB n'a pas constaté de besoin d'accompagnement, donc un plan de soutien n'est pas obligatoire.",
        "Not applicable: VDAB indicated no guidance, so a support plan is not required.",
        "Nicht anwendbar: der VDAB hat keine Begleitung festgestellt, also ist ein Unterstützungsplan nicht erforderlich.",
    ];
    /// PLAN-002: drawn up in time (`months`, `deadline`).
    pub const ON_TIME: Texts = &[
        "Opgemaakt binnen {months|maand|maanden} na de start (uiterlijk {deadline}).",
        "Établi dans les {months|mois|mois} suivant le début (au plus tard le {deadline}).",
        "Drawn up within {months|month|months} of the start (by {deadline}).",
        "Innerhalb von {months|Monat|Monaten} nach dem Beginn erstellt (bis {deadline}).",
    ];
    /// PLAN-002: drawn up late (`months`, `deadline`).
    pub const LATE: Texts = &[
        "Opgemaakt na {deadline}, later dan {months|maand|maanden} na de start.",
        "Établi après le {deadline}, plus de {months|mois|mois} après le début.",
        "Drawn up after {deadline}, more than {months|month|months} after the start.",
        "Nach dem {deadline} erstellt, später als {months|Monat|Monate} nach dem Beginn.",
    ];
    /// PLAN-003: no change of the begeleidingspremie yet.
    pub const NO_PREMIUM_CHANGE: Texts = &[
        "Nog geen wijziging van de begeleidingspremie: geen herziening nodig.",
        "Pas encore de changement de la prime d'accompagnement : aucune révision requise.",
        "No change of the begeleidingspremie yet: no revision needed.",
        "Noch keine Änderung der Begleitprämie: keine Überarbeitung nötig.",
    ];
    /// PLAN-003 unknown: the plan does not list the premium changes yet, not even as none.
    pub const PREMIUM_CHANGES_UNSAID: Texts = &[
        "Nog niet te beoordelen: vermeld de wijzigingen van de begeleidingspremie sinds het plan, of dat er geen waren.",
        "Pas encore possible d'évaluer : indiquez les changements de la prime d'accompagnement depuis le plan, ou qu'il n'y en a pas eu.",
        "Not decidable yet: list the changes of the begeleidingspremie since the plan, or that there were none.",
        "Noch nicht zu beurteilen: nennen Sie die Änderungen der Begleitprämie seit dem Plan, oder dass es keine gab.",
    ];
    /// PLAN-003: every change is followed by a version of the plan.
    pub const REVISED: Texts = &[
        "Na elke wijziging van de begeleidingspremie volgt een versie van het plan.",
        "Chaque changement de la prime d'accompagnement est suivi d'une version du plan.",
        "Every change of the begeleidingspremie is followed by a version of the plan.",
        "Auf jede Änderung der Begleitprämie folgt eine Fassung des Plans.",
    ];
    /// PLAN-003: changes not followed by a revision (`count`).
    pub const NOT_REVISED: Texts = &[
        "{count|wijziging|wijzigingen} van de begeleidingspremie zonder latere herziening van het plan.",
        "{count|changement|changements} de la prime d'accompagnement sans révision ultérieure du plan.",
        "{count|change|changes} of the begeleidingspremie without a later revision of the plan.",
        "{count|Änderung|Änderungen} der Begleitprämie ohne spätere Überarbeitung des Plans.",
    ];
    /// PLAN-004: signed by both, in order.
    pub const SIGNED: Texts = &[
        "Ondertekend door de werknemer en de werkgever, niet vóór de datum van het plan.",
        "Signé par le travailleur et l'employeur, pas avant la date du plan.",
        "Signed by the employee and the employer, not before the plan's date.",
        "Von Arbeitnehmer und Arbeitgeber unterschrieben, nicht vor dem Datum des Plans.",
    ];
    /// PLAN-004: a signature is refused or misdated (`asOf`).
    pub const NOT_SIGNED: Texts = &[
        "Niet door beide partijen ondertekend, of een handtekening ligt vóór de datum van het plan of na {asOf}.",
        "Pas signé par les deux parties, ou une signature précède la date du plan ou suit le {asOf}.",
        "Not signed by both parties, or a signature is dated before the plan or after {asOf}.",
        "Nicht von beiden Parteien unterschrieben, oder eine Unterschrift liegt vor dem Datum des Plans oder nach dem {asOf}.",
    ];
    /// PLAN-005: everyone is named.
    pub const PARTIES_NAMED: Texts = &[
        "De werknemer, de werkgever, de begeleiding (intern of extern), de verantwoordelijke en de collega-coach zijn benoemd.",
        "Le travailleur, l'employeur, l'accompagnement (interne ou externe), le responsable et le collègue-coach sont nommés.",
        "The employee, the employer, the guidance (internal or external), the responsible person and the collega-coach are named.",
        "Arbeitnehmer, Arbeitgeber, die Begleitung (intern oder extern), die verantwortliche Person und der Kollegen-Coach sind benannt.",
    ];
    /// PLAN-005: an identifier is not valid.
    pub const PARTY_ID_INVALID: Texts = &[
        "Het rijksregisternummer of het ondernemingsnummer is niet geldig.",
        "Le numéro de registre national ou le numéro d'entreprise n'est pas valide.",
        "The national register number or the enterprise number is not valid.",
        "Die Nationalregisternummer oder die Unternehmensnummer ist ungültig.",
    ];
    /// PLAN-006: the arrangements are stated.
    pub const ARRANGEMENTS_STATED: Texts = &[
        "De bereikbaarheid, de termijn om ter plaatse te komen, de opvolging en de dagelijkse opvolging door de collega-coach staan in het plan.",
        "La joignabilité, le délai de présence sur place, le suivi et le suivi quotidien par le collègue-coach figurent dans le plan.",
        "Reachability, the time to come on site, the follow-up and the collega-coach's daily follow-up are in the plan.",
        "Erreichbarkeit, die Frist für die Anwesenheit vor Ort, die Nachverfolgung und die tägliche Nachverfolgung durch den Kollegen-Coach stehen im Plan.",
    ];
    /// PLAN-007: involvement recorded.
    pub const INVOLVEMENT_RECORDED: Texts = &[
        "Het plan beschrijft hoe de werknemer betrokken werd bij de keuze van de begeleider.",
        "Le plan décrit comment le travailleur a été associé au choix de l'accompagnateur.",
        "The plan records how the employee was involved in choosing the supervisor.",
        "Der Plan beschreibt, wie die Arbeitnehmerin oder der Arbeitnehmer an der Wahl der Begleitperson beteiligt wurde.",
    ];
    /// PLAN-008: complete action points (`count`).
    pub const ACTION_POINTS_COMPLETE: Texts = &[
        "{count|actiepunt|actiepunten}, elk met een omschrijving, wie het opvolgt en een opvolgdatum.",
        "{count|point d'action|points d'action}, chacun avec une description, un responsable du suivi et une date de suivi.",
        "{count|action point|action points}, each with a description, who follows it up and a follow-up date.",
        "{count|Aktionspunkt|Aktionspunkte}, jeweils mit Beschreibung, verantwortlicher Person und Datum der Nachverfolgung.",
    ];
    /// PLAN-009: the indication is referred to, without a regime.
    pub const INDICATION_REFERRED: Texts = &[
        "Het plan verwijst naar de indicatie door VDAB.",
        "Le plan renvoie à l'indication du VDAB.",
        "The plan refers to VDAB's indication.",
        "Der Plan verweist auf die Indikation durch den VDAB.",
    ];
    /// PLAN-009: the indication and its regime are referred to.
    pub const INDICATION_AND_REGIME_REFERRED: Texts = &[
        "Het plan verwijst naar de indicatie door VDAB en het begeleidingsregime.",
        "Le plan renvoie à l'indication du VDAB et au régime d'accompagnement.",
        "The plan refers to VDAB's indication and the guidance regime.",
        "Der Plan verweist auf die Indikation durch den VDAB und das Begleitungsregime.",
    ];
    /// PLAN-010: every required fact filled (`filled`, `required`).
    pub const COMPLETE: Texts = &[
        "Alle {required} vereiste gegevens zijn ingevuld.",
        "Les {required} données requises sont toutes complétées.",
        "All {required} required facts are filled in.",
        "Alle {required} erforderlichen Angaben sind ausgefüllt.",
    ];
    /// PLAN-010: required facts still missing (`filled`, `required`).
    pub const INCOMPLETE: Texts = &[
        "{filled} van de {required} vereiste gegevens ingevuld.",
        "{filled} des {required} données requises complétées.",
        "{filled} of {required} required facts filled in.",
        "{filled} von {required} erforderlichen Angaben ausgefüllt.",
    ];
}
