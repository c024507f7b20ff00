//! Path patterns: how a rule says which fields it reads. A pattern is a path in its text form
//! where `[*]` stands for any index (`supervisor.experience[*].from`).

use crate::model::{Path, Step};

/// Whether `pattern` and `path` touch: one lies at or under the other. A sessions asks this of
/// every rule on every change, so it walks the pattern's bytes once and stops at the first
/// segment that differs, without parsing the pattern into steps.
pub fn overlaps(pattern: &str, path: &Path) -> bool {
    let mut rest = pattern.as_bytes();
    for segment in path.segments() {
        if let [b'.', tail @ ..] = rest {
            rest = tail;
        }
        if rest.is_empty() {
            return true;
        }
        let step = match segment.step() {
            Step::Key(key) => {
                rest.strip_prefix(key.name().as_bytes()).filter(|tail| matches!(tail, [] | [b'.' | b'[', ..]))
            }
            Step::Index(_) => rest.strip_prefix(b"[*]"),
        };
        match step {
            Some(tail) => rest = tail,
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(text: &str) -> Path {
        let parsed = Path::parse(text);
        assert!(parsed.is_ok(), "{text}");
        parsed.unwrap_or_default()
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
        assert!(!overlaps("responsible", &path("responsiblePerson")));
        assert!(!overlaps("responsiblePerson", &path("responsible")));
        assert!(overlaps("", &path("supervisors[2].experience[0].to")));
    }
}
