//! Family `form` (FORM-001): values that do not fit the form's shape, found while decoding.

use super::outcome::Outcome;
use crate::model::bounds::{MAX_DEPTH, MAX_FORM_ITEMS, MAX_INPUT_BYTES, MAX_LIST_ITEMS, MAX_TEXT_CHARS};
use crate::model::decode::{ShapeKind, ShapeProblem};
use crate::report::codes::form::FormCode as Code;
use crate::report::Finding;

/// Reports each value that did not fit at its path.
pub fn check(problems: &[ShapeProblem], out: &mut Outcome) {
    for problem in problems {
        let path = problem.path;
        out.push(match &problem.kind {
            ShapeKind::WrongType(expected) => Finding::new(Code::WrongType, path).with("expected", expected.name()),
            ShapeKind::UnknownChoice { allowed } => {
                Finding::new(Code::UnknownChoice, path).with("allowed", allowed.clone())
            }
            ShapeKind::TooLong => Finding::new(Code::TooLong, path).with("max", MAX_TEXT_CHARS),
            ShapeKind::TooManyItems => Finding::new(Code::TooManyItems, path).with("max", MAX_LIST_ITEMS),
            ShapeKind::TooManyItemsInForm => Finding::new(Code::TooManyItemsInForm, path).with("max", MAX_FORM_ITEMS),
            ShapeKind::TooDeep => Finding::new(Code::TooDeep, path).with("max", MAX_DEPTH),
            ShapeKind::TooLarge => Finding::new(Code::TooLarge, path).with("max", MAX_INPUT_BYTES),
        });
    }
}
