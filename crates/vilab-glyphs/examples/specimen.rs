//! Draws a specimen of every script and weight into a binary PPM file, to
//! look at the shaping by eye: `cargo run -p vilab-glyphs --example
//! specimen -- OUT.ppm`.

use vilab_glyphs::{Canvas, Weight, draw_text_weighted};

const LINES: &[&str] = &[
    "ផ្សារ ឱសថស្ថាន ភ្នំពេញ ១២៣ ៛",
    "ຮ້ານຂາຍຢາ ວຽງຈັນ ສະບາຍດີ ₭",
    "ร้านขายยา กรุงเทพมหานคร ฿",
    "Phở Hà Nội · Nhà thuốc · Điện thoại · 51F-123.45 ₫",
    "Mixed: ភ្នំពេញ 2A-1234 ວຽງຈັນ ขอนแก่น Đà Nẵng",
];

fn main() -> std::io::Result<()> {
    let out = std::env::args().nth(1).unwrap_or_else(|| "specimen.ppm".into());
    let (w, h) = (1100u32, 720u32);
    let mut rgb = vec![250u8; (w * h * 3) as usize];
    let mut canvas = Canvas { width: w, height: h, rgb: &mut rgb };
    let mut y = 10.0;
    for weight in [Weight::Regular, Weight::Bold] {
        for line in LINES {
            let b = draw_text_weighted(&mut canvas, line, 10.0, y, 34.0, weight, [20, 30, 90], 255);
            y += b.height + 4.0;
        }
    }
    let mut file = format!("P6\n{w} {h}\n255\n").into_bytes();
    file.extend_from_slice(&rgb);
    std::fs::write(out, file)
}
