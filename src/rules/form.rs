//! Family `form` (FORM-001): values that do not fit the form's shape, found while decoding.

use super::outcome::Outcome;
use crate::model::bounds::{MAX_DEPTH, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use crate::model::decode::{ShapeKind, ShapeProblem};
use crate::report::{Code, Finding};

/// Reports each value that did not fit at its path.
pub fn check(problems: &[ShapeProblem], out: &mut Outcome) {
    for problem in problems {
        let path = problem.path.clone();
        out.push(match &problem.kind {
            ShapeKind::WrongType(expected) => Finding::new(Code::FormWrongType, path).with("expected", expected.name()),
            ShapeKind::UnknownChoice { allowed } => {
                Finding::new(Code::FormUnknownChoice, path).with("allowed", allowed.clone())
            }
            ShapeKind::TooLong => Finding::new(Code::FormTooLong, path).with("max", MAX_TEXT_CHARS),
            ShapeKind::TooManyItems => Finding::new(Code::FormTooManyItems, path).with("max", MAX_LIST_ITEMS),
            ShapeKind::TooDeep => Finding::new(Code::FormTooDeep, path).with("max", MAX_DEPTH),
        });
    }
}
