//! Codes of the `plan` family.

family_codes! {
    /// Codes of the `plan` family.
    PlanCode, "plan";
}
