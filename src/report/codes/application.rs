//! Codes of the `application` family (APP-001..014).

family_codes! {
    /// Codes of the `application` family.
    ApplicationCode, "application";
    /// A date is not `YYYY-MM-DD` or does not exist.
    InvalidDate = "invalid_date", App001, Error, [
        "Vul een bestaande datum in als JJJJ-MM-DD.",
        "Indiquez une date existante au format AAAA-MM-JJ.",
        "Enter a date that exists, as YYYY-MM-DD.",
        "Geben Sie ein gültiges Datum im Format JJJJ-MM-TT ein.",
    ];
    /// Whether VDAB recognised the work limitation is not answered.
    WorkLimitationUnanswered = "work_limitation_unanswered", App001, Error, [
        "Geef aan of VDAB de arbeidsbeperking van de werknemer erkend heeft.",
        "Indiquez si le VDAB a reconnu le handicap professionnel du travailleur.",
        "Say whether VDAB recognised the employee's work limitation.",
        "Geben Sie an, ob der VDAB die Arbeitsbeeinträchtigung der Arbeitnehmerin oder des Arbeitnehmers anerkannt hat.",
    ];
    /// The work limitation is not recognised by VDAB.
    WorkLimitationNotRecognised = "work_limitation_not_recognised", App001, Error, [
        "Individueel maatwerk vraagt een door VDAB erkende arbeidsbeperking. Vraag eerst de erkenning aan bij VDAB.",
        "Le travail adapté individuel requiert un handicap professionnel reconnu par le VDAB. Demandez d'abord la reconnaissance au VDAB.",
        "Individueel maatwerk requires a work limitation recognised by VDAB. Ask VDAB for the recognition first.",
        "Individueel maatwerk setzt eine vom VDAB anerkannte Arbeitsbeeinträchtigung voraus. Beantragen Sie zuerst die Anerkennung beim VDAB.",
    ];
    /// The date of VDAB's indication is missing.
    IndicationDateMissing = "indication_date_missing", App001, Error, [
        "Vul de datum van de indicatie door VDAB in.",
        "Indiquez la date de l'indication du VDAB.",
        "Enter the date of VDAB's indication.",
        "Geben Sie das Datum der Indikation des VDAB ein.",
    ];
    /// The indication is dated after the as-of date.
    IndicationInFuture = "indication_in_future", App001, Error, [
        "De datum van de indicatie ligt na {asOf}: een indicatie moet al gegeven zijn.",
        "La date de l'indication est postérieure au {asOf} : l'indication doit déjà avoir été donnée.",
        "The indication's date is after {asOf}: the indication must already have been given.",
        "Das Datum der Indikation liegt nach dem {asOf}: die Indikation muss bereits erteilt sein.",
    ];
    /// The indication is no longer valid on the as-of date.
    IndicationExpired = "indication_expired", App001, Error, [
        "De indicatie is op {asOf} niet meer geldig (ze geldt hoogstens {years} jaar en niet na de einddatum). Vraag VDAB een nieuwe indicatie.",
        "L'indication n'est plus valable au {asOf} (elle vaut au plus {years} ans et pas après sa date de fin). Demandez une nouvelle indication au VDAB.",
        "The indication is no longer valid on {asOf} (it lasts at most {years} years and not past its end date). Ask VDAB for a new indication.",
        "Die Indikation ist am {asOf} nicht mehr gültig (sie gilt höchstens {years} Jahre und nicht über ihr Enddatum hinaus). Beantragen Sie beim VDAB eine neue Indikation.",
    ];
    /// The indication's end date is before its date.
    IndicationValidUntilBeforeDate = "indication_valid_until_before_date", App001, Error, [
        "De einddatum van de indicatie ligt vóór de datum van de indicatie.",
        "La date de fin de l'indication précède la date de l'indication.",
        "The indication's end date is before the indication's date.",
        "Das Enddatum der Indikation liegt vor dem Datum der Indikation.",
    ];
    /// The indication's end date is more than the maximum validity after its date.
    IndicationValidUntilBeyondLimit = "indication_valid_until_beyond_limit", App001, Warning, [
        "Een indicatie geldt hoogstens {years} jaar: de einddatum ligt later en telt enkel tot {years} jaar na de indicatie.",
        "Une indication vaut au plus {years} ans : la date de fin est plus tardive et ne compte que jusqu'à {years} ans après l'indication.",
        "An indication lasts at most {years} years: the end date is later and counts only up to {years} years after the indication.",
        "Eine Indikation gilt höchstens {years} Jahre: das Enddatum liegt später und zählt nur bis {years} Jahre nach der Indikation.",
    ];
    /// A measure of the indication is not answered.
    IndicationMeasureUnanswered = "indication_measure_unanswered", App001, Error, [
        "Geef aan of VDAB deze maatregel in de indicatie vastgesteld heeft.",
        "Indiquez si le VDAB a constaté cette mesure dans l'indication.",
        "Say whether VDAB found this measure necessary in the indication.",
        "Geben Sie an, ob der VDAB diese Maßnahme in der Indikation festgestellt hat.",
    ];
    /// The indication names no measure at all.
    IndicationWithoutMeasures = "indication_without_measures", App001, Error, [
        "De indicatie stelt geen loonpremie en geen begeleiding vast: zonder vastgestelde behoefte is er geen individueel maatwerk.",
        "L'indication ne constate ni prime salariale ni accompagnement : sans besoin constaté, pas de travail adapté individuel.",
        "The indication finds no need for a loonpremie nor for guidance: without a need there is no individueel maatwerk.",
        "Die Indikation stellt weder eine Lohnprämie noch Begleitung fest: ohne festgestellten Bedarf gibt es kein individueel maatwerk.",
    ];
    /// The indication finds a need for guidance without a loonpremie, which the scheme does
    /// not know ("een en ondeelbaar": no begeleidingspremie without loonpremie).
    IndicationGuidanceWithoutLoonpremie = "indication_guidance_without_loonpremie", App004, Error, [
        "Begeleiding wordt altijd samen met een loonpremie vastgesteld (een en ondeelbaar): kijk de indicatie van VDAB na.",
        "L'accompagnement est toujours constaté avec une prime salariale (un et indivisible) : vérifiez l'indication du VDAB.",
        "Guidance is always indicated together with a loonpremie (one and indivisible): check VDAB's indication.",
        "Begleitung wird immer zusammen mit einer Lohnprämie festgestellt (eins und unteilbar): prüfen Sie die Indikation des VDAB.",
    ];
    /// The employee's Belgian postcode of residence is missing.
    ResidenceMissing = "residence_missing", App002, Error, [
        "Vul de postcode van de woonplaats van de werknemer in (of het land, als die niet in België woont).",
        "Indiquez le code postal du domicile du travailleur (ou le pays, s'il n'habite pas en Belgique).",
        "Enter the postcode where the employee lives (or the country, when not in Belgium).",
        "Geben Sie die Postleitzahl des Wohnorts ein (oder das Land, wenn die Person nicht in Belgien wohnt).",
    ];
    /// The country of residence is not a two-letter ISO code.
    ResidenceCountryInvalid = "residence_country_invalid", App002, Error, [
        "Kies het land van de woonplaats (landcode van 2 letters, bv. BE, NL).",
        "Choisissez le pays du domicile (code pays de 2 lettres, p. ex. BE, NL).",
        "Choose the country of residence (a 2-letter country code, e.g. BE, NL).",
        "Wählen Sie das Wohnsitzland (Ländercode mit 2 Buchstaben, z. B. BE, NL).",
    ];
    /// The employee lives in the Brussels or Walloon Region (`region`).
    ResidenceOutsideFlanders = "residence_outside_flanders", App002, Error, [
        "De werknemer moet in het Vlaamse Gewest wonen: wie in het Brusselse of Waalse Gewest woont, komt niet in aanmerking.",
        "Le travailleur doit habiter en Région flamande : qui habite en Région de Bruxelles-Capitale ou en Région wallonne n'est pas éligible.",
        "The employee must live in the Flemish Region: a resident of the Brussels or Walloon Region is not eligible.",
        "Die Person muss in der Flämischen Region wohnen: wer in der Region Brüssel-Hauptstadt oder der Wallonischen Region wohnt, ist nicht berechtigt.",
    ];
    /// The employee lives outside the EU and the EEA.
    ResidenceOutsideEuEea = "residence_outside_eu_eea", App002, Error, [
        "Wie buiten de Europese Unie en de Europese Economische Ruimte woont, komt niet in aanmerking.",
        "Qui habite hors de l'Union européenne et de l'Espace économique européen n'est pas éligible.",
        "A person living outside the European Union and the European Economic Area is not eligible.",
        "Wer außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums wohnt, ist nicht berechtigt.",
    ];
    /// A resident of another EU/EEA state whose workplace is not in Flanders.
    EuResidentWorkplaceOutsideFlanders = "eu_resident_workplace_outside_flanders", App002, Error, [
        "Wie in een andere lidstaat van de EU of de EER woont, komt enkel in aanmerking als de werkplaats in Vlaanderen ligt.",
        "Qui habite dans un autre État de l'UE ou de l'EEE n'est éligible que si le lieu de travail est en Flandre.",
        "A person living in another EU or EEA state is eligible only when the workplace is in Flanders.",
        "Wer in einem anderen Staat der EU oder des EWR wohnt, ist nur berechtigt, wenn der Arbeitsort in Flandern liegt.",
    ];
    /// The establishment's postcode is missing.
    EstablishmentMissing = "establishment_missing", App003, Error, [
        "Vul de postcode van de vestiging in waar de werknemer werkt (of het land, als die niet in België ligt).",
        "Indiquez le code postal de l'établissement où travaille le travailleur (ou le pays, s'il n'est pas en Belgique).",
        "Enter the postcode of the establishment where the employee works (or the country, when not in Belgium).",
        "Geben Sie die Postleitzahl der Niederlassung ein, in der die Person arbeitet (oder das Land, wenn sie nicht in Belgien liegt).",
    ];
    /// The establishment's country is not a two-letter ISO code.
    EstablishmentCountryInvalid = "establishment_country_invalid", App003, Error, [
        "Kies het land van de vestiging (landcode van 2 letters, bv. BE, NL).",
        "Choisissez le pays de l'établissement (code pays de 2 lettres, p. ex. BE, NL).",
        "Choose the establishment's country (a 2-letter country code, e.g. BE, NL).",
        "Wählen Sie das Land der Niederlassung (Ländercode mit 2 Buchstaben, z. B. BE, NL).",
    ];
    /// A begeleidingspremie for an establishment outside Flanders.
    BegeleidingspremieOutsideFlanders = "begeleidingspremie_outside_flanders", App003, Error, [
        "Een werkgever met een vestiging buiten Vlaanderen (bv. in het Brusselse Gewest) kan enkel de loonpremie krijgen, niet de begeleidingspremie.",
        "Un employeur dont l'établissement est hors de Flandre (p. ex. en Région bruxelloise) ne peut obtenir que la prime salariale, pas la prime d'accompagnement.",
        "An employer whose establishment is outside Flanders (e.g. in the Brussels Region) can only get the loonpremie, not the begeleidingspremie.",
        "Ein Arbeitgeber mit einer Niederlassung außerhalb Flanderns (z. B. in der Region Brüssel) kann nur die Lohnprämie erhalten, nicht die Begleitungsprämie.",
    ];
    /// No premium is requested.
    PremiumsMissing = "premiums_missing", App004, Error, [
        "Duid de premies aan die u aanvraagt: de loonpremie, en de begeleidingspremie als VDAB begeleiding vastgesteld heeft.",
        "Cochez les primes demandées : la prime salariale, et la prime d'accompagnement si le VDAB a constaté un besoin d'accompagnement.",
        "Tick the premiums you apply for: the loonpremie, and the begeleidingspremie when VDAB found a need for guidance.",
        "Kreuzen Sie die beantragten Prämien an: die Lohnprämie und, wenn der VDAB Begleitung festgestellt hat, die Begleitungsprämie.",
    ];
    /// VDAB found a need for both premiums: both must be requested.
    PremiumsIndivisible = "premiums_indivisible", App004, Error, [
        "Een en ondeelbaar: VDAB stelde een behoefte aan loonpremie én begeleiding vast, dus vraagt u beide premies aan en organiseert u de begeleiding.",
        "Un et indivisible : le VDAB a constaté un besoin de prime salariale et d'accompagnement, vous demandez donc les deux primes et organisez l'accompagnement.",
        "One and indivisible: VDAB found a need for both a loonpremie and guidance, so apply for both premiums and organise the guidance.",
        "Eins und unteilbar: der VDAB hat einen Bedarf an Lohnprämie und Begleitung festgestellt, beantragen Sie also beide Prämien und organisieren Sie die Begleitung.",
    ];
    /// A loonpremie is requested but VDAB did not find a need for it.
    LoonpremieNotIndicated = "loonpremie_not_indicated", App004, Error, [
        "VDAB stelde geen behoefte aan een loonpremie vast: u kunt ze niet aanvragen.",
        "Le VDAB n'a pas constaté de besoin de prime salariale : vous ne pouvez pas la demander.",
        "VDAB found no need for a loonpremie: you cannot apply for it.",
        "Der VDAB hat keinen Bedarf an einer Lohnprämie festgestellt: Sie können sie nicht beantragen.",
    ];
    /// A begeleidingspremie is requested but VDAB did not find a need for guidance.
    BegeleidingspremieNotIndicated = "begeleidingspremie_not_indicated", App004, Error, [
        "VDAB stelde geen behoefte aan begeleiding vast: u kunt geen begeleidingspremie aanvragen.",
        "Le VDAB n'a pas constaté de besoin d'accompagnement : vous ne pouvez pas demander la prime d'accompagnement.",
        "VDAB found no need for guidance: you cannot apply for a begeleidingspremie.",
        "Der VDAB hat keinen Bedarf an Begleitung festgestellt: Sie können keine Begleitungsprämie beantragen.",
    ];
    /// A begeleidingspremie without a loonpremie.
    BegeleidingspremieWithoutLoonpremie = "begeleidingspremie_without_loonpremie", App004, Error, [
        "Een begeleidingspremie zonder loonpremie is niet mogelijk: vraag ook de loonpremie aan.",
        "Une prime d'accompagnement sans prime salariale n'est pas possible : demandez aussi la prime salariale.",
        "A begeleidingspremie without a loonpremie is not possible: apply for the loonpremie too.",
        "Eine Begleitungsprämie ohne Lohnprämie ist nicht möglich: beantragen Sie auch die Lohnprämie.",
    ];
    /// Whether an employer or a self-employed person applies is not answered.
    SelfEmployedUnanswered = "self_employed_unanswered", App005, Error, [
        "Geef aan of een werkgever aanvraagt, of een zelfstandige voor zichzelf: dat bepaalt welke premies mogelijk zijn.",
        "Indiquez si un employeur introduit la demande, ou un indépendant pour lui-même : cela détermine les primes possibles.",
        "Say whether an employer applies, or a self-employed person for themselves: that decides which premiums are possible.",
        "Geben Sie an, ob ein Arbeitgeber beantragt oder eine selbstständige Person für sich selbst: das bestimmt, welche Prämien möglich sind.",
    ];
    /// A self-employed person does not request the ondersteuningspremie.
    OndersteuningspremieNotRequested = "ondersteuningspremie_not_requested", App005, Error, [
        "Als zelfstandige vraagt u de ondersteuningspremie aan.",
        "En tant qu'indépendant, vous demandez la prime de soutien.",
        "As a self-employed person you apply for the ondersteuningspremie.",
        "Als Selbstständige oder Selbstständiger beantragen Sie die Unterstützungsprämie.",
    ];
    /// An ondersteuningspremie requested by an employer.
    OndersteuningspremieNotSelfEmployed = "ondersteuningspremie_not_self_employed", App005, Error, [
        "De ondersteuningspremie is er enkel voor zelfstandigen; een werkgever vraagt de loonpremie (en eventueel de begeleidingspremie) aan.",
        "La prime de soutien est réservée aux indépendants ; un employeur demande la prime salariale (et éventuellement la prime d'accompagnement).",
        "The ondersteuningspremie is for self-employed persons only; an employer applies for the loonpremie (and, where indicated, the begeleidingspremie).",
        "Die Unterstützungsprämie gibt es nur für Selbstständige; ein Arbeitgeber beantragt die Lohnprämie (und gegebenenfalls die Begleitungsprämie).",
    ];
    /// A self-employed person requests a begeleidingspremie.
    BegeleidingspremieSelfEmployed = "begeleidingspremie_self_employed", App005, Error, [
        "Voor zelfstandigen is een begeleidingspremie niet mogelijk; zij krijgen de ondersteuningspremie.",
        "Pour les indépendants, une prime d'accompagnement n'est pas possible ; ils reçoivent la prime de soutien.",
        "A begeleidingspremie is not possible for self-employed persons; they get the ondersteuningspremie.",
        "Für Selbstständige ist eine Begleitungsprämie nicht möglich; sie erhalten die Unterstützungsprämie.",
    ];
    /// A self-employed person requests a loonpremie.
    LoonpremieSelfEmployed = "loonpremie_self_employed", App005, Error, [
        "Een zelfstandige vraagt voor zichzelf geen loonpremie aan maar de ondersteuningspremie.",
        "Un indépendant ne demande pas de prime salariale pour lui-même mais la prime de soutien.",
        "A self-employed person does not apply for a loonpremie for themselves but for the ondersteuningspremie.",
        "Selbstständige beantragen für sich keine Lohnprämie, sondern die Unterstützungsprämie.",
    ];
    /// The percentage of the ondersteuningspremie is missing.
    OndersteuningspremiePercentageMissing = "ondersteuningspremie_percentage_missing", App005, Error, [
        "Vul het percentage van de ondersteuningspremie in ({min} tot {max} %).",
        "Indiquez le pourcentage de la prime de soutien ({min} à {max} %).",
        "Enter the ondersteuningspremie's percentage ({min} to {max} %).",
        "Geben Sie den Prozentsatz der Unterstützungsprämie ein ({min} bis {max} %).",
    ];
    /// The percentage of the ondersteuningspremie is outside its range.
    OndersteuningspremiePercentageOutOfRange = "ondersteuningspremie_percentage_out_of_range", App005, Error, [
        "De ondersteuningspremie bedraagt {min} tot {max} % van het referteloon.",
        "La prime de soutien s'élève à {min} à {max} % du salaire de référence.",
        "The ondersteuningspremie is {min} to {max} % of the reference wage.",
        "Die Unterstützungsprämie beträgt {min} bis {max} % des Referenzlohns.",
    ];
    /// The duration of the ondersteuningspremie is missing.
    OndersteuningspremieYearsMissing = "ondersteuningspremie_years_missing", App005, Error, [
        "Vul de duur van de ondersteuningspremie in ({min} tot {max} jaar).",
        "Indiquez la durée de la prime de soutien ({min} à {max} ans).",
        "Enter the ondersteuningspremie's duration ({min} to {max} years).",
        "Geben Sie die Dauer der Unterstützungsprämie ein ({min} bis {max} Jahre).",
    ];
    /// The duration of the ondersteuningspremie is not a whole number in its range.
    OndersteuningspremieYearsOutOfRange = "ondersteuningspremie_years_out_of_range", App005, Error, [
        "De ondersteuningspremie loopt een geheel aantal jaren, {min} tot {max}.",
        "La prime de soutien court un nombre entier d'années, de {min} à {max}.",
        "The ondersteuningspremie runs a whole number of years, {min} to {max}.",
        "Die Unterstützungsprämie läuft eine ganze Zahl von Jahren, {min} bis {max}.",
    ];
    /// Guidance is indicated but not said how it is organised.
    GuidanceOrganisationMissing = "guidance_organisation_missing", App006, Error, [
        "VDAB stelde begeleiding vast: kies of u die intern (met een eigen werknemer) of extern (bij een geregistreerde dienstverlener) organiseert.",
        "Le VDAB a constaté un besoin d'accompagnement : choisissez de l'organiser en interne (avec un membre de votre personnel) ou en externe (chez un prestataire enregistré).",
        "VDAB found a need for guidance: choose whether you organise it internally (with an own employee) or externally (with a registered provider).",
        "Der VDAB hat Begleitung festgestellt: wählen Sie, ob Sie sie intern (mit eigenem Personal) oder extern (bei einem registrierten Dienstleister) organisieren.",
    ];
    /// Internal guidance without a named supervisor.
    InternalSupervisorMissing = "internal_supervisor_missing", App006, Error, [
        "Vul de eigen werknemer in die de rol van gekwalificeerd begeleider opneemt.",
        "Indiquez le membre du personnel qui assume le rôle d'accompagnateur qualifié.",
        "Enter the own employee who acts as qualified supervisor.",
        "Geben Sie die eigene Arbeitskraft an, die die Rolle der qualifizierten Begleitperson übernimmt.",
    ];
    /// External guidance without the provider's registration number or a valid KBO.
    ExternalProviderUnidentified = "external_provider_unidentified", App006, Error, [
        "Identificeer de externe dienstverlener met zijn registratienummer of zijn ondernemingsnummer: enkel geregistreerde dienstverleners komen in aanmerking.",
        "Identifiez le prestataire externe par son numéro d'enregistrement ou son numéro d'entreprise : seuls les prestataires enregistrés entrent en ligne de compte.",
        "Identify the external provider by its registration number or its enterprise number: only registered providers qualify.",
        "Identifizieren Sie den externen Dienstleister mit seiner Registrierungsnummer oder Unternehmensnummer: nur registrierte Dienstleister kommen in Frage.",
    ];
    /// No collega-coach named.
    CollegaCoachMissing = "collega_coach_missing", App006, Error, [
        "Vul de collega-coach in die de dagelijkse opvolging doet.",
        "Indiquez le collègue-coach qui assure le suivi quotidien.",
        "Enter the collega-coach who does the daily follow-up.",
        "Geben Sie die Kollegin oder den Kollegen an, die oder der als Coach die tägliche Begleitung übernimmt.",
    ];
    /// Whether the collega-coach works for the same employer is not answered.
    CollegaCoachSameEmployerMissing = "collega_coach_same_employer_missing", App006, Error, [
        "Geef aan of de collega-coach bij dezelfde werkgever werkt.",
        "Indiquez si le collègue-coach travaille chez le même employeur.",
        "Say whether the collega-coach works for the same employer.",
        "Geben Sie an, ob der Coach beim selben Arbeitgeber arbeitet.",
    ];
    /// The collega-coach works for another employer.
    CollegaCoachOtherEmployer = "collega_coach_other_employer", App006, Error, [
        "De collega-coach is een collega: die werkt bij dezelfde werkgever als de werknemer.",
        "Le collègue-coach est un collègue : il travaille chez le même employeur que le travailleur.",
        "The collega-coach is a colleague: they work for the same employer as the employee.",
        "Der Coach ist eine Kollegin oder ein Kollege: er arbeitet beim selben Arbeitgeber wie die Person.",
    ];
    /// The collega-coach is the employee.
    CollegaCoachIsEmployee = "collega_coach_is_employee", App006, Error, [
        "De werknemer kan niet zijn eigen collega-coach zijn.",
        "Le travailleur ne peut pas être son propre collègue-coach.",
        "The employee cannot be their own collega-coach.",
        "Die Person kann nicht ihr eigener Coach sein.",
    ];
    /// The collega-coach is the qualified supervisor.
    CollegaCoachIsSupervisor = "collega_coach_is_supervisor", App006, Error, [
        "De collega-coach en de gekwalificeerd begeleider zijn twee verschillende personen.",
        "Le collègue-coach et l'accompagnateur qualifié sont deux personnes différentes.",
        "The collega-coach and the qualified supervisor are two different people.",
        "Der Coach und die qualifizierte Begleitperson sind zwei verschiedene Personen.",
    ];
    /// Internal guidance without proof of the supervisor's qualification.
    QualificationProofMissing = "qualification_proof_missing", App007, Error, [
        "Voeg een bewijs toe dat de interne begeleider gekwalificeerd is (bv. een kopie van het diploma of een bewijs van ervaring). Een registratie als externe dienstverlener is niet nodig.",
        "Joignez une preuve que l'accompagnateur interne est qualifié (p. ex. une copie du diplôme ou une preuve d'expérience). Un enregistrement comme prestataire externe n'est pas nécessaire.",
        "Attach proof that the internal supervisor is qualified (e.g. a copy of the diploma, or proof of experience). No registration as external provider is needed.",
        "Fügen Sie einen Nachweis bei, dass die interne Begleitperson qualifiziert ist (z. B. eine Kopie des Diploms oder einen Erfahrungsnachweis). Eine Registrierung als externer Dienstleister ist nicht nötig.",
    ];
    /// The contract's start date is missing.
    ContractStartMissing = "contract_start_missing", App008, Error, [
        "Vul de begindatum van de tewerkstelling in.",
        "Indiquez la date de début de l'occupation.",
        "Enter the start date of the employment.",
        "Geben Sie das Anfangsdatum der Beschäftigung ein.",
    ];
    /// The contract ends before it starts.
    ContractReversed = "contract_reversed", App008, Error, [
        "De einddatum van de tewerkstelling ligt vóór de begindatum.",
        "La date de fin de l'occupation précède la date de début.",
        "The employment's end date is before its start date.",
        "Das Enddatum der Beschäftigung liegt vor dem Anfangsdatum.",
    ];
    /// The application is dated before the employment starts.
    ApplicationBeforeContractStart = "application_before_contract_start", App008, Error, [
        "De aanvraag gebeurt tijdens de tewerkstelling: de aanvraagdatum ligt vóór de begindatum van de tewerkstelling.",
        "La demande est introduite pendant l'occupation : la date de demande précède le début de l'occupation.",
        "The application is filed during the employment: the application date is before the employment's start.",
        "Der Antrag wird während der Beschäftigung gestellt: das Antragsdatum liegt vor dem Beginn der Beschäftigung.",
    ];
    /// The application is dated after the employment ended.
    ApplicationAfterContractEnd = "application_after_contract_end", App008, Error, [
        "De aanvraag gebeurt tijdens de tewerkstelling: de aanvraagdatum ligt na het einde van de tewerkstelling.",
        "La demande est introduite pendant l'occupation : la date de demande est postérieure à la fin de l'occupation.",
        "The application is filed during the employment: the application date is after the employment ended.",
        "Der Antrag wird während der Beschäftigung gestellt: das Antragsdatum liegt nach dem Ende der Beschäftigung.",
    ];
    /// The employer's enterprise number is missing.
    KboMissing = "kbo_missing", App009, Error, [
        "Vul het ondernemingsnummer (KBO) in; voor een school dat van de scholengroep.",
        "Indiquez le numéro d'entreprise (BCE) ; pour une école, celui du groupe scolaire.",
        "Enter the enterprise number (KBO); for a school, that of its school group.",
        "Geben Sie die Unternehmensnummer (ZDU) ein; für eine Schule die der Schulgruppe.",
    ];
    /// The employee's INSZ is missing.
    InszMissing = "insz_missing", App009, Error, [
        "Vul het rijksregister- of BIS-nummer van de werknemer in.",
        "Indiquez le numéro de registre national ou BIS du travailleur.",
        "Enter the employee's national register or BIS number.",
        "Geben Sie die Nationalregister- oder BIS-Nummer der Person ein.",
    ];
    /// The kind of employer is missing.
    EmployerTypeMissing = "employer_type_missing", App010, Error, [
        "Kies het soort werkgever.",
        "Choisissez le type d'employeur.",
        "Choose the kind of employer.",
        "Wählen Sie die Art des Arbeitgebers.",
    ];
    /// The kind of employer is not eligible.
    EmployerTypeNotEligible = "employer_type_not_eligible", App010, Error, [
        "Enkel privéwerkgevers, scholen en lokale besturen komen in aanmerking; andere overheden niet.",
        "Seuls les employeurs privés, les écoles et les pouvoirs locaux sont éligibles ; les autres autorités publiques ne le sont pas.",
        "Only private employers, schools and local authorities are eligible; other public authorities are not.",
        "Nur private Arbeitgeber, Schulen und lokale Behörden sind berechtigt; andere Behörden nicht.",
    ];
    /// Whether the employer is an undertaking in difficulty is not answered.
    InDifficultyUnanswered = "in_difficulty_unanswered", App010, Error, [
        "Geef aan of de onderneming een onderneming in moeilijkheden is.",
        "Indiquez si l'entreprise est une entreprise en difficulté.",
        "Say whether the undertaking is an undertaking in difficulty.",
        "Geben Sie an, ob das Unternehmen ein Unternehmen in Schwierigkeiten ist.",
    ];
    /// The employer is an undertaking in difficulty.
    EmployerInDifficulty = "employer_in_difficulty", App010, Error, [
        "Een onderneming in moeilijkheden komt niet in aanmerking voor individueel maatwerk.",
        "Une entreprise en difficulté n'est pas éligible au travail adapté individuel.",
        "An undertaking in difficulty is not eligible for individueel maatwerk.",
        "Ein Unternehmen in Schwierigkeiten ist für individueel maatwerk nicht berechtigt.",
    ];
    /// The application date is missing.
    ApplicationDateMissing = "application_date_missing", App011, Error, [
        "Vul de datum van de aanvraag in.",
        "Indiquez la date de la demande.",
        "Enter the date of the application.",
        "Geben Sie das Datum des Antrags ein.",
    ];
    /// The application is dated before the scheme accepted applications.
    BeforeSchemeStart = "before_scheme_start", App011, Error, [
        "Aanvragen voor individueel maatwerk zijn pas mogelijk vanaf {from}.",
        "Les demandes de travail adapté individuel ne sont possibles qu'à partir du {from}.",
        "Applications for individueel maatwerk are possible only from {from}.",
        "Anträge auf individueel maatwerk sind erst ab dem {from} möglich.",
    ];
    /// The as-of date is before the scheme accepted applications.
    SchemeNotStarted = "scheme_not_started", App011, Error, [
        "Op {asOf} bestaat individueel maatwerk nog niet: aanvragen zijn mogelijk vanaf {from}.",
        "Au {asOf}, le travail adapté individuel n'existe pas encore : les demandes sont possibles à partir du {from}.",
        "On {asOf} individueel maatwerk does not exist yet: applications are possible from {from}.",
        "Am {asOf} gibt es individueel maatwerk noch nicht: Anträge sind ab dem {from} möglich.",
    ];
    /// The application is dated after the as-of date.
    ApplicationDateInFuture = "application_date_in_future", App011, Warning, [
        "De aanvraagdatum ligt na {asOf}.",
        "La date de la demande est postérieure au {asOf}.",
        "The application date is after {asOf}.",
        "Das Antragsdatum liegt nach dem {asOf}.",
    ];
    /// The employee has a running VOP.
    VopTransition = "vop_transition", App012, Info, [
        "Lopende VOP: stelt VDAB een begeleidingsnood vast, dan wordt de begeleiding georganiseerd zoals binnen individueel maatwerk. Interne begeleiding vraagt geen registratie.",
        "VOP en cours : si le VDAB constate un besoin d'accompagnement, l'accompagnement est organisé comme dans le travail adapté individuel. L'accompagnement interne ne requiert pas d'enregistrement.",
        "Running VOP: when VDAB finds a need for guidance, the guidance is organised as in individueel maatwerk. Internal guidance needs no registration.",
        "Laufende VOP: stellt der VDAB einen Begleitungsbedarf fest, wird die Begleitung wie im individueel maatwerk organisiert. Interne Begleitung erfordert keine Registrierung.",
    ];
    /// The employer chooses the external provider; the employee should be involved.
    EmployeeInvolvement = "employee_involvement", App013, Info, [
        "De werkgever kiest de externe dienstverlener; betrek idealiter de werknemer bij die keuze en leg de afspraken vast in het ondersteuningsplan.",
        "L'employeur choisit le prestataire externe ; idéalement, associez le travailleur à ce choix et consignez les accords dans le plan de soutien.",
        "The employer chooses the external provider; ideally involve the employee in that choice and record the arrangements in the support plan.",
        "Der Arbeitgeber wählt den externen Dienstleister; beziehen Sie idealerweise die Person in die Wahl ein und halten Sie die Absprachen im Unterstützungsplan fest.",
    ];
    /// The employee works part-time for several employers.
    EachEmployerApplies = "each_employer_applies", App014, Info, [
        "Werkt de werknemer deeltijds bij meerdere werkgevers, dan dient elke werkgever een eigen aanvraag in.",
        "Si le travailleur travaille à temps partiel chez plusieurs employeurs, chaque employeur introduit sa propre demande.",
        "When the employee works part-time for several employers, each employer files its own application.",
        "Arbeitet die Person in Teilzeit bei mehreren Arbeitgebern, stellt jeder Arbeitgeber einen eigenen Antrag.",
    ];
}

/// Explanations of the application requirements (APP-001..014).
pub mod explain {
    use crate::locale::Texts;

    /// Facts are still missing (listed in `missing`).
    pub const FACTS_MISSING: Texts = &[
        "Nog niet te beoordelen: vul de ontbrekende gegevens in.",
        "Pas encore possible d'évaluer : complétez les données manquantes.",
        "Not decidable yet: fill in the missing facts.",
        "Noch nicht zu beurteilen: ergänzen Sie die fehlenden Angaben.",
    ];
    /// Not applicable: a rule for employers, and a self-employed person applies.
    pub const NOT_FOR_SELF_EMPLOYED: Texts = &[
        "Niet van toepassing: een zelfstandige vraagt voor zichzelf aan.",
        "Sans objet : un indépendant introduit la demande pour lui-même.",
        "Not applicable: a self-employed person applies for themselves.",
        "Nicht anwendbar: eine selbstständige Person beantragt für sich selbst.",
    ];
    /// APP-001 met (`asOf`).
    pub const INDICATION_VALID: Texts = &[
        "Arbeidsbeperking erkend door VDAB en indicatie geldig op {asOf}.",
        "Handicap professionnel reconnu par le VDAB et indication valable au {asOf}.",
        "Work limitation recognised by VDAB and indication valid on {asOf}.",
        "Arbeitsbeeinträchtigung vom VDAB anerkannt und Indikation gültig am {asOf}.",
    ];
    /// APP-001 not met (`asOf`).
    pub const INDICATION_NOT_VALID: Texts = &[
        "Geen erkende arbeidsbeperking, of geen geldige indicatie van VDAB op {asOf}.",
        "Pas de handicap professionnel reconnu, ou pas d'indication valable du VDAB au {asOf}.",
        "No recognised work limitation, or no valid VDAB indication on {asOf}.",
        "Keine anerkannte Arbeitsbeeinträchtigung oder keine gültige Indikation des VDAB am {asOf}.",
    ];
    /// APP-002 met: lives in Flanders.
    pub const RESIDENT_IN_FLANDERS: Texts = &[
        "De werknemer woont in het Vlaamse Gewest.",
        "Le travailleur habite en Région flamande.",
        "The employee lives in the Flemish Region.",
        "Die Person wohnt in der Flämischen Region.",
    ];
    /// APP-002 met: lives in another EU/EEA state and works in Flanders.
    pub const EU_RESIDENT_WORKING_IN_FLANDERS: Texts = &[
        "De werknemer woont in een andere lidstaat van de EU of de EER en werkt in Vlaanderen.",
        "Le travailleur habite dans un autre État de l'UE ou de l'EEE et travaille en Flandre.",
        "The employee lives in another EU or EEA state and works in Flanders.",
        "Die Person wohnt in einem anderen Staat der EU oder des EWR und arbeitet in Flandern.",
    ];
    /// APP-002 not met.
    pub const RESIDENCE_NOT_ELIGIBLE: Texts = &[
        "De woonplaats komt niet in aanmerking: in Vlaanderen wonen, of in een andere lidstaat van de EU of de EER met een werkplaats in Vlaanderen.",
        "Le domicile n'est pas éligible : habiter en Flandre, ou dans un autre État de l'UE ou de l'EEE avec un lieu de travail en Flandre.",
        "The residence is not eligible: living in Flanders, or in another EU or EEA state with a workplace in Flanders.",
        "Der Wohnsitz ist nicht berechtigt: Wohnsitz in Flandern oder in einem anderen Staat der EU oder des EWR mit Arbeitsort in Flandern.",
    ];
    /// APP-003 met: establishment in Flanders.
    pub const ESTABLISHMENT_IN_FLANDERS: Texts = &[
        "De vestiging ligt in Vlaanderen: loonpremie en begeleidingspremie zijn mogelijk.",
        "L'établissement est en Flandre : prime salariale et prime d'accompagnement sont possibles.",
        "The establishment is in Flanders: loonpremie and begeleidingspremie are possible.",
        "Die Niederlassung liegt in Flandern: Lohnprämie und Begleitungsprämie sind möglich.",
    ];
    /// APP-003 met: no begeleidingspremie asked, so the establishment does not matter.
    pub const NO_BEGELEIDINGSPREMIE_ASKED: Texts = &[
        "Geen begeleidingspremie aangevraagd: de loonpremie kan ook voor een vestiging buiten Vlaanderen.",
        "Pas de prime d'accompagnement demandée : la prime salariale est possible aussi pour un établissement hors de Flandre.",
        "No begeleidingspremie asked: the loonpremie is possible for an establishment outside Flanders too.",
        "Keine Begleitungsprämie beantragt: die Lohnprämie ist auch für eine Niederlassung außerhalb Flanderns möglich.",
    ];
    /// APP-003 not met.
    pub const ONLY_LOONPREMIE_OUTSIDE_FLANDERS: Texts = &[
        "De vestiging ligt buiten Vlaanderen: enkel de loonpremie is mogelijk, niet de begeleidingspremie.",
        "L'établissement est hors de Flandre : seule la prime salariale est possible, pas la prime d'accompagnement.",
        "The establishment is outside Flanders: only the loonpremie is possible, not the begeleidingspremie.",
        "Die Niederlassung liegt außerhalb Flanderns: nur die Lohnprämie ist möglich, nicht die Begleitungsprämie.",
    ];
    /// APP-004 met.
    pub const PREMIUMS_MATCH_INDICATION: Texts = &[
        "De aangevraagde premies volgen de indicatie van VDAB.",
        "Les primes demandées suivent l'indication du VDAB.",
        "The premiums applied for follow VDAB's indication.",
        "Die beantragten Prämien folgen der Indikation des VDAB.",
    ];
    /// APP-004 not met.
    pub const PREMIUMS_DO_NOT_MATCH: Texts = &[
        "Een en ondeelbaar: de aangevraagde premies volgen de indicatie van VDAB niet.",
        "Un et indivisible : les primes demandées ne suivent pas l'indication du VDAB.",
        "One and indivisible: the premiums applied for do not follow VDAB's indication.",
        "Eins und unteilbar: die beantragten Prämien folgen nicht der Indikation des VDAB.",
    ];
    /// APP-005 met for a self-employed person (`min`..`max` etc. not needed).
    pub const SELF_EMPLOYED_PREMIUM_OK: Texts = &[
        "Zelfstandige: de ondersteuningspremie is aangevraagd binnen 20-55 % en 2-5 jaar.",
        "Indépendant : la prime de soutien est demandée dans les limites de 20-55 % et 2-5 ans.",
        "Self-employed: the ondersteuningspremie is asked within 20-55 % and 2-5 years.",
        "Selbstständig: die Unterstützungsprämie ist innerhalb von 20-55 % und 2-5 Jahren beantragt.",
    ];
    /// APP-005 not met for a self-employed person.
    pub const SELF_EMPLOYED_PREMIUM_WRONG: Texts = &[
        "Zelfstandige: enkel de ondersteuningspremie (20-55 %, 2-5 jaar) is mogelijk, geen begeleidingspremie.",
        "Indépendant : seule la prime de soutien (20-55 %, 2-5 ans) est possible, pas de prime d'accompagnement.",
        "Self-employed: only the ondersteuningspremie (20-55 %, 2-5 years) is possible, no begeleidingspremie.",
        "Selbstständig: nur die Unterstützungsprämie (20-55 %, 2-5 Jahre) ist möglich, keine Begleitungsprämie.",
    ];
    /// APP-005 not applicable: an employer applies and asks no ondersteuningspremie.
    pub const EMPLOYER_NO_ONDERSTEUNINGSPREMIE: Texts = &[
        "Niet van toepassing: een werkgever vraagt aan, en de ondersteuningspremie is voor zelfstandigen.",
        "Sans objet : un employeur introduit la demande, et la prime de soutien est réservée aux indépendants.",
        "Not applicable: an employer applies, and the ondersteuningspremie is for self-employed persons.",
        "Nicht anwendbar: ein Arbeitgeber beantragt, und die Unterstützungsprämie ist für Selbstständige.",
    ];
    /// APP-005 not met for an employer.
    pub const EMPLOYER_ONDERSTEUNINGSPREMIE: Texts = &[
        "Een werkgever kan geen ondersteuningspremie aanvragen: die is voor zelfstandigen.",
        "Un employeur ne peut pas demander la prime de soutien : elle est réservée aux indépendants.",
        "An employer cannot apply for the ondersteuningspremie: it is for self-employed persons.",
        "Ein Arbeitgeber kann keine Unterstützungsprämie beantragen: sie ist für Selbstständige.",
    ];
    /// APP-006/007/013 not applicable: VDAB found no need for guidance.
    pub const NO_GUIDANCE_INDICATED: Texts = &[
        "Niet van toepassing: VDAB stelde geen begeleiding vast, dus er moet geen begeleiding georganiseerd worden.",
        "Sans objet : le VDAB n'a pas constaté de besoin d'accompagnement, donc aucun accompagnement à organiser.",
        "Not applicable: VDAB found no need for guidance, so no guidance has to be organised.",
        "Nicht anwendbar: der VDAB hat keinen Begleitungsbedarf festgestellt, also ist keine Begleitung zu organisieren.",
    ];
    /// APP-003/006/007/013 not applicable: outside Flanders no begeleidingspremie, so no
    /// guidance under the scheme.
    pub const NO_GUIDANCE_OUTSIDE_FLANDERS: Texts = &[
        "Niet van toepassing: de vestiging ligt buiten Vlaanderen, waar geen begeleidingspremie bestaat, dus geen begeleiding te organiseren binnen deze regeling.",
        "Sans objet : l'établissement est hors de Flandre, où la prime d'accompagnement n'existe pas, donc pas d'accompagnement à organiser dans ce régime.",
        "Not applicable: the establishment is outside Flanders, where no begeleidingspremie exists, so no guidance to organise under this scheme.",
        "Nicht anwendbar: die Niederlassung liegt außerhalb Flanderns, wo es keine Begleitungsprämie gibt, also keine Begleitung im Rahmen dieser Regelung.",
    ];
    /// APP-006/007/013 not applicable: no begeleidingspremie asked.
    pub const NO_BEGELEIDINGSPREMIE_NO_GUIDANCE: Texts = &[
        "Niet van toepassing: er is geen begeleidingspremie aangevraagd, dus geen begeleiding binnen deze regeling (of de indicatie de premie vraagt, beoordeelt APP-004).",
        "Sans objet : aucune prime d'accompagnement n'est demandée, donc pas d'accompagnement dans ce régime (APP-004 vérifie si l'indication la requiert).",
        "Not applicable: no begeleidingspremie is asked, so no guidance under this scheme (whether the indication asks for it is APP-004's question).",
        "Nicht anwendbar: es ist keine Begleitungsprämie beantragt, also keine Begleitung im Rahmen dieser Regelung (ob die Indikation sie verlangt, prüft APP-004).",
    ];
    /// APP-006 met with internal guidance.
    pub const GUIDANCE_INTERNAL: Texts = &[
        "Interne begeleiding door een gekwalificeerde eigen werknemer, met een collega-coach.",
        "Accompagnement interne par un membre du personnel qualifié, avec un collègue-coach.",
        "Internal guidance by a qualified own employee, with a collega-coach.",
        "Interne Begleitung durch eine qualifizierte eigene Arbeitskraft, mit einem Coach.",
    ];
    /// APP-006 met with external guidance.
    pub const GUIDANCE_EXTERNAL: Texts = &[
        "Externe begeleiding door een geregistreerde dienstverlener, met een collega-coach.",
        "Accompagnement externe par un prestataire enregistré, avec un collègue-coach.",
        "External guidance by a registered provider, with a collega-coach.",
        "Externe Begleitung durch einen registrierten Dienstleister, mit einem Coach.",
    ];
    /// APP-006 not met.
    pub const GUIDANCE_NOT_ORGANISED: Texts = &[
        "De begeleiding is niet georganiseerd zoals vereist: een gekwalificeerd begeleider (intern) of een geregistreerde dienstverlener (extern), plus een collega-coach bij dezelfde werkgever.",
        "L'accompagnement n'est pas organisé comme requis : un accompagnateur qualifié (interne) ou un prestataire enregistré (externe), plus un collègue-coach chez le même employeur.",
        "The guidance is not organised as required: a qualified supervisor (internal) or a registered provider (external), plus a collega-coach at the same employer.",
        "Die Begleitung ist nicht wie verlangt organisiert: eine qualifizierte Begleitperson (intern) oder ein registrierter Dienstleister (extern), dazu ein Coach beim selben Arbeitgeber.",
    ];
    /// APP-007 met: proof attached.
    pub const PROOF_ATTACHED: Texts = &[
        "Interne begeleiding: bewijs van kwalificatie toegevoegd; geen registratie als externe dienstverlener nodig.",
        "Accompagnement interne : preuve de qualification jointe ; pas d'enregistrement comme prestataire externe nécessaire.",
        "Internal guidance: proof of qualification attached; no registration as external provider needed.",
        "Interne Begleitung: Qualifikationsnachweis beigefügt; keine Registrierung als externer Dienstleister nötig.",
    ];
    /// APP-007 not met.
    pub const PROOF_MISSING: Texts = &[
        "Interne begeleiding vraagt een bewijs dat de begeleider gekwalificeerd is (bv. kopie van het diploma).",
        "L'accompagnement interne requiert une preuve que l'accompagnateur est qualifié (p. ex. copie du diplôme).",
        "Internal guidance needs proof that the supervisor is qualified (e.g. a copy of the diploma).",
        "Interne Begleitung erfordert einen Nachweis der Qualifikation der Begleitperson (z. B. Kopie des Diploms).",
    ];
    /// APP-007 not applicable: guidance is external.
    pub const EXTERNAL_GUIDANCE: Texts = &[
        "Niet van toepassing: externe begeleiding door een geregistreerde dienstverlener; geen bewijs van kwalificatie bij de aanvraag nodig.",
        "Sans objet : accompagnement externe par un prestataire enregistré ; pas de preuve de qualification à joindre.",
        "Not applicable: external guidance by a registered provider; no proof of qualification needed with the application.",
        "Nicht anwendbar: externe Begleitung durch einen registrierten Dienstleister; kein Qualifikationsnachweis beim Antrag nötig.",
    ];
    /// APP-008 met.
    pub const DURING_EMPLOYMENT: Texts = &[
        "De aanvraag is ingediend tijdens de tewerkstelling.",
        "La demande est introduite pendant l'occupation.",
        "The application is filed during the employment.",
        "Der Antrag ist während der Beschäftigung gestellt.",
    ];
    /// APP-008 not met.
    pub const NOT_DURING_EMPLOYMENT: Texts = &[
        "De aanvraag valt niet binnen de tewerkstelling (van de begindatum tot en met de einddatum).",
        "La demande ne se situe pas pendant l'occupation (du début jusqu'à la fin incluse).",
        "The application does not fall within the employment (from its start up to and including its end).",
        "Der Antrag liegt nicht innerhalb der Beschäftigung (vom Beginn bis einschließlich Ende).",
    ];
    /// APP-009 met.
    pub const IDS_VALID: Texts = &[
        "Werkgever geïdentificeerd met een geldig ondernemingsnummer, werknemer met een geldig INSZ.",
        "Employeur identifié par un numéro d'entreprise valable, travailleur par un NISS valable.",
        "Employer identified by a valid enterprise number, employee by a valid INSZ.",
        "Arbeitgeber mit gültiger Unternehmensnummer, Person mit gültiger INSZ identifiziert.",
    ];
    /// APP-009 not met.
    pub const IDS_INVALID: Texts = &[
        "Het ondernemingsnummer of het INSZ is niet geldig.",
        "Le numéro d'entreprise ou le NISS n'est pas valable.",
        "The enterprise number or the INSZ is not valid.",
        "Die Unternehmensnummer oder die INSZ ist nicht gültig.",
    ];
    /// APP-010 met.
    pub const EMPLOYER_ELIGIBLE: Texts = &[
        "Het soort werkgever komt in aanmerking en het is geen onderneming in moeilijkheden.",
        "Le type d'employeur est éligible et ce n'est pas une entreprise en difficulté.",
        "The kind of employer is eligible and it is not an undertaking in difficulty.",
        "Die Art des Arbeitgebers ist berechtigt, und es ist kein Unternehmen in Schwierigkeiten.",
    ];
    /// APP-010 not met.
    pub const EMPLOYER_NOT_ELIGIBLE: Texts = &[
        "De werkgever komt niet in aanmerking: een andere overheid of een onderneming in moeilijkheden.",
        "L'employeur n'est pas éligible : une autre autorité publique ou une entreprise en difficulté.",
        "The employer is not eligible: another public authority or an undertaking in difficulty.",
        "Der Arbeitgeber ist nicht berechtigt: eine andere Behörde oder ein Unternehmen in Schwierigkeiten.",
    ];
    /// APP-010 not met for a self-employed person whose undertaking is in difficulty.
    pub const SELF_EMPLOYED_IN_DIFFICULTY: Texts = &[
        "Zelfstandige die voor zichzelf aanvraagt: een onderneming in moeilijkheden komt niet in aanmerking.",
        "Indépendant demandant pour lui-même : une entreprise en difficulté n'est pas éligible.",
        "A self-employed person applying for themselves: an undertaking in difficulty is not eligible.",
        "Selbstständige Person, die für sich beantragt: ein Unternehmen in Schwierigkeiten ist nicht berechtigt.",
    ];
    /// APP-010 met for a self-employed person (not an employer) who is not in difficulty.
    pub const SELF_EMPLOYED_NOT_IN_DIFFICULTY: Texts = &[
        "Zelfstandige die voor zichzelf aanvraagt; geen onderneming in moeilijkheden.",
        "Indépendant demandant pour lui-même ; pas une entreprise en difficulté.",
        "A self-employed person applying for themselves; not an undertaking in difficulty.",
        "Selbstständige Person, die für sich beantragt; kein Unternehmen in Schwierigkeiten.",
    ];
    /// APP-011 met (`from`).
    pub const SCHEME_OPEN: Texts = &[
        "Aanvraag op of na {from}, de start van individueel maatwerk.",
        "Demande le {from} ou après, début du travail adapté individuel.",
        "Application on or after {from}, the start of individueel maatwerk.",
        "Antrag am oder nach dem {from}, dem Start von individueel maatwerk.",
    ];
    /// APP-011 not met (`from`).
    pub const BEFORE_SCHEME: Texts = &[
        "Individueel maatwerk kan pas aangevraagd worden vanaf {from}.",
        "Le travail adapté individuel ne peut être demandé qu'à partir du {from}.",
        "Individueel maatwerk can be applied for only from {from}.",
        "Individueel maatwerk kann erst ab dem {from} beantragt werden.",
    ];
    /// APP-012 with a running VOP.
    pub const VOP_RUNNING: Texts = &[
        "Lopende VOP: vastgestelde begeleiding wordt georganiseerd zoals binnen individueel maatwerk; interne begeleiding vraagt geen registratie.",
        "VOP en cours : l'accompagnement constaté est organisé comme dans le travail adapté individuel ; l'accompagnement interne ne requiert pas d'enregistrement.",
        "Running VOP: indicated guidance is organised as in individueel maatwerk; internal guidance needs no registration.",
        "Laufende VOP: festgestellte Begleitung wird wie im individueel maatwerk organisiert; interne Begleitung erfordert keine Registrierung.",
    ];
    /// APP-012 not applicable: no running VOP.
    pub const NO_VOP: Texts = &[
        "Niet van toepassing: er loopt geen VOP.",
        "Sans objet : aucune VOP n'est en cours.",
        "Not applicable: no VOP is running.",
        "Nicht anwendbar: es läuft keine VOP.",
    ];
    /// APP-013 with the employee involved.
    pub const EMPLOYEE_INVOLVED: Texts = &[
        "De werknemer is betrokken bij de keuze van de externe dienstverlener.",
        "Le travailleur a été associé au choix du prestataire externe.",
        "The employee was involved in choosing the external provider.",
        "Die Person wurde in die Wahl des externen Dienstleisters einbezogen.",
    ];
    /// APP-013 without the employee's involvement recorded.
    pub const EMPLOYEE_INVOLVEMENT_ADVISED: Texts = &[
        "De werkgever kiest de externe dienstverlener; betrek idealiter de werknemer bij die keuze (vastgelegd in het ondersteuningsplan).",
        "L'employeur choisit le prestataire externe ; idéalement, le travailleur est associé au choix (consigné dans le plan de soutien).",
        "The employer chooses the external provider; ideally the employee is involved in the choice (recorded in the support plan).",
        "Der Arbeitgeber wählt den externen Dienstleister; idealerweise wird die Person einbezogen (im Unterstützungsplan festgehalten).",
    ];
    /// APP-013 not applicable: internal guidance.
    pub const NO_EXTERNAL_PROVIDER: Texts = &[
        "Niet van toepassing: interne begeleiding, er is geen externe dienstverlener te kiezen.",
        "Sans objet : accompagnement interne, il n'y a pas de prestataire externe à choisir.",
        "Not applicable: internal guidance, there is no external provider to choose.",
        "Nicht anwendbar: interne Begleitung, es ist kein externer Dienstleister zu wählen.",
    ];
    /// APP-014 with other employers.
    pub const EACH_EMPLOYER_APPLIES: Texts = &[
        "Deeltijds bij meerdere werkgevers: elke werkgever dient een eigen aanvraag in.",
        "Temps partiel chez plusieurs employeurs : chaque employeur introduit sa propre demande.",
        "Part-time with several employers: each employer files its own application.",
        "Teilzeit bei mehreren Arbeitgebern: jeder Arbeitgeber stellt einen eigenen Antrag.",
    ];
    /// APP-014 not applicable: no other employers.
    pub const SINGLE_EMPLOYER: Texts = &[
        "Niet van toepassing: de werknemer werkt niet deeltijds bij andere werkgevers.",
        "Sans objet : le travailleur ne travaille pas à temps partiel chez d'autres employeurs.",
        "Not applicable: the employee does not work part-time for other employers.",
        "Nicht anwendbar: die Person arbeitet nicht in Teilzeit bei anderen Arbeitgebern.",
    ];
}
