//! Calendar arithmetic for EXIF capture times and file modification times,
//! without a date crate: the seizure only needs whole seconds in a known
//! offset, and this keeps every timestamp a pure function of the seed.

/// A local wall-clock time as a camera records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LocalTime {
    pub(crate) year: i32,
    pub(crate) month: u32,
    pub(crate) day: u32,
    pub(crate) hour: u32,
    pub(crate) minute: u32,
    pub(crate) second: u32,
}

/// The UTC offset of every place in the synthetic seizure (Indochina
/// Time: Cambodia, Laos, Thailand, Vietnam), in seconds and as EXIF text.
pub(crate) const OFFSET_SECONDS: i64 = 7 * 3600;
pub(crate) const OFFSET_TEXT: &str = "+07:00";

impl LocalTime {
    /// EXIF DateTimeOriginal text: `YYYY:MM:DD HH:MM:SS`.
    pub(crate) fn exif_text(self) -> String {
        format!(
            "{:04}:{:02}:{:02} {:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        )
    }

    /// Seconds since the Unix epoch, reading this time in UTC+07:00.
    pub(crate) fn unix_seconds(self) -> i64 {
        let days = days_from_civil(self.year, self.month, self.day);
        days * 86_400 + i64::from(self.hour * 3600 + self.minute * 60 + self.second) - OFFSET_SECONDS
    }
}

/// Days from 1970-01-01 to the given proleptic Gregorian date (Howard
/// Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        let t = LocalTime { year: 2024, month: 3, day: 15, hour: 14, minute: 22, second: 5 };
        // 2024-03-15T07:22:05Z
        assert_eq!(t.unix_seconds(), 1_710_487_325);
        assert_eq!(t.exif_text(), "2024:03:15 14:22:05");
    }
}
