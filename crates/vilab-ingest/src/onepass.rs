//! One sequential pass over a medium (a disk image): read front to back in
//! large chunks, every chunk fed to the acquisition hashes and the bytes of
//! each content's runs handed to that content's worker, so that an image is
//! read once, however many files it holds.
//!
//! A content is planned from its runs (known from the file-system
//! metadata, read before). Runs that go forward are served by the pass: a
//! small content is gathered in memory and handed whole to a worker, a
//! large one streamed to a thread of its own as the pass reaches its
//! bytes (two at once, sharing [`STREAM_MEMORY`] of queued bytes, so that
//! the pass runs ahead into the next large file). What the pass cannot
//! serve within its bounds (runs going backwards, a run past the image's
//! end, a large file while every stream slot is held by a stream still
//! waiting for bytes, a small one when the gathering memory is spent by
//! contents still incomplete) is read after the pass by random access, as
//! any reader's content. A pass that is not asked for the hashes (a resumed
//! run) reads only the runs of the contents left to do and the ranges to
//! carve ([`Medium::carve_ranges`], scanned for headers as the chunks go
//! by: [`crate::carving`]), skipping the rest.
//!
//! Nothing here waits on a worker that may wait on the pass: the pass waits
//! for gathering memory only while contents handed out can give it back,
//! and gives up (the content goes to the random reads) when a stream
//! holds up its release.

use std::io::{self, Read};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender, bounded, unbounded};
use vilab_disk::{Extent, ReadAt};

use crate::ProgressEvent;
use crate::carving::{CarveFound, CarveRange, PassCarver};
use vilab_disk::carve::CarveOptions;

/// Bytes read at once by the pass.
pub const PASS_CHUNK: usize = 8 << 20;
/// Contents up to this size are gathered whole in memory; larger ones are
/// streamed.
pub const GATHER_MAX: u64 = 32 << 20;
/// Memory for contents being gathered or handed out whole and not yet
/// processed.
pub const GATHER_MEMORY: u64 = 128 << 20;
/// Large contents streamed at once, each on a thread of its own.
pub const MAX_STREAMS: usize = 2;
/// Bytes queued towards the streams, all together. A stream's consumer
/// digests at the speed of one core; this lets the pass run ahead of it
/// into the next large file, so that two streams digest at once. 256 MiB
/// less the read-ahead's four chunks (two readers, one chunk queued and
/// one being read each), so that the pass's
/// memory stays within the bound it had before it read ahead.
pub const STREAM_MEMORY: u64 = (256 << 20) - 4 * PASS_CHUNK as u64;
/// How long the pass waits for gathering memory while a stream is open
/// before reading the content later instead.
const GATHER_WAIT: Duration = Duration::from_millis(500);

/// Which acquisition hashes a pass computes over the whole medium.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hashes {
    /// MD5 (an E01 that stores one).
    pub md5: bool,
    /// SHA-1 (an E01 that stores one).
    pub sha1: bool,
    /// SHA-256 (always, when the medium is checked).
    pub sha256: bool,
}

impl Hashes {
    /// Whether any hash is asked for: the pass then reads every byte.
    pub fn any(&self) -> bool {
        self.md5 || self.sha1 || self.sha256
    }
}

/// What the pass's hashing came to.
#[derive(Debug)]
pub enum HashOutcome {
    /// Every byte read: the hashes asked for, lowercase hex.
    Done {
        /// MD5, when asked for.
        md5: Option<String>,
        /// SHA-1, when asked for.
        sha1: Option<String>,
        /// SHA-256, when asked for.
        sha256: Option<String>,
    },
    /// A stop ended the pass before the end.
    Interrupted,
    /// A read failed at this offset of the medium.
    Failed {
        /// First byte of the read that failed.
        offset: u64,
        /// Why.
        error: io::Error,
    },
}

/// A medium that its reader wants read in one pass.
pub trait Medium: Sync {
    /// The bytes.
    fn image(&self) -> &dyn ReadAt;
    /// The runs of the medium a content's bytes are, in content order;
    /// `None` when the content is read by the reader's `open` (data held in
    /// metadata).
    fn runs(&self, handle: usize) -> Option<&[Extent]>;
    /// The hashes the pass computes over the whole medium (none: read only
    /// what the contents need).
    fn hashes(&self) -> Hashes;
    /// Hands over what the hashing came to (called once per pass, when
    /// hashes were asked for).
    fn hashed(&self, outcome: HashOutcome);
    /// The bytes the pass reads at once ([`PASS_CHUNK`]; tests shrink it
    /// to put chunk boundaries where they want them).
    fn chunk_size(&self) -> usize {
        PASS_CHUNK
    }
    /// The ranges to carve as the pass goes (free space), and how.
    fn carve_ranges(&self) -> (&[CarveRange], CarveOptions) {
        (&[], CarveOptions::default())
    }
    /// Hands over what carving in the pass found (called once per pass).
    fn carved(&self, _found: CarveFound) {}
}

/// Opens a content for reading from its first byte; `None` when it cannot
/// be opened again (a stream already read).
pub type Opener<'s> = dyn Fn() -> io::Result<Box<dyn Read + Send + 's>> + Sync + 's;

/// One content to do, as the pass sees it.
pub struct Todo {
    /// The reader's handle of the content.
    pub handle: usize,
    /// Its size.
    pub size: u64,
    /// Whether it may only be opened more than once (its ledger row is in
    /// doubt: it is hashed first, then read again when changed): a stream
    /// cannot serve it.
    pub reopen: bool,
}

/// A read refused by the image reader (a chunk failing its checksum, a cut
/// segment) is the image's own damage and final (`InvalidData`); a failed
/// system read stays transient.
pub fn image_error(e: io::Error) -> io::Error {
    match e.kind() {
        io::ErrorKind::Other => io::Error::new(io::ErrorKind::InvalidData, e),
        _ => e,
    }
}

/// Memory for gathered contents: reserved by the pass, given back when
/// the content's worker is done with it.
struct Gather {
    state: Mutex<GatherState>,
    freed: Condvar,
}

#[derive(Default)]
struct GatherState {
    /// Bytes reserved (gathering or handed out).
    used: u64,
    /// Of which handed out to workers (these come back by themselves).
    handed: u64,
}

impl Gather {
    fn new() -> Self {
        Self { state: Mutex::new(GatherState::default()), freed: Condvar::new() }
    }

    /// Reserves `n` bytes, waiting while contents handed out may give
    /// memory back; false when it cannot be had without a wait that might
    /// not end (everything reserved is still being gathered, or a stream is
    /// open and nothing came back for a while).
    fn reserve(&self, n: u64, streaming: bool) -> bool {
        if n > GATHER_MEMORY {
            return false;
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if state.used + n <= GATHER_MEMORY {
                state.used += n;
                return true;
            }
            if state.handed == 0 {
                return false;
            }
            let before = state.used;
            let (next, timeout) = self.freed.wait_timeout(state, GATHER_WAIT).unwrap_or_else(PoisonError::into_inner);
            state = next;
            if streaming && timeout.timed_out() && state.used >= before {
                return false;
            }
        }
    }

    fn hand_out(&self, n: u64) {
        self.state.lock().unwrap_or_else(PoisonError::into_inner).handed += n;
    }

    /// Gives back `n` bytes, handed out or not.
    fn give_back(&self, n: u64, handed: bool) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.used -= n;
        if handed {
            state.handed -= n;
        }
        drop(state);
        self.freed.notify_all();
    }
}

/// A gathered content's bytes; its memory goes back when dropped.
struct Gathered<'g> {
    bytes: Vec<u8>,
    reserved: u64,
    gather: &'g Gather,
}

impl Drop for Gathered<'_> {
    fn drop(&mut self) {
        self.gather.give_back(self.reserved, true);
    }
}

/// Work for the pool of workers.
enum Job<'g> {
    /// A content gathered whole (the index in the plan).
    Whole(usize, Gathered<'g>),
    /// A content read by the reader's own random access.
    Open(usize),
}

/// The streams open ([`MAX_STREAMS`] at most).
struct Slots {
    open: Mutex<usize>,
    closed: Condvar,
}

impl Slots {
    fn open(&self) -> usize {
        *self.open.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Takes a slot, waiting for one when `wait` (a full set of streams
    /// that all have their bytes will close).
    fn take(&self, wait: bool) -> bool {
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        while *open >= MAX_STREAMS && wait {
            open = self.closed.wait(open).unwrap_or_else(PoisonError::into_inner);
        }
        if *open >= MAX_STREAMS {
            return false;
        }
        *open += 1;
        true
    }

    fn close(&self) {
        *self.open.lock().unwrap_or_else(PoisonError::into_inner) -= 1;
        self.closed.notify_all();
    }
}

/// The bytes queued towards the streams ([`STREAM_MEMORY`]).
struct Queued {
    bytes: Mutex<u64>,
    taken: Condvar,
}

impl Queued {
    /// Waits until `n` more bytes fit (or nothing is queued: a piece
    /// larger than the whole still goes, alone).
    fn acquire(&self, n: u64) -> Ticket<'_> {
        let mut bytes = self.bytes.lock().unwrap_or_else(PoisonError::into_inner);
        while *bytes > 0 && *bytes + n > STREAM_MEMORY {
            bytes = self.taken.wait(bytes).unwrap_or_else(PoisonError::into_inner);
        }
        *bytes += n;
        Ticket { queued: self, n }
    }
}

/// Bytes counted in [`Queued`] until dropped (read, or dropped unread by
/// a consumer that gave up).
struct Ticket<'q> {
    queued: &'q Queued,
    n: u64,
}

impl Drop for Ticket<'_> {
    fn drop(&mut self) {
        *self.queued.bytes.lock().unwrap_or_else(PoisonError::into_inner) -= self.n;
        self.queued.taken.notify_all();
    }
}

/// The pass's chunk buffers, reused: a chunk's buffer comes back here
/// when its last holder (the hash threads, the streams) drops it, so that
/// the pass reads into memory already faulted in rather than a fresh,
/// zeroed 8 MiB per chunk. It keeps at most [`POOL_KEEP`] free buffers
/// (what the read-ahead and the hashes cycle through) and lets the rest
/// go: a free list as long as the most chunks ever alive at once would
/// hold the streams' peak while the gathering memory has its own, and
/// raise the peak memory by their sum.
struct Pool {
    free: Mutex<Vec<Vec<u8>>>,
}

impl Pool {
    fn new() -> Self {
        Self { free: Mutex::new(Vec::new()) }
    }

    /// A buffer of `n` bytes for the next chunk: a returned one when there
    /// is one (its old bytes are overwritten by the read), else a new one
    /// (zeroed once, for its life).
    fn take(&self, n: usize) -> Chunk<'_> {
        let buf = self.free.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut buf = buf.unwrap_or_default();
        if buf.len() < n {
            buf.resize(n, 0);
        }
        Chunk { buf, len: n, pool: self }
    }
}

/// One chunk of the medium read by the pass; its buffer goes back to the
/// [`Pool`] when dropped.
struct Chunk<'p> {
    buf: Vec<u8>,
    len: usize,
    pool: &'p Pool,
}

impl Chunk<'_> {
    fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.buf[..self.len]
    }
}

impl std::ops::Deref for Chunk<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Drop for Chunk<'_> {
    fn drop(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        let mut free = self.pool.free.lock().unwrap_or_else(PoisonError::into_inner);
        if free.len() < POOL_KEEP {
            free.push(buf);
        }
    }
}

/// Free chunk buffers the pool keeps: as many as the read-ahead holds.
const POOL_KEEP: usize = 4;

/// Bytes of a chunk of the pass, on their way to a stream.
struct Slice<'q> {
    chunk: Arc<Chunk<'q>>,
    at: usize,
    end: usize,
    _ticket: Ticket<'q>,
}

type Piece<'q> = io::Result<Slice<'q>>;

/// A streamed content's bytes as they come from the pass.
struct StreamReader<'q> {
    pieces: Receiver<Piece<'q>>,
    current: Option<Slice<'q>>,
}

impl Read for StreamReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if let Some(s) = &mut self.current
                && s.at < s.end
            {
                let n = buf.len().min(s.end - s.at);
                buf[..n].copy_from_slice(&s.chunk[s.at..s.at + n]);
                s.at += n;
                return Ok(n);
            }
            // The slice read gives its queued bytes back.
            self.current = None;
            match self.pieces.recv() {
                Ok(Ok(piece)) => self.current = Some(piece),
                Ok(Err(e)) => return Err(e),
                // The pass has sent every byte of the content.
                Err(_) => return Ok(0),
            }
        }
    }
}

/// Where a content being served by the pass puts its bytes.
enum Sink<'q> {
    Memory(Vec<u8>, u64),
    Stream(Sender<Piece<'q>>),
}

/// A content the pass is serving.
struct Active<'p, 'q> {
    index: usize,
    runs: &'p [Extent],
    /// The run being served and the bytes of it already served.
    run: usize,
    done: u64,
    sink: Sink<'q>,
}

impl Active<'_, '_> {
    /// The next byte of the medium this content needs, if any.
    fn next_needed(&self) -> Option<u64> {
        self.runs.get(self.run).map(|r| r.offset + self.done)
    }
}

/// Whether a content's runs can be served by one forward pass: each run
/// within the medium and after the one before.
fn forward(runs: &[Extent], len: u64) -> bool {
    let mut at = 0u64;
    for r in runs {
        let Some(end) = r.offset.checked_add(r.len) else {
            return false;
        };
        if r.offset < at || end > len {
            return false;
        }
        at = end;
    }
    true
}

/// Runs one pass over `medium` for the contents of `plan` (handles of the
/// reader), calling `work(index in plan, opener)` for each, from the
/// workers (`threads` of them), from a stream's own thread, or (for what
/// the pass could not serve) from the workers after the pass. `halt` says
/// when to stop: the pass then stops taking new contents, finishes those it
/// serves, and hands none to random reads.
#[allow(clippy::too_many_arguments)]
pub fn run<'s>(
    medium: &'s dyn Medium,
    plan: &[Todo],
    threads: usize,
    open: &(dyn Fn(usize) -> io::Result<Box<dyn Read + Send + 's>> + Sync),
    halt: &(dyn Fn() -> bool + Sync),
    progress: &Sender<ProgressEvent>,
    work: &(dyn Fn(usize, &Opener<'_>) + Sync),
) {
    let gather = Gather::new();
    let queued = Queued { bytes: Mutex::new(0), taken: Condvar::new() };
    let streams = Slots { open: Mutex::new(0), closed: Condvar::new() };
    let pool = Pool::new();
    let (jobs, queue) = unbounded::<Job<'_>>();
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            let queue = queue.clone();
            let gather = &gather;
            scope.spawn(move || {
                let _ = gather;
                for job in queue {
                    match job {
                        // A stop leaves contents not begun for the next
                        // run, as for any reader.
                        Job::Whole(index, held) => {
                            if halt() {
                                continue;
                            }
                            let bytes = &held.bytes[..];
                            let opener = move || Ok(Box::new(bytes) as Box<dyn Read + Send + '_>);
                            work(index, &opener);
                        }
                        Job::Open(index) => {
                            if halt() {
                                continue;
                            }
                            let handle = plan[index].handle;
                            let opener = move || open(handle);
                            work(index, &opener);
                        }
                    }
                }
            });
        }
        drop(queue);
        let spawn_stream = of_queue(&queued, |index: usize, pieces| {
            let streams = &streams;
            scope.spawn(move || {
                let reader = Mutex::new(Some(StreamReader { pieces, current: None }));
                let opener = move || match reader.lock().unwrap_or_else(PoisonError::into_inner).take() {
                    Some(r) => Ok(Box::new(r) as Box<dyn Read + Send + '_>),
                    None => Err(io::Error::other("a streamed content cannot be read twice")),
                };
                work(index, &opener);
                streams.close();
            });
        });
        let later = pass(medium, plan, &gather, &streams, &jobs, &spawn_stream, &queued, &pool, halt, progress);
        if !halt() {
            for index in later {
                let _ = jobs.send(Job::Open(index));
            }
        }
        drop(jobs);
    });
}

/// Ties a stream spawner's pieces to the lifetime of the queue that counts
/// them.
fn of_queue<'q, F: Fn(usize, Receiver<Piece<'q>>)>(_: &'q Queued, f: F) -> F {
    f
}

/// The pass itself; returns the plan's indexes left to random reads.
#[allow(clippy::too_many_arguments)]
fn pass<'g>(
    medium: &dyn Medium,
    plan: &[Todo],
    gather: &'g Gather,
    streams: &Slots,
    jobs: &Sender<Job<'g>>,
    spawn_stream: &dyn Fn(usize, Receiver<Piece<'g>>),
    queued: &'g Queued,
    pool: &'g Pool,
    halt: &dyn Fn() -> bool,
    progress: &Sender<ProgressEvent>,
) -> Vec<usize> {
    let image = medium.image();
    let total = image.len();
    // A multiple of the sector, so that no sector-aligned header is cut.
    let step = medium.chunk_size().max(4096) / 512 * 512;
    let (ranges, carve_options) = medium.carve_ranges();
    let mut carver = PassCarver::new(ranges, carve_options);
    let mut later = Vec::new();
    // Contents served by the pass, by their first byte.
    let mut order: Vec<(u64, usize, &[Extent])> = Vec::new();
    for (index, todo) in plan.iter().enumerate() {
        match medium.runs(todo.handle) {
            Some(runs) if forward(runs, total) => {
                order.push((runs.first().map_or(0, |r| r.offset), index, runs));
            }
            _ => later.push(index),
        }
    }
    order.sort_by_key(|&(first, index, _)| (first, index));
    let mut order = order.into_iter().peekable();

    let asked = medium.hashes();
    let mut hashing = asked.any();
    let mut failed: Option<(u64, io::Error)> = None;
    let mut stopped = false;

    std::thread::scope(|scope| {
        // Each acquisition hash on a thread of its own, off the shared
        // chunk: MD5 alone (about 640 MB/s) is slower than reading, so
        // an E01's three hashes on one thread would hold the pass back.
        let mut to_hashes: Vec<Sender<Arc<Chunk<'g>>>> = Vec::new();
        let mut hasher = |asked: bool, f: fn(Receiver<Arc<Chunk<'g>>>) -> String| {
            asked.then(|| {
                let (tx, rx) = bounded::<Arc<Chunk<'g>>>(2);
                to_hashes.push(tx);
                scope.spawn(move || f(rx))
            })
        };
        let md5 = hasher(asked.md5, digest::<md5::Md5>);
        let sha1 = hasher(asked.sha1, digest::<sha1::Sha1>);
        let sha256 = hasher(asked.sha256, digest::<sha2::Sha256>);
        // While every byte is read, the reads run ahead of the pass on
        // threads of their own, so that reading (an E01's inflating
        // above all) overlaps the pass's serving and itself runs on both
        // cores.
        let mut ahead = hashing.then(|| read_ahead(scope, image, pool, step));

        let mut active: Vec<Active<'_, 'g>> = Vec::new();
        let mut hashed_all = false;
        let mut pos = 0u64;
        loop {
            if !stopped && halt() {
                stopped = true;
            }
            if hashing && (stopped || pos >= total) {
                hashed_all = pos >= total;
                hashing = false;
                to_hashes.clear();
                ahead = None;
            }
            if !hashing {
                // Only what contents need: skip to the next byte one wants.
                let next_active = active.iter().filter_map(Active::next_needed).min();
                let next_new = if stopped { None } else { order.peek().map(|o| o.0) };
                let next_carved = if stopped { None } else { carver.next_needed() };
                match next_active.into_iter().chain(next_new).chain(next_carved).min() {
                    Some(next) => pos = pos.max(next),
                    None => break,
                }
            }
            let n = usize::try_from(total.saturating_sub(pos)).unwrap_or(usize::MAX).min(step);
            let chunk_end = pos + n as u64;
            let read = match &ahead {
                Some(readers) => readers[(pos / step as u64) as usize % READERS]
                    .recv()
                    .unwrap_or_else(|_| Err(io::Error::other("the pass's read-ahead ended early"))),
                None => {
                    let mut chunk = pool.take(n);
                    image.read_at(pos, chunk.bytes_mut()).map(|()| chunk)
                }
            };
            let chunk = match read {
                Ok(chunk) => chunk,
                Err(e) => {
                    let e = image_error(e);
                    // The pass ends here: what it served goes to random reads
                    // (which meet the damage content by content), a stream is
                    // told.
                    for a in active.drain(..) {
                        match a.sink {
                            Sink::Memory(_, reserved) => {
                                gather.give_back(reserved, false);
                                later.push(a.index);
                            }
                            Sink::Stream(tx) => {
                                let _ = tx.send(Err(io::Error::new(e.kind(), e.to_string())));
                            }
                        }
                    }
                    if !stopped {
                        later.extend(order.by_ref().map(|o| o.1));
                    }
                    // Only a read the hashes needed decides the check.
                    if hashing {
                        failed = Some((pos, e));
                    }
                    hashing = false;
                    break;
                }
            };
            if !stopped {
                carver.feed(image, pos, &chunk);
            }
            let chunk = Arc::new(chunk);
            if hashing {
                for tx in &to_hashes {
                    let _ = tx.send(Arc::clone(&chunk));
                }
            }
            // Contents starting in this chunk join (at the medium's end,
            // those of no bytes left).
            while !stopped && order.peek().is_some_and(|o| o.0 < chunk_end || n == 0) {
                let Some((first, index, runs)) = order.next() else { break };
                if first < pos {
                    later.push(index);
                    continue;
                }
                let need: u64 = runs.iter().map(|r| r.len).sum();
                let sink = if need <= GATHER_MAX {
                    if gather.reserve(need, streams.open() > 0) {
                        Some(Sink::Memory(Vec::with_capacity(need as usize), need))
                    } else {
                        None
                    }
                } else if !plan[index].reopen && {
                    // A stream slot comes back when a stream's consumer is
                    // done: waited for only when every open stream has all
                    // its bytes already (none waits on the pass).
                    let all_sent = active.iter().all(|a| matches!(a.sink, Sink::Memory(..)));
                    streams.take(all_sent)
                } {
                    let (tx, rx) = unbounded::<Piece<'_>>();
                    spawn_stream(index, rx);
                    Some(Sink::Stream(tx))
                } else {
                    None
                };
                match sink {
                    Some(sink) => active.push(Active { index, runs, run: 0, done: 0, sink }),
                    None => later.push(index),
                }
            }
            // Every content served takes its bytes of this chunk.
            let mut i = 0;
            while i < active.len() {
                let a = &mut active[i];
                let mut gone = false;
                while let Some(r) = a.runs.get(a.run) {
                    let start = r.offset + a.done;
                    if r.len == 0 {
                        a.run += 1;
                        continue;
                    }
                    if start >= chunk_end {
                        break;
                    }
                    let take = (r.offset + r.len).min(chunk_end) - start;
                    let from = (start - pos) as usize;
                    let to = from + take as usize;
                    match &mut a.sink {
                        Sink::Memory(bytes, _) => bytes.extend_from_slice(&chunk[from..to]),
                        Sink::Stream(tx) => {
                            let ticket = queued.acquire(take);
                            let slice = Slice { chunk: Arc::clone(&chunk), at: from, end: to, _ticket: ticket };
                            if tx.send(Ok(slice)).is_err() {
                                // The worker gave up on it (it recorded why).
                                gone = true;
                                break;
                            }
                        }
                    }
                    a.done += take;
                    if a.done == r.len {
                        a.run += 1;
                        a.done = 0;
                    }
                }
                if gone || a.run == a.runs.len() {
                    let a = active.swap_remove(i);
                    if let Sink::Memory(bytes, reserved) = a.sink {
                        gather.hand_out(reserved);
                        let held = Gathered { bytes, reserved, gather };
                        let _ = jobs.send(Job::Whole(a.index, held));
                    }
                    continue;
                }
                i += 1;
            }
            drop(chunk);
            pos = chunk_end;
            let _ = progress.send(ProgressEvent::Image { bytes: pos, total });
            if n == 0 && !hashing {
                break;
            }
        }
        // The read-ahead stops (its threads end at their next send), the
        // hashes finish what they were sent.
        drop((ahead, to_hashes));
        medium.carved(carver.finish());
        let md5 = md5.and_then(|h| h.join().ok());
        let sha1 = sha1.and_then(|h| h.join().ok());
        let sha256 = sha256.and_then(|h| h.join().ok());
        if asked.any() {
            let outcome = match failed {
                Some((offset, error)) => HashOutcome::Failed { offset, error },
                None if hashed_all => HashOutcome::Done { md5, sha1, sha256 },
                None => HashOutcome::Interrupted,
            };
            medium.hashed(outcome);
        }
    });
    let _ = progress.send(ProgressEvent::Image { bytes: total, total });
    later
}

/// Threads reading the medium ahead of the pass while it reads every
/// byte: two, one per core, each reading every other chunk (an E01's
/// chunks inflate on both cores). With one chunk queued and one being
/// read each, they hold at most four chunks beside the pass's.
const READERS: usize = 2;

/// Starts the read-ahead: reader `k` reads chunks `k`, `k + READERS`, …
/// of the whole medium into buffers of the pool and queues each (one at a
/// time) on its own channel, so that the pass takes them in order,
/// round-robin. A reader ends after a failed read (sent in the chunk's
/// place) or when the pass drops its channel.
fn read_ahead<'g, 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    image: &'scope dyn ReadAt,
    pool: &'g Pool,
    chunk: usize,
) -> Vec<Receiver<io::Result<Chunk<'g>>>>
where
    'g: 'scope,
{
    let total = image.len();
    let step = chunk as u64;
    (0..READERS)
        .map(|k| {
            let (tx, rx) = bounded::<io::Result<Chunk<'g>>>(1);
            scope.spawn(move || {
                let mut at = k as u64 * step;
                while at < total {
                    let n = (total - at).min(step) as usize;
                    let mut chunk = pool.take(n);
                    let read = image.read_at(at, chunk.bytes_mut()).map(|()| chunk);
                    let failed = read.is_err();
                    if tx.send(read).is_err() || failed {
                        break;
                    }
                    at = at.saturating_add(step * READERS as u64);
                }
            });
            rx
        })
        .collect()
}

/// The digest of every chunk sent, lowercase hex.
fn digest<D: sha2::Digest>(chunks: Receiver<Arc<Chunk<'_>>>) -> String {
    let mut h = D::new();
    for chunk in chunks {
        h.update(&chunk[..]);
    }
    hex(&h.finalize())
}

/// Lowercase hex of a digest.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chunk_buffer_comes_back_to_the_pool_when_its_last_holder_drops_it() {
        let pool = Pool::new();
        let mut first = pool.take(1000);
        first.bytes_mut().fill(7);
        let at = first.as_ptr();
        let held = Arc::new(first);
        let other = Arc::clone(&held);
        drop(held);
        // Still held (by a stream, a hash thread): the next chunk is new.
        let second = pool.take(1000);
        assert_ne!(second.as_ptr(), at);
        drop(second);
        drop(other);
        // Both back; the last one returned is reused, unzeroed, cut to size.
        let third = pool.take(600);
        assert_eq!(third.as_ptr(), at);
        assert_eq!(third.len(), 600);
        assert!(third.iter().all(|&b| b == 7), "a reused buffer is not zeroed again");
        assert_eq!(pool.free.lock().unwrap().len(), 1);
        drop(third);
        // No more free buffers than it keeps.
        let many: Vec<_> = (0..POOL_KEEP + 3).map(|_| pool.take(10)).collect();
        drop(many);
        assert_eq!(pool.free.lock().unwrap().len(), POOL_KEEP);
    }
}
