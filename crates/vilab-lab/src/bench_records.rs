//! The word search over victims, offenders, locations and leads at scale
//! (`vilab bench records`): a scratch lab whose case holds many leads and
//! persons with notes in the five interface languages (Khmer, Lao and Thai
//! written without spaces, as people write them), then the latency of
//! searches of one, two and three words through the application layer.
//!
//! The fill writes through the store directly, like `bench review`'s: it
//! makes data, it is not what is measured.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use vilab_store::model::records::{NewLead, PersonKind};

use crate::bench_review::{BENCH_CASE, Latency, Rng, fill as fill_items, time};
use crate::error::{AppError, Code, Result};

/// The same places and objects in each language: a query in one language
/// finds the notes written in it. Khmer, Lao and Thai run their words
/// together; English and Vietnamese put spaces between them.
const WORDS: [[&str; 12]; 5] = [
    ["shop", "hotel", "road", "car", "bag", "red", "window", "market", "school", "sign", "river", "temple"],
    ["cửa hàng", "khách sạn", "đường", "xe", "túi", "đỏ", "cửa sổ", "chợ", "trường học", "biển hiệu", "sông", "chùa"],
    ["ហាង", "សណ្ឋាគារ", "ផ្លូវ", "ឡាន", "កាបូប", "ក្រហម", "បង្អួច", "ផ្សារ", "សាលារៀន", "ស្លាក", "ទន្លេ", "វត្ត"],
    ["ຮ້ານ", "ໂຮງແຮມ", "ຖະໜົນ", "ລົດ", "ກະເປົາ", "ສີແດງ", "ປ່ອງຢ້ຽມ", "ຕະຫຼາດ", "ໂຮງຮຽນ", "ປ້າຍ", "ແມ່ນ້ຳ", "ວັດ"],
    ["ร้านค้า", "โรงแรม", "ถนน", "รถยนต์", "กระเป๋า", "สีแดง", "หน้าต่าง", "ตลาด", "โรงเรียน", "ป้าย", "แม่น้ำ", "วัด"],
];

/// Whether a language writes spaces between words (English, Vietnamese).
fn spaced(language: usize) -> bool {
    language < 2
}

/// What `bench records` measured.
#[derive(Clone, Debug, Serialize)]
pub struct RecordsBench {
    /// Leads in the case.
    pub leads: u64,
    /// Persons in the case.
    pub persons: u64,
    /// Bytes of the lab's database after the fill.
    pub database_bytes: u64,
    /// Seconds the fill took (items, then records).
    pub fill_seconds: f64,
    /// Each search's latencies, with the hits it found on average.
    pub searches: Vec<SearchLatency>,
}

/// One kind of search, timed.
#[derive(Clone, Debug, Serialize)]
pub struct SearchLatency {
    /// Milliseconds.
    pub latency: Latency,
    /// Hits per search on average (the application layer caps them).
    pub mean_hits: f64,
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::new(Code::Internal).detail(e)
}

/// A note of `words` words of one language, with a plate-like number
/// that few notes share.
fn note(rng: &mut Rng, language: usize, words: usize) -> String {
    let sep = if spaced(language) { " " } else { "" };
    let mut text: Vec<&str> = (0..words).map(|_| WORDS[language][rng.below(12) as usize]).collect();
    text.dedup();
    format!("{} {}", text.join(sep), 10_000 + rng.below(90_000))
}

/// Fills `dir` with a lab whose case holds `items` items, `leads` leads
/// pinned to them and `persons` victims and offenders; reports the records
/// made through `done`.
pub fn fill(dir: &Path, items: u64, leads: u64, persons: u64, done: &AtomicU64) -> Result<(crate::Lab, String)> {
    let ignored = AtomicU64::new(0);
    let (lab, password) = fill_items(dir, items.max(1), 1, &ignored)?;
    let raw = vilab_store::Lab::open(dir).map_err(failed)?;
    let store = raw.store();
    let case = store.case_by_name(BENCH_CASE).map_err(failed)?.ok_or_else(|| failed("no case"))?;
    let analyst = store.account_by_name("analyst").map_err(failed)?.ok_or_else(|| failed("no analyst"))?;
    let at = vilab_store::now_unix();
    let mut rng = Rng(0x5EA2C);
    for n in 0..leads {
        let language = (n % 5) as usize;
        let new = NewLead {
            case: case.id,
            media: vilab_store::MediaRowId(1 + rng.below(items.max(1)) as i64),
            rect: None,
            text: note(&mut rng, language, 6),
            owner: None,
        };
        store.create_lead(&new, analyst.id, at).map_err(failed)?;
        done.store(n + 1, Ordering::Relaxed);
    }
    for n in 0..persons {
        let language = (n % 5) as usize;
        let kind = if n % 3 == 0 { PersonKind::Offender } else { PersonKind::Victim };
        let label = format!("P-{n:06}");
        let notes = note(&mut rng, language, 10);
        store.create_person(case.id, kind, &label, &notes, analyst.id, at).map_err(failed)?;
        done.store(leads + n + 1, Ordering::Relaxed);
    }
    Ok((lab, password))
}

/// Times searches of one common word, one rare word (a number), and two
/// and three words of one language, each over the five languages in turn.
pub fn measure(lab: &crate::Lab, password: &str, calls: usize) -> Result<Vec<SearchLatency>> {
    let analyst = lab.authenticate("analyst", password, "bench")?;
    let mut rng = Rng(0xF1ED);
    let mut out = Vec::new();
    let kinds: [(&str, usize); 3] = [("one word", 1), ("two words", 2), ("three words", 3)];
    for (name, words) in kinds {
        let mut hits = 0usize;
        let latency = time(&format!("search: {name} (five languages in turn)"), calls, |i| {
            let language = i % 5;
            let sep = if spaced(language) { " " } else { "" };
            let query: Vec<&str> = (0..words).map(|_| WORDS[language][rng.below(12) as usize]).collect();
            hits += analyst.search_records(BENCH_CASE, &query.join(sep))?.hits.len();
            Ok(())
        })?;
        out.push(SearchLatency { latency, mean_hits: hits as f64 / calls.max(1) as f64 });
    }
    let mut hits = 0usize;
    let latency = time("search: one rare word (a number)", calls, |_| {
        let number = 10_000 + rng.below(90_000);
        hits += analyst.search_records(BENCH_CASE, &number.to_string())?.hits.len();
        Ok(())
    })?;
    out.push(SearchLatency { latency, mean_hits: hits as f64 / calls.max(1) as f64 });
    Ok(out)
}
