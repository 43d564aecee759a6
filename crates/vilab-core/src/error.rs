//! Errors of the pure core: malformed hex text and bad pixel buffers.

/// An error from parsing or hashing in the core.
#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum CoreError {
    /// A hex digest had the wrong length or a non-hex character.
    #[error("bad {kind} hex {text:?}: expected {expected} hex digits")]
    BadHex {
        /// Which digest was being parsed ("sha256", "pdq", ...).
        kind: &'static str,
        /// The text as given (truncated to 80 characters).
        text: String,
        /// How many hex digits this kind needs.
        expected: usize,
    },
    /// A pixel buffer did not match its stated dimensions.
    #[error("pixel buffer of {len} values does not match {width}x{height}x{channels}")]
    BadBuffer {
        /// Length of the buffer.
        len: usize,
        /// Stated width.
        width: usize,
        /// Stated height.
        height: usize,
        /// Channels per pixel.
        channels: usize,
    },
    /// An image with a zero side cannot be hashed.
    #[error("cannot hash an empty image ({width}x{height})")]
    EmptyImage {
        /// Width.
        width: usize,
        /// Height.
        height: usize,
    },
}
