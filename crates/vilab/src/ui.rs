//! The words of the command line: the process's [`Messages`] (chosen once
//! from `--lang`, `$VILAB_LANG` or the locale), summary lines aligned by
//! display width (Khmer, Lao and Thai letters may take no column of their
//! own), and errors rendered from their code.

use std::sync::OnceLock;

use unicode_width::UnicodeWidthStr;
use vilab_i18n::{Arg, Lang, Messages};
use vilab_lab::AppError;
use vilab_lab::error::Param;

static MESSAGES: OnceLock<Messages> = OnceLock::new();

/// Chooses the language for the rest of the process.
pub fn init(flag: Option<&str>) -> Messages {
    *MESSAGES.get_or_init(|| Messages::new(Lang::detect(flag)))
}

/// The process's messages (English until [`init`]).
pub fn msgs() -> Messages {
    *MESSAGES.get_or_init(|| Messages::new(Lang::En))
}

/// `t!` on the process's messages.
#[macro_export]
macro_rules! tr {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        vilab_i18n::t!($crate::ui::msgs(), $key $(, $name = $value)*)
    };
}

/// Columns of the label column of a summary.
const LABEL_COLUMNS: usize = 30;

/// One summary line: a label (already in the reader's language) padded to
/// a fixed display width, then the value.
pub fn line(label: &str, value: impl std::fmt::Display) -> String {
    let pad = LABEL_COLUMNS.saturating_sub(label.width());
    format!("  {label}{} {value}", " ".repeat(pad))
}

/// One summary line whose label is a catalog key.
pub fn labelled(key: &str, value: impl std::fmt::Display) -> String {
    line(&msgs().get(key), value)
}

/// A count in the reader's locale (grouping).
pub fn count(n: u64) -> String {
    msgs().integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// An error of the application layer in the reader's language, with the
/// library's own words after it.
pub fn error_text(e: &AppError) -> String {
    let args: Vec<(&str, Arg)> = e
        .params()
        .iter()
        .map(|(name, value)| {
            let arg = match value {
                Param::Text(t) => Arg::Str(t.clone()),
                Param::Int(n) => Arg::Int(*n),
            };
            (*name, arg)
        })
        .collect();
    let message = msgs().format(&e.code().message_key(), &args);
    match e.detail_text() {
        Some(detail) => format!("{message}\n  {}", msgs().format("error-detail", &[("detail", Arg::from(detail))])),
        None => message,
    }
}

/// A measure (MB/s, seconds) to one decimal: enough for people, and the
/// catalogs' number format shows what it is given.
pub fn measure(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// An ingest error stage in the reader's language.
pub fn stage(stage: vilab_core::model::ErrorStage) -> String {
    msgs().get(&format!("stage-{}", stage.as_str()))
}

/// The forensic form of a time: ISO 8601 UTC, the same in every language.
pub fn when(unix: i64) -> String {
    msgs().date_time(unix)
}

/// A role's name in the reader's language.
pub fn role(role: vilab_lab::Role) -> String {
    msgs().get(&format!("role-{}", role.as_str()))
}

#[cfg(test)]
mod tests {
    use vilab_i18n::{Lang, Messages};

    /// Every key the command line builds at run time (error codes, roles,
    /// run states, built-in categories) is in the catalogs; the catalog
    /// test then holds it to every language.
    #[test]
    fn every_key_made_at_run_time_is_in_the_catalogs() {
        let en = Messages::new(Lang::En);
        let mut keys: Vec<String> = vilab_lab::Code::ALL.iter().map(|c| c.message_key()).collect();
        keys.extend(vilab_lab::Role::ALL.iter().map(|r| format!("role-{}", r.as_str())));
        for status in ["running", "completed", "incomplete", "interrupted", "failed", "aborted"] {
            assert!(vilab_lab::types::RunStatus::parse(status).is_some());
            keys.push(format!("run-status-{status}"));
        }
        keys.extend(
            vilab_core::model::IngestErrorCode::ALL
                .iter()
                .map(|c| format!("ingest-error-{}", c.as_str().replace('_', "-"))),
        );
        for profile in vilab_hashset::profiles::builtins() {
            keys.extend(profile.categories.keys().map(|n| format!("category-{}-{n}", profile.name)));
        }
        for key in keys {
            assert!(en.has(&key), "{key} is missing from the English catalogs");
        }
    }

    #[test]
    fn summary_labels_align_by_display_width_not_characters() {
        // Thai vowel and tone marks take no column of their own.
        let thai = super::line("ไฟล์ที่พบ", 1);
        let latin = super::line("files", 1);
        let width = |s: &str| unicode_width::UnicodeWidthStr::width(s);
        assert_eq!(width(&thai), width(&latin));
        assert_ne!(thai.chars().count(), latin.chars().count());
    }
}
