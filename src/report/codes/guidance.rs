//! Codes of the `guidance` family.

family_codes! {
    /// Codes of the `guidance` family.
    GuidanceCode, "guidance";
}
