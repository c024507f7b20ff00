//! Family `provider` (being written).

use super::outcome::Outcome;
use crate::context::Context;
use crate::model::provider::ProviderRegistration;

/// Checks the form.
pub fn check(_form: &ProviderRegistration, _ctx: &Context, _out: &mut Outcome) {}
