//! Catalogue entries of the `plan` family.

use super::RuleDef;

/// Rules of the `plan` family.
pub const RULES: &[RuleDef] = &[];
