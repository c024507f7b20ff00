//! Family `provider` (EXT-001..009): the registration of an external service provider
//! (externe dienstverlener), one file per rule.
//!
//! A first application holds the organisation, the procedure, the working area, the qualified
//! supervisors and the conditions; a status or renewal check adds the registration already
//! granted (`registration`), from which the lapse date (EXT-006) and the end date (EXT-009)
//! follow. Each supervisor is checked as any qualified supervisor (SUP-001..003, SUP-005, see
//! [`staff`]); SUP-004 (one responsible person) is about one employee's guidance, not a
//! provider's staff, so its verdict is left out here.

pub mod ext001_identity;
pub mod ext002_employer;
pub mod ext003_segment;
pub mod ext004_procedure;
pub mod ext005_ocmw;
pub mod ext006_lapse;
pub mod ext007_area;
pub mod ext008_conditions;
pub mod ext009_validity;
mod facts;
pub mod staff;
