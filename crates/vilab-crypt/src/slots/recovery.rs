//! The recovery key: 160 random bits a person can write down and type
//! back. Shown as 8 groups of 5 Crockford base32 characters (4 carrying
//! 20 bits, 1 check character), e.g. `7K2QX-M0D4R-...`. The check
//! character of each group makes any one wrong character, and any two
//! characters swapped within a group, a clear error naming the group, and
//! a group typed in another group's place fails too.
//!
//! The check is written here rather than taken from a crate because none of
//! the base32 crates carries a per-group check: over GF(32) (the field of
//! polynomials modulo x^5 + x^2 + 1, generator α = x), a group of symbols
//! `s_0 .. s_4` of group number `g` (1 to 8) is valid when
//! `Σ α^p · s_p = α^5 · g`. The weights `α^0 .. α^4` are distinct and non-zero, so
//! changing one symbol, or swapping two different ones, changes the sum;
//! and groups `g ≠ g'` expect different sums.

use std::fmt;

use secrecy::{ExposeSecret, SecretBox, SecretString};
use zeroize::Zeroizing;

/// Bytes of key material in a recovery key.
pub const RECOVERY_KEY_BYTES: usize = 20;
/// Groups in the text form.
pub const GROUPS: usize = 8;
/// Characters in a group (4 data and 1 check).
pub const GROUP_CHARS: usize = 5;

/// Crockford's base32 alphabet: no I, L, O or U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Why typed text is not a recovery key. Positions count from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecoveryKeyError {
    /// Not 8 groups.
    #[error("a recovery key has 8 groups of 5 characters; found {found} groups")]
    GroupCount {
        /// Groups found.
        found: usize,
    },
    /// A group of the wrong length.
    #[error("group {group} of the recovery key has {found} characters, not 5")]
    GroupLength {
        /// The group, from 1.
        group: usize,
        /// Its length.
        found: usize,
    },
    /// Written without separators, but not 40 characters.
    #[error("a recovery key has 40 characters (8 groups of 5); found {found}")]
    Length {
        /// Characters found.
        found: usize,
    },
    /// A character that is not in the alphabet.
    #[error("character {position} of group {group} of the recovery key, {ch:?}, is not one a recovery key uses")]
    BadCharacter {
        /// The group, from 1.
        group: usize,
        /// The position in the group, from 1.
        position: usize,
        /// The character.
        ch: char,
    },
    /// A group whose check character does not match: a typo in it.
    #[error("group {group} of the recovery key has a typo (its check character does not match)")]
    Checksum {
        /// The group, from 1.
        group: usize,
    },
}

/// A lab's recovery key. Zeroized when dropped; `Debug` shows nothing.
pub struct RecoveryKey(SecretBox<[u8; RECOVERY_KEY_BYTES]>);

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey(<secret>)")
    }
}

fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut r = 0u8;
    while b != 0 {
        if b & 1 != 0 {
            r ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 0x20 != 0 {
            a ^= 0b10_0101; // x^5 = x^2 + 1
        }
    }
    r
}

fn gf_pow_alpha(e: u32) -> u8 {
    (0..e % 31).fold(1, |acc, _| gf_mul(acc, 2))
}

/// The check symbol of a group's 4 data symbols.
fn check_symbol(group: usize, data: &[u8]) -> u8 {
    // α^4 · s_4 = α^5 · g + Σ_{p<4} α^p · s_p  (addition is XOR).
    let mut sum = gf_mul(gf_pow_alpha(5), group as u8);
    for (p, &s) in data.iter().enumerate() {
        sum ^= gf_mul(gf_pow_alpha(p as u32), s);
    }
    gf_mul(gf_pow_alpha(31 - 4), sum)
}

fn symbol_of(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).map(|p| p as u8)
}

impl RecoveryKey {
    /// A new random recovery key.
    pub fn generate() -> Result<RecoveryKey, crate::RandomError> {
        let mut result = Ok(());
        let key = SecretBox::init_with_mut(|k: &mut [u8; RECOVERY_KEY_BYTES]| {
            result = crate::random_bytes(k);
        });
        result.map(|()| RecoveryKey(key))
    }

    /// The key's bytes (the secret argon2id is given).
    pub(crate) fn expose(&self) -> &[u8; RECOVERY_KEY_BYTES] {
        self.0.expose_secret()
    }

    /// The text to show once: 8 groups of 5, joined by `-`.
    pub fn to_text(&self) -> SecretString {
        let bytes = self.expose();
        let mut out = Zeroizing::new(String::with_capacity(GROUPS * (GROUP_CHARS + 1)));
        let mut acc: u32 = 0;
        let mut bits = 0;
        let mut symbols = Zeroizing::new([0u8; 32]);
        let mut n = 0;
        for &b in bytes.iter() {
            acc = (acc << 8) | u32::from(b);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                symbols[n] = ((acc >> bits) & 31) as u8;
                n += 1;
            }
        }
        for g in 0..GROUPS {
            if g > 0 {
                out.push('-');
            }
            let data = &symbols[g * 4..g * 4 + 4];
            for &s in data {
                out.push(char::from(ALPHABET[s as usize]));
            }
            out.push(char::from(ALPHABET[check_symbol(g + 1, data) as usize]));
        }
        SecretString::from(out.as_str())
    }

    /// Reads typed text: case does not matter, `O` is read as `0` and `I`,
    /// `L` as `1`; groups may be separated by `-` or spaces (then each
    /// must have 5 characters) or written as one run of 40.
    pub fn parse(text: &str) -> Result<RecoveryKey, RecoveryKeyError> {
        let text = text.trim();
        let is_sep = |c: char| c == '-' || c.is_whitespace();
        let groups: Vec<&str> = if text.contains(is_sep) {
            let groups: Vec<&str> = text.split(is_sep).filter(|g| !g.is_empty()).collect();
            if groups.len() != GROUPS {
                return Err(RecoveryKeyError::GroupCount { found: groups.len() });
            }
            groups
        } else {
            let found = text.chars().count();
            if found != GROUPS * GROUP_CHARS || !text.is_ascii() {
                if let Some((i, ch)) = text.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                    return Err(RecoveryKeyError::BadCharacter {
                        group: i / GROUP_CHARS + 1,
                        position: i % GROUP_CHARS + 1,
                        ch,
                    });
                }
                return Err(RecoveryKeyError::Length { found });
            }
            (0..GROUPS).map(|g| &text[g * GROUP_CHARS..(g + 1) * GROUP_CHARS]).collect()
        };
        let mut symbols = Zeroizing::new([0u8; GROUPS * 4]);
        for (g, group) in groups.iter().enumerate() {
            let mut s = Zeroizing::new([0u8; GROUP_CHARS]);
            let mut count = 0;
            for (i, ch) in group.chars().enumerate() {
                let v = symbol_of(ch).ok_or(RecoveryKeyError::BadCharacter { group: g + 1, position: i + 1, ch })?;
                if i < GROUP_CHARS {
                    s[i] = v;
                }
                count += 1;
            }
            if count != GROUP_CHARS {
                return Err(RecoveryKeyError::GroupLength { group: g + 1, found: count });
            }
            if check_symbol(g + 1, &s[..4]) != s[4] {
                return Err(RecoveryKeyError::Checksum { group: g + 1 });
            }
            symbols[g * 4..g * 4 + 4].copy_from_slice(&s[..4]);
        }
        let key = SecretBox::init_with_mut(|k: &mut [u8; RECOVERY_KEY_BYTES]| {
            let mut acc: u64 = 0;
            let mut bits = 0;
            let mut n = 0;
            for &s in symbols.iter() {
                acc = (acc << 5) | u64::from(s);
                bits += 5;
                if bits >= 8 {
                    bits -= 8;
                    k[n] = (acc >> bits) as u8;
                    n += 1;
                }
            }
        });
        Ok(RecoveryKey(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(k: &RecoveryKey) -> String {
        k.to_text().expose_secret().to_owned()
    }

    #[test]
    fn text_round_trips_in_every_accepted_spelling() {
        for _ in 0..50 {
            let k = RecoveryKey::generate().unwrap();
            let t = text_of(&k);
            assert_eq!(t.len(), 47);
            assert_eq!(t.split('-').count(), 8);
            for spelling in [
                t.clone(),
                t.to_lowercase(),
                t.replace('-', " "),
                t.replace('-', ""),
                format!("  {}\n", t.replace('-', " - ")),
                t.replace('0', "O").replace('1', "l"),
            ] {
                let back = RecoveryKey::parse(&spelling).unwrap_or_else(|e| panic!("{spelling}: {e}"));
                assert_eq!(back.expose(), k.expose(), "{spelling}");
            }
        }
    }

    #[test]
    fn the_gf32_arithmetic_is_a_field() {
        // α generates all 31 non-zero elements (x^5 + x^2 + 1 is primitive).
        let powers: std::collections::HashSet<u8> = (0..31).map(gf_pow_alpha).collect();
        assert_eq!(powers.len(), 31);
        assert!(!powers.contains(&0));
        assert_eq!(gf_pow_alpha(31), 1);
        for a in 1..32u8 {
            assert_eq!((1..32u8).filter(|&b| gf_mul(a, b) == 1).count(), 1, "{a} has one inverse");
        }
    }

    #[test]
    fn every_single_typo_and_swap_in_a_group_is_caught_and_named() {
        let k = RecoveryKey::generate().unwrap();
        let t: Vec<char> = text_of(&k).chars().collect();
        for g in 0..GROUPS {
            let base = g * 6;
            for p in 0..GROUP_CHARS {
                for &a in ALPHABET {
                    let a = char::from(a);
                    if a == t[base + p] {
                        continue;
                    }
                    let mut typo = t.clone();
                    typo[base + p] = a;
                    let s: String = typo.iter().collect();
                    assert_eq!(RecoveryKey::parse(&s).unwrap_err(), RecoveryKeyError::Checksum { group: g + 1 }, "{s}");
                }
                for q in p + 1..GROUP_CHARS {
                    if t[base + p] == t[base + q] {
                        continue;
                    }
                    let mut swapped = t.clone();
                    swapped.swap(base + p, base + q);
                    let s: String = swapped.iter().collect();
                    assert_eq!(RecoveryKey::parse(&s).unwrap_err(), RecoveryKeyError::Checksum { group: g + 1 }, "{s}");
                }
            }
        }
    }

    #[test]
    fn groups_in_the_wrong_place_are_caught() {
        let k = RecoveryKey::generate().unwrap();
        let text = text_of(&k);
        let groups: Vec<&str> = text.split('-').collect();
        for a in 0..GROUPS {
            for b in a + 1..GROUPS {
                let mut g = groups.clone();
                g.swap(a, b);
                assert!(RecoveryKey::parse(&g.join("-")).is_err(), "groups {a} and {b} swapped");
            }
        }
    }

    #[test]
    fn malformed_text_says_where() {
        let k = RecoveryKey::generate().unwrap();
        let t = text_of(&k);
        let groups: Vec<&str> = t.split('-').collect();
        assert_eq!(RecoveryKey::parse(&groups[..7].join("-")).unwrap_err(), RecoveryKeyError::GroupCount { found: 7 });
        let mut short = groups.clone();
        let cut = &groups[2][..4];
        short[2] = cut;
        assert_eq!(
            RecoveryKey::parse(&short.join("-")).unwrap_err(),
            RecoveryKeyError::GroupLength { group: 3, found: 4 }
        );
        assert_eq!(RecoveryKey::parse(&t.replace('-', "")[..39]).unwrap_err(), RecoveryKeyError::Length { found: 39 });
        let mut bad = groups.clone();
        let u = format!("{}U{}", &groups[4][..1], &groups[4][2..]);
        bad[4] = &u;
        assert_eq!(
            RecoveryKey::parse(&bad.join("-")).unwrap_err(),
            RecoveryKeyError::BadCharacter { group: 5, position: 2, ch: 'U' }
        );
        let mut uni = groups.clone();
        let e = format!("{}é{}", &groups[0][..2], &groups[0][3..]);
        uni[0] = &e;
        assert_eq!(
            RecoveryKey::parse(&uni.join("")).unwrap_err(),
            RecoveryKeyError::BadCharacter { group: 1, position: 3, ch: 'é' }
        );
        assert_eq!(RecoveryKey::parse("").unwrap_err(), RecoveryKeyError::Length { found: 0 });
    }

    #[test]
    fn debug_shows_nothing() {
        assert_eq!(format!("{:?}", RecoveryKey::generate().unwrap()), "RecoveryKey(<secret>)");
    }
}
