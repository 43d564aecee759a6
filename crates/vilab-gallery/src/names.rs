//! The names a bundle may use: file paths inside it, item ids, bundle uids
//! and dates. Narrow on purpose, so that a path read from a manifest or a
//! folder can never climb out of the bundle or hide (`..`, `/`, `\`,
//! dot-files, control or look-alike characters).

/// Deepest path a bundle holds (`items/x.jpg`, `fonts/x.woff2`).
pub const MAX_DEPTH: usize = 2;

/// Longest path, in bytes.
pub const MAX_PATH_LEN: usize = 200;

/// Why `path` is not a path a bundle may hold, or `None` when it is.
pub fn path_problem(path: &str) -> Option<&'static str> {
    if path.is_empty() {
        return Some("empty path");
    }
    if path.len() > MAX_PATH_LEN {
        return Some("path longer than 200 bytes");
    }
    let parts: Vec<&str> = path.split('/').collect();
    if parts.len() > MAX_DEPTH {
        return Some("path deeper than two levels");
    }
    for part in parts {
        if part.is_empty() {
            return Some("empty path component (leading, trailing or double slash)");
        }
        if part.starts_with('.') {
            return Some("path component starts with a dot");
        }
        if !part.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')) {
            return Some("path holds a character other than ASCII letters, digits, '.', '_', '-' and '/'");
        }
    }
    None
}

/// Why `id` is not a usable item id (it names a file), or `None`.
pub fn id_problem(id: &str) -> Option<&'static str> {
    if id.is_empty() || id.len() > 64 {
        return Some("must be 1 to 64 characters");
    }
    if id.starts_with('-') || !id.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-')) {
        return Some("must be ASCII letters, digits, '_' and '-', not starting with '-'");
    }
    None
}

/// Why `date` is not an ISO date `YYYY-MM-DD`, or `None`.
pub fn date_problem(date: &str) -> Option<&'static str> {
    let b = date.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return Some("must be a date YYYY-MM-DD");
    }
    let month: u32 = date[5..7].parse().unwrap_or(0);
    let day: u32 = date[8..10].parse().unwrap_or(0);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Some("month or day out of range");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_could_escape_or_hide_are_refused() {
        for bad in ["", "../x", "a/../b", "/etc/passwd", "a//b", ".hidden", "a/b/c", "a\\b", "é.jpg", "a b", "x/"] {
            assert!(path_problem(bad).is_some(), "{bad:?} accepted");
        }
        for good in ["index.html", "items/a-1.jpg", "fonts/NotoSans-Regular.woff2"] {
            assert_eq!(path_problem(good), None, "{good:?} refused");
        }
    }

    #[test]
    fn dates_are_checked() {
        assert_eq!(date_problem("2027-01-31"), None);
        for bad in ["2027-1-31", "2027-13-01", "2027-01-00", "20270131xx", "２０２７-01-01"] {
            assert!(date_problem(bad).is_some(), "{bad:?}");
        }
    }
}
