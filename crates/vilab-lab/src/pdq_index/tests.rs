//! The index answers what the store's scan answers (`Store::pdq_neighbours`)
//! on generated PDQs: hashes at the radius and one bit past it, near each of
//! a picture's eight dihedral hashes, items in one case, in two, in none,
//! items without a PDQ; then after rows are added (the index extended), and
//! after a run fills in a PDQ an item lacked (the index read again).

use vilab_core::model::{MediaKind, MediaRecord, Occurrence, OccurrenceKey};
use vilab_core::{Digests, DihedralHashes, Md5, PdqHash, Sha1, Sha256};
use vilab_store::model::{IngestBatch, RunCounters, RunOutcome, RunStatus};
use vilab_store::{CaseId, ExhibitId, NewAccount, Role, Store};

use super::MediaPdqIndex;

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn bytes<const N: usize>(&mut self) -> [u8; N] {
        std::array::from_fn(|_| self.next() as u8)
    }

    fn hash(&mut self) -> PdqHash {
        PdqHash(self.bytes())
    }

    /// `hash` with `bits` distinct bits flipped.
    fn flipped(&mut self, hash: &PdqHash, bits: u32) -> PdqHash {
        let mut out = *hash;
        let mut flipped = std::collections::BTreeSet::new();
        while flipped.len() < bits as usize {
            let bit = (self.next() % 256) as usize;
            if flipped.insert(bit) {
                out.0[bit / 8] ^= 1 << (bit % 8);
            }
        }
        assert_eq!(out.distance(hash), bits);
        out
    }

    fn dihedral(&mut self, first: PdqHash) -> DihedralHashes {
        let mut hashes = [first; 8];
        for h in &mut hashes[1..] {
            *h = self.hash();
        }
        DihedralHashes { hashes, quality: (self.next() % 101) as u8 }
    }
}

/// An item whose original orientation's hash is `pdq` (`None`: not decoded).
fn record(rng: &mut Rng, pdq: Option<PdqHash>) -> MediaRecord {
    MediaRecord {
        digests: Digests { md5: Md5(rng.bytes()), sha1: Sha1(rng.bytes()), sha256: Sha256(rng.bytes()), size: 100 },
        kind: MediaKind::Jpeg,
        width: None,
        height: None,
        pdq: pdq.map(|h| rng.dihedral(h)),
        exif: None,
        thumbnail: None,
    }
}

fn occurrence(record: &MediaRecord, n: usize) -> Occurrence {
    Occurrence {
        key: OccurrenceKey::file(format!("DCIM/IMG_{n:05}.jpg").as_str()),
        sha256: record.digests.sha256,
        size: record.digests.size,
        modified: None,
        accessed: None,
        created: None,
        notes: Vec::new(),
        disk: None,
    }
}

/// Writes `records` to the exhibits each names (one occurrence per exhibit).
fn write(store: &dyn Store, records: &[(MediaRecord, Vec<ExhibitId>)], from: usize) {
    let mut exhibits: Vec<ExhibitId> = records.iter().flat_map(|(_, e)| e.iter().copied()).collect();
    exhibits.sort();
    exhibits.dedup();
    for exhibit in exhibits {
        let mut batch = IngestBatch::new(exhibit, None);
        for (n, (r, ex)) in records.iter().enumerate() {
            if ex.contains(&exhibit) {
                batch.media.push(r.clone());
                batch.occurrences.push(occurrence(r, from + n));
            }
        }
        store.write_batch(&batch).unwrap();
    }
}

/// Items near each probe at the edges of the radii looked up, and near each
/// of its eight dihedral hashes; in case A, case B, both, or none.
fn near_items(
    rng: &mut Rng,
    probes: &[DihedralHashes],
    places: &[Vec<ExhibitId>],
) -> Vec<(MediaRecord, Vec<ExhibitId>)> {
    let mut out = Vec::new();
    for probe in probes {
        for (v, h) in probe.hashes.iter().enumerate() {
            for bits in [0, 1, 15, 16, 17, 30, 31, 32, 33, 47, 48, 62, 63, 64, 65, 90] {
                if v > 0 && bits % 2 == 1 && bits > 33 {
                    continue;
                }
                let pdq = rng.flipped(h, bits);
                let at = places[(rng.next() % places.len() as u64) as usize].clone();
                out.push((record(rng, Some(pdq)), at));
            }
        }
    }
    for _ in 0..200 {
        let at = places[(rng.next() % places.len() as u64) as usize].clone();
        let pdq = (!rng.next().is_multiple_of(10)).then(|| rng.hash());
        out.push((record(rng, pdq), at));
    }
    out
}

const RADII: [u32; 10] = [0, 1, 15, 16, 31, 32, 33, 48, 63, 64];

/// The index and the scan agree for every probe, radius and case filter.
fn agree(store: &dyn Store, index: &MediaPdqIndex, probes: &[DihedralHashes], a: CaseId, b: CaseId) -> usize {
    let mut found = 0;
    for probe in probes {
        for radius in RADII {
            for cases in [None, Some(vec![a]), Some(vec![b]), Some(vec![a, b]), Some(vec![])] {
                let want = store.pdq_neighbours(&probe.hashes, radius, cases.as_deref()).unwrap();
                let got = index.neighbours(store, &probe.hashes, radius, cases.as_deref()).unwrap();
                assert_eq!(got, want, "radius {radius}, cases {cases:?}");
                found += got.len();
            }
        }
    }
    found
}

#[test]
fn the_index_answers_what_the_scan_answers_as_the_lab_grows() {
    let dir = tempfile::tempdir().unwrap();
    let admin = NewAccount { username: "admin".into(), password: "correct horse battery".into(), role: Role::Admin };
    let (lab, _) = vilab_store::Lab::init(dir.path(), &admin).unwrap();
    let store = lab.store();
    let (a, b) = (store.create_case("A").unwrap().id, store.create_case("B").unwrap().id);
    let ea = store.open_exhibit(a, "a", "/mnt/a").unwrap().id;
    let eb = store.open_exhibit(b, "b", "/mnt/b").unwrap().id;
    let spare = store.open_exhibit(b, "spare", "/mnt/spare").unwrap().id;
    let places = [vec![ea], vec![eb], vec![ea, eb]];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let probes: Vec<DihedralHashes> = (0..3)
        .map(|_| {
            let h = rng.hash();
            rng.dihedral(h)
        })
        .collect();
    let first = near_items(&mut rng, &probes, &places);
    write(store, &first, 0);

    let index = MediaPdqIndex::new();
    let found = agree(store, &index, &probes, a, b);
    assert!(found > 1000, "the look-ups found items at every radius: {found}");
    let indexed = |index: &MediaPdqIndex| index.lock().as_ref().map(|b| b.index.len()).unwrap();
    let before = indexed(&index);

    // Rows added: the index is extended with them, not read again.
    let more = near_items(&mut rng, &probes, &places);
    let added = more.iter().filter(|(r, _)| r.pdq.is_some()).count();
    write(store, &more, first.len());
    agree(store, &index, &probes, a, b);
    assert_eq!(indexed(&index), before + added);

    // An item stored without a PDQ gets one from a later run (its content
    // decodes now), near the first probe: seen once that run has ended.
    let mut late = record(&mut rng, None);
    write(store, &[(late.clone(), vec![spare])], 50_000);
    let near = rng.flipped(&probes[0].hashes[0], 3);
    late.pdq = Some(rng.dihedral(near));
    let run = store.start_run(spare, "/mnt/spare").unwrap();
    let mut batch = IngestBatch::new(spare, Some(run));
    batch.media.push(late.clone());
    batch.occurrences.push(occurrence(&late, 50_000));
    store.write_batch(&batch).unwrap();
    let outcome = RunOutcome { status: RunStatus::Completed, counters: RunCounters::default(), note: None };
    store.finish_run(run, &outcome).unwrap();
    agree(store, &index, &probes, a, b);
    let near_first = index.near(store, &probes[0].hashes, 3).unwrap();
    let late_id = store.media(&vilab_store::MediaKey::Sha256(late.digests.sha256)).unwrap().unwrap().id;
    assert!(near_first.contains(&(late_id, 3)), "{near_first:?}");
}
