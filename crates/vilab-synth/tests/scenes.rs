//! Scenes are deterministic, clearly different between seeds, and their
//! near duplicates stay perceptually close while other seeds stay far.

use image::RgbImage;
use vilab_synth::transform::{crop, flip_horizontal, recompress, resize};
use vilab_synth::{benchmark_jpeg, jpeg_bytes, scene};

/// A PDQ-like 256-bit hash (luma, 64x64 box average, 16x16 low DCT
/// coefficients without DC, median threshold). Close enough to PDQ to
/// check that distances behave, without depending on the real one.
fn dct_hash(img: &RgbImage) -> Vec<bool> {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let mut grid = vec![0f64; 64 * 64];
    let mut counts = vec![0f64; 64 * 64];
    for (x, y, p) in img.enumerate_pixels() {
        let cell = (y as usize * 64 / h) * 64 + x as usize * 64 / w;
        grid[cell] += 0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2]);
        counts[cell] += 1.0;
    }
    for (g, c) in grid.iter_mut().zip(&counts) {
        *g /= c.max(1.0);
    }
    let basis = |k: usize, n: usize| (std::f64::consts::PI * k as f64 * (2 * n + 1) as f64 / 128.0).cos();
    let mut coefficients = Vec::with_capacity(256);
    for u in 1..=16 {
        for v in 1..=16 {
            let mut sum = 0.0;
            for y in 0..64 {
                let by = basis(u, y);
                for x in 0..64 {
                    sum += grid[y * 64 + x] * by * basis(v, x);
                }
            }
            coefficients.push(sum);
        }
    }
    let mut sorted = coefficients.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[128];
    coefficients.iter().map(|&c| c > median).collect()
}

fn distance(a: &[bool], b: &[bool]) -> usize {
    a.iter().zip(b).filter(|(x, y)| x != y).count()
}

fn mean_abs_difference(a: &RgbImage, b: &RgbImage) -> f64 {
    let total: u64 = a.as_raw().iter().zip(b.as_raw()).map(|(&x, &y)| u64::from(x.abs_diff(y))).sum();
    total as f64 / a.as_raw().len() as f64
}

#[test]
fn same_seed_same_pixels_and_bytes() {
    assert_eq!(scene(42, 320, 240), scene(42, 320, 240));
    assert_eq!(jpeg_bytes(&scene(42, 320, 240), 85), jpeg_bytes(&scene(42, 320, 240), 85));
    assert_eq!(benchmark_jpeg(7, 200, 150), benchmark_jpeg(7, 200, 150));
}

#[test]
fn different_seeds_differ_in_pixels_and_perceptual_hash() {
    let scenes: Vec<RgbImage> = (0..12).map(|seed| scene(seed, 256, 192)).collect();
    let hashes: Vec<Vec<bool>> = scenes.iter().map(dct_hash).collect();
    let mut closest = usize::MAX;
    for i in 0..scenes.len() {
        for j in i + 1..scenes.len() {
            let mad = mean_abs_difference(&scenes[i], &scenes[j]);
            assert!(mad > 20.0, "seeds {i} and {j}: mean absolute difference only {mad:.1}");
            closest = closest.min(distance(&hashes[i], &hashes[j]));
        }
    }
    // PDQ calls 31 of 256 bits or fewer a match; unrelated scenes must be
    // far beyond that.
    assert!(closest > 60, "two different seeds are only {closest} bits apart");
}

#[test]
fn near_duplicates_stay_close_and_flips_do_not() {
    for seed in 0..6 {
        let original = scene(seed, 320, 240);
        let h = dct_hash(&original);
        for (what, edited) in [
            ("resize", resize(&original, 0.5)),
            ("recompress", recompress(&original, 50)),
            // PDQ, like this proxy, tolerates only slight crops: about
            // 18 bits at 1 % per side, 30 to 45 at 2 %, 45 to 65 at 3 %.
            ("crop", crop(&original, 0.01)),
        ] {
            let d = distance(&h, &dct_hash(&edited));
            assert!(d <= 31, "seed {seed} {what}: {d} bits from its original");
        }
        // A mirror image needs PDQ's dihedral variants to match.
        assert!(distance(&h, &dct_hash(&flip_horizontal(&original))) > 31);
    }
}

#[test]
fn same_seed_is_the_same_picture_at_every_resolution() {
    let small = scene(5, 200, 150);
    let large = resize(&scene(5, 800, 600), 0.25);
    assert!(mean_abs_difference(&small, &large) < 12.0);
    assert!(distance(&dct_hash(&small), &dct_hash(&large)) <= 31);
}

#[test]
fn benchmark_jpeg_is_a_quality_90_jpeg_of_the_scene() {
    let bytes = benchmark_jpeg(3, 400, 300);
    assert_eq!(bytes, jpeg_bytes(&scene(3, 400, 300), 90));
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (400, 300));
    // Grain keeps it photo-like: well above 1 bit per pixel.
    assert!(bytes.len() > 400 * 300 / 8, "only {} bytes", bytes.len());
}
