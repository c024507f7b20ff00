//! Family `application` (being written).

use super::outcome::Outcome;
use crate::context::Context;
use crate::model::application::Application;

/// Checks the form.
pub fn check(_form: &Application, _ctx: &Context, _out: &mut Outcome) {}
