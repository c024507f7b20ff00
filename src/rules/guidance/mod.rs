//! Family `guidance` (GUI-001..005): the guidance arrangements a support plan states, one file
//! per rule.
//!
//! The FAQ fixes the arrangements: the qualified supervisor is reachable every working day
//! ("dagelijks bereikbaar", telephone is fine), physically on the work floor within 5 working
//! days, and follows up every two weeks (on site or digitally); a collega-coach follows up
//! daily; a backup for both is recommended. That the plan states them is PLAN-006's, whose file
//! names each arrangement's field; these rules judge what it states there.

pub mod gui001_reachable;
pub mod gui002_on_site;
pub mod gui003_follow_up;
pub mod gui004_coach;
pub mod gui005_backups;

use crate::model::plan::{Arrangements, SupportPlan};

/// The supervisor's arrangements as the plan states them, or none stated.
fn arrangements_of(form: &SupportPlan) -> &Arrangements {
    const NONE: &Arrangements = &Arrangements {
        reachable_every_working_day: None,
        reachable_by: None,
        on_site_within_working_days: None,
        follow_up_interval_days: None,
        follow_up_mode: None,
        last_on_site_request: None,
        on_site_visit: None,
    };
    form.arrangements.as_ref().unwrap_or(NONE)
}
