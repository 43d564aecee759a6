//! The index against the linear scan: same matches, planted neighbours at
//! every distance found exactly up to the radius, the dihedral variant
//! reported, incremental adds visible, the quality cutoff, batch ==
//! one by one.

use proptest::prelude::*;
use rand_like::Rng;
use vilab_core::pdq::Dihedral;
use vilab_core::{DihedralHashes, PdqHash};
use vilab_index::{Code, IndexConfig, IndexError, PdqIndex, TAIL_LIMIT, distance, scan};

/// A tiny deterministic generator (SplitMix64), so that data sets are
/// reproducible from a proptest-chosen seed without another dependency.
mod rand_like {
    pub struct Rng(pub u64);
    impl Rng {
        pub fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }
        pub fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
        pub fn code(&mut self) -> [u64; 4] {
            [self.next(), self.next(), self.next(), self.next()]
        }
    }
}

/// `base` with exactly `d` bits flipped, in one of three shapes: spread
/// uniformly; crowded into a few chunks; or thin, one to three bits in every
/// chunk, each the highest not yet flipped (the filter bits are the top of
/// a chunk). Thin flips such as 1, 2, 1, 2, ... bits per chunk are the
/// patterns that come closest to slipping past every table's filter.
fn at_distance(rng: &mut Rng, base: &Code, d: u32) -> Code {
    let mut out = *base;
    let mut per_chunk = [0u32; 16];
    let mode = rng.below(3);
    let k = if mode == 1 { (1 + rng.below(16)).max(u64::from(d).div_ceil(16)) } else { 16 };
    let start = rng.below(16);
    let mut cap = 1 + rng.below(3) as u32;
    let mut flipped = 0;
    while flipped < d {
        let c = ((start + rng.below(k)) % 16) as usize;
        let bit = if mode == 2 {
            if per_chunk.iter().all(|&n| n >= cap) {
                cap += 1;
            }
            if per_chunk[c] >= cap {
                continue;
            }
            c * 16 + 15 - per_chunk[c] as usize
        } else {
            c * 16 + rng.below(16) as usize
        };
        let (w, b) = (bit / 64, bit % 64);
        if (out[w] ^ base[w]) >> b & 1 == 0 {
            out[w] ^= 1 << b;
            per_chunk[c] += 1;
            flipped += 1;
        }
    }
    debug_assert_eq!(distance(&out, base), d);
    out
}

/// `n` random codes, then for each of `queries` lookups eight random probes
/// and one stored neighbour at each distance 0..=40 from a random variant.
fn data_set(seed: u64, n: usize, queries: usize) -> (Vec<Code>, Vec<[Code; 8]>) {
    let mut rng = Rng(seed);
    let mut codes: Vec<Code> = (0..n).map(|_| rng.code()).collect();
    let mut probes = Vec::new();
    for _ in 0..queries {
        let p: [Code; 8] = std::array::from_fn(|_| rng.code());
        for d in 0..=40 {
            let v = rng.below(8) as usize;
            let near = at_distance(&mut rng, &p[v], d);
            let slot = rng.below(codes.len() as u64 + 1) as usize;
            codes.insert(slot, near);
        }
        probes.push(p);
    }
    (codes, probes)
}

fn config(radius: u32, id_bits: u32) -> IndexConfig {
    IndexConfig { radius, id_bits, ..IndexConfig::default() }
}

fn hash_of(code: &Code) -> PdqHash {
    let mut b = [0u8; 32];
    for (i, w) in code.iter().enumerate() {
        b[i * 8..i * 8 + 8].copy_from_slice(&w.to_be_bytes());
    }
    PdqHash(b)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    #[test]
    fn index_equals_linear_scan(
        seed in any::<u64>(),
        radius in prop_oneof![Just(31u32), Just(0), Just(8), Just(47), Just(63), 0u32..=63],
        id_bits in prop_oneof![Just(22u32), Just(16), Just(24), Just(28), 16u32..=28],
    ) {
        let (codes, probes) = data_set(seed, 1500, 3);
        let index = PdqIndex::from_codes(config(radius, id_bits), codes.clone()).unwrap();
        for p in &probes {
            let got = index.query_codes(p);
            let want = scan(&codes, 0, p, radius);
            prop_assert_eq!(&got, &want);
            // Each planted neighbour at distance d <= radius is among them.
            prop_assert_eq!(got.iter().filter(|m| m.distance <= radius).count(), got.len());
        }
    }
}

#[test]
fn boundary_is_inclusive_and_variant_is_reported() {
    let mut rng = Rng(7);
    for radius in [0, 1, 15, 16, 31, 32, 47, 63] {
        let p: [Code; 8] = std::array::from_fn(|_| rng.code());
        let mut codes: Vec<Code> = (0..500).map(|_| rng.code()).collect();
        let at = codes.len() as u32;
        codes.push(at_distance(&mut rng, &p[5], radius));
        codes.push(at_distance(&mut rng, &p[2], radius + 1));
        let index = PdqIndex::from_codes(config(radius, 22), codes).unwrap();
        let got = index.query_codes(&p);
        assert_eq!(got.len(), 1, "radius {radius}: {got:?}");
        assert_eq!((got[0].id, got[0].distance, got[0].dihedral), (at, radius, Dihedral::FlipY));
    }
}

#[test]
fn nearest_variant_wins() {
    let mut rng = Rng(11);
    let p: [Code; 8] = std::array::from_fn(|_| rng.code());
    let mut probes = p;
    // The stored code is 9 bits from variant 1 and 4 bits from variant 6.
    let stored = at_distance(&mut rng, &p[1], 9);
    probes[6] = at_distance(&mut rng, &stored, 4);
    let index = PdqIndex::from_codes(IndexConfig::default(), vec![stored]).unwrap();
    let got = index.query_codes(&probes);
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].distance, got[0].dihedral), (4, Dihedral::FlipPlus1));
}

#[test]
fn several_segments_and_incremental_adds_match_the_scan() {
    // id_bits 16: segments of 65,536, so 70,000 codes make two segments;
    // then adds go through the tail and across a fold.
    let (mut codes, probes) = data_set(3, 70_000 - 123, 2);
    let mut index = PdqIndex::from_codes(config(31, 16), codes.clone()).unwrap();
    let mut rng = Rng(5);
    let extra: Vec<Code> = (0..TAIL_LIMIT + 100)
        .map(|k| if k % 1000 == 0 { at_distance(&mut rng, &probes[k % 2][k % 8], (k % 32) as u32) } else { rng.code() })
        .collect();
    for (k, c) in extra.iter().enumerate() {
        let id = index.add(&hash_of(c), 80).unwrap();
        assert_eq!(id as usize, codes.len());
        codes.push(*c);
        // A planted add is found by the very next query, before any fold.
        if k % 1000 == 0 {
            let got = index.query_codes(&probes[k % 2]);
            assert!(got.iter().any(|m| m.id == id && m.distance == (k % 32) as u32), "add {k}");
        }
    }
    for p in &probes {
        assert_eq!(index.query_codes(p), scan(&codes, 0, p, 31));
    }
}

#[test]
fn quality_cutoff_applies_to_adds_and_queries() {
    let mut index = PdqIndex::new(IndexConfig::default()).unwrap();
    let mut rng = Rng(9);
    let c = rng.code();
    assert_eq!(index.add(&hash_of(&c), 49), Err(IndexError::LowQuality { quality: 49, cutoff: 50 }));
    assert_eq!(index.add(&hash_of(&c), 50), Ok(0));
    let image = DihedralHashes { hashes: [hash_of(&c); 8], quality: 30 };
    assert_eq!(index.query(&image), Err(IndexError::LowQuality { quality: 30, cutoff: 50 }));
    let image = DihedralHashes { quality: 90, ..image };
    let got = index.query(&image).unwrap();
    assert_eq!((got.len(), got[0].id, got[0].distance, got[0].dihedral), (1, 0, 0, Dihedral::Original));
    let results = index.add_batch(&[(hash_of(&c), 10), (hash_of(&c), 99)]);
    assert_eq!(results, vec![Err(IndexError::LowQuality { quality: 10, cutoff: 50 }), Ok(1)]);
}

#[test]
fn batch_equals_one_by_one() {
    let (codes, probes) = data_set(21, 3000, 6);
    let index = PdqIndex::from_codes(IndexConfig::default(), codes).unwrap();
    let images: Vec<DihedralHashes> =
        probes.iter().map(|p| DihedralHashes { hashes: p.map(|c| hash_of(&c)), quality: 70 }).collect();
    let batch = index.query_batch(&images);
    for (image, got) in images.iter().zip(batch) {
        assert_eq!(got, index.query(image));
    }
    assert_eq!(index.query_codes_batch(&probes), probes.iter().map(|p| index.query_codes(p)).collect::<Vec<_>>());
}

#[test]
fn radius_beyond_63_is_refused() {
    assert!(matches!(PdqIndex::new(config(64, 22)), Err(IndexError::RadiusTooLarge { .. })));
    assert!(matches!(PdqIndex::new(config(31, 15)), Err(IndexError::BadLayout(15))));
}
