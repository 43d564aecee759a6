//! Every user-facing word of vilab, in English, Khmer, Lao, Thai and
//! Vietnamese: Fluent catalogs embedded at build time, with the locale's
//! number and date formats.
//!
//! ```
//! use vilab_i18n::{t, Lang, Messages};
//!
//! let msgs = Messages::new(Lang::Vi);
//! assert_eq!(t!(msgs, "ingest-files-found", count = 12345), "Đã tìm thấy 12.345 tệp");
//! assert_eq!(msgs.get("triage-known"), "đã biết");
//! ```
//!
//! # What the crate guarantees
//!
//! - **Complete catalogs.** Every key of English exists in every other
//!   language and no language has a key English lacks; every message uses
//!   the same variables as English's; every file parses without an error;
//!   none says "child pornography" or a translation of it (the deny-list in
//!   `GLOSSARY.md`). `tests/catalogs.rs` checks all of it.
//! - **Fallbacks never hide a key.** A key missing in a language falls back
//!   to English; a key missing in English too comes out as `<the-key>`.
//! - **No invisible characters.** Fluent's Unicode isolation marks (FSI/PDI)
//!   are off: the output goes to terminals and TSV files, where they are
//!   noise at best and break column matching at worst.
//! - **Numbers in the locale's symbols.** A number given to a message as a
//!   number (not a string) is written with the language's grouping and
//!   decimal separator, so `{ $count }` is 12,345 in English and 12.345 in
//!   Vietnamese, while plural selection still sees the number. Identifiers
//!   (run ids, import ids, case names) are to be passed as strings, so that
//!   run 1234 never reads "run 1,234".
//!
//! # Dates: ISO for records, the locale's form for people
//!
//! A forensic record must read the same to every reader and sort as text:
//! [`Messages::date_time`] writes `2026-12-07 14:03 UTC` (ISO 8601, UTC,
//! Gregorian) in every language, and that form is the one for anything
//! stored, exported, logged or quoted in a report. [`Messages::date`] is
//! for human summaries only: the day in the language's own order and month
//! names (CLDR's medium date, UTC): `7 Dec 2026`, `7 ធ្នូ 2026`,
//! `7 ທ.ວ. 2026`, `7 ธ.ค. พ.ศ. 2569`, `7 thg 12, 2026`. Thai shows the
//! Buddhist Era, CLDR's default calendar for Thai and the one Thai official
//! documents use, with the era written out (พ.ศ.) so that the year cannot be
//! mistaken for a Gregorian one. The locale data is a small table
//! (`locale.rs`) rather than ICU4X; that file says why.
//!
//! # Adding a message
//!
//! Add the key to the English file of its area under `locales/en/`, then
//! the same key, with the same variables, to `km`, `lo`, `th` and `vi`, and
//! list it in that file's review header until a native speaker has checked
//! it. Use the terms of `GLOSSARY.md`. Khmer, Lao, Thai and Vietnamese have
//! only CLDR's `other` cardinal category: no `[one]` there (the test
//! rejects it); in every language the default variant is `*[other]`.

mod catalog;
mod lang;
mod locale;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use catalog::{AREAS, Source, sources};
pub use lang::Lang;

use locale::NumberStyle;

/// The bundle type: the concurrent one, so that [`Messages`] is `Send` and
/// `Sync` and one set of bundles serves every thread.
type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, with English behind it.
///
/// `Copy`: it holds two references to bundles built once per process (on
/// first use of each language) and kept for its life.
#[derive(Clone, Copy)]
pub struct Messages {
    lang: Lang,
    bundle: &'static Bundle,
    english: &'static Bundle,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("lang", &self.lang).finish_non_exhaustive()
    }
}

/// A value for a message's variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, written as it is: names, paths, identifiers.
    Str(String),
    /// A count or a size, written in the locale's grouping and selecting
    /// the plural form.
    Int(i64),
    /// A measure (MB/s, seconds), written with the locale's decimal
    /// separator and at most three decimals.
    Num(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Str(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Str(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Str(text.clone())
    }
}

macro_rules! arg_from_int {
    ($($int:ty),+) => {
        $(impl From<$int> for Arg {
            fn from(n: $int) -> Arg {
                Arg::Int(i64::from(n))
            }
        })+
    };
}
arg_from_int!(i8, i16, i32, i64, u8, u16, u32);

impl From<u64> for Arg {
    /// A count past `i64::MAX` (which no count of vilab's reaches) is
    /// written as a measure rather than wrapped to a negative.
    fn from(n: u64) -> Arg {
        i64::try_from(n).map_or(Arg::Num(n as f64), Arg::Int)
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        i64::try_from(n).map_or(Arg::Num(n as f64), Arg::Int)
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}

impl From<f32> for Arg {
    fn from(n: f32) -> Arg {
        Arg::Num(f64::from(n))
    }
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Str(text) => FluentValue::from(text.as_str()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Num(n) => FluentValue::from(*n),
        }
    }
}

/// Formats a message: `t!(msgs, "key")` or
/// `t!(msgs, "ingest-files-found", count = 12)`; each value goes through
/// `Arg::from`.
#[macro_export]
macro_rules! t {
    ($m:expr, $key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $m.format($key, &[$((stringify!($name), $crate::Arg::from($value))),*])
    };
}

impl Messages {
    /// The messages of `lang`. The first call for a language parses its
    /// catalogs; later ones are two pointer copies.
    pub fn new(lang: Lang) -> Messages {
        Messages { lang, bundle: bundle(lang), english: bundle(Lang::En) }
    }

    /// The language asked for (messages it lacks come in English).
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `key`, which takes no variables; `key.attribute` for an
    /// attribute.
    pub fn get(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The message `key` with its variables. In the language, else in
    /// English, else `<key>`. A variable the message needs but is not
    /// given shows as `{$name}`, so the omission is seen, not hidden.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.to_fluent());
        }
        render(self.bundle, key, &fluent_args)
            .or_else(|| render(self.english, key, &fluent_args))
            .unwrap_or_else(|| format!("<{key}>"))
    }

    /// Whether `key` has a text in this language or in English.
    pub fn has(&self, key: &str) -> bool {
        pattern_of(self.bundle, key).is_some() || pattern_of(self.english, key).is_some()
    }

    /// `n` in the locale's symbols: grouped, at most three decimals,
    /// trailing zeros dropped (CLDR's `#,##0.###`).
    pub fn number(&self, n: impl Into<f64>) -> String {
        locale::format_number(self.lang, n.into(), NumberStyle::default())
    }

    /// `n` with exactly `decimals` decimals (a throughput, a percentage).
    pub fn number_fixed(&self, n: impl Into<f64>, decimals: usize) -> String {
        let style = NumberStyle { min_fraction: decimals, max_fraction: decimals, ..NumberStyle::default() };
        locale::format_number(self.lang, n.into(), style)
    }

    /// `n` as a figure quoted from a source, such as an exchange rate
    /// (`23000`, `33.57`; `33,57` in Vietnamese): the locale's decimal
    /// separator, no grouping (the source did not group it), at most six
    /// decimals.
    pub fn figure(&self, n: impl Into<f64>) -> String {
        let style = NumberStyle { max_fraction: 6, grouping: false, ..NumberStyle::default() };
        locale::format_number(self.lang, n.into(), style)
    }

    /// `n` in the locale's grouping, exactly.
    pub fn integer(&self, n: i64) -> String {
        locale::format_integer(self.lang, n)
    }

    /// The instant for a record: `2026-12-07 14:03 UTC`, the same in every
    /// language (ISO 8601 order, Gregorian, UTC).
    pub fn date_time(&self, unix_seconds: i64) -> String {
        let c = locale::civil(unix_seconds);
        format!("{:04}-{:02}-{:02} {:02}:{:02} UTC", c.year, c.month, c.day, c.hour, c.minute)
    }

    /// [`Messages::date_time`] to the second, for logs: `2026-12-07 14:03:05 UTC`.
    pub fn date_time_seconds(&self, unix_seconds: i64) -> String {
        let c = locale::civil(unix_seconds);
        format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC", c.year, c.month, c.day, c.hour, c.minute, c.second)
    }

    /// The day (UTC) for a human summary, in the language's order and month
    /// names: `7 Dec 2026`, `7 ธ.ค. พ.ศ. 2569`. Not for records: see the
    /// crate's documentation.
    pub fn date(&self, unix_seconds: i64) -> String {
        locale::format_date(self.lang, unix_seconds)
    }
}

/// The bundle of `lang`, built on first use.
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 5] = [const { OnceLock::new() }; 5];
    BUNDLES[lang as usize].get_or_init(|| build(lang))
}

/// Parses and loads `lang`'s catalogs. A parse error or a duplicate key
/// keeps what could be read rather than failing at run time: the tests
/// make both impossible in the shipped catalogs.
fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter(lang)));
    // NUMBER() is the only function: for NUMBER($n, minimumFractionDigits: 1).
    let _ = bundle.add_builtins();
    for source in sources(lang) {
        let resource = FluentResource::try_new(source.text.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The pattern of `key` (`message` or `message.attribute`) in `bundle`.
fn pattern_of<'b>(bundle: &'b Bundle, key: &str) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    match attribute {
        Some(name) => message.get_attribute(name).map(|a| a.value()),
        None => message.value(),
    }
}

fn render(bundle: &Bundle, key: &str, args: &FluentArgs) -> Option<String> {
    let pattern = pattern_of(bundle, key)?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, Some(args), &mut errors).into_owned())
}

/// The bundle's number formatter must be a plain `fn`, which cannot
/// capture the language: one instance per language.
fn formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    match lang {
        Lang::En => format_value::<0, M>,
        Lang::Km => format_value::<1, M>,
        Lang::Lo => format_value::<2, M>,
        Lang::Th => format_value::<3, M>,
        Lang::Vi => format_value::<4, M>,
    }
}

/// Writes a Fluent number in the symbols of `Lang::ALL[L]`; anything else
/// (text, a percent or currency style) is left to Fluent.
fn format_value<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, options }) = value else {
        return None;
    };
    if options.style != FluentNumberStyle::Decimal {
        return None;
    }
    let min_fraction = options.minimum_fraction_digits.unwrap_or(0);
    let style = NumberStyle {
        min_fraction,
        max_fraction: options.maximum_fraction_digits.unwrap_or(3).max(min_fraction),
        min_integer: options.minimum_integer_digits.unwrap_or(1),
        grouping: options.use_grouping,
    };
    Some(locale::format_number(Lang::ALL[L], *value, style))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bundle of `lang` from `text` alone, kept for the test's life.
    fn leaked(lang: Lang, text: &str) -> &'static Bundle {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        let mut bundle = Bundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(formatter(lang)));
        bundle.add_resource(FluentResource::try_new(text.to_string()).unwrap()).unwrap();
        Box::leak(Box::new(bundle))
    }

    #[test]
    fn missing_keys_fall_back_to_english_then_to_the_key() {
        let english = leaked(Lang::En, "both = in English\nonly-en = only in English { $n }\n");
        let thai = leaked(Lang::Th, "both = ในภาษาไทย\n");
        let msgs = Messages { lang: Lang::Th, bundle: thai, english };
        assert_eq!(msgs.get("both"), "ในภาษาไทย");
        // The fallback is English text, but the number is still Thai's.
        assert_eq!(t!(msgs, "only-en", n = 1234), "only in English 1,234");
        assert!(msgs.has("only-en"));
        assert_eq!(msgs.get("nowhere"), "<nowhere>");
        assert!(!msgs.has("nowhere"));
    }

    #[test]
    fn attributes_and_missing_variables() {
        let english = leaked(Lang::En, "role = analyst\n    .help = reviews media\nneeds = hello { $who }\n");
        let msgs = Messages { lang: Lang::En, bundle: english, english };
        assert_eq!(msgs.get("role.help"), "reviews media");
        assert_eq!(msgs.get("role.nothing"), "<role.nothing>");
        // A variable not given shows, rather than vanishing.
        assert_eq!(msgs.get("needs"), "hello {$who}");
    }
}
