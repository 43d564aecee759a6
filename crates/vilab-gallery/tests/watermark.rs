//! Watermarks reach every quarter of the image, in Latin and Khmer script.

use vilab_gallery::watermark;

/// Changed pixels in each quarter of a `w` x `h` image.
fn changed_per_quarter(before: &[u8], after: &[u8], w: usize, h: usize) -> [usize; 4] {
    let mut out = [0; 4];
    for y in 0..h {
        for x in 0..w {
            let i = (y * w + x) * 3;
            if before[i..i + 3] != after[i..i + 3] {
                out[usize::from(y >= h / 2) * 2 + usize::from(x >= w / 2)] += 1;
            }
        }
    }
    out
}

#[test]
fn the_mark_covers_every_quarter_on_light_and_dark_images() {
    let (w, h) = (640usize, 480usize);
    for grey in [20u8, 128, 235] {
        let before = vec![grey; w * h * 3];
        let mut after = before.clone();
        watermark(&mut after, w as u32, h as u32, "Dara Sok", "b7e1c0de").unwrap();
        let quarters = changed_per_quarter(&before, &after, w, h);
        for (q, n) in quarters.iter().enumerate() {
            // A quarter is 76,800 pixels; text marks a good share of them.
            assert!(*n > 2_000, "grey {grey}: quarter {q} has only {n} changed pixels");
        }
        // And the image still shows through: most pixels keep their value.
        let total: usize = quarters.iter().sum();
        assert!(total < w * h / 2, "grey {grey}: {total} changed, the mark hides the image");
    }
}

#[test]
fn a_khmer_recipient_name_draws_and_differs_from_a_latin_one() {
    let (w, h) = (400usize, 300usize);
    let before = vec![128u8; w * h * 3];
    let mut khmer = before.clone();
    watermark(&mut khmer, w as u32, h as u32, "សុខ ចាន់ណា", "b7e1c0de").unwrap();
    let quarters = changed_per_quarter(&before, &khmer, w, h);
    assert!(quarters.iter().all(|n| *n > 500), "{quarters:?}");
    let mut latin = before.clone();
    watermark(&mut latin, w as u32, h as u32, "Sok Channa", "b7e1c0de").unwrap();
    assert_ne!(khmer, latin, "the Khmer name drew nothing of its own");
    // The bundle id is part of the mark.
    let mut other = before.clone();
    watermark(&mut other, w as u32, h as u32, "សុខ ចាន់ណា", "ffff0000").unwrap();
    assert_ne!(khmer, other);
}

#[test]
fn odd_sizes_and_wrong_buffers_never_panic() {
    for (w, h) in [(1u32, 1u32), (7, 3), (3000, 2), (2, 900)] {
        let mut rgb = vec![90u8; (w * h * 3) as usize];
        watermark(&mut rgb, w, h, "Nguyễn Thị Mai", "id").unwrap();
    }
    let mut empty: Vec<u8> = Vec::new();
    watermark(&mut empty, 0, 0, "x", "y").unwrap();
    let mut short = vec![0u8; 10];
    assert!(watermark(&mut short, 10, 10, "x", "y").unwrap_err().to_string().contains("rgb"));
}
