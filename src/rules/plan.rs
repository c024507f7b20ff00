//! Family `plan` (being written).

use super::outcome::Outcome;
use crate::context::Context;
use crate::model::plan::SupportPlan;

/// Checks the form.
pub fn check(_form: &SupportPlan, _ctx: &Context, _out: &mut Outcome) {}
