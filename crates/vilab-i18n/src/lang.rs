//! The five languages vilab speaks, and how a language is chosen: a flag,
//! then `$VILAB_LANG`, then the POSIX locale variables.

use serde::{Deserialize, Serialize};

/// A language of vilab's catalogs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English: the source language and the fallback for a missing key.
    En,
    /// Khmer (Cambodia).
    Km,
    /// Lao (Lao PDR).
    Lo,
    /// Thai (Thailand).
    Th,
    /// Vietnamese (Viet Nam).
    Vi,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 5] = [Lang::En, Lang::Km, Lang::Lo, Lang::Th, Lang::Vi];

    /// The ISO 639-1 code: `"en"`, `"km"`, `"lo"`, `"th"`, `"vi"`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Km => "km",
            Lang::Lo => "lo",
            Lang::Th => "th",
            Lang::Vi => "vi",
        }
    }

    /// The language named in its own script, for a language menu or
    /// `--lang` help. The "language of" form (ภาษาไทย, not ไทย) because the
    /// bare word also names the people and the country.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Km => "ភាសាខ្មែរ",
            Lang::Lo => "ພາສາລາວ",
            Lang::Th => "ภาษาไทย",
            Lang::Vi => "Tiếng Việt",
        }
    }

    /// The language of a code or a POSIX locale name: `th`, `TH`, `th-TH`,
    /// `th_TH.UTF-8`, `km_KH`, `vi_VN.utf8@euro`, the ISO 639-2 codes
    /// (`khm`, `lao`, `tha`, `vie`, `eng`), and `C` or `POSIX` (English).
    /// `None` for a language vilab has no catalog for.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        // A locale name is language[_territory][.codeset][@modifier]; a BCP 47
        // tag is language[-script][-region]...: the language is what comes
        // before the first of these separators.
        let language = text.split(['_', '-', '.', '@']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("c") || language.eq_ignore_ascii_case("posix") {
            return Some(Lang::En);
        }
        match language.to_ascii_lowercase().as_str() {
            "en" | "eng" => Some(Lang::En),
            "km" | "khm" => Some(Lang::Km),
            "lo" | "lao" => Some(Lang::Lo),
            "th" | "tha" => Some(Lang::Th),
            "vi" | "vie" => Some(Lang::Vi),
            _ => None,
        }
    }

    /// The language to speak: `flag` (the `--lang` value), else
    /// `$VILAB_LANG`, else the locale of messages as POSIX finds it (the
    /// first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
    ///
    /// A flag or `$VILAB_LANG` that names no language of vilab is passed
    /// over (the command line reports a bad `--lang` itself, with
    /// [`Lang::parse`]); a locale vilab has no catalog for, such as
    /// `de_DE.UTF-8`, means English, as POSIX would not look past it either.
    pub fn detect(flag: Option<&str>) -> Lang {
        Lang::detect_with(flag, |name| std::env::var(name).ok())
    }

    /// [`Lang::detect`] over an environment given as a lookup, so that a
    /// caller (or a test) need not touch the process's environment.
    pub fn detect_with(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag.and_then(Lang::parse) {
            return lang;
        }
        if let Some(lang) = var("VILAB_LANG").as_deref().and_then(Lang::parse) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or(Lang::En)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}
