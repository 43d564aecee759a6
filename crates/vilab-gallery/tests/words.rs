//! Every word the pages ask for is in the catalogs, in every language, and
//! data.js carries it: a key missing from the list would show as the key.

use vilab_gallery::WORD_KEYS;
use vilab_gallery::exercise::{COUNTRIES, OBJECT_KINDS};
use vilab_i18n::{Lang, Messages};

const APP_JS: &str = include_str!("../site/app.js");

#[test]
fn every_key_app_js_uses_is_listed_and_translated() {
    // Literal keys: w("gallery-...").
    let mut used: Vec<String> = APP_JS
        .split("w(\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        // The prefixes of the keys built from codes, checked below.
        .filter(|key| !key.ends_with('-'))
        .collect();
    // Keys app.js builds from codes.
    used.extend(COUNTRIES.iter().map(|c| format!("gallery-country-{}", c.to_lowercase())));
    used.extend(OBJECT_KINDS.iter().map(|k| format!("gallery-object-{}", k.replace('_', "-"))));
    assert!(used.len() > 30, "found only {used:?}");
    for key in &used {
        assert!(WORD_KEYS.contains(&key.as_str()), "app.js uses {key}, which data.js does not carry");
    }
    for key in WORD_KEYS {
        for lang in Lang::ALL {
            let text = Messages::new(lang).get(key);
            assert!(!text.starts_with('<') && !text.is_empty(), "{lang:?}: {key} = {text}");
            if lang != Lang::En {
                assert_ne!(text, Messages::new(Lang::En).get(key), "{lang:?}: {key} is untranslated");
            }
        }
    }
}

#[test]
fn the_pages_and_the_scorer_share_the_codes() {
    for code in COUNTRIES {
        assert!(APP_JS.contains(&format!("\"{code}\"")), "app.js lacks country {code}");
    }
    for kind in OBJECT_KINDS {
        assert!(APP_JS.contains(&format!("\"{kind}\"")), "app.js lacks object kind {kind}");
    }
}
