//! The `Store` conformance suite: every behaviour of the [`Store`] contract,
//! written once against the trait, so that each backend (SQLite today, the
//! PostgreSQL store planned for a national lab next) passes the same tests.
//!
//! A backend's test file is three lines and its factory:
//!
//! ```ignore
//! mod common;
//! #[macro_use]
//! mod conformance;
//! store_conformance!(Box::new(MyLab::new()));
//! ```
//!
//! [`store_conformance!`] expands to one `#[test]` per behaviour, named
//! `store_conformance::<area>::<behaviour>`, each on a fresh lab made by the
//! expression given. What such a lab offers beside its store is
//! [`StoreUnderTest`]. One file per area: accounts and sessions, audit,
//! cases, hash sets, ingest batches and idempotence, legal-fact imports, the
//! ledger, matching, media and keys, records (persons, locations, leads,
//! search), the review index, runs and leases.
//!
//! Behaviours of one backend only (its files and their modes, migrations
//! from its old versions, its triggers, tampering with its database, how it
//! reads a corrupt value) are tested in that backend's own files
//! (`tests/sqlite_*.rs`).

pub mod accounts;
pub mod audit;
pub mod cases;
pub mod galleries;
pub mod hashsets;
pub mod ingest;
pub mod law;
pub mod ledger;
pub mod matching;
pub mod media;
pub mod records;
pub mod regions;
pub mod review;
pub mod runs;

use std::sync::Arc;

use vilab_store::{CaseId, ExhibitId, LabIdentity, RunId, Store};

/// A lab of the backend under test: its store, and what the suite needs
/// beside it to test what a store promises across handles and processes.
///
/// A factory makes a new lab whose only account is
/// [`admin()`](crate::common::admin).
pub trait StoreUnderTest {
    /// The store.
    fn store(&self) -> &dyn Store;

    /// The same store, to share with threads.
    fn store_arc(&self) -> Arc<dyn Store>;

    /// The lab's signing key; its public key is the one
    /// [`Store::lab_info`] gives.
    fn identity(&self) -> &LabIdentity;

    /// Closes the lab as the end of a process does (its connections and
    /// its runs' leases go, however it ended) and opens it again.
    fn reopen(self: Box<Self>) -> Box<dyn StoreUnderTest>;

    /// Opens the same lab a second time beside this one, as another
    /// process would: its own connections and leases.
    fn open_beside(&self) -> Box<dyn StoreUnderTest>;

    /// The runs that opening this lab found left `running` by a process
    /// that had ended, and marked aborted.
    fn aborted_on_open(&self) -> Vec<RunId>;
}

/// Makes a new lab of the backend under test.
pub type Factory<'a> = &'a dyn Fn() -> Box<dyn StoreUnderTest>;

/// A new lab with one case "OP-1" and one exhibit "laptop" (from
/// `/mnt/laptop`).
pub fn with_case(make: Factory) -> (Box<dyn StoreUnderTest>, CaseId, ExhibitId) {
    let lab = make();
    let case = lab.store().create_case("OP-1").unwrap();
    let exhibit = lab.store().open_exhibit(case.id, "laptop", "/mnt/laptop").unwrap();
    (lab, case.id, exhibit.id)
}

/// Expands to the whole suite on a backend: a module `store_conformance`
/// with one `#[test]` per behaviour, each on a fresh lab made by `$factory`
/// (an expression of type `Box<dyn StoreUnderTest>`, evaluated once per
/// test, in the scope of the calling module).
///
/// Every behaviour of every area file is listed here; one left out is a
/// function never used, which the lints refuse.
macro_rules! store_conformance {
    ($factory:expr) => {
        /// The `Store` conformance suite on this backend.
        mod store_conformance {
            #[allow(unused_imports)]
            use super::*;

            /// A fresh lab of the backend under test.
            fn factory() -> Box<dyn $crate::conformance::StoreUnderTest> {
                $factory
            }

            store_conformance!(@areas
                accounts {
                    every_role_is_stored_and_read_back,
                    passwords_verify_and_accounts_are_unique,
                    disabling_an_account_revokes_its_sessions_and_enabling_does_not_reopen_them,
                    a_disabled_account_still_checks_its_password_so_the_caller_decides,
                    membership_is_kept_once_per_account_and_case,
                    failed_log_ins_count_per_key_until_cleared,
                },
                audit {
                    appended_records_read_back_through_each_filter,
                    entries_that_cannot_be_recorded_are_refused,
                    the_chain_continues_across_a_reopen,
                    checkpoints_sign_the_head_once,
                    threads_and_handles_appending_at_once_make_one_chain,
                },
                cases {
                    case_names_are_unique,
                    open_exhibit_gets_or_creates,
                },
                hashsets {
                    imports_are_listed_found_and_removed_by_name,
                    a_failed_import_stores_nothing,
                },
                ingest {
                    write_batch_is_idempotent,
                    same_content_twice_is_one_media_two_occurrences,
                    a_present_item_keeps_its_data_and_gains_what_it_lacked,
                    one_place_may_hold_several_contents_and_names_keep_their_bytes,
                    an_occurrence_of_unknown_content_fails_the_whole_batch,
                    errors_are_listed_by_case_and_on_the_media,
                    every_error_code_round_trips,
                    threads_write_and_read_concurrently,
                    disk_places_round_trip_and_are_counted,
                    the_custody_log_keeps_events_in_order,
                },
                law {
                    law_imports_are_kept_whole_and_in_order,
                    removing_a_law_import_keeps_the_others_in_order,
                },
                ledger {
                    the_ledger_lists_files_done_and_resolves_their_transient_errors,
                },
                matching {
                    exact_candidates_are_found_by_each_entry_s_strongest_digest,
                    stored_matches_read_back_in_triage,
                    the_case_s_and_others_pdqs_and_digests_are_listed,
                    removing_a_set_removes_its_matches,
                    an_item_s_matches_its_pdq_neighbours_and_entries_are_looked_up,
                    an_index_of_the_media_s_pdqs_reads_them_from_a_row_on,
                },
                galleries {
                    galleries_keep_their_members_items_and_dates,
                    clues_become_leads_once,
                    exercises_keep_each_trainee_s_latest_answer_and_its_mark,
                },
                media {
                    media_record_round_trips,
                    media_lookup_by_every_key_kind,
                    list_media_pages_and_filters,
                    blob_refs_lists_contents_and_thumbnails,
                    data_survives_reopening,
                },
                records {
                    persons_keep_who_set_each_identification_status,
                    locations_and_persons_link_to_series_and_items_of_their_case,
                    leads_keep_their_status_and_owner_history,
                    search_finds_words_inside_thai_khmer_and_lao_sentences,
                },
                regions {
                    regions_keep_every_version_and_the_current_ones_leave_deleted_out,
                    region_fields_are_checked_against_the_item,
                    renditions_record_their_sources_and_go_stale_when_a_region_changes,
                    a_public_crop_is_approved_once_and_never_by_its_maker,
                },
                review {
                    ingest_indexes_items_with_their_exif_leads,
                    pages_follow_the_keyset_in_every_order,
                    each_filter_selects_its_items,
                    groups_put_the_most_known_first,
                    decisions_settle_conflict_and_undo,
                    settings_default_then_round_trip,
                    series_are_named_grown_and_merged,
                    series_link_across_cases_and_keep_their_history,
                    cameras_map_and_timeline_read_the_leads,
                },
                runs {
                    runs_start_and_finish,
                    a_run_left_by_a_dead_process_is_aborted_and_a_live_one_is_not,
                },
            );
        }
    };
    (@areas $($area:ident { $($behaviour:ident),* $(,)? }),* $(,)?) => {
        $(
            mod $area {
                $(
                    #[test]
                    fn $behaviour() {
                        $crate::conformance::$area::$behaviour(&super::factory);
                    }
                )*
            }
        )*
    };
}
