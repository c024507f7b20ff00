//! Path patterns: how a rule says which fields it reads. A pattern is a path in its text form
//! where `[*]` stands for any index (`supervisor.experience[*].from`).

use crate::model::{Path, Segment};

/// One step of a pattern.
#[derive(Debug, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    AnyIndex,
}

/// The steps of a pattern, left to right.
fn steps(pattern: &str) -> impl Iterator<Item = Step<'_>> {
    pattern.split('.').filter(|part| !part.is_empty()).flat_map(|part| {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(key, rest)| (key, rest));
        let key = (!key.is_empty()).then_some(Step::Key(key));
        let any = indexes.matches('*').map(|_| Step::AnyIndex);
        key.into_iter().chain(any)
    })
}

/// Whether `pattern` and `path` touch: one lies at or under the other.
pub fn overlaps(pattern: &str, path: &Path) -> bool {
    steps(pattern).zip(path.segments()).all(|(step, segment)| match (step, segment) {
        (Step::Key(key), Segment::Key(name)) => key == name.as_ref(),
        (Step::AnyIndex, Segment::Index(_)) => true,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> Path {
        Path::parse(text).unwrap_or_default()
    }

    #[test]
    fn a_pattern_touches_what_lies_under_it_and_above_it() {
        assert!(overlaps("supervisor.experience[*].from", &path("supervisor.experience[3].from")));
        assert!(overlaps("supervisor.experience[*].from", &path("supervisor.experience")));
        assert!(overlaps("supervisor", &path("supervisor.experience[0].to")));
        assert!(overlaps("supervisor", &path("")));
        assert!(!overlaps("supervisor.experience[*].from", &path("supervisor.experience[3].to")));
        assert!(!overlaps("supervisor.name", &path("employee.name")));
        assert!(!overlaps("revisions[*].date", &path("revisions.date")));
    }
}
