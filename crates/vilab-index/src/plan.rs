//! The probe plan for one radius: how far each chunk is probed and how
//! much the stored filter bits may differ, proved exact by a small search.
//!
//! Multi-index hashing (Norouzi, Punjani and Fleet, 2012): the 256 bits are
//! 16 disjoint 16-bit chunks. If two codes are within `r` bits, some chunk
//! differs in at most `t = r / 16` bits (pigeonhole), so probing each
//! chunk's table at key distance `<= t` finds every match.
//!
//! vilab adds a filter: each table entry also carries the top `F` bits of the
//! *next* chunk, and a candidate in table `i` is kept only if
//! `a_i + f_i <= s`, where `a_i` is its key distance and `f_i` the distance
//! on those `F` bits. The smallest slack `s` that is still exact is found by
//! [`min_violating_sum`]: the cheapest way (fewest differing bits) an
//! adversary can make *every* table reject a true pair. If that costs more
//! than `r` bits, no pair within `r` is lost. At `r = 31` this gives
//! `t = 1, s = 3`: with `F = 10` a table keeps 5.5% of the entries it reads.

use crate::code::CHUNKS;

/// Largest radius the index serves (the multi-index path stays exact for
/// any radius, but beyond 63 the probes cost more than a linear scan).
pub const MAX_RADIUS: u32 = 63;

/// How to probe the tables for one radius.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    /// The radius: matches have distance `<= radius`.
    pub radius: u32,
    /// Key distance probed per chunk (`radius / 16`).
    pub t: u32,
    /// Largest `a_i + f_i` a kept candidate may have in its table.
    pub slack: u32,
    /// Filter bits per entry.
    pub filter_bits: u32,
    /// Every 16-bit flip mask with at most `min(t, slack)` bits, with its
    /// limit on the filter distance (`slack - popcount`), fewest bits first.
    pub masks: Vec<(u32, u32)>,
    /// Population count of each filter value (`2^filter_bits` entries).
    pub filter_pop: Vec<u8>,
}

impl Plan {
    pub(crate) fn new(radius: u32, filter_bits: u32) -> Plan {
        let t = radius / CHUNKS as u32;
        let slack =
            (0..=t + filter_bits).find(|&s| min_violating_sum(t, s, filter_bits) > radius).unwrap_or(t + filter_bits);
        let mut masks: Vec<(u32, u32)> =
            (0u32..1 << 16).filter(|m| m.count_ones() <= t.min(slack)).map(|m| (m, slack - m.count_ones())).collect();
        masks.sort_by_key(|&(m, _)| (m.count_ones(), m));
        let filter_pop = (0u32..1 << filter_bits).map(|v| v.count_ones() as u8).collect();
        Plan { radius, t, slack, filter_bits, masks, filter_pop }
    }

    /// Whether a pair whose XOR is `x` is kept by table `i`: the rule each
    /// table applies to its entries, used to report a match only from the
    /// first table that keeps it.
    #[inline]
    pub(crate) fn kept_by(&self, x: &crate::code::Code, i: usize) -> bool {
        let a = crate::code::chunk(x, i).count_ones();
        a <= self.t && a + crate::code::filter(x, i, self.filter_bits).count_ones() <= self.slack
    }
}

/// The fewest differing bits with which every one of the 16 tables rejects
/// a pair, given probe distance `t`, slack `s` and `f` filter bits.
///
/// Table `i` keeps a pair when `a_i <= t` and `a_i + f_i <= s`, where `a_i`
/// is the distance on chunk `i` and `f_i` the distance on the top `f` bits
/// of chunk `i + 1`. The adversary picks each chunk's distance `a_i` in
/// 0..=16; `f_i` can be as large as `min(f, a_{i+1})` and no larger, and the
/// filter bits of different tables lie in different chunks, so they are
/// independent. A dynamic programme around the cycle of 16 chunks finds the
/// minimum of `sum a_i`.
pub(crate) fn min_violating_sum(t: u32, s: u32, f: u32) -> u32 {
    const INF: u32 = u32::MAX / 2;
    let rejected = |a: u32, next: u32| a > t || a + next.min(f) > s;
    let mut best = INF;
    for first in 0..=16u32 {
        let mut dp = [INF; 17];
        dp[first as usize] = first;
        for _ in 1..CHUNKS {
            let mut next = [INF; 17];
            for (b, slot) in next.iter_mut().enumerate() {
                for (a, &cost) in dp.iter().enumerate() {
                    if cost < INF && rejected(a as u32, b as u32) {
                        *slot = (*slot).min(cost + b as u32);
                    }
                }
            }
            dp = next;
        }
        for (last, &cost) in dp.iter().enumerate() {
            if cost < INF && rejected(last as u32, first) {
                best = best.min(cost);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radius_31_probes_distance_1_with_slack_3() {
        for f in [4, 8, 10, 12, 16] {
            let plan = Plan::new(31, f);
            assert_eq!((plan.t, plan.slack), (1, 3), "f = {f}");
            assert_eq!(plan.masks.len(), 17);
        }
        // Slack 2 is not exact: chunks alternating 1 and 2 bits (24 in all)
        // are rejected by every table.
        assert!(min_violating_sum(1, 2, 10) <= 24);
    }

    #[test]
    fn no_filter_is_plain_pigeonhole() {
        for r in 0..=MAX_RADIUS {
            let plan = Plan::new(r, 0);
            assert_eq!(plan.t, r / 16);
            assert!(plan.slack >= plan.t);
        }
    }

    #[test]
    fn every_radius_has_an_exact_plan() {
        for f in [0, 8, 10, 16] {
            for r in 0..=MAX_RADIUS {
                let plan = Plan::new(r, f);
                assert!(min_violating_sum(plan.t, plan.slack, f) > r, "r {r} f {f}");
            }
        }
    }
}
