//! `bench review --http` on a small filled lab: every call it times answers
//! 200 over a real loopback socket (a refused or failed call stops the
//! bench), and renditions are fetched on several connections.

use std::sync::atomic::AtomicU64;

use vilab_lab::bench_review::{fill, thumbnail_ids};

#[test]
fn http_bench_times_every_call_over_a_socket() {
    let dir = tempfile::tempdir().unwrap();
    let done = AtomicU64::new(0);
    let (lab, password) = fill(&dir.path().join("lab"), 600, 12, &done).unwrap();
    let sample: Vec<i64> = thumbnail_ids(600, 12).iter().map(|id| id.0).collect();
    let bench = vilab_server::bench::measure(lab, "analyst", &password, 600, 4, &sample, 2).unwrap();
    let calls: Vec<&str> = bench.latencies.iter().map(|l| l.call.as_str()).collect();
    for expected in [
        "GET grid page (API): three filters (new, GPS, Canon)",
        "GET grid page (HTML shell)",
        "POST categorize 100 selected items",
        "GET timeline by month",
    ] {
        assert!(calls.contains(&expected), "{expected} missing from {calls:?}");
    }
    for l in &bench.latencies {
        assert!(l.calls > 0 && l.p50 > 0.0 && l.p50 <= l.p95 && l.p95 <= l.p99, "{l:?}");
    }
    assert_eq!(bench.connections, 2);
    assert!(bench.renditions_per_second > 0.0);
}

#[test]
fn http_bench_refuses_a_wrong_password() {
    let dir = tempfile::tempdir().unwrap();
    let done = AtomicU64::new(0);
    let (lab, _) = fill(&dir.path().join("lab"), 50, 1, &done).unwrap();
    let err = vilab_server::bench::measure(lab, "analyst", "not the password", 50, 2, &[1], 1).unwrap_err();
    assert!(err.to_string().contains("login"), "{err}");
}
