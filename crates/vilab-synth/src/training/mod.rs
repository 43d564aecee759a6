//! A synthetic training pack for victim-identification exercises: street,
//! room and shop scenes from Cambodia, Laos, Thailand and Vietnam, painted
//! in code, with the clues an investigator would use planted in them and
//! each scene's answer.
//!
//! The clues are a shop sign in the country's script naming the town, a
//! power socket of the region, a licence plate in the country's format, a
//! banknote-like paper with a denomination and the currency word (a plain
//! rectangle, never a copy of a real note), and a product label with an
//! invented brand. Text is shaped and drawn by `vilab-glyphs` with its
//! embedded fonts. No scene holds a person or a photograph.
//!
//! [`training_pack`] is a pure function of its seed: the same seed gives
//! the same JPEG bytes and answers on every machine.

mod clues;
mod country;
mod settings;
mod text;

use serde::{Deserialize, Serialize};

use crate::encode::jpeg_bytes;
use crate::rng::SynthRng;
use crate::scene::canvas::Canvas;
use crate::scene::grain::add_grain;
use country::{COUNTRIES, Country};
use settings::Setting;

/// Width of every scene in pixels.
pub const SCENE_WIDTH: u32 = 960;
/// Height of every scene in pixels.
pub const SCENE_HEIGHT: u32 = 720;
/// JPEG quality of the scenes.
const QUALITY: u8 = 88;
/// Luminance grain in 8-bit levels: enough that flat walls are not
/// perfectly flat, as in a photograph.
const GRAIN: f32 = 3.0;

/// Stream ids under the pack's seed: one per scene, so that a change to
/// one scene's drawing never moves another's.
const SCENE_STREAM: u64 = 0x7241_494E;
const GRAIN_STREAM: u64 = 0x4752_4149;

/// One scene of the pack: a file name, its JPEG and its answer.
#[derive(Debug, Clone)]
pub struct TrainingScene {
    /// File name, e.g. `01-kh-street.jpg`.
    pub name: String,
    /// The picture, a baseline JPEG.
    pub jpeg: Vec<u8>,
    /// What a trainee should find.
    pub answer: SceneAnswer,
}

/// The known answer to one scene.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SceneAnswer {
    /// ISO 3166-1 alpha-2 code: `KH`, `LA`, `TH` or `VN`.
    pub country: String,
    /// The town, in English (e.g. "Phnom Penh").
    pub place: String,
    /// The planted clues, with their boxes.
    pub objects: Vec<ObjectClue>,
    /// How the scene is solved, in English, for the trainer.
    pub solving_lead: String,
}

/// One planted clue and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObjectClue {
    /// Clue object kind code: `shop_sign`, `power_socket`,
    /// `licence_plate`, `banknote`, `product_label` or `other`.
    pub kind: String,
    /// What it shows, in English with the words in their script.
    pub label: String,
    /// Box in pixels of the JPEG, origin top left.
    pub x: u32,
    /// Top of the box.
    pub y: u32,
    /// Width of the box.
    pub w: u32,
    /// Height of the box.
    pub h: u32,
}

/// The pack: three scenes for each of Cambodia, Laos, Thailand and
/// Vietnam (a street, a room, a shop), twelve in all, in that order.
/// Which town, shop, socket, note and plate number each shows, and all
/// colours and positions, follow from `seed` alone.
pub fn training_pack(seed: u64) -> Vec<TrainingScene> {
    let mut scenes = Vec::with_capacity(12);
    for (c, country) in COUNTRIES.iter().enumerate() {
        let mut pick = SynthRng::derive(seed, SCENE_STREAM + c as u64 * 16);
        // Each setting gets its own town and the two with a shop their own
        // shop word, so the country's three scenes differ in answer too.
        let towns = permutation(&mut pick);
        let shops = permutation(&mut pick);
        for (s, setting) in [Setting::Street, Setting::Room, Setting::Shop].into_iter().enumerate() {
            let index = c * 3 + s;
            let stream = SCENE_STREAM + c as u64 * 16 + 1 + s as u64;
            scenes.push(paint_scene(seed, stream, index, country, setting, towns[s], shops[s]));
        }
    }
    scenes
}

/// A random order of `0, 1, 2`.
fn permutation(rng: &mut SynthRng) -> [usize; 3] {
    let mut order = [0, 1, 2];
    for i in (1..3).rev() {
        order.swap(i, rng.below(i + 1));
    }
    order
}

fn paint_scene(
    seed: u64,
    stream: u64,
    index: usize,
    country: &Country,
    setting: Setting,
    town_index: usize,
    shop: usize,
) -> TrainingScene {
    let mut rng = SynthRng::derive(seed, stream);
    let mut canvas = Canvas::new(SCENE_WIDTH, SCENE_HEIGHT);
    let town = &country.towns[town_index];
    let objects = match setting {
        Setting::Street => settings::street(&mut canvas, &mut rng, country, town, shop),
        Setting::Room => settings::room(&mut canvas, &mut rng, country, town),
        Setting::Shop => settings::shop(&mut canvas, &mut rng, country, town, shop),
    };
    add_grain(&mut canvas, &mut SynthRng::derive(seed, GRAIN_STREAM + stream), GRAIN);
    let jpeg = jpeg_bytes(&canvas.into_image(), QUALITY);
    let solving_lead = lead(country, town, setting, &objects);
    TrainingScene {
        name: format!("{:02}-{}-{}.jpg", index + 1, country.code.to_ascii_lowercase(), setting.name()),
        jpeg,
        answer: SceneAnswer { country: country.code.to_owned(), place: town.english.to_owned(), objects, solving_lead },
    }
}

/// The trainer's account of how the scene is solved.
fn lead(country: &Country, town: &country::Town, setting: Setting, objects: &[ObjectClue]) -> String {
    let find = |kind: &str| objects.iter().find(|o| o.kind == kind).map(|o| o.label.as_str()).unwrap_or("");
    let script = country.script;
    let (name, english) = (country.english, town.english);
    match setting {
        Setting::Street => format!(
            "Read the {} in {script} script: the town is {english}. The car's {} gives the same province, and the \
             plate format alone places the scene in {name}.",
            find("shop_sign"),
            find("licence_plate")
        ),
        Setting::Room => format!(
            "The {} on the table names a currency used only in {name}; the {} fits the region. The {} gives the \
             town: {english}.",
            find("banknote"),
            find("power_socket"),
            find("product_label")
        ),
        Setting::Shop => format!(
            "The banner, a {} in {script} script, names the town: {english}. The {} and the {} confirm {name}; the \
             wall carries a {}.",
            find("shop_sign"),
            find("banknote"),
            find("product_label"),
            find("power_socket")
        ),
    }
}
