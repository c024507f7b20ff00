//! The registration of an external service provider (externe dienstverlener): the
//! organisation that applies, the procedure, its working area, its qualified supervisors, the
//! conditions it declares and, for a status or renewal check, the registration it already has.

use super::decode::{decode_enum, decode_struct};
use super::supervisor::Supervisor;
use serde::{Deserialize, Serialize};

/// An external service provider's registration as a form holds it: every field may still be
/// missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ProviderRegistration {
    /// The applicant (EXT-001, EXT-002, EXT-005).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Organisation>,
    /// The procedure applied for (EXT-004).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub procedure: Option<Procedure>,
    /// Where the provider offers guidance (EXT-003, EXT-007).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_area: Option<WorkingArea>,
    /// The qualified supervisors the provider employs (EXT-002, EXT-008).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supervisors: Option<Vec<Supervisor>>,
    /// The registration conditions (EXT-008).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditions: Option<Conditions>,
    /// The registration already granted, for a status or renewal check (EXT-006, EXT-009);
    /// absent on a first application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<RegistrationStatus>,
}

decode_struct!(ProviderRegistration {
    organisation: "organisation",
    procedure: "procedure",
    working_area: "workingArea",
    supervisors: "supervisors",
    conditions: "conditions",
    registration: "registration",
});

/// The organisation that applies.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Organisation {
    /// Name of the organisation. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Enterprise number (KBO), e.g. `0403.019.261`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kbo: Option<String>,
    /// What kind of organisation it is; it decides the procedure open to it (EXT-004).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<OrganisationType>,
    /// Whether several organisations apply together as a consortium (EXT-001).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consortium: Option<bool>,
    /// Whether the applicant applies on behalf of (member) municipalities (EXT-002).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applies_on_behalf_of_municipalities: Option<bool>,
}

decode_struct!(Organisation {
    name: "name",
    kbo: "kbo",
    kind: "type",
    consortium: "consortium",
    applies_on_behalf_of_municipalities: "appliesOnBehalfOfMunicipalities",
});

/// Kinds of organisation, as far as the rules tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum OrganisationType {
    /// A company (private employer).
    Company,
    /// A non-profit association (vzw).
    NonProfit,
    /// A public centre for social welfare; its social service may register (EXT-005).
    Ocmw,
    /// A municipality; municipalities register one by one (EXT-002).
    Municipality,
    /// An intermunicipal partnership; it cannot register on behalf of municipalities (EXT-002).
    IntermunicipalPartnership,
    /// Gespecialiseerde trajectbepalings- en begeleidingsdienst.
    Gtb,
    /// Gespecialiseerde opleidings-, begeleidings- en bemiddelingsdienst.
    Gob,
    /// Collectief maatwerkbedrijf.
    CollectiefMaatwerkbedrijf,
    /// Lokale diensteneconomie undertaking.
    LokaleDiensteneconomie,
    /// Maatwerkafdeling recognised for work-related activities in health or welfare policy.
    AmaWelzijn,
    /// Any other organisation.
    Other,
}

decode_enum!(OrganisationType {
    Company: "company",
    NonProfit: "nonProfit",
    Ocmw: "ocmw",
    Municipality: "municipality",
    IntermunicipalPartnership: "intermunicipalPartnership",
    Gtb: "gtb",
    Gob: "gob",
    CollectiefMaatwerkbedrijf: "collectiefMaatwerkbedrijf",
    LokaleDiensteneconomie: "lokaleDiensteneconomie",
    AmaWelzijn: "amaWelzijn",
    Other: "other",
});

/// The registration procedure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum Procedure {
    /// The full procedure, open to every organisation.
    Regular,
    /// The simplified procedure, open to GTB, GOB, collectief maatwerkbedrijf and lokale
    /// diensteneconomie only (EXT-004).
    Simplified,
}

decode_enum!(Procedure { Regular: "regular", Simplified: "simplified" });

/// The territorial working area.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct WorkingArea {
    /// Whole provinces covered.
    ///
    /// In both lists an item is `None` only where the decoder dropped a value that did not
    /// fit (a made-up province, a number): the gap keeps the items after it at their index, so
    /// their issues stay next to the places typed. A province has no empty value to stand in.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "Province[]", optional))]
    pub provinces: Option<Vec<Option<Province>>>,
    /// Single municipalities covered: a name, or a postcode (optionally followed by the name).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", tsify(type = "string[]", optional))]
    pub municipalities: Option<Vec<Option<String>>>,
    /// A segment of work floors the registration would be limited to (e.g. only local
    /// authorities). The procedure has no such limit (EXT-003): anything typed here is an error.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segment_restriction: Option<String>,
    /// A specialisation the provider chooses of its own accord; allowed, and not binding.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub specialisation: Option<String>,
}

decode_struct!(WorkingArea {
    provinces: "provinces",
    municipalities: "municipalities",
    segment_restriction: "segmentRestriction",
    specialisation: "specialisation",
});

/// The five Flemish provinces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum Province {
    /// Antwerpen.
    Antwerpen,
    /// Limburg.
    Limburg,
    /// Oost-Vlaanderen.
    OostVlaanderen,
    /// Vlaams-Brabant.
    VlaamsBrabant,
    /// West-Vlaanderen.
    WestVlaanderen,
}

decode_enum!(Province {
    Antwerpen: "antwerpen",
    Limburg: "limburg",
    OostVlaanderen: "oostVlaanderen",
    VlaamsBrabant: "vlaamsBrabant",
    WestVlaanderen: "westVlaanderen",
});

/// The registration conditions the provider declares (EXT-008).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Conditions {
    /// Registered in the department's quality model (kwaliteitsregistratie).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quality_registration: Option<bool>,
    /// How the provider's experience with the target group can be shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_group_experience: Option<String>,
    /// A motivated estimate of the area and the capacity (number of employees) served.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub capacity_estimate: Option<String>,
    /// Commitment to take part in the department's intervision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intervision_commitment: Option<bool>,
}

decode_struct!(Conditions {
    quality_registration: "qualityRegistration",
    target_group_experience: "targetGroupExperience",
    capacity_estimate: "capacityEstimate",
    intervision_commitment: "intervisionCommitment",
});

/// A registration already granted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct RegistrationStatus {
    /// The day the registration took effect, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_on: Option<String>,
    /// The last day the provider guided an employee with a work limitation, `YYYY-MM-DD`;
    /// absent when it has not guided anyone yet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_guidance_on: Option<String>,
}

decode_struct!(RegistrationStatus { registered_on: "registeredOn", last_guidance_on: "lastGuidanceOn" });
