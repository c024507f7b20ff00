//! The qualified supervisor (gekwalificeerd begeleider) and the evidence of the qualification.
//!
//! One type serves wherever a supervisor appears (alone, in an application, a support plan or
//! a registration): the few fields that only a plan or a registration reads are optional and
//! ignored elsewhere. Copies of the fields in separate types would drift apart.

use super::decode::{decode_enum, decode_struct};
use serde::{Deserialize, Serialize};

/// A qualified supervisor as a form holds it: every field may still be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Supervisor {
    /// Full name of the person. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this person is the one responsible for the guidance (SUP-004).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsible: Option<bool>,
    /// Diplomas the person holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diplomas: Option<Vec<Diploma>>,
    /// Periods of professional experience.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub experience: Option<Vec<ExperiencePeriod>>,
    /// The core competences the person declares (SUP-005).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub competences: Option<Competences>,
    /// In a support plan: whether an own employee (internal) or a registered provider
    /// (external) gives the guidance. The qualification check does not read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<GuidanceOrganisation>,
    /// In a support plan, when external: the provider's registration number with the
    /// department. The qualification check does not read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider_registration_number: Option<String>,
    /// In a provider's registration: whether the applicant employs this person (EXT-002). The
    /// qualification check does not read it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employed_by_applicant: Option<bool>,
}

decode_struct!(Supervisor {
    name: "name",
    responsible: "responsible",
    diplomas: "diplomas",
    experience: "experience",
    competences: "competences",
    organisation: "organisation",
    provider_registration_number: "providerRegistrationNumber",
    employed_by_applicant: "employedByApplicant",
});

/// Who organises the guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum GuidanceOrganisation {
    /// An own employee acts as qualified supervisor: no registration needed.
    Internal,
    /// A registered external service provider.
    External,
}

decode_enum!(GuidanceOrganisation { Internal: "internal", External: "external" });

/// A diploma: a code from the relevant-diploma list, or a free title someone must judge.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Diploma {
    /// Code from the relevant-diploma list (see the `relevantDiplomas` parameter).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Title as written on the diploma, for a diploma that is not on the list.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Date obtained, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub obtained: Option<String>,
}

decode_struct!(Diploma { code: "code", title: "title", obtained: "obtained" });

/// A period of professional experience; without `to` it is ongoing up to the as-of date.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ExperiencePeriod {
    /// First day, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day, included, `YYYY-MM-DD`; absent while the period is ongoing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Whether the experience is relevant: guidance of people on the work floor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant: Option<bool>,
    /// What the work was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

decode_struct!(ExperiencePeriod { from: "from", to: "to", relevant: "relevant", description: "description" });

/// The core competences of a qualified supervisor (SUP-005), each declared or not.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Competences {
    /// Working together (samenwerken).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_together: Option<bool>,
    /// Communicating (communiceren).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub communicating: Option<bool>,
    /// Person-centred work (persoonsgericht werken).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_centred: Option<bool>,
    /// Tailored advice (advies op maat).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tailored_advice: Option<bool>,
}

decode_struct!(Competences {
    working_together: "workingTogether",
    communicating: "communicating",
    person_centred: "personCentred",
    tailored_advice: "tailoredAdvice",
});
