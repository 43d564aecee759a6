//! Reproducible randomness for seed generators, fuzz targets and tests:
//! never for real labs (only built with the `insecure-testing` feature).
//! Inside [`with_deterministic_randomness`], every key, salt and nonce
//! this crate draws on this thread comes from SHA-256 of the seed and a
//! counter, so the same calls give the same bytes.

use std::cell::Cell;

use sha2::{Digest, Sha256};

thread_local! {
    /// The seed and the next block's counter, while a deterministic run is on.
    static STATE: Cell<Option<(u64, u64)>> = const { Cell::new(None) };
}

/// Runs `f` with this thread's randomness drawn from `seed` (restoring
/// what was there before, also when `f` panics).
pub fn with_deterministic_randomness<T>(seed: u64, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<(u64, u64)>);
    impl Drop for Restore {
        fn drop(&mut self) {
            STATE.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(STATE.with(|s| s.replace(Some((seed, 0)))));
    f()
}

/// Fills `buf` if a deterministic run is on; says whether it did.
pub(crate) fn fill(buf: &mut [u8]) -> bool {
    STATE.with(|s| {
        let Some((seed, mut counter)) = s.get() else {
            return false;
        };
        for piece in buf.chunks_mut(32) {
            let block = Sha256::new()
                .chain_update(b"vilab-crypt testing randomness")
                .chain_update(seed.to_le_bytes())
                .chain_update(counter.to_le_bytes())
                .finalize();
            piece.copy_from_slice(&block[..piece.len()]);
            counter += 1;
        }
        s.set(Some((seed, counter)));
        true
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MasterKey;

    #[test]
    fn the_same_seed_gives_the_same_keys_and_the_os_source_returns_after() {
        let a = with_deterministic_randomness(5, || *MasterKey::generate().unwrap().key_check().0.first().unwrap());
        let b = with_deterministic_randomness(5, || *MasterKey::generate().unwrap().key_check().0.first().unwrap());
        assert_eq!(a, b);
        let k1 = with_deterministic_randomness(5, || MasterKey::generate().unwrap().key_check());
        let k2 = with_deterministic_randomness(6, || MasterKey::generate().unwrap().key_check());
        assert_ne!(k1, k2);
        let r1 = MasterKey::generate().unwrap().key_check();
        let r2 = MasterKey::generate().unwrap().key_check();
        assert_ne!(r1, r2);
        assert_ne!(r1, k1);
    }
}
