//! Random identifiers from the operating system's generator.

use crate::{Result, StoreError};

/// `n` random bytes as lowercase hex (`2 * n` digits).
pub(crate) fn random_hex(n: usize) -> Result<String> {
    Ok(hex::encode(random_bytes(n)?))
}

/// `n` random bytes.
pub(crate) fn random_bytes(n: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; n];
    getrandom::fill(&mut buf).map_err(|e| StoreError::Io {
        action: "reading the system random generator",
        path: "getrandom".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(buf)
}

/// Letters and digits without the look-alikes `l`, `o`, `0`, `1`: 32 symbols,
/// so each random byte maps to one without bias (`byte % 32`).
const PASSWORD_ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";

/// A new random password of 100 bits, written as four groups of five
/// (`k3m9p-...`) to be read aloud or copied by hand, for a first
/// administrator when none was given.
pub fn random_password() -> Result<String> {
    let bytes = random_bytes(20)?;
    let groups: Vec<String> = bytes
        .chunks(5)
        .map(|group| group.iter().map(|b| char::from(PASSWORD_ALPHABET[usize::from(b % 32)])).collect())
        .collect();
    Ok(groups.join("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_password_has_the_documented_shape() {
        let a = random_password().unwrap();
        assert_eq!(a.len(), 23);
        assert_eq!(a.split('-').count(), 4);
        assert!(a.bytes().all(|b| b == b'-' || PASSWORD_ALPHABET.contains(&b)));
        assert_ne!(a, random_password().unwrap());
        assert_eq!(random_hex(16).unwrap().len(), 32);
    }
}
