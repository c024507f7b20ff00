//! Catalogue entries of the `id` family.

use super::RuleDef;

/// Rules of the `id` family.
pub const RULES: &[RuleDef] = &[];
