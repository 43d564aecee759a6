//! The times clue and answer files carry (`YYYY-MM-DDTHH:MM:SS(.sss)Z`,
//! UTC, as a browser's `Date.toISOString` writes them) read as Unix
//! seconds, for the lab's records.

/// Unix seconds of a time as the files write it (fractions dropped), or
/// `None` for any other text or an impossible date.
pub fn parse_time(time: &str) -> Option<i64> {
    let b = time.as_bytes();
    if b.len() < 20
        || *b.last()? != b'Z'
        || b[4] != b'-'
        || b[7] != b'-'
        || b[10] != b'T'
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = time.get(r)?;
        s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hh, mm, ss) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let rest = &time[19..time.len() - 1];
    if !(rest.is_empty() || (rest.starts_with('.') && rest.len() > 1 && rest[1..].bytes().all(|c| c.is_ascii_digit())))
    {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if !(1..=12).contains(&m) || d < 1 || d > days_in[(m - 1) as usize] || hh > 23 || mm > 59 || ss > 60 {
        return None;
    }
    // Days from 1970-01-01 to the date (Howard Hinnant's days_from_civil).
    let y2 = if m <= 2 { y - 1 } else { y };
    let era = y2.div_euclid(400);
    let yoe = y2 - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hh * 3600 + mm * 60 + ss.min(59))
}

#[cfg(test)]
mod tests {
    use super::parse_time;

    #[test]
    fn browser_times_read_as_unix_seconds() {
        for (text, want) in [
            ("1970-01-01T00:00:00Z", Some(0)),
            ("2026-12-07T15:43:51.123Z", Some(1_796_658_231)),
            ("2000-02-29T23:59:59Z", Some(951_868_799)),
            ("2001-02-29T00:00:00Z", None),
            ("2026-13-01T00:00:00Z", None),
            ("2026-12-07T15:43:51", None),
            ("2026-12-07 15:43:51Z", None),
            ("2026-12-07T15:43:51.Z", None),
            ("２０２６-12-07T15:43:51Z", None),
            ("", None),
        ] {
            assert_eq!(parse_time(text), want, "{text}");
        }
    }
}
