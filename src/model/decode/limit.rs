//! The form-wide bound on list items ([`MAX_FORM_ITEMS`]), judged on the decoded form.
//!
//! The items are counted in the form's own order (its fields as the model lists them, each
//! list item before what it holds), not in the order of the text: the same form is judged the
//! same whichever order its keys were written or set in, so a session that was given its
//! fields one by one keeps exactly the verdict of a fresh validation.

use super::problem::{ShapeKind, ShapeProblem};
use super::traits::Decode;
use crate::model::bounds::MAX_FORM_ITEMS;
use crate::model::path::{Path, Segment};

/// A walk over a form's lists that keeps at most a number of items: the place of the walk,
/// what is left, and where lists were cut. Only the form types walk it.
#[derive(Debug)]
pub struct ItemLimit {
    left: usize,
    at: Path,
    /// Each list that was cut, and the index of its first item left out.
    cut: Vec<(Path, usize)>,
}

impl ItemLimit {
    fn new(most: usize) -> Self {
        Self { left: most, at: Path::root(), cut: Vec::new() }
    }

    /// Takes one item from what is left; false when nothing is.
    pub(super) fn take(&mut self) -> bool {
        let Some(left) = self.left.checked_sub(1) else { return false };
        self.left = left;
        true
    }

    /// Notes that the list at the current place keeps only its items before `index`.
    pub(super) fn cut_at(&mut self, index: usize) {
        self.cut.push((self.at, index));
    }

    /// Runs `walk` with the place one segment further.
    pub(super) fn at(&mut self, segment: Segment, walk: impl FnOnce(&mut Self)) {
        let pushed = self.at.push(segment);
        walk(self);
        if pushed {
            self.at.pop();
        }
    }
}

/// The list items in `value`, in every list it holds.
pub(super) fn count_items<T: Decode>(value: &mut T) -> usize {
    let mut limit = ItemLimit::new(usize::MAX);
    value.limit_items(&mut limit);
    usize::MAX - limit.left
}

/// Keeps the first [`MAX_FORM_ITEMS`] list items of `form` (see the module docs) and leaves
/// the rest out: one [`ShapeKind::TooManyItemsInForm`] at each list that was cut, and the
/// problems of the items left out go with them.
pub(crate) fn limit_form_items<T: Decode>(form: &mut T, problems: &mut Vec<ShapeProblem>) {
    let mut limit = ItemLimit::new(MAX_FORM_ITEMS);
    form.limit_items(&mut limit);
    for (list, from) in limit.cut {
        let depth = list.segments().len();
        problems.retain(|problem| {
            let index = problem.path.segments().get(depth).and_then(|segment| segment.as_index());
            !(problem.path.starts_with(&list) && index.is_some_and(|index| index >= from))
        });
        problems.push(ShapeProblem { path: list, kind: ShapeKind::TooManyItemsInForm });
    }
}
