//! The tokenizer: NFC, lower case, ICU4X word segments that are word-like.

use icu_normalizer::ComposingNormalizerBorrowed;
use icu_segmenter::WordSegmenter;

/// The longest word kept, in bytes: a longer run (a pasted hash, a URL
/// without breaks) is cut here so that an index row stays small; the same
/// cut applies to a query, so it still finds it.
pub const MAX_WORD_BYTES: usize = 64;

thread_local! {
    /// The segmenter, one per thread (ICU4X 1.5's payloads are not `Sync`
    /// without its `sync` feature, which would rebuild the shared crates).
    /// Dictionaries rather than the LSTM models: a dictionary cuts a word
    /// the same way alone as inside a sentence, which is what matching a
    /// query word against a note needs.
    static SEGMENTER: WordSegmenter = WordSegmenter::new_dictionary();
}

/// The distinct words of `text`, NFC-normalized and lower-cased, in the
/// order they first appear.
pub fn words(text: &str) -> Vec<String> {
    let nfc = ComposingNormalizerBorrowed::new_nfc().normalize(text);
    let lower = nfc.to_lowercase();
    // Lower-casing can undo composition in rare cases (İ): normalize again.
    let lower = ComposingNormalizerBorrowed::new_nfc().normalize(&lower).into_owned();
    SEGMENTER.with(|segmenter| segment(segmenter, &lower))
}

/// The word-like segments of `lower`, each once.
fn segment(segmenter: &WordSegmenter, lower: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut breaks = segmenter.segment_str(lower);
    let mut start = match breaks.next() {
        Some(b) => b,
        None => return out,
    };
    while let Some(end) = breaks.next() {
        // A segment with a letter or digit is a word. Not `is_word_like`
        // alone: ICU4X 1.5 gives a Thai, Lao or Khmer text that is one
        // single word no word type, so the word a user types would vanish.
        let segment = &lower[start..end];
        if breaks.is_word_like() || segment.chars().any(char::is_alphanumeric) {
            let word = cut(&lower[start..end]);
            if !word.is_empty() && !out.iter().any(|w| w == word) {
                out.push(word.to_string());
            }
        }
        start = end;
    }
    out
}

/// `word` cut to at most [`MAX_WORD_BYTES`] on a character boundary.
fn cut(word: &str) -> &str {
    if word.len() <= MAX_WORD_BYTES {
        return word;
    }
    let mut end = MAX_WORD_BYTES;
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a search by spaces would take as words.
    fn naive(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_lowercase).collect()
    }

    #[test]
    fn english_words_are_lower_cased_without_punctuation() {
        assert_eq!(words("The girl's T-shirt, BLUE!  blue."), ["the", "girl's", "t", "shirt", "blue"]);
    }

    #[test]
    fn thai_sentence_is_cut_into_its_words() {
        // "The child wears a red student uniform": no spaces between words.
        let sentence = "เด็กสวมชุดนักเรียนสีแดง";
        let got = words(sentence);
        assert!(got.contains(&"เด็ก".to_string()), "{got:?}");
        assert!(got.contains(&"นักเรียน".to_string()), "{got:?}");
        assert!(got.contains(&"แดง".to_string()), "{got:?}");
        assert_eq!(naive(sentence), [sentence], "a split on spaces sees one word");
        // The word a user types is cut the same way alone.
        assert_eq!(words("เด็ก"), ["เด็ก"]);
    }

    #[test]
    fn khmer_sentence_is_cut_into_its_words() {
        // "The child is in the school": no spaces between words.
        let sentence = "ក្មេងនៅក្នុងសាលារៀន";
        let got = words(sentence);
        assert_eq!(got, ["ក្មេង", "នៅក្នុង", "សាលារៀន"]);
        assert_eq!(words("ក្មេង"), ["ក្មេង"]);
        assert_eq!(naive(sentence).len(), 1);
    }

    #[test]
    fn lao_sentence_is_cut_into_its_words() {
        // "The child goes to school".
        let sentence = "ເດັກນ້ອຍໄປໂຮງຮຽນ";
        let got = words(sentence);
        assert_eq!(got, ["ເດັກນ້ອຍ", "ໄປ", "ໂຮງຮຽນ"]);
        assert_eq!(words("ໂຮງຮຽນ"), ["ໂຮງຮຽນ"]);
        assert_eq!(naive(sentence).len(), 1);
    }

    #[test]
    fn vietnamese_is_normalized_to_nfc_and_lower_case() {
        // "Nghệ An" typed decomposed (e + circumflex + dot below) and upper case.
        let decomposed = "NGHE\u{0302}\u{0323} An";
        assert_eq!(words(decomposed), ["nghệ", "an"]);
        assert_eq!(words("Nghệ An"), words(decomposed));
    }

    #[test]
    fn repeated_words_are_kept_once_and_long_runs_cut() {
        assert_eq!(words("a a A"), ["a"]);
        let long = "x".repeat(200);
        assert_eq!(words(&long), ["x".repeat(MAX_WORD_BYTES)]);
        assert!(words("  ,;  ").is_empty());
        assert!(words("").is_empty());
    }
}
