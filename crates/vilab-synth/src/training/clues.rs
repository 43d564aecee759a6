//! The planted clues: shop sign, power socket, licence plate,
//! banknote-like paper and product label, each painted into a box of the
//! scene and returned as an [`ObjectClue`].

use vilab_glyphs::Weight;

use super::ObjectClue;
use super::country::{Country, Socket, Town};
use super::text::centred;
use crate::rng::SynthRng;
use crate::scene::canvas::Canvas;
use crate::scene::math::{Rgb, hsv, mix, scale};

const WHITE: Rgb = [250.0, 250.0, 247.0];
const INK: Rgb = [22.0, 22.0, 26.0];

/// A clue's box in whole pixels.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BoxPx {
    pub(crate) x: u32,
    pub(crate) y: u32,
    pub(crate) w: u32,
    pub(crate) h: u32,
}

impl BoxPx {
    fn rect(self) -> (f32, f32, f32, f32) {
        (self.x as f32, self.y as f32, (self.x + self.w) as f32, (self.y + self.h) as f32)
    }
    fn cx(self) -> f32 {
        self.x as f32 + self.w as f32 / 2.0
    }
    fn clue(self, kind: &str, label: String) -> ObjectClue {
        ObjectClue { kind: kind.to_owned(), label, x: self.x, y: self.y, w: self.w, h: self.h }
    }
}

/// A shop sign: a coloured board with the shop word large and the town
/// below it, both in the country's script.
pub(crate) fn shop_sign(
    canvas: &mut Canvas,
    rng: &mut SynthRng,
    at: BoxPx,
    country: &Country,
    shop: usize,
    town: &Town,
) -> ObjectClue {
    let (x0, y0, x1, y1) = at.rect();
    let board = hsv(rng.range_f32(0.0, 1.0), rng.range_f32(0.65, 0.95), rng.range_f32(0.45, 0.75));
    canvas.fill_rect(x0, y0, x1, y1, scale(board, 0.6));
    canvas.fill_rect(x0 + 4.0, y0 + 4.0, x1 - 4.0, y1 - 4.0, board);
    let (w, h) = (at.w as f32, at.h as f32);
    let word = &country.shops[shop];
    centred(canvas, word.local, at.cx(), y0 + h * 0.38, w * 0.88, h * 0.5, 200.0, Weight::Bold, WHITE);
    centred(canvas, town.local, at.cx(), y0 + h * 0.78, w * 0.6, h * 0.26, 200.0, Weight::Regular, WHITE);
    at.clue(
        "shop_sign",
        format!("shop sign \"{}\" ({}) naming \"{}\" ({})", word.local, word.english, town.local, town.english),
    )
}

/// A wall socket of the region on an ivory plate.
pub(crate) fn power_socket(canvas: &mut Canvas, at: BoxPx, socket: Socket) -> ObjectClue {
    let (x0, y0, x1, y1) = at.rect();
    let s = at.w.min(at.h) as f32;
    let (cx, cy) = (at.cx(), y0 + at.h as f32 / 2.0);
    canvas.fill_rect(x0, y0, x1, y1, [170.0, 168.0, 160.0]);
    canvas.fill_rect(x0 + 2.0, y0 + 2.0, x1 - 2.0, y1 - 2.0, [238.0, 234.0, 222.0]);
    let hole = [35.0, 33.0, 32.0];
    let slot = |canvas: &mut Canvas, x: f32, y: f32, w: f32, h: f32| {
        canvas.fill_rect(x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0, hole)
    };
    match socket {
        Socket::AC => {
            for dx in [-0.17, 0.17] {
                slot(canvas, cx + dx * s, cy, 0.07 * s, 0.3 * s);
                canvas.fill_disc(cx + dx * s, cy, 0.075 * s, hole);
            }
        }
        Socket::C => {
            canvas.fill_disc(cx, cy, 0.3 * s, [225.0, 221.0, 208.0]);
            for dx in [-0.15, 0.15] {
                canvas.fill_disc(cx + dx * s, cy, 0.065 * s, hole);
            }
        }
        Socket::G => {
            slot(canvas, cx, cy - 0.2 * s, 0.08 * s, 0.2 * s);
            for dx in [-0.2, 0.2] {
                slot(canvas, cx + dx * s, cy + 0.15 * s, 0.16 * s, 0.07 * s);
            }
        }
        Socket::O => {
            for dx in [-0.17, 0.17] {
                canvas.fill_disc(cx + dx * s, cy + 0.08 * s, 0.065 * s, hole);
            }
            canvas.fill_disc(cx, cy - 0.2 * s, 0.07 * s, hole);
        }
    }
    at.clue("power_socket", socket.describe().to_owned())
}

/// The plate's number in the country's format, from `rng`.
pub(crate) fn plate_number(rng: &mut SynthRng, country: &Country, town: &Town) -> String {
    let letter = |rng: &mut SynthRng| *rng.pick(country.plate_letters);
    match country.code {
        // Cambodia: a digit and a series letter, then four digits.
        "KH" => format!("{}{}-{:04}", rng.range_u32(1, 3), letter(rng), rng.range_u32(0, 9999)),
        // Laos and Thailand: two consonants of the script, then digits.
        "LA" | "TH" => format!("{}{} {:04}", letter(rng), letter(rng), rng.range_u32(1, 9999)),
        // Vietnam: province code, series letter, three digits, dot, two.
        _ => format!("{}{}-{:03}.{:02}", town.plate_code, letter(rng), rng.range_u32(100, 999), rng.range_u32(0, 99)),
    }
}

/// A licence plate in the country's format and colours.
pub(crate) fn licence_plate(
    canvas: &mut Canvas,
    at: BoxPx,
    country: &Country,
    town: &Town,
    number: &str,
) -> ObjectClue {
    let (x0, y0, x1, y1) = at.rect();
    let (w, h) = (at.w as f32, at.h as f32);
    let cx = at.cx();
    let blue = [20.0, 45.0, 140.0];
    let (ground, ink) = match country.code {
        "KH" => (WHITE, blue),
        // Lao private plates: dark letters on yellow.
        "LA" => ([240.0, 200.0, 40.0], INK),
        _ => (WHITE, INK),
    };
    canvas.fill_rect(x0, y0, x1, y1, ink);
    canvas.fill_rect(x0 + 3.0, y0 + 3.0, x1 - 3.0, y1 - 3.0, ground);
    let label = match country.code {
        "KH" => {
            centred(
                canvas,
                town.plate_province,
                cx - w * 0.2,
                y0 + h * 0.22,
                w * 0.4,
                h * 0.3,
                200.0,
                Weight::Bold,
                ink,
            );
            centred(
                canvas,
                town.plate_province_english,
                cx + w * 0.2,
                y0 + h * 0.22,
                w * 0.4,
                h * 0.22,
                200.0,
                Weight::Bold,
                ink,
            );
            centred(canvas, number, cx, y0 + h * 0.66, w * 0.86, h * 0.5, 200.0, Weight::Bold, ink);
            format!(
                "Cambodian licence plate: province \"{}\" ({}) in Khmer and Latin above {number}, blue on white",
                town.plate_province, town.plate_province_english
            )
        }
        "LA" => {
            centred(canvas, town.plate_province, cx, y0 + h * 0.25, w * 0.8, h * 0.32, 200.0, Weight::Bold, ink);
            centred(canvas, number, cx, y0 + h * 0.66, w * 0.8, h * 0.48, 200.0, Weight::Bold, ink);
            format!(
                "Lao private licence plate: province \"{}\" ({}) above \"{number}\", dark on yellow",
                town.plate_province, town.plate_province_english
            )
        }
        "TH" => {
            centred(canvas, number, cx, y0 + h * 0.34, w * 0.8, h * 0.5, 200.0, Weight::Bold, ink);
            centred(canvas, town.plate_province, cx, y0 + h * 0.76, w * 0.75, h * 0.3, 200.0, Weight::Regular, ink);
            format!(
                "Thai private licence plate: \"{number}\" above the province \"{}\" ({}), black on white",
                town.plate_province, town.plate_province_english
            )
        }
        _ => {
            centred(canvas, number, cx, y0 + h * 0.5, w * 0.88, h * 0.72, 200.0, Weight::Bold, ink);
            format!(
                "Vietnamese licence plate {number}: province code {} is {}",
                town.plate_code, town.plate_province_english
            )
        }
    };
    at.clue("licence_plate", label)
}

/// A banknote-like paper: a coloured rectangle with the denomination and
/// the currency word, a plain geometric motif and "TRAINING", so that
/// it can never pass for a copy of a real note (no portrait, no design).
pub(crate) fn banknote(canvas: &mut Canvas, rng: &mut SynthRng, at: BoxPx, country: &Country) -> ObjectClue {
    let (x0, y0, x1, y1) = at.rect();
    let (w, h) = (at.w as f32, at.h as f32);
    let index = rng.below(country.denominations.len());
    let denomination = country.denominations[index];
    let hue = (index as f32 * 0.23 + rng.range_f32(0.0, 0.08)) % 1.0;
    let paper = hsv(hue, 0.35, 0.85);
    let deep = hsv(hue, 0.8, 0.4);
    canvas.fill_rect(x0, y0, x1, y1, deep);
    canvas.fill_rect(x0 + 4.0, y0 + 4.0, x1 - 4.0, y1 - 4.0, paper);
    canvas.fill_ring(x0 + w * 0.22, y0 + h * 0.5, h * 0.32, h * 0.24, mix(deep, paper, 0.3));
    canvas.fill_disc(x0 + w * 0.22, y0 + h * 0.5, h * 0.12, mix(deep, paper, 0.5));
    centred(canvas, denomination, x0 + w * 0.67, y0 + h * 0.3, w * 0.55, h * 0.38, 200.0, Weight::Bold, deep);
    centred(
        canvas,
        country.currency_local,
        x0 + w * 0.67,
        y0 + h * 0.63,
        w * 0.45,
        h * 0.26,
        200.0,
        Weight::Bold,
        deep,
    );
    centred(canvas, "TRAINING", x0 + w * 0.67, y0 + h * 0.87, w * 0.4, h * 0.11, 200.0, Weight::Regular, deep);
    at.clue(
        "banknote",
        format!(
            "banknote-like paper: {denomination} {} ({}), a currency used only in {}",
            country.currency_local, country.currency_english, country.english
        ),
    )
}

/// A product label: the invented brand, the product word and the maker's
/// town, in the country's script.
pub(crate) fn product_label(
    canvas: &mut Canvas,
    rng: &mut SynthRng,
    at: BoxPx,
    country: &Country,
    town: &Town,
) -> ObjectClue {
    let (x0, y0, x1, y1) = at.rect();
    let (w, h) = (at.w as f32, at.h as f32);
    let cx = at.cx();
    let ground = hsv(rng.range_f32(0.0, 1.0), rng.range_f32(0.1, 0.3), 0.95);
    let accent = hsv(rng.range_f32(0.0, 1.0), 0.85, 0.55);
    canvas.fill_rect(x0, y0, x1, y1, accent);
    canvas.fill_rect(x0 + 3.0, y0 + 3.0, x1 - 3.0, y1 - 3.0, ground);
    canvas.fill_rect(x0 + 3.0, y0 + h * 0.62, x1 - 3.0, y0 + h * 0.66, accent);
    centred(canvas, country.brand.local, cx, y0 + h * 0.22, w * 0.85, h * 0.3, 200.0, Weight::Bold, accent);
    centred(canvas, country.product.local, cx, y0 + h * 0.47, w * 0.8, h * 0.22, 200.0, Weight::Bold, INK);
    centred(canvas, town.local, cx, y0 + h * 0.8, w * 0.7, h * 0.2, 200.0, Weight::Regular, INK);
    at.clue(
        "product_label",
        format!(
            "product label: brand \"{}\" ({}), \"{}\" ({}), made in \"{}\" ({})",
            country.brand.local,
            country.brand.english,
            country.product.local,
            country.product.english,
            town.local,
            town.english
        ),
    )
}
