//! Public crops: never near a person region, refused exactly when they
//! would be, sized to at most `max_side`, and orientation as a viewer
//! applies it.

mod common;

use common::noise;
use proptest::prelude::*;
use vilab_sanitize::{Region, RegionKind, Rgb, SanitizeError, Shape, Treatment, orient, public_crops, spans};

const W: u32 = 200;
const H: u32 = 150;

fn shape() -> impl Strategy<Value = Shape> {
    prop_oneof![
        (0u32..W, 0u32..H, 1u32..80, 1u32..60).prop_map(|(x, y, w, h)| Shape::Rect { x, y, w, h }),
        prop::collection::vec((0u32..=W, 0u32..=H), 3..7)
            .prop_filter("encloses an area", |p| Shape::Polygon(p.clone()).validate(W, H).is_ok())
            .prop_map(Shape::Polygon),
    ]
}

fn kind() -> impl Strategy<Value = RegionKind> {
    prop_oneof![Just(RegionKind::Face), Just(RegionKind::Body), Just(RegionKind::Mark), Just(RegionKind::Object)]
}

/// The box of a shape as the crate's rule takes it, worked out here:
/// a rectangle clipped to the picture, a polygon's vertex extremes.
fn reference_box(shape: &Shape) -> [i64; 4] {
    match shape {
        Shape::Rect { x, y, w, h } => {
            [i64::from(*x), i64::from(*y), i64::from((x + w).min(W)), i64::from((y + h).min(H))]
        }
        Shape::Polygon(p) => [
            i64::from(p.iter().map(|v| v.0).min().unwrap()),
            i64::from(p.iter().map(|v| v.1).min().unwrap()),
            i64::from(p.iter().map(|v| v.0).max().unwrap()),
            i64::from(p.iter().map(|v| v.1).max().unwrap()),
        ],
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn crops_never_meet_a_person_region(
        drawn in prop::collection::vec((kind(), shape()), 1..7),
        margin in 0u32..40,
        max_side in 1u32..120,
    ) {
        let image = noise(W, H, 11);
        let regions: Vec<Region> =
            drawn.into_iter().map(|(kind, shape)| Region { kind, shape, treatment: Treatment::Fill }).collect();
        let objects: Vec<usize> = (0..regions.len()).filter(|&i| regions[i].kind == RegionKind::Object).collect();
        let crops = public_crops(&image, &regions, margin, max_side);
        prop_assert_eq!(crops.len(), objects.len());
        let m = i64::from(margin);
        for (&o, crop) in objects.iter().zip(&crops) {
            let b = reference_box(&regions[o].shape);
            let grown = [b[0] - m, b[1] - m, b[2] + m, b[3] + m];
            // Person regions whose grown box meets the grown object box.
            let touching: Vec<usize> = (0..regions.len())
                .filter(|&p| regions[p].kind.is_person())
                .filter(|&p| {
                    let q = reference_box(&regions[p].shape);
                    let q = [q[0] - m, q[1] - m, q[2] + m, q[3] + m];
                    grown[0] < q[2] && q[0] < grown[2] && grown[1] < q[3] && q[1] < grown[3]
                })
                .collect();
            match crop {
                Ok(rgb) => {
                    prop_assert!(touching.is_empty(), "object {} accepted though it touches {:?}", o, touching);
                    // No pixel of any person region within the grown box.
                    for p in (0..regions.len()).filter(|&p| regions[p].kind.is_person()) {
                        for (y, a, bx) in spans(&regions[p].shape, W, H) {
                            let y = i64::from(y);
                            prop_assert!(
                                !(y >= grown[1] && y < grown[3] && i64::from(a) < grown[2] && i64::from(bx) > grown[0]),
                                "person {} pixel row {} inside the crop of {}", p, y, o
                            );
                        }
                    }
                    prop_assert!(rgb.width <= max_side && rgb.height <= max_side && rgb.width >= 1 && rgb.height >= 1);
                    prop_assert_eq!(rgb.pixels.len(), (rgb.width * rgb.height * 3) as usize);
                }
                Err(SanitizeError::CropTouchesPerson { object, person }) => {
                    prop_assert_eq!(*object, o);
                    prop_assert_eq!(Some(person), touching.first());
                }
                Err(e) => prop_assert!(false, "object {}: {}", o, e),
            }
        }
    }
}

/// An accepted rectangle crop is the picture's box itself (when not
/// resized), with text regions reaching into it filled; a polygon crop
/// shows only what lies inside the polygon.
#[test]
fn a_crop_shows_the_object_and_nothing_else() {
    let image = noise(W, H, 12);
    let regions = vec![
        Region {
            kind: RegionKind::Object,
            shape: Shape::Rect { x: 10, y: 20, w: 60, h: 40 },
            treatment: Treatment::Fill,
        },
        Region {
            kind: RegionKind::Text,
            shape: Shape::Rect { x: 60, y: 50, w: 30, h: 30 },
            treatment: Treatment::Fill,
        },
        Region {
            kind: RegionKind::Object,
            shape: Shape::Polygon(vec![(120, 10), (190, 10), (120, 80)]),
            treatment: Treatment::Fill,
        },
        Region {
            kind: RegionKind::Face,
            shape: Shape::Rect { x: 150, y: 100, w: 40, h: 40 },
            treatment: Treatment::Fill,
        },
    ];
    let crops = public_crops(&image, &regions, 10, 1000);
    let rect = crops[0].as_ref().unwrap();
    assert_eq!((rect.width, rect.height), (60, 40));
    for y in 0..40 {
        for x in 0..60 {
            let expected = if x + 10 >= 60 && y + 20 >= 50 { [0, 0, 0] } else { image.get(x + 10, y + 20) };
            assert_eq!(rect.get(x, y), expected, "({x}, {y})");
        }
    }
    let poly = crops[1].as_ref().unwrap();
    assert_eq!((poly.width, poly.height), (70, 70));
    assert_eq!(poly.get(69, 69), [0, 0, 0]);
    assert_eq!(poly.get(1, 1), image.get(121, 11));
    // Grown by 30 instead, the polygon's box meets the face's.
    let crops = public_crops(&image, &regions, 30, 1000);
    assert!(matches!(crops[1], Err(SanitizeError::CropTouchesPerson { object: 2, person: 3 })));
    // A broken person region refuses every crop, naming it.
    let mut broken = regions.clone();
    broken[3].shape = Shape::Rect { x: 0, y: 0, w: 0, h: 1 };
    for crop in public_crops(&image, &broken, 10, 1000) {
        assert!(matches!(crop, Err(SanitizeError::InvalidRegion { field, .. }) if field == "regions[3].shape.w"));
    }
}

/// Orientation against the `image` crate's rotations and flips, and each
/// one undone by its inverse.
#[test]
fn orientations_match_a_reference_and_round_trip() {
    let image = noise(7, 4, 13);
    let reference = image::RgbImage::from_raw(7, 4, image.pixels.clone()).unwrap();
    use image::imageops::{flip_horizontal, flip_vertical, rotate90, rotate180, rotate270};
    let expected = [
        (1, reference.clone()),
        (2, flip_horizontal(&reference)),
        (3, rotate180(&reference)),
        (4, flip_vertical(&reference)),
        (5, flip_horizontal(&rotate90(&reference))),
        (6, rotate90(&reference)),
        (7, flip_horizontal(&rotate270(&reference))),
        (8, rotate270(&reference)),
    ];
    for (o, want) in expected {
        let got = orient(image.clone(), o);
        assert_eq!((got.width, got.height), want.dimensions(), "orientation {o}");
        assert_eq!(got.pixels, want.into_raw(), "orientation {o}");
        let inverse = match o {
            6 => 8,
            8 => 6,
            other => other,
        };
        assert_eq!(orient(got, inverse), image, "orientation {o} and back");
    }
    for o in [0, 9, u16::MAX] {
        assert_eq!(orient(image.clone(), o), image);
    }
    let bad = Rgb { width: 3, height: 3, pixels: vec![1; 5] };
    assert_eq!(orient(bad.clone(), 6), bad);
}
