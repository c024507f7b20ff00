//! The TypeScript declarations of the Rust types the npm package's declarations name, as tsify
//! derives them (the `typescript` feature). examples/typescript.rs prints them and
//! pkg-config/assemble.mjs puts them into the package's `maatwerk.d.ts` and `maatwerk.d.cts`: the
//! wasm module does not carry them, so it does not carry tsify's runtime either.

use crate::calendar::names::HolidayEntry;
use crate::context::{DiplomaEntry, Options, ParameterOverrides};
use crate::engine::{CheckIssue, Delta};
use crate::locale::Locale;
use crate::model::application::{
    Application, CollegaCoach, Contract, Employee, Employer, EmployerType, ExternalProvider, Guidance,
    IndicatedMeasures, RequestedPremiums, Residence, VdabIndication,
};
use crate::model::plan::{
    ActionPoint, Arrangements, Backups, DailyFollowUp, DailyMoment, FollowUpMode, Indication, PlanCollegaCoach,
    PlanEmployee, PlanEmployer, PremiumChange, ReachableBy, Regime, Revision, Signature, Signatures, SupportPlan, Team,
    TeamMember,
};
use crate::model::provider::{
    Conditions, Organisation, OrganisationType, Procedure, ProviderRegistration, Province, RegistrationStatus,
    WorkingArea,
};
use crate::model::supervisor::{Competences, Diploma, ExperiencePeriod, GuidanceOrganisation, Supervisor};
use crate::model::Kind;
use crate::report::{Completeness, Issue, Param, Report, Requirement, Severity, Source, Status};
use crate::rules::catalogue::Confidence;
use crate::rules::ids::IdCheck;
use crate::rules::info::{ParameterInfo, RuleInfo};
use tsify::Tsify;

/// Each type's name and declaration, from the list of types written once.
macro_rules! declarations {
    ($($ty:ident),* $(,)?) => {
        /// Every type deriving its declaration, by its Rust name, with that declaration (an
        /// `export interface` or `export type`). tests/typescript.rs fails when a type that
        /// derives one is not listed here.
        pub fn declarations() -> Vec<(&'static str, &'static str)> {
            vec![$((stringify!($ty), <$ty as Tsify>::DECL)),*]
        }
    };
}

declarations![
    // The forms.
    Application,
    Employer,
    EmployerType,
    Employee,
    Residence,
    VdabIndication,
    IndicatedMeasures,
    Contract,
    RequestedPremiums,
    Guidance,
    ExternalProvider,
    CollegaCoach,
    ProviderRegistration,
    Organisation,
    OrganisationType,
    Procedure,
    WorkingArea,
    Province,
    Conditions,
    RegistrationStatus,
    SupportPlan,
    Regime,
    Indication,
    PlanEmployee,
    PlanEmployer,
    Team,
    TeamMember,
    DailyMoment,
    DailyFollowUp,
    PlanCollegaCoach,
    Backups,
    ReachableBy,
    FollowUpMode,
    Arrangements,
    ActionPoint,
    PremiumChange,
    Revision,
    Signatures,
    Signature,
    Supervisor,
    GuidanceOrganisation,
    Diploma,
    ExperiencePeriod,
    Competences,
    Kind,
    // The answers.
    Report,
    Completeness,
    Requirement,
    Status,
    Issue,
    Source,
    Severity,
    Param,
    Delta,
    CheckIssue,
    IdCheck,
    HolidayEntry,
    // The catalogue.
    RuleInfo,
    ParameterInfo,
    Confidence,
    // The options.
    Options,
    ParameterOverrides,
    DiplomaEntry,
    Locale,
];
