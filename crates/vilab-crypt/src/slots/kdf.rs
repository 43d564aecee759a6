//! argon2id, the passphrase-to-key function of the key slots: its
//! parameters (stored in each slot), their floors, and `tune`, which picks
//! parameters costing a target time on this machine.

use std::time::{Duration, Instant};

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use super::SlotError;

/// argon2id's costs: memory in KiB, passes, lanes. Made only through
/// [`KdfParams::new`] (which keeps the floors), [`tune`], or parsing a slot
/// file (which keeps only sanity bounds: a slot's parameters are
/// authenticated, see [`super`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KdfParams {
    m_kib: u32,
    t: u32,
    p: u32,
}

impl KdfParams {
    /// The least memory a new slot may use: 64 MiB (RFC 9106's second
    /// recommended option).
    pub const FLOOR_M_KIB: u32 = 64 * 1024;
    /// The fewest passes a new slot may use (RFC 9106's second option).
    pub const FLOOR_T: u32 = 3;
    /// Most memory any slot may ask for, 4 GiB, so that a damaged or
    /// hostile slot file cannot make an unlock allocate without bound.
    pub const MAX_M_KIB: u32 = 4 * 1024 * 1024;
    /// Most passes any slot may ask for.
    pub const MAX_T: u32 = 100;
    /// Most lanes any slot may ask for.
    pub const MAX_P: u32 = 16;
    /// Most memory [`tune`] picks: 1 GiB, which a laptop the lab travels on
    /// can still spare for a second.
    pub const TUNE_MAX_M_KIB: u32 = 1024 * 1024;

    /// The floor: 64 MiB, 3 passes, 1 lane.
    pub const FLOOR: KdfParams = KdfParams { m_kib: Self::FLOOR_M_KIB, t: Self::FLOOR_T, p: 1 };

    /// Parameters for a new slot: at least the floors, at most the bounds.
    pub fn new(m_kib: u32, t: u32, p: u32) -> Result<KdfParams, SlotError> {
        let weak = |field: &'static str, value: u32, floor: u32| SlotError::WeakParams { field, value, floor };
        if m_kib < Self::FLOOR_M_KIB {
            return Err(weak("memory (KiB)", m_kib, Self::FLOOR_M_KIB));
        }
        if t < Self::FLOOR_T {
            return Err(weak("passes", t, Self::FLOOR_T));
        }
        Self::bounded(m_kib, t, p).map_err(|(field, value, bound)| SlotError::ParamsOutOfRange { field, value, bound })
    }

    /// Parameters below the floors, for tests only: unlocking in
    /// milliseconds. Still within argon2's own limits.
    #[cfg(any(test, feature = "insecure-testing"))]
    pub fn insecure_for_tests(m_kib: u32, t: u32, p: u32) -> KdfParams {
        Self::bounded(m_kib, t, p).expect("parameters within argon2's limits")
    }

    /// Checks the bounds every slot keeps (argon2's own minimums, and the
    /// maximums above); on failure the field, its value and the bound.
    pub(crate) fn bounded(m_kib: u32, t: u32, p: u32) -> Result<KdfParams, (&'static str, u32, String)> {
        if p == 0 || p > Self::MAX_P {
            return Err(("lanes", p, format!("1 to {}", Self::MAX_P)));
        }
        if m_kib < 8 * p || m_kib > Self::MAX_M_KIB {
            return Err(("memory (KiB)", m_kib, format!("{} to {}", 8 * p, Self::MAX_M_KIB)));
        }
        if t == 0 || t > Self::MAX_T {
            return Err(("passes", t, format!("1 to {}", Self::MAX_T)));
        }
        Ok(KdfParams { m_kib, t, p })
    }

    /// Memory in KiB.
    pub fn m_cost_kib(&self) -> u32 {
        self.m_kib
    }

    /// Passes.
    pub fn t_cost(&self) -> u32 {
        self.t
    }

    /// Lanes.
    pub fn p_cost(&self) -> u32 {
        self.p
    }

    /// argon2id (version 0x13) of `secret` and `salt`: 32 bytes.
    pub(crate) fn derive(&self, secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, SlotError> {
        let params = Params::new(self.m_kib, self.t, self.p, Some(32)).map_err(|e| SlotError::Kdf(e.to_string()))?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|e| SlotError::Kdf(e.to_string()))?;
        Ok(out)
    }

    /// How long one derivation takes here.
    pub fn measure(&self) -> Result<Duration, SlotError> {
        let start = Instant::now();
        self.derive(b"vilab-crypt tune", &[0u8; 32])?;
        Ok(start.elapsed())
    }
}

/// What [`tune`] chose, and what it measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tuned {
    /// The parameters.
    pub params: KdfParams,
    /// One derivation with them, measured on this machine.
    pub took: Duration,
}

/// Picks argon2id parameters that take about `target` on this machine: it
/// measures the floor (64 MiB, 3 passes, 1 lane; the faster of two runs), then doubles the memory
/// while the estimate (time proportional to memory times passes) stays
/// within `target` and under [`KdfParams::TUNE_MAX_M_KIB`], then adds
/// passes while it still does, and measures the result. A machine slower
/// than the floor allows gets the floor. About 4 derivations' time.
pub fn tune(target: Duration) -> Result<Tuned, SlotError> {
    let floor = KdfParams::FLOOR;
    // The faster of two runs: a shared machine's load only slows a run.
    let base = floor.measure()?.min(floor.measure()?).as_secs_f64().max(1e-6);
    let per_unit = base / (f64::from(floor.m_kib) * f64::from(floor.t));
    let estimate = |m: u32, t: u32| per_unit * f64::from(m) * f64::from(t);
    let goal = target.as_secs_f64();
    let (mut m, mut t) = (floor.m_kib, floor.t);
    while m <= KdfParams::TUNE_MAX_M_KIB / 2 && estimate(m * 2, t) <= goal {
        m *= 2;
    }
    while t < KdfParams::MAX_T && estimate(m, t + 1) <= goal {
        t += 1;
    }
    let params = KdfParams::new(m, t, 1)?;
    let took = params.measure()?;
    Ok(Tuned { params, took })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_params_keep_the_floors_and_bounds() {
        assert!(matches!(KdfParams::new(32 * 1024, 3, 1), Err(SlotError::WeakParams { field: "memory (KiB)", .. })));
        assert!(matches!(KdfParams::new(64 * 1024, 2, 1), Err(SlotError::WeakParams { field: "passes", .. })));
        assert!(matches!(KdfParams::new(64 * 1024, 3, 0), Err(SlotError::ParamsOutOfRange { field: "lanes", .. })));
        assert!(matches!(
            KdfParams::new(KdfParams::MAX_M_KIB + 1, 3, 1),
            Err(SlotError::ParamsOutOfRange { field: "memory (KiB)", .. })
        ));
        assert_eq!(KdfParams::new(64 * 1024, 3, 1).unwrap(), KdfParams::FLOOR);
    }

    #[test]
    fn argon2id_matches_the_reference_implementation() {
        // Known answer from the reference implementation's argon2id test
        // (phc-winner-argon2 `test.c`: "password", "somesalt", t=2,
        // m=2^16 KiB, p=1, version 0x13, 32 bytes).
        let out = KdfParams::insecure_for_tests(1 << 16, 2, 1).derive(b"password", b"somesalt").unwrap();
        assert_eq!(hex::encode(out.as_ref()), "09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7");
    }
}
