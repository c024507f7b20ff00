//! Catalogue entries of the `application` family.

use super::RuleDef;

/// Rules of the `application` family.
pub const RULES: &[RuleDef] = &[];
