//! Codes of the `id` family.

family_codes! {
    /// Codes of the `id` family.
    IdCode, "id";
}
