//! Wall-clock time as stored: whole seconds since the Unix epoch, UTC.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds since the Unix epoch now. A clock set before 1970 gives 0 rather
/// than failing: a wrong timestamp must not stop an ingest.
pub fn now_unix() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)).unwrap_or(0)
}
