//! Catalogue entries of the `guidance` family.

use super::RuleDef;

/// Rules of the `guidance` family.
pub const RULES: &[RuleDef] = &[];
