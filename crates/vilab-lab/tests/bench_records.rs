//! `bench records` on a small lab: its notes are found by words of each
//! language (Thai, Khmer and Lao run together, as written), and every kind
//! of search it times runs and finds what its table claims.

use std::sync::atomic::{AtomicU64, Ordering};

use vilab_lab::bench_records::{fill, measure};
use vilab_lab::bench_review::BENCH_CASE;

#[test]
fn the_records_bench_fills_notes_in_five_languages_and_times_each_search() {
    let dir = tempfile::tempdir().unwrap();
    let done = AtomicU64::new(0);
    let (lab, password) = fill(&dir.path().join("lab"), 100, 250, 50, &done).unwrap();
    assert_eq!(done.load(Ordering::Relaxed), 300, "every record made is counted");

    let analyst = lab.authenticate("analyst", &password, "test").unwrap();
    // A word of each language, as the bench's notes hold them.
    for word in ["market", "chợ", "ផ្សារ", "ຕະຫຼາດ", "ตลาด"] {
        let found = analyst.search_records(BENCH_CASE, word).unwrap();
        assert!(!found.hits.is_empty(), "{word} finds the notes written in its language");
    }
    // Words of two languages are never in one note.
    assert!(analyst.search_records(BENCH_CASE, "market ตลาด").unwrap().hits.is_empty());

    let searches = measure(&lab, &password, 10).unwrap();
    let names: Vec<&str> = searches.iter().map(|s| s.latency.call.as_str()).collect();
    assert_eq!(names.len(), 4, "{names:?}");
    for s in &searches[..3] {
        assert!(s.mean_hits > 0.0, "{} finds notes: {s:?}", s.latency.call);
        assert_eq!(s.latency.calls, 10);
        assert!(s.latency.p50 <= s.latency.p95 && s.latency.p95 <= s.latency.p99, "{s:?}");
    }
    assert!(searches[0].mean_hits >= searches[2].mean_hits, "more words find fewer notes: {searches:?}");
}
