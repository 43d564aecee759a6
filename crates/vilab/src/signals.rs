//! Stopping long work cleanly: the first SIGINT (Ctrl-C), SIGTERM (as sent
//! by `timeout`, systemd or a shutdown) or SIGHUP asks it to stop at the
//! next file; a second one ends the process at once. Either way what was
//! committed is kept, and the same command resumes.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// The stop flag long work polls, and the signal that set it.
#[derive(Clone, Default)]
pub struct Stop {
    flag: Arc<AtomicBool>,
    signal: Arc<AtomicI32>,
}

impl Stop {
    /// The flag to hand to long work.
    pub fn flag(&self) -> &AtomicBool {
        &self.flag
    }

    /// The flag, shared (for the server's graceful shutdown).
    pub fn shared(&self) -> Arc<AtomicBool> {
        self.flag.clone()
    }

    /// The exit status of a process stopped by the signal that set the
    /// flag: 128 + its number, as a shell reports a process it killed.
    pub fn exit_status(&self) -> u8 {
        match self.signal.load(Ordering::SeqCst) {
            0 => 130,
            n => (128 + n).clamp(0, 255) as u8,
        }
    }
}

/// Listens for the signals on a thread of its own (a handler proper may
/// not print) and returns the flag they set.
pub fn install() -> Stop {
    let stop = Stop::default();
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return stop;
    };
    let listener = stop.clone();
    std::thread::spawn(move || {
        for signal in signals.forever() {
            if listener.flag.swap(true, Ordering::SeqCst) {
                eprintln!("\n{}", crate::tr!("interrupt-forced"));
                std::process::exit(128 + signal);
            }
            listener.signal.store(signal, Ordering::SeqCst);
            let message =
                if signal == SIGINT { crate::tr!("interrupt-requested") } else { crate::tr!("terminate-requested") };
            eprintln!("\n{message}");
        }
    });
    stop
}
