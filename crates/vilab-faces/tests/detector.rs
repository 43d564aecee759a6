//! The detector on real public-domain portraits (testdata/SOURCES.md) and
//! on pictures with no face: generated scenes and degenerate sizes.

use vilab_faces::bench::Rect;
use vilab_faces::{Detector, FacesError, Options};

fn rgb(path: &str) -> (Vec<u8>, u32, u32) {
    let img = image::open(format!("{}/testdata/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .to_rgb8();
    let (w, h) = img.dimensions();
    (img.into_raw(), w, h)
}

/// The labelled face is suggested: a box overlapping it at IoU >= 0.4 (the
/// bench's matching rule), and it is the surest suggestion.
fn finds(path: &str, face: Rect) {
    let (pixels, w, h) = rgb(path);
    let found = Detector::new().suggest(&pixels, w, h).expect("size matches");
    let best = found.first().unwrap_or_else(|| panic!("{path}: no suggestion"));
    let got = Rect { x: best.x, y: best.y, w: best.w, h: best.h };
    let iou = got.iou(&face);
    assert!(iou >= 0.4, "{path}: surest {got:?} (score {}) has IoU {iou:.2} with {face:?}; all: {found:?}", best.score);
    for s in &found {
        assert!(s.x + s.w <= w && s.y + s.h <= h && s.w > 0 && s.h > 0, "{path}: {s:?} leaves the picture");
    }
}

#[test]
fn the_astronaut_portrait_gives_her_face() {
    finds("astronaut.jpg", Rect { x: 178, y: 70, w: 90, h: 108 });
}

#[test]
fn the_grace_hopper_portrait_gives_her_face() {
    finds("grace_hopper.jpg", Rect { x: 176, y: 132, w: 170, h: 195 });
}

#[test]
fn a_portrait_shrunk_to_a_corner_of_a_large_picture_is_found_where_it_is() {
    // The portrait at half size, pasted at (2600, 1900) of a 4000 x 3000
    // grey picture: the detector works on a shrunk copy and must map the
    // box back to these coordinates.
    let (face_px, fw, fh) = rgb("grace_hopper.jpg");
    let small = image::imageops::resize(
        &image::RgbImage::from_raw(fw, fh, face_px).expect("sizes"),
        fw / 2,
        fh / 2,
        image::imageops::FilterType::Triangle,
    );
    let mut big = image::RgbImage::from_pixel(4000, 3000, image::Rgb([120, 120, 120]));
    image::imageops::overlay(&mut big, &small, 2600, 1900);
    let found = Detector::new().suggest(big.as_raw(), 4000, 3000).expect("size matches");
    let face = Rect { x: 2600 + 88, y: 1900 + 66, w: 85, h: 98 };
    assert!(
        found.iter().any(|s| Rect { x: s.x, y: s.y, w: s.w, h: s.h }.iou(&face) >= 0.4),
        "no suggestion near {face:?}: {found:?}"
    );
}

#[test]
fn generated_scenes_give_at_most_a_rare_weak_box() {
    // At the default threshold (0.8, chosen for recall) one of these six
    // scenes gives one box scoring 0.88; true faces score 4.5 and more.
    // Over the six: at most one box, and none a face would score.
    let detector = Detector::new();
    let mut all = Vec::new();
    for seed in 0..6 {
        let scene = vilab_synth::scene::scene(seed, 1024, 768);
        all.extend(detector.suggest(scene.as_raw(), 1024, 768).expect("size matches"));
    }
    assert!(all.len() <= 1, "{all:?}");
    assert!(all.iter().all(|s| s.score < 1.0), "{all:?}");
    // At rustface's own threshold (2.0) the scenes give none.
    let strict = Detector::with_options(Options { score_threshold: 2.0, ..Options::default() }).expect("valid");
    for seed in 0..6 {
        let scene = vilab_synth::scene::scene(seed, 1024, 768);
        assert_eq!(strict.suggest(scene.as_raw(), 1024, 768), Ok(Vec::new()), "scene {seed}");
    }
}

#[test]
fn degenerate_sizes_give_none_without_panic() {
    let detector = Detector::new();
    for (w, h) in [(0u32, 0u32), (1, 1), (0, 100), (100, 0), (20_000, 2), (3, 50_000), (39, 39)] {
        let pixels = vec![128u8; (w * h * 3) as usize];
        assert_eq!(detector.suggest(&pixels, w, h), Ok(Vec::new()), "{w}x{h}");
    }
}

#[test]
fn a_buffer_of_the_wrong_length_is_refused_naming_the_sizes() {
    let err = Detector::new().suggest(&[0u8; 10], 2, 2).expect_err("10 bytes is not 2x2 RGB");
    assert_eq!(err.to_string(), "rgb: 10 bytes, but a 2 x 2 RGB image needs 12");
    let huge = Detector::new().suggest(&[], u32::MAX, u32::MAX).expect_err("overflows");
    assert!(matches!(huge, FacesError::BufferSize { .. }), "{huge:?}");
}

#[test]
fn a_flat_picture_large_enough_for_the_window_gives_none() {
    let detector = Detector::with_options(Options { score_threshold: 0.1, ..Options::default() }).expect("valid");
    let pixels = vec![200u8; 300 * 200 * 3];
    assert_eq!(detector.suggest(&pixels, 300, 200), Ok(Vec::new()));
}
