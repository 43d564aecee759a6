//! The review lab at a million items (`vilab bench review`): a scratch lab
//! filled with synthetic rows (one case, cameras, positions, times, a
//! triage, some decisions; thumbnails for a sample), then the latency of
//! each review call through the application layer, p50 / p95 / p99, and
//! the rate of renditions.
//!
//! The fill writes through the store directly, like `bench audit`'s
//! baseline: it makes data, it is not what is measured.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use serde::Serialize;
use vilab_core::model::{ExifFields, MediaKind, MediaRecord, Occurrence};
use vilab_core::{Digests, DihedralHashes, Hashed, Md5, PdqHash, Sha1, Sha256};
use vilab_store::model::review::{
    DecidedFilter, DecisionChange, GroupBy, ReviewFilter, ReviewOrder, ReviewQuery, TimelineStep, TriageMark,
    TriageState,
};
use vilab_store::{IngestBatch, MediaKey, MediaRowId};

use crate::bench::scratch_lab;
use crate::error::{AppError, Code, Result};

/// The case the bench fills.
pub const BENCH_CASE: &str = "BENCH-REVIEW";

/// One call's latencies.
#[derive(Clone, Debug, Serialize)]
pub struct Latency {
    /// What was called.
    pub call: String,
    /// Times called.
    pub calls: usize,
    /// Milliseconds.
    pub p50: f64,
    /// Milliseconds.
    pub p95: f64,
    /// Milliseconds.
    pub p99: f64,
}

/// What `bench review` measured.
#[derive(Clone, Debug, Serialize)]
pub struct ReviewBench {
    /// Items in the case.
    pub items: u64,
    /// Seconds the fill took.
    pub fill_seconds: f64,
    /// Bytes of the lab's database after the fill.
    pub database_bytes: u64,
    /// Each call's latencies.
    pub latencies: Vec<Latency>,
    /// Masked renditions per second on `threads` threads, each tile made
    /// once then served from the cache, as a reviewer paging back and forth.
    pub renditions_per_second: f64,
    /// Renditions per second when every one is made (cache missed).
    pub renditions_made_per_second: f64,
    /// Threads used for renditions.
    pub threads: usize,
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::new(Code::Internal).detail(e)
}

/// A small, fast generator: the fill must be the same on every run.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        // SplitMix64.
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn bytes<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        for chunk in out.chunks_mut(8) {
            let v = self.next().to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
        out
    }
}

/// A synthetic item: one of 500 cameras (70 % have EXIF), a position for
/// 30 % (Mekong region), a time for 60 % over five years.
fn item(rng: &mut Rng, n: u64, thumbnail: Option<Sha256>) -> MediaRecord {
    let exif = (rng.below(10) < 7).then(|| {
        let camera = rng.below(500);
        let gps = rng.below(10) < 3;
        let dated = rng.below(10) < 6;
        ExifFields {
            make: Some(["Canon", "Nikon", "Apple", "Samsung", "Sony"][(camera % 5) as usize].into()),
            model: Some(format!("Model {}", camera / 5)),
            body_serial: (!camera.is_multiple_of(3)).then(|| format!("SN{camera:06}")),
            datetime_original: dated.then(|| {
                format!(
                    "{}-{:02}-{:02}T{:02}:{:02}:00",
                    2020 + rng.below(5),
                    1 + rng.below(12),
                    1 + rng.below(28),
                    rng.below(24),
                    rng.below(60)
                )
            }),
            gps_latitude: gps.then(|| 8.0 + rng.below(14_000) as f64 / 1000.0),
            gps_longitude: gps.then(|| 100.0 + rng.below(9_000) as f64 / 1000.0),
            ..ExifFields::default()
        }
    });
    let mut hashes = [PdqHash::default(); 8];
    for h in &mut hashes {
        *h = PdqHash(rng.bytes());
    }
    MediaRecord {
        digests: Digests {
            md5: Md5(rng.bytes()),
            sha1: Sha1(rng.bytes()),
            sha256: Sha256(rng.bytes()),
            size: 50_000 + n,
        },
        kind: MediaKind::Jpeg,
        width: Some(1024),
        height: Some(768),
        pdq: Some(DihedralHashes { hashes, quality: 90 }),
        exif,
        thumbnail,
    }
}

/// Fills `dir` with a lab of `items` items in one case, `thumbnails` of
/// them with a real thumbnail; reports progress through `done`.
pub fn fill(dir: &Path, items: u64, thumbnails: u64, done: &AtomicU64) -> Result<(crate::Lab, String)> {
    let (lab, password) = scratch_lab(dir)?;
    {
        let analyst = lab.authenticate("analyst", &password, "bench")?;
        analyst.create_case(BENCH_CASE)?;
    }
    let raw = vilab_store::Lab::open(dir).map_err(failed)?;
    let case = raw.store().case_by_name(BENCH_CASE).map_err(failed)?.ok_or_else(|| failed("no case"))?;
    let exhibits: Vec<_> = (0..4)
        .map(|i| raw.store().open_exhibit(case.id, &format!("exhibit-{i}"), &format!("/mnt/bench-{i}")))
        .collect::<std::result::Result<_, _>>()
        .map_err(failed)?;
    let mut rng = Rng(0x5EED);
    let thumbnail_every = (items / thumbnails.max(1)).max(1);
    let mut n = 0;
    while n < items {
        let exhibit = &exhibits[(n / 250_000) as usize % exhibits.len()];
        let mut batch = IngestBatch::new(exhibit.id, None);
        for _ in 0..4096.min(items - n) {
            let thumbnail = if n % thumbnail_every == 0 {
                let jpeg = vilab_synth::benchmark_jpeg(n, 256, 192);
                let content = Hashed::new(&jpeg);
                raw.blobs().put(&content).map_err(failed)?;
                Some(content.sha256())
            } else {
                None
            };
            let record = item(&mut rng, n, thumbnail);
            let folder = format!("DCIM/{:03}/", n % 997);
            batch.occurrences.push(Occurrence {
                key: vilab_core::model::OccurrenceKey::file(format!("{folder}IMG_{n:07}.jpg").as_str()),
                sha256: record.digests.sha256,
                size: record.digests.size,
                modified: None,
                accessed: None,
                created: None,
                notes: Vec::new(),
                disk: None,
            });
            batch.media.push(record);
            n += 1;
        }
        raw.store().write_batch(&batch).map_err(failed)?;
        done.store(n, Ordering::Relaxed);
    }
    // The triage a match would write: 5 % known, 3 % near-known.
    let ids: Vec<MediaRowId> = (1..=i64::try_from(items).map_err(failed)?).map(MediaRowId).collect();
    let marks: Vec<TriageMark> = ids
        .iter()
        .map(|&media| {
            let roll = rng.below(100);
            let (state, proposal) = match roll {
                0..5 => (TriageState::Known, Some(("vic-us".to_string(), Some(1 + (roll % 4) as u8), set(&mut rng)))),
                5..8 => {
                    (TriageState::NearKnown, Some(("vic-us".to_string(), Some(1 + (roll % 4) as u8), set(&mut rng))))
                }
                _ => (TriageState::New, None),
            };
            TriageMark { media, state, proposal }
        })
        .collect();
    for chunk in marks.chunks(50_000) {
        raw.store().set_review_triage(case.id, chunk).map_err(failed)?;
    }
    drop(raw);
    // A tenth decided, in batches of 100, through the application layer.
    let analyst = lab.authenticate("analyst", &password, "bench")?;
    for chunk in ids.chunks(100).step_by(10) {
        let change = DecisionChange::Category { profile: "vic-us".into(), category: 1 + (chunk[0].0 / 1000 % 4) as u8 };
        analyst.decide(BENCH_CASE, chunk, &change)?;
    }
    let series = analyst.create_series(BENCH_CASE, "bench series", &ids[..200.min(ids.len())])?;
    drop(series);
    drop(analyst);
    Ok((lab, password))
}

fn set(rng: &mut Rng) -> String {
    format!("SET-{}", rng.below(5))
}

/// Runs `f` `calls` times and reports its latencies.
pub(crate) fn time(call: &str, calls: usize, mut f: impl FnMut(usize) -> Result<()>) -> Result<Latency> {
    let mut ms = Vec::with_capacity(calls);
    for i in 0..calls {
        let started = Instant::now();
        f(i)?;
        ms.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() as f64 * q) as usize).min(ms.len() - 1)];
    Ok(Latency { call: call.to_string(), calls, p50: at(0.50), p95: at(0.95), p99: at(0.99) })
}

/// Measures the review calls on a filled lab.
pub fn measure(lab: &crate::Lab, password: &str, items: u64, calls: usize) -> Result<Vec<Latency>> {
    let analyst = lab.authenticate("analyst", password, "bench")?;
    let mut rng = Rng(0xBEEF);
    let mut out = Vec::new();
    let page = |filter: ReviewFilter, after: Option<i64>| ReviewQuery {
        filter,
        order: ReviewOrder::Ingested,
        after: after.map(|m| vilab_store::model::review::ReviewCursor { media: MediaRowId(m), taken: None }),
        limit: 100,
    };
    let f = ReviewFilter::default;
    let filters: Vec<(&str, ReviewFilter)> = vec![
        ("no filter", f()),
        ("triage = known", ReviewFilter { triage: Some(TriageState::Known), ..f() }),
        ("proposed category = 2", ReviewFilter { proposed: Some(2), ..f() }),
        ("undecided", ReviewFilter { decided: Some(DecidedFilter::Undecided), ..f() }),
        ("decided category = 3", ReviewFilter { decided: Some(DecidedFilter::Category(3)), ..f() }),
        ("hash set = SET-1", ReviewFilter { hashset: Some("SET-1".into()), ..f() }),
        ("camera make = Sony", ReviewFilter { make: Some("Sony".into()), ..f() }),
        ("camera body serial", ReviewFilter { body_serial: Some("SN000007".into()), ..f() }),
        ("has GPS", ReviewFilter { has_gps: Some(true), ..f() }),
        ("taken in 2022", ReviewFilter { taken_from: Some("2022".into()), taken_before: Some("2023".into()), ..f() }),
        ("exhibit", ReviewFilter { exhibit: Some(vilab_store::ExhibitId(2)), ..f() }),
        ("folder", ReviewFilter { folder: Some("DCIM/042/".into()), ..f() }),
        ("series", ReviewFilter { series: Some(vilab_store::model::review::SeriesId(1)), ..f() }),
    ];
    let max = i64::try_from(items).map_err(failed)?;
    for (name, filter) in &filters {
        out.push(time(&format!("grid page: {name}"), calls, |i| {
            // Half from the start, half from a random place.
            let after = (i % 2 == 1).then(|| (rng.below(items) as i64).min(max));
            analyst.review_page(BENCH_CASE, &page(filter.clone(), after)).map(drop)
        })?);
    }
    let three = ReviewFilter { triage: Some(TriageState::New), has_gps: Some(true), make: Some("Canon".into()), ..f() };
    out.push(time("grid page: three filters (new, GPS, Canon)", calls, |i| {
        let after = (i % 2 == 1).then(|| rng.below(items) as i64);
        analyst.review_page(BENCH_CASE, &page(three.clone(), after)).map(drop)
    })?);
    out.push(time("groups by folder", calls.min(50), |_| {
        analyst.review_groups(BENCH_CASE, GroupBy::Folder, &f()).map(drop)
    })?);
    out.push(time("media detail", calls, |_| {
        analyst.show_media(&MediaKey::RowId(MediaRowId(1 + rng.below(items) as i64))).map(drop)
    })?);
    // The lab's PDQ index is built by the first look-up; then each is one
    // radius search.
    let key = |n: u64| MediaKey::RowId(MediaRowId(1 + n as i64));
    out.push(time("similar items: first look-up (builds the PDQ index)", 1, |_| {
        analyst.similar_media(&key(rng.below(items)), 31).map(drop)
    })?);
    out.push(time("similar items (PDQ radius 31, all cases)", calls, |_| {
        analyst.similar_media(&key(rng.below(items)), 31).map(drop)
    })?);
    out.push(time("categorize 100 selected items", calls, |_| {
        let start = 1 + rng.below(items.saturating_sub(100).max(1)) as i64;
        let selection: Vec<_> = (start..start + 100).map(MediaRowId).collect();
        let change = DecisionChange::Category { profile: "vic-us".into(), category: 2 };
        analyst.decide(BENCH_CASE, &selection, &change).map(drop)
    })?);
    out.push(time("camera groups (all cases)", calls.min(50), |_| analyst.camera_leads().map(drop))?);
    out.push(time("map cells (0.5 degree)", calls.min(50), |_| analyst.map(BENCH_CASE, &f(), 0.5).map(drop))?);
    out.push(time("timeline by month", calls.min(50), |_| {
        analyst.timeline(BENCH_CASE, &f(), TimelineStep::Month).map(drop)
    })?);
    Ok(out)
}

/// Masked renditions per second on `threads` threads over the items that
/// have thumbnails: first each made once (cold), then served again.
pub fn renditions(
    lab: &crate::Lab,
    password: &str,
    with_thumbnails: &[MediaRowId],
    threads: usize,
) -> Result<(f64, f64)> {
    let threads = threads.max(1);
    // Logged in before the clock starts: a log-in is a deliberately slow hash.
    let sessions: Vec<_> =
        (0..threads).map(|_| lab.authenticate("analyst", password, "bench")).collect::<Result<_>>()?;
    let run = |rounds: usize| -> Result<f64> {
        let started = Instant::now();
        let count = AtomicU64::new(0);
        std::thread::scope(|scope| -> Result<()> {
            let handles: Vec<_> = sessions
                .iter()
                .enumerate()
                .map(|(t, session)| {
                    let count = &count;
                    scope.spawn(move || -> Result<()> {
                        for _ in 0..rounds {
                            for id in with_thumbnails.iter().skip(t).step_by(threads) {
                                session.masked_rendition(&MediaKey::RowId(*id), None)?;
                                count.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        Ok(())
                    })
                })
                .collect();
            for h in handles {
                h.join().map_err(|_| failed("a rendition thread panicked"))??;
            }
            Ok(())
        })?;
        Ok(count.load(Ordering::Relaxed) as f64 / started.elapsed().as_secs_f64().max(1e-9))
    };
    let made = run(1)?;
    let served = run(5)?;
    Ok((served, made))
}

/// The items `fill` gave a thumbnail.
pub fn thumbnail_ids(items: u64, thumbnails: u64) -> Vec<MediaRowId> {
    let every = (items / thumbnails.max(1)).max(1);
    (0..items).step_by(every as usize).map(|n| MediaRowId(n as i64 + 1)).collect()
}
