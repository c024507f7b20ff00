//! The messages of every code in one locale: each distinct text once, in one string. Built at
//! compile time from the literals next to each code, so a text that several codes share (the
//! same "invalid date" in several families) is written next to each code and stored once.
//!
//! Codes are numbered family after family, in the order of `Code::all()`. A code's text is the
//! next distinct one unless an earlier code has the same text; only those repeats need an index
//! of their own, so the table costs one end per distinct text and a pair per repeat.

/// One locale's messages of every code.
pub(crate) struct Table {
    /// The distinct texts one after the other, in the order of the first code of each.
    text: &'static str,
    /// Where each distinct text ends in `text`.
    ends: &'static [u16],
    /// `[code, distinct text]` for each code whose text an earlier code has, by code.
    repeats: &'static [[u16; 2]],
}

impl Table {
    /// The table of `text`, its distinct texts ending at `ends`, and the `repeats`.
    pub(crate) const fn new(text: &'static str, ends: &'static [u16], repeats: &'static [[u16; 2]]) -> Self {
        Self { text, ends, repeats }
    }

    /// The text of the code at `code`; empty for a code past the table.
    pub(crate) fn get(&self, code: usize) -> &'static str {
        // A code that is no repeat has the distinct text after the earlier codes' distinct ones.
        let mut repeats_before = 0;
        for &[repeat, distinct] in self.repeats {
            let repeat = usize::from(repeat);
            if repeat == code {
                return self.distinct(usize::from(distinct));
            }
            if repeat > code {
                break;
            }
            repeats_before += 1;
        }
        self.distinct(code.saturating_sub(repeats_before))
    }

    /// The distinct text at `index`; empty for an index past the table.
    fn distinct(&self, index: usize) -> &'static str {
        let start = match index.checked_sub(1) {
            None => 0,
            Some(before) => self.ends.get(before).copied().unwrap_or_default(),
        };
        let end = self.ends.get(index).copied().unwrap_or_default();
        self.text.get(usize::from(start)..usize::from(end)).unwrap_or_default()
    }

    /// The distinct texts, in their order in the table.
    #[cfg(test)]
    pub(crate) fn distinct_texts(&self) -> impl Iterator<Item = &'static str> + '_ {
        (0..self.ends.len()).map(|index| self.distinct(index))
    }
}

// The builders below run only in the constants of `message_table!`: a failed `assert!` there
// stops the build, so none of it can fail at run time. They walk slices by pattern because
// `get` is not const and indexing may panic.

/// `families`' texts one after the other: `N` must be their number.
pub(crate) const fn join<const N: usize>(families: &[&[&'static str]]) -> [&'static str; N] {
    let mut joined = [""; N];
    let mut slots: &mut [&'static str] = &mut joined;
    let mut families = families;
    while let [family, more_families @ ..] = families {
        let mut texts: &[&'static str] = family;
        while let [text, more_texts @ ..] = texts {
            assert!(!slots.is_empty(), "more texts than the count of codes");
            let [slot, more_slots @ ..] = slots else {
                return joined;
            };
            *slot = *text;
            (texts, slots) = (more_texts, more_slots);
        }
        families = more_families;
    }
    assert!(slots.is_empty(), "fewer texts than the count of codes");
    joined
}

/// No text: the end of a chain of texts of one length.
const NONE: usize = usize::MAX;

/// The length of the longest of `texts`.
pub(crate) const fn longest(texts: &[&str]) -> usize {
    let mut longest = 0;
    let mut rest = texts;
    while let [text, more @ ..] = rest {
        if text.len() > longest {
            longest = text.len();
        }
        rest = more;
    }
    longest
}

/// Per text, the index of the first text equal to it (its own when no earlier text is).
/// `LENGTHS` is one more than the longest text's length. A text is compared only with the earlier
/// ones of its length, chained from the last one: comparing every pair made `const` evaluation
/// take seconds of every build.
pub(crate) const fn firsts<const N: usize, const LENGTHS: usize>(texts: &[&str]) -> [usize; N] {
    assert!(texts.len() == N, "one first per text");
    assert!(N <= u16::MAX as usize, "more codes than a table numbers");
    let mut firsts = [0; N];
    // Per length the last text of that length so far, and per text the one before it.
    let mut last = [NONE; LENGTHS];
    let mut before = [NONE; N];
    let mut index = 0;
    let mut rest = texts;
    while let [text, more @ ..] = rest {
        let mut first = index;
        let last_of_length = at(&last, text.len());
        let mut earlier = last_of_length;
        while earlier != NONE {
            if same(text_at(texts, earlier), text) {
                // That one's first is this one's too.
                first = at(&firsts, earlier);
                break;
            }
            earlier = at(&before, earlier);
        }
        set(&mut firsts, index, first);
        set(&mut before, index, last_of_length);
        set(&mut last, text.len(), index);
        index += 1;
        rest = more;
    }
    firsts
}

/// `items[index]`, or [`NONE`] past the end.
const fn at(items: &[usize], index: usize) -> usize {
    match items.split_at_checked(index) {
        Some((_, [item, ..])) => *item,
        _ => NONE,
    }
}

/// `texts[index]`, or empty past the end.
const fn text_at<'a>(texts: &[&'a str], index: usize) -> &'a str {
    match texts.split_at_checked(index) {
        Some((_, [text, ..])) => text,
        _ => "",
    }
}

/// Sets `items[index]`, which must exist.
const fn set(items: &mut [usize], index: usize, value: usize) {
    assert!(index < items.len(), "a table's index is past its end");
    if let Some((_, [item, ..])) = items.split_at_mut_checked(index) {
        *item = value;
    }
}

/// Whether two texts are the same, byte for byte (`==` on `str` is not const).
const fn same(one: &str, other: &str) -> bool {
    if one.len() != other.len() {
        return false;
    }
    let (mut one, mut other) = (one.as_bytes(), other.as_bytes());
    while let ([a, more_one @ ..], [b, more_other @ ..]) = (one, other) {
        if *a != *b {
            return false;
        }
        (one, other) = (more_one, more_other);
    }
    true
}

/// How many of the texts of `firsts` are distinct: those that are their own first.
pub(crate) const fn distinct_count(firsts: &[usize]) -> usize {
    let mut count = 0;
    let mut index = 0;
    let mut rest = firsts;
    while let [first, more @ ..] = rest {
        if *first == index {
            count += 1;
        }
        index += 1;
        rest = more;
    }
    count
}

/// The length of the distinct texts together.
pub(crate) const fn distinct_len(texts: &[&str], firsts: &[usize]) -> usize {
    let mut len = 0;
    let mut index = 0;
    let (mut texts, mut firsts) = (texts, firsts);
    while let ([text, more_texts @ ..], [first, more_firsts @ ..]) = (texts, firsts) {
        if *first == index {
            len += text.len();
        }
        index += 1;
        (texts, firsts) = (more_texts, more_firsts);
    }
    len
}

/// The distinct texts one after the other, as bytes; `LEN` must be their length together.
pub(crate) const fn text<const LEN: usize>(texts: &[&str], firsts: &[usize]) -> [u8; LEN] {
    let mut text = [0; LEN];
    let mut slots: &mut [u8] = &mut text;
    let mut index = 0;
    let (mut texts, mut firsts) = (texts, firsts);
    while let ([distinct, more_texts @ ..], [first, more_firsts @ ..]) = (texts, firsts) {
        if *first == index {
            let mut bytes = distinct.as_bytes();
            while let [byte, more_bytes @ ..] = bytes {
                assert!(!slots.is_empty(), "the texts are longer than the table");
                let [slot, more_slots @ ..] = slots else {
                    return text;
                };
                *slot = *byte;
                (bytes, slots) = (more_bytes, more_slots);
            }
        }
        index += 1;
        (texts, firsts) = (more_texts, more_firsts);
    }
    assert!(slots.is_empty(), "the texts are shorter than the table");
    text
}

/// Where each distinct text ends; `DISTINCT` must be their number.
pub(crate) const fn ends<const DISTINCT: usize>(texts: &[&str], firsts: &[usize]) -> [u16; DISTINCT] {
    let mut ends = [0; DISTINCT];
    let mut slots: &mut [u16] = &mut ends;
    let mut end = 0;
    let mut index = 0;
    let (mut texts, mut firsts) = (texts, firsts);
    while let ([text, more_texts @ ..], [first, more_firsts @ ..]) = (texts, firsts) {
        if *first == index {
            end += text.len();
            assert!(end <= u16::MAX as usize, "the messages in one locale exceed 64 KB");
            assert!(!slots.is_empty(), "more distinct texts than counted");
            let [slot, more_slots @ ..] = slots else {
                return ends;
            };
            *slot = end as u16;
            slots = more_slots;
        }
        index += 1;
        (texts, firsts) = (more_texts, more_firsts);
    }
    assert!(slots.is_empty(), "fewer distinct texts than counted");
    ends
}

/// `[code, distinct text]` for each text that repeats an earlier one, by code; `REPEATS` must be
/// their number.
pub(crate) const fn repeats<const REPEATS: usize>(firsts: &[usize]) -> [[u16; 2]; REPEATS] {
    let mut repeats = [[0; 2]; REPEATS];
    let mut slots: &mut [[u16; 2]] = &mut repeats;
    let mut index = 0;
    let mut rest = firsts;
    while let [first, more @ ..] = rest {
        if *first != index {
            // The first is earlier, so its distinct text is numbered by the distinct ones before.
            let (before, _) = firsts.split_at(*first);
            assert!(!slots.is_empty(), "more repeats than counted");
            let [slot, more_slots @ ..] = slots else {
                return repeats;
            };
            // `firsts` asserted that every code fits in a u16.
            *slot = [index as u16, distinct_count(before) as u16];
            slots = more_slots;
        }
        index += 1;
        rest = more;
    }
    assert!(slots.is_empty(), "fewer repeats than counted");
    repeats
}

/// The table's bytes as text: they are whole texts one after the other, so always UTF-8.
pub(crate) const fn utf8(bytes: &'static [u8]) -> &'static str {
    let text = core::str::from_utf8(bytes);
    assert!(text.is_ok(), "a table split a character");
    match text {
        Ok(text) => text,
        Err(_) => "",
    }
}

#[cfg(test)]
mod tests {
    use super::Table;

    /// Three codes, the third repeating the first; and a fourth, after the repeat.
    #[test]
    fn a_repeat_reads_the_earlier_text_and_the_codes_after_it_their_own() {
        const TABLE: Table = message_table!(["Vul in.", "Één maand.", "Vul in.", ""]);
        assert_eq!(
            (0..5).map(|code| TABLE.get(code)).collect::<Vec<_>>(),
            ["Vul in.", "Één maand.", "Vul in.", "", ""]
        );
        assert_eq!(TABLE.text, "Vul in.Één maand.");
        assert_eq!(TABLE.repeats, [[2, 0]]);
    }
}
