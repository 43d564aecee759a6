//! Timestamps: the MS-DOS date and time every record carries, and the
//! conversions of the Unix (0x5455) and NTFS (0x000a) extra fields.

/// An MS-DOS date and time as stored (local time of the writer, 2-second
/// resolution, no time zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DosDateTime {
    /// 1980 to 2107.
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the length of the month.
    pub day: u8,
    /// 0 to 23.
    pub hour: u8,
    /// 0 to 59.
    pub minute: u8,
    /// 0 to 58, even.
    pub second: u8,
}

impl DosDateTime {
    /// Decodes the two 16-bit fields; `None` when a field is out of range
    /// (month 0, 30 February, hour 24...), as the all-zero value is.
    pub fn from_dos(date: u16, time: u16) -> Option<DosDateTime> {
        let year = 1980 + (date >> 9);
        let month = ((date >> 5) & 0x0f) as u8;
        let day = (date & 0x1f) as u8;
        let hour = (time >> 11) as u8;
        let minute = ((time >> 5) & 0x3f) as u8;
        let second = ((time & 0x1f) * 2) as u8;
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 60;
        valid.then_some(DosDateTime { year, month, day, hour, minute, second })
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Seconds between 1601-01-01 (the FILETIME epoch) and 1970-01-01.
const FILETIME_UNIX_OFFSET_S: i64 = 11_644_473_600;

/// Unix seconds from a FILETIME (100 ns ticks since 1601).
pub(crate) fn filetime_to_unix(ticks: u64) -> i64 {
    // u64::MAX / 10^7 fits an i64 with room to spare.
    (ticks / 10_000_000) as i64 - FILETIME_UNIX_OFFSET_S
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: u16, month: u16, day: u16) -> u16 {
        ((year - 1980) << 9) | (month << 5) | day
    }

    #[test]
    fn dos_dates_are_checked_against_the_calendar() {
        let noon = 12 << 11;
        assert!(DosDateTime::from_dos(date(2024, 2, 29), noon).is_some());
        assert!(DosDateTime::from_dos(date(2023, 2, 29), noon).is_none());
        assert!(DosDateTime::from_dos(date(2000, 2, 29), noon).is_some());
        assert!(DosDateTime::from_dos(date(2100, 2, 29), noon).is_none());
        assert!(DosDateTime::from_dos(date(2024, 4, 31), noon).is_none());
        assert!(DosDateTime::from_dos(date(2024, 13, 1), noon).is_none());
        assert!(DosDateTime::from_dos(0, 0).is_none(), "the all-zero value some writers use for 'no date'");
        // Hour 24, minute 60, second 60 (stored as 30).
        assert!(DosDateTime::from_dos(date(2024, 1, 1), 24 << 11).is_none());
        assert!(DosDateTime::from_dos(date(2024, 1, 1), 60 << 5).is_none());
        assert!(DosDateTime::from_dos(date(2024, 1, 1), 30).is_none());
        let t = DosDateTime::from_dos(date(2107, 12, 31), (23 << 11) | (59 << 5) | 29).unwrap();
        assert_eq!((t.year, t.month, t.day, t.hour, t.minute, t.second), (2107, 12, 31, 23, 59, 58));
    }
}
