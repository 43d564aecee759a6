//! Which pixels a shape covers, as horizontal spans: rectangles clipped to
//! the image, polygons by scanline with the even-odd rule, sampled at
//! pixel centres (a pixel belongs to a polygon when its centre does).

use crate::Shape;

/// The pixels of `shape` on a `width` x `height` image as `(y, x0, x1)`
/// spans, `x1` exclusive, rows in order, spans of a row left to right and
/// disjoint. Anything outside the image is left out, so an unvalidated
/// shape gives fewer spans, never a panic.
pub fn spans(shape: &Shape, width: u32, height: u32) -> Vec<(u32, u32, u32)> {
    let (bx0, by0, bx1, by1) = shape.bounds(width, height);
    if bx0 >= bx1 || by0 >= by1 {
        return Vec::new();
    }
    match shape {
        Shape::Rect { .. } => (by0..by1).map(|y| (y, bx0, bx1)).collect(),
        Shape::Polygon(points) => polygon_spans(points, width, by0, by1),
    }
}

/// Scanline fill: for each row, where its centre line crosses the edges;
/// between the first and second crossing, third and fourth, ... is inside.
fn polygon_spans(points: &[(u32, u32)], width: u32, y0: u32, y1: u32) -> Vec<(u32, u32, u32)> {
    let n = points.len();
    let mut out = Vec::new();
    let mut crossings: Vec<f64> = Vec::new();
    for y in y0..y1 {
        let cy = f64::from(y) + 0.5;
        crossings.clear();
        for i in 0..n {
            let (ax, ay) = points[i];
            let (bx, by) = points[(i + 1) % n];
            // Vertices are on integers and the centre line on a half, so
            // an edge is never tangent to it: a plain straddle test.
            if (f64::from(ay) > cy) != (f64::from(by) > cy) {
                crossings.push(crossing(ax, ay, bx, by, cy));
            }
        }
        crossings.sort_by(f64::total_cmp);
        for pair in crossings.chunks_exact(2) {
            let first = (pair[0] - 0.5).ceil().clamp(0.0, f64::from(width)) as u32;
            let end = (pair[1] - 0.5).ceil().clamp(0.0, f64::from(width)) as u32;
            if first < end {
                out.push((y, first, end));
            }
        }
    }
    out
}

/// Where the edge from (ax, ay) to (bx, by) crosses the line at `cy`.
/// Shared with the tests' point-in-polygon reference, so that both round
/// alike.
pub(crate) fn crossing(ax: u32, ay: u32, bx: u32, by: u32, cy: f64) -> f64 {
    let (ax, ay, bx, by) = (f64::from(ax), f64::from(ay), f64::from(bx), f64::from(by));
    ax + (cy - ay) * (bx - ax) / (by - ay)
}

/// The pixels of `shape` within the box `x0..x1` by `y0..y1`, as a mask
/// of the box (row-major, true where covered).
pub(crate) fn mask(shape: &Shape, width: u32, height: u32, x0: u32, y0: u32, x1: u32, y1: u32) -> Vec<bool> {
    let bw = (x1 - x0) as usize;
    let mut m = vec![false; bw * (y1 - y0) as usize];
    for (y, sx0, sx1) in spans(shape, width, height) {
        if y < y0 || y >= y1 {
            continue;
        }
        let (a, b) = (sx0.max(x0), sx1.min(x1));
        if a < b {
            let row = (y - y0) as usize * bw;
            m[row + (a - x0) as usize..row + (b - x0) as usize].fill(true);
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rect_is_clipped() {
        let s = spans(&Shape::Rect { x: 8, y: 3, w: 10, h: 2 }, 12, 4);
        assert_eq!(s, vec![(3, 8, 12)]);
    }

    #[test]
    fn square_polygon_covers_its_pixels() {
        let s = spans(&Shape::Polygon(vec![(1, 1), (4, 1), (4, 3), (1, 3)]), 10, 10);
        assert_eq!(s, vec![(1, 1, 4), (2, 1, 4)]);
    }
}
