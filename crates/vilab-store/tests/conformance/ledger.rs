//! The ledger of files an ingest finished, and the transient errors a later
//! run resolves.

use vilab_core::Sha256;
use vilab_core::model::{ErrorStage, IngestError};
use vilab_store::IngestBatch;

use super::{Factory, with_case};
use crate::common::*;

/// A ledger row of a file read long after its last change.
fn done(path: &str, sha256: Sha256) -> vilab_store::DoneFile {
    vilab_store::DoneFile {
        path: path.as_bytes().to_vec(),
        size: 1000,
        modified: Some(1_600_000_000),
        modified_nanos: Some(5),
        sha256: Some(sha256),
        checked_at: 1_700_000_000,
    }
}

pub fn the_ledger_lists_files_done_and_resolves_their_transient_errors(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    assert!(store.done_files(exhibit).unwrap().is_empty());
    let first = store.start_run(exhibit, "/seized").unwrap();
    let a = bare(1);
    let failed = IngestError { transient: true, ..error("unreadable.bin", ErrorStage::Read, None) };
    store
        .write_batch(&IngestBatch {
            media: vec![a.clone()],
            occurrences: vec![occ("a.jpg", a.digests.sha256)],
            errors: vec![failed.clone()],
            files_done: vec![done("a.jpg", a.digests.sha256)],
            ..IngestBatch::new(exhibit, Some(first))
        })
        .unwrap();
    let ledger = store.done_files(exhibit).unwrap();
    assert_eq!(ledger.len(), 1);
    assert_eq!(ledger[0].path, b"a.jpg");
    assert!(ledger[0].same_as(1000, Some(1_600_000_000), Some(5)));
    assert!(!ledger[0].same_as(1001, Some(1_600_000_000), Some(5)), "another size");
    assert!(!ledger[0].same_as(1000, Some(1_600_000_001), Some(5)), "another time");
    assert!(!ledger[0].same_as(1000, None, None), "no time: in doubt");
    assert_eq!(store.ingest_errors(case).unwrap().len(), 1);

    // A later run does the file: its error is resolved, kept in the history.
    let second = store.start_run(exhibit, "/seized").unwrap();
    let b = bare(2);
    let outcome = store
        .write_batch(&IngestBatch {
            media: vec![b.clone()],
            occurrences: vec![occ("unreadable.bin", b.digests.sha256)],
            files_done: vec![done("unreadable.bin", b.digests.sha256)],
            ..IngestBatch::new(exhibit, Some(second))
        })
        .unwrap();
    assert_eq!(outcome.resolved_errors, 1);
    assert!(store.ingest_errors(case).unwrap().is_empty(), "no open error left");
    // The same file done again refreshes its row instead of adding one.
    store
        .write_batch(&IngestBatch {
            files_done: vec![done("unreadable.bin", b.digests.sha256)],
            ..IngestBatch::new(exhibit, Some(second))
        })
        .unwrap();
    assert_eq!(store.done_files(exhibit).unwrap().len(), 2);
    // Met again after its resolution, the error is open again.
    store.write_batch(&IngestBatch { errors: vec![failed], ..IngestBatch::new(exhibit, Some(second)) }).unwrap();
    assert_eq!(store.ingest_errors(case).unwrap().len(), 1);
    let other = store.open_exhibit(case, "other", "/o").unwrap();
    assert!(store.done_files(other.id).unwrap().is_empty());
}
