//! Family `supervisor` (SUP-001..005): the qualification of a qualified supervisor, one file per
//! rule. A supervisor is judged on their own (`checkSupervisor`) and wherever a form names one
//! (an application's internal supervisor, the support plan's, a provider's staff), by the same
//! rules through [`check`].

mod evidence;
pub mod sup001_qualified;
pub mod sup002_experience;
pub mod sup003_diploma;
pub mod sup004_responsible;
pub mod sup005_competences;

use crate::context::Context;
use crate::model::decode::ShapeProblem;
use crate::model::{Path, Supervisor};
use crate::rules::outcome::Outcome;
pub use sup004_responsible::Responsibility;

/// Checks one supervisor found at `at` inside another form: the rules of a supervisor on their
/// own, in the same order, SUP-004 as `responsibility` says.
pub fn check(
    supervisor: &Supervisor,
    at: &Path,
    responsibility: Responsibility<'_>,
    dropped: &[ShapeProblem],
    ctx: &Context,
    out: &mut Outcome,
) {
    sup004_responsible::check_at(supervisor, at, responsibility, dropped, out);
    sup003_diploma::check_at(supervisor, at, dropped, ctx, out);
    sup002_experience::check_at(supervisor, at, dropped, ctx, out);
    sup001_qualified::check_at(supervisor, at, dropped, ctx, out);
    sup005_competences::check_at(supervisor, at, dropped, out);
}
