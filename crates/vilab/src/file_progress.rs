//! The progress of reading one large input file (a hash set): the bytes
//! the application layer counts as it reads, against the file's size.

use std::io::IsTerminal;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::progress_view::{format_duration, time_left};

/// How often the display looks at the count.
const TICK: Duration = Duration::from_millis(125);
/// How often plain lines are printed when stderr is not a terminal.
const LINE_INTERVAL: Duration = Duration::from_secs(5);

/// A running display of `read` against `total` bytes; [`FileProgress::finish`] ends it.
pub struct FileProgress {
    done: Arc<AtomicBool>,
    handle: Option<JoinHandle<()>>,
}

impl FileProgress {
    /// Starts showing progress on stderr: a bar on a terminal, a line every
    /// few seconds otherwise, nothing when `quiet`.
    pub fn start(read: Arc<AtomicU64>, total: u64, quiet: bool) -> Self {
        let done = Arc::new(AtomicBool::new(false));
        let until = Arc::clone(&done);
        let handle = std::thread::spawn(move || {
            if quiet {
                return;
            }
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
        tr!("hashset-import-finishing")
    } else {
        let left = time_left(read, total, elapsed).map_or("-".to_string(), format_duration);
        tr!("progress-eta", left = left)
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
        bar.set_message(tr!("progress-file-bar", mb_per_second = crate::ui::measure(mb_per_s), eta = eta));
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
            eprintln!(
                "{}",
                tr!(
                    "progress-file-line",
                    read_mb = crate::ui::measure(now as f64 / 1e6),
                    total_mb = crate::ui::measure(total as f64 / 1e6),
                    mb_per_second = crate::ui::measure(mb_per_s),
                    eta = eta
                )
            );
        }
        std::thread::sleep(TICK);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eta_and_rate() {
        let (mb, eta) = rate_and_eta(50_000_000, 100_000_000, Duration::from_secs(1));
        assert!((mb - 50.0).abs() < 1e-9);
        assert_eq!(eta, tr!("progress-eta", left = "1s"));
        assert_eq!(rate_and_eta(100, 100, Duration::from_secs(1)).1, tr!("hashset-import-finishing"));
    }
}
