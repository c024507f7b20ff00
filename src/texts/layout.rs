//! Where each group of texts starts in a locale's table: the groups in the tables' order, each
//! starting where the one before it ends (see `super::group`).

use super::TextGroup;

/// Each group's first entry in a table, by the group's address.
pub(crate) struct Layout {
    /// `(address of the group, its first entry)`, in the order of the addresses.
    starts: Vec<(usize, usize)>,
    /// How many entries a table of this layout holds.
    len: usize,
}

impl Layout {
    /// The layout of `groups`, given in the tables' order.
    pub(crate) fn of(groups: impl Iterator<Item = &'static TextGroup>) -> Self {
        let mut starts = Vec::new();
        let mut len = 0;
        for group in groups {
            starts.push((address(group), len));
            len += group.len();
        }
        crate::short_sort::sort_short(&mut starts);
        Self { starts, len }
    }

    /// How many entries a table of this layout holds.
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// The entry of the text at `index` in `group`, when the layout has the group.
    pub(crate) fn entry(&self, group: &'static TextGroup, index: usize) -> Option<usize> {
        let address = address(group);
        let found = self.starts.binary_search_by_key(&address, |(address, _)| *address).ok()?;
        let (_, start) = self.starts.get(found)?;
        (index < group.len()).then_some(start + index)
    }
}

// A group is a `static`: its address is its identity for the life of the module.
fn address(group: &'static TextGroup) -> usize {
    group as *const TextGroup as usize
}
