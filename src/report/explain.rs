//! Keys of requirement explanations; their texts are in `messages`.

/// What a requirement's explanation says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Explain {
    /// Qualified through a listed diploma.
    QualifiedByDiploma,
    /// Qualified through enough relevant experience (`months`, `required`).
    QualifiedByExperience,
    /// No listed diploma and too little experience (`months`, `required`, `short`).
    NotQualified,
    /// An unlisted diploma waits for judgement; experience alone falls short.
    DiplomaToJudge,
    /// No diploma and no experience given yet.
    NoEvidenceYet,
    /// Periods with a missing date or relevance could still complete the experience.
    ExperienceIncomplete,
    /// One named person is responsible.
    PersonNamed,
    /// The name of the responsible person is still missing.
    PersonUnnamed,
}
