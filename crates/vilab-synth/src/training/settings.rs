//! The three settings a scene of the pack is painted in (a street with a
//! shop and a parked car, a room with a window and a table, a shop's
//! inside) as abstract walls, floors and windows, with the clues placed
//! small enough that a trainee has to look for them.

use super::ObjectClue;
use super::clues::{self, BoxPx};
use super::country::{Country, Town};
use crate::rng::SynthRng;
use crate::scene::canvas::Canvas;
use crate::scene::math::{Rgb, hsv, mix, scale};

/// Where the scene takes place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Setting {
    Street,
    Room,
    Shop,
}

impl Setting {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Setting::Street => "street",
            Setting::Room => "room",
            Setting::Shop => "shop",
        }
    }
}

fn pastel(rng: &mut SynthRng) -> Rgb {
    hsv(rng.range_f32(0.0, 1.0), rng.range_f32(0.12, 0.35), rng.range_f32(0.7, 0.9))
}

fn px(rng: &mut SynthRng, lo: u32, hi: u32) -> u32 {
    rng.range_u32(lo, hi)
}

/// A grid of windows on a facade.
fn facade_windows(canvas: &mut Canvas, x0: f32, x1: f32, y0: f32, y1: f32, wall: Rgb, rng: &mut SynthRng) {
    let cols = rng.range_u32(2, 4);
    let rows = 2;
    let cw = (x1 - x0) / cols as f32;
    let rh = (y1 - y0) / rows as f32;
    let glass = hsv(0.58, 0.25, rng.range_f32(0.3, 0.55));
    for r in 0..rows {
        for c in 0..cols {
            let (wx, wy) = (x0 + c as f32 * cw + cw * 0.22, y0 + r as f32 * rh + rh * 0.18);
            let (ww, wh) = (cw * 0.56, rh * 0.6);
            canvas.fill_rect(wx - 4.0, wy - 4.0, wx + ww + 4.0, wy + wh + 4.0, scale(wall, 0.75));
            canvas.fill_rect(wx, wy, wx + ww, wy + wh, glass);
            canvas.fill_rect(wx + ww / 2.0 - 1.5, wy, wx + ww / 2.0 + 1.5, wy + wh, scale(wall, 0.6));
        }
        let ledge = y0 + (r + 1) as f32 * rh - 6.0;
        canvas.fill_rect(x0, ledge, x1, ledge + 5.0, scale(wall, 0.82));
    }
}

/// A street: facades, a shop with its sign, a car with its plate.
pub(crate) fn street(
    canvas: &mut Canvas,
    rng: &mut SynthRng,
    country: &Country,
    town: &Town,
    shop: usize,
) -> Vec<ObjectClue> {
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    let sky_top = hsv(0.57, rng.range_f32(0.3, 0.6), rng.range_f32(0.75, 0.95));
    let haze = mix(sky_top, [235.0, 232.0, 225.0], 0.7);
    canvas.fill_rows(|y| mix(sky_top, haze, (y as f32 / (h * 0.35)).min(1.0)));
    // Neighbours, then the shop's building in front of them.
    let left = px(rng, 60, 140);
    let right = px(rng, 640, 760);
    let n1 = pastel(rng);
    let n2 = pastel(rng);
    canvas.fill_rect(0.0, h * 0.18, left as f32, h * 0.78, n1);
    facade_windows(canvas, 0.0, left as f32, h * 0.22, h * 0.5, n1, rng);
    canvas.fill_rect(right as f32, h * 0.22, w, h * 0.78, n2);
    facade_windows(canvas, right as f32, w, h * 0.26, h * 0.52, n2, rng);
    let wall = pastel(rng);
    let top = px(rng, 60, 110) as f32;
    canvas.fill_rect(left as f32, top, right as f32, h * 0.78, wall);
    facade_windows(canvas, left as f32 + 20.0, right as f32 - 20.0, top + 20.0, h * 0.4, wall, rng);
    // Shopfront: a dark opening with a rolling shutter half up.
    let (sx0, sx1) = (left as f32 + 30.0, right as f32 - 30.0);
    let (sy0, sy1) = (h * 0.56, h * 0.78);
    canvas.fill_rect(sx0, sy0, sx1, sy1, [48.0, 44.0, 42.0]);
    let shutter = mix(wall, [150.0, 150.0, 155.0], 0.7);
    let mut y = sy0;
    while y < sy0 + (sy1 - sy0) * 0.35 {
        canvas.fill_rect(sx0, y, sx1, y + 6.0, shutter);
        y += 9.0;
    }
    // Shelves glimpsed inside.
    for i in 0..3 {
        let yy = sy0 + (sy1 - sy0) * (0.5 + 0.15 * i as f32);
        canvas.fill_rect(sx0 + 20.0, yy, sx1 - 20.0, yy + 4.0, [95.0, 80.0, 65.0]);
    }
    // The sign over the shopfront.
    let sign_w = px(rng, 340, (right - left - 80).min(520));
    let sign_h = px(rng, 86, 110);
    let sign_x = px(rng, left + 40, right - 40 - sign_w);
    let sign_y = (sy0 as u32).saturating_sub(sign_h + px(rng, 8, 24));
    let mut found =
        vec![clues::shop_sign(canvas, rng, BoxPx { x: sign_x, y: sign_y, w: sign_w, h: sign_h }, country, shop, town)];
    // Pavement, road, lane marks, a power line.
    canvas.fill_rect(0.0, h * 0.78, w, h * 0.83, [176.0, 172.0, 165.0]);
    canvas.fill_rect(0.0, h * 0.83, w, h, [92.0, 92.0, 96.0]);
    let mut x = -40.0 + rng.range_f32(0.0, 60.0);
    while x < w {
        canvas.fill_rect(x, h * 0.93, x + 70.0, h * 0.94, [220.0, 215.0, 200.0]);
        x += 140.0;
    }
    let pole = rng.range_f32(20.0, 50.0);
    canvas.fill_rect(pole, h * 0.05, pole + 10.0, h * 0.8, [110.0, 105.0, 100.0]);
    for k in 0..3 {
        let yy = h * 0.07 + k as f32 * 9.0;
        canvas.fill_rect(0.0, yy, w, yy + 2.0, [40.0, 40.0, 45.0]);
    }
    // A car seen from behind, its plate in the middle of the bumper.
    let car_w = 300.0;
    let car_x = rng.range_f32(w * 0.25, w * 0.75 - car_w);
    let car_y = h * 0.72;
    let body = hsv(rng.range_f32(0.0, 1.0), rng.range_f32(0.0, 0.6), rng.range_f32(0.3, 0.8));
    canvas.fill_rect(car_x + 40.0, car_y - 70.0, car_x + car_w - 40.0, car_y, scale(body, 0.9));
    canvas.fill_rect(car_x + 55.0, car_y - 60.0, car_x + car_w - 55.0, car_y - 12.0, [60.0, 70.0, 80.0]);
    canvas.fill_rect(car_x, car_y, car_x + car_w, car_y + 130.0, body);
    canvas.fill_rect(car_x + 10.0, car_y + 20.0, car_x + 60.0, car_y + 45.0, [200.0, 30.0, 30.0]);
    canvas.fill_rect(car_x + car_w - 60.0, car_y + 20.0, car_x + car_w - 10.0, car_y + 45.0, [200.0, 30.0, 30.0]);
    canvas.fill_rect(car_x + 5.0, car_y + 130.0, car_x + 55.0, car_y + 160.0, [25.0, 25.0, 25.0]);
    canvas.fill_rect(car_x + car_w - 55.0, car_y + 130.0, car_x + car_w - 5.0, car_y + 160.0, [25.0, 25.0, 25.0]);
    let (pw, ph) = if country.code == "VN" { (190, 46) } else { (170, 82) };
    let plate_x = (car_x + car_w / 2.0) as u32 - pw / 2;
    let plate_y = (car_y + 118.0) as u32 - ph;
    let number = clues::plate_number(rng, country, town);
    found.push(clues::licence_plate(canvas, BoxPx { x: plate_x, y: plate_y, w: pw, h: ph }, country, town, &number));
    found
}

/// Floor tiles below `y0`.
fn floor(canvas: &mut Canvas, rng: &mut SynthRng, y0: f32) {
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    let a = hsv(rng.range_f32(0.05, 0.12), rng.range_f32(0.1, 0.4), rng.range_f32(0.55, 0.8));
    let b = scale(a, 0.88);
    let tile = rng.range_f32(70.0, 110.0);
    let mut y = y0;
    let mut row = 0;
    while y < h {
        let mut x = 0.0;
        let mut col = row;
        while x < w {
            canvas.fill_rect(x, y, x + tile, y + tile * 0.5, if col % 2 == 0 { a } else { b });
            x += tile;
            col += 1;
        }
        y += tile * 0.5;
        row += 1;
    }
}

/// A window in the wall with a view of sky and hills.
fn window(canvas: &mut Canvas, rng: &mut SynthRng, x0: f32, y0: f32, x1: f32, y1: f32) {
    let frame = [236.0, 232.0, 224.0];
    canvas.fill_rect(x0 - 10.0, y0 - 10.0, x1 + 10.0, y1 + 10.0, frame);
    let sky = hsv(0.56, rng.range_f32(0.3, 0.6), 0.92);
    for y in y0 as u32..y1 as u32 {
        let t = (y as f32 - y0) / (y1 - y0);
        canvas.fill_rect(x0, y as f32, x1, y as f32 + 1.0, mix(sky, [240.0, 240.0, 235.0], t));
    }
    let hill = hsv(0.3, 0.4, rng.range_f32(0.35, 0.55));
    let peak = rng.range_f32(x0, x1);
    canvas.fill_triangle((x0, y1), (peak, y0 + (y1 - y0) * 0.45), (x1, y1), hill);
    canvas.fill_rect(x0, y1 - (y1 - y0) * 0.15, x1, y1, scale(hill, 0.8));
    canvas.fill_rect((x0 + x1) / 2.0 - 5.0, y0, (x0 + x1) / 2.0 + 5.0, y1, frame);
    canvas.fill_rect(x0, (y0 + y1) / 2.0 - 5.0, x1, (y0 + y1) / 2.0 + 5.0, frame);
}

/// A room: wall, window, tiled floor, a socket, a table with a
/// banknote-like paper and a product.
pub(crate) fn room(canvas: &mut Canvas, rng: &mut SynthRng, country: &Country, town: &Town) -> Vec<ObjectClue> {
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    let wall = pastel(rng);
    let wall_low = scale(wall, 0.9);
    canvas.fill_rows(|y| mix(wall, wall_low, y as f32 / h));
    let floor_y = h * 0.7;
    floor(canvas, rng, floor_y);
    canvas.fill_rect(0.0, floor_y - 12.0, w, floor_y, scale(wall, 0.6));
    let wx = rng.range_f32(w * 0.55, w * 0.62);
    let window_w = rng.range_f32(260.0, 320.0);
    window(canvas, rng, wx, h * 0.1, wx + window_w, h * 0.5);
    // A curtain beside the window and a picture on the wall.
    let curtain = hsv(rng.range_f32(0.0, 1.0), 0.5, 0.6);
    canvas.fill_rect(wx - 70.0, h * 0.05, wx - 20.0, h * 0.6, curtain);
    let (px0, py0) = (rng.range_f32(40.0, 120.0), rng.range_f32(50.0, 90.0));
    canvas.fill_rect(px0, py0, px0 + 170.0, py0 + 120.0, [90.0, 70.0, 50.0]);
    canvas.fill_rect(px0 + 8.0, py0 + 8.0, px0 + 162.0, py0 + 112.0, pastel(rng));
    canvas.fill_disc(px0 + 85.0, py0 + 60.0, 35.0, hsv(rng.range_f32(0.0, 1.0), 0.6, 0.7));
    let mut found = Vec::new();
    // The socket low on the wall.
    let sock = px(rng, 58, 72);
    // Under the window, right of the table, where nothing stands in front.
    let sock_x = px(rng, 640, 820);
    let sock_y = (floor_y as u32) - 40 - sock;
    let socket = *rng.pick(country.sockets);
    found.push(clues::power_socket(canvas, BoxPx { x: sock_x, y: sock_y, w: sock, h: sock }, socket));
    // The table: top surface, front edge, legs.
    let (tx0, tx1) = (rng.range_f32(40.0, 90.0), rng.range_f32(520.0, 600.0));
    let (ty0, ty1) = (h * 0.66, h * 0.8);
    let wood = hsv(0.08, rng.range_f32(0.4, 0.6), rng.range_f32(0.45, 0.65));
    canvas.fill_rect(tx0, ty0, tx1, ty1, wood);
    canvas.fill_rect(tx0, ty1, tx1, ty1 + 16.0, scale(wood, 0.7));
    canvas.fill_rect(tx0 + 10.0, ty1 + 16.0, tx0 + 30.0, h, scale(wood, 0.6));
    canvas.fill_rect(tx1 - 30.0, ty1 + 16.0, tx1 - 10.0, h, scale(wood, 0.6));
    // A banknote-like paper on the table.
    let note = BoxPx { x: tx0 as u32 + px(rng, 20, 60), y: ty0 as u32 + px(rng, 8, 14), w: 200, h: 92 };
    found.push(clues::banknote(canvas, rng, note, country));
    // A bottle standing on the table, its label facing us.
    let bx = note.x + note.w + px(rng, 40, 90);
    let bottle = hsv(rng.range_f32(0.0, 1.0), 0.5, 0.35);
    let (bx0, bx1) = (bx as f32, bx as f32 + 120.0);
    let by1 = ty0 + 40.0;
    canvas.fill_rect(bx0 + 45.0, by1 - 290.0, bx1 - 45.0, by1 - 220.0, bottle);
    canvas.fill_rect(bx0, by1 - 225.0, bx1, by1, bottle);
    let label = BoxPx { x: bx + 6, y: (by1 - 190.0) as u32, w: 108, h: 120 };
    found.push(clues::product_label(canvas, rng, label, country, town));
    found
}

/// A shop's inside: shelves of boxes, a banner with the shop's name, a
/// counter with a banknote-like paper and a product, a socket.
pub(crate) fn shop(
    canvas: &mut Canvas,
    rng: &mut SynthRng,
    country: &Country,
    town: &Town,
    shop: usize,
) -> Vec<ObjectClue> {
    let (w, h) = (canvas.width as f32, canvas.height as f32);
    let wall = pastel(rng);
    canvas.fill_rows(|y| mix(wall, scale(wall, 0.85), y as f32 / h));
    floor(canvas, rng, h * 0.86);
    // Shelves on the left with boxes of many colours.
    let shelf_x1 = rng.range_f32(w * 0.5, w * 0.56);
    let shelf = [120.0, 100.0, 80.0];
    for i in 0..4 {
        let y = h * (0.2 + 0.15 * i as f32);
        let mut x = 30.0;
        while x < shelf_x1 - 50.0 {
            let bw = rng.range_f32(30.0, 60.0);
            let bh = rng.range_f32(40.0, h * 0.12);
            canvas.fill_rect(x, y - bh, x + bw, y, hsv(rng.range_f32(0.0, 1.0), rng.range_f32(0.3, 0.8), 0.7));
            x += bw + rng.range_f32(4.0, 12.0);
        }
        canvas.fill_rect(20.0, y, shelf_x1, y + 8.0, shelf);
    }
    let mut found = Vec::new();
    // The banner on the right wall.
    let bw = px(rng, 300, 360);
    let bx = px(rng, shelf_x1 as u32 + 20, (w as u32) - bw - 20);
    let banner = BoxPx { x: bx, y: px(rng, 30, 60), w: bw, h: px(rng, 90, 110) };
    found.push(clues::shop_sign(canvas, rng, banner, country, shop, town));
    // The socket below the banner.
    let sock = px(rng, 56, 68);
    let socket = *rng.pick(country.sockets);
    let sx = px(rng, bx + 20, bx + bw - sock - 20);
    found.push(clues::power_socket(canvas, BoxPx { x: sx, y: px(rng, 230, 300), w: sock, h: sock }, socket));
    // The counter across the front.
    let counter = hsv(rng.range_f32(0.0, 1.0), 0.3, 0.45);
    let cy = h * 0.62;
    canvas.fill_rect(0.0, cy, w, cy + 20.0, scale(counter, 1.3));
    canvas.fill_rect(0.0, cy + 20.0, w, h * 0.9, counter);
    for k in 0..5 {
        let x = w * (0.1 + 0.2 * k as f32);
        canvas.fill_rect(x, cy + 30.0, x + 4.0, h * 0.88, scale(counter, 0.8));
    }
    // A box on the counter with its label, and a note beside it.
    let box_x = px(rng, 60, 200);
    let box_colour = hsv(rng.range_f32(0.0, 1.0), 0.5, 0.6);
    canvas.fill_rect(box_x as f32, cy - 170.0, box_x as f32 + 170.0, cy, box_colour);
    let label = BoxPx { x: box_x + 12, y: (cy - 158.0) as u32, w: 146, h: 120 };
    found.push(clues::product_label(canvas, rng, label, country, town));
    let note = BoxPx { x: box_x + 230 + px(rng, 0, 120), y: (cy as u32) + 40, w: 200, h: 92 };
    found.push(clues::banknote(canvas, rng, note, country));
    found
}
