//! Catalogue entries of the `provider` family.

use super::RuleDef;

/// Rules of the `provider` family.
pub const RULES: &[RuleDef] = &[];
