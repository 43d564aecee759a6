//! The only way to a lab's stores. [`Lab`] keeps the store, the evidence
//! store and the signing key in private fields; the operations of
//! [`crate::ops`] reach them only through a [`Permit`], which only
//! [`Session::act`] constructs, after checking the actor against the
//! permission table. So an operation cannot forget the check: without a
//! permit it has no store to call. `act` also writes the call to the audit
//! chain: refused, allowed (with what it did) or failed (with the code).
//!
//! Child modules: [`auth`] (log-in, sessions, the throttle), [`audit`]
//! (appending records and signing checkpoints), [`restore`] (a backup
//! restored into a new lab, audited there).

pub(crate) mod audit;
mod auth;
mod restore;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

use serde_json::{Value, json};
use vilab_store::model::Case;
use vilab_store::model::gallery::Gallery;
use vilab_store::{BlobStore, CaseId, MediaKey, NewAccount, OpenReport, Store};

pub use auth::{DEFAULT_SESSION_SECONDS, KeptUnlocked, NewToken, throttle_wait};
pub use restore::Restorer;

use crate::actor::Actor;
use crate::clock::{Clock, SystemClock};
use crate::error::{AppError, Code, Result};
use crate::keys::{KdfCost, SecretString, Unlock};
use crate::permission::{Action, Audited, Reach, Scope, reach};

/// An open lab: the application layer's handle on one lab directory.
pub struct Lab {
    inner: vilab_store::Lab,
    clock: Arc<dyn Clock>,
    renditions: crate::ops::review::RenditionCache,
    /// The media's PDQs for look-ups of near items, built on first use.
    pdq_index: crate::pdq_index::MediaPdqIndex,
}

/// Bytes of renditions a lab keeps in memory: about 10,000 grid tiles.
const RENDITION_CACHE_BYTES: usize = 64 * 1024 * 1024;

impl std::fmt::Debug for Lab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lab").field("dir", &self.inner.dir()).finish_non_exhaustive()
    }
}

/// What `init` made.
#[derive(Clone, Debug, serde::Serialize)]
pub struct LabCreated {
    /// The lab's id.
    pub lab_id: String,
    /// Its Ed25519 public key, hex.
    pub public_key: String,
    /// The first administrator's user name.
    pub admin: String,
}

impl Lab {
    /// Opens the lab in `dir` with the system clock.
    pub fn open(dir: &Path) -> Result<Lab> {
        Lab::open_with_clock(dir, Arc::new(SystemClock))
    }

    /// The application layer around an opened store: its caches start
    /// empty (renditions, the PDQ index).
    pub(crate) fn around(inner: vilab_store::Lab, clock: Arc<dyn Clock>) -> Lab {
        Lab {
            inner,
            clock,
            renditions: crate::ops::review::RenditionCache::new(RENDITION_CACHE_BYTES),
            pdq_index: crate::pdq_index::MediaPdqIndex::new(),
        }
    }

    /// Opens the lab in `dir` reading the time from `clock`. An encrypted
    /// lab is [`Code::LabLocked`]: open it with [`Lab::open_unlocked`].
    pub fn open_with_clock(dir: &Path, clock: Arc<dyn Clock>) -> Result<Lab> {
        let inner = vilab_store::Lab::open(dir).map_err(|e| crate::error_map::opening(e, dir))?;
        Ok(Lab::around(inner, clock))
    }

    /// Whether the lab in `dir` is encrypted (and so needs [`Unlock`] to
    /// open).
    pub fn is_encrypted(dir: &Path) -> bool {
        vilab_store::Lab::is_encrypted(dir)
    }

    /// Opens the lab in `dir`, unlocking it with `unlock` if it is
    /// encrypted (a plain lab opens without it). A wrong passphrase or
    /// recovery key is refused before any file is read or changed.
    pub fn open_unlocked(dir: &Path, unlock: &Unlock) -> Result<Lab> {
        Lab::open_unlocked_with_clock(dir, unlock, Arc::new(SystemClock))
    }

    /// [`Lab::open_unlocked`] reading the time from `clock`.
    pub fn open_unlocked_with_clock(dir: &Path, unlock: &Unlock, clock: Arc<dyn Clock>) -> Result<Lab> {
        if !vilab_store::Lab::is_encrypted(dir) {
            return Lab::open_with_clock(dir, clock);
        }
        let master = match unlock {
            crate::keys::Unlock::Session { id, secret } => {
                vilab_store::Lab::session_master(dir, id, secret, clock.now())
                    .map_err(|e| crate::error_map::opening(e, dir))?
            }
            _ => {
                let slots = vilab_store::Lab::key_slots(dir).map_err(|e| crate::error_map::opening(e, dir))?;
                crate::keys::unlock_key(&slots, unlock)?
            }
        };
        let inner = vilab_store::Lab::open_with_key(dir, master).map_err(|e| crate::error_map::opening(e, dir))?;
        Ok(Lab::around(inner, clock))
    }

    /// Creates an encrypted lab in `dir` (as [`Lab::init`]): a new master
    /// key wrapped in a passphrase slot for `passphrase` and a recovery
    /// slot, both with `cost`. Returns the recovery key's text, to be shown
    /// once and never stored.
    pub fn init_encrypted(
        dir: &Path,
        admin: &NewAccount,
        source: &str,
        passphrase: &SecretString,
        cost: KdfCost,
    ) -> Result<(Lab, LabCreated, SecretString)> {
        Lab::init_encrypted_with_clock(dir, admin, source, passphrase, cost, Arc::new(SystemClock))
    }

    /// [`Lab::init_encrypted`] reading the time from `clock`.
    pub fn init_encrypted_with_clock(
        dir: &Path,
        admin: &NewAccount,
        source: &str,
        passphrase: &SecretString,
        cost: KdfCost,
        clock: Arc<dyn Clock>,
    ) -> Result<(Lab, LabCreated, SecretString)> {
        let params = cost.params()?;
        let created =
            vilab_store::vilab_crypt::SlotFile::create(passphrase, params).map_err(crate::keys::slot_error)?;
        let recovery = created.recovery.to_text();
        let (inner, info) = vilab_store::Lab::init_encrypted(dir, admin, &created.file, created.master)
            .map_err(|e| crate::error_map::opening(e, dir))?;
        let (lab, made) = Lab::initialized(inner, info, admin, source, clock)?;
        Ok((lab, made, recovery))
    }

    /// A name for the encrypted lab in `dir` that needs no unlocking (the
    /// first half of its public key check, in hexadecimal): where a login
    /// keeps the secret of its session slot.
    pub fn unlock_name(dir: &Path) -> Result<String> {
        let slots = vilab_store::Lab::key_slots(dir).map_err(|e| crate::error_map::opening(e, dir))?;
        Ok(hex::encode(&slots.key_check().0[..16]))
    }

    /// Removes the session slot `id` of the lab in `dir` (at logout):
    /// `false` when it was gone already. Taking a way in away needs no
    /// actor; the logout that calls it is audited.
    pub fn forget_unlock(dir: &Path, id: &str) -> Result<bool> {
        vilab_store::Lab::end_unlock_session(dir, id).map_err(|e| crate::error_map::opening(e, dir))
    }

    /// Whether this lab is encrypted.
    pub fn encrypted(&self) -> bool {
        self.inner.encrypted()
    }

    /// The second phase of an encryption in place ([`Session::encrypt_lab`]),
    /// with the lab closed: commits it and removes the plaintext. Safe to
    /// run again after a crash; nothing to do is not an error.
    pub fn finish_encryption(dir: &Path) -> Result<()> {
        vilab_store::encrypt::finish_encryption(dir).map_err(|e| crate::error_map::opening(e, dir))
    }

    /// Whether an encryption in place of the lab at `dir` was committed but
    /// not finished ([`Lab::finish_encryption`] completes it).
    pub fn encryption_unfinished(dir: &Path) -> bool {
        vilab_store::encrypt::unfinished(dir)
    }

    /// Creates a lab in `dir` with `admin` as its first administrator; the
    /// audit chain starts with the lab's creation, made by that account
    /// from `source`.
    pub fn init(dir: &Path, admin: &NewAccount, source: &str) -> Result<(Lab, LabCreated)> {
        Lab::init_with_clock(dir, admin, source, Arc::new(SystemClock))
    }

    /// [`Lab::init`] reading the time from `clock`.
    pub fn init_with_clock(
        dir: &Path,
        admin: &NewAccount,
        source: &str,
        clock: Arc<dyn Clock>,
    ) -> Result<(Lab, LabCreated)> {
        let (inner, info) = vilab_store::Lab::init(dir, admin).map_err(|e| crate::error_map::opening(e, dir))?;
        Lab::initialized(inner, info, admin, source, clock)
    }

    /// A new lab's first audit record (its creation by `admin`).
    fn initialized(
        inner: vilab_store::Lab,
        info: vilab_store::LabInfo,
        admin: &NewAccount,
        source: &str,
        clock: Arc<dyn Clock>,
    ) -> Result<(Lab, LabCreated)> {
        let lab = Lab::around(inner, clock);
        let account = lab
            .inner
            .store()
            .account_by_name(&admin.username)
            .map_err(crate::error_map::store)?
            .ok_or_else(|| AppError::new(Code::Internal).detail("the first administrator vanished"))?;
        let who = audit::Who { id: Some(account.id.0), name: &account.username, source };
        audit::append(
            &lab,
            &who,
            "lab.init",
            ("lab", &info.lab_id),
            None,
            vilab_core::audit::AuditOutcome::Allowed,
            &json!({ "public_key": info.public_key_hex, "admin": account.username, "encrypted": lab.encrypted() }),
        )?;
        let created = LabCreated { lab_id: info.lab_id, public_key: info.public_key_hex, admin: account.username };
        Ok((lab, created))
    }

    /// What opening the lab found and set right (dead runs, stale files).
    pub fn opened(&self) -> &OpenReport {
        self.inner.opened()
    }

    /// The lab directory.
    pub fn dir(&self) -> &Path {
        self.inner.dir()
    }

    /// The lab's id.
    pub fn lab_id(&self) -> Result<String> {
        Ok(self.inner.info().map_err(crate::error_map::store)?.lab_id)
    }

    /// Now, by the lab's clock.
    pub fn now(&self) -> i64 {
        self.clock.now()
    }

    /// Signs the audit chain's head (the end of every command does, so that
    /// a cut-off end is found by `audit verify`).
    pub fn checkpoint(&self) -> Result<()> {
        self.inner.checkpoint_audit().map(drop).map_err(crate::error_map::store)
    }

    /// Signs the audit chain's head and closes the lab. Dropping the lab
    /// does the same but cannot report a failure.
    pub fn close(self) -> Result<()> {
        let signed = self.inner.checkpoint_audit().map(drop).map_err(crate::error_map::store);
        // Drop signs again only if something was appended meanwhile: nothing was.
        drop(self);
        signed
    }

    fn store(&self) -> &dyn Store {
        self.inner.store()
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        // The end of every command signs the chain's head, so that a cut-off
        // tail is found by `audit verify`. A failure here has no one to tell.
        let _ = self.inner.checkpoint_audit();
    }
}

/// An authenticated actor working on a lab. Every operation of the lab is
/// a method of `Session` (in [`crate::ops`]).
pub struct Session<'lab> {
    lab: &'lab Lab,
    actor: Actor,
}

impl std::fmt::Debug for Session<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("actor", &self.actor).finish_non_exhaustive()
    }
}

impl<'lab> Session<'lab> {
    /// The actor.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The lab.
    pub fn lab(&self) -> &'lab Lab {
        self.lab
    }
}

/// What a call is made on: the resource the permission check resolves and
/// the audit record names.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Target<'a> {
    /// The lab as a whole.
    Lab,
    /// A case, by name.
    Case(&'a str),
    /// A media item.
    Media(&'a MediaKey),
    /// A gallery, by uid.
    Gallery(&'a str),
    /// A rendition, by uid (issue 20): membership of its case applies to
    /// a case-scoped action; the audit record names the rendition.
    Rendition(&'a str),
    /// A named lab-wide resource (an account, a hash set, an import).
    Named {
        /// Its kind ("account", "hashset", "law_import").
        kind: &'static str,
        /// Its name or id.
        name: &'a str,
    },
}

/// Which cases a permit may see: all, or those of a member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Visible {
    /// Every case.
    All,
    /// Only these.
    Cases(BTreeSet<CaseId>),
}

impl Visible {
    /// Whether `case` is visible.
    pub(crate) fn contains(&self, case: CaseId) -> bool {
        match self {
            Visible::All => true,
            Visible::Cases(cases) => cases.contains(&case),
        }
    }
}

/// Proof that the permission check allowed one action to one actor, and
/// the operation's only way to the lab's stores. Constructed only by
/// [`Session::act`].
pub(crate) struct Permit<'s> {
    lab: &'s Lab,
    actor: &'s Actor,
    action: Action,
    case: Option<Case>,
    gallery: Option<Gallery>,
    visible: Visible,
}

impl<'s> Permit<'s> {
    /// The metadata store.
    pub(crate) fn store(&self) -> &'s dyn Store {
        self.lab.inner.store()
    }

    /// The evidence store.
    pub(crate) fn blobs(&self) -> &'s dyn BlobStore {
        self.lab.inner.blobs()
    }

    /// The lab's cache of renditions.
    pub(crate) fn renditions(&self) -> &'s crate::ops::review::RenditionCache {
        &self.lab.renditions
    }

    /// The lab's index of its media's PDQs.
    pub(crate) fn pdq_index(&self) -> &'s crate::pdq_index::MediaPdqIndex {
        &self.lab.pdq_index
    }

    /// The lab directory (for the lab's own files, such as `profiles.toml`).
    pub(crate) fn lab_dir(&self) -> &'s Path {
        self.lab.inner.dir()
    }

    /// The whole lab of the store layer, for its checks (evidence and
    /// audit chain).
    pub(crate) fn store_lab(&self) -> &'s vilab_store::Lab {
        &self.lab.inner
    }

    /// The actor.
    pub(crate) fn actor(&self) -> &'s Actor {
        self.actor
    }

    /// The case of a case-scoped action.
    pub(crate) fn case(&self) -> &Case {
        self.case.as_ref().expect("a case-scoped permit always carries its case")
    }

    /// The gallery of a gallery-scoped action.
    pub(crate) fn gallery(&self) -> &Gallery {
        self.gallery.as_ref().expect("a gallery-scoped permit always carries its gallery")
    }

    /// Which cases this permit may see.
    pub(crate) fn visible(&self) -> &Visible {
        &self.visible
    }

    /// Now, by the lab's clock.
    pub(crate) fn now(&self) -> i64 {
        self.lab.clock.now()
    }

    /// Writes one more record for this call (an ingest's start, say).
    pub(crate) fn note(&self, action: &str, details: &Value) -> Result<()> {
        let (kind, resource) = match &self.case {
            Some(case) => ("case", case.name.clone()),
            None => ("lab", String::new()),
        };
        audit::append(
            self.lab,
            &audit::Who::actor(self.actor),
            action,
            (kind, &resource),
            self.case.as_ref().map(|c| c.id),
            vilab_core::audit::AuditOutcome::Allowed,
            details,
        )
    }
}

/// What an operation returns to [`Session::act`]: its value and what the
/// audit record says it did.
pub(crate) struct Done<T> {
    pub(crate) value: T,
    pub(crate) details: Value,
}

impl<T> Done<T> {
    /// A value and its audit details.
    pub(crate) fn new(value: T, details: Value) -> Self {
        Done { value, details }
    }

    /// A value with nothing to add to the audit record.
    pub(crate) fn plain(value: T) -> Self {
        Done { value, details: Value::Object(serde_json::Map::new()) }
    }
}

impl Session<'_> {
    /// Checks `action` on `target` against the permission table and runs
    /// `op` with the permit, writing the call to the audit chain: a refusal
    /// as `denied` (and `op` never runs), a success as `allowed` with what
    /// `op` reports, a failure as `failed` with its code.
    pub(crate) fn act<T>(
        &self,
        action: Action,
        target: Target<'_>,
        op: impl FnOnce(&Permit<'_>) -> Result<Done<T>>,
    ) -> Result<T> {
        use vilab_core::audit::AuditOutcome::{Allowed, Denied, Failed};
        let rule = action.rule();
        let who = audit::Who::actor(&self.actor);
        let resolved = self.resolve(action, target);
        let (resource, case_id) = match &resolved {
            Ok(r) => (r.resource.clone(), r.case.as_ref().map(|c| c.id)),
            Err(_) => (named(target), None),
        };
        let resource = (resource.0, resource.1.as_str());
        let resolved = match resolved {
            Ok(r) => r,
            Err(Refusal { error, denied }) => {
                let outcome = if denied { Denied } else { Failed };
                audit::append(self.lab, &who, action.code(), resource, case_id, outcome, &error_details(&error))?;
                return Err(error);
            }
        };
        let permit = Permit {
            lab: self.lab,
            actor: &self.actor,
            action,
            case: resolved.case.clone(),
            gallery: resolved.gallery,
            visible: resolved.visible,
        };
        debug_assert_eq!(permit.action, action);
        match op(&permit) {
            Ok(done) => {
                if rule.audited == Audited::Always {
                    audit::append(self.lab, &who, action.code(), resource, case_id, Allowed, &done.details)?;
                }
                Ok(done.value)
            }
            Err(e) => {
                audit::append(self.lab, &who, action.code(), resource, case_id, Failed, &error_details(&e))?;
                Err(e)
            }
        }
    }

    /// The permission check: the rule of `action`, the actor's role, and
    /// for a case or an item the actor's memberships.
    ///
    /// A role the table does not allow the action at all is refused before
    /// anything is looked up, so the answer is the same whether the thing
    /// exists or not. A role allowed it in the cases it is a member of gets
    /// "not found" for a case or item of no such case, as for one that does
    /// not exist: a case's existence is not leaked to non-members. Both are
    /// audited as denied.
    fn resolve(&self, action: Action, target: Target<'_>) -> std::result::Result<Resolved, Refusal> {
        let rule = action.rule();
        let denied = || Refusal::denied(AppError::new(Code::PermissionDenied).with("action", action.code()));
        let failed = |error: AppError| Refusal { error, denied: false };
        let Some(reach) = reach(self.actor.role, action) else {
            return Err(denied());
        };
        // Memberships are read at each call, not when the session began: a
        // case created or a membership changed since counts at once.
        let visible = match reach {
            Reach::All => Visible::All,
            Reach::Member => Visible::Cases(
                self.lab
                    .store()
                    .account_cases(self.actor.account)
                    .map_err(|e| failed(crate::error_map::store(e)))?
                    .into_iter()
                    .collect(),
            ),
        };
        match (rule.scope, target) {
            (Scope::Lab, target) => Ok(Resolved { resource: named(target), case: None, gallery: None, visible }),
            (Scope::Case, Target::Case(name)) => {
                let not_found = || AppError::new(Code::CaseNotFound).with("case", name);
                let case = self
                    .lab
                    .store()
                    .case_by_name(name)
                    .map_err(|e| failed(crate::error_map::store(e)))?
                    .ok_or_else(|| failed(not_found()))?;
                if !visible.contains(case.id) {
                    return Err(Refusal::denied(not_found()));
                }
                let resource = ("case", case.name.clone());
                Ok(Resolved { resource, case: Some(case), gallery: None, visible })
            }
            (Scope::Media, Target::Media(key)) => {
                let not_found = || AppError::new(Code::MediaNotFound).with("key", key.to_string());
                let detail = self
                    .lab
                    .store()
                    .media(key)
                    .map_err(|e| failed(crate::error_map::store(e)))?
                    .ok_or_else(|| failed(not_found()))?;
                let holds_visible = detail.occurrences.iter().any(|o| visible.contains(o.case_id))
                    || detail.errors.iter().any(|e| visible.contains(e.case_id));
                if !holds_visible {
                    return Err(Refusal::denied(not_found()));
                }
                let resource = ("media", detail.record.digests.sha256.to_hex());
                Ok(Resolved { resource, case: None, gallery: None, visible })
            }
            (scope @ (Scope::Gallery | Scope::GalleryEditor), Target::Gallery(uid)) => {
                // A gallery one is not a member of is "not found", as one
                // that does not exist: its existence is not leaked.
                let not_found = || AppError::new(Code::GalleryNotFound).with("gallery", uid);
                let store = self.lab.store();
                let gallery = store
                    .gallery_by_uid(uid)
                    .map_err(|e| failed(crate::error_map::store(e)))?
                    .ok_or_else(|| failed(not_found()))?;
                let member = match reach {
                    Reach::All => true,
                    Reach::Member => store
                        .gallery_member(gallery.id, self.actor.account)
                        .map_err(|e| failed(crate::error_map::store(e)))?
                        .is_some_and(|m| m.editor || scope == Scope::Gallery),
                };
                if !member {
                    return Err(Refusal::denied(not_found()));
                }
                let resource = ("gallery", gallery.uid.clone());
                Ok(Resolved { resource, case: None, gallery: Some(gallery), visible })
            }
            // A rendition (issue 20): the case it was made in decides, as a
            // case does; one of a case not visible is "not found", as one
            // that does not exist.
            (Scope::Case, Target::Rendition(uid)) => {
                let not_found = || AppError::new(Code::RenditionNotFound).with("uid", uid);
                let store = self.lab.store();
                let rendition = store
                    .rendition(uid)
                    .map_err(|e| failed(crate::error_map::store(e)))?
                    .ok_or_else(|| failed(not_found()))?;
                if !visible.contains(rendition.case) {
                    return Err(Refusal::denied(not_found()));
                }
                let case = store
                    .case_by_id(rendition.case)
                    .map_err(|e| failed(crate::error_map::store(e)))?
                    .ok_or_else(|| failed(not_found()))?;
                Ok(Resolved { resource: ("rendition", uid.to_string()), case: Some(case), gallery: None, visible })
            }
            (scope, target) => Err(failed(
                AppError::new(Code::Internal)
                    .detail(format!("{} is {scope:?}-scoped but was called on {target:?}", action.code())),
            )),
        }
    }
}

/// Why the permission check did not give a permit: the error for the
/// caller, and whether the audit records it as denied (else failed).
struct Refusal {
    error: AppError,
    denied: bool,
}

impl Refusal {
    fn denied(error: AppError) -> Refusal {
        Refusal { error, denied: true }
    }
}

/// A resolved target.
struct Resolved {
    resource: (&'static str, String),
    case: Option<Case>,
    gallery: Option<Gallery>,
    visible: Visible,
}

/// The audit resource of a target before it is resolved.
fn named(target: Target<'_>) -> (&'static str, String) {
    match target {
        Target::Lab => ("lab", String::new()),
        Target::Case(name) => ("case", name.to_string()),
        Target::Media(key) => ("media", key.to_string()),
        Target::Gallery(uid) => ("gallery", uid.to_string()),
        Target::Rendition(uid) => ("rendition", uid.to_string()),
        Target::Named { kind, name } => (kind, name.to_string()),
    }
}

/// What the audit record of a refused or failed call says.
fn error_details(e: &AppError) -> Value {
    let params: serde_json::Map<String, Value> =
        e.params().iter().map(|(k, v)| ((*k).to_string(), Value::String(v.to_string()))).collect();
    json!({ "error": e.code().as_str(), "params": params })
}
