//! Codes of the `provider` family.

family_codes! {
    /// Codes of the `provider` family.
    ProviderCode, "provider";
}
