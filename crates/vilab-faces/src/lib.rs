//! Face suggestions: pixels in, candidate face boxes out, for an analyst to
//! accept or dismiss before anything is redacted.
//!
//! The detector is SeetaFace's frontal-face cascade (through the pure-Rust
//! `rustface`), with its model embedded in the binary. It is tuned for
//! recall: the analyst reviews every suggestion, so a missed face costs
//! more than a spurious box. The crate never touches disk and applies
//! nothing: the lab turns an accepted suggestion into a `face` region.
//!
//! - [`detector`]: [`Detector`] and its [`Options`].
//! - [`bench`]: matching suggestions to labelled boxes (IoU), recall and
//!   precision, for `vilab bench faces` and the tests.

pub mod bench;
pub mod detector;
mod error;
mod resample;

pub use detector::{Detector, FaceSuggestion, Options};
pub use error::{ExpectedLen, FacesError};
