//! Catalogue entries of the `application` family.

use super::sources::{BVR_2024, DECREE, FAQ, WSE_PAGES};
use super::RuleDef;
#[cfg(not(target_arch = "wasm32"))]
use super::{About, Confidence};
use crate::calendar::iso::date;
use crate::rule_id::RuleId;

/// Rules of the `application` family.
pub const RULES: &[RuleDef] = &[
    RuleDef {
        id: RuleId::App001,
        codes: &[],
        source: WSE_PAGES,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Erkende arbeidsbeperking en indicatie", "Handicap reconnu et indication", "Recognised work limitation and indication", "Anerkannte Arbeitsbeeinträchtigung und Indikation"],
            text: &[
                "De werknemer heeft een door VDAB erkende arbeidsbeperking, en de indicatie van VDAB (datum, maatregelen: loonpremie en/of begeleiding op de werkvloer) is aanwezig en geldig op de peildatum. Een indicatie geldt hoogstens 5 jaar: tot en met de dag vóór de vijfde verjaardag van haar datum, of tot haar einddatum als die eerder valt.",
                "Le travailleur a un handicap professionnel reconnu par le VDAB, et l'indication du VDAB (date, mesures : prime salariale et/ou accompagnement sur le lieu de travail) est présente et valable à la date de référence. Une indication vaut au plus 5 ans : jusqu'à la veille du cinquième anniversaire de sa date, ou jusqu'à sa date de fin si elle est antérieure.",
                "The employee has a work limitation recognised by VDAB, and VDAB's indication (date, measures: loonpremie and/or guidance on the work floor) is present and valid on the as-of date. An indication lasts at most 5 years: up to and including the day before the fifth anniversary of its date, or up to its end date when that comes first.",
                "Die Person hat eine vom VDAB anerkannte Arbeitsbeeinträchtigung, und die Indikation des VDAB (Datum, Maßnahmen: Lohnprämie und/oder Begleitung am Arbeitsplatz) liegt vor und ist am Stichtag gültig. Eine Indikation gilt höchstens 5 Jahre: bis einschließlich zum Tag vor dem fünften Jahrestag ihres Datums oder bis zu ihrem Enddatum, wenn dieses früher liegt.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App002,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Woonplaats", "Domicile", "Residence", "Wohnsitz"],
            text: &[
                "De werknemer woont in het Vlaamse Gewest (volgens de postcode). Wie in het Brusselse of Waalse Gewest woont, komt niet in aanmerking. Wonen in een andere lidstaat van de EU of de EER kan enkel als de werkplaats (de vestiging) in Vlaanderen ligt; daarbuiten komt niemand in aanmerking.",
                "Le travailleur habite en Région flamande (selon le code postal). Qui habite en Région de Bruxelles-Capitale ou en Région wallonne n'est pas éligible. Habiter dans un autre État de l'UE ou de l'EEE n'est admis que si le lieu de travail (l'établissement) est en Flandre ; hors UE/EEE, personne n'est éligible.",
                "The employee lives in the Flemish Region (by postcode). A resident of the Brussels or Walloon Region is not eligible. Living in another EU or EEA state is accepted only when the workplace (the establishment) is in Flanders; outside the EU/EEA nobody is eligible.",
                "Die Person wohnt in der Flämischen Region (nach Postleitzahl). Wer in der Region Brüssel-Hauptstadt oder der Wallonischen Region wohnt, ist nicht berechtigt. Ein Wohnsitz in einem anderen Staat der EU oder des EWR ist nur zulässig, wenn der Arbeitsort (die Niederlassung) in Flandern liegt; außerhalb der EU/des EWR ist niemand berechtigt.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App003,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Vestiging buiten Vlaanderen", "Établissement hors de Flandre", "Establishment outside Flanders", "Niederlassung außerhalb Flanderns"],
            text: &[
                "Een werkgever met een vestiging in het Brusselse Gewest (of elders buiten Vlaanderen) kan enkel de loonpremie krijgen: een begeleidingspremie aanvragen is daar een fout. Niet van toepassing voor zelfstandigen.",
                "Un employeur dont l'établissement est en Région de Bruxelles-Capitale (ou ailleurs hors de Flandre) ne peut obtenir que la prime salariale : y demander une prime d'accompagnement est une erreur. Sans objet pour les indépendants.",
                "An employer whose establishment is in the Brussels Region (or otherwise outside Flanders) can only get the loonpremie: a begeleidingspremie requested there is an error. Not applicable to self-employed persons.",
                "Ein Arbeitgeber mit Niederlassung in der Region Brüssel-Hauptstadt (oder sonst außerhalb Flanderns) kann nur die Lohnprämie erhalten: dort eine Begleitungsprämie zu beantragen ist ein Fehler. Nicht anwendbar für Selbstständige.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App004,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Een en ondeelbaar", "Un et indivisible", "One and indivisible", "Eins und unteilbar"],
            text: &[
                "Stelde VDAB een behoefte aan loonpremie én begeleiding vast, dan vraagt de werkgever beide premies aan en organiseert hij de begeleiding: hij kan de premies niet kiezen. Een premie die VDAB niet vaststelde, kan niet aangevraagd worden, en een begeleidingspremie zonder loonpremie is niet mogelijk. Buiten Vlaanderen vraagt de indicatie enkel de loonpremie (APP-003). Niet van toepassing voor zelfstandigen.",
                "Si le VDAB a constaté un besoin de prime salariale et d'accompagnement, l'employeur demande les deux primes et organise l'accompagnement : il ne peut pas choisir les primes. Une prime non constatée par le VDAB ne peut pas être demandée, et une prime d'accompagnement sans prime salariale n'est pas possible. Hors de Flandre, l'indication ne donne que la prime salariale (APP-003). Sans objet pour les indépendants.",
                "When VDAB found a need for both a loonpremie and guidance, the employer applies for both premiums and organises the guidance: it cannot choose the premiums. A premium VDAB did not find cannot be applied for, and a begeleidingspremie without loonpremie is not possible. Outside Flanders the indication gives the loonpremie only (APP-003). Not applicable to self-employed persons.",
                "Hat der VDAB einen Bedarf an Lohnprämie und Begleitung festgestellt, beantragt der Arbeitgeber beide Prämien und organisiert die Begleitung: er kann die Prämien nicht wählen. Eine vom VDAB nicht festgestellte Prämie kann nicht beantragt werden, und eine Begleitungsprämie ohne Lohnprämie ist nicht möglich. Außerhalb Flanderns gibt die Indikation nur die Lohnprämie (APP-003). Nicht anwendbar für Selbstständige.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App005,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Zelfstandigen: ondersteuningspremie", "Indépendants : prime de soutien", "Self-employed: ondersteuningspremie", "Selbstständige: Unterstützungsprämie"],
            text: &[
                "Een zelfstandige krijgt de ondersteuningspremie (20 tot 55 % van het referteloon, 2 tot 5 jaar); een begeleidingspremie (of loonpremie) is voor zelfstandigen niet mogelijk. Een werkgever kan de ondersteuningspremie niet aanvragen. Niet van toepassing voor een werkgever die geen ondersteuningspremie aanvraagt; zolang niet gezegd is wie aanvraagt, nog niet te beoordelen.",
                "Un indépendant reçoit la prime de soutien (20 à 55 % du salaire de référence, 2 à 5 ans) ; une prime d'accompagnement (ou prime salariale) n'est pas possible pour les indépendants. Un employeur ne peut pas demander la prime de soutien. Sans objet pour un employeur qui ne demande pas la prime de soutien ; tant qu'il n'est pas dit qui introduit la demande, pas encore évaluable.",
                "A self-employed person gets the ondersteuningspremie (20 to 55 % of the reference wage, 2 to 5 years); a begeleidingspremie (or loonpremie) is not possible for self-employed persons. An employer cannot apply for the ondersteuningspremie. Not applicable to an employer that does not apply for the ondersteuningspremie; until the form says who applies, not decidable yet.",
                "Selbstständige erhalten die Unterstützungsprämie (20 bis 55 % des Referenzlohns, 2 bis 5 Jahre); eine Begleitungsprämie (oder Lohnprämie) ist für Selbstständige nicht möglich. Ein Arbeitgeber kann die Unterstützungsprämie nicht beantragen. Nicht anwendbar für einen Arbeitgeber, der keine Unterstützungsprämie beantragt; solange nicht angegeben ist, wer beantragt, noch nicht beurteilbar.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App006,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Begeleiding georganiseerd", "Accompagnement organisé", "Guidance organised", "Begleitung organisiert"],
            text: &[
                "Stelde VDAB begeleiding vast, dan is ze georganiseerd: intern (een eigen werknemer is gekwalificeerd begeleider en voldoet aan SUP-001) of extern (een geregistreerde externe dienstverlener, geïdentificeerd met zijn registratienummer of ondernemingsnummer). Daarnaast is er een collega-coach bij dezelfde werkgever, niet de werknemer zelf en niet de begeleider (GUI-004). Niet van toepassing voor zelfstandigen, voor vestigingen buiten Vlaanderen, waar geen begeleidingspremie bestaat, zonder vastgestelde begeleiding, en wanneer geen begeleidingspremie aangevraagd wordt (of ze aangevraagd moet worden, zegt APP-004).",
                "Si le VDAB a constaté un besoin d'accompagnement, celui-ci est organisé : en interne (un membre du personnel est accompagnateur qualifié et satisfait à SUP-001) ou en externe (un prestataire externe enregistré, identifié par son numéro d'enregistrement ou son numéro d'entreprise). Il y a en outre un collègue-coach chez le même employeur, ni le travailleur lui-même ni l'accompagnateur (GUI-004). Sans objet pour les indépendants, pour les établissements hors de Flandre, où la prime d'accompagnement n'existe pas, sans accompagnement constaté, et quand aucune prime d'accompagnement n'est demandée (APP-004 dit si elle doit l'être).",
                "When VDAB found a need for guidance, the guidance is organised: internally (an own employee is the qualified supervisor and meets SUP-001) or externally (a registered external service provider, identified by its registration number or enterprise number). Plus a collega-coach at the same employer, neither the employee nor the supervisor (GUI-004). Not applicable to self-employed persons, to establishments outside Flanders, where no begeleidingspremie exists, without indicated guidance, and when no begeleidingspremie is asked (APP-004 says whether it must be).",
                "Hat der VDAB Begleitung festgestellt, ist sie organisiert: intern (eine eigene Arbeitskraft ist qualifizierte Begleitperson und erfüllt SUP-001) oder extern (ein registrierter externer Dienstleister, identifiziert durch Registrierungs- oder Unternehmensnummer). Dazu ein Coach beim selben Arbeitgeber, weder die Person selbst noch die Begleitperson (GUI-004). Nicht anwendbar für Selbstständige, für Niederlassungen außerhalb Flanderns, wo es keine Begleitungsprämie gibt, ohne festgestellte Begleitung und wenn keine Begleitungsprämie beantragt wird (ob sie beantragt werden muss, sagt APP-004).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App007,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Interne begeleiding: bewijs", "Accompagnement interne : preuve", "Internal guidance: proof", "Interne Begleitung: Nachweis"],
            text: &[
                "Wie de begeleiding intern organiseert, hoeft zich niet te registreren als externe dienstverlener, maar bewijst bij de aanvraag dat de interne begeleider gekwalificeerd is (bv. een kopie van het diploma, of een bewijs van ervaring). Niet van toepassing bij externe begeleiding, en waar APP-006 niet van toepassing is.",
                "Qui organise l'accompagnement en interne ne doit pas s'enregistrer comme prestataire externe, mais prouve lors de la demande que l'accompagnateur interne est qualifié (p. ex. une copie du diplôme, ou une preuve d'expérience). Sans objet en cas d'accompagnement externe, et là où APP-006 est sans objet.",
                "Internal guidance needs no registration as external provider, but the application proves that the internal supervisor is qualified (e.g. a copy of the diploma, or proof of experience). Not applicable to external guidance, nor where APP-006 is not applicable.",
                "Wer die Begleitung intern organisiert, muss sich nicht als externer Dienstleister registrieren, weist aber beim Antrag nach, dass die interne Begleitperson qualifiziert ist (z. B. Kopie des Diploms oder Erfahrungsnachweis). Nicht anwendbar bei externer Begleitung und dort, wo APP-006 nicht anwendbar ist.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App008,
        codes: &[],
        source: BVR_2024,
        effective_from: date(2024, 1, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::Medium,
            title: &["Aanvraag tijdens de tewerkstelling", "Demande pendant l'occupation", "Application during the employment", "Antrag während der Beschäftigung"],
            text: &[
                "De aanvraag gebeurt tijdens de tewerkstelling: de aanvraagdatum valt op of na de begindatum van de tewerkstelling en niet na de einddatum. Deze regel kwam met de wijziging van 2024; de datum vanaf wanneer ze geldt is een parameter (standaard 2024-01-01). Niet van toepassing voor zelfstandigen.",
                "La demande est introduite pendant l'occupation : la date de demande tombe le jour du début de l'occupation ou après, et pas après sa fin. Cette règle provient de la modification de 2024 ; la date à partir de laquelle elle s'applique est un paramètre (par défaut 2024-01-01). Sans objet pour les indépendants.",
                "The application is filed during the employment: the application date is on or after the employment's start and not after its end. The rule came with the 2024 amendment; the day it holds from is a parameter (default 2024-01-01). Not applicable to self-employed persons.",
                "Der Antrag wird während der Beschäftigung gestellt: das Antragsdatum liegt am oder nach dem Beginn der Beschäftigung und nicht nach ihrem Ende. Die Regel kam mit der Änderung von 2024; der Tag, ab dem sie gilt, ist ein Parameter (standardmäßig 2024-01-01). Nicht anwendbar für Selbstständige.",
            ],
            quote: "",
            parameters: &["applicationDuringEmploymentFrom"],
        },
    },
    RuleDef {
        id: RuleId::App009,
        codes: &[],
        source: WSE_PAGES,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Identificatie", "Identification", "Identification", "Identifikation"],
            text: &[
                "De werkgever is geïdentificeerd met een geldig ondernemingsnummer (ID-KBO), de werknemer met een geldig rijksregister- of BIS-nummer (ID-INSZ).",
                "L'employeur est identifié par un numéro d'entreprise valable (ID-KBO), le travailleur par un numéro de registre national ou BIS valable (ID-INSZ).",
                "The employer is identified by a valid enterprise number (ID-KBO), the employee by a valid national register or BIS number (ID-INSZ).",
                "Der Arbeitgeber ist durch eine gültige Unternehmensnummer (ID-KBO), die Person durch eine gültige Nationalregister- oder BIS-Nummer (ID-INSZ) identifiziert.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App010,
        codes: &[],
        source: WSE_PAGES,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Werkgevers die in aanmerking komen", "Employeurs éligibles", "Eligible employers", "Berechtigte Arbeitgeber"],
            text: &[
                "Privéwerkgevers (ook maatwerkbedrijven), scholen en lokale besturen komen in aanmerking; ondernemingen in moeilijkheden en andere overheden niet. Een zelfstandige die voor zichzelf aanvraagt, is geen werkgever: enkel de uitsluiting van ondernemingen in moeilijkheden kan voor hem gelden. Hun antwoord op die vraag is even verplicht als dat van een werkgever.",
                "Les employeurs privés (entreprises de travail adapté comprises), les écoles et les pouvoirs locaux sont éligibles ; les entreprises en difficulté et les autres autorités publiques ne le sont pas. Un indépendant qui demande pour lui-même n'est pas un employeur : seule l'exclusion des entreprises en difficulté peut le concerner. Leur réponse à cette question est aussi requise que celle d'un employeur.",
                "Private employers (maatwerkbedrijven included), schools and local authorities are eligible; undertakings in difficulty and other public authorities are not. A self-employed person applying for themselves is no employer: only the exclusion of undertakings in difficulty can concern them. Their answer to that question is as required as an employer's.",
                "Private Arbeitgeber (einschließlich Maatwerkbetriebe), Schulen und lokale Behörden sind berechtigt; Unternehmen in Schwierigkeiten und andere Behörden nicht. Eine selbstständige Person, die für sich beantragt, ist kein Arbeitgeber: nur der Ausschluss von Unternehmen in Schwierigkeiten kann sie betreffen. Ihre Antwort auf diese Frage ist ebenso erforderlich wie die eines Arbeitgebers.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App011,
        codes: &[],
        source: DECREE,
        effective_from: date(2023, 7, 3),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Start van de regeling", "Début du régime", "Start of the scheme", "Beginn der Regelung"],
            text: &[
                "Individueel maatwerk geldt sinds 1 juli 2023; aanvragen zijn mogelijk vanaf 3 juli 2023. Een aanvraagdatum daarvóór is een fout, net als een peildatum daarvóór (de regeling bestaat dan nog niet). Een aanvraagdatum na de peildatum is een waarschuwing.",
                "Le travail adapté individuel s'applique depuis le 1er juillet 2023 ; les demandes sont possibles à partir du 3 juillet 2023. Une date de demande antérieure est une erreur, de même qu'une date de référence antérieure (le régime n'existe pas encore). Une date de demande postérieure à la date de référence donne un avertissement.",
                "Individueel maatwerk is in force since 1 July 2023; applications are possible from 3 July 2023. An application date before that is an error, and so is an as-of date before it (the scheme does not exist yet). An application date after the as-of date is a warning.",
                "Individueel maatwerk gilt seit dem 1. Juli 2023; Anträge sind ab dem 3. Juli 2023 möglich. Ein früheres Antragsdatum ist ein Fehler, ebenso ein früherer Stichtag (die Regelung besteht dann noch nicht). Ein Antragsdatum nach dem Stichtag ist eine Warnung.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App012,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Overgang vanuit de VOP", "Transition depuis la VOP", "Transition from the VOP", "Übergang aus der VOP"],
            text: &[
                "Heeft de werknemer nog een lopende VOP (bv. in een maatwerkbedrijf) en stelt VDAB een begeleidingsnood vast, dan wordt de begeleiding georganiseerd zoals binnen individueel maatwerk; interne begeleiding vraagt geen registratie. Niet van toepassing als er geen VOP loopt; nog niet te beoordelen zolang dat niet beantwoord is.",
                "Si le travailleur a encore une VOP en cours (p. ex. dans une entreprise de travail adapté) et que le VDAB constate un besoin d'accompagnement, l'accompagnement est organisé comme dans le travail adapté individuel ; l'accompagnement interne ne requiert pas d'enregistrement. Sans objet si aucune VOP n'est en cours ; pas encore évaluable tant que la question est sans réponse.",
                "When the employee still has a running VOP (e.g. in a maatwerkbedrijf) and VDAB finds a need for guidance, the guidance is organised as in individueel maatwerk; internal guidance needs no registration. Not applicable when no VOP is running; not decidable yet while that is unanswered.",
                "Hat die Person noch eine laufende VOP (z. B. in einem Maatwerkbetrieb) und stellt der VDAB einen Begleitungsbedarf fest, wird die Begleitung wie im individueel maatwerk organisiert; interne Begleitung erfordert keine Registrierung. Nicht anwendbar, wenn keine VOP läuft; noch nicht beurteilbar, solange das unbeantwortet ist.",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App013,
        codes: &[],
        source: FAQ,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Keuze van de externe dienstverlener", "Choix du prestataire externe", "Choice of the external provider", "Wahl des externen Dienstleisters"],
            text: &[
                "De werkgever kiest de externe dienstverlener; idealiter wordt de werknemer bij die keuze betrokken, en de afspraken worden vastgelegd in het ondersteuningsplan dat de werknemer ondertekent. Niet van toepassing bij interne begeleiding, en waar APP-006 niet van toepassing is; niet voldaan als de werknemer niet betrokken werd (informatie).",
                "L'employeur choisit le prestataire externe ; idéalement, le travailleur est associé à ce choix, et les accords sont consignés dans le plan de soutien que le travailleur signe. Sans objet en cas d'accompagnement interne, et là où APP-006 est sans objet ; non satisfait si le travailleur n'a pas été associé (information).",
                "The employer chooses the external provider; ideally the employee is involved in that choice, and the arrangements are recorded in the support plan the employee signs. Not applicable to internal guidance, nor where APP-006 is not applicable; not met when the employee was not involved (information).",
                "Der Arbeitgeber wählt den externen Dienstleister; idealerweise wird die Person in die Wahl einbezogen, und die Absprachen werden im Unterstützungsplan festgehalten, den die Person unterschreibt. Nicht anwendbar bei interner Begleitung und dort, wo APP-006 nicht anwendbar ist; nicht erfüllt, wenn die Person nicht einbezogen wurde (Information).",
            ],
            quote: "",
            parameters: &[],
        },
    },
    RuleDef {
        id: RuleId::App014,
        codes: &[],
        source: WSE_PAGES,
        effective_from: date(2023, 7, 1),
        #[cfg(not(target_arch = "wasm32"))]
        about: About {
            family: "application",
            confidence: Confidence::High,
            title: &["Meerdere werkgevers", "Plusieurs employeurs", "Several employers", "Mehrere Arbeitgeber"],
            text: &[
                "Werkt de werknemer deeltijds bij meerdere werkgevers, dan dient elke werkgever een eigen aanvraag in. Niet van toepassing als de werknemer niet deeltijds bij andere werkgevers werkt; nog niet te beoordelen zolang dat niet beantwoord is.",
                "Si le travailleur travaille à temps partiel chez plusieurs employeurs, chaque employeur introduit sa propre demande. Sans objet si le travailleur ne travaille pas à temps partiel chez d'autres employeurs ; pas encore évaluable tant que la question est sans réponse.",
                "When the employee works part-time for several employers, each employer files its own application. Not applicable when the employee does not work part-time for other employers; not decidable yet while that is unanswered.",
                "Arbeitet die Person in Teilzeit bei mehreren Arbeitgebern, stellt jeder Arbeitgeber einen eigenen Antrag. Nicht anwendbar, wenn die Person nicht in Teilzeit bei anderen Arbeitgebern arbeitet; noch nicht beurteilbar, solange das unbeantwortet ist.",
            ],
            quote: "",
            parameters: &[],
        },
    },
];
