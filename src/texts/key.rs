//! A text's key: FNV-1a of its four wordings, each followed by the unit separator, xor-folded
//! to 24 bits. A `const fn`, so the wasm module computes it while compiling and keeps no
//! wording. 24 bits, not 32: a key is written in every table (6 hexadecimal digits) and in the
//! module's code wherever its text is used, and neither compresses (0.8 KB gzipped of a Dutch
//! page); among 300 texts two share a 24-bit key with a chance of 0.3%, which `text_tables`'
//! test would catch (a wording changed by a character gives the text another key).

/// The key of the text worded `wordings`.
pub(super) const fn of(wordings: &[&str; 4]) -> u32 {
    let [nl, fr, en, de] = wordings;
    let mut hash = 0x811c_9dc5;
    hash = fold(hash, nl.as_bytes());
    hash = fold(hash, fr.as_bytes());
    hash = fold(hash, en.as_bytes());
    hash = fold(hash, de.as_bytes());
    (hash >> 24) ^ (hash & MASK)
}

/// The key's 24 bits.
const MASK: u32 = 0x00ff_ffff;

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
    fn the_key_is_fnv_1a_of_the_wordings_and_their_separators_folded_to_24_bits() {
        // FNV-1a of "a\x1fb\x1fc\x1fd\x1f", computed independently.
        let mut hash: u32 = 0x811c_9dc5;
        for byte in b"a\x1fb\x1fc\x1fd\x1f" {
            hash = (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193);
        }
        assert_eq!(of(&["a", "b", "c", "d"]), (hash >> 24) ^ (hash & 0xff_ffff));
        assert!(of(&["a", "b", "c", "d"]) < 1 << 24);
        assert_ne!(of(&["ab", "", "c", "d"]), of(&["a", "b", "c", "d"]));
    }
}
