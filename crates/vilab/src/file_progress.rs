//! Reading one large input file (a hash set) with its progress shown, its
//! SHA-256 taken in the same pass, and Ctrl-C honoured between reads.

use std::io::{IsTerminal, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};

use crate::messages;
use crate::progress_view::{format_duration, time_left};

/// How often the display looks at the count.
const TICK: Duration = Duration::from_millis(125);
/// How often plain lines are printed when stderr is not a terminal.
const LINE_INTERVAL: Duration = Duration::from_secs(5);

/// Wraps a reader: hashes every byte, adds it to a shared count, and fails
/// with [`messages::IMPORT_INTERRUPTED`] once `stop` is set.
pub struct HashingReader<'s, R> {
    inner: R,
    hasher: Sha256,
    read: Arc<AtomicU64>,
    stop: &'s AtomicBool,
}

impl<'s, R: Read> HashingReader<'s, R> {
    /// Starts with nothing read.
    pub fn new(inner: R, read: Arc<AtomicU64>, stop: &'s AtomicBool) -> Self {
        HashingReader { inner, hasher: Sha256::new(), read, stop }
    }

    /// The SHA-256 of every byte read so far.
    pub fn digest(self) -> [u8; 32] {
        self.hasher.finalize().into()
    }
}

impl<R: Read> Read for HashingReader<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            // Not `ErrorKind::Interrupted`: readers retry on that.
            return Err(std::io::Error::other(messages::IMPORT_INTERRUPTED));
        }
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A running display of `read` against `total` bytes; [`FileProgress::finish`] ends it.
pub struct FileProgress {
    done: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl FileProgress {
    /// Starts showing progress on stderr: a bar on a terminal, a line every
    /// few seconds otherwise.
    pub fn start(read: Arc<AtomicU64>, total: u64) -> Self {
        let done = Arc::new(AtomicBool::new(false));
        let until = Arc::clone(&done);
        let handle = std::thread::spawn(move || {
            if std::io::stderr().is_terminal() {
                show_bar(&read, total, &until);
            } else {
                show_lines(&read, total, &until);
            }
        });
        FileProgress { done, handle: Some(handle) }
    }

    /// Stops the display.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        self.done.store(true, Ordering::Relaxed);
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

impl Drop for FileProgress {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The rate so far and the time left at that rate.
fn rate_and_eta(read: u64, total: u64, elapsed: Duration) -> (f64, String) {
    let mb_per_second = read as f64 / elapsed.as_secs_f64().max(1e-3) / 1e6;
    let eta = if read >= total {
        messages::IMPORT_FINISHING.to_string()
    } else {
        time_left(read, total, elapsed).map_or("ETA -".to_string(), |left| format!("ETA {}", format_duration(left)))
    };
    (mb_per_second, eta)
}

fn show_bar(read: &AtomicU64, total: u64, done: &AtomicBool) {
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr_with_hz(8));
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {bytes}/{total_bytes}  {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    while !done.load(Ordering::Relaxed) {
        let now = read.load(Ordering::Relaxed);
        bar.set_position(now);
        let (mb_per_s, eta) = rate_and_eta(now, total, started.elapsed());
        bar.set_message(format!("{mb_per_s:.1} MB/s  {eta}"));
        std::thread::sleep(TICK);
    }
    bar.finish_and_clear();
}

fn show_lines(read: &AtomicU64, total: u64, done: &AtomicBool) {
    let started = Instant::now();
    let mut last = Instant::now();
    while !done.load(Ordering::Relaxed) {
        if last.elapsed() >= LINE_INTERVAL {
            last = Instant::now();
            let now = read.load(Ordering::Relaxed);
            let (mb_per_s, eta) = rate_and_eta(now, total, started.elapsed());
            eprintln!("progress: {:.1}/{:.1} MB, {mb_per_s:.1} MB/s, {eta}", now as f64 / 1e6, total as f64 / 1e6);
        }
        std::thread::sleep(TICK);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_hashes_and_counts_every_byte() {
        let data = vec![7u8; 100_000];
        let count = Arc::new(AtomicU64::new(0));
        let stop = AtomicBool::new(false);
        let mut reader = HashingReader::new(data.as_slice(), Arc::clone(&count), &stop);
        let mut out = Vec::new();
        reader.read_to_end(&mut out).unwrap();
        assert_eq!(out, data);
        assert_eq!(count.load(Ordering::Relaxed), 100_000);
        let expected: [u8; 32] = Sha256::digest(&data).into();
        assert_eq!(reader.digest(), expected);
    }

    #[test]
    fn a_stop_fails_the_next_read() {
        let data = [1u8; 10];
        let stop = AtomicBool::new(true);
        let mut reader = HashingReader::new(data.as_slice(), Arc::new(AtomicU64::new(0)), &stop);
        let mut out = Vec::new();
        let error = reader.read_to_end(&mut out).unwrap_err();
        assert_eq!(error.to_string(), messages::IMPORT_INTERRUPTED);
        assert!(out.is_empty());
    }

    #[test]
    fn eta_and_rate() {
        let (mb, eta) = rate_and_eta(50_000_000, 100_000_000, Duration::from_secs(1));
        assert!((mb - 50.0).abs() < 1e-9);
        assert_eq!(eta, "ETA 1s");
        assert_eq!(rate_and_eta(100, 100, Duration::from_secs(1)).1, messages::IMPORT_FINISHING);
    }
}
