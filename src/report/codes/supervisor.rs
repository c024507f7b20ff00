//! Codes of the `supervisor` family.

family_codes! {
    /// Codes of the `supervisor` family.
    SupervisorCode, "supervisor";
    /// Neither a relevant diploma nor enough relevant experience.
    NotQualified = "not_qualified", Sup001, Error, [
        "De begeleider is niet gekwalificeerd: geen relevant diploma en {months} van de {required} maanden relevante ervaring.",
        "L'accompagnateur n'est pas qualifié : pas de diplôme pertinent et {months} des {required} mois d'expérience pertinente.",
        "The supervisor is not qualified: no relevant diploma and {months} of {required} months of relevant experience.",
        "Die Begleitperson ist nicht qualifiziert: kein einschlägiges Diplom und {months} von {required} Monaten einschlägiger Erfahrung.",
    ];
    /// No diploma and no experience given yet.
    QualificationMissing = "qualification_missing", Sup001, Error, [
        "Voeg een relevant diploma of periodes van relevante ervaring (minstens {required} maanden) toe.",
        "Ajoutez un diplôme pertinent ou des périodes d'expérience pertinente (au moins {required} mois).",
        "Add a relevant diploma or periods of relevant experience (at least {required} months).",
        "Fügen Sie ein einschlägiges Diplom oder Zeiträume einschlägiger Erfahrung (mindestens {required} Monate) hinzu.",
    ];
    /// Relevant experience exists but is shorter than required, and no relevant diploma.
    ExperienceTooShort = "experience_too_short", Sup002, Error, [
        "{months} van de {required} maanden relevante ervaring: nog {short|maand|maanden} te gaan, of voeg een relevant diploma toe.",
        "{months} des {required} mois d'expérience pertinente : il manque encore {short|mois|mois}, ou ajoutez un diplôme pertinent.",
        "{months} of {required} months of relevant experience: {short|month is|months are} still missing, or add a relevant diploma.",
        "{months} von {required} Monaten einschlägiger Erfahrung: noch {short|Monat|Monate} offen, oder fügen Sie ein einschlägiges Diplom hinzu.",
    ];
    /// A date is not `YYYY-MM-DD` or does not exist.
    InvalidDate = "invalid_date", Sup002, Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// An experience period has no start date.
    PeriodFromMissing = "period_from_missing", Sup002, Error, [
        "Vul de begindatum van deze periode in.",
        "Indiquez la date de début de cette période.",
        "Enter the start date of this period.",
        "Geben Sie das Anfangsdatum dieses Zeitraums ein.",
    ];
    /// An experience period ends before it starts.
    PeriodReversed = "period_reversed", Sup002, Error, [
        "De einddatum ligt vóór de begindatum.",
        "La date de fin précède la date de début.",
        "The end date is before the start date.",
        "Das Enddatum liegt vor dem Anfangsdatum.",
    ];
    /// An experience period starts after the as-of date.
    PeriodInFuture = "period_in_future", Sup002, Warning, [
        "Deze periode begint na {asOf}: ze telt nog niet mee.",
        "Cette période commence après le {asOf} : elle ne compte pas encore.",
        "This period starts after {asOf}: it does not count yet.",
        "Dieser Zeitraum beginnt nach dem {asOf}: er zählt noch nicht.",
    ];
    /// Whether an experience period is relevant is not answered.
    PeriodRelevanceMissing = "period_relevance_missing", Sup002, Error, [
        "Geef aan of deze ervaring relevant is (begeleiding op de werkvloer).",
        "Indiquez si cette expérience est pertinente (accompagnement sur le lieu de travail).",
        "Say whether this experience is relevant (guidance on the work floor).",
        "Geben Sie an, ob diese Erfahrung einschlägig ist (Begleitung am Arbeitsplatz).",
    ];
    /// A diploma that is not on the relevant-diploma list: someone must judge it.
    DiplomaUnlisted = "diploma_unlisted", Sup003, Warning, [
        "Dit diploma staat niet op de lijst van relevante diploma's: het departement beoordeelt het.",
        "Ce diplôme ne figure pas sur la liste des diplômes pertinents : le département l'évaluera.",
        "This diploma is not on the list of relevant diplomas: the department will judge it.",
        "Dieses Diplom steht nicht auf der Liste der einschlägigen Diplome: das Departement wird es beurteilen.",
    ];
    /// A diploma with neither a code nor a title.
    DiplomaUnnamed = "diploma_unnamed", Sup003, Error, [
        "Kies het diploma uit de lijst of vul de titel in.",
        "Choisissez le diplôme dans la liste ou indiquez son intitulé.",
        "Choose the diploma from the list or enter its title.",
        "Wählen Sie das Diplom aus der Liste oder geben Sie seinen Titel ein.",
    ];
    /// A diploma obtained after the as-of date.
    DiplomaInFuture = "diploma_in_future", Sup003, Error, [
        "De datum van het diploma ligt na {asOf}.",
        "La date du diplôme est postérieure au {asOf}.",
        "The diploma's date is after {asOf}.",
        "Das Datum des Diploms liegt nach dem {asOf}.",
    ];
    /// The supervisor's name is missing: one named person is responsible.
    NameMissing = "name_missing", Sup004, Error, [
        "Vul de naam van de gekwalificeerd begeleider in: één persoon is verantwoordelijk.",
        "Indiquez le nom de l'accompagnateur qualifié : une seule personne est responsable.",
        "Enter the qualified supervisor's name: one person is responsible.",
        "Geben Sie den Namen der qualifizierten Begleitperson ein: eine Person ist verantwortlich.",
    ];
    /// A supervisor on their own is not the responsible person: someone else must be.
    NotResponsible = "not_responsible", Sup004, Warning, [
        "Deze begeleider is niet verantwoordelijk voor de begeleiding: één persoon moet verantwoordelijk zijn; duid die aan in het ondersteuningsplan.",
        "Cet accompagnateur n'est pas responsable de l'accompagnement : une personne doit l'être ; désignez-la dans le plan de soutien.",
        "This supervisor is not responsible for the guidance: one person must be; name them in the support plan.",
        "Diese Begleitperson ist nicht für die Begleitung verantwortlich: eine Person muss es sein; benennen Sie sie im Unterstützungsplan.",
    ];
    /// The only supervisor a form names is not (or not yet) marked responsible.
    NobodyResponsible = "nobody_responsible", Sup004, Error, [
        "Duid aan dat deze begeleider verantwoordelijk is voor de begeleiding: de aanvraag noemt niemand anders, en één persoon is verantwoordelijk.",
        "Indiquez que cet accompagnateur est responsable de l'accompagnement : la demande ne nomme personne d'autre, et une personne est responsable.",
        "Mark this supervisor as responsible for the guidance: the application names nobody else, and one person is responsible.",
        "Geben Sie an, dass diese Begleitperson für die Begleitung verantwortlich ist: der Antrag nennt niemanden sonst, und eine Person ist verantwortlich.",
    ];
    /// The supervisor is marked responsible and another person is named responsible too.
    SeveralResponsible = "several_responsible", Sup004, Error, [
        "Eén persoon is verantwoordelijk: de begeleider is al als verantwoordelijke aangeduid; laat deze naam leeg of duid de begeleider niet aan.",
        "Une seule personne est responsable : l'accompagnateur est déjà désigné responsable ; laissez ce nom vide ou ne désignez pas l'accompagnateur.",
        "One person is responsible: the supervisor is already marked responsible; leave this name empty or unmark the supervisor.",
        "Eine Person ist verantwortlich: die Begleitperson ist bereits als verantwortlich angegeben; lassen Sie diesen Namen leer oder heben Sie die Angabe bei der Begleitperson auf.",
    ];
    /// Core competences are not all declared.
    CompetencesNotDeclared = "competences_not_declared", Sup005, Info, [
        "Verklaar de kerncompetenties: samenwerken, communiceren, persoonsgericht werken en advies op maat.",
        "Déclarez les compétences clés : collaborer, communiquer, travailler de façon centrée sur la personne et conseiller sur mesure.",
        "Declare the core competences: working together, communicating, person-centred work and tailored advice.",
        "Erklären Sie die Kernkompetenzen: Zusammenarbeit, Kommunikation, personenzentriertes Arbeiten und maßgeschneiderte Beratung.",
    ];
}

/// Explanations of the supervisor requirements (SUP-001, SUP-004).
pub mod explain {
    use crate::locale::Texts;

    /// Qualified through a listed diploma.
    pub const QUALIFIED_BY_DIPLOMA: Texts = &[
        "Gekwalificeerd via een relevant diploma.",
        "Qualifié par un diplôme pertinent.",
        "Qualified through a relevant diploma.",
        "Qualifiziert durch ein einschlägiges Diplom.",
    ];
    /// Qualified through enough relevant experience (`months`, `required`).
    pub const QUALIFIED_BY_EXPERIENCE: Texts = &[
        "Gekwalificeerd via {months} maanden relevante ervaring (minstens {required}).",
        "Qualifié par {months} mois d'expérience pertinente (au moins {required}).",
        "Qualified through {months} months of relevant experience (at least {required}).",
        "Qualifiziert durch {months} Monate einschlägiger Erfahrung (mindestens {required}).",
    ];
    /// No listed diploma and too little experience (`months`, `required`, `short`).
    pub const NOT_QUALIFIED: Texts = &[
        "Geen relevant diploma en {months} van de {required} maanden relevante ervaring: nog {short|maand|maanden} te gaan.",
        "Pas de diplôme pertinent et {months} des {required} mois d'expérience pertinente : encore {short|mois|mois}.",
        "No relevant diploma and {months} of {required} months of relevant experience: {short|month|months} to go.",
        "Kein einschlägiges Diplom und {months} von {required} Monaten einschlägiger Erfahrung: noch {short|Monat|Monate}.",
    ];
    /// An unlisted diploma waits for judgement; experience alone falls short.
    pub const DIPLOMA_TO_JUDGE: Texts = &[
        "Een diploma buiten de lijst moet beoordeeld worden; de ervaring alleen volstaat niet ({months} van de {required} maanden).",
        "Un diplôme hors liste doit être évalué ; l'expérience seule ne suffit pas ({months} des {required} mois).",
        "A diploma outside the list must be judged; experience alone does not suffice ({months} of {required} months).",
        "Ein Diplom außerhalb der Liste muss beurteilt werden; die Erfahrung allein reicht nicht ({months} von {required} Monaten).",
    ];
    /// No diploma and no experience given yet (`required`).
    pub const NO_EVIDENCE_YET: Texts = &[
        "Nog geen diploma of ervaring ingevuld: een relevant diploma of minstens {required} maanden relevante ervaring.",
        "Aucun diplôme ni expérience encore : un diplôme pertinent ou au moins {required} mois d'expérience pertinente.",
        "No diploma or experience entered yet: a relevant diploma or at least {required} months of relevant experience.",
        "Noch kein Diplom und keine Erfahrung: ein einschlägiges Diplom oder mindestens {required} Monate einschlägiger Erfahrung.",
    ];
    /// Periods with a missing date or relevance could still complete the experience.
    pub const EXPERIENCE_INCOMPLETE: Texts = &[
        "{months} van de {required} maanden relevante ervaring geteld; periodes met een ontbrekende datum of relevantie kunnen dat aanvullen.",
        "{months} des {required} mois d'expérience pertinente comptés ; des périodes sans date ou sans pertinence indiquée peuvent compléter.",
        "{months} of {required} months of relevant experience counted; periods with a missing date or relevance may complete it.",
        "{months} von {required} Monaten einschlägiger Erfahrung gezählt; Zeiträume ohne Datum oder Angabe zur Einschlägigkeit können das ergänzen.",
    ];
    /// SUP-004 met: the supervisor, named, is the one responsible person.
    pub const SUPERVISOR_RESPONSIBLE: Texts = &[
        "De begeleider is de ene benoemde persoon die verantwoordelijk is voor de begeleiding.",
        "L'accompagnateur est la personne nommée qui est seule responsable de l'accompagnement.",
        "The supervisor is the one named person responsible for the guidance.",
        "Die Begleitperson ist die eine benannte Person, die für die Begleitung verantwortlich ist.",
    ];
    /// SUP-004 met: one other named person is responsible.
    pub const OTHER_PERSON_RESPONSIBLE: Texts = &[
        "Eén andere benoemde persoon is verantwoordelijk voor de begeleiding, niet de begeleider.",
        "Une autre personne nommée est responsable de l'accompagnement, pas l'accompagnateur.",
        "One other named person is responsible for the guidance, not the supervisor.",
        "Eine andere benannte Person ist für die Begleitung verantwortlich, nicht die Begleitperson.",
    ];
    /// SUP-004 not met: the form says the supervisor is not responsible and names nobody else.
    pub const NOBODY_RESPONSIBLE: Texts = &[
        "Volgens het formulier is de begeleider niet verantwoordelijk, en het noemt niemand anders: één persoon moet verantwoordelijk zijn.",
        "Selon le formulaire, l'accompagnateur n'est pas responsable, et il ne nomme personne d'autre : une personne doit être responsable.",
        "The form says the supervisor is not responsible and names nobody else: one person must be responsible.",
        "Laut Formular ist die Begleitperson nicht verantwortlich, und es nennt niemanden sonst: eine Person muss verantwortlich sein.",
    ];
    /// SUP-004 not met: the supervisor and another person are both named responsible.
    pub const TWO_RESPONSIBLE: Texts = &[
        "De begeleider is als verantwoordelijke aangeduid en het plan noemt nog een andere verantwoordelijke: één persoon is verantwoordelijk.",
        "L'accompagnateur est désigné responsable et le plan nomme encore un autre responsable : une seule personne est responsable.",
        "The supervisor is marked responsible and the plan names another responsible person too: one person is responsible.",
        "Die Begleitperson ist als verantwortlich angegeben, und der Plan nennt noch eine andere verantwortliche Person: eine Person ist verantwortlich.",
    ];
    /// SUP-004 unknown: whether the supervisor is responsible is not said yet.
    pub const FLAG_UNSAID: Texts = &[
        "Nog niet aangegeven of de begeleider de verantwoordelijke persoon is.",
        "Il n'est pas encore indiqué si l'accompagnateur est la personne responsable.",
        "Not said yet whether the supervisor is the responsible person.",
        "Noch nicht angegeben, ob die Begleitperson die verantwortliche Person ist.",
    ];
    /// SUP-004 unknown in a plan: neither the supervisor nor another person is named responsible yet.
    pub const RESPONSIBLE_UNSAID: Texts = &[
        "Nog niet aangegeven wie verantwoordelijk is: de begeleider of één andere benoemde persoon.",
        "Il n'est pas encore indiqué qui est responsable : l'accompagnateur ou une autre personne nommée.",
        "Not said yet who is responsible: the supervisor or one other named person.",
        "Noch nicht angegeben, wer verantwortlich ist: die Begleitperson oder eine andere benannte Person.",
    ];
    /// The name of the responsible person is still missing.
    pub const PERSON_UNNAMED: Texts = &[
        "De naam van de verantwoordelijke persoon ontbreekt nog.",
        "Le nom de la personne responsable manque encore.",
        "The responsible person's name is still missing.",
        "Der Name der verantwortlichen Person fehlt noch.",
    ];
}
