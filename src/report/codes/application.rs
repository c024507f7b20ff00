//! Codes of the `application` family.

family_codes! {
    /// Codes of the `application` family.
    ApplicationCode, "application";
}
