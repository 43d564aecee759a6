//! One memory budget for a whole ingest: every content held in memory and
//! every decode is admitted against it before its bytes are allocated, so
//! that peak memory is bounded whatever the number of workers.
//!
//! A worker asks for everything one content needs at once (its bytes plus
//! its decode) and holds at most one grant at a time, so that no worker
//! waits while holding memory another one waits for: there is no deadlock.
//! Requests are served in the order they were made, so that a large one is
//! not starved by a stream of small ones.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Bytes that an ingest may hold in memory for contents and decodes.
#[derive(Debug)]
pub struct MemoryBudget {
    total: u64,
    state: Mutex<State>,
    freed: Condvar,
}

#[derive(Debug, Default)]
struct State {
    used: u64,
    /// The next ticket to hand out and the next one to serve.
    next_ticket: u64,
    serving: u64,
    /// Most bytes held at once (for the benchmark and the tests).
    peak: u64,
}

/// A request larger than the whole budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("needs {needed} bytes of memory, more than the ingest's whole memory budget of {total} bytes")]
pub struct OverBudget {
    /// What was asked for.
    pub needed: u64,
    /// The whole budget.
    pub total: u64,
}

/// Memory granted by a [`MemoryBudget`], given back when dropped.
#[derive(Debug)]
pub struct Grant<'a> {
    budget: &'a MemoryBudget,
    bytes: u64,
}

impl Grant<'_> {
    /// The bytes granted.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }
}

impl Drop for Grant<'_> {
    fn drop(&mut self) {
        let mut state = self.budget.lock();
        state.used -= self.bytes;
        drop(state);
        self.budget.freed.notify_all();
    }
}

impl MemoryBudget {
    /// A budget of `total` bytes.
    pub fn new(total: u64) -> Self {
        MemoryBudget { total, state: Mutex::new(State::default()), freed: Condvar::new() }
    }

    /// The whole budget.
    pub fn total(&self) -> u64 {
        self.total
    }

    /// Most bytes granted at once so far.
    pub fn peak(&self) -> u64 {
        self.lock().peak
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves the counters consistent:
        // each is changed in one statement.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until `bytes` are free, after every earlier request, and
    /// grants them. A request larger than the whole budget is refused at
    /// once (waiting would never end).
    pub fn acquire(&self, bytes: u64) -> Result<Grant<'_>, OverBudget> {
        if bytes > self.total {
            return Err(OverBudget { needed: bytes, total: self.total });
        }
        let mut state = self.lock();
        let ticket = state.next_ticket;
        state.next_ticket += 1;
        while state.serving != ticket || state.used + bytes > self.total {
            state = self.freed.wait(state).unwrap_or_else(PoisonError::into_inner);
        }
        state.serving += 1;
        state.used += bytes;
        state.peak = state.peak.max(state.used);
        drop(state);
        // The next ticket may fit beside this one.
        self.freed.notify_all();
        Ok(Grant { budget: self, bytes })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};

    #[test]
    fn grants_never_exceed_the_budget_whatever_the_threads() {
        let budget = MemoryBudget::new(100);
        let held = AtomicU64::new(0);
        let most = AtomicU64::new(0);
        std::thread::scope(|scope| {
            for t in 0..8u64 {
                let (budget, held, most) = (&budget, &held, &most);
                scope.spawn(move || {
                    for i in 0..200u64 {
                        let want = 1 + (t * 31 + i * 17) % 60;
                        let grant = budget.acquire(want).unwrap();
                        let now = held.fetch_add(want, Ordering::SeqCst) + want;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::yield_now();
                        held.fetch_sub(want, Ordering::SeqCst);
                        drop(grant);
                    }
                });
            }
        });
        assert!(most.load(Ordering::SeqCst) <= 100);
        assert!(budget.peak() <= 100);
        assert!(budget.peak() > 60, "several grants were held at once");
    }

    #[test]
    fn a_request_past_the_whole_budget_is_refused_at_once() {
        let budget = MemoryBudget::new(10);
        assert_eq!(budget.acquire(11).unwrap_err(), OverBudget { needed: 11, total: 10 });
        let all = budget.acquire(10).unwrap();
        assert_eq!(all.bytes(), 10);
    }

    #[test]
    fn a_large_request_is_served_before_later_small_ones() {
        let budget = MemoryBudget::new(10);
        let first = budget.acquire(6).unwrap();
        let order = Mutex::new(Vec::new());
        std::thread::scope(|scope| {
            scope.spawn(|| {
                let _big = budget.acquire(10).unwrap();
                order.lock().unwrap().push("big");
            });
            // Let the large request take its ticket first.
            while budget.lock().next_ticket < 2 {
                std::thread::yield_now();
            }
            scope.spawn(|| {
                let _small = budget.acquire(1).unwrap();
                order.lock().unwrap().push("small");
            });
            while budget.lock().next_ticket < 3 {
                std::thread::yield_now();
            }
            drop(first);
        });
        assert_eq!(*order.lock().unwrap(), ["big", "small"]);
    }
}
