//! The one error type of this crate: the caller's pixels or options do not
//! make sense. Each message names the field and the values.

/// Why a suggestion could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FacesError {
    /// The RGB buffer's length is not `width * height * 3`.
    #[error("rgb: {len} bytes, but a {width} x {height} RGB image needs {expected}")]
    BufferSize {
        /// Bytes given.
        len: usize,
        /// Width given.
        width: u32,
        /// Height given.
        height: u32,
        /// `width * height * 3`, or `None` when that overflows.
        expected: ExpectedLen,
    },
    /// An option is out of its range.
    #[error("options.{field}: {value} is outside {range}")]
    Option {
        /// The field of [`crate::Options`].
        field: &'static str,
        /// The value given, as text.
        value: String,
        /// The allowed range, as text.
        range: &'static str,
    },
}

/// The byte length an image needs, for [`FacesError::BufferSize`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedLen(pub Option<u64>);

impl std::fmt::Display for ExpectedLen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{n}"),
            None => f.write_str("more than memory can address"),
        }
    }
}
