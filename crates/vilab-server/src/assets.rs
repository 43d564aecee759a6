//! The embedded files: one style sheet, the pages' small scripts, the four Noto
//! fonts (WOFF2, OFL-1.1) and their licence. Nothing is loaded from
//! anywhere else; `assets/fonts/regenerate.sh` remakes the fonts.

use crate::call::{Call, Reply};
use crate::error::WebError;

/// An embedded file.
#[derive(Clone, Copy, Debug)]
pub struct Asset {
    /// Its name under `/assets/`.
    pub name: &'static str,
    /// Its media type.
    pub content_type: &'static str,
    /// Its bytes.
    pub bytes: &'static [u8],
}

macro_rules! asset {
    ($name:literal, $type:literal, $file:literal) => {
        Asset { name: $name, content_type: $type, bytes: include_bytes!(concat!("../assets/", $file)) }
    };
}

/// Every embedded file.
pub const ASSETS: &[Asset] = &[
    asset!("app.css", "text/css; charset=utf-8", "app.css"),
    asset!("app.js", "text/javascript; charset=utf-8", "app.js"),
    asset!("review.js", "text/javascript; charset=utf-8", "review.js"),
    asset!("media.js", "text/javascript; charset=utf-8", "media.js"),
    // Drawing a lead's rectangle on the media page (issue 19).
    asset!("leads.js", "text/javascript; charset=utf-8", "leads.js"),
    // The live clue board of a gallery item (issue 20, branch webgallery).
    asset!("gallery.js", "text/javascript; charset=utf-8", "gallery.js"),
    // Pointer to original pixels and drag rectangles, shared by leads.js and
    // regions.js; the regions and renditions panels (issue 20, webregions).
    asset!("drag.js", "text/javascript; charset=utf-8", "drag.js"),
    asset!("regions.js", "text/javascript; charset=utf-8", "regions.js"),
    asset!("NotoSans-Regular.woff2", "font/woff2", "fonts/NotoSans-Regular.woff2"),
    asset!("NotoSansKhmer-Regular.woff2", "font/woff2", "fonts/NotoSansKhmer-Regular.woff2"),
    asset!("NotoSansLao-Regular.woff2", "font/woff2", "fonts/NotoSansLao-Regular.woff2"),
    asset!("NotoSansThai-Regular.woff2", "font/woff2", "fonts/NotoSansThai-Regular.woff2"),
    asset!("OFL.txt", "text/plain; charset=utf-8", "fonts/OFL.txt"),
];

/// `GET /assets/{name}`.
pub fn serve(call: &Call) -> Result<Reply, WebError> {
    let name = call.path("name");
    let asset = ASSETS.iter().find(|a| a.name == name).ok_or(WebError::NoRoute)?;
    Ok(Reply::asset(asset.content_type, asset.bytes))
}
