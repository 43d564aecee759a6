//! The detector's working picture: luma of the caller's RGB, resampled to
//! the working size in one separable pass per axis (a tent filter whose
//! support grows with the reduction, so a 12 MP photograph shrunk to 2 MP
//! averages every pixel rather than skipping most of them).

/// Luma (BT.601 weights, the cascade was trained on grey images made this
/// way) of interleaved RGB, `width * height` bytes.
pub fn luma(rgb: &[u8]) -> Vec<u8> {
    rgb.chunks_exact(3)
        .map(|p| ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]) + 128) >> 8) as u8)
        .collect()
}

/// Filter taps of one axis: for each output index, the first input index
/// and the weights (summing to 1) of the inputs from there on.
struct Taps {
    first: Vec<usize>,
    len: usize,
    weights: Vec<f32>,
}

impl Taps {
    fn new(from: usize, to: usize) -> Taps {
        let scale = to as f64 / from as f64;
        // Half-width of the tent in input pixels: 1 when enlarging (bilinear),
        // 1 / scale when reducing (every input pixel contributes).
        let radius = (1.0 / scale).max(1.0);
        let len = (2.0 * radius).ceil() as usize + 1;
        let mut first = Vec::with_capacity(to);
        let mut weights = vec![0.0f32; to * len];
        for i in 0..to {
            let centre = (i as f64 + 0.5) / scale - 0.5;
            let start = (centre - radius).ceil().max(0.0) as usize;
            let start = start.min(from - 1);
            let row = &mut weights[i * len..(i + 1) * len];
            let mut sum = 0.0f64;
            for (k, w) in row.iter_mut().enumerate() {
                let x = start + k;
                if x >= from {
                    break;
                }
                let t = (1.0 - (x as f64 - centre).abs() / radius).max(0.0);
                *w = t as f32;
                sum += t;
            }
            if sum > 0.0 {
                row.iter_mut().for_each(|w| *w = (f64::from(*w) / sum) as f32);
            } else {
                // The centre falls outside the input (only at the very edge):
                // take the nearest pixel.
                row[0] = 1.0;
            }
            first.push(start);
        }
        Taps { first, len, weights }
    }

    fn apply(&self, i: usize, sample: impl Fn(usize) -> f32, limit: usize) -> f32 {
        let start = self.first[i];
        let row = &self.weights[i * self.len..(i + 1) * self.len];
        row.iter().enumerate().take_while(|(k, _)| start + k < limit).map(|(k, w)| w * sample(start + k)).sum()
    }
}

/// `grey` (`width * height`) resampled to `to_width * to_height`. All four
/// sizes must be at least 1.
pub fn resize(grey: &[u8], width: usize, height: usize, to_width: usize, to_height: usize) -> Vec<u8> {
    if width == to_width && height == to_height {
        return grey.to_vec();
    }
    let horizontal = Taps::new(width, to_width);
    let vertical = Taps::new(height, to_height);
    // Rows first: the intermediate is to_width wide and height tall.
    let mut mid = vec![0.0f32; to_width * height];
    for y in 0..height {
        let src = &grey[y * width..(y + 1) * width];
        let dst = &mut mid[y * to_width..(y + 1) * to_width];
        for (x, out) in dst.iter_mut().enumerate() {
            *out = horizontal.apply(x, |i| f32::from(src[i]), width);
        }
    }
    let mut out = vec![0u8; to_width * to_height];
    for y in 0..to_height {
        let dst = &mut out[y * to_width..(y + 1) * to_width];
        for (x, px) in dst.iter_mut().enumerate() {
            let v = vertical.apply(y, |j| mid[j * to_width + x], height);
            *px = v.round().clamp(0.0, 255.0) as u8;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luma_of_grey_is_the_grey_and_of_primaries_is_weighted() {
        assert_eq!(luma(&[0, 0, 0, 255, 255, 255, 100, 100, 100]), vec![0, 255, 100]);
        let [r, g, b] = [luma(&[255, 0, 0])[0], luma(&[0, 255, 0])[0], luma(&[0, 0, 255])[0]];
        assert!(g > r && r > b, "green weighs most, blue least: {r} {g} {b}");
    }

    #[test]
    fn a_flat_picture_stays_flat_at_any_size() {
        let grey = vec![137u8; 40 * 30];
        for (w, h) in [(40, 30), (7, 5), (1, 1), (100, 75), (13, 61)] {
            let out = resize(&grey, 40, 30, w, h);
            assert_eq!(out.len(), w * h);
            assert!(out.iter().all(|&v| v == 137), "{w}x{h}");
        }
    }

    #[test]
    fn halving_averages_pairs() {
        // Columns alternate 0 and 200: halved, every pixel away from the
        // edges is their mean (at the edges the tent is cut, so near it).
        let grey: Vec<u8> = (0..8 * 4).map(|i| if i % 2 == 0 { 0 } else { 200 }).collect();
        let out = resize(&grey, 8, 4, 4, 2);
        for row in out.chunks(4) {
            assert_eq!(&row[1..3], &[100, 100], "{out:?}");
            assert!(row.iter().all(|&v| (80..=120).contains(&v)), "{out:?}");
        }
    }

    #[test]
    fn a_left_to_right_ramp_stays_increasing() {
        let grey: Vec<u8> = (0..50).flat_map(|_| (0..200u32).map(|x| (x * 255 / 199) as u8)).collect();
        for to in [37usize, 200, 411] {
            let out = resize(&grey, 200, 50, to, 10);
            let row = &out[..to];
            assert!(row.windows(2).all(|p| p[0] <= p[1]), "width {to}: {row:?}");
            assert!(row[0] < 10 && row[to - 1] > 245, "width {to}: ends {} {}", row[0], row[to - 1]);
        }
    }
}
