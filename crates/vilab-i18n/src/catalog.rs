//! The Fluent catalogs, embedded in the binary at build time: one file per
//! language and area under `locales/`.
//!
//! The list of areas is written once, in the macro below; a language that
//! lacks one of its files does not compile, and the tests check that no
//! `.ftl` file on disk is left out of the list.

use crate::Lang;

/// One embedded catalog file.
#[derive(Clone, Copy, Debug)]
pub struct Source {
    /// The language it is written in.
    pub lang: Lang,
    /// The area: the file's name without `.ftl` (`common`, `errors`, ...).
    pub area: &'static str,
    /// Its path, relative to the crate: `locales/th/ingest.ftl`.
    pub path: &'static str,
    /// Its text.
    pub text: &'static str,
}

macro_rules! catalogs {
    ($($area:literal),+ $(,)?) => {
        /// The areas the catalogs are split into, one `.ftl` file each.
        pub const AREAS: &[&str] = &[$($area),+];

        /// The embedded catalog files of `lang`, in [`AREAS`] order.
        pub fn sources(lang: Lang) -> &'static [Source] {
            macro_rules! files {
                ($lang:ident, $code:literal) => {
                    &[$(Source {
                        lang: Lang::$lang,
                        area: $area,
                        path: concat!("locales/", $code, "/", $area, ".ftl"),
                        text: include_str!(concat!("../locales/", $code, "/", $area, ".ftl")),
                    }),+]
                };
            }
            match lang {
                Lang::En => files!(En, "en"),
                Lang::Km => files!(Km, "km"),
                Lang::Lo => files!(Lo, "lo"),
                Lang::Th => files!(Th, "th"),
                Lang::Vi => files!(Vi, "vi"),
            }
        }
    };
}

catalogs!(
    "common",
    "errors",
    "roles",
    "terms",
    "ingest",
    "triage",
    "store",
    "law",
    "hashset",
    "accounts",
    "session",
    "cases",
    "media",
    "audit",
    "ingesterrors",
    "web",
    "webadmin",
    "records",
    "disk",
    // Encryption at rest (issue 21).
    "crypt",
    // Backups of an encrypted lab (issue 21).
    "backup",
    // Offline gallery bundles (issue 20).
    "gallery",
    // The media page's regions and renditions (issue 20, webregions).
    "webregions",
);
