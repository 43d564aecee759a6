//! The bundle's static pages: `index.html` (a shell with a strict
//! Content-Security-Policy and no inline script), `app.js`, `style.css`,
//! `data.js` (the items and the words, loaded by `<script src>` because
//! browsers refuse fetch and XHR on `file://`) and the embedded fonts.

use serde_json::json;
use vilab_i18n::Lang;

use crate::BundleSpec;
use crate::words;

/// The page script (rendering, clues, answers, downloads).
pub const APP_JS: &str = include_str!("../site/app.js");
/// The style sheet (with the `@font-face` rules).
pub const STYLE_CSS: &str = include_str!("../site/style.css");

/// The fonts the pages need for Khmer, Lao, Thai and Latin with Vietnamese
/// (Noto, OFL-1.1), the same files the browser lab serves, with their
/// licence.
pub const FONTS: &[(&str, &[u8])] = &[
    ("fonts/NotoSans-Regular.woff2", include_bytes!("../../vilab-server/assets/fonts/NotoSans-Regular.woff2")),
    (
        "fonts/NotoSansKhmer-Regular.woff2",
        include_bytes!("../../vilab-server/assets/fonts/NotoSansKhmer-Regular.woff2"),
    ),
    ("fonts/NotoSansLao-Regular.woff2", include_bytes!("../../vilab-server/assets/fonts/NotoSansLao-Regular.woff2")),
    ("fonts/NotoSansThai-Regular.woff2", include_bytes!("../../vilab-server/assets/fonts/NotoSansThai-Regular.woff2")),
    ("fonts/OFL.txt", include_bytes!("../../vilab-server/assets/fonts/OFL.txt")),
];

/// Only the bundle's own files: scripts, styles, images and fonts from the
/// folder; no inline script or style, no network, no form, no base change.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
    font-src 'self'; connect-src 'none'; form-action 'none'; base-uri 'none'";

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `index.html`: the shell app.js renders into. Without JavaScript it
/// still says, in the five languages, what the bundle is and until when.
pub fn index_html(spec: &BundleSpec) -> String {
    let mut noscript = String::new();
    for lang in Lang::ALL {
        noscript.push_str(&format!(
            "<p lang=\"{}\">{} {}: {}</p>\n",
            lang.code(),
            escape(&words::word(lang, "gallery-noscript")),
            escape(&words::word(lang, "gallery-expires")),
            escape(&spec.expires)
        ));
    }
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"stylesheet\" href=\"style.css\">\n\
         <script src=\"data.js\"></script>\n<script src=\"app.js\" defer></script>\n</head>\n<body>\n\
         <noscript>\n{noscript}</noscript>\n<div id=\"app\"></div>\n</body>\n</html>\n",
        csp = CSP,
        title = escape(&spec.title),
    )
}

/// `data.js`: the bundle's data as one assignment.
pub fn data_js(spec: &BundleSpec, fingerprint: &str, exercise: Option<&str>) -> String {
    let items: Vec<_> = spec
        .items
        .iter()
        .map(|item| json!({ "id": item.id, "caption": item.caption, "src": item_path(&item.id) }))
        .collect();
    let data = json!({
        "bundle": spec.uid,
        "title": spec.title,
        "recipient": spec.recipient,
        "lab": spec.lab,
        "created": spec.created,
        "expires": spec.expires,
        "fingerprint": fingerprint,
        "exercise": exercise,
        "items": items,
        "langs": words::languages(),
        "words": words::all_words(),
    });
    // JSON is a JavaScript expression; `<` is escaped so that no text of
    // the data could ever close a script element.
    let text = serde_json::to_string(&data).unwrap_or_default().replace('<', "\\u003c");
    format!("window.VILAB_BUNDLE = {text};\n")
}

/// An item's rendition's path in the bundle.
pub fn item_path(id: &str) -> String {
    format!("items/{id}.jpg")
}
