//! [`Detector`]: SeetaFace's frontal cascade (through `rustface`) run on a
//! working copy of the caller's pixels, sized so that the smallest face
//! sought fills the cascade's 40-pixel window and the whole stays under a
//! pixel budget; boxes come back in the caller's pixel coordinates.

use rustface::{ImageData, Model};

use crate::error::{ExpectedLen, FacesError};
use crate::resample;

/// SeetaFace Detection's frontal model (BSD-2-Clause, VIPL/ICT CAS), as the
/// `rustface` 0.1.7 package ships it; see `model/README.md`.
static MODEL: &[u8] = include_bytes!("../model/seeta_fd_frontal_v1.0.bin");

/// The cascade's window: at the pyramid's largest level (the working
/// picture itself) a face must be at least this many pixels to be found.
/// rustface 0.1.7 fixes it (its minimum-face-size setting is not wired), so
/// smaller faces are reached by enlarging the working picture instead.
const WINDOW: u32 = 40;

/// Upper bound on enlarging a small picture: past 2x the cascade sees
/// interpolated blur, not more face.
const MAX_ENLARGE: f64 = 2.0;

/// A face the detector proposes, in the pixels given to
/// [`Detector::suggest`] (origin top left, before any EXIF rotation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaceSuggestion {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width (at least 1; the box stays inside the picture).
    pub w: u32,
    /// Height (at least 1).
    pub h: u32,
    /// The cascade's score: higher is surer. Comparable between pictures
    /// of one detector, not a probability.
    pub score: f32,
}

/// How hard the detector looks. [`Options::default`] is the setting
/// measured in BENCHMARKS.md ("Face suggestions"), chosen for recall.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Suggestions scoring below this are dropped (rustface's own examples
    /// use 2.0; lower finds more faces and more false boxes). Above 0.
    pub score_threshold: f64,
    /// The smallest face sought, as a fraction of the picture's shorter
    /// side (0 < f <= 1). The larger of this and `min_face_px` applies.
    pub min_face_fraction: f64,
    /// The smallest face sought, in the caller's pixels (at least 1).
    pub min_face_px: u32,
    /// Pixel budget of the working picture: a larger photograph is shrunk
    /// to it first (for speed), which raises the smallest face found to
    /// `40 / scale` pixels of the original.
    pub max_work_pixels: u64,
    /// Factor between the image pyramid's levels, in [0.5, 0.95]: closer
    /// to 1 tries more face sizes (more recall, slower).
    pub pyramid_scale: f32,
    /// Step of the sliding window in working pixels, in [1, 16].
    pub window_step: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            // On the labelled set (BENCHMARKS.md) true faces scored 4.5 to
            // 34 and a face cut in half by the edge 0.98; false boxes stayed
            // under 2. 0.8 keeps the cut face (recall first: an analyst
            // reviews every box) at about one false box in two photographs.
            score_threshold: 0.8,
            min_face_fraction: 0.02,
            min_face_px: 20,
            max_work_pixels: 2_000_000,
            pyramid_scale: 0.8,
            window_step: 4,
        }
    }
}

impl Options {
    /// Every field in its range, or the first that is not.
    pub fn validate(&self) -> Result<(), FacesError> {
        let bad = |field, value: String, range| Err(FacesError::Option { field, value, range });
        if !(self.score_threshold > 0.0 && self.score_threshold.is_finite()) {
            return bad("score_threshold", self.score_threshold.to_string(), "(0, inf)");
        }
        if !(self.min_face_fraction > 0.0 && self.min_face_fraction <= 1.0) {
            return bad("min_face_fraction", self.min_face_fraction.to_string(), "(0, 1]");
        }
        if self.min_face_px == 0 {
            return bad("min_face_px", "0".into(), "[1, inf)");
        }
        if self.max_work_pixels < u64::from(WINDOW * WINDOW) {
            return bad("max_work_pixels", self.max_work_pixels.to_string(), "[1600, inf)");
        }
        if !(0.5..=0.95).contains(&self.pyramid_scale) {
            return bad("pyramid_scale", self.pyramid_scale.to_string(), "[0.5, 0.95]");
        }
        if !(1..=16).contains(&self.window_step) {
            return bad("window_step", self.window_step.to_string(), "[1, 16]");
        }
        Ok(())
    }
}

/// The face detector: the parsed model and the options. `Send + Sync`;
/// each [`Detector::suggest`] works on its own copy of the cascade, so one
/// detector serves many threads.
#[derive(Clone)]
pub struct Detector {
    model: Model,
    options: Options,
}

impl std::fmt::Debug for Detector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Detector").field("options", &self.options).finish_non_exhaustive()
    }
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

impl Detector {
    /// The detector with the embedded model and [`Options::default`].
    pub fn new() -> Self {
        // The model is a constant of this crate, parsed by a unit test: a
        // failure here is a broken build, not bad input.
        let model = rustface::read_model(MODEL).expect("the embedded SeetaFace model parses");
        Detector { model, options: Options::default() }
    }

    /// The detector with other options, checked.
    pub fn with_options(options: Options) -> Result<Self, FacesError> {
        options.validate()?;
        Ok(Detector { options, ..Detector::new() })
    }

    /// The options in force.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Faces proposed in an RGB picture (`width * height * 3` bytes,
    /// row-major), surest first. A picture too small for the cascade's
    /// window gives none. Errs only when the buffer does not match the
    /// size given.
    pub fn suggest(&self, rgb: &[u8], width: u32, height: u32) -> Result<Vec<FaceSuggestion>, FacesError> {
        let expected = u64::from(width).checked_mul(u64::from(height)).and_then(|n| n.checked_mul(3));
        if expected != Some(rgb.len() as u64) {
            return Err(FacesError::BufferSize { len: rgb.len(), width, height, expected: ExpectedLen(expected) });
        }
        let Some(plan) = WorkingSize::plan(width, height, &self.options) else {
            return Ok(Vec::new());
        };
        let grey = resample::luma(rgb);
        let work = resample::resize(&grey, width as usize, height as usize, plan.width as usize, plan.height as usize);
        drop(grey);
        let mut cascade = rustface::create_detector_with_model(self.model.clone());
        cascade.set_score_thresh(self.options.score_threshold);
        cascade.set_pyramid_scale_factor(self.options.pyramid_scale);
        cascade.set_slide_window_step(self.options.window_step, self.options.window_step);
        let found = cascade.detect(&ImageData::new(&work, plan.width, plan.height));
        let mut out: Vec<FaceSuggestion> =
            found
                .iter()
                .filter_map(|face| {
                    let b = face.bbox();
                    plan.map_back(b.x(), b.y(), b.width(), b.height(), width, height)
                        .map(|(x, y, w, h)| FaceSuggestion { x, y, w, h, score: face.score() as f32 })
                })
                .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        Ok(out)
    }
}

/// The working picture's size and its scale from the caller's pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct WorkingSize {
    width: u32,
    height: u32,
    scale_x: f64,
    scale_y: f64,
}

impl WorkingSize {
    /// `None` when no face the options ask for can fit the window.
    fn plan(width: u32, height: u32, options: &Options) -> Option<WorkingSize> {
        let shorter = f64::from(width.min(height));
        if shorter < 1.0 {
            return None;
        }
        let min_face = (options.min_face_fraction * shorter).max(f64::from(options.min_face_px));
        let for_min_face = f64::from(WINDOW) / min_face;
        let for_budget = (options.max_work_pixels as f64 / (f64::from(width) * f64::from(height))).sqrt();
        let scale = for_min_face.min(for_budget).min(MAX_ENLARGE);
        let w = (f64::from(width) * scale).floor();
        let h = (f64::from(height) * scale).floor();
        if w < f64::from(WINDOW) || h < f64::from(WINDOW) {
            return None;
        }
        let (w, h) = (w as u32, h as u32);
        Some(WorkingSize {
            width: w,
            height: h,
            scale_x: f64::from(w) / f64::from(width),
            scale_y: f64::from(h) / f64::from(height),
        })
    }

    /// A working-picture box in the caller's pixels, clipped to the picture;
    /// `None` when nothing of it is inside.
    fn map_back(self, x: i32, y: i32, w: u32, h: u32, width: u32, height: u32) -> Option<(u32, u32, u32, u32)> {
        let x0 = (f64::from(x) / self.scale_x).round().clamp(0.0, f64::from(width));
        let y0 = (f64::from(y) / self.scale_y).round().clamp(0.0, f64::from(height));
        let x1 = ((f64::from(x) + f64::from(w)) / self.scale_x).round().clamp(0.0, f64::from(width));
        let y1 = ((f64::from(y) + f64::from(h)) / self.scale_y).round().clamp(0.0, f64::from(height));
        if x1 <= x0 || y1 <= y0 {
            return None;
        }
        Some((x0 as u32, y0 as u32, (x1 - x0) as u32, (y1 - y0) as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_parses() {
        assert!(rustface::read_model(MODEL).is_ok());
        assert_eq!(MODEL.len(), 1_209_904);
    }

    #[test]
    fn a_detector_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Detector>();
    }

    #[test]
    fn default_options_are_valid_and_bad_ones_name_their_field() {
        assert_eq!(Options::default().validate(), Ok(()));
        let cases: [(Options, &str); 5] = [
            (Options { score_threshold: 0.0, ..Options::default() }, "score_threshold"),
            (Options { min_face_fraction: 1.5, ..Options::default() }, "min_face_fraction"),
            (Options { pyramid_scale: 0.99, ..Options::default() }, "pyramid_scale"),
            (Options { window_step: 0, ..Options::default() }, "window_step"),
            (Options { max_work_pixels: 100, ..Options::default() }, "max_work_pixels"),
        ];
        for (options, field) in cases {
            match Detector::with_options(options) {
                Err(FacesError::Option { field: f, .. }) => assert_eq!(f, field),
                other => panic!("{field}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_12_mp_photograph_is_shrunk_to_the_budget() {
        let plan = WorkingSize::plan(4000, 3000, &Options::default()).expect("fits");
        assert!(u64::from(plan.width) * u64::from(plan.height) <= 2_000_000, "{plan:?}");
        // The budget, not the smallest face (2 % of 3000 = 60 px), limits it.
        assert!(u64::from(plan.width) * u64::from(plan.height) > 1_990_000, "{plan:?}");
        assert!((plan.scale_x - plan.scale_y).abs() < 1e-3);
    }

    #[test]
    fn a_small_picture_is_enlarged_so_small_faces_fill_the_window() {
        // 512 px: the smallest face sought is 20 px (min_face_px beats
        // 2 % = 10 px), enlarged 2x to the window's 40.
        let plan = WorkingSize::plan(512, 512, &Options::default()).expect("fits");
        assert_eq!((plan.width, plan.height), (1024, 1024));
    }

    #[test]
    fn pictures_the_window_cannot_fit_are_not_planned() {
        for (w, h) in [(0, 0), (1, 1), (0, 500), (100_000, 3), (19, 19)] {
            assert_eq!(WorkingSize::plan(w, h, &Options::default()), None, "{w}x{h}");
        }
    }

    #[test]
    fn boxes_map_back_and_are_clipped() {
        let plan = WorkingSize { width: 200, height: 100, scale_x: 0.5, scale_y: 0.5 };
        assert_eq!(plan.map_back(10, 20, 40, 40, 400, 200), Some((20, 40, 80, 80)));
        assert_eq!(plan.map_back(-10, -10, 40, 40, 400, 200), Some((0, 0, 60, 60)));
        assert_eq!(plan.map_back(190, 90, 40, 40, 400, 200), Some((380, 180, 20, 20)));
        assert_eq!(plan.map_back(-50, 0, 40, 40, 400, 200), None);
    }
}
