//! vilab-words: text cut into search words, the same way for what is
//! indexed and what is asked, so that a word found inside a Thai sentence
//! (written without spaces) is the word a user types.
//!
//! - Text is NFC-normalized (a Vietnamese "ệ" typed as one code point or
//!   as "e" and two combining marks is one word) and lower-cased.
//! - Words come from ICU4X's word segmentation (UAX #29, with dictionaries
//!   for Khmer, Lao, Thai and Burmese, whose words are not separated by
//!   spaces). Only word-like segments count: spaces and punctuation are not
//!   words.
//! - Words are kept once each, in order of first appearance.

mod words;

pub use words::{MAX_WORD_BYTES, words};
