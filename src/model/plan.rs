//! The support plan (ondersteuningsplan): who guides whom, how, and how the plan evolves.
//!
//! The plan is drawn up at the start of the employment and revised at least at every change
//! of the begeleidingspremie (FAQ). It names the people involved, states the guidance
//! arrangements (GUI-001..005) and holds the personal development action points (POP, HIVA).

use super::decode::{decode_enum, decode_struct};
use super::supervisor::Supervisor;
use serde::{Deserialize, Serialize};

pub use super::supervisor::GuidanceOrganisation;

/// A support plan as a form holds it: every field may still be missing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct SupportPlan {
    /// Whether VDAB indicated guidance on the work floor (PLAN-001).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance_indicated: Option<bool>,
    /// The VDAB indication the plan refers to (PLAN-009).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indication: Option<Indication>,
    /// The date the plan was drawn up, `YYYY-MM-DD` (PLAN-002).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_date: Option<String>,
    /// First day of the employment, `YYYY-MM-DD` (PLAN-002).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employment_start: Option<String>,
    /// The employee with a work limitation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee: Option<PlanEmployee>,
    /// The employer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer: Option<PlanEmployer>,
    /// The qualified supervisor and the organisation that provides the guidance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<Supervisor>,
    /// Name of the one person responsible for the guidance, when that is not the supervisor
    /// (SUP-004). Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsible_person: Option<String>,
    /// The team that does the guidance work, when a team does it (SUP-004).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<Team>,
    /// The collega-coach who does the daily follow-up (GUI-004).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collega_coach: Option<PlanCollegaCoach>,
    /// Who stands in during absences (GUI-005).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backups: Option<Backups>,
    /// The guidance arrangements (GUI-001..003).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrangements: Option<Arrangements>,
    /// Personal development action points (POP, PLAN-008).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action_points: Option<Vec<ActionPoint>>,
    /// Changes of the begeleidingspremie (PLAN-003).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub premium_changes: Option<Vec<PremiumChange>>,
    /// Revisions of the plan after it was first drawn up (PLAN-003).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revisions: Option<Vec<Revision>>,
    /// The signatures of the employee and the employer (PLAN-004).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signatures: Option<Signatures>,
    /// How the employee was involved in choosing the supervisor (PLAN-007).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee_involvement: Option<String>,
}

decode_struct!(SupportPlan {
    guidance_indicated: "guidanceIndicated",
    indication: "indication",
    plan_date: "planDate",
    employment_start: "employmentStart",
    employee: "employee",
    employer: "employer",
    supervisor: "supervisor",
    responsible_person: "responsiblePerson",
    team: "team",
    collega_coach: "collegaCoach",
    backups: "backups",
    arrangements: "arrangements",
    action_points: "actionPoints",
    premium_changes: "premiumChanges",
    revisions: "revisions",
    signatures: "signatures",
    employee_involvement: "employeeInvolvement",
});

/// The guidance regime of the VDAB indication (ICF-based, HIVA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum Regime {
    /// Low guidance intensity (`laag`).
    Laag,
    /// Medium guidance intensity (`midden`).
    Midden,
    /// High guidance intensity (`hoog`).
    Hoog,
}

decode_enum!(Regime { Laag: "laag", Midden: "midden", Hoog: "hoog" });

/// The VDAB indication the plan refers to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Indication {
    /// Date of the indication, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The guidance regime, where the indication gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub regime: Option<Regime>,
}

decode_struct!(Indication { date: "date", regime: "regime" });

/// The employee as the plan names them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct PlanEmployee {
    /// Full name. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// INSZ (national register or BIS number). Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insz: Option<String>,
}

decode_struct!(PlanEmployee { name: "name", insz: "insz" });

/// The employer as the plan names it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct PlanEmployer {
    /// Name of the organisation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// KBO number (ondernemingsnummer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kbo: Option<String>,
}

decode_struct!(PlanEmployer { name: "name", kbo: "kbo" });

/// A team that does the guidance work under one responsible person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Team {
    /// The members of the team.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<TeamMember>>,
    /// How the team works and who does what.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

decode_struct!(Team { members: "members", explanation: "explanation" });

/// One member of a guidance team.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct TeamMember {
    /// Full name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// What the member does in the guidance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

decode_struct!(TeamMember { name: "name", role: "role" });

/// When in the working day the collega-coach follows up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum DailyMoment {
    /// At the start of the working day.
    StartOfDay,
    /// At the end of the working day.
    EndOfDay,
    /// At a moment during the working day.
    DuringDay,
}

decode_enum!(DailyMoment { StartOfDay: "startOfDay", EndOfDay: "endOfDay", DuringDay: "duringDay" });

/// The collega-coach's daily follow-up.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct DailyFollowUp {
    /// When in the day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub moment: Option<DailyMoment>,
    /// Whether it happens digitally (allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digital: Option<bool>,
}

decode_struct!(DailyFollowUp { moment: "moment", digital: "digital" });

/// The collega-coach: a colleague of the employee who follows up daily.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct PlanCollegaCoach {
    /// Full name. Never copied into a message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the coach works for the same employer as the employee.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub same_employer: Option<bool>,
    /// Whether the coach is the employee (not allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_employee: Option<bool>,
    /// Whether the coach is the qualified supervisor (not allowed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_supervisor: Option<bool>,
    /// The daily follow-up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub daily_follow_up: Option<DailyFollowUp>,
}

decode_struct!(PlanCollegaCoach {
    name: "name",
    same_employer: "sameEmployer",
    is_employee: "isEmployee",
    is_supervisor: "isSupervisor",
    daily_follow_up: "dailyFollowUp",
});

/// The people who stand in during absences.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Backups {
    /// Name of the backup for the qualified supervisor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supervisor: Option<String>,
    /// Name of the backup for the collega-coach.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
}

decode_struct!(Backups { supervisor: "supervisor", coach: "coach" });

/// How the qualified supervisor can be reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum ReachableBy {
    /// By telephone (the FAQ says this suffices).
    Phone,
    /// By e-mail.
    Email,
    /// By video call.
    VideoCall,
    /// In person on the work floor.
    OnSite,
}

decode_enum!(ReachableBy { Phone: "phone", Email: "email", VideoCall: "videoCall", OnSite: "onSite" });

/// How the two-weekly follow-up happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub enum FollowUpMode {
    /// On the work floor.
    OnSite,
    /// Digitally.
    Digital,
    /// Sometimes on site, sometimes digitally.
    Mixed,
}

decode_enum!(FollowUpMode { OnSite: "onSite", Digital: "digital", Mixed: "mixed" });

/// The guidance arrangements of the qualified supervisor.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Arrangements {
    /// Whether the supervisor is reachable every working day (GUI-001).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable_every_working_day: Option<bool>,
    /// How the supervisor can be reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reachable_by: Option<ReachableBy>,
    /// Within how many working days of a request the supervisor is on the work floor (GUI-002).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_site_within_working_days: Option<u32>,
    /// Days between two follow-ups by the supervisor (GUI-003).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up_interval_days: Option<u32>,
    /// How the follow-up happens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up_mode: Option<FollowUpMode>,
    /// The last request for the supervisor to come to the work floor, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_on_site_request: Option<String>,
    /// The supervisor's visit to the work floor after that request, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_site_visit: Option<String>,
}

decode_struct!(Arrangements {
    reachable_every_working_day: "reachableEveryWorkingDay",
    reachable_by: "reachableBy",
    on_site_within_working_days: "onSiteWithinWorkingDays",
    follow_up_interval_days: "followUpIntervalDays",
    follow_up_mode: "followUpMode",
    last_on_site_request: "lastOnSiteRequest",
    on_site_visit: "onSiteVisit",
});

/// A personal development action point (POP).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct ActionPoint {
    /// What the employee works on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Who follows it up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// When it is followed up, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up_date: Option<String>,
}

decode_struct!(ActionPoint { description: "description", owner: "owner", follow_up_date: "followUpDate" });

/// A change of the begeleidingspremie.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct PremiumChange {
    /// The date the change takes effect, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

decode_struct!(PremiumChange { date: "date" });

/// A revision of the plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Revision {
    /// The date of the revised plan, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

decode_struct!(Revision { date: "date", summary: "summary" });

/// The signatures on the plan.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Signatures {
    /// The employee's signature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employee: Option<Signature>,
    /// The employer's signature.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer: Option<Signature>,
}

decode_struct!(Signatures { employee: "employee", employer: "employer" });

/// One party's signature.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[cfg_attr(feature = "json-schema", derive(schemars::JsonSchema))]
pub struct Signature {
    /// Whether the party signed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signed: Option<bool>,
    /// The date of the signature, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

decode_struct!(Signature { signed: "signed", date: "date" });
