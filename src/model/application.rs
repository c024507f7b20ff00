//! The application for individueel maatwerk, as the employer (or the self-employed person for
//! themselves) fills it in the department's portal: who employs whom, where, on which VDAB
//! indication, which premiums are requested and how the guidance is organised.

use super::decode::{decode_enum, decode_struct};
use super::supervisor::Supervisor;
use serde::{Deserialize, Serialize};

pub use super::supervisor::GuidanceOrganisation;

/// An application as a form holds it: every field may still be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Application {
    /// The employer, or the self-employed person's own enterprise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer: Option<Employer>,
    /// The person with the work limitation (the self-employed person themselves when
    /// `selfEmployed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee: Option<Employee>,
    /// Whether a self-employed person applies for themselves (ondersteuningspremie); absent
    /// means an employer applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub self_employed: Option<bool>,
    /// VDAB's indication: the recognised need for individueel maatwerk.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vdab_indication: Option<VdabIndication>,
    /// The employment contract (not for a self-employed person).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract: Option<Contract>,
    /// The day the application is filed, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application_date: Option<String>,
    /// The premiums applied for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_premiums: Option<RequestedPremiums>,
    /// How the guidance on the work floor is organised, when VDAB indicated guidance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Guidance>,
    /// Whether the employee still has a running VOP (the scheme before individueel maatwerk).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vop_running: Option<bool>,
    /// Whether the employee also works part-time for other employers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub part_time_with_other_employers: Option<bool>,
    /// Whether the employee was involved in choosing the external provider.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee_involved_in_choice: Option<bool>,
}

decode_struct!(Application {
    employer: "employer",
    employee: "employee",
    self_employed: "selfEmployed",
    vdab_indication: "vdabIndication",
    contract: "contract",
    application_date: "applicationDate",
    requested_premiums: "requestedPremiums",
    guidance: "guidance",
    vop_running: "vopRunning",
    part_time_with_other_employers: "partTimeWithOtherEmployers",
    employee_involved_in_choice: "employeeInvolvedInChoice",
});

/// The employer as the application identifies it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Employer {
    /// Name of the organisation. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Enterprise number (KBO), e.g. `0403.019.261`; for a school, that of its school group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kbo: Option<String>,
    /// What kind of employer it is.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<EmployerType>,
    /// Whether the employer is an undertaking in difficulty (state-aid sense).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_difficulty: Option<bool>,
    /// Country of the establishment where the employee works, ISO 3166 alpha-2; absent means
    /// Belgium.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub establishment_country: Option<String>,
    /// Belgian postcode of the establishment where the employee works: it decides the region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub establishment_postcode: Option<String>,
}

decode_struct!(Employer {
    name: "name",
    kbo: "kbo",
    kind: "type",
    in_difficulty: "inDifficulty",
    establishment_country: "establishmentCountry",
    establishment_postcode: "establishmentPostcode",
});

/// Kinds of employer, as far as eligibility tells them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum EmployerType {
    /// A private employer: a company, a vzw, a temping agency, a natural person with staff.
    PrivateEmployer,
    /// A school (onderwijsinstelling).
    School,
    /// A local authority (municipality, OCMW, ...).
    LocalAuthority,
    /// A maatwerkbedrijf (collectief maatwerk).
    Maatwerkbedrijf,
    /// Another public authority: not eligible.
    OtherPublicAuthority,
}

decode_enum!(EmployerType {
    PrivateEmployer: "privateEmployer",
    School: "school",
    LocalAuthority: "localAuthority",
    Maatwerkbedrijf: "maatwerkbedrijf",
    OtherPublicAuthority: "otherPublicAuthority",
});

/// The person with the work limitation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Employee {
    /// National register or BIS number (INSZ). Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insz: Option<String>,
    /// Full name. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Where the person lives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residence: Option<Residence>,
    /// Whether VDAB recognised the work limitation (arbeidsbeperking).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub work_limitation_recognised: Option<bool>,
}

decode_struct!(Employee {
    insz: "insz",
    name: "name",
    residence: "residence",
    work_limitation_recognised: "workLimitationRecognised",
});

/// Where a person lives.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Residence {
    /// Country, ISO 3166 alpha-2; absent means Belgium.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Postcode; in Belgium it decides the region.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
}

decode_struct!(Residence { country: "country", postcode: "postcode" });

/// VDAB's indication: the decision that recognises the need and names the measures.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct VdabIndication {
    /// Date of the indication, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Last day the indication is valid, `YYYY-MM-DD`, when VDAB set one (at most 5 years).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<String>,
    /// The measures VDAB found necessary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measures: Option<IndicatedMeasures>,
}

decode_struct!(VdabIndication { date: "date", valid_until: "validUntil", measures: "measures" });

/// The measures of a VDAB indication.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct IndicatedMeasures {
    /// A need for a loonpremie (wage premium).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loonpremie: Option<bool>,
    /// A need for guidance on the work floor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance: Option<bool>,
}

decode_struct!(IndicatedMeasures { loonpremie: "loonpremie", guidance: "guidance" });

/// The employment contract.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Contract {
    /// First day of the employment, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day, included, `YYYY-MM-DD`; absent for an open-ended contract.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

decode_struct!(Contract { start: "start", end: "end" });

/// The premiums applied for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct RequestedPremiums {
    /// The loonpremie (employers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loonpremie: Option<bool>,
    /// The begeleidingspremie for guidance on the work floor (employers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub begeleidingspremie: Option<bool>,
    /// The ondersteuningspremie (self-employed persons).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ondersteuningspremie: Option<bool>,
    /// The ondersteuningspremie as a percentage of the reference wage, 20 to 55.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ondersteuningspremie_percentage: Option<f64>,
    /// For how many years the ondersteuningspremie is asked, 2 to 5.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ondersteuningspremie_years: Option<f64>,
}

decode_struct!(RequestedPremiums {
    loonpremie: "loonpremie",
    begeleidingspremie: "begeleidingspremie",
    ondersteuningspremie: "ondersteuningspremie",
    ondersteuningspremie_percentage: "ondersteuningspremiePercentage",
    ondersteuningspremie_years: "ondersteuningspremieYears",
});

/// How the guidance on the work floor is organised.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Guidance {
    /// By an own employee (internal) or bought from a registered provider (external).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<GuidanceOrganisation>,
    /// The own employee who acts as qualified supervisor, for internal guidance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_supervisor: Option<Supervisor>,
    /// Whether proof of the internal supervisor's qualification (a copy of the diploma, proof
    /// of experience) is attached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualification_proof_attached: Option<bool>,
    /// The registered external service provider, for external guidance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_provider: Option<ExternalProvider>,
    /// The colleague who does the daily follow-up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collega_coach: Option<CollegaCoach>,
}

decode_struct!(Guidance {
    organisation: "organisation",
    internal_supervisor: "internalSupervisor",
    qualification_proof_attached: "qualificationProofAttached",
    external_provider: "externalProvider",
    collega_coach: "collegaCoach",
});

/// A registered external service provider.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ExternalProvider {
    /// The provider's registration number with the department.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_number: Option<String>,
    /// The provider's enterprise number (KBO).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kbo: Option<String>,
    /// The provider's name. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

decode_struct!(ExternalProvider { registration_number: "registrationNumber", kbo: "kbo", name: "name" });

/// The collega-coach: a colleague who follows the employee up daily.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct CollegaCoach {
    /// Full name. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the coach works for the same employer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_employer: Option<bool>,
}

decode_struct!(CollegaCoach { name: "name", same_employer: "sameEmployer" });
