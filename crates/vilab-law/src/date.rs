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
    fn impossible_dates_are_refused() {
        for text in ["2015-13-07", "2015-02-30", "2023-02-29", "15-12-07", "2015/12/07", "", "2015-12-07-1", "0999"] {
            assert!(PartialDate::parse(text).is_err(), "{text}");
        }
    }
}
