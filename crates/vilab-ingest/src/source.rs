//! Opening the files of a seized folder for reading without changing them:
//! where the system allows it, reads leave the access time as it was
//! (`O_NOATIME` on Linux), so that a second look at an exhibit finds the
//! times the first one recorded.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Opens `path` for reading, with `O_NOATIME` where the system grants it.
///
/// Linux allows `O_NOATIME` only to the file's owner (or with
/// `CAP_FOWNER`); for anyone else the open fails with `EPERM`, and the file
/// is opened plainly (the access time recorded is still the one read
/// before, by the walk).
pub fn open_quietly(path: &Path) -> io::Result<File> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        let noatime = rustix::fs::OFlags::NOATIME.bits() as i32;
        match std::fs::OpenOptions::new().read(true).custom_flags(noatime).open(path) {
            Ok(file) => return Ok(file),
            Err(e) if e.raw_os_error() == Some(rustix::io::Errno::PERM.raw_os_error()) => {}
            Err(e) => return Err(e),
        }
    }
    File::open(path)
}

/// Reads up to `limit` bytes from the start of `reader` (fewer only at its
/// end), retrying interrupted reads.
pub fn read_head(reader: &mut dyn Read, limit: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(limit.min(64 * 1024));
    reader.take(limit as u64).read_to_end(&mut head)?;
    Ok(head)
}

/// Whether an error of reading or writing lies outside the content (the
/// disk, the file system, the memory): worth a retry on the next run.
pub fn is_transient(error: &io::Error) -> bool {
    !matches!(error.kind(), io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof)
}

/// Whether a write failed for want of space: a full disk or a quota
/// reached. The examiner frees space and runs the same command again.
pub fn is_out_of_space(error: &io::Error) -> bool {
    matches!(error.kind(), io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file whose access time is older than its change time: a plain
    /// read updates it, even on a `relatime` mount.
    fn old_file(dir: &Path, name: &str) -> (std::path::PathBuf, std::time::SystemTime) {
        let path = dir.join(name);
        std::fs::write(&path, b"content").unwrap();
        let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_600_000_000);
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_times(std::fs::FileTimes::new().set_accessed(old).set_modified(old)).unwrap();
        (path, old)
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn reading_leaves_the_access_time_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let (plain, old) = old_file(dir.path(), "plain.jpg");
        let mut bytes = Vec::new();
        File::open(&plain).unwrap().read_to_end(&mut bytes).unwrap();
        let moved = std::fs::metadata(&plain).unwrap().accessed().unwrap();
        assert_ne!(moved, old, "this file system does not record access times: the test below would prove nothing");

        let (quiet, old) = old_file(dir.path(), "quiet.jpg");
        let mut bytes = Vec::new();
        open_quietly(&quiet).unwrap().read_to_end(&mut bytes).unwrap();
        assert_eq!(bytes, b"content");
        assert_eq!(std::fs::metadata(&quiet).unwrap().accessed().unwrap(), old, "the read changed the access time");
    }

    #[test]
    fn a_full_disk_is_told_from_other_failures() {
        #[cfg(target_os = "linux")]
        {
            assert!(is_out_of_space(&io::Error::from_raw_os_error(28)), "ENOSPC");
            assert!(is_out_of_space(&io::Error::from_raw_os_error(122)), "EDQUOT");
            assert!(!is_out_of_space(&io::Error::from_raw_os_error(5)), "EIO");
        }
        assert!(!is_out_of_space(&io::Error::other("other")));
    }

    #[test]
    fn the_head_is_at_most_the_limit() {
        let data = vec![7u8; 1000];
        assert_eq!(read_head(&mut &data[..], 100).unwrap().len(), 100);
        assert_eq!(read_head(&mut &data[..], 5000).unwrap().len(), 1000);
    }
}
