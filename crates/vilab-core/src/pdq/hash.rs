//! The PDQ algorithm on a float luma buffer, reproducing the reference C++
//! (`pdq/cpp/hashing/pdqhashing.cpp`, `pdq/cpp/downscaling/downscaling.cpp`)
//! operation for operation in single precision, so that identical pixels give
//! identical bits.
//!
//! Exactness is not a nicety here: on a flat image every DCT coefficient is
//! rounding noise, and the reference still prints the bits of that noise
//! compared with its median. Only the same float operations in the same order
//! (box-filter running sums, the DCT's sequential dot products, Torben's
//! median) reproduce them.

use std::cell::RefCell;
use std::sync::OnceLock;

use super::luma::{check_dims, nearest_indices, pdq_dims};
use super::{Dihedral, DihedralHashes, PdqHash, PdqResult};
use crate::CoreError;

/// 16x16 DCT coefficients, row index = vertical frequency.
type Grid16 = [[f32; 16]; 16];

/// Side of the decimated image the DCT runs on.
const SIDE64: usize = 64;

/// The reference hashes nothing smaller than this on either side
/// (`MIN_HASHABLE_DIM`): it clears the hash and reports quality 0.
const MIN_HASHABLE_DIM: usize = 5;

/// Two box-filter passes per axis approximate a tent filter
/// (`PDQ_NUM_JAROSZ_XY_PASSES`).
const JAROSZ_PASSES: usize = 2;

/// Which of the reference's two entry points to follow; they differ on one
/// point (see [`dct16_and_quality`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entry {
    /// `pdqFloat256FromFloatLuma`, behind the plain hash.
    Plain,
    /// `pdqDihedralHash256esFromFloatLuma`, behind the eight hashes.
    Dihedral,
}

/// PDQ hash and quality of a row-major float luma buffer of `width` x
/// `height` values, identical to the reference's for identical luma.
///
/// The reference's 512x512 nearest-neighbour resize of images with a side over
/// 512 is applied here, so the buffer may be full size or already reduced by
/// [`pdq_luma_from_rgb8`](super::pdq_luma_from_rgb8) (a 512x512 buffer is not
/// resized again). Luma is expected in 0..=255.
///
/// Like the reference, an image with a side under 5 pixels hashes to all
/// zeros with quality 0, and a 64x64 image is hashed as it is, without the
/// blur (a shortcut the reference takes for the plain hash only).
///
/// Errors: [`CoreError::EmptyImage`] for a zero side, [`CoreError::BadBuffer`]
/// when `luma.len() != width * height`.
pub fn hash_luma(luma: &[f32], width: usize, height: usize) -> Result<PdqResult, CoreError> {
    Ok(match dct16_and_quality(luma, width, height, Entry::Plain)? {
        Some((dct, quality)) => PdqResult { hash: hash_from_dct(&dct), quality },
        None => PdqResult { hash: PdqHash::default(), quality: 0 },
    })
}

/// The eight dihedral PDQ hashes (in [`Dihedral::ALL`] order) and the quality
/// of a row-major float luma buffer, identical to the reference's
/// `--pdqdih-across` output for identical luma.
///
/// All eight come from one 16x16 DCT: a flip or a quarter turn of the image
/// only transposes that block and negates the coefficients of odd basis
/// functions along a reversed axis, as the reference does it
/// (`dct16OriginalTo*`). Each hash then takes its own median.
///
/// Input and errors as [`hash_luma`], with one difference inherited from the
/// reference: its dihedral entry point has no 64x64 shortcut, so a 64x64
/// image goes through a width-1 box filter whose running sums can move the
/// low bits, and `hashes[0]` may then differ from [`hash_luma`] by a bit near
/// the median.
pub fn hash_luma_dihedral(luma: &[f32], width: usize, height: usize) -> Result<DihedralHashes, CoreError> {
    Ok(match dct16_and_quality(luma, width, height, Entry::Dihedral)? {
        Some((dct, quality)) => {
            DihedralHashes { hashes: Dihedral::ALL.map(|d| hash_from_dct(&transform_dct(&dct, d))), quality }
        }
        None => DihedralHashes { hashes: [PdqHash::default(); 8], quality: 0 },
    })
}

/// Buffers reused across calls on one thread: two full-size float planes for
/// the box filters (at most 512x512 after the resize step), one row of
/// running sums, and the row filter's transposed blocks.
#[derive(Default)]
struct Scratch {
    plane: Vec<f32>,
    other: Vec<f32>,
    sums: Vec<f32>,
    blocks: RowBlocks,
}

/// [`ROW_LANES`] rows of the image, transposed, before and after filtering.
#[derive(Default)]
struct RowBlocks {
    across: Vec<f32>,
    filtered: Vec<f32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Validates, resizes, blurs, decimates, measures quality and takes the DCT.
/// `None` when the image is below the reference's minimum size.
fn dct16_and_quality(
    luma: &[f32],
    width: usize,
    height: usize,
    entry: Entry,
) -> Result<Option<(Grid16, u8)>, CoreError> {
    check_dims(luma.len(), width, height, 1)?;
    let (w, h) = pdq_dims(width, height);
    if w < MIN_HASHABLE_DIM || h < MIN_HASHABLE_DIM {
        return Ok(None);
    }

    let mut small = [0.0f32; SIDE64 * SIDE64];
    SCRATCH.with_borrow_mut(|s| {
        let Scratch { plane, other, sums, blocks } = s;
        // Every element of both planes is written before it is read.
        plane.resize(w * h, 0.0);
        other.resize(w * h, 0.0);
        sums.resize(w, 0.0);
        let (plane, other) = (&mut plane[..w * h], &mut other[..w * h]);

        let input: &[f32] = if (w, h) == (width, height) {
            luma
        } else {
            // The reference resizes the decoded pixels before taking luma;
            // nearest neighbour only selects pixels, so selecting luma is the
            // same thing.
            let cols: Vec<usize> = nearest_indices(width, w).collect();
            for (out, sy) in plane.chunks_exact_mut(w).zip(nearest_indices(height, h)) {
                let row = &luma[sy * width..(sy + 1) * width];
                out.iter_mut().zip(&cols).for_each(|(o, &sx)| *o = row[sx]);
            }
            plane
        };

        if entry == Entry::Plain && (w, h) == (SIDE64, SIDE64) {
            // `pdqFloat256FromFloatLuma` copies a 64x64 input straight in.
            small.copy_from_slice(input);
            return;
        }
        // Window per pass: half of the input pixels that fall on one output
        // pixel, rounded up (`computeJaroszFilterWindowSize`).
        let window_x = w.div_ceil(2 * SIDE64);
        let window_y = h.div_ceil(2 * SIDE64);
        // The reference filters in place in its first buffer; reading the
        // first pass straight from the input spares a copy.
        box_along_rows(input, other, w, window_x, blocks);
        box_along_cols(other, plane, w, window_y, sums);
        for _ in 1..JAROSZ_PASSES {
            box_along_rows(plane, other, w, window_x, blocks);
            box_along_cols(other, plane, w, window_y, sums);
        }
        decimate(plane, w, h, &mut small);
    });

    let quality = quality_of(&small);
    Ok(Some((dct64_to_16(&small), quality)))
}

/// Rows filtered together in [`box_along_rows`].
const ROW_LANES: usize = 16;

/// The reference's box filter along each row of `src` into `dst`.
///
/// One row's running sum is a chain of dependent additions, so blocks of
/// [`ROW_LANES`] rows are transposed into a small buffer and filtered there
/// as columns by [`box_along_cols`], which runs the rows' chains side by side
/// with each chain's operations unchanged; the result is transposed back.
fn box_along_rows(src: &[f32], dst: &mut [f32], width: usize, window: usize, blocks: &mut RowBlocks) {
    let mut src_groups = src.chunks_exact(width * ROW_LANES);
    let mut dst_groups = dst.chunks_exact_mut(width * ROW_LANES);
    let RowBlocks { across, filtered } = blocks;
    across.resize(width * ROW_LANES, 0.0);
    filtered.resize(width * ROW_LANES, 0.0);
    let (across, filtered) = (&mut across[..width * ROW_LANES], &mut filtered[..width * ROW_LANES]);
    let mut sums = [0.0f32; ROW_LANES];
    for (s, d) in (&mut src_groups).zip(&mut dst_groups) {
        for (l, row) in s.chunks_exact(width).enumerate() {
            for (c, &v) in row.iter().enumerate() {
                across[c * ROW_LANES + l] = v;
            }
        }
        box_along_cols(across, filtered, ROW_LANES, window, &mut sums);
        for (l, row) in d.chunks_exact_mut(width).enumerate() {
            for (c, o) in row.iter_mut().enumerate() {
                *o = filtered[c * ROW_LANES + l];
            }
        }
    }
    let rest = src_groups.remainder().chunks_exact(width);
    for (s, d) in rest.zip(dst_groups.into_remainder().chunks_exact_mut(width)) {
        box_sums_1d(s, d, window);
        box_divide(d, window);
    }
}

/// Where the reference's `box1DFloat` starts and stops writing for a window:
/// `lead` samples are summed before the first write (the window is centred,
/// with the extra sample of an even window on the right), and the window
/// shrinks again over the last `lead` outputs. Edge outputs average only the
/// samples that exist.
fn box_lead(window: usize) -> usize {
    (window + 2) / 2 - 1
}

/// The running sums of the reference's one-dimensional box filter, in its
/// four phases: add the incoming sample, then subtract the outgoing one, in
/// single precision. The running sum drifts in its low bits; that drift is
/// part of the reference's output.
fn box_sums_1d(src: &[f32], dst: &mut [f32], window: usize) {
    let n = src.len();
    let lead = box_lead(window);
    let mut sum = 0.0f32;
    for &v in &src[..lead] {
        sum += v;
    }
    let mut out = dst.iter_mut();
    for (&v, o) in src[lead..window].iter().zip(&mut out) {
        sum += v;
        *o = sum;
    }
    for ((&add, &sub), o) in src[window..].iter().zip(&src[..n - window]).zip(&mut out) {
        sum += add;
        sum -= sub;
        *o = sum;
    }
    for (&sub, o) in src[n - window..n - window + lead].iter().zip(out) {
        sum -= sub;
        *o = sum;
    }
}

/// Divides each running sum by the number of samples in its window, as the
/// reference does on writing (`sum / current_window_size`): growing from
/// `lead + 1` to `window` at the start, `window` in the middle, shrinking at
/// the end.
fn box_divide(sums: &mut [f32], window: usize) {
    let n = sums.len();
    let lead = box_lead(window);
    let (head, rest) = sums.split_at_mut(window - lead);
    let (middle, tail) = rest.split_at_mut(n - window);
    for (o, v) in head.iter_mut().enumerate() {
        *v /= (lead + 1 + o) as f32;
    }
    let full = window as f32;
    middle.iter_mut().for_each(|v| *v /= full);
    for (o, v) in tail.iter_mut().enumerate() {
        *v /= (window - 1 - o) as f32;
    }
}

/// The same box filter down every column of `src` into `dst`, computed a row
/// at a time for all columns together (the reference walks one column at a
/// time with a stride). Each column sees exactly the reference's sequence of
/// float operations; only the interleaving across columns changes, which
/// makes it cache-friendly and vectorisable.
fn box_along_cols(src: &[f32], dst: &mut [f32], width: usize, window: usize, sums: &mut [f32]) {
    let height = src.len() / width;
    let lead = box_lead(window);
    let row = |r: usize| &src[r * width..(r + 1) * width];
    sums.fill(0.0);
    for r in 0..lead {
        sums.iter_mut().zip(row(r)).for_each(|(s, &v)| *s += v);
    }
    let mut out_rows = dst.chunks_exact_mut(width);
    let mut count = lead;
    for (r, out) in (lead..window).zip(&mut out_rows) {
        count += 1;
        let c = count as f32;
        for ((s, &v), o) in sums.iter_mut().zip(row(r)).zip(out) {
            *s += v;
            *o = *s / c;
        }
    }
    let c = count as f32;
    for (r, out) in (window..height).zip(&mut out_rows) {
        for (((s, &add), &sub), o) in sums.iter_mut().zip(row(r)).zip(row(r - window)).zip(out) {
            *s += add;
            *s -= sub;
            *o = *s / c;
        }
    }
    for (r, out) in (height - window..height - window + lead).zip(out_rows) {
        count -= 1;
        let c = count as f32;
        for ((s, &sub), o) in sums.iter_mut().zip(row(r)).zip(out) {
            *s -= sub;
            *o = *s / c;
        }
    }
}

/// Picks the 64x64 pixels at the centres of a 64x64 grid of cells
/// (`decimateFloat`: source index `(int)((out + 0.5) * in / 64)`, which is
/// `(2 out + 1) in / 128` in integers, the double product being exact).
fn decimate(plane: &[f32], width: usize, height: usize, out: &mut [f32; SIDE64 * SIDE64]) {
    let centre = |o: usize, n: usize| (2 * o + 1) * n / (2 * SIDE64);
    for (oi, out_row) in out.chunks_exact_mut(SIDE64).enumerate() {
        let row = &plane[centre(oi, height) * width..];
        for (oj, o) in out_row.iter_mut().enumerate() {
            *o = row[centre(oj, width)];
        }
    }
}

/// The reference's quality: the sum over all vertical and horizontal
/// neighbour pairs of the 64x64 image of `(int)((u - v) * 100 / 255)` in
/// absolute value (each term truncated on its own, so small gradients count
/// for nothing), divided by 90 and capped at 100.
///
/// The sum is kept in 64 bits: with luma in 0..=255 it cannot exceed
/// 8064 * 100, but wild input must not overflow.
fn quality_of(small: &[f32; SIDE64 * SIDE64]) -> u8 {
    let term = |u: f32, v: f32| u64::from(((((u - v) * 100.0) / 255.0) as i32).unsigned_abs());
    let mut sum = 0u64;
    for (upper, lower) in small.chunks_exact(SIDE64).zip(small.chunks_exact(SIDE64).skip(1)) {
        sum += upper.iter().zip(lower).map(|(&u, &v)| term(u, v)).sum::<u64>();
    }
    for row in small.chunks_exact(SIDE64) {
        sum += row.windows(2).map(|p| term(p[0], p[1])).sum::<u64>();
    }
    (sum / 90).min(100) as u8
}

/// The 16x64 DCT-II matrix (rows 1..=16 of the 64-point basis), and its
/// transpose for the second product.
struct DctMatrix {
    rows: [[f32; SIDE64]; 16],
    cols: [[f32; 16]; SIDE64],
}

/// The reference's DCT matrix, built as it builds it: the scale `sqrt(2/64)`
/// rounded to float, times the double cosine of
/// `((pi / 2 / 64) * (i + 1)) * (2 j + 1)`, the product in double, rounded
/// to float.
fn dct_matrix() -> &'static DctMatrix {
    static MATRIX: OnceLock<DctMatrix> = OnceLock::new();
    MATRIX.get_or_init(|| {
        let scale = (2.0 / SIDE64 as f64).sqrt() as f32;
        let step = std::f64::consts::PI / 2.0 / SIDE64 as f64;
        let mut rows = [[0.0f32; SIDE64]; 16];
        let mut cols = [[0.0f32; 16]; SIDE64];
        for (i, row) in rows.iter_mut().enumerate() {
            for (j, d) in row.iter_mut().enumerate() {
                *d = (f64::from(scale) * (step * (i + 1) as f64 * (2 * j + 1) as f64).cos()) as f32;
                cols[j][i] = *d;
            }
        }
        DctMatrix { rows, cols }
    })
}

/// `D A D^T` for the 16x64 DCT matrix `D`: the lowest 16x16 frequencies but
/// the DC terms.
///
/// Every coefficient is the reference's dot product: a single-precision sum
/// started at zero and accumulated in increasing `k`, each product rounded
/// before it is added (no fused multiply-add). The loops are ordered to run
/// many such sums side by side, never to reorder one.
fn dct64_to_16(a: &[f32; SIDE64 * SIDE64]) -> Grid16 {
    let m = dct_matrix();
    // T = D A (16x64).
    let mut t = [[0.0f32; SIDE64]; 16];
    for (t_row, d_row) in t.iter_mut().zip(&m.rows) {
        for (&d, a_row) in d_row.iter().zip(a.chunks_exact(SIDE64)) {
            t_row.iter_mut().zip(a_row).for_each(|(s, &x)| *s += d * x);
        }
    }
    // B = T D^T (16x16).
    let mut b = [[0.0f32; 16]; 16];
    for (b_row, t_row) in b.iter_mut().zip(&t) {
        for (&x, d_col) in t_row.iter().zip(&m.cols) {
            b_row.iter_mut().zip(d_col).for_each(|(s, &d)| *s += x * d);
        }
    }
    b
}

/// The DCT of the image transformed by `which`, from the DCT of the image.
///
/// Reversing an axis negates the odd-numbered basis functions along it
/// (coefficients with an even 0-based index, since the DC term is left out);
/// a transposition of the image transposes the block. The signs are the
/// reference's `dct16OriginalTo*` tables; negation is exact, so these are
/// the reference's values bit for bit.
fn transform_dct(dct: &Grid16, which: Dihedral) -> Grid16 {
    let mut out = [[0.0f32; 16]; 16];
    for (i, row) in dct.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            let (transpose, negate) = match which {
                Dihedral::Original => (false, false),
                Dihedral::Rotate90 => (true, j % 2 == 0),
                Dihedral::Rotate180 => (false, (i + j) % 2 == 1),
                Dihedral::Rotate270 => (true, i % 2 == 0),
                Dihedral::FlipX => (false, i % 2 == 0),
                Dihedral::FlipY => (false, j % 2 == 0),
                Dihedral::FlipPlus1 => (true, false),
                Dihedral::FlipMinus1 => (true, (i + j) % 2 == 1),
            };
            let v = if negate { -v } else { v };
            if transpose {
                out[j][i] = v;
            } else {
                out[i][j] = v;
            }
        }
    }
    out
}

/// One bit per coefficient: set when it is strictly above the median.
///
/// Bit `16 i + j` (row `i`, column `j`) is bit `j` of the reference's 16-bit
/// word `i`, and the reference prints the words from 15 down to 0, each as
/// four hex digits; the bytes are laid out so that [`PdqHash::to_hex`]
/// prints the same text.
fn hash_from_dct(dct: &Grid16) -> PdqHash {
    let median = torben_median(dct.as_flattened());
    let mut bytes = [0u8; 32];
    for (i, row) in dct.iter().enumerate() {
        let word = row.iter().enumerate().filter(|&(_, &v)| v > median).fold(0u16, |w, (j, _)| w | (1 << j));
        let at = 2 * (15 - i);
        bytes[at..at + 2].copy_from_slice(&word.to_be_bytes());
    }
    PdqHash(bytes)
}

/// The reference's median (`torben`, Torben Mogensen's bisection without
/// sorting), reproduced because what it returns on ties and for an even count
/// decides the bits: it halves the value range, never the sorted order, and
/// returns an element of the slice (or the bisection guess when enough
/// elements equal it).
///
/// One guard is added: the reference loops forever if `min + max` overflows
/// to infinity (possible only for luma far outside 0..=255); here the loop
/// stops when a round makes no progress, which never happens otherwise.
fn torben_median(m: &[f32]) -> f32 {
    let n = m.len();
    let half = n.div_ceil(2);
    let (mut min, mut max) =
        m.iter().fold((m[0], m[0]), |(lo, hi), &v| (if v < lo { v } else { lo }, if v > hi { v } else { hi }));
    loop {
        let guess = (min + max) / 2.0;
        let (mut less, mut greater, mut equal) = (0usize, 0usize, 0usize);
        let (mut max_below, mut min_above) = (min, max);
        for &v in m {
            if v < guess {
                less += 1;
                if v > max_below {
                    max_below = v;
                }
            } else if v > guess {
                greater += 1;
                if v < min_above {
                    min_above = v;
                }
            } else {
                equal += 1;
            }
        }
        let stuck = |lo: f32, hi: f32| lo.to_bits() == min.to_bits() && hi.to_bits() == max.to_bits();
        if less <= half && greater <= half {
            return if less >= half {
                max_below
            } else if less + equal >= half {
                guess
            } else {
                min_above
            };
        } else if less > greater {
            if stuck(min, max_below) {
                return max_below;
            }
            max = max_below;
        } else {
            if stuck(min_above, max) {
                return min_above;
            }
            min = min_above;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference's `torben` as written, for comparison on random input.
    #[test]
    fn torben_returns_a_median() {
        let mut x: u32 = 12345;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x % 1000) as f32 / 7.0
        };
        for n in [1usize, 2, 3, 4, 5, 16, 255, 256] {
            for _ in 0..50 {
                let v: Vec<f32> = (0..n).map(|_| next()).collect();
                let med = torben_median(&v);
                let mut sorted = v.clone();
                sorted.sort_by(f32::total_cmp);
                // Torben gives the lower median: element (n + 1) / 2 - 1.
                assert_eq!(med, sorted[n.div_ceil(2) - 1], "{v:?}");
            }
        }
        assert_eq!(torben_median(&[3.0; 256]), 3.0);
        assert_eq!(torben_median(&[f32::MAX; 4]), f32::MAX);
    }

    #[test]
    fn box_filter_matches_plain_average_on_integers() {
        let src: Vec<f32> = (0..20).map(|i| (i * i % 17) as f32).collect();
        for window in 1..=20 {
            let mut dst = vec![0.0; 20];
            box_sums_1d(&src, &mut dst, window);
            box_divide(&mut dst, window);
            let lead = box_lead(window);
            for (o, &got) in dst.iter().enumerate() {
                // Output o averages src[o - (window - 1 - lead) ..= o + lead].
                let lo = o.saturating_sub(window - 1 - lead);
                let hi = (o + lead).min(19);
                let want: f32 = src[lo..=hi].iter().sum::<f32>() / (hi - lo + 1) as f32;
                assert!((got - want).abs() < 1e-4, "window {window} out {o}: {got} vs {want}");
            }
        }
    }

    #[test]
    fn column_filter_equals_row_filter_on_transpose() {
        let (w, h) = (37, 23);
        let src: Vec<f32> = (0..w * h).map(|i| ((i * 7919) % 256) as f32 * 0.299).collect();
        let transposed: Vec<f32> = (0..w * h).map(|k| src[(k % h) * w + k / h]).collect();
        for window in [1, 2, 3, 4, 7, 23] {
            let mut by_cols = vec![0.0; w * h];
            let mut sums = vec![0.0; w];
            box_along_cols(&src, &mut by_cols, w, window, &mut sums);
            let mut by_rows = vec![0.0; w * h];
            box_along_rows(&transposed, &mut by_rows, h, window, &mut RowBlocks::default());
            for k in 0..w * h {
                assert_eq!(by_cols[(k % h) * w + k / h].to_bits(), by_rows[k].to_bits());
            }
        }
    }

    #[test]
    fn blocked_rows_equal_single_rows() {
        let (w, h) = (29, 19);
        let src: Vec<f32> = (0..w * h).map(|i| ((i * 7919) % 256) as f32 * 0.587).collect();
        for window in [1, 2, 3, 4, 7, 29] {
            let mut grouped = vec![0.0; w * h];
            box_along_rows(&src, &mut grouped, w, window, &mut RowBlocks::default());
            let mut single = vec![0.0; w * h];
            for (s, d) in src.chunks_exact(w).zip(single.chunks_exact_mut(w)) {
                box_sums_1d(s, d, window);
                box_divide(d, window);
            }
            assert!(grouped.iter().zip(&single).all(|(a, b)| a.to_bits() == b.to_bits()));
        }
    }

    #[test]
    fn dct_matrix_is_orthonormal_enough() {
        let m = dct_matrix();
        for a in 0..16 {
            for b in 0..16 {
                let dot: f64 = (0..64).map(|k| f64::from(m.rows[a][k]) * f64::from(m.rows[b][k])).sum();
                let want = if a == b { 1.0 } else { 0.0 };
                assert!((dot - want).abs() < 1e-6);
            }
        }
    }
}
