//! The training pack: twelve scenes, three per country, the same bytes for
//! a seed, every planted clue inside the picture and visible there.

use std::collections::{BTreeMap, BTreeSet};

use vilab_synth::training::{SCENE_HEIGHT, SCENE_WIDTH, SceneAnswer, TrainingScene, training_pack};

const KINDS: [&str; 5] = ["shop_sign", "power_socket", "licence_plate", "banknote", "product_label"];

fn pack() -> Vec<TrainingScene> {
    training_pack(20)
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_other_pictures() {
    let (a, b) = (pack(), pack());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.name, y.name);
        assert!(x.jpeg == y.jpeg, "{}: bytes differ between two runs of one seed", x.name);
        assert_eq!(x.answer, y.answer);
    }
    let other = training_pack(21);
    for (x, y) in a.iter().zip(&other) {
        assert!(x.jpeg != y.jpeg, "{}: seeds 20 and 21 painted the same picture", x.name);
    }
}

#[test]
fn twelve_scenes_cover_all_four_countries_with_every_kind_of_clue() {
    let scenes = pack();
    assert_eq!(scenes.len(), 12);
    let names: BTreeSet<&str> = scenes.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names.len(), 12, "file names are unique");
    let mut by_country: BTreeMap<&str, Vec<&SceneAnswer>> = BTreeMap::new();
    for scene in &scenes {
        assert!(scene.name.ends_with(".jpg"));
        assert!(scene.name.contains(&scene.answer.country.to_ascii_lowercase()), "{}", scene.name);
        by_country.entry(scene.answer.country.as_str()).or_default().push(&scene.answer);
    }
    assert_eq!(by_country.keys().copied().collect::<Vec<_>>(), ["KH", "LA", "TH", "VN"]);
    for (country, answers) in &by_country {
        assert_eq!(answers.len(), 3, "{country}: three scenes");
        let places: BTreeSet<&str> = answers.iter().map(|a| a.place.as_str()).collect();
        assert_eq!(places.len(), 3, "{country}: each scene in its own town: {places:?}");
        let kinds: BTreeSet<&str> = answers.iter().flat_map(|a| a.objects.iter().map(|o| o.kind.as_str())).collect();
        assert_eq!(kinds, KINDS.into_iter().collect(), "{country}: every kind of clue planted");
        for answer in answers {
            assert!(answer.objects.len() >= 2, "{country}: a scene has at least two clues");
            assert!(answer.solving_lead.contains(&answer.place), "{country}: the lead names the place");
            for object in &answer.objects {
                assert!(!object.label.is_empty());
            }
        }
    }
}

#[test]
fn every_clue_box_lies_in_the_picture_and_has_ink_in_it() {
    for scene in pack() {
        let img = image::load_from_memory_with_format(&scene.jpeg, image::ImageFormat::Jpeg)
            .unwrap_or_else(|e| panic!("{}: {e}", scene.name))
            .to_rgb8();
        assert_eq!(img.dimensions(), (SCENE_WIDTH, SCENE_HEIGHT), "{}", scene.name);
        for o in &scene.answer.objects {
            assert!(o.w >= 40 && o.h >= 40, "{} {}: box big enough to find", scene.name, o.kind);
            assert!(o.x + o.w <= SCENE_WIDTH && o.y + o.h <= SCENE_HEIGHT, "{} {}: box outside", scene.name, o.kind);
            // Luminance spread inside the box: text, holes or a motif on a
            // plain ground, never a flat patch of wall.
            let luma: Vec<f64> = (o.y..o.y + o.h)
                .flat_map(|y| (o.x..o.x + o.w).map(move |x| (x, y)))
                .map(|(x, y)| {
                    let p = img.get_pixel(x, y).0;
                    0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2])
                })
                .collect();
            let mean = luma.iter().sum::<f64>() / luma.len() as f64;
            let sd = (luma.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / luma.len() as f64).sqrt();
            assert!(sd > 15.0, "{} {}: no ink in the box (sd {sd:.1})", scene.name, o.kind);
            // The box stands out from what is just around it.
            let ring: Vec<f64> = ring_pixels(o.x, o.y, o.w, o.h, 6)
                .map(|(x, y)| {
                    let p = img.get_pixel(x, y).0;
                    0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2])
                })
                .collect();
            let ring_mean = ring.iter().sum::<f64>() / ring.len().max(1) as f64;
            let contrast = luma.iter().filter(|&&v| (v - ring_mean).abs() > 40.0).count();
            assert!(
                contrast * 50 > luma.len(),
                "{} {}: under 2 % of the box differs from its surroundings",
                scene.name,
                o.kind
            );
        }
    }
}

/// Pixels of a band `margin` wide around a box, clipped to the picture.
fn ring_pixels(x: u32, y: u32, w: u32, h: u32, margin: u32) -> impl Iterator<Item = (u32, u32)> {
    let (x0, y0) = (x.saturating_sub(margin), y.saturating_sub(margin));
    let (x1, y1) = ((x + w + margin).min(SCENE_WIDTH), (y + h + margin).min(SCENE_HEIGHT));
    (y0..y1)
        .flat_map(move |py| (x0..x1).map(move |px| (px, py)))
        .filter(move |&(px, py)| px < x || px >= x + w || py < y || py >= y + h)
}

#[test]
fn answers_round_trip_through_json() {
    for scene in pack() {
        let json = serde_json::to_string(&scene.answer).unwrap_or_else(|e| panic!("{}: {e}", scene.name));
        let back: SceneAnswer = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", scene.name));
        assert_eq!(back, scene.answer);
        assert!(json.contains("\"solving_lead\""));
    }
}
