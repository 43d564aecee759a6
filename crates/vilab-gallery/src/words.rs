//! The words of the bundle's pages in all five languages, taken from the
//! `gallery` area of the vilab-i18n catalogs, so that the pages switch
//! language offline and a translation is reviewed in one place.

use serde_json::{Map, Value};
use vilab_i18n::{Lang, Messages};

/// Every catalog key the pages use (the `gallery` area).
pub const WORD_KEYS: &[&str] = &[
    "gallery-notice",
    "gallery-prepared-for",
    "gallery-from-lab",
    "gallery-expires",
    "gallery-expired",
    "gallery-expiry-soft",
    "gallery-language",
    "gallery-noscript",
    "gallery-back",
    "gallery-item",
    "gallery-participant",
    "gallery-clue-prompt",
    "gallery-clue-pin-hint",
    "gallery-clue-pinned",
    "gallery-clue-add",
    "gallery-clues-yours",
    "gallery-clues-none",
    "gallery-clues-count",
    "gallery-save-clues",
    "gallery-save-note",
    "gallery-answer-country",
    "gallery-answer-place",
    "gallery-answer-objects",
    "gallery-answer-free-text",
    "gallery-answer-keep",
    "gallery-answer-kept",
    "gallery-save-answers",
    "gallery-country-kh",
    "gallery-country-la",
    "gallery-country-th",
    "gallery-country-vn",
    "gallery-country-other",
    "gallery-object-shop-sign",
    "gallery-object-power-socket",
    "gallery-object-licence-plate",
    "gallery-object-banknote",
    "gallery-object-product-label",
    "gallery-object-other",
];

/// `{ "en": { key: text, ... }, "km": { ... }, ... }`.
pub fn all_words() -> Value {
    let mut out = Map::new();
    for lang in Lang::ALL {
        let messages = Messages::new(lang);
        let words: Map<String, Value> =
            WORD_KEYS.iter().map(|key| (key.to_string(), Value::String(messages.get(key)))).collect();
        out.insert(lang.code().to_string(), Value::Object(words));
    }
    Value::Object(out)
}

/// `[{ "code": "en", "name": "English" }, ...]` for the language menu.
pub fn languages() -> Value {
    Value::Array(Lang::ALL.iter().map(|l| serde_json::json!({ "code": l.code(), "name": l.name() })).collect())
}

/// One message in one language (the pages' static fallback text).
pub fn word(lang: Lang, key: &str) -> String {
    Messages::new(lang).get(key)
}
