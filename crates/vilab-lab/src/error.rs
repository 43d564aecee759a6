//! The one table of error codes of vilab, in the spirit of meilisearch's
//! `make_error_codes!`: every error any caller of the lab can meet has a
//! stable code (`case_not_found`), a [`Kind`] that gives its HTTP status
//! and its command-line exit status, and a message key in the catalogs
//! (`error-case-not-found`). Library crates keep their own `thiserror`
//! types; [`crate::error_map`] turns them into an [`AppError`] in one place.

use std::fmt;

/// What kind of failure an error is: decides the HTTP status and the exit
/// status, so that the browser and the command line agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The request itself is wrong (a value, a file given to import).
    InvalidInput,
    /// No actor: not logged in, session expired, wrong user or password.
    Unauthenticated,
    /// The actor may not do this.
    Forbidden,
    /// What was named does not exist.
    NotFound,
    /// It exists already, or the state forbids it now.
    Conflict,
    /// Too many failed log-ins: wait.
    Throttled,
    /// The check found the lab damaged (evidence, audit chain).
    Integrity,
    /// vilab or the machine failed (database, disk).
    Internal,
}

impl Kind {
    /// The HTTP status the browser lab answers with.
    pub fn http_status(self) -> u16 {
        match self {
            Kind::InvalidInput => 400,
            Kind::Unauthenticated => 401,
            Kind::Forbidden => 403,
            Kind::NotFound => 404,
            Kind::Conflict => 409,
            Kind::Throttled => 429,
            Kind::Integrity | Kind::Internal => 500,
        }
    }

    /// The command line's exit status (0 is success; 2 is also clap's for a
    /// malformed command line; 3 an ingest left files to retry; 130 and 143
    /// a stop by SIGINT or SIGTERM).
    pub fn exit_status(self) -> u8 {
        match self {
            Kind::Internal => 1,
            Kind::InvalidInput => 2,
            Kind::Unauthenticated => 4,
            Kind::Forbidden => 5,
            Kind::NotFound => 6,
            Kind::Conflict => 7,
            Kind::Throttled => 8,
            Kind::Integrity => 9,
        }
    }
}

macro_rules! error_codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $code:literal, $kind:ident;)*) => {
        /// A stable error code. Never renamed once released: scripts and
        /// the browser lab match on it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Code {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Code {
            /// Every code, in the table's order.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The code as scripts and the browser see it.
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// Its kind.
            pub fn kind(self) -> Kind {
                match self { $(Code::$variant => Kind::$kind,)* }
            }
        }
    };
}

error_codes! {
    /// A value given was refused; `field` and `reason` say which and why.
    InvalidInput = "invalid_input", InvalidInput;
    /// A file given to read could not be read.
    FileUnreadable = "file_unreadable", InvalidInput;
    /// An output file could not be written.
    FileUnwritable = "file_unwritable", Internal;
    /// No session and no user given.
    NotLoggedIn = "not_logged_in", Unauthenticated;
    /// The session expired, was revoked, or its account was disabled.
    SessionEnded = "session_ended", Unauthenticated;
    /// Wrong user name or password, or a disabled account: one answer for
    /// all, so that nobody learns which accounts exist.
    LoginFailed = "login_failed", Unauthenticated;
    /// Too many failed log-ins for this account or from this place.
    LoginThrottled = "login_throttled", Throttled;
    /// The actor's role or case membership does not allow the action.
    PermissionDenied = "permission_denied", Forbidden;
    /// No lab at that place.
    LabNotFound = "lab_not_found", NotFound;
    /// A lab exists there already.
    LabExists = "lab_exists", Conflict;
    /// `init` in a folder that holds other files.
    LabDirNotEmpty = "lab_dir_not_empty", Conflict;
    /// The lab was written by a newer vilab.
    LabTooNew = "lab_too_new", Conflict;
    /// The lab's key does not match its database.
    LabIdentityInvalid = "lab_identity_invalid", Integrity;
    /// No case of that name.
    CaseNotFound = "case_not_found", NotFound;
    /// A case of that name exists.
    CaseExists = "case_exists", Conflict;
    /// An exhibit was first ingested from another folder.
    ExhibitSourceChanged = "exhibit_source_changed", Conflict;
    /// No account of that name.
    AccountNotFound = "account_not_found", NotFound;
    /// An account of that name exists.
    AccountExists = "account_exists", Conflict;
    /// The last enabled administrator cannot be disabled or demoted.
    LastAdministrator = "last_administrator", Conflict;
    /// No media item matches the key.
    MediaNotFound = "media_not_found", NotFound;
    /// A media key matches several items.
    MediaKeyAmbiguous = "media_key_ambiguous", InvalidInput;
    /// No hash set of that name.
    HashsetNotFound = "hashset_not_found", NotFound;
    /// A hash set of that name exists.
    HashsetExists = "hashset_exists", Conflict;
    /// A hash-set file could not be read as VICS, a list or CSV.
    HashsetMalformed = "hashset_malformed", InvalidInput;
    /// No category profile of that name.
    ProfileUnknown = "profile_unknown", InvalidInput;
    /// The lab's `profiles.toml` is malformed.
    ProfilesMalformed = "profiles_malformed", InvalidInput;
    /// A long job was stopped (Ctrl-C); nothing of it was stored.
    Interrupted = "interrupted", Conflict;
    /// A file of legal facts was refused.
    LawImportInvalid = "law_import_invalid", InvalidInput;
    /// No import of that id.
    LawImportNotFound = "law_import_not_found", NotFound;
    /// A later import needs the one to remove.
    LawImportNeeded = "law_import_needed", Conflict;
    /// The bundled legal data or a jurisdiction or criterion named.
    LawQueryInvalid = "law_query_invalid", InvalidInput;
    /// The audit chain does not verify.
    AuditChainBroken = "audit_chain_broken", Integrity;
    /// The database failed.
    DatabaseError = "database_error", Internal;
    /// The evidence store failed (a read or a write).
    EvidenceError = "evidence_error", Internal;
    /// `verify` found blobs corrupt, unreadable or missing.
    EvidenceCorrupt = "evidence_corrupt", Integrity;
    /// An ingest could not run.
    IngestFailed = "ingest_failed", Internal;
    /// An item has no thumbnail to make a rendition of.
    NoThumbnail = "no_thumbnail", NotFound;
    /// No such series in the case.
    SeriesNotFound = "series_not_found", NotFound;
    /// A series of that name exists in the case.
    SeriesExists = "series_exists", Conflict;
    /// A category number the profile does not name.
    CategoryUnknown = "category_unknown", InvalidInput;
    /// A number outside its range; `field`, `value`, `min`, `max`.
    ValueOutOfRange = "value_out_of_range", InvalidInput;
    /// A call on a selection that is empty.
    NothingSelected = "nothing_selected", InvalidInput;
    /// A language code vilab has no catalog for; `value`.
    UnknownLanguage = "unknown_language", InvalidInput;
    // Records beside the media (victims, offenders, locations, leads).
    /// No such person in the case; `id`.
    PersonNotFound = "person_not_found", NotFound;
    /// No such location in the case; `id`.
    LocationNotFound = "location_not_found", NotFound;
    /// No such lead in the case; `id`.
    LeadNotFound = "lead_not_found", NotFound;
    /// A lead's owner must be a member of its case; `user`, `case`.
    OwnerNotMember = "owner_not_member", InvalidInput;
    /// A picture given to search by is not an image vilab decodes; `kind`.
    UploadNotImage = "upload_not_image", InvalidInput;
    // Disk images and exhibits (issue 23).
    /// A disk image cannot be opened as the container it looks like; `file`.
    DiskImageUnreadable = "disk_image_unreadable", InvalidInput;
    /// No exhibit of that name in the cases one may see; `exhibit`.
    ExhibitNotFound = "exhibit_not_found", NotFound;
    /// Several cases one may see hold an exhibit of that name; `exhibit`,
    /// `cases` (their names, joined by commas).
    ExhibitAmbiguous = "exhibit_ambiguous", InvalidInput;
    // Encryption at rest (issue 21).
    /// The lab is encrypted and no passphrase or recovery key was given; `path`.
    LabLocked = "lab_locked", Unauthenticated;
    /// The passphrase does not open the lab; nothing was changed.
    WrongPassphrase = "wrong_passphrase", Unauthenticated;
    /// The recovery key does not open the lab (or is mistyped).
    WrongRecoveryKey = "wrong_recovery_key", Unauthenticated;
    /// The key slots are damaged or altered, or do not belong to the
    /// database or the files beside them.
    LabKeysInvalid = "lab_keys_invalid", Integrity;
    /// A key operation on a lab that is not encrypted; `path`.
    LabNotEncrypted = "lab_not_encrypted", Conflict;
    // Series linked across cases (issue 19).
    /// A series is linked only to a series of another case (two of one
    /// case are merged); `id`.
    SeriesLinkSameCase = "series_link_same_case", InvalidInput;
    // Backups (issue 21).
    /// A backup of a plain lab: it would hold the evidence in clear; `path`.
    BackupNeedsEncryption = "backup_needs_encryption", Conflict;
    /// A backup archive is not one, or is damaged or cut; `path`.
    BackupInvalid = "backup_invalid", Integrity;
    /// A file that would be overwritten exists; `file`.
    FileExists = "file_exists", Conflict;
    // ViLab galleries (issue 20).
    /// No gallery of that uid among those one is a member of; `gallery`.
    GalleryNotFound = "gallery_not_found", NotFound;
    /// The gallery is not open now (before its first day or after its
    /// last); `gallery`.
    GalleryClosed = "gallery_closed", Conflict;
    /// No item of that id shown in the gallery; `item`.
    GalleryItemNotFound = "gallery_item_not_found", NotFound;
    /// An account whose role may not receive the gallery's renditions, or
    /// an editor who is not an analyst or trainer; `user`, `role`, `audience`.
    GalleryMemberRole = "gallery_member_role", InvalidInput;
    /// No offline bundle of that uid made of the gallery; `bundle`.
    BundleNotFound = "bundle_not_found", NotFound;
    /// The gallery has no training exercise (or not that one); `gallery`.
    ExerciseNotFound = "exercise_not_found", NotFound;
    // Regions and renditions per audience (issue 20).
    /// A region's field is refused; `field` and `reason`.
    RegionInvalid = "region_invalid", InvalidInput;
    /// No region of that uid stands on the item; `uid`.
    RegionNotFound = "region_not_found", NotFound;
    /// No rendition of that uid (or of a case the actor may not see); `uid`.
    RenditionNotFound = "rendition_not_found", NotFound;
    /// A region of the item changed after the rendition was made: make it
    /// again; `uid`.
    RenditionStale = "rendition_stale", Conflict;
    /// The maker of a public crop may not approve it (four eyes); `uid`.
    ApprovalSameActor = "approval_same_actor", Forbidden;
    /// A public crop of object region `object` would show part of person
    /// region `person` (margin included): nothing was made.
    CropTouchesPerson = "crop_touches_person", Conflict;
    /// A public crop leaves only once a second analyst approved it; `uid`.
    RenditionNotApproved = "rendition_not_approved", Conflict;
    /// The actor's role may not receive a rendition for `audience`.
    AudienceNotAllowed = "audience_not_allowed", Forbidden;
    /// Anything else: a defect of vilab.
    Internal = "internal", Internal;
}

impl Code {
    /// Its message key in the catalogs: `error-` and the code with dashes.
    pub fn message_key(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A value of a message's placeable: text or a number (numbers are
/// formatted by the reader's locale).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Param {
    /// Text, shown as it is.
    Text(String),
    /// A whole number.
    Int(i64),
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Param::Text(t) => f.write_str(t),
            Param::Int(n) => write!(f, "{n}"),
        }
    }
}

impl From<&str> for Param {
    fn from(v: &str) -> Self {
        Param::Text(v.to_string())
    }
}
impl From<String> for Param {
    fn from(v: String) -> Self {
        Param::Text(v)
    }
}
impl From<i64> for Param {
    fn from(v: i64) -> Self {
        Param::Int(v)
    }
}
impl From<u64> for Param {
    fn from(v: u64) -> Self {
        Param::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<usize> for Param {
    fn from(v: usize) -> Self {
        Param::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<u32> for Param {
    fn from(v: u32) -> Self {
        Param::Int(i64::from(v))
    }
}

/// An error of the application layer: a code, the values its message
/// names, and the library's own detail where there is one (a parser's
/// line and column, the operating system's words), which is shown as it is.
#[derive(Debug)]
pub struct AppError {
    code: Code,
    params: Vec<(&'static str, Param)>,
    detail: Option<String>,
}

/// Result of every operation of the application layer.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

impl AppError {
    /// An error of `code` without parameters.
    pub fn new(code: Code) -> Self {
        AppError { code, params: Vec::new(), detail: None }
    }

    /// Adds a parameter of the message.
    pub fn with(mut self, name: &'static str, value: impl Into<Param>) -> Self {
        self.params.push((name, value.into()));
        self
    }

    /// Adds the library's own words.
    pub fn detail(mut self, detail: impl fmt::Display) -> Self {
        self.detail = Some(detail.to_string());
        self
    }

    /// `invalid_input` for `field`, with why.
    pub fn invalid(field: &str, reason: impl fmt::Display) -> Self {
        AppError::new(Code::InvalidInput).with("field", field).with("reason", reason.to_string())
    }

    /// The code.
    pub fn code(&self) -> Code {
        self.code
    }

    /// The kind (HTTP and exit status).
    pub fn kind(&self) -> Kind {
        self.code.kind()
    }

    /// The message's parameters, in the order given.
    pub fn params(&self) -> &[(&'static str, Param)] {
        &self.params
    }

    /// One parameter by name.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The library's own words, if any.
    pub fn detail_text(&self) -> Option<&str> {
        self.detail.as_deref()
    }
}

/// In English and in one line, for logs and for tests; people read the
/// catalog's message in their language (the binary renders it).
impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code)?;
        for (name, value) in &self.params {
            write!(f, " {name}={value}")?;
        }
        if let Some(detail) = &self.detail {
            write!(f, ": {detail}")?;
        }
        Ok(())
    }
}

impl std::error::Error for AppError {}

/// How an error reads in JSON (`--json` output and the browser lab).
#[derive(serde::Serialize)]
pub struct ErrorJson<'a> {
    /// The stable code.
    pub code: &'static str,
    /// Its kind.
    pub kind: Kind,
    /// The message in the reader's language.
    pub message: String,
    /// The parameters of the message.
    pub params: serde_json::Map<String, serde_json::Value>,
    /// The library's own words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<&'a str>,
}

impl AppError {
    /// The JSON form, with `message` already rendered by the caller.
    pub fn to_json(&self, message: String) -> ErrorJson<'_> {
        let params = self
            .params
            .iter()
            .map(|(k, v)| ((*k).to_string(), serde_json::to_value(v).unwrap_or(serde_json::Value::Null)))
            .collect();
        ErrorJson { code: self.code.as_str(), kind: self.kind(), message, params, detail: self.detail.as_deref() }
    }
}

/// The table as Markdown: code, kind, HTTP status, exit status, message
/// key; what ARCHITECTURE.md shows (a test keeps them equal).
pub fn markdown_table() -> String {
    let mut out = String::from("| code | kind | HTTP | exit | message key |\n|---|---|---|---|---|\n");
    for code in Code::ALL {
        let kind = serde_json::to_value(code.kind()).ok().and_then(|v| v.as_str().map(str::to_string));
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | `{}` |\n",
            code.as_str(),
            kind.unwrap_or_default(),
            code.kind().http_status(),
            code.kind().exit_status(),
            code.message_key()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn architecture_md_shows_the_error_table_as_it_is() {
        let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ARCHITECTURE.md")).unwrap();
        let table = markdown_table();
        assert!(doc.contains(&table), "ARCHITECTURE.md's error table differs from the code; it is:\n{table}");
    }

    #[test]
    fn codes_are_unique_snake_case_and_keys_follow_them() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code} twice");
            assert!(code.as_str().chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{code}");
            assert_eq!(code.message_key(), format!("error-{}", code.as_str().replace('_', "-")));
        }
    }

    #[test]
    fn kinds_give_distinct_exit_statuses_outside_the_reserved_ones() {
        let kinds = [
            Kind::InvalidInput,
            Kind::Unauthenticated,
            Kind::Forbidden,
            Kind::NotFound,
            Kind::Conflict,
            Kind::Throttled,
            Kind::Integrity,
            Kind::Internal,
        ];
        let statuses: std::collections::HashSet<u8> = kinds.iter().map(|k| k.exit_status()).collect();
        assert_eq!(statuses.len(), kinds.len());
        assert!(!statuses.contains(&0) && !statuses.contains(&3));
        assert_eq!(Code::PermissionDenied.kind().http_status(), 403);
        assert_eq!(Code::CaseNotFound.kind().http_status(), 404);
    }
}
