//! One locale's messages of a family: the texts one after the other in one string, and where
//! each ends. Built at compile time from the literals next to each code, so the texts are
//! written once, where the code is declared.

/// `COUNT` texts in one string.
pub struct Table<const COUNT: usize> {
    text: &'static str,
    ends: [u16; COUNT],
}

impl<const COUNT: usize> Table<COUNT> {
    /// The table of `text`, the texts of `lengths` one after the other. A family's texts in one
    /// locale stay far below 64 KB; a larger table does not compile.
    pub const fn new(text: &'static str, lengths: [usize; COUNT]) -> Self {
        let mut ends = [0_u16; COUNT];
        let mut end = 0;
        let (mut from, mut to): (&[usize], &mut [u16]) = (&lengths, &mut ends);
        while let ([length, lengths @ ..], [slot, slots @ ..]) = (from, to) {
            end += *length;
            assert!(end <= u16::MAX as usize, "a family's messages in one locale exceed 64 KB");
            *slot = end as u16;
            (from, to) = (lengths, slots);
        }
        assert!(end == text.len(), "the lengths do not add up to the text");
        Self { text, ends }
    }

    /// The text at `index`; empty for an index past the table.
    pub fn get(&self, index: usize) -> &'static str {
        let start = match index.checked_sub(1) {
            None => 0,
            Some(before) => self.ends.get(before).copied().unwrap_or_default(),
        };
        let end = self.ends.get(index).copied().unwrap_or_default();
        self.text.get(usize::from(start)..usize::from(end)).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn each_text_is_its_own_slice() {
        const TABLE: Table<3> =
            Table::new(concat!("Vul in.", "", "Één maand."), ["Vul in.".len(), 0, "Één maand.".len()]);
        assert_eq!([TABLE.get(0), TABLE.get(1), TABLE.get(2), TABLE.get(3)], ["Vul in.", "", "Één maand.", ""]);
    }
}
