//! A text's key: FNV-1a (32 bits) of its four wordings, each followed by the unit separator.
//! A `const fn`, so the wasm module computes it while compiling and keeps no wording.

/// The key of the text worded `wordings`.
pub(super) const fn of(wordings: &[&str; 4]) -> u32 {
    let [nl, fr, en, de] = wordings;
    let mut hash = 0x811c_9dc5;
    hash = fold(hash, nl.as_bytes());
    hash = fold(hash, fr.as_bytes());
    hash = fold(hash, en.as_bytes());
    fold(hash, de.as_bytes())
}

const fn fold(mut hash: u32, mut bytes: &[u8]) -> u32 {
    while let [byte, rest @ ..] = bytes {
        hash = (hash ^ *byte as u32).wrapping_mul(0x0100_0193);
        bytes = rest;
    }
    // The separator keeps ["ab", "c"] and ["a", "bc"] apart.
    (hash ^ 0x1f).wrapping_mul(0x0100_0193)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_fnv_1a_of_the_wordings_and_their_separators() {
        // FNV-1a of "a\x1fb\x1fc\x1fd\x1f", computed independently.
        let mut expected: u32 = 0x811c_9dc5;
        for byte in b"a\x1fb\x1fc\x1fd\x1f" {
            expected = (expected ^ u32::from(*byte)).wrapping_mul(0x0100_0193);
        }
        assert_eq!(of(&["a", "b", "c", "d"]), expected);
        assert_ne!(of(&["ab", "", "c", "d"]), of(&["a", "b", "c", "d"]));
    }
}
