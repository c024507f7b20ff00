//! Codes of the `provider` family.

family_codes! {
    /// Codes of the `provider` family.
    ProviderCode, "provider";
    /// No enterprise number given.
    KboMissing = "kbo_missing", Ext001, Error, [
        "Vul het ondernemingsnummer (KBO) van de organisatie in: één organisatie vraagt de registratie aan.",
        "Indiquez le numéro d'entreprise (BCE) de l'organisation : une seule organisation demande l'enregistrement.",
        "Enter the organisation's enterprise number (KBO): one organisation applies for the registration.",
        "Geben Sie die Unternehmensnummer (ZDU) der Organisation ein: eine Organisation beantragt die Registrierung.",
    ];
    /// The kind of organisation is not chosen.
    TypeMissing = "type_missing", Ext001, Error, [
        "Kies het soort organisatie: het bepaalt welke procedure openstaat.",
        "Choisissez le type d'organisation : il détermine la procédure ouverte.",
        "Choose the kind of organisation: it decides which procedure is open.",
        "Wählen Sie die Art der Organisation: sie bestimmt, welches Verfahren offensteht.",
    ];
    /// Several organisations apply together.
    ConsortiumNotPossible = "consortium_not_possible", Ext001, Error, [
        "Een consortium kan zich niet registreren als externe dienstverlener: één organisatie vraagt aan, met haar eigen ondernemingsnummer.",
        "Un consortium ne peut pas s'enregistrer comme prestataire externe : une seule organisation introduit la demande, avec son propre numéro d'entreprise.",
        "A consortium cannot register as an external service provider: one organisation applies, with its own enterprise number.",
        "Ein Konsortium kann sich nicht als externer Dienstleister registrieren: eine Organisation beantragt, mit ihrer eigenen Unternehmensnummer.",
    ];
    /// The applicant applies on behalf of municipalities.
    OnBehalfOfMunicipalities = "on_behalf_of_municipalities", Ext002, Error, [
        "Gemeenten vragen elk afzonderlijk een registratie aan; een intergemeentelijk samenwerkingsverband kan dat niet in hun naam doen.",
        "Les communes demandent chacune leur propre enregistrement ; une intercommunale ne peut pas le faire en leur nom.",
        "Municipalities each apply for their own registration; an intermunicipal partnership cannot apply on their behalf.",
        "Gemeinden beantragen jeweils ihre eigene Registrierung; ein interkommunaler Zweckverband kann das nicht in ihrem Namen tun.",
    ];
    /// A supervisor is not employed by the applicant.
    SupervisorNotEmployed = "supervisor_not_employed", Ext002, Error, [
        "De aanvrager moet de werkgever zijn van zijn gekwalificeerd begeleiders: deze persoon is niet bij de aanvrager in dienst.",
        "Le demandeur doit être l'employeur de ses accompagnateurs qualifiés : cette personne n'est pas employée par le demandeur.",
        "The applicant must be the employer of its qualified supervisors: this person is not employed by the applicant.",
        "Der Antragsteller muss der Arbeitgeber seiner qualifizierten Begleitpersonen sein: diese Person ist nicht beim Antragsteller beschäftigt.",
    ];
    /// Whether the applicant employs a supervisor is not answered.
    EmploymentMissing = "employment_missing", Ext002, Error, [
        "Geef aan of deze begeleider bij de aanvrager in dienst is: de aanvrager moet de werkgever zijn.",
        "Indiquez si cet accompagnateur est employé par le demandeur : le demandeur doit être l'employeur.",
        "Say whether the applicant employs this supervisor: the applicant must be the employer.",
        "Geben Sie an, ob der Antragsteller diese Begleitperson beschäftigt: der Antragsteller muss der Arbeitgeber sein.",
    ];
    /// The registration would be limited to a segment of work floors.
    SegmentRestriction = "segment_restriction", Ext003, Error, [
        "Een registratie kan niet beperkt worden tot een segment van werkvloeren (bv. enkel lokale besturen). U kunt er wel zelf voor kiezen om u te specialiseren.",
        "Un enregistrement ne peut pas être limité à un segment de lieux de travail (p. ex. uniquement les pouvoirs locaux). Vous pouvez toutefois choisir vous-même de vous spécialiser.",
        "A registration cannot be limited to a segment of work floors (e.g. only local authorities). You may still choose to specialise of your own accord.",
        "Eine Registrierung kann nicht auf ein Segment von Arbeitsplätzen beschränkt werden (z. B. nur lokale Behörden). Sie können sich aber selbst spezialisieren.",
    ];
    /// No procedure chosen.
    ProcedureMissing = "procedure_missing", Ext004, Error, [
        "Kies de procedure: de gewone of de vereenvoudigde.",
        "Choisissez la procédure : ordinaire ou simplifiée.",
        "Choose the procedure: regular or simplified.",
        "Wählen Sie das Verfahren: regulär oder vereinfacht.",
    ];
    /// The simplified procedure for a kind of organisation it is not open to.
    SimplifiedNotOpen = "simplified_not_open", Ext004, Error, [
        "De vereenvoudigde procedure staat enkel open voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie-ondernemingen (niet voor AMA Welzijn of andere organisaties). Kies de gewone procedure.",
        "La procédure simplifiée est réservée aux GTB, GOB, entreprises de travail adapté collectif et entreprises d'économie de services locaux (pas à AMA Welzijn ni aux autres organisations). Choisissez la procédure ordinaire.",
        "The simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and lokale diensteneconomie undertakings (not to AMA Welzijn or other organisations). Choose the regular procedure.",
        "Das vereinfachte Verfahren steht nur GTB, GOB, collectief maatwerkbedrijven und Unternehmen der lokalen Dienstleistungswirtschaft offen (nicht AMA Welzijn oder anderen Organisationen). Wählen Sie das reguläre Verfahren.",
    ];
    /// An OCMW may register, like any other organisation.
    OcmwMayRegister = "ocmw_may_register", Ext005, Info, [
        "De sociale dienst van een OCMW kan optreden als externe dienstverlener en vraagt daarvoor een registratie aan zoals elke andere organisatie.",
        "Le service social d'un CPAS peut agir comme prestataire externe et demande pour cela un enregistrement comme toute autre organisation.",
        "An OCMW's social service may act as an external service provider and applies for a registration like any other organisation.",
        "Der Sozialdienst eines ÖSHZ kann als externer Dienstleister auftreten und beantragt dafür eine Registrierung wie jede andere Organisation.",
    ];
    /// A registration date is not `YYYY-MM-DD` or does not exist.
    InvalidDate = "invalid_date", Ext006, Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// A registration date after the as-of date.
    DateInFuture = "date_in_future", Ext006, Error, [
        "Deze datum ligt na {asOf}.",
        "Cette date est postérieure au {asOf}.",
        "This date is after {asOf}.",
        "Dieses Datum liegt nach dem {asOf}.",
    ];
    /// Two consecutive years without guidance: the registration has lapsed.
    RegistrationLapsed = "registration_lapsed", Ext006, Warning, [
        "De registratie is vervallen op {lapseDate}: twee opeenvolgende jaren zonder begeleiding van een werknemer met een arbeidsbeperking. Vraag opnieuw een registratie aan.",
        "L'enregistrement a expiré le {lapseDate} : deux années consécutives sans accompagnement d'un travailleur avec une limitation au travail. Demandez un nouvel enregistrement.",
        "The registration lapsed on {lapseDate}: two consecutive years without guiding an employee with a work limitation. Apply for a registration again.",
        "Die Registrierung ist am {lapseDate} erloschen: zwei aufeinanderfolgende Jahre ohne Begleitung einer Arbeitnehmerin oder eines Arbeitnehmers mit Arbeitsbeeinträchtigung. Beantragen Sie erneut eine Registrierung.",
    ];
    /// The day the registration lapses unless the provider guides someone.
    LapsesWithoutGuidance = "lapses_without_guidance", Ext006, Info, [
        "Zonder begeleiding van een werknemer met een arbeidsbeperking vervalt de registratie op {lapseDate} (twee opeenvolgende jaren zonder begeleiding).",
        "Sans accompagnement d'un travailleur avec une limitation au travail, l'enregistrement expire le {lapseDate} (deux années consécutives sans accompagnement).",
        "Without guiding an employee with a work limitation, the registration lapses on {lapseDate} (two consecutive years without guidance).",
        "Ohne Begleitung einer Arbeitnehmerin oder eines Arbeitnehmers mit Arbeitsbeeinträchtigung erlischt die Registrierung am {lapseDate} (zwei aufeinanderfolgende Jahre ohne Begleitung).",
    ];
    /// Neither a province nor a municipality given.
    WorkingAreaMissing = "working_area_missing", Ext007, Error, [
        "Geef het werkingsgebied op: minstens één Vlaamse provincie of gemeente.",
        "Indiquez la zone d'activité : au moins une province ou une commune flamande.",
        "Give the working area: at least one Flemish province or municipality.",
        "Geben Sie das Tätigkeitsgebiet an: mindestens eine flämische Provinz oder Gemeinde.",
    ];
    /// A municipality of the working area lies outside the Flemish Region.
    MunicipalityOutsideFlanders = "municipality_outside_flanders", Ext007, Error, [
        "Deze postcode ligt niet in het Vlaamse Gewest: het werkingsgebied bestaat uit Vlaamse provincies en gemeenten.",
        "Ce code postal n'est pas situé en Région flamande : la zone d'activité se compose de provinces et de communes flamandes.",
        "This postcode is not in the Flemish Region: the working area consists of Flemish provinces and municipalities.",
        "Diese Postleitzahl liegt nicht in der Flämischen Region: das Tätigkeitsgebiet besteht aus flämischen Provinzen und Gemeinden.",
    ];
    /// An existing registration: extensions of the area are reported to the department.
    AreaExtensionReported = "area_extension_reported", Ext007, Info, [
        "Breidt uw werkingsgebied uit, geef dat dan door aan het departement, zodat het werkgevers correct kan doorverwijzen.",
        "Si votre zone d'activité s'étend, communiquez-le au département, afin qu'il puisse orienter correctement les employeurs.",
        "If your working area grows, report it to the department, so that it can refer employers to you correctly.",
        "Wenn sich Ihr Tätigkeitsgebiet erweitert, melden Sie es dem Departement, damit es Arbeitgeber korrekt an Sie verweisen kann.",
    ];
    /// Not registered in the quality model, or not answered.
    QualityRegistrationMissing = "quality_registration_missing", Ext008, Error, [
        "Een kwaliteitsregistratie in het kwaliteitsmodel van het departement is een voorwaarde voor de registratie.",
        "Un enregistrement dans le modèle de qualité du département est une condition de l'enregistrement.",
        "A quality registration in the department's quality model is a condition for the registration.",
        "Eine Qualitätsregistrierung im Qualitätsmodell des Departements ist eine Voraussetzung für die Registrierung.",
    ];
    /// No description of the experience with the target group.
    TargetGroupExperienceMissing = "target_group_experience_missing", Ext008, Error, [
        "Beschrijf hoe u aantoonbare ervaring hebt met de doelgroep: personen met een arbeidsbeperking.",
        "Décrivez votre expérience démontrable avec le groupe cible : les personnes avec une limitation au travail.",
        "Describe your demonstrable experience with the target group: people with a work limitation.",
        "Beschreiben Sie Ihre nachweisbare Erfahrung mit der Zielgruppe: Menschen mit Arbeitsbeeinträchtigung.",
    ];
    /// No qualified supervisor listed.
    SupervisorsMissing = "supervisors_missing", Ext008, Error, [
        "Voeg minstens één gekwalificeerd begeleider toe die bij de aanvrager in dienst is.",
        "Ajoutez au moins un accompagnateur qualifié employé par le demandeur.",
        "Add at least one qualified supervisor employed by the applicant.",
        "Fügen Sie mindestens eine qualifizierte Begleitperson hinzu, die beim Antragsteller beschäftigt ist.",
    ];
    /// Supervisors are listed, but none is qualified.
    NoQualifiedSupervisor = "no_qualified_supervisor", Ext008, Error, [
        "Nog geen enkele begeleider is gekwalificeerd (relevant diploma of minstens 2 jaar relevante ervaring) en bij de aanvrager in dienst; opgegeven begeleiders: {count}.",
        "Aucun accompagnateur n'est encore qualifié (diplôme pertinent ou au moins 2 ans d'expérience pertinente) et employé par le demandeur ; accompagnateurs indiqués : {count}.",
        "No supervisor is qualified yet (a relevant diploma or at least 2 years of relevant experience) and employed by the applicant; supervisors given: {count}.",
        "Noch keine Begleitperson ist qualifiziert (einschlägiges Diplom oder mindestens 2 Jahre einschlägige Erfahrung) und beim Antragsteller beschäftigt; angegebene Begleitpersonen: {count}.",
    ];
    /// No motivated estimate of area and capacity.
    CapacityEstimateMissing = "capacity_estimate_missing", Ext008, Error, [
        "Geef een gemotiveerde inschatting van het werkingsgebied en de capaciteit (hoeveel werknemers u kunt begeleiden).",
        "Donnez une estimation motivée de la zone d'activité et de la capacité (combien de travailleurs vous pouvez accompagner).",
        "Give a motivated estimate of the working area and the capacity (how many employees you can guide).",
        "Geben Sie eine begründete Einschätzung des Tätigkeitsgebiets und der Kapazität (wie viele Arbeitnehmende Sie begleiten können).",
    ];
    /// No commitment to the department's intervision.
    IntervisionCommitmentMissing = "intervision_commitment_missing", Ext008, Error, [
        "Engageer u om deel te nemen aan de intervisie van het departement: dat is een voorwaarde voor de registratie.",
        "Engagez-vous à participer à l'intervision du département : c'est une condition de l'enregistrement.",
        "Commit to taking part in the department's intervision: it is a condition for the registration.",
        "Verpflichten Sie sich zur Teilnahme an der Intervision des Departements: das ist eine Voraussetzung für die Registrierung.",
    ];
    /// An existing registration without the day it took effect.
    RegisteredOnMissing = "registered_on_missing", Ext009, Error, [
        "Vul de datum in waarop de registratie inging.",
        "Indiquez la date de prise d'effet de l'enregistrement.",
        "Enter the day the registration took effect.",
        "Geben Sie das Datum ein, an dem die Registrierung wirksam wurde.",
    ];
    /// The registration is valid up to a day.
    ValidUntil = "valid_until", Ext009, Info, [
        "Een registratie geldt 5 jaar: deze registratie loopt tot en met {validUntil}.",
        "Un enregistrement est valable 5 ans : celui-ci court jusqu'au {validUntil} inclus.",
        "A registration is valid for 5 years: this one runs up to and including {validUntil}.",
        "Eine Registrierung gilt 5 Jahre: diese läuft bis einschließlich {validUntil}.",
    ];
    /// The five years are over.
    RegistrationExpired = "registration_expired", Ext009, Warning, [
        "De registratie gold 5 jaar, tot en met {validUntil}: vraag een nieuwe registratie aan.",
        "L'enregistrement était valable 5 ans, jusqu'au {validUntil} inclus : demandez un nouvel enregistrement.",
        "The registration was valid for 5 years, up to and including {validUntil}: apply for a new registration.",
        "Die Registrierung galt 5 Jahre, bis einschließlich {validUntil}: beantragen Sie eine neue Registrierung.",
    ];
}

/// Explanations of the registration requirements (EXT-001..004, EXT-007, EXT-008).
pub mod explain {
    use crate::locale::Texts;

    /// One organisation, identified.
    pub const ONE_ORGANISATION: Texts = &[
        "Eén organisatie vraagt aan, met een geldig ondernemingsnummer.",
        "Une seule organisation introduit la demande, avec un numéro d'entreprise valide.",
        "One organisation applies, with a valid enterprise number.",
        "Eine Organisation beantragt, mit einer gültigen Unternehmensnummer.",
    ];
    /// A consortium applies.
    pub const CONSORTIUM: Texts = &[
        "Een consortium kan zich niet registreren; één organisatie vraagt aan met haar eigen ondernemingsnummer.",
        "Un consortium ne peut pas s'enregistrer ; une seule organisation demande avec son propre numéro d'entreprise.",
        "A consortium cannot register; one organisation applies with its own enterprise number.",
        "Ein Konsortium kann sich nicht registrieren; eine Organisation beantragt mit ihrer eigenen Unternehmensnummer.",
    ];
    /// The enterprise number is not valid.
    pub const KBO_INVALID: Texts = &[
        "Het ondernemingsnummer is niet geldig.",
        "Le numéro d'entreprise n'est pas valide.",
        "The enterprise number is not valid.",
        "Die Unternehmensnummer ist nicht gültig.",
    ];
    /// The enterprise number or the kind of organisation is still missing.
    pub const ORGANISATION_INCOMPLETE: Texts = &[
        "Het ondernemingsnummer, het soort organisatie of het antwoord of ze als consortium aanvraagt, ontbreekt nog.",
        "Le numéro d'entreprise, le type d'organisation ou la réponse à la question du consortium manque encore.",
        "The enterprise number, the kind of organisation or whether it applies as a consortium is still missing.",
        "Die Unternehmensnummer, die Art der Organisation oder die Angabe, ob sie als Konsortium beantragt, fehlt noch.",
    ];
    /// The applicant applies for itself and employs the supervisors listed (`count`).
    pub const OWN_SUPERVISORS: Texts = &[
        "De aanvrager vraagt voor zichzelf aan en is de werkgever van de {count} opgegeven begeleider(s).",
        "Le demandeur introduit la demande pour lui-même et est l'employeur des {count} accompagnateur(s) indiqué(s).",
        "The applicant applies for itself and employs the {count} supervisor(s) listed.",
        "Der Antragsteller beantragt für sich selbst und ist Arbeitgeber der {count} angegebenen Begleitperson(en).",
    ];
    /// The applicant applies on behalf of municipalities.
    pub const ON_BEHALF: Texts = &[
        "Gemeenten vragen elk afzonderlijk aan; niemand kan dat in hun naam doen.",
        "Les communes introduisent chacune leur demande ; personne ne peut le faire en leur nom.",
        "Municipalities each apply separately; no one can apply on their behalf.",
        "Gemeinden beantragen jeweils selbst; niemand kann das in ihrem Namen tun.",
    ];
    /// Supervisors not employed by the applicant (`count`).
    pub const NOT_EMPLOYER: Texts = &[
        "De aanvrager moet de werkgever zijn van zijn gekwalificeerd begeleiders; {count} van hen zijn niet bij de aanvrager in dienst.",
        "Le demandeur doit être l'employeur de ses accompagnateurs qualifiés ; {count} d'entre eux ne sont pas employés par le demandeur.",
        "The applicant must be the employer of its qualified supervisors; {count} of them are not employed by the applicant.",
        "Der Antragsteller muss Arbeitgeber seiner qualifizierten Begleitpersonen sein; {count} von ihnen sind nicht beim Antragsteller beschäftigt.",
    ];
    /// Employment of the supervisors not answered yet, or no supervisor yet.
    pub const EMPLOYMENT_OPEN: Texts = &[
        "Nog niet voor elke begeleider is aangegeven of de aanvrager de werkgever is.",
        "Il n'est pas encore indiqué pour chaque accompagnateur si le demandeur en est l'employeur.",
        "It is not yet said for every supervisor whether the applicant is the employer.",
        "Es ist noch nicht für jede Begleitperson angegeben, ob der Antragsteller der Arbeitgeber ist.",
    ];
    /// EXT-002 unknown: whether the applicant applies for itself is not said yet.
    pub const APPLICANT_UNSAID: Texts = &[
        "Nog niet gezegd of de aanvrager voor zichzelf aanvraagt: het soort organisatie, of voor een intergemeentelijk samenwerkingsverband het antwoord of het in naam van gemeenten aanvraagt, ontbreekt nog.",
        "Il n'est pas encore dit si le demandeur introduit la demande pour lui-même : le type d'organisation ou, pour un partenariat intercommunal, la réponse à la question de la demande au nom de communes manque encore.",
        "Not said yet whether the applicant applies for itself: the kind of organisation, or for an intermunicipal partnership whether it applies on behalf of municipalities, is still missing.",
        "Noch nicht angegeben, ob der Antragsteller für sich selbst beantragt: die Art der Organisation oder bei einem interkommunalen Verband die Angabe, ob er im Namen von Gemeinden beantragt, fehlt noch.",
    ];
    /// No segment restriction: the declared working area is the registration's scope.
    pub const NO_SEGMENT: Texts = &[
        "De registratie geldt voor alle werkvloeren in het werkingsgebied; een specialisatie naar eigen keuze mag.",
        "L'enregistrement vaut pour tous les lieux de travail de la zone d'activité ; une spécialisation de votre choix est permise.",
        "The registration covers every work floor in the working area; a specialisation of your own choice is fine.",
        "Die Registrierung gilt für alle Arbeitsplätze im Tätigkeitsgebiet; eine selbst gewählte Spezialisierung ist erlaubt.",
    ];
    /// A segment restriction is declared.
    pub const SEGMENT: Texts = &[
        "De aanvraagprocedure voorziet geen beperking tot een segment van werkvloeren; u kunt wel zelf kiezen om u te specialiseren.",
        "La procédure ne prévoit pas de limitation à un segment de lieux de travail ; vous pouvez toutefois choisir de vous spécialiser.",
        "The procedure has no limitation to a segment of work floors; you may still choose to specialise.",
        "Das Verfahren sieht keine Beschränkung auf ein Segment von Arbeitsplätzen vor; Sie können sich aber spezialisieren.",
    ];
    /// The regular procedure.
    pub const REGULAR_OPEN: Texts = &[
        "De gewone procedure staat open voor elke organisatie.",
        "La procédure ordinaire est ouverte à toute organisation.",
        "The regular procedure is open to every organisation.",
        "Das reguläre Verfahren steht jeder Organisation offen.",
    ];
    /// The simplified procedure, open to this kind of organisation.
    pub const SIMPLIFIED_OPEN: Texts = &[
        "De vereenvoudigde procedure staat open voor dit soort organisatie.",
        "La procédure simplifiée est ouverte à ce type d'organisation.",
        "The simplified procedure is open to this kind of organisation.",
        "Das vereinfachte Verfahren steht dieser Art von Organisation offen.",
    ];
    /// The simplified procedure, closed to this kind of organisation.
    pub const SIMPLIFIED_CLOSED: Texts = &[
        "De vereenvoudigde procedure staat enkel open voor GTB, GOB, collectief maatwerkbedrijven en lokale diensteneconomie.",
        "La procédure simplifiée est réservée aux GTB, GOB, entreprises de travail adapté collectif et économie de services locaux.",
        "The simplified procedure is open only to GTB, GOB, collectief maatwerkbedrijven and lokale diensteneconomie.",
        "Das vereinfachte Verfahren steht nur GTB, GOB, collectief maatwerkbedrijven und der lokalen Dienstleistungswirtschaft offen.",
    ];
    /// The procedure, or the kind of organisation it depends on, is missing.
    pub const PROCEDURE_OPEN: Texts = &[
        "De procedure, of voor de vereenvoudigde procedure het soort organisatie, ontbreekt nog.",
        "La procédure, ou pour la procédure simplifiée le type d'organisation, manque encore.",
        "The procedure, or for the simplified procedure the kind of organisation, is still missing.",
        "Das Verfahren, oder beim vereinfachten Verfahren die Art der Organisation, fehlt noch.",
    ];
    /// A working area is given (`provinces`, `municipalities`).
    pub const AREA_GIVEN: Texts = &[
        "Werkingsgebied: {provinces} provincie(s) en {municipalities} gemeente(n).",
        "Zone d'activité : {provinces} province(s) et {municipalities} commune(s).",
        "Working area: {provinces} province(s) and {municipalities} municipality(ies).",
        "Tätigkeitsgebiet: {provinces} Provinz(en) und {municipalities} Gemeinde(n).",
    ];
    /// Places outside Flanders, or postcodes that do not exist.
    pub const AREA_OUTSIDE: Texts = &[
        "Het werkingsgebied bevat postcodes buiten het Vlaamse Gewest of die niet bestaan.",
        "La zone d'activité contient des codes postaux hors de la Région flamande ou inexistants.",
        "The working area holds postcodes outside the Flemish Region or that do not exist.",
        "Das Tätigkeitsgebiet enthält Postleitzahlen außerhalb der Flämischen Region oder die nicht existieren.",
    ];
    /// No working area yet.
    pub const AREA_MISSING: Texts = &[
        "Nog geen provincie of gemeente opgegeven.",
        "Aucune province ni commune indiquée.",
        "No province or municipality given yet.",
        "Noch keine Provinz oder Gemeinde angegeben.",
    ];
    /// All conditions met (`total`).
    pub const CONDITIONS_MET: Texts = &[
        "Alle {total} voorwaarden zijn vervuld: kwaliteitsregistratie, ervaring met de doelgroep, een gekwalificeerd begeleider, inschatting van gebied en capaciteit, intervisie.",
        "Les {total} conditions sont remplies : enregistrement qualité, expérience du groupe cible, un accompagnateur qualifié, estimation de la zone et de la capacité, intervision.",
        "All {total} conditions are met: quality registration, target-group experience, a qualified supervisor, estimate of area and capacity, intervision.",
        "Alle {total} Voraussetzungen sind erfüllt: Qualitätsregistrierung, Erfahrung mit der Zielgruppe, eine qualifizierte Begleitperson, Einschätzung von Gebiet und Kapazität, Intervision.",
    ];
    /// A condition is not met (`met`, `total`).
    pub const CONDITIONS_NOT_MET: Texts = &[
        "{met} van de {total} voorwaarden vervuld; minstens één is niet vervuld.",
        "{met} des {total} conditions remplies ; au moins une ne l'est pas.",
        "{met} of {total} conditions met; at least one is not met.",
        "{met} von {total} Voraussetzungen erfüllt; mindestens eine ist nicht erfüllt.",
    ];
    /// Conditions still to be answered (`met`, `total`).
    pub const CONDITIONS_OPEN: Texts = &[
        "{met} van de {total} voorwaarden vervuld; de andere moeten nog ingevuld worden.",
        "{met} des {total} conditions remplies ; les autres restent à compléter.",
        "{met} of {total} conditions met; the others still need an answer.",
        "{met} von {total} Voraussetzungen erfüllt; die anderen sind noch auszufüllen.",
    ];
}
