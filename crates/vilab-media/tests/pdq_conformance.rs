//! PDQ conformance of the whole media path (decode + PDQ) against hashes
//! computed by Meta's reference C++ (`../shared/testdata/pdq`):
//! (a) lossless PNGs give the identical hash, quality and dihedral hashes;
//! (b) every image of quality >= 80 lies within distance 10 of the
//!     reference, on the exact path and on the fast path ingest stores.

use std::path::PathBuf;

use vilab_core::PdqHash;
use vilab_media::analyze::pdq_of;
use vilab_media::decode::{DEFAULT_MAX_PIXELS, decode_for_analysis, decode_rgb};
use vilab_media::detect_kind;

/// The conformance bound of the reference (distance at quality >= 80).
const MAX_DISTANCE: u32 = 10;

struct Expected {
    path: String,
    hashes: Vec<PdqHash>,
    quality: u8,
}

fn testdata() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/testdata/pdq");
    assert!(
        dir.join("dihedral.tsv").exists(),
        "PDQ conformance data missing at {}: clone the repo with ../shared beside it",
        dir.display()
    );
    dir
}

fn expected() -> Vec<Expected> {
    let text = std::fs::read_to_string(testdata().join("dihedral.tsv")).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            Expected {
                path: cols[0].to_string(),
                quality: cols[1].parse().unwrap(),
                hashes: cols[2..10].iter().map(|h| PdqHash::from_hex(h).unwrap()).collect(),
            }
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    compared: usize,
    identical: usize,
    total_distance: u32,
    worst: Vec<(String, u32)>,
}

fn run(fast: bool) -> Tally {
    let mut tally = Tally::default();
    for e in expected() {
        let bytes = std::fs::read(testdata().join("images").join(&e.path)).unwrap();
        let kind = detect_kind(&bytes);
        let image = if fast {
            decode_for_analysis(&bytes, kind, DEFAULT_MAX_PIXELS)
        } else {
            decode_rgb(&bytes, kind, DEFAULT_MAX_PIXELS)
        }
        .unwrap_or_else(|err| panic!("{}: {err}", e.path));
        let got = pdq_of(&image).unwrap();
        if e.path.ends_with(".png") {
            assert_eq!(got.hashes.to_vec(), e.hashes, "{}: PNG dihedral hashes differ from the reference", e.path);
            assert_eq!(got.quality, e.quality, "{}: quality", e.path);
        }
        if e.quality >= 80 {
            let d = got.hashes[0].distance(&e.hashes[0]);
            tally.compared += 1;
            tally.identical += usize::from(d == 0);
            tally.total_distance += d;
            if d > MAX_DISTANCE {
                tally.worst.push((e.path.clone(), d));
            }
        }
    }
    tally
}

fn report(label: &str, t: &Tally) {
    let mean = f64::from(t.total_distance) / t.compared.max(1) as f64;
    eprintln!(
        "{label}: {} images of quality >= 80, {} identical, mean distance {mean:.3} bits",
        t.compared, t.identical
    );
    assert!(t.compared >= 40, "too few images compared: {}", t.compared);
    assert!(t.worst.is_empty(), "{label}: beyond distance {MAX_DISTANCE}: {:?}", t.worst);
}

#[test]
fn exact_path_conforms() {
    report("exact path", &run(false));
}

#[test]
fn fast_path_conforms() {
    report("fast path", &run(true));
}
