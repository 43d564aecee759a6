//! Dates as the sources give them: a year, a month or a day.

use std::fmt;

use serde::Serialize;

use crate::error::quoted;

/// A date with the precision its source gives: `2009`, `2018-11` or
/// `2015-12-07`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year (1000 to 2999).
    pub year: u16,
    /// The month, 1 to 12, when known.
    pub month: Option<u8>,
    /// The day of the month, when known.
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and
    /// the day exist.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("{} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", quoted(text));
        let mut parts = text.split('-');
        let number = |part: Option<&str>, digits: usize| -> Result<Option<u16>, String> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| bad())?))
                }
                Some(_) => Err(bad()),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(bad)?;
        let month = number(parts.next(), 2)?;
        let day = number(parts.next(), 2)?;
        if parts.next().is_some() || !(1000..3000).contains(&year) {
            return Err(bad());
        }
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(format!("{}: month {m} does not exist", quoted(text)));
        }
        if let (Some(m), Some(d)) = (month, day)
            && !(1..=days_in_month(year, m)).contains(&d)
        {
            return Err(format!("{}: day {d} does not exist in that month", quoted(text)));
        }
        Ok(Self { year, month: month.map(|m| m as u8), day: day.map(|d| d as u8) })
    }

    /// The first day the date can mean: `2019` is 2019-01-01, `2019-05` is
    /// 2019-05-01. A period starts on the first day of its `valid_from`
    /// and ends before the first day of its `valid_to`, so that the date
    /// one text stopped being the law and the date its replacement started
    /// are written the same, at whatever precision the source gives.
    pub fn first_day(self) -> Self {
        Self { year: self.year, month: Some(self.month.unwrap_or(1)), day: Some(self.day.unwrap_or(1)) }
    }

    /// The calendar day (UTC) of a Unix time: "today" for a caller that
    /// reads the clock (this crate does no I/O). Years outside 1000 to 2999
    /// are clamped to them, the range [`PartialDate::parse`] takes.
    pub fn from_unix_seconds(unix_seconds: i64) -> Self {
        // Howard Hinnant's civil_from_days: eras of 400 years (146,097
        // days), the year starting in March so that the leap day falls last.
        let z = unix_seconds.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        match year {
            ..1000 => Self { year: 1000, month: Some(1), day: Some(1) },
            3000.. => Self { year: 2999, month: Some(12), day: Some(31) },
            _ => Self { year: year as u16, month: Some(month), day: Some(day) },
        }
    }
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::PartialDate;

    #[test]
    fn precisions_round_trip() {
        for text in ["2009", "2018-11", "2015-12-07", "2024-02-29"] {
            assert_eq!(PartialDate::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn first_days_and_days_of_unix_times() {
        let first = |text: &str| PartialDate::parse(text).unwrap().first_day().to_string();
        assert_eq!([first("2019"), first("2019-05"), first("2019-05-28")], ["2019-01-01", "2019-05-01", "2019-05-28"]);
        assert_eq!(PartialDate::from_unix_seconds(0).to_string(), "1970-01-01");
        // 2024-02-29 00:00:00 UTC and the last second of that day.
        assert_eq!(PartialDate::from_unix_seconds(1_709_164_800).to_string(), "2024-02-29");
        assert_eq!(PartialDate::from_unix_seconds(1_709_251_199).to_string(), "2024-02-29");
        assert_eq!(PartialDate::from_unix_seconds(-1).to_string(), "1969-12-31");
        assert_eq!(PartialDate::from_unix_seconds(i64::MAX / 4).to_string(), "2999-12-31");
    }

    #[test]
    fn impossible_dates_are_refused() {
        for text in ["2015-13-07", "2015-02-30", "2023-02-29", "15-12-07", "2015/12/07", "", "2015-12-07-1", "0999"] {
            assert!(PartialDate::parse(text).is_err(), "{text}");
        }
    }
}
