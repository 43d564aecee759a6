//! Partner and trainee redaction: a fill keeps nothing of the original,
//! pixelation blocks and blur are never weaker than the floor, polygons
//! are rasterised as a point-in-polygon test says, and no input panics.

mod common;

use common::{decode, noise, point_in_polygon};
use proptest::prelude::*;
use vilab_sanitize::{
    Region, RegionKind, Rgb, SanitizeError, Shape, Treatment, block_floor, encode_jpeg, redact, spans,
};

fn region(kind: RegionKind, shape: Shape, treatment: Treatment) -> Region {
    Region { kind, shape, treatment }
}

fn shapes() -> Vec<Shape> {
    vec![
        Shape::Rect { x: 40, y: 30, w: 120, h: 90 },
        Shape::Rect { x: 250, y: 150, w: 500, h: 500 },
        Shape::Polygon(vec![(200, 20), (310, 60), (280, 190), (220, 140), (150, 170)]),
    ]
}

/// Every kind but object is hidden; text and other are filled even when
/// marked pixelate or blur.
#[test]
fn filled_regions_are_constant_whatever_lies_beneath() {
    for (kind, treatment) in [
        (RegionKind::Face, Treatment::Fill),
        (RegionKind::Body, Treatment::Fill),
        (RegionKind::Mark, Treatment::Fill),
        (RegionKind::Text, Treatment::Pixelate),
        (RegionKind::Other, Treatment::Blur),
    ] {
        let regions: Vec<Region> = shapes().into_iter().map(|s| region(kind, s, treatment)).collect();
        let mut a = noise(320, 240, 1);
        let mut b = noise(320, 240, 2);
        redact(&mut a, &regions).unwrap();
        redact(&mut b, &regions).unwrap();
        for r in &regions {
            let covered = spans(&r.shape, 320, 240);
            assert!(!covered.is_empty());
            for (y, x0, x1) in covered {
                for x in x0..x1 {
                    assert_eq!(a.get(x, y), [0, 0, 0], "{kind:?} ({x}, {y})");
                    assert_eq!(a.get(x, y), b.get(x, y));
                }
            }
        }
        // Outside every region the pictures still differ: the originals
        // were not simply replaced.
        assert_ne!(a.get(0, 239), b.get(0, 239));
    }
}

/// After the JPEG round trip the inside of a fill is still black, away
/// from the 8x8 blocks its edge shares with noise.
#[test]
fn filled_regions_stay_black_through_jpeg() {
    let regions = vec![region(RegionKind::Face, Shape::Rect { x: 48, y: 40, w: 160, h: 120 }, Treatment::Fill)];
    for seed in [3, 4] {
        let mut image = noise(320, 240, seed);
        redact(&mut image, &regions).unwrap();
        let back = decode(&encode_jpeg(&image, 85).unwrap());
        for y in 40 + 16..40 + 120 - 16 {
            for x in 48 + 16..48 + 160 - 16 {
                let p = back.get(x, y);
                assert!(p.iter().all(|&c| c <= 3), "seed {seed} ({x}, {y}): {p:?}");
            }
        }
    }
}

/// Lengths of the runs of equal pixels along each row and column inside
/// the changed area (pixels differing from the original).
fn runs(image: &Rgb, changed: &[bool], horizontal: bool) -> Vec<u32> {
    let (w, h) = (image.width, image.height);
    let (outer, inner) = if horizontal { (h, w) } else { (w, h) };
    let mut out = Vec::new();
    for o in 0..outer {
        let mut run = 0u32;
        let mut last = None;
        for i in 0..=inner {
            let at = (i < inner).then_some(if horizontal { (i, o) } else { (o, i) });
            let here = at.filter(|&(x, y)| changed[(y * w + x) as usize]).map(|(x, y)| image.get(x, y));
            if here.is_some() && here == last {
                run += 1;
            } else {
                if last.is_some() {
                    out.push(run);
                }
                run = 1;
            }
            last = here;
        }
    }
    out
}

#[test]
fn pixelation_blocks_are_at_least_the_floor() {
    let (w, h) = (400, 300);
    let floor = block_floor(w, h);
    assert_eq!(floor, 19);
    for shape in shapes().into_iter().chain([
        Shape::Rect { x: 395, y: 295, w: 5, h: 5 },
        Shape::Rect { x: 0, y: 0, w: 1, h: 300 },
        Shape::Polygon(vec![(0, 0), (40, 3), (3, 40)]),
    ]) {
        let original = noise(w, h, 9);
        let mut image = original.clone();
        redact(&mut image, &[region(RegionKind::Face, shape.clone(), Treatment::Pixelate)]).unwrap();
        let changed: Vec<bool> =
            image.pixels.chunks_exact(3).zip(original.pixels.chunks_exact(3)).map(|(a, b)| a != b).collect();
        // Every pixel of the region is covered by a block.
        for (y, x0, x1) in spans(&shape, w, h) {
            for x in x0..x1 {
                assert!(changed[(y * w + x) as usize], "{shape:?}: ({x}, {y}) kept");
            }
        }
        for horizontal in [true, false] {
            let runs = runs(&image, &changed, horizontal);
            assert!(!runs.is_empty());
            assert!(runs.iter().all(|&r| r >= floor), "{shape:?}: runs {:?}", runs.iter().min());
        }
    }
}

#[test]
fn blur_is_never_weaker_than_the_floor() {
    let (w, h) = (320, 240);
    let floor = block_floor(w, h);
    // A box of radius r: neighbours differ by at most 255/(2r+1), rounded.
    let bound = 255 / (2 * floor + 1) + 1;
    for shape in shapes() {
        let original = noise(w, h, 5);
        let mut image = original.clone();
        redact(&mut image, &[region(RegionKind::Body, shape.clone(), Treatment::Blur)]).unwrap();
        let inside: std::collections::HashSet<(u32, u32)> =
            spans(&shape, w, h).into_iter().flat_map(|(y, a, b)| (a..b).map(move |x| (x, y))).collect();
        let mut checked = 0;
        for &(x, y) in &inside {
            for (nx, ny) in [(x + 1, y), (x, y + 1)] {
                if inside.contains(&(nx, ny)) {
                    let (p, q) = (image.get(x, y), image.get(nx, ny));
                    for c in 0..3 {
                        assert!(p[c].abs_diff(q[c]) as u32 <= bound, "{shape:?} ({x}, {y}): {p:?} {q:?}");
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000);
        // Outside the region nothing moved.
        for y in 0..h {
            for x in 0..w {
                if !inside.contains(&(x, y)) {
                    assert_eq!(image.get(x, y), original.get(x, y));
                }
            }
        }
    }
}

#[test]
fn objects_are_not_redacted() {
    let original = noise(64, 48, 6);
    let mut image = original.clone();
    redact(&mut image, &[region(RegionKind::Object, Shape::Rect { x: 0, y: 0, w: 64, h: 48 }, Treatment::Fill)])
        .unwrap();
    assert_eq!(image, original);
}

#[test]
fn errors_name_the_region_and_change_nothing() {
    let original = noise(64, 48, 7);
    let mut image = original.clone();
    let regions = vec![
        region(RegionKind::Face, Shape::Rect { x: 1, y: 1, w: 5, h: 5 }, Treatment::Fill),
        region(RegionKind::Text, Shape::Rect { x: 1, y: 1, w: 5, h: 5 }, Treatment::Fill),
        region(RegionKind::Mark, Shape::Rect { x: 1, y: 1, w: 0, h: 5 }, Treatment::Fill),
    ];
    let err = redact(&mut image, &regions).unwrap_err();
    assert!(matches!(&err, SanitizeError::InvalidRegion { field, .. } if field == "regions[2].shape.w"), "{err}");
    assert!(err.to_string().starts_with("regions[2].shape.w: "), "{err}");
    assert_eq!(image, original);
    let mut bad = Rgb { width: 10, height: 10, pixels: vec![0; 7] };
    assert!(matches!(redact(&mut bad, &regions), Err(SanitizeError::BadPixels { len: 7, .. })));
}

fn any_shape() -> impl Strategy<Value = Shape> {
    let coord = prop_oneof![0u32..80, Just(u32::MAX), any::<u32>()];
    prop_oneof![
        (coord.clone(), coord.clone(), coord.clone(), coord.clone()).prop_map(|(x, y, w, h)| Shape::Rect {
            x,
            y,
            w,
            h
        }),
        prop::collection::vec((coord.clone(), coord), 0..8).prop_map(Shape::Polygon),
    ]
}

fn small_polygon() -> impl Strategy<Value = Vec<(u32, u32)>> {
    prop::collection::vec((0u32..=48, 0u32..=36), 3..9)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any shape, however absurd: an error or a redaction, never a panic.
    #[test]
    fn no_input_panics(shape in any_shape(), t in 0usize..3, w in 1u32..40, h in 1u32..40) {
        let mut image = noise(w, h, 1);
        let regions = [region(RegionKind::Face, shape, Treatment::ALL[t])];
        let _ = redact(&mut image, &regions);
        let _ = vilab_sanitize::public_crops(&image, &regions, u32::MAX, 0);
    }

    /// Scanline spans cover exactly the pixels whose centres a
    /// point-in-polygon test puts inside (self-intersecting ones too:
    /// even-odd).
    #[test]
    fn polygon_spans_match_point_in_polygon(points in small_polygon()) {
        let (w, h) = (48, 36);
        let mut covered = vec![false; (w * h) as usize];
        let shape = Shape::Polygon(points.clone());
        for (y, a, b) in spans(&shape, w, h) {
            for x in a..b {
                prop_assert!(!covered[(y * w + x) as usize], "({}, {}) twice", x, y);
                covered[(y * w + x) as usize] = true;
            }
        }
        for y in 0..h {
            for x in 0..w {
                prop_assert_eq!(covered[(y * w + x) as usize], point_in_polygon(&points, x, y), "({}, {})", x, y);
            }
        }
    }
}
