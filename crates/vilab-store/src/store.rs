//! The metadata store interface. Ingest, the command line and the web
//! server talk to this trait only, so that a PostgreSQL implementation can
//! replace [`SqliteStore`](crate::SqliteStore) without touching them.
//!
//! Contract every implementation keeps:
//! - each method is one transaction (reads see one consistent snapshot);
//! - [`Store::write_batch`] is idempotent: media are keyed by SHA-256,
//!   occurrences by (exhibit, raw path, archive key, content), errors by
//!   (exhibit, raw path, archive key, stage, content); a second write of the
//!   same batch changes nothing;
//! - nothing is ever updated in place except filling a media item's missing
//!   PDQ, size, EXIF or thumbnail, finishing a run (or finding it aborted),
//!   marking a transient error resolved, and a ledger row's check time;
//! - the audit log is append-only: there is no method to update or delete
//!   an audit record or checkpoint, and appends from any number of
//!   processes form one chain;
//! - a stored value that does not read back as what its column holds (an
//!   unknown kind, stage, role, status or method, JSON that does not parse)
//!   is [`StoreError::BadRow`](crate::StoreError::BadRow) naming the table,
//!   column and row, never read as another value;
//! - the store keeps and finds data; it does not rank or judge it: which
//!   hash-set hit is the strongest and whether an entry's digests agree with
//!   a content's are `vilab_match`'s rules, so every backend serves the same
//!   ones.
//!
//! `tests/conformance` checks this contract against the trait alone; a new
//! backend runs the same suite.

use vilab_core::audit::{AuditCheckpoint, AuditEntry, AuditRecord};
use vilab_core::model::{IngestError, OccurrenceKey};
use vilab_core::{PdqHash, Sha256};

use crate::model::gallery::{
    Clue, ClueId, Exercise, ExerciseAnswer, ExerciseId, Gallery, GalleryBundle, GalleryId, GalleryItem, GalleryItemId,
    GalleryMember, NewAnswer, NewClue, NewGallery,
};
use crate::model::records::{
    IdStatus, Lead, LeadChange, LeadFilter, LeadId, LeadStatus, LinkTarget, Location, LocationFields, LocationId,
    NewLead, Person, PersonId, PersonKind, RecordRef, Rect, SearchHit, StatusChange,
};
use crate::model::regions::{NewRendition, Region, RegionFields, Rendition};
use crate::model::review::{
    AccountSettings, CameraGroup, DecisionOutcome, DecisionRecord, GroupBy, MapCell, NewDecisions, ReviewFilter,
    ReviewGroup, ReviewProgress, ReviewQuery, ReviewRow, Series, SeriesId, TimelineBin, TimelineStep, TriageMark,
};
use crate::model::review::{SeriesLinkEvent, SeriesMemberPdq};
use crate::model::{
    Account, BatchOutcome, Case, CaseCounts, CaseSummary, DoneFile, Exhibit, Hashset, HashsetFeed, IngestBatch,
    IngestRun, LabInfo, LawImport, LoginFailures, MediaDetail, MediaKey, MediaQuery, MediaSummary, NewAccount,
    NewHashset, NewSession, Role, RunOutcome, SessionRow,
};
use crate::model::{
    AuditQuery, ExactCandidate, IndexedPdq, KnownHit, MatchRow, MediaDigests, MediaMark, MediaPdq, PdqNeighbour,
    TriageItem,
};
use crate::model::{CustodyEvent, DiskCounts, NewCustody};
use crate::{AccountId, CaseId, ExhibitId, MediaRowId, Result, RunId, SessionId};

/// Cases, exhibits, media items, occurrences, errors and accounts of one lab.
pub trait Store: Send + Sync {
    /// The lab's id, creation time, public key and schema version.
    fn lab_info(&self) -> Result<LabInfo>;

    /// Creates an account; its password is stored as an argon2id PHC hash.
    /// A taken user name (ignoring ASCII case) gives
    /// [`StoreError::AccountExists`](crate::StoreError::AccountExists).
    fn create_account(&self, account: &NewAccount) -> Result<Account>;

    /// The account of `username` (ignoring ASCII case) if `password` is its
    /// password, whether or not it is disabled; `Ok(None)` for a wrong
    /// password and for an unknown user alike, which takes as long (a
    /// decoy hash is verified).
    fn check_password(&self, username: &str, password: &str) -> Result<Option<Account>>;

    /// Every account, by user name.
    fn list_accounts(&self) -> Result<Vec<Account>>;

    /// The account of that row id.
    fn account_by_id(&self, id: AccountId) -> Result<Option<Account>>;

    /// The account of that user name (ignoring ASCII case).
    fn account_by_name(&self, username: &str) -> Result<Option<Account>>;

    /// Disables an account at `at` (and revokes its sessions in the same
    /// transaction), or enables it with `None`.
    fn set_account_disabled(&self, id: AccountId, at: Option<i64>) -> Result<()>;

    /// Gives an account another role.
    fn set_account_role(&self, id: AccountId, role: Role) -> Result<()>;

    /// Replaces an account's password (checked and hashed as at creation).
    fn set_password(&self, id: AccountId, password: &str) -> Result<()>;

    /// Makes an account a member of a case; whether it was not already.
    fn add_case_member(&self, account: AccountId, case: CaseId, at: i64) -> Result<bool>;

    /// Ends an account's membership of a case; whether it was one.
    fn remove_case_member(&self, account: AccountId, case: CaseId) -> Result<bool>;

    /// The cases an account is a member of.
    fn account_cases(&self, account: AccountId) -> Result<Vec<CaseId>>;

    /// The members of a case.
    fn case_members(&self, case: CaseId) -> Result<Vec<AccountId>>;

    /// Records a new log-in session.
    fn open_session(&self, new: &NewSession) -> Result<SessionId>;

    /// The session whose token hashes to `token_sha256`, revoked or expired
    /// ones included (the caller decides).
    fn session_by_token(&self, token_sha256: &[u8; 32]) -> Result<Option<SessionRow>>;

    /// Notes that a session was used at `at`.
    fn touch_session(&self, id: SessionId, at: i64) -> Result<()>;

    /// Revokes a session; whether it was open.
    fn revoke_session(&self, id: SessionId, at: i64) -> Result<bool>;

    /// Revokes every open session of an account; how many.
    fn revoke_account_sessions(&self, account: AccountId, at: i64) -> Result<usize>;

    /// The failed-log-in counters of those `keys` that have any.
    fn login_failures(&self, keys: &[String]) -> Result<Vec<LoginFailures>>;

    /// Counts one more failed log-in against each of `keys`.
    fn record_login_failure(&self, keys: &[String], at: i64) -> Result<()>;

    /// Forgets the failed log-ins of `keys`.
    fn clear_login_failures(&self, keys: &[String]) -> Result<()>;

    /// Creates a case. A taken name gives
    /// [`StoreError::CaseExists`](crate::StoreError::CaseExists).
    fn create_case(&self, name: &str) -> Result<Case>;

    /// The case of that exact name.
    fn case_by_name(&self, name: &str) -> Result<Option<Case>>;

    /// The case of that row id.
    fn case_by_id(&self, id: CaseId) -> Result<Option<Case>>;

    /// Every case with its sizes, by name.
    fn list_cases(&self) -> Result<Vec<CaseSummary>>;

    /// The exhibit `name` of `case`, created if absent. An existing exhibit
    /// keeps the source path it was first opened with; each run records the
    /// path it read.
    fn open_exhibit(&self, case: CaseId, name: &str, source_path: &str) -> Result<Exhibit>;

    /// The exhibits of a case, by name.
    fn exhibits(&self, case: CaseId) -> Result<Vec<Exhibit>>;

    /// Records the start of an ingest run of an exhibit from `source_path`,
    /// and takes the run's lease: while this store lives and the run is not
    /// finished, any process that opens the lab sees the run alive; once the
    /// process ends without finishing it, the next open marks it
    /// [`RunStatus::Aborted`](crate::RunStatus::Aborted).
    fn start_run(&self, exhibit: ExhibitId, source_path: &str) -> Result<RunId>;

    /// Records how a run ended and ends its lease. `RunStatus::Running` is
    /// refused, as is a run that is not running.
    fn finish_run(&self, run: RunId, outcome: &RunOutcome) -> Result<()>;

    /// The runs of an exhibit, oldest first.
    fn runs(&self, exhibit: ExhibitId) -> Result<Vec<IngestRun>>;

    /// The ledger of an exhibit: the files ingests finished, oldest first.
    /// A resumed ingest skips a file that is the same as one of them
    /// ([`DoneFile::same_as`]).
    fn done_files(&self, exhibit: ExhibitId) -> Result<Vec<DoneFile>>;

    /// Appends an event to an exhibit's custody log.
    fn add_custody(&self, event: &NewCustody) -> Result<()>;

    /// The custody log of an exhibit, in the order recorded.
    fn custody(&self, exhibit: ExhibitId) -> Result<Vec<CustodyEvent>>;

    /// How many of an exhibit's occurrences are allocated, deleted and
    /// carved, and its open error rows.
    fn disk_counts(&self, exhibit: ExhibitId) -> Result<DiskCounts>;

    /// Writes a batch in one transaction (see the module contract).
    fn write_batch(&self, batch: &IngestBatch) -> Result<BatchOutcome>;

    /// One page of the unique media of a case, by row id.
    fn list_media(&self, case: CaseId, query: &MediaQuery) -> Result<Vec<MediaSummary>>;

    /// One media item with every occurrence and error, in every case.
    /// A key matching several items gives
    /// [`StoreError::AmbiguousKey`](crate::StoreError::AmbiguousKey).
    fn media(&self, key: &MediaKey) -> Result<Option<MediaDetail>>;

    /// What a case holds.
    fn case_counts(&self, case: CaseId) -> Result<CaseCounts>;

    /// The ingest errors of a case with their exhibit's name, in the order
    /// recorded.
    fn ingest_errors(&self, case: CaseId) -> Result<Vec<(String, IngestError)>>;

    /// Every blob the database expects in the evidence store (media contents,
    /// thumbnails and renditions), sorted and without duplicates; a verify reports the
    /// ones the evidence store lacks.
    fn blob_refs(&self) -> Result<Vec<Sha256>>;

    /// Records a file of legal facts, already validated by the caller
    /// against the data it applies to.
    fn add_law_import(&self, name: &str, content: &str) -> Result<LawImport>;

    /// Every imported file of legal facts, in the order they apply.
    fn law_imports(&self) -> Result<Vec<LawImport>>;

    /// Creates a hash set and stores every entry `feed` gives, in one
    /// transaction: if the feed fails (a malformed file) or a row is
    /// refused (a repeated `MediaID`), nothing is stored. A taken name gives
    /// [`StoreError::HashsetExists`](crate::StoreError::HashsetExists).
    fn import_hashset(&self, new: &NewHashset, feed: &mut HashsetFeed<'_>) -> Result<Hashset>;

    /// Every hash set, by name.
    fn list_hashsets(&self) -> Result<Vec<Hashset>>;

    /// The hash set of that name (ignoring ASCII case).
    fn hashset_by_name(&self, name: &str) -> Result<Option<Hashset>>;

    /// Removes a hash set and its entries; whether it existed.
    fn remove_hashset(&self, name: &str) -> Result<bool>;

    /// The candidates for an exact match of the case's media against every
    /// hash set: each pair of a media item of the case and an entry whose
    /// strongest digest (SHA-256, else SHA-1, else MD5) equals the item's
    /// same digest, once, with both sides' digests, in no particular order.
    /// Whether the other digests agree is not decided here
    /// (`vilab_match::digests_agree` decides; an MD5 collision is a
    /// candidate, not a match).
    fn exact_candidates(&self, case: CaseId) -> Result<Vec<ExactCandidate>>;

    /// The case's decoded media with their eight dihedral hashes.
    fn case_pdqs(&self, case: CaseId) -> Result<Vec<MediaPdq>>;

    /// Hands every hash-set entry that carries a PDQ to `visit`, in entry
    /// order. Streamed: at 10 million entries a list of them would be
    /// half a gigabyte beside the index built from them.
    fn known_pdqs(&self, visit: &mut dyn FnMut(IndexedPdq)) -> Result<()>;

    /// Hands the PDQ of every media item found only in other cases to `visit`.
    fn other_case_pdqs(&self, case: CaseId, visit: &mut dyn FnMut(IndexedPdq)) -> Result<()>;

    /// Replaces what matching found for the case, in one transaction;
    /// returns the rows stored.
    fn replace_matches(&self, case: CaseId, rows: &[MatchRow]) -> Result<usize>;

    /// Every media item of the case with its stored matches and the other
    /// cases holding the same content, by row id. An item's hash-set hits
    /// come in no particular order: which is the strongest is the caller's
    /// rule (`vilab_match::strongest_first`).
    fn triage(&self, case: CaseId) -> Result<Vec<TriageItem>>;

    /// What matching stored for one item, in every case, with the case:
    /// nearest first within a case.
    fn media_matches(&self, media: MediaRowId) -> Result<Vec<(CaseId, KnownHit)>>;

    /// Items with a PDQ in the given cases (`None`: every case) within
    /// `radius` of any of `probes`, once per case, nearest first. A scan of
    /// every PDQ in the lab: the application layer looks up through its
    /// in-memory index instead, and is tested against this.
    fn pdq_neighbours(&self, probes: &[PdqHash], radius: u32, cases: Option<&[CaseId]>) -> Result<Vec<PdqNeighbour>>;

    // An in-memory PDQ index of the lab's media (vilab-lab's): what it reads,
    // and then reads again from its last row.

    /// Every media item with a PDQ whose row id is above `after` (`None`:
    /// every one), in row-id order: its row id and original-orientation hash.
    fn media_pdqs_after(&self, after: Option<MediaRowId>, visit: &mut dyn FnMut(MediaRowId, PdqHash)) -> Result<()>;

    /// The highest media row id and how many ingest runs have ended.
    fn media_mark(&self) -> Result<MediaMark>;

    /// The cases each of `media` occurs in, as (item, case) pairs ordered by
    /// item then case; an item in no case has none.
    fn media_cases(&self, media: &[MediaRowId]) -> Result<Vec<(MediaRowId, CaseId)>>;

    /// The eight dihedral hashes of those of `media` that have them, by row
    /// id.
    fn media_pdqs(&self, media: &[MediaRowId]) -> Result<Vec<MediaPdq>>;

    /// Hash-set entries whose strongest digest is one of `digests`
    /// (`("md5" | "sha1" | "sha256", bytes)`), then those whose PDQ lies
    /// within `radius` of any of `probes`.
    fn known_lookup(&self, digests: [(&str, &[u8]); 3], probes: &[PdqHash], radius: u32) -> Result<Vec<KnownHit>>;

    /// The digests, size and PDQ of every media item of the case, by row id.
    fn case_digests(&self, case: CaseId) -> Result<Vec<MediaDigests>>;

    /// Every place of every media item of the case: the item, its
    /// exhibit's name and where in the exhibit; by item, then in the order
    /// recorded.
    fn case_places(&self, case: CaseId) -> Result<Vec<(MediaRowId, String, OccurrenceKey)>>;

    /// Removes one imported file of legal facts; whether it existed. The
    /// others keep their ids and order. The caller checks first that the
    /// remaining imports still apply.
    fn remove_law_import(&self, id: i64) -> Result<bool>;

    /// Appends an entry to the audit log as the record after the head, in
    /// one transaction that holds the write lock from its start, so that
    /// appenders in several processes never fork the chain. Refused
    /// ([`StoreError::Invalid`](crate::StoreError::Invalid)) if
    /// [`AuditEntry::check`] refuses it or `details` is not a JSON object.
    fn append_audit(&self, entry: &AuditEntry) -> Result<AuditRecord>;

    /// One page of the audit log, filtered, by seq.
    fn audit_records(&self, query: &AuditQuery) -> Result<Vec<AuditRecord>>;

    /// Hands every audit record to `visit`, by seq, from one snapshot.
    /// Streamed: a lab's log grows to millions of records.
    fn visit_audit(&self, visit: &mut dyn FnMut(AuditRecord)) -> Result<()>;

    /// The last audit record's seq and hash; `None` while the log is empty.
    fn audit_head(&self) -> Result<Option<(u64, [u8; 32])>>;

    /// Stores the lab's signature over the chain at a record. The record
    /// must be stored with the checkpoint's hash. Storing the same
    /// checkpoint again changes nothing; a different signature for the
    /// same record is refused.
    fn add_audit_checkpoint(&self, checkpoint: &AuditCheckpoint) -> Result<()>;

    /// Every audit checkpoint, by seq.
    fn audit_checkpoints(&self) -> Result<Vec<AuditCheckpoint>>;

    /// The audit checkpoint of the highest seq.
    fn last_audit_checkpoint(&self) -> Result<Option<AuditCheckpoint>>;

    // The review lab (schema version 10): the review index, decisions,
    // settings, series and the leads the grid draws from metadata.

    /// Writes a match run's triage of a case's items into the review index.
    fn set_review_triage(&self, case: CaseId, marks: &[TriageMark]) -> Result<()>;

    /// One page of a case's review grid, in keyset order.
    fn review_page(&self, case: CaseId, query: &ReviewQuery) -> Result<Vec<ReviewRow>>;

    /// A case's items grouped, those holding the most known items first.
    fn review_groups(&self, case: CaseId, by: GroupBy, filter: &ReviewFilter) -> Result<Vec<ReviewGroup>>;

    /// Whether the media item is one of the case's.
    fn review_item_in_case(&self, case: CaseId, media: MediaRowId) -> Result<bool>;

    /// Appends a batch of one reviewer's decisions (every item must be the
    /// case's: else nothing is stored) and settles each item by
    /// `vilab_core::review::settle`, in one transaction.
    fn record_decisions(&self, new: &NewDecisions) -> Result<DecisionOutcome>;

    /// Retracts the reviewer's latest batch in the case that still has a
    /// live decision (the undo); `None` when there is none.
    fn retract_last_decisions(&self, case: CaseId, account: AccountId, at: i64) -> Result<Option<DecisionOutcome>>;

    /// Every decision on an item of a case, oldest first.
    fn decisions(&self, case: CaseId, media: MediaRowId) -> Result<Vec<DecisionRecord>>;

    /// An account's review settings (the defaults when never set).
    fn account_settings(&self, account: AccountId) -> Result<AccountSettings>;

    /// Replaces an account's review settings.
    fn set_account_settings(&self, account: AccountId, settings: &AccountSettings, at: i64) -> Result<()>;

    /// Creates a series in a case. A taken name gives
    /// [`StoreError::SeriesExists`](crate::StoreError::SeriesExists).
    fn create_series(&self, case: CaseId, name: &str, account: AccountId, at: i64) -> Result<Series>;

    /// A series by id.
    fn series(&self, id: SeriesId) -> Result<Option<Series>>;

    /// The series of a case, by name.
    fn list_series(&self, case: CaseId) -> Result<Vec<Series>>;

    /// Adds items of the series' case to it (all or nothing); how many
    /// were new members.
    fn add_to_series(&self, series: SeriesId, items: &[MediaRowId], account: AccountId, at: i64) -> Result<u64>;

    /// Renames a series (names are unique in a case).
    fn rename_series(&self, id: SeriesId, name: &str) -> Result<Series>;

    /// Merges `from` into `into` (one case): the members move, `from` is
    /// marked merged.
    fn merge_series(&self, from: SeriesId, into: SeriesId, account: AccountId, at: i64) -> Result<u64>;

    /// The series of a case an item is in.
    fn series_of(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Series>>;

    /// How far a case's review has come: items, decided, conflicts,
    /// follow-ups, and the items each reviewer decided.
    fn review_progress(&self, case: CaseId) -> Result<ReviewProgress>;

    /// Cameras (make + model + body serial) with their items per case, over
    /// the given cases (`None`: every case).
    fn camera_groups(&self, cases: Option<&[CaseId]>) -> Result<Vec<CameraGroup>>;

    /// GPS positions of a case's items (under the filter) in squares of
    /// `cell` degrees.
    fn map_cells(&self, case: CaseId, filter: &ReviewFilter, cell: f64) -> Result<Vec<MapCell>>;

    /// How many of a case's items (under the filter) were taken in each
    /// year, month or day.
    fn timeline(&self, case: CaseId, filter: &ReviewFilter, step: TimelineStep) -> Result<Vec<TimelineBin>>;

    // Records beside the media (schema version 11): victims and offenders,
    // locations, their links, leads, and the word search over their texts
    // and the series' names. Every text change re-indexes its record's
    // words (`vilab_words`) in the same transaction.

    /// Creates a person of a case, `unidentified` (the first row of its
    /// status history, set by its creator).
    fn create_person(
        &self,
        case: CaseId,
        kind: PersonKind,
        label: &str,
        notes: &str,
        by: AccountId,
        at: i64,
    ) -> Result<Person>;

    /// A person with its current status and links.
    fn person(&self, id: PersonId) -> Result<Option<Person>>;

    /// The persons of a case, of one kind or both, by id.
    fn list_persons(&self, case: CaseId, kind: Option<PersonKind>) -> Result<Vec<Person>>;

    /// Replaces a person's kind, label and notes (a safeguarded person
    /// stays a victim: else [`StoreError::Invalid`](crate::StoreError::Invalid)).
    fn update_person(&self, id: PersonId, kind: PersonKind, label: &str, notes: &str) -> Result<Person>;

    /// Appends an identification status to a person's history (only a
    /// victim is `safeguarded`: else
    /// [`StoreError::Invalid`](crate::StoreError::Invalid)).
    fn set_person_status(&self, id: PersonId, status: IdStatus, by: AccountId, at: i64) -> Result<Person>;

    /// Every identification status a person had, oldest first.
    fn person_status_history(&self, id: PersonId) -> Result<Vec<StatusChange<IdStatus>>>;

    /// Creates a location of a case.
    fn create_location(&self, case: CaseId, fields: &LocationFields, by: AccountId, at: i64) -> Result<Location>;

    /// A location with its links.
    fn location(&self, id: LocationId) -> Result<Option<Location>>;

    /// The locations of a case, by id.
    fn list_locations(&self, case: CaseId) -> Result<Vec<Location>>;

    /// Replaces a location's fields.
    fn update_location(&self, id: LocationId, fields: &LocationFields) -> Result<Location>;

    /// Links a person or location to a series or media item of its own
    /// case (another case's is `NotFound`); whether the link is new.
    fn link_record(&self, record: RecordRef, target: LinkTarget, by: AccountId, at: i64) -> Result<bool>;

    /// Removes a link; whether it was there.
    fn unlink_record(&self, record: RecordRef, target: LinkTarget) -> Result<bool>;

    /// The persons and locations linked to a series or item (persons first).
    fn records_linked_to(&self, target: LinkTarget) -> Result<Vec<RecordRef>>;

    /// Creates a lead on an item of its case, `open`; a rectangle must lie
    /// inside the item's pixels where its size is known.
    fn create_lead(&self, new: &NewLead, by: AccountId, at: i64) -> Result<Lead>;

    /// A lead.
    fn lead(&self, id: LeadId) -> Result<Option<Lead>>;

    /// The leads of a case under a filter, newest first.
    fn list_leads(&self, case: CaseId, filter: &LeadFilter) -> Result<Vec<Lead>>;

    /// Replaces a lead's text and rectangle.
    fn update_lead(&self, id: LeadId, text: &str, rect: Option<Rect>, at: i64) -> Result<Lead>;

    /// Sets a lead's status and owner; a change of either is appended to
    /// its history, setting what it already is changes nothing.
    fn set_lead_state(
        &self,
        id: LeadId,
        status: LeadStatus,
        owner: Option<AccountId>,
        by: AccountId,
        at: i64,
    ) -> Result<Lead>;

    /// Every status and owner a lead had, oldest first.
    fn lead_history(&self, id: LeadId) -> Result<Vec<LeadChange>>;

    /// The records of a case (persons, locations, leads, series) whose
    /// texts hold every word of `query` (cut by `vilab_words`), by kind and
    /// id, at most `limit` (capped at
    /// [`MAX_SEARCH_HITS`](crate::model::records::MAX_SEARCH_HITS)). A
    /// query without words finds nothing; one of more than
    /// [`MAX_QUERY_WORDS`](crate::model::records::MAX_QUERY_WORDS) is
    /// [`StoreError::Invalid`](crate::StoreError::Invalid).
    fn search_records(&self, case: CaseId, query: &str, limit: u32) -> Result<Vec<SearchHit>>;

    // Series linked across cases (schema version 13). Links are a history:
    // each link and unlink is an event, never changed or removed.

    /// Links (`linked`) or unlinks two series of different cases (one
    /// case's two series: [`StoreError::Invalid`](crate::StoreError::Invalid);
    /// a missing one: `NotFound`), appending an event with the note when
    /// that changes the pair's state; whether it did.
    fn set_series_link(
        &self,
        a: SeriesId,
        b: SeriesId,
        linked: bool,
        note: &str,
        by: AccountId,
        at: i64,
    ) -> Result<bool>;

    /// The links of a series standing now (each pair's latest event, where
    /// it links), by the other series' id.
    fn linked_series(&self, series: SeriesId) -> Result<Vec<SeriesLinkEvent>>;

    /// Every link and unlink event naming a series, oldest first.
    fn series_link_history(&self, series: SeriesId) -> Result<Vec<SeriesLinkEvent>>;

    /// A series' members with their PDQ, by item.
    fn series_member_pdqs(&self, series: SeriesId) -> Result<Vec<SeriesMemberPdq>>;

    /// Unmerged series of other cases holding items the series holds (the
    /// same content), with how many, most first.
    fn series_sharing_items(&self, series: SeriesId) -> Result<Vec<(SeriesId, u64)>>;

    // ViLab galleries (issue 20): galleries for an audience and a span of
    // dates, their editors and participants, their items, the offline
    // bundles made of them, and clues, each recorded with the lead it
    // becomes in its item's case.

    /// Creates a gallery; its creator is its first editor.
    fn create_gallery(&self, new: &NewGallery, by: AccountId, at: i64) -> Result<Gallery>;

    /// A gallery by uid.
    fn gallery_by_uid(&self, uid: &str) -> Result<Option<Gallery>>;

    /// A gallery by row id.
    fn gallery(&self, id: GalleryId) -> Result<Option<Gallery>>;

    /// Every gallery (`None`), or those an account is a member of; newest first.
    fn list_galleries(&self, member: Option<AccountId>) -> Result<Vec<Gallery>>;

    /// Replaces a gallery's title and dates; its audience never changes
    /// ([`StoreError::Invalid`](crate::StoreError::Invalid) naming `audience`).
    fn update_gallery(&self, id: GalleryId, new: &NewGallery) -> Result<Gallery>;

    /// Makes an account an editor (`Some(true)`), a participant
    /// (`Some(false)`) or no member (`None`) of a gallery; whether that
    /// changed anything.
    fn set_gallery_member(
        &self,
        gallery: GalleryId,
        account: AccountId,
        editor: Option<bool>,
        by: AccountId,
        at: i64,
    ) -> Result<bool>;

    /// An account's membership of a gallery.
    fn gallery_member(&self, gallery: GalleryId, account: AccountId) -> Result<Option<GalleryMember>>;

    /// A gallery's members, editors first.
    fn gallery_members(&self, gallery: GalleryId) -> Result<Vec<GalleryMember>>;

    /// Adds an item of a case (optionally as a member of one of the case's
    /// series) to the end of a gallery, or brings a removed one back in its
    /// place; the item and whether it was not shown before.
    fn add_gallery_item(
        &self,
        gallery: GalleryId,
        case: CaseId,
        media: MediaRowId,
        series: Option<SeriesId>,
        by: AccountId,
        at: i64,
    ) -> Result<(GalleryItem, bool)>;

    /// Takes an item out of its gallery (its clues and their leads stay);
    /// whether it was shown.
    fn remove_gallery_item(&self, item: GalleryItemId, by: AccountId, at: i64) -> Result<bool>;

    /// An item shown in a gallery (a removed one is `None`).
    fn gallery_item(&self, item: GalleryItemId) -> Result<Option<GalleryItem>>;

    /// The items shown in a gallery, in order.
    fn gallery_items(&self, gallery: GalleryId) -> Result<Vec<GalleryItem>>;

    /// Records an offline bundle made of a gallery under the uid written
    /// into it (32 lowercase hex digits).
    fn record_gallery_bundle(
        &self,
        gallery: GalleryId,
        uid: &str,
        recipient: &str,
        expires_at: i64,
        by: AccountId,
        at: i64,
    ) -> Result<GalleryBundle>;

    /// A bundle by uid.
    fn gallery_bundle(&self, uid: &str) -> Result<Option<GalleryBundle>>;

    /// The bundles made of a gallery, oldest first.
    fn gallery_bundles(&self, gallery: GalleryId) -> Result<Vec<GalleryBundle>>;

    /// Records a clue and, in the same transaction, the lead it becomes in
    /// its item's case (written by the poster, or by `by` for a bundle's
    /// clue). A uid recorded already returns that clue (`false`) when the
    /// clue is the same, and is [`StoreError::Invalid`](crate::StoreError::Invalid)
    /// naming `uid` when it is not.
    fn record_clue(&self, new: &NewClue, by: AccountId, at: i64) -> Result<(Clue, bool)>;

    /// A gallery's clues after `after` (a board's cursor), of one item or
    /// all, oldest first, at most `limit`.
    fn gallery_clues(
        &self,
        gallery: GalleryId,
        item: Option<GalleryItemId>,
        after: Option<ClueId>,
        limit: u32,
    ) -> Result<Vec<Clue>>;

    /// The clue a lead came from.
    fn clue_of_lead(&self, lead: LeadId) -> Result<Option<Clue>>;

    // Training exercises (issue 20), on a gallery's items.

    /// Sets an exercise on a gallery (one per gallery): its rubric and each
    /// item's expected answer (JSON), every item one the gallery shows.
    fn create_exercise(
        &self,
        gallery: GalleryId,
        rubric: &str,
        items: &[(GalleryItemId, String)],
        by: AccountId,
        at: i64,
    ) -> Result<Exercise>;

    /// The exercise set on a gallery.
    fn exercise_of_gallery(&self, gallery: GalleryId) -> Result<Option<Exercise>>;

    /// An exercise's items with their expected answers, in the gallery's order.
    fn exercise_items(&self, exercise: ExerciseId) -> Result<Vec<(GalleryItemId, String)>>;

    /// Records a trainee's answer; it replaces an earlier answer of the
    /// trainee on the item (and its mark), never a later one; whether
    /// anything changed.
    fn record_answer(&self, exercise: ExerciseId, new: &NewAnswer, by: AccountId, at: i64) -> Result<bool>;

    /// Sets the trainer's points for the free text of an answer.
    fn mark_answer(
        &self,
        exercise: ExerciseId,
        item: GalleryItemId,
        trainee: &str,
        points: u32,
        by: AccountId,
        at: i64,
    ) -> Result<()>;

    /// Every answer of an exercise, by trainee, then item.
    fn exercise_answers(&self, exercise: ExerciseId) -> Result<Vec<ExerciseAnswer>>;
    // Regions and renditions per audience (schema version 14). A region's
    // versions are a history: each draw, change and delete appends one. A
    // change of any region of an item marks the item's renditions stale in
    // the same transaction.

    /// Draws a region on an item of a case (version 1; its uid is random).
    /// Fields that do not fit the item are
    /// [`StoreError::Invalid`](crate::StoreError::Invalid) naming the field;
    /// an item not of the case is `NotFound`.
    fn create_region(
        &self,
        case: CaseId,
        media: MediaRowId,
        fields: &RegionFields,
        by: AccountId,
        at: i64,
    ) -> Result<Region>;

    /// Appends a version with new fields to a region that stands; `None`
    /// when there is none of that uid, or it is deleted.
    fn update_region(&self, uid: &str, fields: &RegionFields, by: AccountId, at: i64) -> Result<Option<Region>>;

    /// Appends a deletion to a region that stands (its last fields kept);
    /// `None` when there is none of that uid, or it is deleted.
    fn delete_region(&self, uid: &str, by: AccountId, at: i64) -> Result<Option<Region>>;

    /// A region's latest version, deleted or not.
    fn region(&self, uid: &str) -> Result<Option<Region>>;

    /// The current regions of an item of a case (each one's latest version,
    /// where not deleted), in the order drawn.
    fn regions(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Region>>;

    /// Every version of every region of an item of a case, oldest first.
    fn region_history(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Region>>;

    /// Records a rendition whose bytes are in the evidence store (its uid
    /// is random). Refused when its sources are not exactly the item's
    /// current regions, or a public crop's object region is not one of them.
    fn add_rendition(&self, new: &NewRendition) -> Result<Rendition>;

    /// A rendition by uid.
    fn rendition(&self, uid: &str) -> Result<Option<Rendition>>;

    /// The renditions of an item of a case, newest first.
    fn renditions(&self, case: CaseId, media: MediaRowId) -> Result<Vec<Rendition>>;

    /// Approves a public crop, by an account other than its maker (four
    /// eyes), neither stale nor approved already (else
    /// [`StoreError::Invalid`](crate::StoreError::Invalid)); `None` when
    /// there is none of that uid.
    fn approve_rendition(&self, uid: &str, by: AccountId, at: i64) -> Result<Option<Rendition>>;
}
