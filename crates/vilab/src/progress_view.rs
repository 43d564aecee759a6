//! Shows ingest and verify progress: a bar with files/s, MB/s and ETA on a
//! terminal, a plain line every few seconds otherwise, nothing with --quiet.

use std::io::IsTerminal;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, unbounded};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use vilab_lab::types::ProgressEvent;

/// How often plain lines are printed when stderr is not a terminal.
const LINE_INTERVAL: Duration = Duration::from_secs(5);

/// A running progress display; drop the sender it gave out, then call
/// [`ProgressView::finish`].
pub struct ProgressView {
    handle: Option<JoinHandle<()>>,
}

impl ProgressView {
    /// Starts a display thread. `quiet` shows nothing.
    pub fn start(quiet: bool) -> (Self, Sender<ProgressEvent>) {
        let (sender, receiver) = unbounded();
        let handle = if quiet {
            std::thread::spawn(move || receiver.iter().for_each(drop))
        } else if std::io::stderr().is_terminal() {
            std::thread::spawn(move || show_bar(receiver))
        } else {
            std::thread::spawn(move || show_lines(receiver))
        };
        (Self { handle: Some(handle) }, sender)
    }

    /// Waits for the display to end (after every sender is dropped).
    pub fn finish(mut self) {
        if let Some(handle) = self.handle.take() {
            let _ = handle.join();
        }
    }
}

#[derive(Default)]
struct Tally {
    files_total: u64,
    bytes_total: u64,
    files: u64,
    bytes: u64,
    errors: u64,
    /// Members of large archives recorded before their archive is done.
    members: u64,
    /// A disk image's acquisition check: bytes read and the image's size.
    image: Option<(u64, u64)>,
    /// When the current phase (the image check, then the contents) began,
    /// since the start: rates count from there.
    phase_start: Duration,
}

impl Tally {
    fn apply(&mut self, event: ProgressEvent, elapsed: Duration) {
        match event {
            // The pass over a disk image shows its bytes until it ends;
            // the contents it hands out finish after it.
            ProgressEvent::Image { bytes, total } if bytes >= total => self.image = None,
            ProgressEvent::Image { bytes, total } => {
                if self.image.is_none() {
                    self.phase_start = elapsed;
                }
                self.image = Some((bytes, total));
            }
            ProgressEvent::Planned { files, bytes, .. } => {
                self.files_total = files;
                self.bytes_total = bytes;
                self.image = None;
                self.phase_start = elapsed;
            }
            ProgressEvent::Found { files, bytes, .. } => {
                self.files_total += files;
                self.bytes_total += bytes;
            }
            ProgressEvent::Members { contents, errors } => {
                self.members += contents;
                self.errors += errors;
            }
            ProgressEvent::FileDone { bytes, errors, .. } => {
                self.files += 1;
                self.bytes += bytes;
                self.errors += errors;
            }
        }
    }

    fn rates(&self, elapsed: Duration) -> (f64, f64, Option<Duration>) {
        let elapsed = elapsed.saturating_sub(self.phase_start);
        let secs = elapsed.as_secs_f64().max(1e-3);
        if let Some((bytes, total)) = self.image {
            return (0.0, bytes as f64 / secs / 1e6, time_left(bytes, total, elapsed));
        }
        let files_per_s = self.files as f64 / secs;
        let mb_per_s = self.bytes as f64 / secs / 1e6;
        (files_per_s, mb_per_s, time_left(self.bytes, self.bytes_total, elapsed))
    }
}

fn show_bar(receiver: Receiver<ProgressEvent>) {
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len}  {msg}").unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let mut tally = Tally::default();
    for event in receiver {
        tally.apply(event, started.elapsed());
        if let Some((bytes, total)) = tally.image {
            let (_, mbps, eta) = tally.rates(started.elapsed());
            bar.set_length(total / 1_000_000);
            bar.set_position(bytes / 1_000_000);
            bar.set_message(crate::tr!(
                "progress-image",
                mb_per_second = crate::ui::measure(mbps),
                eta = eta.map_or("-".into(), format_duration)
            ));
            continue;
        }
        bar.set_length(tally.files_total);
        bar.set_position(tally.files);
        let (fps, mbps, eta) = tally.rates(started.elapsed());
        bar.set_message(crate::tr!(
            "progress-ingest-bar",
            files_per_second = crate::ui::measure(fps),
            mb_per_second = crate::ui::measure(mbps),
            eta = eta.map_or("-".into(), format_duration),
            errors = tally.errors,
            members = tally.members
        ));
    }
    bar.finish_and_clear();
}

fn show_lines(receiver: Receiver<ProgressEvent>) {
    let started = Instant::now();
    let mut last = Instant::now();
    let mut tally = Tally::default();
    for event in receiver {
        tally.apply(event, started.elapsed());
        if last.elapsed() >= LINE_INTERVAL {
            last = Instant::now();
            let (fps, mbps, eta) = tally.rates(started.elapsed());
            if let Some((bytes, total)) = tally.image {
                eprintln!(
                    "{}",
                    crate::tr!(
                        "progress-image-line",
                        mb = crate::ui::count(bytes / 1_000_000),
                        total = crate::ui::count(total / 1_000_000),
                        mb_per_second = crate::ui::measure(mbps),
                        eta = eta.map_or("-".into(), format_duration)
                    )
                );
                continue;
            }
            eprintln!(
                "{}",
                crate::tr!(
                    "progress-ingest-line",
                    files = tally.files,
                    files_total = tally.files_total,
                    files_per_second = crate::ui::measure(fps),
                    mb_per_second = crate::ui::measure(mbps),
                    eta = eta.map_or("-".into(), format_duration),
                    errors = tally.errors,
                    members = tally.members
                )
            );
        }
    }
}

/// Time left to reach `total` at the rate of `done` in `elapsed`; `None`
/// before anything is done or once past the total.
pub fn time_left(done: u64, total: u64, elapsed: Duration) -> Option<Duration> {
    let secs = elapsed.as_secs_f64().max(1e-3);
    (done > 0 && total >= done).then(|| Duration::from_secs_f64((total - done) as f64 / (done as f64 / secs)))
}

/// `1h02m03s`, `2m03s`, `3s`.
pub fn format_duration(d: Duration) -> String {
    let s = d.as_secs();
    match (s / 3600, s / 60 % 60, s % 60) {
        (0, 0, sec) => format!("{sec}s"),
        (0, m, sec) => format!("{m}m{sec:02}s"),
        (h, m, sec) => format!("{h}h{m:02}m{sec:02}s"),
    }
}
