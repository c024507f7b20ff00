//! Sorting the short lists the library sorts: a holiday year, a supervisor's periods of
//! experience, the text groups of a locale.

/// Sorts `items` by insertion. The lists are a few dozen items at most, where insertion is as
/// fast as the standard library's sort; and its code is a fraction of that sort's, which the
/// wasm module carried once for each type sorted (each heapsort about 320 bytes).
pub(crate) fn sort_short<T: Ord>(items: &mut [T]) {
    for end in 1..items.len() {
        for at in (1..=end).rev() {
            match items.get_mut(at - 1..=at) {
                Some([before, after]) if *before > *after => std::mem::swap(before, after),
                _ => break,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_short;

    #[test]
    fn sorts_as_the_standard_sort_does() {
        let lists: [&[u8]; 6] = [&[], &[1], &[2, 1], &[3, 1, 2, 1, 3], &[5, 4, 3, 2, 1, 0], &[0, 1, 2, 2, 1]];
        for list in lists {
            let mut ours = list.to_vec();
            sort_short(&mut ours);
            let mut theirs = list.to_vec();
            theirs.sort();
            assert_eq!(ours, theirs);
        }
    }
}
