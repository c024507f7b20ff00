/* tslint:disable */
/* eslint-disable */

/**
 * An application as a form holds it: every field may still be missing.
 */
export interface Application {
    /**
     * The employer, or the self-employed person's own enterprise.
     */
    employer?: Employer;
    /**
     * The person with the work limitation (the self-employed person themselves when
     * `selfEmployed`).
     */
    employee?: Employee;
    /**
     * Whether a self-employed person applies for themselves (ondersteuningspremie); absent
     * means an employer applies.
     */
    selfEmployed?: boolean;
    /**
     * VDAB's indication: the recognised need for individueel maatwerk.
     */
    vdabIndication?: VdabIndication;
    /**
     * The employment contract (not for a self-employed person).
     */
    contract?: Contract;
    /**
     * The day the application is filed, `YYYY-MM-DD`.
     */
    applicationDate?: string;
    /**
     * The premiums applied for.
     */
    requestedPremiums?: RequestedPremiums;
    /**
     * How the guidance on the work floor is organised, when VDAB indicated guidance.
     */
    guidance?: Guidance;
    /**
     * Whether the employee still has a running VOP (the scheme before individueel maatwerk).
     */
    vopRunning?: boolean;
    /**
     * Whether the employee also works part-time for other employers.
     */
    partTimeWithOtherEmployers?: boolean;
    /**
     * Whether the employee was involved in choosing the external provider.
     */
    employeeInvolvedInChoice?: boolean;
}

/**
 * The employer as the application identifies it.
 */
export interface Employer {
    /**
     * Name of the organisation. Never copied into a message.
     */
    name?: string;
    /**
     * Enterprise number (KBO), e.g. `0403.019.261`; for a school, that of its school group.
     */
    kbo?: string;
    /**
     * What kind of employer it is.
     */
    type?: EmployerType;
    /**
     * Whether the employer is an undertaking in difficulty (state-aid sense).
     */
    inDifficulty?: boolean;
    /**
     * Country of the establishment where the employee works, ISO 3166 alpha-2; absent means
     * Belgium.
     */
    establishmentCountry?: string;
    /**
     * Belgian postcode of the establishment where the employee works: it decides the region.
     */
    establishmentPostcode?: string;
}

/**
 * Kinds of employer, as far as eligibility tells them apart.
 */
export type EmployerType = "privateEmployer" | "school" | "localAuthority" | "maatwerkbedrijf" | "otherPublicAuthority";

/**
 * The person with the work limitation.
 */
export interface Employee {
    /**
     * National register or BIS number (INSZ). Never copied into a message.
     */
    insz?: string;
    /**
     * Full name. Never copied into a message.
     */
    name?: string;
    /**
     * Where the person lives.
     */
    residence?: Residence;
    /**
     * Whether VDAB recognised the work limitation (arbeidsbeperking).
     */
    workLimitationRecognised?: boolean;
}

/**
 * Where a person lives.
 */
export interface Residence {
    /**
     * Country, ISO 3166 alpha-2; absent means Belgium.
     */
    country?: string;
    /**
     * Postcode; in Belgium it decides the region.
     */
    postcode?: string;
}

/**
 * VDAB's indication: the decision that recognises the need and names the measures.
 */
export interface VdabIndication {
    /**
     * Date of the indication, `YYYY-MM-DD`.
     */
    date?: string;
    /**
     * Last day the indication is valid, `YYYY-MM-DD`, when VDAB set one (at most 5 years).
     */
    validUntil?: string;
    /**
     * The measures VDAB found necessary.
     */
    measures?: IndicatedMeasures;
}

/**
 * The measures of a VDAB indication.
 */
export interface IndicatedMeasures {
    /**
     * A need for a loonpremie (wage premium).
     */
    loonpremie?: boolean;
    /**
     * A need for guidance on the work floor.
     */
    guidance?: boolean;
}

/**
 * The employment contract.
 */
export interface Contract {
    /**
     * First day of the employment, `YYYY-MM-DD`.
     */
    start?: string;
    /**
     * Last day, included, `YYYY-MM-DD`; absent for an open-ended contract.
     */
    end?: string;
}

/**
 * The premiums applied for.
 */
export interface RequestedPremiums {
    /**
     * The loonpremie (employers).
     */
    loonpremie?: boolean;
    /**
     * The begeleidingspremie for guidance on the work floor (employers).
     */
    begeleidingspremie?: boolean;
    /**
     * The ondersteuningspremie (self-employed persons).
     */
    ondersteuningspremie?: boolean;
    /**
     * The ondersteuningspremie as a percentage of the reference wage, 20 to 55.
     */
    ondersteuningspremiePercentage?: number;
    /**
     * For how many years the ondersteuningspremie is asked, 2 to 5.
     */
    ondersteuningspremieYears?: number;
}

/**
 * How the guidance on the work floor is organised.
 */
export interface Guidance {
    /**
     * By an own employee (internal) or bought from a registered provider (external).
     */
    organisation?: GuidanceOrganisation;
    /**
     * The own employee who acts as qualified supervisor, for internal guidance.
     */
    internalSupervisor?: Supervisor;
    /**
     * Whether proof of the internal supervisor's qualification (a copy of the diploma, proof
     * of experience) is attached.
     */
    qualificationProofAttached?: boolean;
    /**
     * The registered external service provider, for external guidance.
     */
    externalProvider?: ExternalProvider;
    /**
     * The colleague who does the daily follow-up.
     */
    collegaCoach?: CollegaCoach;
}

/**
 * A registered external service provider.
 */
export interface ExternalProvider {
    /**
     * The provider's registration number with the department.
     */
    registrationNumber?: string;
    /**
     * The provider's enterprise number (KBO).
     */
    kbo?: string;
    /**
     * The provider's name. Never copied into a message.
     */
    name?: string;
}

/**
 * The collega-coach: a colleague who follows the employee up daily.
 */
export interface CollegaCoach {
    /**
     * Full name. Never copied into a message.
     */
    name?: string;
    /**
     * Whether the coach works for the same employer.
     */
    sameEmployer?: boolean;
}

/**
 * An external service provider's registration as a form holds it: every field may still be
 * missing.
 */
export interface ProviderRegistration {
    /**
     * The applicant (EXT-001, EXT-002, EXT-005).
     */
    organisation?: Organisation;
    /**
     * The procedure applied for (EXT-004).
     */
    procedure?: Procedure;
    /**
     * Where the provider offers guidance (EXT-003, EXT-007).
     */
    workingArea?: WorkingArea;
    /**
     * The qualified supervisors the provider employs (EXT-002, EXT-008).
     */
    supervisors?: Supervisor[];
    /**
     * The registration conditions (EXT-008).
     */
    conditions?: Conditions;
    /**
     * The registration already granted, for a status or renewal check (EXT-006, EXT-009);
     * absent on a first application.
     */
    registration?: RegistrationStatus;
}

/**
 * The organisation that applies.
 */
export interface Organisation {
    /**
     * Name of the organisation. Never copied into a message.
     */
    name?: string;
    /**
     * Enterprise number (KBO), e.g. `0403.019.261`.
     */
    kbo?: string;
    /**
     * What kind of organisation it is; it decides the procedure open to it (EXT-004).
     */
    type?: OrganisationType;
    /**
     * Whether several organisations apply together as a consortium (EXT-001).
     */
    consortium?: boolean;
    /**
     * Whether the applicant applies on behalf of (member) municipalities (EXT-002).
     */
    appliesOnBehalfOfMunicipalities?: boolean;
}

/**
 * Kinds of organisation, as far as the rules tell them apart.
 */
export type OrganisationType = "company" | "nonProfit" | "ocmw" | "municipality" | "intermunicipalPartnership" | "gtb" | "gob" | "collectiefMaatwerkbedrijf" | "lokaleDiensteneconomie" | "amaWelzijn" | "other";

/**
 * The registration procedure.
 */
export type Procedure = "regular" | "simplified";

/**
 * The territorial working area.
 */
export interface WorkingArea {
    /**
     * Whole provinces covered.
     *
     * In both lists an item is `None` only where the decoder dropped a value that did not
     * fit (a made-up province, a number): the gap keeps the items after it at their index, so
     * their issues stay next to the places typed. A province has no empty value to stand in.
     */
    provinces?: Province[];
    /**
     * Single municipalities covered: a name, or a postcode (optionally followed by the name).
     */
    municipalities?: string[];
    /**
     * A segment of work floors the registration would be limited to (e.g. only local
     * authorities). The procedure has no such limit (EXT-003): anything typed here is an error.
     */
    segmentRestriction?: string;
    /**
     * A specialisation the provider chooses of its own accord; allowed, and not binding.
     */
    specialisation?: string;
}

/**
 * The five Flemish provinces.
 */
export type Province = "antwerpen" | "limburg" | "oostVlaanderen" | "vlaamsBrabant" | "westVlaanderen";

/**
 * The registration conditions the provider declares (EXT-008).
 */
export interface Conditions {
    /**
     * Registered in the department's quality model (kwaliteitsregistratie).
     */
    qualityRegistration?: boolean;
    /**
     * How the provider's experience with the target group can be shown.
     */
    targetGroupExperience?: string;
    /**
     * A motivated estimate of the area and the capacity (number of employees) served.
     */
    capacityEstimate?: string;
    /**
     * Commitment to take part in the department's intervision.
     */
    intervisionCommitment?: boolean;
}

/**
 * A registration already granted.
 */
export interface RegistrationStatus {
    /**
     * The day the registration took effect, `YYYY-MM-DD`.
     */
    registeredOn?: string;
    /**
     * The last day the provider guided an employee with a work limitation, `YYYY-MM-DD`;
     * absent when it has not guided anyone yet.
     */
    lastGuidanceOn?: string;
}

/**
 * A support plan as a form holds it: every field may still be missing.
 */
export interface SupportPlan {
    /**
     * Whether VDAB indicated guidance on the work floor (PLAN-001).
     */
    guidanceIndicated?: boolean;
    /**
     * The VDAB indication the plan refers to (PLAN-009).
     */
    indication?: Indication;
    /**
     * The date the plan was drawn up, `YYYY-MM-DD` (PLAN-002).
     */
    planDate?: string;
    /**
     * First day of the employment, `YYYY-MM-DD` (PLAN-002).
     */
    employmentStart?: string;
    /**
     * The employee with a work limitation.
     */
    employee?: PlanEmployee;
    /**
     * The employer.
     */
    employer?: PlanEmployer;
    /**
     * The qualified supervisor and the organisation that provides the guidance.
     */
    supervisor?: Supervisor;
    /**
     * Name of the one person responsible for the guidance, when that is not the supervisor
     * (SUP-004). Never copied into a message.
     */
    responsiblePerson?: string;
    /**
     * The team that does the guidance work, when a team does it (SUP-004).
     */
    team?: Team;
    /**
     * The collega-coach who does the daily follow-up (GUI-004).
     */
    collegaCoach?: PlanCollegaCoach;
    /**
     * Who stands in during absences (GUI-005).
     */
    backups?: Backups;
    /**
     * The guidance arrangements (GUI-001..003).
     */
    arrangements?: Arrangements;
    /**
     * Personal development action points (POP, PLAN-008).
     */
    actionPoints?: ActionPoint[];
    /**
     * Changes of the begeleidingspremie (PLAN-003).
     */
    premiumChanges?: PremiumChange[];
    /**
     * Revisions of the plan after it was first drawn up (PLAN-003).
     */
    revisions?: Revision[];
    /**
     * The signatures of the employee and the employer (PLAN-004).
     */
    signatures?: Signatures;
    /**
     * How the employee was involved in choosing the supervisor (PLAN-007).
     */
    employeeInvolvement?: string;
}

/**
 * The guidance regime of the VDAB indication (ICF-based, HIVA).
 */
export type Regime = "laag" | "midden" | "hoog";

/**
 * The VDAB indication the plan refers to.
 */
export interface Indication {
    /**
     * Date of the indication, `YYYY-MM-DD`.
     */
    date?: string;
    /**
     * The guidance regime, where the indication gives one.
     */
    regime?: Regime;
}

/**
 * The employee as the plan names them.
 */
export interface PlanEmployee {
    /**
     * Full name. Never copied into a message.
     */
    name?: string;
    /**
     * INSZ (national register or BIS number). Never copied into a message.
     */
    insz?: string;
}

/**
 * The employer as the plan names it.
 */
export interface PlanEmployer {
    /**
     * Name of the organisation.
     */
    name?: string;
    /**
     * KBO number (ondernemingsnummer).
     */
    kbo?: string;
}

/**
 * A team that does the guidance work under one responsible person.
 */
export interface Team {
    /**
     * The members of the team.
     */
    members?: TeamMember[];
    /**
     * How the team works and who does what.
     */
    explanation?: string;
}

/**
 * One member of a guidance team.
 */
export interface TeamMember {
    /**
     * Full name.
     */
    name?: string;
    /**
     * What the member does in the guidance.
     */
    role?: string;
}

/**
 * When in the working day the collega-coach follows up.
 */
export type DailyMoment = "startOfDay" | "endOfDay" | "duringDay";

/**
 * The collega-coach's daily follow-up.
 */
export interface DailyFollowUp {
    /**
     * When in the day.
     */
    moment?: DailyMoment;
    /**
     * Whether it happens digitally (allowed).
     */
    digital?: boolean;
}

/**
 * The collega-coach: a colleague of the employee who follows up daily.
 */
export interface PlanCollegaCoach {
    /**
     * Full name. Never copied into a message.
     */
    name?: string;
    /**
     * Whether the coach works for the same employer as the employee.
     */
    sameEmployer?: boolean;
    /**
     * Whether the coach is the employee (not allowed).
     */
    isEmployee?: boolean;
    /**
     * Whether the coach is the qualified supervisor (not allowed).
     */
    isSupervisor?: boolean;
    /**
     * The daily follow-up.
     */
    dailyFollowUp?: DailyFollowUp;
}

/**
 * The people who stand in during absences.
 */
export interface Backups {
    /**
     * Name of the backup for the qualified supervisor.
     */
    supervisor?: string;
    /**
     * Name of the backup for the collega-coach.
     */
    coach?: string;
}

/**
 * How the qualified supervisor can be reached.
 */
export type ReachableBy = "phone" | "email" | "videoCall" | "onSite";

/**
 * How the two-weekly follow-up happens.
 */
export type FollowUpMode = "onSite" | "digital" | "mixed";

/**
 * The guidance arrangements of the qualified supervisor.
 */
export interface Arrangements {
    /**
     * Whether the supervisor is reachable every working day (GUI-001).
     */
    reachableEveryWorkingDay?: boolean;
    /**
     * How the supervisor can be reached.
     */
    reachableBy?: ReachableBy;
    /**
     * Within how many working days of a request the supervisor is on the work floor (GUI-002).
     */
    onSiteWithinWorkingDays?: number;
    /**
     * Days between two follow-ups by the supervisor (GUI-003).
     */
    followUpIntervalDays?: number;
    /**
     * How the follow-up happens.
     */
    followUpMode?: FollowUpMode;
    /**
     * The last request for the supervisor to come to the work floor, `YYYY-MM-DD`.
     */
    lastOnSiteRequest?: string;
    /**
     * The supervisor's visit to the work floor after that request, `YYYY-MM-DD`.
     */
    onSiteVisit?: string;
}

/**
 * A personal development action point (POP).
 */
export interface ActionPoint {
    /**
     * What the employee works on.
     */
    description?: string;
    /**
     * Who follows it up.
     */
    owner?: string;
    /**
     * When it is followed up, `YYYY-MM-DD`.
     */
    followUpDate?: string;
}

/**
 * A change of the begeleidingspremie.
 */
export interface PremiumChange {
    /**
     * The date the change takes effect, `YYYY-MM-DD`.
     */
    date?: string;
}

/**
 * A revision of the plan.
 */
export interface Revision {
    /**
     * The date of the revised plan, `YYYY-MM-DD`.
     */
    date?: string;
    /**
     * What changed.
     */
    summary?: string;
}

/**
 * The signatures on the plan.
 */
export interface Signatures {
    /**
     * The employee's signature.
     */
    employee?: Signature;
    /**
     * The employer's signature.
     */
    employer?: Signature;
}

/**
 * One party's signature.
 */
export interface Signature {
    /**
     * Whether the party signed.
     */
    signed?: boolean;
    /**
     * The date of the signature, `YYYY-MM-DD`.
     */
    date?: string;
}

/**
 * A qualified supervisor as a form holds it: every field may still be missing.
 */
export interface Supervisor {
    /**
     * Full name of the person. Never copied into a message.
     */
    name?: string;
    /**
     * Whether this person is the one responsible for the guidance (SUP-004).
     */
    responsible?: boolean;
    /**
     * Diplomas the person holds.
     */
    diplomas?: Diploma[];
    /**
     * Periods of professional experience.
     */
    experience?: ExperiencePeriod[];
    /**
     * The core competences the person declares (SUP-005).
     */
    competences?: Competences;
    /**
     * In a support plan: whether an own employee (internal) or a registered provider
     * (external) gives the guidance. The qualification check does not read it.
     */
    organisation?: GuidanceOrganisation;
    /**
     * In a support plan, when external: the provider's registration number with the
     * department. The qualification check does not read it.
     */
    providerRegistrationNumber?: string;
    /**
     * In a provider's registration: whether the applicant employs this person (EXT-002). The
     * qualification check does not read it.
     */
    employedByApplicant?: boolean;
}

/**
 * Who organises the guidance.
 */
export type GuidanceOrganisation = "internal" | "external";

/**
 * A diploma: a code from the relevant-diploma list, or a free title someone must judge.
 */
export interface Diploma {
    /**
     * Code from the relevant-diploma list (see the `relevantDiplomas` parameter).
     */
    code?: string;
    /**
     * Title as written on the diploma, for a diploma that is not on the list.
     */
    title?: string;
    /**
     * Date obtained, `YYYY-MM-DD`.
     */
    obtained?: string;
}

/**
 * A period of professional experience; without `to` it is ongoing up to the as-of date.
 */
export interface ExperiencePeriod {
    /**
     * First day, `YYYY-MM-DD`.
     */
    from?: string;
    /**
     * Last day, included, `YYYY-MM-DD`; absent while the period is ongoing.
     */
    to?: string;
    /**
     * Whether the experience is relevant: guidance of people on the work floor.
     */
    relevant?: boolean;
    /**
     * What the work was.
     */
    description?: string;
}

/**
 * The core competences of a qualified supervisor (SUP-005), each declared or not.
 */
export interface Competences {
    /**
     * Working together (samenwerken).
     */
    workingTogether?: boolean;
    /**
     * Communicating (communiceren).
     */
    communicating?: boolean;
    /**
     * Person-centred work (persoonsgericht werken).
     */
    personCentred?: boolean;
    /**
     * Tailored advice (advies op maat).
     */
    tailoredAdvice?: boolean;
}

/**
 * Which form a value is.
 */
export type Kind = "application" | "providerRegistration" | "supportPlan" | "supervisor";

/**
 * The verdict on a (possibly partial) form.
 */
export interface Report {
    /**
     * No issue of severity error.
     */
    valid: boolean;
    /**
     * Every issue, sorted by (path, code).
     */
    issues: Issue[];
    /**
     * Every requirement the form is judged on.
     */
    requirements: Requirement[];
    /**
     * Required facts filled versus required.
     */
    completeness: Completeness;
}

/**
 * How much of the form's required facts are filled in.
 */
export interface Completeness {
    /**
     * Number of required facts.
     */
    required: number;
    /**
     * Number of those filled in.
     */
    filled: number;
    /**
     * Paths of the required facts still empty.
     */
    missing: string[];
}

/**
 * A requirement as the contract shows it.
 */
export interface Requirement {
    /**
     * Catalogue rule id, e.g. `SUP-001`.
     */
    rule: string;
    /**
     * Met, not met, unknown or not applicable.
     */
    status: Status;
    /**
     * Paths of the facts still needed (text form).
     */
    missing: string[];
    /**
     * Which branch holds, or what is still lacking, in the report's locale.
     */
    explanation: string;
}

/**
 * Whether a requirement holds.
 *
 * `Met` and `NotMet` are said only on facts the form gives: a missing answer is never read as
 * "no". `NotApplicable` too rests on a given fact (a self-employed person, an establishment
 * outside Flanders, no begeleidingspremie asked, an as-of date before the rule holds), which
 * the explanation names.
 */
export type Status = "met" | "notMet" | "unknown" | "notApplicable";

/**
 * One problem in a form, at one field.
 */
export interface Issue {
    /**
     * Stable code, e.g. `supervisor.experience_too_short`.
     */
    code: IssueCode;
    /**
     * How much it weighs.
     */
    severity: Severity;
    /**
     * Where, as typed segments: keys and 0-based indexes; `[]` is the whole form.
     */
    path: (string | number)[];
    /**
     * The same path as text: `experience[1].to`.
     */
    field: string;
    /**
     * Values the message is built from, typed per code.
     */
    params: Record<string, number | string | string[]>;
    /**
     * What is wrong and what to do, in the requested locale.
     */
    message: string;
    /**
     * Catalogue rule id, e.g. `SUP-002`.
     */
    rule: string;
    /**
     * Where the rule comes from.
     */
    source: Source;
    /**
     * The same place in the portal's form, when the form was read through a
     * [`Mapping`](crate::Mapping): `ervaring[1].tot`.
     */
    portalPath?: string;
}

/**
 * Where a rule comes from: a citation and, when public, where to read it.
 */
export interface Source {
    /**
     * A short citation, e.g. "FAQ kwaliteitsvolle begeleiding, Departement WSE".
     */
    label: string;
    /**
     * Where to read it, when public.
     */
    url?: string;
}

/**
 * How much an issue weighs: only errors block a submission.
 */
export type Severity = "error" | "warning" | "info";

/**
 * A typed value in an issue's params: never a value the user typed, except dates and
 * numbers the rule derived (a deadline, a count of months).
 */
export type Param = number | string | string[];

/**
 * What one change did to the form's issues.
 */
export interface Delta {
    /**
     * Every issue now at or under the changed field, or involving it: what the field shows.
     */
    at: Issue[];
    /**
     * Issues elsewhere that the change made appear.
     */
    added: Issue[];
    /**
     * Issues elsewhere that the change made disappear.
     */
    removed: Issue[];
    /**
     * Whether the form now has no issue of severity error.
     */
    valid: boolean;
}

/**
 * One issue of a lean check.
 */
export interface CheckIssue {
    /**
     * Stable code, as in an [`Issue`](crate::Issue).
     */
    code: string;
    /**
     * Error, or warning when asked.
     */
    severity: Severity;
    /**
     * Where on the wire, as typed segments.
     */
    path: (string | number)[];
    /**
     * What is wrong and what to do, in the context's locale.
     */
    message: string;
    /**
     * Where in the portal's form, when read through a [`Mapping`](crate::Mapping).
     */
    portalPath?: string;
}

/**
 * The answer of `checkInsz`, `checkKbo` and `checkIban`.
 */
export interface IdCheck {
    /**
     * Whether the identifier is valid.
     */
    valid: boolean;
    /**
     * Digits only (`BE` + digits for an IBAN), when valid.
     */
    normalized?: string;
    /**
     * The usual written form (`0403.019.261`, `BE68 5390 0754 7034`), when valid.
     */
    formatted?: string;
    /**
     * The issue code, when invalid.
     */
    code?: string;
    /**
     * What is wrong, in the requested locale, when invalid.
     */
    message?: string;
    /**
     * INSZ only: `national`, `bisSexUnknown` or `bisSexKnown`.
     */
    kind?: string;
    /**
     * INSZ only: the birth date in the number, when known (`YYYY-MM-DD`).
     */
    birthDate?: string;
}

/**
 * One holiday of a year.
 */
export interface HolidayEntry {
    /**
     * `YYYY-MM-DD`.
     */
    date: string;
    /**
     * Stable id, e.g. `ascension`.
     */
    id: string;
    /**
     * Name in the requested locale.
     */
    name: string;
}

/**
 * One rule of the catalogue in one locale.
 */
export interface RuleInfo {
    /**
     * Stable id, e.g. `SUP-001`.
     */
    id: string;
    /**
     * Family, the first part of its codes.
     */
    family: string;
    /**
     * The most a finding of the rule weighs: `E`, `W`, `I`, or `-` when it reports none.
     */
    severity: string;
    /**
     * How sure the sources are.
     */
    confidence: Confidence;
    /**
     * Short title.
     */
    title: string;
    /**
     * The rule in full.
     */
    text: string;
    /**
     * Where it comes from.
     */
    source: Source;
    /**
     * The passage of the source it implements, in Dutch; empty where the sources are silent.
     */
    quote: string;
    /**
     * First day it holds, `YYYY-MM-DD`.
     */
    effectiveFrom: string;
    /**
     * The parameters it reads, with their defaults and dated values.
     */
    parameters: ParameterInfo[];
    /**
     * The issue codes it emits.
     */
    codes: string[];
}

/**
 * A parameter a rule reads, with its default and its dated values.
 */
export interface ParameterInfo {
    /**
     * Name as in `options.parameters`.
     */
    name: string;
    /**
     * The default value: the most recent of its dated values.
     */
    default: unknown;
    /**
     * Its built-in values by the date (`YYYY-MM-DD`) each is in force from, until the next
     * one's: `{ "2023-07-01": 3 }`. A verdict takes the value in force on its as-of date.
     */
    history: Record<string, unknown>;
}

/**
 * How sure the sources are of a rule.
 */
export type Confidence = "high" | "medium" | "low" | "notApplicable";

/**
 * The options every validator takes: `{ asOf?, locale?, parameters? }`.
 */
export interface Options {
    /**
     * The date of the verdict, `YYYY-MM-DD`; in the browser it defaults to today.
     */
    asOf?: string;
    /**
     * Language of the messages; default Dutch.
     */
    locale?: Locale;
    /**
     * Overrides of the uncertain parameters.
     */
    parameters?: ParameterOverrides;
    /**
     * The portal's form shape (see [`Mapping`]): the forms are read through it, and issues
     * carry the portal's paths. Not part of a verdict's context: a validator takes it.
     */
    mapping?: Mapping;
}

/**
 * Overrides for [`Parameters`]; what is absent keeps its built-in history. Each takes one
 * value, in force at every date, or dated values (`{ "2024-01-01": 3, "2027-01-01": 6 }`),
 * each in force from its date until the next one's; the built-in values before the first of
 * those dates are kept.
 */
export interface ParameterOverrides {
    /**
     * See [`Parameters::plan_first_months`].
     */
    planFirstMonths?: number | Record<string, number>;
    /**
     * See [`Parameters::flemish_community_day_off`].
     */
    flemishCommunityDayOff?: boolean | Record<string, boolean>;
    /**
     * See [`Parameters::relevant_diplomas`]; a list replaces the whole list.
     */
    relevantDiplomas?: DiplomaEntry[] | Record<string, DiplomaEntry[]>;
    /**
     * See [`Parameters::application_during_employment_from`]; `YYYY-MM-DD`.
     */
    applicationDuringEmploymentFrom?: string | Record<string, string>;
    /**
     * See [`Parameters::experience_months`]: the sources state it, so only a change of the
     * law (a portal ahead of a release) overrides it.
     */
    experienceMonths?: number | Record<string, number>;
    /**
     * See [`Parameters::on_site_working_days`]; as `experienceMonths`, stated by the sources.
     */
    onSiteWorkingDays?: number | Record<string, number>;
    /**
     * See [`Parameters::follow_up_days`]; as `experienceMonths`, stated by the sources.
     */
    followUpDays?: number | Record<string, number>;
}

/**
 * A diploma on the relevant-diploma list.
 */
export interface DiplomaEntry {
    /**
     * Stable code a form sends in `diplomas[].code`.
     */
    code: string;
    /**
     * Name of the diploma (Dutch, as in the official list).
     */
    title: string;
}

/**
 * Language of messages and explanations.
 */
export type Locale = "nl" | "fr" | "en" | "de";

/** A value of the portal's form and the wire's value it stands for. */
export type MappedValue = string | number | boolean | null;

/**
 * A portal's form shape mapped to the wire's (`options.mapping`): each key of `fields` a path
 * of the portal's form (`"ervaring[*].tot"`, `[*]` for any row), each value the wire path
 * (`"experience[*].to"`) or `{ path, values }`; `values` maps the portal's values for every
 * field (`{ "ja": true, "nee": false }`). Forms are then given in the portal's shape, and each
 * issue carries `portalPath`.
 */
export interface Mapping {
    fields?: Record<string, string | { path: string; values?: Record<string, MappedValue> }>;
    values?: Record<string, MappedValue>;
}



/**
 * A form being edited inside the module.
 */
export class Session {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The issues at or under `path`, and the cross-field issues that involve it. A path that
     * names no field of the form throws.
     */
    issuesAt(path: string | (string | number)[]): Issue[];
    /**
     * The report on the form as it stands.
     */
    report(): Report;
    /**
     * Gives the field at `path` a new value (`undefined` or `null` clears it) and answers with
     * what changed: the issues now at the field, and those that appeared or disappeared
     * elsewhere.
     */
    set(path: string | (string | number)[], value: unknown): Delta;
}

/**
 * A validator for one form kind; its options are read once.
 */
export class Validator {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The errors in a form (and its warnings, with `warnings`), each with its code, severity,
     * path and message (and `portalPath` with a mapping): what a schema library answers,
     * without the report's requirements, explanations and completeness.
     */
    check(form: object, warnings?: boolean | null): CheckIssue[];
    /**
     * The issues at or under `path` in a form, with the cross-field issues that involve it. A
     * path that names no field of the form throws.
     */
    issuesAt(form: object, path: string | (string | number)[]): Issue[];
    /**
     * A validator of `kind` forms with `options` (`{ asOf?, locale?, parameters? }`).
     */
    constructor(kind: Kind, options?: Options);
    /**
     * A session on a form: the form stays in the module; `set` changes one field.
     */
    session(form: object): Session;
    /**
     * The report on a form.
     */
    validate(form: object): Report;
}

/**
 * The `n`th working day after `date` ("within n working days of a request"). `n` is a whole
 * number from 0 to 100,000; a deadline after 9999-12-31 is an error.
 */
export function addWorkingDays(date: string, n: number, options?: Options): string;

/**
 * Checks a Belgian IBAN. Any value is accepted.
 */
export function checkIban(value: unknown, options?: Options): IdCheck;

/**
 * Checks a national register or BIS number (INSZ). Any value is accepted: a non-string is
 * invalid, never an exception.
 */
export function checkInsz(value: unknown, options?: Options): IdCheck;

/**
 * Checks a Belgian enterprise number (KBO). Any value is accepted.
 */
export function checkKbo(value: unknown, options?: Options): IdCheck;

/**
 * Checks one qualified supervisor's qualification (SUP-001..005).
 */
export function checkSupervisor(supervisor: Supervisor, options?: Options): Report;

/**
 * The holidays of a year (a whole number from 1583, the first year of the Gregorian Easter,
 * to 9999), with names in the options' locale.
 */
export function holidays(year: number, options?: Options): HolidayEntry[];

/**
 * Whether `date` is a working day (Monday to Friday, not a holiday).
 */
export function isWorkingDay(date: string, options?: Options): boolean;

/**
 * Takes a locale's texts (a table of the package's `texts/` entries, which `init` and
 * `loadLocale` hand over) and answers its locale. A locale loaded before keeps its texts.
 */
export function loadTexts(table: string): Locale;

/**
 * The region of a Belgian postcode, or `null` for anything that is not one.
 */
export function regionOfPostcode(value: unknown): "flanders" | "brussels" | "wallonia" | null;

/**
 * Validates an employer's (or self-employed person's) application.
 */
export function validateApplication(form: Application, options?: Options): Report;

/**
 * The issues at or under `path` in a form of `kind`, with the cross-field issues that involve
 * it: what a portal shows next to one field on each keystroke. A path that names no field of
 * the form (a misspelt key) throws, rather than answering an empty list.
 */
export function validateField(kind: Kind, form: object, path: string | (string | number)[], options?: Options): Issue[];

/**
 * Validates an external service provider's registration.
 */
export function validateProviderRegistration(form: ProviderRegistration, options?: Options): Report;

/**
 * Validates a support plan (ondersteuningsplan) and its guidance arrangements.
 */
export function validateSupportPlan(form: SupportPlan, options?: Options): Report;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_session_free: (a: number, b: number) => void;
    readonly __wbg_validator_free: (a: number, b: number) => void;
    readonly addWorkingDays: (a: any, b: number, c: number) => [number, number, number, number];
    readonly checkIban: (a: any, b: number) => [number, number, number];
    readonly checkInsz: (a: any, b: number) => [number, number, number];
    readonly checkKbo: (a: any, b: number) => [number, number, number];
    readonly checkSupervisor: (a: any, b: number) => [number, number, number];
    readonly holidays: (a: number, b: number) => [number, number, number];
    readonly isWorkingDay: (a: any, b: number) => [number, number, number];
    readonly loadTexts: (a: any) => [number, number, number];
    readonly regionOfPostcode: (a: any) => [number, number, number];
    readonly session_issuesAt: (a: number, b: any) => [number, number, number];
    readonly session_report: (a: number) => [number, number, number];
    readonly session_set: (a: number, b: any, c: any) => [number, number, number];
    readonly validateApplication: (a: any, b: number) => [number, number, number];
    readonly validateField: (a: any, b: any, c: any, d: number) => [number, number, number];
    readonly validateProviderRegistration: (a: any, b: number) => [number, number, number];
    readonly validateSupportPlan: (a: any, b: number) => [number, number, number];
    readonly validator_check: (a: number, b: any, c: number) => [number, number, number];
    readonly validator_issuesAt: (a: number, b: any, c: any) => [number, number, number];
    readonly validator_new: (a: any, b: number) => [number, number, number];
    readonly validator_session: (a: number, b: any) => [number, number, number];
    readonly validator_validate: (a: number, b: any) => [number, number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_alloc: () => number;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;

/**
 * Every issue code the library emits (generated from the Rust catalogue).
 */
export type IssueCode = "application.application_after_contract_end" | "application.application_before_contract_start" | "application.application_date_in_future" | "application.application_date_missing" | "application.before_scheme_start" | "application.begeleidingspremie_not_indicated" | "application.begeleidingspremie_outside_flanders" | "application.begeleidingspremie_self_employed" | "application.begeleidingspremie_without_loonpremie" | "application.collega_coach_is_employee" | "application.collega_coach_is_supervisor" | "application.collega_coach_missing" | "application.collega_coach_other_employer" | "application.collega_coach_same_employer_missing" | "application.contract_reversed" | "application.contract_start_missing" | "application.each_employer_applies" | "application.employee_involvement" | "application.employer_in_difficulty" | "application.employer_type_missing" | "application.employer_type_not_eligible" | "application.establishment_country_invalid" | "application.establishment_missing" | "application.external_provider_unidentified" | "application.guidance_organisation_missing" | "application.in_difficulty_unanswered" | "application.indication_date_missing" | "application.indication_expired" | "application.indication_in_future" | "application.indication_measure_unanswered" | "application.indication_valid_until_before_date" | "application.indication_valid_until_beyond_limit" | "application.indication_without_measures" | "application.insz_missing" | "application.internal_supervisor_missing" | "application.internal_supervisor_not_own_staff" | "application.invalid_date" | "application.kbo_missing" | "application.loonpremie_not_indicated" | "application.loonpremie_self_employed" | "application.ondersteuningspremie_not_requested" | "application.ondersteuningspremie_not_self_employed" | "application.ondersteuningspremie_percentage_missing" | "application.ondersteuningspremie_percentage_out_of_range" | "application.ondersteuningspremie_years_missing" | "application.ondersteuningspremie_years_out_of_range" | "application.premiums_indivisible" | "application.premiums_missing" | "application.qualification_proof_missing" | "application.residence_abroad" | "application.residence_country_invalid" | "application.residence_missing" | "application.residence_outside_flanders" | "application.scheme_not_started" | "application.self_employed_unanswered" | "application.vop_transition" | "application.work_limitation_not_recognised" | "application.work_limitation_unanswered" | "form.issues_left_out" | "form.too_deep" | "form.too_large" | "form.too_long" | "form.too_many_items" | "form.too_many_items_in_form" | "form.unknown_choice" | "form.wrong_type" | "guidance.backup_is_same_person" | "guidance.coach_backup_missing" | "guidance.coach_employer_missing" | "guidance.coach_is_employee" | "guidance.coach_is_supervisor" | "guidance.coach_other_employer" | "guidance.daily_follow_up_missing" | "guidance.follow_up_interval_missing" | "guidance.follow_up_too_rare" | "guidance.invalid_date" | "guidance.not_reachable_daily" | "guidance.on_site_days_missing" | "guidance.on_site_too_late" | "guidance.reachability_missing" | "guidance.supervisor_backup_missing" | "guidance.visit_due" | "guidance.visit_overdue" | "guidance.visit_too_late" | "id.iban_empty" | "id.iban_iso_checksum" | "id.iban_national_checksum" | "id.iban_not_belgian" | "id.iban_not_digits" | "id.iban_wrong_length" | "id.insz_check_digits" | "id.insz_empty" | "id.insz_invalid_birth_date" | "id.insz_invalid_serial" | "id.insz_not_digits" | "id.insz_wrong_length" | "id.kbo_check_digits" | "id.kbo_empty" | "id.kbo_first_digit" | "id.kbo_not_digits" | "id.kbo_wrong_length" | "id.postcode_invalid" | "plan.action_point_incomplete" | "plan.coach_name_missing" | "plan.employee_insz_missing" | "plan.employee_name_missing" | "plan.employee_signature_missing" | "plan.employer_kbo_missing" | "plan.employer_name_missing" | "plan.employer_signature_missing" | "plan.employment_start_missing" | "plan.guidance_indication_missing" | "plan.guidance_not_indicated" | "plan.indication_missing" | "plan.invalid_date" | "plan.involvement_not_recorded" | "plan.late" | "plan.no_action_points" | "plan.not_revised" | "plan.organisation_missing" | "plan.plan_date_in_future" | "plan.plan_date_missing" | "plan.premium_change_date_missing" | "plan.provider_registration_missing" | "plan.responsible_person_missing" | "plan.revision_before_plan_date" | "plan.revision_date_missing" | "plan.revision_in_future" | "plan.signature_before_plan_date" | "plan.signature_date_missing" | "plan.signature_in_future" | "plan.team_unexplained" | "provider.area_extension_reported" | "provider.capacity_estimate_missing" | "provider.consortium_not_possible" | "provider.date_in_future" | "provider.employment_missing" | "provider.intervision_commitment_missing" | "provider.invalid_date" | "provider.kbo_missing" | "provider.lapses_without_guidance" | "provider.municipality_outside_flanders" | "provider.no_qualified_supervisor" | "provider.ocmw_may_register" | "provider.on_behalf_of_municipalities" | "provider.procedure_missing" | "provider.quality_registration_missing" | "provider.registered_on_missing" | "provider.registration_expired" | "provider.registration_lapsed" | "provider.segment_restriction" | "provider.simplified_not_open" | "provider.supervisor_not_employed" | "provider.supervisors_missing" | "provider.target_group_experience_missing" | "provider.type_missing" | "provider.valid_until" | "provider.working_area_missing" | "supervisor.competences_not_declared" | "supervisor.diploma_in_future" | "supervisor.diploma_unlisted" | "supervisor.diploma_unnamed" | "supervisor.experience_too_short" | "supervisor.invalid_date" | "supervisor.name_missing" | "supervisor.nobody_responsible" | "supervisor.not_qualified" | "supervisor.not_responsible" | "supervisor.period_from_missing" | "supervisor.period_in_future" | "supervisor.period_relevance_missing" | "supervisor.period_reversed" | "supervisor.qualification_missing" | "supervisor.several_responsible";

declare global {
    interface SymbolConstructor {
        /** The method `using` calls (ES2026); the classes free their memory with it. */
        readonly dispose: unique symbol;
    }
}
