//! One memory budget for the whole ingest, whatever the threads.

mod common;

use common::{TestLab, write_old};
use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, IngestErrorCode};
use vilab_ingest::IngestOptions;
use vilab_store::RunStatus;

/// Sixteen pictures on eight workers with room for about two decodes at a
/// time: never more is granted, and every picture is analysed.
#[test]
fn the_memory_budget_bounds_what_is_held_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut pictures = Vec::new();
    for i in 0..16 {
        let bytes = vilab_synth::jpeg_bytes(&vilab_synth::scene(100 + i, 640, 480), 90);
        write_old(dir.path(), &format!("p{i:02}.jpg"), &bytes);
        pictures.push(bytes);
    }
    let one = vilab_ingest::cost_of_analysis(&pictures[0], &IngestOptions::default());
    let options = IngestOptions { threads: Some(8), memory_budget: one * 2 + one / 2, ..IngestOptions::default() };
    let lab = TestLab::new();
    let summary = lab.ingest(dir.path(), &options);
    assert_eq!(summary.status, Some(RunStatus::Completed));
    assert!(summary.peak_granted <= options.memory_budget, "{} > {}", summary.peak_granted, options.memory_budget);
    assert!(summary.peak_granted >= one, "the budget was used: {}", summary.peak_granted);
    for bytes in &pictures {
        assert!(lab.media(&Sha256::of(bytes)).record.pdq.is_some());
    }
}

/// A picture that needs more than the whole budget is stored and recorded
/// with its digests, with a decode error that says why; the run completes.
#[test]
fn a_picture_past_the_whole_budget_is_stored_not_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = vilab_synth::jpeg_bytes(&vilab_synth::scene(9, 640, 480), 90);
    write_old(dir.path(), "big.jpg", &bytes);
    let options = IngestOptions { memory_budget: 64 * 1024, ..IngestOptions::default() };
    let lab = TestLab::new();
    let summary = lab.ingest(dir.path(), &options);
    assert_eq!(summary.status, Some(RunStatus::Completed));
    let detail = lab.media(&Sha256::of(&bytes));
    assert!(detail.record.pdq.is_none());
    assert_eq!(detail.errors.len(), 1);
    assert_eq!(detail.errors[0].error.stage, ErrorStage::Decode);
    let error = &detail.errors[0].error;
    assert_eq!(error.code, IngestErrorCode::OverMemoryBudget, "{error:?}");
    assert_eq!(error.param("budget"), Some("65536"));
    assert!(error.param("needed").is_some_and(|n| n.parse::<u64>().unwrap() > 65536), "{error:?}");
    assert_eq!(lab.lab.blobs().get(&Sha256::of(&bytes)).unwrap(), bytes);
}
