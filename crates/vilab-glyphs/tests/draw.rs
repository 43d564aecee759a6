//! Drawing and measuring text in every script: ink where the box says,
//! nothing where it should not be, no panic anywhere.

use vilab_glyphs::{
    Canvas, Script, TextBox, Weight, draw_text, draw_text_weighted, measure_text, script_runs, shape_runs,
};

const W: u32 = 400;
const H: u32 = 120;
const PAPER: u8 = 255;

fn blank() -> Vec<u8> {
    vec![PAPER; (W * H * 3) as usize]
}

/// The inclusive pixel box of everything that is not paper, if any.
fn ink_box(rgb: &[u8], width: u32) -> Option<(u32, u32, u32, u32)> {
    let mut found: Option<(u32, u32, u32, u32)> = None;
    for (i, px) in rgb.chunks_exact(3).enumerate() {
        if px.iter().all(|&c| c == PAPER) {
            continue;
        }
        let (x, y) = (i as u32 % width, i as u32 / width);
        found = Some(match found {
            None => (x, y, x, y),
            Some((a, b, c, d)) => (a.min(x), b.min(y), c.max(x), d.max(y)),
        });
    }
    found
}

fn ink_count(rgb: &[u8]) -> usize {
    rgb.chunks_exact(3).filter(|px| px.iter().any(|&c| c != PAPER)).count()
}

const SAMPLES: &[(Script, &str)] = &[
    (Script::Khmer, "ផ្សារ ឱសថស្ថាន"),
    (Script::Lao, "ຮ້ານຂາຍຢາ ວຽງຈັນ"),
    (Script::Thai, "ร้านขายยา ขอนแก่น"),
    (Script::Latin, "Phở Hà Nội đ ₫"),
];

#[test]
fn each_script_draws_ink_within_its_measured_box() {
    for weight in [Weight::Regular, Weight::Bold] {
        for &(script, text) in SAMPLES {
            let mut rgb = blank();
            let (x, y) = (20.5f32, 15.0f32);
            let drawn = draw_text_weighted(
                &mut Canvas { width: W, height: H, rgb: &mut rgb },
                text,
                x,
                y,
                32.0,
                weight,
                [0, 0, 0],
                255,
            );
            let measured = vilab_glyphs::measure_text_weighted(text, 32.0, weight);
            assert_eq!(drawn, measured, "{script:?} {weight:?}: draw and measure agree");
            let (x0, y0, x1, y1) = ink_box(&rgb, W).unwrap_or_else(|| panic!("{script:?} {weight:?}: no ink"));
            // One pixel of anti-aliasing may fall on either side of the box.
            assert!(x0 as f32 >= x.floor() - 1.0, "{script:?}: ink left of the box");
            assert!(y0 as f32 >= y.floor() - 1.0, "{script:?}: ink above the box");
            assert!(
                x1 as f32 <= (x + drawn.width).ceil() + 1.0,
                "{script:?}: ink right of the box ({x1} > {})",
                x + drawn.width
            );
            assert!(
                y1 as f32 <= (y + drawn.height).ceil() + 1.0,
                "{script:?}: ink below the box ({y1} > {})",
                y + drawn.height
            );
            // And the box is not vastly larger than the ink.
            assert!((x1 - x0) as f32 > drawn.width * 0.8, "{script:?}: box too wide");
            assert!(drawn.baseline > 0.0 && drawn.baseline < drawn.height);
        }
    }
}

#[test]
fn every_sample_character_has_a_glyph_in_its_font() {
    for &(script, text) in SAMPLES {
        for run in shape_runs(text, Weight::Regular) {
            assert!(
                !run.glyphs.contains(&0),
                "{script:?} {text}: .notdef in the {:?} run {:?}",
                run.script,
                run.glyphs
            );
        }
    }
}

// The ids below are what `hb-shape` (HarfBuzz 6.0.0, Debian's
// libharfbuzz-bin) prints for the same strings and the same embedded
// fonts, e.g. `hb-shape --no-glyph-names fonts/NotoSansKhmer-Regular.ttf
// ផ្សារ` gives [49=0+635|310=0+584|54=4+288].

#[test]
fn khmer_subscript_consonant_shapes_as_harfbuzz_does() {
    // ផ ្ស ា រ: the coeng + sa + aa become one ligature glyph (310,
    // "uni17D2179F17B6") under and after pha.
    for weight in [Weight::Regular, Weight::Bold] {
        let runs = shape_runs("ផ្សារ", weight);
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].script, Script::Khmer);
        assert_eq!(runs[0].glyphs, vec![49, 310, 54], "{weight:?}");
    }
}

#[test]
fn lao_and_thai_marks_shape_as_harfbuzz_does() {
    let lao = shape_runs("ສະບາຍດີ", Weight::Regular);
    assert_eq!(lao[0].script, Script::Lao);
    assert_eq!(lao[0].glyphs, vec![27, 33, 16, 34, 10, 11, 60]);
    let thai = shape_runs("ร้านขายยา", Weight::Regular);
    assert_eq!(thai[0].script, Script::Thai);
    assert_eq!(thai[0].glyphs, vec![81, 47, 86, 71, 23, 86, 136, 136, 86]);
}

#[test]
fn vietnamese_stacked_diacritics_compose() {
    let composed = shape_runs("Phở Hà Nội", Weight::Regular);
    assert_eq!(composed.len(), 1);
    assert_eq!(composed[0].script, Script::Latin);
    // ở is 481 and ộ 475: one glyph each for a letter with two marks.
    assert_eq!(composed[0].glyphs, vec![49, 73, 481, 1, 41, 160, 1, 47, 475, 74]);
    // The same words typed as base letters and combining marks (NFD, as
    // some keyboards send them) come out as the same glyphs.
    let decomposed = shape_runs("Pho\u{31b}\u{309} Ha\u{300} No\u{323}\u{302}i", Weight::Regular);
    assert_eq!(decomposed, composed);

    // ộ carries ink above and below a plain o.
    let ink = |text: &str| {
        let mut rgb = blank();
        draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, text, 10.0, 10.0, 60.0, [0, 0, 0], 255);
        ink_box(&rgb, W).expect("ink")
    };
    let (_, o_top, _, o_bottom) = ink("o");
    let (_, top, _, bottom) = ink("ộ");
    assert!(top + 8 < o_top, "circumflex above the o: {top} vs {o_top}");
    assert!(bottom > o_bottom + 4, "dot below the o: {bottom} vs {o_bottom}");
}

#[test]
fn empty_string_draws_nothing() {
    let mut rgb = blank();
    let b = draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, "", 10.0, 10.0, 30.0, [0, 0, 0], 255);
    assert_eq!(b, TextBox::default());
    assert_eq!(measure_text("", 30.0), TextBox::default());
    assert_eq!(ink_count(&rgb), 0);
    // Spaces take room but leave no ink.
    let b = draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, "   ", 10.0, 10.0, 30.0, [0, 0, 0], 255);
    assert!(b.width > 0.0);
    assert_eq!(ink_count(&rgb), 0);
}

#[test]
fn text_off_the_canvas_never_panics_and_draws_only_what_shows() {
    let text = "ភ្នំពេញ 2A-1234 ວຽງຈັນ ขอนแก่น Đà Nẵng";
    let far = [
        (-10_000.0, 10.0),
        (10_000.0, 10.0),
        (10.0, -10_000.0),
        (10.0, 10_000.0),
        (f32::NAN, 10.0),
        (10.0, f32::INFINITY),
        (f32::NEG_INFINITY, f32::NEG_INFINITY),
        (f32::MAX, f32::MAX),
        (f32::MIN, 0.0),
    ];
    for (x, y) in far {
        let mut rgb = blank();
        draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, text, x, y, 40.0, [0, 0, 0], 255);
        assert_eq!(ink_count(&rgb), 0, "ink drawn for text at ({x}, {y})");
    }
    for size in [0.0, -5.0, f32::NAN, f32::INFINITY, 1e9] {
        let mut rgb = blank();
        draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, text, -30.0, -30.0, size, [0, 0, 0], 255);
    }
    // Half off every edge: the part on the canvas is drawn.
    for (x, y) in [(-60.0, 40.0), (W as f32 - 40.0, 40.0), (20.0, -25.0), (20.0, H as f32 - 25.0)] {
        let mut rgb = blank();
        draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, text, x, y, 48.0, [0, 0, 0], 255);
        assert!(ink_count(&rgb) > 50, "nothing drawn for text half off at ({x}, {y})");
    }
    // Degenerate canvases and a buffer shorter than width * height * 3.
    let mut empty: Vec<u8> = Vec::new();
    draw_text(&mut Canvas { width: 0, height: 0, rgb: &mut empty }, text, 0.0, 0.0, 20.0, [0, 0, 0], 255);
    draw_text(&mut Canvas { width: 100, height: 100, rgb: &mut empty }, text, 0.0, 0.0, 20.0, [0, 0, 0], 255);
    let mut one = vec![PAPER; 3];
    draw_text(&mut Canvas { width: 1, height: 1, rgb: &mut one }, "ផ", -3.0, -20.0, 60.0, [0, 0, 0], 255);
    let mut short = vec![PAPER; (W * 10 * 3) as usize + 7];
    draw_text(&mut Canvas { width: W, height: H, rgb: &mut short }, text, 0.0, -25.0, 40.0, [0, 0, 0], 255);
    assert!(ink_count(&short[..(W * 10 * 3) as usize]) > 0);
    assert!(short[(W * 10 * 3) as usize..].iter().all(|&c| c == PAPER), "wrote past the whole rows");
}

#[test]
fn alpha_blends_and_opaque_reaches_the_colour() {
    let colour = [200, 30, 10];
    let stem = |alpha: u8| {
        let mut rgb = blank();
        // An "I" 100 px high has a stem about 12 px wide: its middle row
        // has pixels fully inside the outline.
        draw_text(&mut Canvas { width: W, height: H, rgb: &mut rgb }, "I", 10.0, 0.0, 100.0, colour, alpha);
        let (x0, y0, x1, y1) = ink_box(&rgb, W).unwrap_or((0, 0, 0, 0));
        let at = ((((y0 + y1) / 2) * W + (x0 + x1) / 2) * 3) as usize;
        (ink_count(&rgb), [rgb[at], rgb[at + 1], rgb[at + 2]])
    };
    assert_eq!(stem(0).0, 0, "alpha 0 draws nothing");
    assert_eq!(stem(255).1, colour);
    let half = stem(128).1;
    for (h, c) in half.iter().zip(colour) {
        let expected = 255.0 + (f32::from(c) - 255.0) * 128.0 / 255.0;
        assert!((f32::from(*h) - expected).abs() <= 1.0, "{half:?}");
    }
}

#[test]
fn bold_inks_more_than_regular() {
    let ink = |weight| {
        let mut rgb = blank();
        draw_text_weighted(
            &mut Canvas { width: W, height: H, rgb: &mut rgb },
            "ភ្នំពេញ Hà Nội",
            5.0,
            5.0,
            40.0,
            weight,
            [0, 0, 0],
            255,
        );
        ink_count(&rgb)
    };
    assert!(ink(Weight::Bold) > ink(Weight::Regular) * 11 / 10);
}

#[test]
fn runs_split_by_script_and_joiners_stay_inside() {
    assert_eq!(
        script_runs("Phnom Penh ភ្នំពេញ 2A-1234"),
        vec![(Script::Latin, "Phnom Penh "), (Script::Khmer, "ភ្នំពេញ"), (Script::Latin, " 2A-1234")]
    );
    assert_eq!(script_runs("ວຽງຈັນ ร้าน"), vec![(Script::Lao, "ວຽງຈັນ"), (Script::Latin, " "), (Script::Thai, "ร้าน")]);
    // A zero-width space between Khmer words keeps them in one run.
    assert_eq!(script_runs("ផ្សារ\u{200b}ថ្មី"), vec![(Script::Khmer, "ផ្សារ\u{200b}ថ្មី")]);
    assert_eq!(script_runs("\u{200b}ក"), vec![(Script::Khmer, "\u{200b}ក")]);
    assert_eq!(script_runs(""), Vec::<(Script, &str)>::new());
}

#[test]
fn drawing_is_deterministic() {
    let once = || {
        let mut rgb = blank();
        draw_text(
            &mut Canvas { width: W, height: H, rgb: &mut rgb },
            "ផ្សារ ร้าน ວຽງ Nội",
            3.3,
            7.7,
            33.0,
            [9, 99, 199],
            201,
        );
        rgb
    };
    assert_eq!(once(), once());
}
