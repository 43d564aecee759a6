//! Ingest runs: started and finished once, each of one exhibit, and a run
//! whose process ended without finishing it found aborted by the next open
//! while a live one is left running.

use vilab_store::{IngestBatch, RunCounters, RunOutcome, RunStatus, StoreError};

use super::{Factory, with_case};

pub fn runs_start_and_finish(make: Factory) {
    let (lab, case, exhibit) = with_case(make);
    let store = lab.store();
    let run = store.start_run(exhibit, "/seized").unwrap();
    let counters = RunCounters { files_seen: 10, new_media: 4, ..Default::default() };
    let err = store.finish_run(run, &RunOutcome { status: RunStatus::Running, counters, note: None }).unwrap_err();
    assert!(err.to_string().contains("cannot finish"), "{err}");
    store
        .finish_run(run, &RunOutcome { status: RunStatus::Interrupted, counters, note: Some("Ctrl-C".into()) })
        .unwrap();
    let second = store.start_run(exhibit, "/seized").unwrap();
    let runs = store.runs(exhibit).unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0].status, RunStatus::Interrupted);
    assert_eq!(runs[0].counters, counters);
    assert_eq!(runs[0].note.as_deref(), Some("Ctrl-C"));
    assert!(runs[0].finished_at.is_some());
    assert_eq!(runs[1].id, second);
    assert_eq!(runs[1].status, RunStatus::Running);

    // A run belongs to one exhibit.
    let phone = store.open_exhibit(case, "phone", "/p").unwrap().id;
    let err = store.write_batch(&IngestBatch::new(phone, Some(run))).unwrap_err();
    assert!(matches!(err, StoreError::RunExhibitMismatch { .. }), "{err}");
    let err = store
        .finish_run(vilab_store::RunId(999), &RunOutcome { status: RunStatus::Failed, counters, note: None })
        .unwrap_err();
    assert_eq!(err.to_string(), "ingest run 999 not found");
}

/// A run whose process ended without finishing it (its lease released, as
/// at a crash or `kill -9`) is marked aborted when the lab is next opened;
/// a run still held by a live handle is left running.
pub fn a_run_left_by_a_dead_process_is_aborted_and_a_live_one_is_not(make: Factory) {
    let (lab, _case, exhibit) = with_case(make);
    let dead = lab.store().start_run(exhibit, "/seized").unwrap();
    // The process "dies": its connections and its lease go.
    let holder = lab.reopen();
    assert_eq!(holder.aborted_on_open(), [dead]);
    let live = holder.store().start_run(exhibit, "/seized").unwrap();

    let other = holder.open_beside();
    assert!(other.aborted_on_open().is_empty(), "the live run stays running");
    let runs = other.store().runs(exhibit).unwrap();
    assert_eq!(runs.iter().map(|r| r.status).collect::<Vec<_>>(), [RunStatus::Aborted, RunStatus::Running]);
    assert_eq!(runs[1].id, live);
    assert!(runs[0].finished_at.is_some());
}
