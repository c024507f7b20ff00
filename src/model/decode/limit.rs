//! The form-wide bound on list items ([`MAX_FORM_ITEMS`]), judged on the decoded form.
//!
//! The items are counted in the form's own order (its fields as the model lists them, each
//! list item before what it holds), not in the order of the text: the same form is judged the
//! same whichever order its keys were written or set in, so a session that was given its
//! fields one by one keeps exactly the verdict of a fresh validation.
//!
//! A session keeps every item and judges the bound again after each change: the items past it
//! are moved out of the form for the rules and put back after them ([`restore_items`]), so
//! the form is never copied. One walk, written once here ([`walk`]), does
//! the counting, the cutting and the putting back; a list type gives only its items, one at a
//! time, and its tail.

use super::problem::{ShapeKind, ShapeProblem};
use super::slot::{Items, Open, Slot};
use super::traits::{as_root, Decode};
use crate::model::bounds::MAX_FORM_ITEMS;
use crate::model::path::{Path, Segment};
use std::any::Any;

/// A walk over a form's lists that keeps at most a number of items (or puts back what such a
/// walk left out): the place of the walk, what is left, and where lists were cut. Only the
/// form types walk it.
#[derive(Debug)]
pub struct ItemLimit {
    left: usize,
    at: Path,
    /// Each list that was cut, and the index of its first item left out.
    cut: Vec<(Path, usize)>,
    /// The items each list in `cut` left out (a `Vec` of the list's own type), in the same
    /// order; when putting back, in the reverse order, the next one last.
    tails: Vec<Box<dyn Any>>,
    /// Putting back: the index in `cut` of the next list to get its items back.
    restoring: Option<usize>,
}

impl ItemLimit {
    fn new(most: usize) -> Self {
        Self { left: most, at: Path::root(), cut: Vec::new(), tails: Vec::new(), restoring: None }
    }

    /// Walks a list's items, each with the place one segment further, and cuts it at the first
    /// item past the limit (or, putting back, gives it back what it left out).
    pub(super) fn list(&mut self, list: &mut dyn Items) {
        for index in 0..list.count() {
            if self.restoring.is_none() {
                // Each item counts before what it holds.
                let Some(left) = self.left.checked_sub(1) else {
                    self.cut.push((self.at, index));
                    self.tails.push(list.cut(index));
                    return;
                };
                self.left = left;
            }
            if let Some(item) = list.item(index) {
                self.at(Segment::index(index), |limit| walk(item, limit));
            }
        }
        // A list gets back its items after the lists in its items got theirs, in the order
        // they were cut.
        if let Some(next) = self.restoring {
            if self.cut.get(next).is_some_and(|(cut, _)| *cut == self.at) {
                self.restoring = Some(next + 1);
                if let Some(mut tail) = self.tails.pop() {
                    list.restore(tail.as_mut());
                }
            }
        }
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
pub(super) fn count_items(value: Slot<'_>) -> usize {
    let mut limit = ItemLimit::new(usize::MAX);
    walk(value, &mut limit);
    usize::MAX - limit.left
}

/// Keeps the first [`MAX_FORM_ITEMS`] list items of `form` (see the module docs) and leaves
/// the rest out: one [`ShapeKind::TooManyItemsInForm`] at each list that was cut, and the
/// problems of the items left out go with them. Returns what was left out, for
/// [`restore_root`].
pub(crate) fn limit_form_items<T: Decode + Default>(form: &mut T, problems: &mut Vec<ShapeProblem>) -> ItemLimit {
    as_root(form, |root| limit_root(root, problems))
}

/// [`limit_form_items`] for every form type.
pub(crate) fn limit_root(form: Slot<'_>, problems: &mut Vec<ShapeProblem>) -> ItemLimit {
    let mut limit = ItemLimit::new(MAX_FORM_ITEMS);
    walk(form, &mut limit);
    for (list, from) in &limit.cut {
        let depth = list.segments().len();
        // A loop rather than `retain`, whose closure would be one more generic copy of it.
        let all = std::mem::take(problems);
        problems.reserve(all.len() + 1);
        for problem in all {
            let index = problem.path.segments().get(depth).and_then(|segment| segment.as_index());
            if !(problem.path.starts_with(list) && index.is_some_and(|index| index >= *from)) {
                problems.push(problem);
            }
        }
        problems.push(ShapeProblem { path: *list, kind: ShapeKind::TooManyItemsInForm });
    }
    limit
}

/// Puts back into `form` (reached as its slot, whatever its type) the items
/// [`limit_form_items`] or [`limit_root`] left out of it: `form` is then as it was before.
pub(crate) fn restore_root(form: Slot<'_>, mut cut: ItemLimit) {
    if cut.cut.is_empty() {
        return;
    }
    cut.tails.reverse();
    cut.restoring = Some(0);
    cut.at = Path::root();
    walk(form, &mut cut);
}

/// Walks the list items `slot` holds, in the form's order, leaving out those past the limit
/// (see the module docs).
pub(crate) fn walk(slot: Slot<'_>, limit: &mut ItemLimit) {
    match slot {
        Slot::Group(shape, group) => {
            if let Some(fields) = group.open(Open::Get) {
                for (index, key) in shape.keys.iter().enumerate() {
                    if let Some(field) = fields.field(index) {
                        limit.at(Segment::key(*key), |limit| walk(field, limit));
                    }
                }
            }
        }
        Slot::List(list) => {
            if let Some(items) = list.open(Open::Get) {
                limit.list(items);
            }
        }
        _ => {}
    }
}
