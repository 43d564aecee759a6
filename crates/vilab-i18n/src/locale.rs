//! The locale data vilab formats with: CLDR's number symbols, abbreviated
//! month names and medium date order for the five languages, as a table.
//!
//! Why a table and not ICU4X: build cost. Measured cold, dev profile with
//! the workspace's `opt-level = 2` for dependencies, on the project's shared
//! 2-core machine (under load, so the times are rough): `icu_decimal` +
//! `icu_datetime` 2.4 with compiled data took 2 min 05 s of wall time (75 s
//! of CPU), their own crates about 180 s of compile-unit time beyond syn and
//! serde, which the workspace builds anyway; the Fluent crates this crate
//! needs in any case took about 25 s. The table is all vilab needs of
//! ICU4X: five languages, one numbering system (Latin digits, CLDR's default
//! in all five), one grouping (`#,##0.###`, minimum grouping digits 1), one
//! date length. The values are CLDR 49's, the data of ICU4X 2.4, checked by
//! formatting with ICU4X 2.4 itself (12,345.67 and 7 Dec 2026 in each
//! language). Snapshots of CLDR's JSON disagree on Khmer's Latin-digit
//! separators (one has `,` as the decimal); this table follows CLDR 49.

use crate::Lang;

/// One language's formats.
pub(crate) struct Locale {
    /// CLDR `symbols-numberSystem-latn/decimal`.
    pub decimal: &'static str,
    /// CLDR `symbols-numberSystem-latn/group`.
    pub group: &'static str,
    /// CLDR `months/format/abbreviated`, January first.
    pub months: [&'static str; 12],
    /// The medium date with `{d}`, `{MMM}` and `{y}` for the day, the
    /// abbreviated month and the year.
    pub date: &'static str,
    /// Added to the Gregorian year: 543 for Thai's Buddhist Era.
    pub year_offset: i64,
}

/// The table, in [`Lang::ALL`] order.
const LOCALES: [Locale; 5] = [
    // English as CLDR's en-001 (international English), not en (US): vilab's
    // English readers are in South-East Asia, where 12/7 reads as July.
    Locale {
        decimal: ".",
        group: ",",
        months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"],
        date: "{d} {MMM} {y}",
        year_offset: 0,
    },
    Locale {
        decimal: ".",
        group: ",",
        months: ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"],
        date: "{d} {MMM} {y}",
        year_offset: 0,
    },
    Locale {
        decimal: ",",
        group: ".",
        months: ["ມ.ກ.", "ກ.ພ.", "ມ.ນ.", "ມ.ສ.", "ພ.ພ.", "ມິ.ຖ.", "ກ.ລ.", "ສ.ຫ.", "ກ.ຍ.", "ຕ.ລ.", "ພ.ຈ.", "ທ.ວ."],
        date: "{d} {MMM} {y}",
        year_offset: 0,
    },
    // Thai: CLDR's default calendar for th is the Buddhist one, and its
    // medium date ("d MMM y") then shows 2569 for 2026 with no era. vilab
    // writes the era (พ.ศ., as CLDR's long form "d MMMM G y" does), so that a
    // Buddhist year can never be taken for a Gregorian one beside the ISO
    // timestamps of the same report.
    Locale {
        decimal: ".",
        group: ",",
        months: ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
        date: "{d} {MMM} พ.ศ. {y}",
        year_offset: 543,
    },
    Locale {
        decimal: ",",
        group: ".",
        months: [
            "thg 1", "thg 2", "thg 3", "thg 4", "thg 5", "thg 6", "thg 7", "thg 8", "thg 9", "thg 10", "thg 11",
            "thg 12",
        ],
        date: "{d} {MMM}, {y}",
        year_offset: 0,
    },
];

/// The formats of `lang`.
pub(crate) fn locale(lang: Lang) -> &'static Locale {
    &LOCALES[lang as usize]
}

/// How a number is to be written: CLDR's `#,##0.###` unless a Fluent
/// `NUMBER()` call said otherwise.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NumberStyle {
    pub min_fraction: usize,
    pub max_fraction: usize,
    pub min_integer: usize,
    pub grouping: bool,
}

impl Default for NumberStyle {
    fn default() -> NumberStyle {
        NumberStyle { min_fraction: 0, max_fraction: 3, min_integer: 1, grouping: true }
    }
}

/// `value` in `lang`'s symbols, rounded to `style.max_fraction` digits.
pub(crate) fn format_number(lang: Lang, value: f64, style: NumberStyle) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-∞" } else { "∞" }.to_string();
    }
    let max_fraction = style.max_fraction.max(style.min_fraction);
    // Rust's formatting rounds the exact binary value correctly, so 2.675
    // (stored as 2.67499...) gives 2.67 as ICU does.
    let fixed = format!("{:.*}", max_fraction, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let keep = frac.trim_end_matches('0').len().max(style.min_fraction);
    let frac = &frac[..keep];
    let negative = value < 0.0 && (int.bytes().any(|b| b != b'0') || frac.bytes().any(|b| b != b'0'));
    let loc = locale(lang);
    let mut text = String::with_capacity(fixed.len() + 8);
    if negative {
        text.push('-');
    }
    let padded = format!("{int:0>width$}", width = style.min_integer);
    push_grouped(&mut text, &padded, if style.grouping { loc.group } else { "" });
    if !frac.is_empty() {
        text.push_str(loc.decimal);
        text.push_str(frac);
    }
    text
}

/// An integer in `lang`'s grouping, exactly (no trip through `f64`).
pub(crate) fn format_integer(lang: Lang, value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut text = String::with_capacity(digits.len() + 8);
    if value < 0 {
        text.push('-');
    }
    push_grouped(&mut text, &digits, locale(lang).group);
    text
}

/// Appends ASCII `digits` with `group` between each three from the right.
fn push_grouped(text: &mut String, digits: &str, group: &str) {
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push_str(group);
        }
        text.push(digit);
    }
}

/// A UTC instant split into its civil fields.
pub(crate) struct Civil {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

/// The UTC calendar fields of `unix_seconds` (proleptic Gregorian).
pub(crate) fn civil(unix_seconds: i64) -> Civil {
    let days = unix_seconds.div_euclid(86_400);
    let secs = unix_seconds.rem_euclid(86_400);
    // Howard Hinnant's days_from_civil inverse: eras of 400 years, each
    // 146,097 days, with the year starting in March so that the leap day
    // falls last.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Civil {
        year,
        month,
        day,
        hour: (secs / 3_600) as u32,
        minute: (secs % 3_600 / 60) as u32,
        second: (secs % 60) as u32,
    }
}

/// The medium date of `unix_seconds` (UTC) in `lang`'s order and names.
pub(crate) fn format_date(lang: Lang, unix_seconds: i64) -> String {
    let c = civil(unix_seconds);
    let loc = locale(lang);
    loc.date
        .replace("{d}", &c.day.to_string())
        .replace("{MMM}", loc.months[c.month as usize - 1])
        .replace("{y}", &(c.year + loc.year_offset).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        let c = civil(0);
        assert_eq!((c.year, c.month, c.day, c.hour, c.minute, c.second), (1970, 1, 1, 0, 0, 0));
        // 2000-02-29 12:34:56, a leap day of a century leap year.
        let c = civil(951_827_696);
        assert_eq!((c.year, c.month, c.day, c.hour, c.minute, c.second), (2000, 2, 29, 12, 34, 56));
        // One second before the epoch.
        let c = civil(-1);
        assert_eq!((c.year, c.month, c.day, c.hour, c.minute, c.second), (1969, 12, 31, 23, 59, 59));
        // 2100 is not a leap year: 28 Feb is followed by 1 Mar.
        let c = civil(4_107_542_400);
        assert_eq!((c.year, c.month, c.day), (2100, 3, 1));
    }

    #[test]
    fn rounding_and_zeros() {
        let style = NumberStyle::default();
        assert_eq!(format_number(Lang::En, 2.675, style), "2.675");
        assert_eq!(format_number(Lang::En, 2.6756, style), "2.676");
        // 2.675 is stored as 2.67499..., so two decimals give 2.67, as ICU's.
        assert_eq!(format_number(Lang::En, 2.675, NumberStyle { min_fraction: 2, max_fraction: 2, ..style }), "2.67");
        assert_eq!(format_number(Lang::En, -0.0001, style), "0");
        assert_eq!(format_number(Lang::En, 100.0, style), "100");
        assert_eq!(format_number(Lang::En, 0.5, NumberStyle { min_fraction: 2, ..style }), "0.50");
        assert_eq!(format_number(Lang::En, 7.0, NumberStyle { min_integer: 3, ..style }), "007");
        assert_eq!(format_number(Lang::En, 12345.0, NumberStyle { grouping: false, ..style }), "12345");
        assert_eq!(format_integer(Lang::En, i64::MIN), "-9,223,372,036,854,775,808");
    }
}
