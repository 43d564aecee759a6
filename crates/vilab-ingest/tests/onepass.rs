//! The one sequential pass over a medium: every content gets exactly its
//! bytes, whether gathered, streamed or read afterwards by random access;
//! the acquisition hashes are those of the whole medium; a pass without
//! hashes skips what no content needs; a failed read and a stop end it
//! cleanly.

use std::collections::BTreeMap;
use std::io::{self, Read};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use vilab_core::Digests;
use vilab_disk::{Extent, ExtentReader, ReadAt};
use vilab_ingest::onepass::{self, HashOutcome, Hashes, Medium, Todo};

const MIB: u64 = 1 << 20;

/// A medium in memory that counts the bytes read and fails reads that
/// touch `bad`.
struct TestMedium {
    bytes: Vec<u8>,
    runs: Vec<Option<Vec<Extent>>>,
    hashes: Hashes,
    bad: Option<(u64, u64)>,
    read: AtomicU64,
    outcome: Mutex<Option<HashOutcome>>,
}

impl ReadAt for TestMedium {
    fn len(&self) -> u64 {
        self.bytes.len() as u64
    }
    fn read_at(&self, off: u64, buf: &mut [u8]) -> io::Result<()> {
        let end = off + buf.len() as u64;
        if end > self.len() {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, format!("read past the end at {off}")));
        }
        if let Some((from, to)) = self.bad
            && off < to
            && end > from
        {
            return Err(io::Error::other(format!("damaged chunk at {from}")));
        }
        self.read.fetch_add(buf.len() as u64, Ordering::Relaxed);
        buf.copy_from_slice(&self.bytes[off as usize..end as usize]);
        Ok(())
    }
}

impl Medium for TestMedium {
    fn image(&self) -> &dyn ReadAt {
        self
    }
    fn runs(&self, handle: usize) -> Option<&[Extent]> {
        self.runs[handle].as_deref()
    }
    fn hashes(&self) -> Hashes {
        self.hashes
    }
    fn hashed(&self, outcome: HashOutcome) {
        *self.outcome.lock().unwrap() = Some(outcome);
    }
}

fn noise(len: u64) -> Vec<u8> {
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

fn run(x: u64, len: u64) -> Extent {
    Extent { offset: x, len }
}

/// What each content of the plan read: its bytes, or the error.
type Read_ = BTreeMap<usize, Result<Vec<u8>, String>>;

fn pass(medium: &TestMedium, plan: &[Todo], halt: &AtomicBool) -> Read_ {
    let got = Mutex::new(BTreeMap::new());
    let open = |handle: usize| -> io::Result<Box<dyn Read + Send + '_>> {
        match &medium.runs[handle] {
            Some(runs) => Ok(Box::new(ExtentReader::new(medium as &dyn ReadAt, runs))),
            None => Ok(Box::new(&b"resident"[..])),
        }
    };
    let halt_fn = || halt.load(Ordering::Relaxed);
    let work = |i: usize, open: &onepass::Opener<'_>| {
        let mut bytes = Vec::new();
        let result = open().and_then(|mut r| r.read_to_end(&mut bytes)).map(|_| bytes).map_err(|e| e.to_string());
        assert!(got.lock().unwrap().insert(i, result).is_none(), "content {i} handed out twice");
    };
    let (progress, _events) = crossbeam_channel::unbounded();
    onepass::run(medium, plan, 2, &open, &halt_fn, &progress, &work);
    got.into_inner().unwrap()
}

fn expected(bytes: &[u8], runs: &[Extent]) -> Vec<u8> {
    runs.iter().flat_map(|r| bytes[r.offset as usize..(r.offset + r.len) as usize].iter().copied()).collect()
}

fn medium(runs: Vec<Option<Vec<Extent>>>, hashes: Hashes, bad: Option<(u64, u64)>) -> TestMedium {
    TestMedium { bytes: noise(40 * MIB), runs, hashes, bad, read: AtomicU64::new(0), outcome: Mutex::new(None) }
}

fn plan_of(m: &TestMedium, reopen: &[usize]) -> Vec<Todo> {
    (0..m.runs.len())
        .map(|h| Todo {
            handle: h,
            size: m.runs[h].as_ref().map_or(8, |r| r.iter().map(|x| x.len).sum()),
            reopen: reopen.contains(&h),
        })
        .collect()
}

const ALL: Hashes = Hashes { md5: true, sha1: true, sha256: true };

#[test]
fn every_content_gets_its_bytes_however_served_and_the_hashes_are_the_mediums() {
    let m = medium(
        vec![
            Some(vec![run(100, 4900)]),                           // small, gathered
            Some(vec![run(10 * MIB, 4096), run(12 * MIB, 4096)]), // fragmented forward
            Some(vec![run(20 * MIB, 1000), run(MIB, 1000)]),      // goes backwards: read afterwards
            Some(vec![run(5 * MIB, 34 * MIB)]),                   // large: streamed
            Some(vec![]),                                         // empty
            Some(vec![run(6 * MIB, 33 * MIB + 5)]),               // large, overlapping the other stream
            Some(vec![run(2 * MIB, 35 * MIB)]),                   // large but in doubt: read afterwards
            Some(vec![run(39 * MIB, 2 * MIB)]),                   // past the end
            None,                                                 // held in metadata
            Some(vec![run(40 * MIB - 3, 3), run(40 * MIB, 0)]),   // the medium's last bytes
        ],
        ALL,
        None,
    );
    let plan = plan_of(&m, &[6]);
    let got = pass(&m, &plan, &AtomicBool::new(false));
    assert_eq!(got.len(), plan.len(), "every content handed out once: {:?}", got.keys());
    for (i, runs) in m.runs.iter().enumerate() {
        match (i, runs) {
            (7, _) => {
                assert!(got[&7].as_ref().is_err_and(|e| e.contains("past the end")), "{:?}", got[&7].as_ref().err())
            }
            (_, None) => assert_eq!(got[&i].as_deref(), Ok(&b"resident"[..])),
            (_, Some(runs)) => assert!(got[&i].as_ref().is_ok_and(|b| *b == expected(&m.bytes, runs)), "content {i}"),
        }
    }
    let whole = Digests::of(&m.bytes);
    match m.outcome.lock().unwrap().take() {
        Some(HashOutcome::Done { md5, sha1, sha256 }) => {
            assert_eq!(md5, Some(whole.md5.to_hex()));
            assert_eq!(sha1, Some(whole.sha1.to_hex()));
            assert_eq!(sha256, Some(whole.sha256.to_hex()));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_pass_without_hashes_reads_only_what_contents_need() {
    let m = medium(
        vec![Some(vec![run(0, 4096)]), Some(vec![run(30 * MIB, 4096)])],
        Hashes { sha256: true, ..Hashes::default() },
        None,
    );
    let mut m = m;
    m.hashes = Hashes::default();
    let got = pass(&m, &plan_of(&m, &[]), &AtomicBool::new(false));
    assert!(got.values().all(Result::is_ok), "{got:?}");
    let read = m.read.load(Ordering::Relaxed);
    assert!(read <= 2 * onepass::PASS_CHUNK as u64 && read < m.len(), "read {read} bytes");
    assert!(m.outcome.lock().unwrap().is_none(), "no hashes asked, none given");
}

#[test]
fn a_failed_read_ends_the_check_there_and_contents_are_read_by_themselves() {
    let bad = (16 * MIB + 10, 16 * MIB + 20);
    let m = medium(
        vec![
            Some(vec![run(0, 4096)]),
            Some(vec![run(16 * MIB, 4096)]), // holds the damage
            Some(vec![run(30 * MIB, 4096)]), // after it: read by itself
        ],
        Hashes { sha256: true, ..Hashes::default() },
        Some(bad),
    );
    let got = pass(&m, &plan_of(&m, &[]), &AtomicBool::new(false));
    assert!(got[&0].is_ok() && got[&2].is_ok(), "{got:?}");
    assert!(got[&1].as_ref().is_err_and(|e| e.contains("damaged")), "{:?}", got[&1]);
    match m.outcome.lock().unwrap().take() {
        Some(HashOutcome::Failed { offset, error }) => {
            assert_eq!(offset, 16 * MIB, "the chunk that failed");
            assert_eq!(error.kind(), io::ErrorKind::InvalidData, "the image's own damage is final");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_stop_before_the_pass_hands_out_nothing_and_the_check_is_interrupted() {
    let m = medium(vec![Some(vec![run(0, 4096)]), None], ALL, None);
    let got = pass(&m, &plan_of(&m, &[]), &AtomicBool::new(true));
    assert!(got.is_empty(), "{got:?}");
    assert!(matches!(m.outcome.lock().unwrap().take(), Some(HashOutcome::Interrupted)));
}
