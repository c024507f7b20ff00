//! The decoder's wire names are serde's: every form, with every field filled and every list
//! holding two items, serialized by serde and decoded by the decoder, comes back equal.
//!
//! The values are written without `..Default::default()`, so a new field does not compile here
//! until it is filled in, and then fails here until the decoder knows its wire name.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use maatwerk::model::application::{
    Application, CollegaCoach, Contract, Employee, Employer, EmployerType, ExternalProvider, Guidance,
    IndicatedMeasures, RequestedPremiums, Residence, VdabIndication,
};
use maatwerk::model::decode::{from_json, Decode};
use maatwerk::model::plan::{
    ActionPoint, Arrangements, Backups, DailyFollowUp, DailyMoment, FollowUpMode, Indication, PlanCollegaCoach,
    PlanEmployee, PlanEmployer, PremiumChange, ReachableBy, Regime, Revision, Signature, Signatures, SupportPlan, Team,
    TeamMember,
};
use maatwerk::model::provider::{
    Conditions, Organisation, OrganisationType, Procedure, ProviderRegistration, Province, RegistrationStatus,
    WorkingArea,
};
use maatwerk::model::supervisor::{Competences, Diploma, ExperiencePeriod, GuidanceOrganisation, Supervisor};
use serde::Serialize;
use std::fmt::Debug;

fn text(value: &str) -> Option<String> {
    Some(value.to_owned())
}

fn supervisor(name: &str) -> Supervisor {
    Supervisor {
        name: text(name),
        responsible: Some(true),
        diplomas: Some(vec![
            Diploma { code: text("ba-sociaal-werk"), title: text("Bachelor"), obtained: text("2010-06-30") },
            Diploma { code: text("ma-psychologie"), title: text("Master"), obtained: text("2012-06-30") },
        ]),
        experience: Some(vec![
            ExperiencePeriod {
                from: text("2015-01-01"),
                to: text("2018-12-31"),
                relevant: Some(true),
                description: text("Jobcoach"),
            },
            ExperiencePeriod {
                from: text("2019-01-01"),
                to: text("2024-12-31"),
                relevant: Some(false),
                description: text("Kantoor"),
            },
        ]),
        competences: Some(Competences {
            working_together: Some(true),
            communicating: Some(false),
            person_centred: Some(true),
            tailored_advice: Some(false),
        }),
        organisation: Some(GuidanceOrganisation::External),
        provider_registration_number: text("ED-2024-017"),
        employed_by_applicant: Some(true),
    }
}

fn application() -> Application {
    Application {
        employer: Some(Employer {
            name: text("Bakkerij Peeters"),
            kbo: text("0403.019.261"),
            kind: Some(EmployerType::LocalAuthority),
            in_difficulty: Some(false),
            establishment_country: text("BE"),
            establishment_postcode: text("9000"),
        }),
        employee: Some(Employee {
            insz: text("85.07.30-033.28"),
            name: text("Jan Peeters"),
            residence: Some(Residence { country: text("BE"), postcode: text("9050") }),
            work_limitation_recognised: Some(true),
        }),
        self_employed: Some(false),
        vdab_indication: Some(VdabIndication {
            date: text("2025-01-10"),
            valid_until: text("2029-01-09"),
            measures: Some(IndicatedMeasures { loonpremie: Some(true), guidance: Some(false) }),
        }),
        contract: Some(Contract { start: text("2025-02-01"), end: text("2027-01-31") }),
        application_date: text("2025-02-15"),
        requested_premiums: Some(RequestedPremiums {
            loonpremie: Some(true),
            begeleidingspremie: Some(false),
            ondersteuningspremie: Some(true),
            ondersteuningspremie_percentage: Some(33.5),
            ondersteuningspremie_years: Some(4.0),
        }),
        guidance: Some(Guidance {
            organisation: Some(GuidanceOrganisation::Internal),
            internal_supervisor: Some(supervisor("Sara Janssens")),
            qualification_proof_attached: Some(true),
            external_provider: Some(ExternalProvider {
                registration_number: text("ED-2024-017"),
                kbo: text("0431.150.351"),
                name: text("Werkvloer vzw"),
            }),
            collega_coach: Some(CollegaCoach { name: text("Els"), same_employer: Some(true) }),
        }),
        vop_running: Some(false),
        part_time_with_other_employers: Some(true),
        employee_involved_in_choice: Some(false),
    }
}

fn provider() -> ProviderRegistration {
    ProviderRegistration {
        organisation: Some(Organisation {
            name: text("Werkvloer vzw"),
            kbo: text("0431.150.351"),
            kind: Some(OrganisationType::IntermunicipalPartnership),
            consortium: Some(false),
            applies_on_behalf_of_municipalities: Some(true),
        }),
        procedure: Some(Procedure::Simplified),
        working_area: Some(WorkingArea {
            provinces: Some(vec![Some(Province::OostVlaanderen), Some(Province::WestVlaanderen)]),
            municipalities: Some(vec![text("9000 Gent"), text("Genk")]),
            segment_restriction: text("lokale besturen"),
            specialisation: text("autisme"),
        }),
        supervisors: Some(vec![supervisor("Sara Janssens"), supervisor("Ali Benali")]),
        conditions: Some(Conditions {
            quality_registration: Some(true),
            target_group_experience: text("Tien jaar"),
            capacity_estimate: text("40 werknemers"),
            intervision_commitment: Some(false),
        }),
        registration: Some(RegistrationStatus {
            registered_on: text("2024-03-15"),
            last_guidance_on: text("2025-10-01"),
        }),
    }
}

fn signature(date: &str) -> Signature {
    Signature { signed: Some(true), date: text(date) }
}

fn plan() -> SupportPlan {
    SupportPlan {
        guidance_indicated: Some(true),
        indication: Some(Indication { date: text("2025-12-15"), regime: Some(Regime::Hoog) }),
        plan_date: text("2026-02-16"),
        employment_start: text("2026-01-05"),
        employee: Some(PlanEmployee { name: text("Jan Peeters"), insz: text("85.07.30-033.28") }),
        employer: Some(PlanEmployer { name: text("Bakkerij Peeters"), kbo: text("0403.019.261") }),
        supervisor: Some(supervisor("Sara Janssens")),
        responsible_person: text("Ann"),
        team: Some(Team {
            members: Some(vec![
                TeamMember { name: text("Ann"), role: text("coördinatie") },
                TeamMember { name: text("Bert"), role: text("opvolging") },
            ]),
            explanation: text("Ann verdeelt het werk"),
        }),
        collega_coach: Some(PlanCollegaCoach {
            name: text("Els"),
            same_employer: Some(true),
            is_employee: Some(false),
            is_supervisor: Some(false),
            daily_follow_up: Some(DailyFollowUp { moment: Some(DailyMoment::EndOfDay), digital: Some(true) }),
        }),
        backups: Some(Backups { supervisor: text("Piet"), coach: text("Mia") }),
        arrangements: Some(Arrangements {
            reachable_every_working_day: Some(true),
            reachable_by: Some(ReachableBy::VideoCall),
            on_site_within_working_days: Some(5),
            follow_up_interval_days: Some(14),
            follow_up_mode: Some(FollowUpMode::Mixed),
            last_on_site_request: text("2026-05-04"),
            on_site_visit: text("2026-05-07"),
        }),
        action_points: Some(vec![
            ActionPoint { description: text("Kassa"), owner: text("Els"), follow_up_date: text("2026-03-01") },
            ActionPoint { description: text("Planning"), owner: text("Sara"), follow_up_date: text("2026-04-01") },
        ]),
        premium_changes: Some(vec![
            PremiumChange { date: text("2026-06-01") },
            PremiumChange { date: text("2026-10-01") },
        ]),
        revisions: Some(vec![
            Revision { date: text("2026-06-15"), summary: text("Nieuwe taken") },
            Revision { date: text("2026-10-15"), summary: text("Minder begeleiding") },
        ]),
        signatures: Some(Signatures {
            employee: Some(signature("2026-02-16")),
            employer: Some(signature("2026-02-17")),
        }),
        employee_involvement: text("Samen gekozen"),
    }
}

fn round_trips<T: Decode + Default + Serialize + PartialEq + Debug>(form: T) {
    let json = serde_json::to_string(&form).unwrap();
    let decoded = from_json::<T>(&json).unwrap();
    assert_eq!(decoded.problems, vec![], "{json}");
    assert_eq!(decoded.form, form, "{json}");
}

#[test]
fn every_form_filled_in_completely_round_trips_through_serde() {
    round_trips(application());
    round_trips(provider());
    round_trips(plan());
    round_trips(supervisor("Sara Janssens"));
}

#[test]
fn an_empty_item_in_a_list_of_choices_round_trips() {
    let mut provider = provider();
    provider.working_area =
        Some(WorkingArea { provinces: Some(vec![None, Some(Province::Antwerpen)]), ..Default::default() });
    let json = serde_json::to_string(&provider).unwrap();
    assert!(json.contains(r#""provinces":[null,"antwerpen"]"#), "{json}");
    round_trips(provider);
}
