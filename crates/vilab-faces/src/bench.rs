//! Scoring suggestions against labelled faces, for `vilab bench faces` and
//! the tests: intersection over union, a greedy one-to-one match (surest
//! suggestion first, each face matched once, as PASCAL VOC and WIDER FACE
//! count), recall and precision. `bench/faces_centerface.py` does the same
//! matching for the other candidate, so the two columns compare.

use serde::{Deserialize, Serialize};

/// A box in pixels, origin top left.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rect {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
}

impl Rect {
    /// Intersection over union of two boxes: 0 when they do not meet (or
    /// both are empty), 1 when they are the same.
    pub fn iou(&self, other: &Rect) -> f64 {
        let ix = (u64::from(self.x + self.w).min(u64::from(other.x + other.w)))
            .saturating_sub(u64::from(self.x.max(other.x)));
        let iy = (u64::from(self.y + self.h).min(u64::from(other.y + other.h)))
            .saturating_sub(u64::from(self.y.max(other.y)));
        let inter = ix * iy;
        let union = u64::from(self.w) * u64::from(self.h) + u64::from(other.w) * u64::from(other.h) - inter;
        if union == 0 { 0.0 } else { inter as f64 / union as f64 }
    }
}

/// A scored box (a suggestion of either candidate).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Scored {
    /// The box.
    pub rect: Rect,
    /// The detector's score.
    pub score: f32,
}

/// Counts over a set of pictures at one score threshold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Labelled faces.
    pub faces: u64,
    /// Labelled faces some suggestion matched.
    pub found: u64,
    /// Suggestions made.
    pub suggestions: u64,
    /// Suggestions that matched no labelled face.
    pub false_suggestions: u64,
}

impl Tally {
    /// Adds one picture: its labelled faces and the suggestions scoring at
    /// least `threshold`, matched at `min_iou` (see [`matched`]).
    pub fn add(&mut self, truth: &[Rect], suggestions: &[Scored], threshold: f32, min_iou: f64) {
        let found = matched(truth, suggestions, threshold, min_iou).iter().filter(|&&m| m).count() as u64;
        let kept = suggestions.iter().filter(|s| s.score >= threshold).count() as u64;
        self.faces += truth.len() as u64;
        self.found += found;
        self.suggestions += kept;
        self.false_suggestions += kept - found;
    }

    /// Found over labelled faces; `None` without faces.
    pub fn recall(&self) -> Option<f64> {
        (self.faces > 0).then(|| self.found as f64 / self.faces as f64)
    }

    /// Matched suggestions over suggestions; `None` without suggestions.
    pub fn precision(&self) -> Option<f64> {
        (self.suggestions > 0).then(|| (self.suggestions - self.false_suggestions) as f64 / self.suggestions as f64)
    }
}

/// For each labelled face, whether a suggestion scoring at least
/// `threshold` matched it: suggestions taken surest first, each matched to
/// the free face it overlaps most at IoU >= `min_iou`, each face at most
/// once (so a second box on one face is a false suggestion).
pub fn matched(truth: &[Rect], suggestions: &[Scored], threshold: f32, min_iou: f64) -> Vec<bool> {
    let mut kept: Vec<&Scored> = suggestions.iter().filter(|s| s.score >= threshold).collect();
    kept.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut taken = vec![false; truth.len()];
    for s in kept {
        let best = truth
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken[*i])
            .map(|(i, t)| (i, s.rect.iou(t)))
            .filter(|(_, iou)| *iou >= min_iou)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((i, _)) = best {
            taken[i] = true;
        }
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(x: u32, y: u32, w: u32, h: u32) -> Rect {
        Rect { x, y, w, h }
    }

    fn s(rect: Rect, score: f32) -> Scored {
        Scored { rect, score }
    }

    #[test]
    fn iou_of_same_disjoint_and_half_overlapping_boxes() {
        assert_eq!(r(10, 10, 20, 20).iou(&r(10, 10, 20, 20)), 1.0);
        assert_eq!(r(0, 0, 10, 10).iou(&r(10, 0, 10, 10)), 0.0);
        // Overlap 10x20 = 200 of a union of 600.
        assert!((r(0, 0, 20, 20).iou(&r(10, 0, 20, 20)) - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(r(0, 0, 0, 0).iou(&r(0, 0, 0, 0)), 0.0);
    }

    #[test]
    fn each_face_is_matched_once_by_the_surest_suggestion() {
        let truth = [r(0, 0, 100, 100), r(500, 500, 50, 50)];
        let found = [
            s(r(2, 2, 100, 100), 3.0), // matches face 0
            s(r(0, 0, 98, 98), 2.5),   // would match face 0 again: a false box
            s(r(300, 0, 50, 50), 5.0), // matches nothing
        ];
        let mut t = Tally::default();
        t.add(&truth, &found, 0.0, 0.4);
        assert_eq!(t, Tally { faces: 2, found: 1, suggestions: 3, false_suggestions: 2 });
        assert_eq!(t.recall(), Some(0.5));
        assert_eq!(matched(&truth, &found, 0.0, 0.4), vec![true, false]);
        assert!((t.precision().unwrap() - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn the_threshold_drops_weak_suggestions_before_matching() {
        let truth = [r(0, 0, 100, 100)];
        let found = [s(r(0, 0, 100, 100), 0.5), s(r(400, 0, 100, 100), 3.0)];
        let mut low = Tally::default();
        low.add(&truth, &found, 0.4, 0.4);
        let mut high = Tally::default();
        high.add(&truth, &found, 1.0, 0.4);
        assert_eq!((low.found, low.suggestions), (1, 2));
        assert_eq!((high.found, high.suggestions), (0, 1));
        assert_eq!(high.recall(), Some(0.0));
    }

    #[test]
    fn a_picture_without_faces_counts_every_suggestion_as_false() {
        let mut t = Tally::default();
        t.add(&[], &[s(r(0, 0, 10, 10), 9.0)], 0.0, 0.4);
        assert_eq!(t.recall(), None);
        assert_eq!(t.precision(), Some(0.0));
        assert_eq!(t.false_suggestions, 1);
    }
}
