//! The tamper-evident audit chain: what a record says, its one binary
//! encoding, the hash chain over the records, the message a lab signs to
//! checkpoint the chain, and the streaming check of a stored chain.
//!
//! Each record's hash covers the hash of the record before it, so editing,
//! removing, inserting or reordering a record changes every hash after it.
//! Anyone able to write the database could recompute the whole chain, so the
//! lab signs its head now and then ([`checkpoint_message`]); a check then
//! proves the chain up to the last signed checkpoint and shows how many
//! records follow it unsigned. Pure: the caller stores the records and
//! checks the signatures (this crate carries no signature scheme).

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::Digest as _;

/// Domain tag of the hash that starts a lab's chain.
const GENESIS_TAG: &[u8] = b"vilab-audit-genesis-v1\0";
/// Domain tag of a record's chain hash.
const RECORD_TAG: &[u8] = b"vilab-audit-record-v1\0";
/// Domain tag of the message a lab signs to checkpoint its chain.
const CHECKPOINT_TAG: &[u8] = b"vilab-audit-checkpoint-v1\0";

/// First byte of [`canonical_bytes`]: the version of the record format.
pub const RECORD_FORMAT_VERSION: u8 = 1;

/// Longest text field of an entry, in bytes, that [`AuditEntry::check`]
/// accepts. An audit record says who did what to which thing; a megabyte is
/// far beyond any of that, and keeps a log of millions of records readable.
pub const MAX_FIELD_BYTES: usize = 1 << 20;

/// How an audited call ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuditOutcome {
    /// The call was permitted and did what it was asked.
    Allowed,
    /// The call was refused (not permitted).
    Denied,
    /// The call was permitted but failed.
    Failed,
}

impl AuditOutcome {
    /// Every outcome.
    pub const ALL: [AuditOutcome; 3] = [AuditOutcome::Allowed, AuditOutcome::Denied, AuditOutcome::Failed];

    /// Stable lowercase name, as stored and as hashed in [`canonical_bytes`].
    pub fn as_str(self) -> &'static str {
        match self {
            AuditOutcome::Allowed => "allowed",
            AuditOutcome::Denied => "denied",
            AuditOutcome::Failed => "failed",
        }
    }

    /// Inverse of [`AuditOutcome::as_str`].
    pub fn parse(text: &str) -> Option<AuditOutcome> {
        Self::ALL.into_iter().find(|o| o.as_str() == text)
    }
}

impl fmt::Display for AuditOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a caller appends to the audit log: one call, who made it, from
/// where, on what, and how it ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When, in Unix seconds, UTC.
    pub at: i64,
    /// The account's row id, when an account made the call.
    pub actor_id: Option<i64>,
    /// The account's user name at the time ("" for none): kept as text
    /// because an account may be renamed or removed later.
    pub actor: String,
    /// Where the call came from ("cli uid=1000", "web 10.0.0.7").
    pub source: String,
    /// Stable code of what was done ("media.view", "case.create").
    pub action: String,
    /// Kind of the thing acted on ("case", "media", "hashset", "account", "lab").
    pub resource_kind: String,
    /// The thing acted on: its id or name as text.
    pub resource: String,
    /// The case the call concerned, if any.
    pub case_id: Option<i64>,
    /// How the call ended.
    pub outcome: AuditOutcome,
    /// More about the call: the text of a JSON object, canonical (the caller
    /// writes it once; the chain hashes its bytes as given).
    pub details: String,
}

/// Why an [`AuditEntry`] cannot be recorded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AuditEntryError {
    /// A text field is longer than [`MAX_FIELD_BYTES`].
    #[error("audit entry field {field} is {len} bytes, over the limit of {max}")]
    TooLong {
        /// The field ("actor", "details", ...).
        field: &'static str,
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The action code is empty: a record must say what was done.
    #[error("audit entry field action is empty")]
    EmptyAction,
}

impl AuditEntry {
    /// The text fields with their names, in the order [`canonical_bytes`]
    /// writes them (outcome aside).
    fn text_fields(&self) -> [(&'static str, &str); 6] {
        [
            ("actor", &self.actor),
            ("source", &self.source),
            ("action", &self.action),
            ("resource_kind", &self.resource_kind),
            ("resource", &self.resource),
            ("details", &self.details),
        ]
    }

    /// Whether the entry can be recorded: a non-empty action and no text
    /// field over [`MAX_FIELD_BYTES`]. Whether `details` is a JSON object is
    /// the store's check (this crate parses no JSON).
    pub fn check(&self) -> Result<(), AuditEntryError> {
        if self.action.is_empty() {
            return Err(AuditEntryError::EmptyAction);
        }
        for (field, text) in self.text_fields() {
            if text.len() > MAX_FIELD_BYTES {
                return Err(AuditEntryError::TooLong { field, len: text.len(), max: MAX_FIELD_BYTES });
            }
        }
        Ok(())
    }
}

/// A stored record: its place in the chain, what it says, and its chain hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    /// Position in the chain: 1 for a lab's first record, then consecutive.
    pub seq: u64,
    /// What the record says.
    pub entry: AuditEntry,
    /// [`chain_hash`] of the previous record's hash (or the genesis hash),
    /// `seq` and `entry`.
    pub hash: [u8; 32],
}

/// The lab's signature over its chain's hash at one record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditCheckpoint {
    /// The record signed for (with every record before it).
    pub seq: u64,
    /// The chain hash at `seq`.
    pub hash: [u8; 32],
    /// When it was signed, in Unix seconds, UTC.
    pub signed_at: i64,
    /// Ed25519 signature of [`checkpoint_message`]`(lab_id, seq, hash)`.
    pub signature: [u8; 64],
}

/// Appends a length-prefixed string: u32 big-endian byte length, then the
/// UTF-8 bytes.
fn put_str(out: &mut Vec<u8>, text: &str) {
    // `AuditEntry::check` keeps fields far below this; a longer one would
    // need a wider prefix, and silently truncating it would make two
    // records encode alike.
    let len = u32::try_from(text.len()).expect("an audit field over 4 GiB cannot be encoded");
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(text.as_bytes());
}

/// Appends an optional integer: one presence byte (0 absent, 1 present),
/// then, when present, the i64 big-endian.
fn put_opt_i64(out: &mut Vec<u8>, value: Option<i64>) {
    match value {
        None => out.push(0),
        Some(v) => {
            out.push(1);
            out.extend_from_slice(&v.to_be_bytes());
        }
    }
}

/// The record format: the bytes of record `seq` that the chain hashes.
///
/// In this order, with no padding and nothing between fields:
///
/// | bytes | field |
/// |---|---|
/// | 1 | format version, [`RECORD_FORMAT_VERSION`] (`0x01`) |
/// | 8 | `seq`, u64 big-endian |
/// | 8 | `at`, i64 big-endian (two's complement) |
/// | 1 (+8) | `actor_id`: `0x00` when absent; `0x01` then i64 big-endian when present |
/// | 4 + n | `actor`: u32 big-endian byte length n, then its UTF-8 bytes |
/// | 4 + n | `source`, likewise |
/// | 4 + n | `action`, likewise |
/// | 4 + n | `resource_kind`, likewise |
/// | 4 + n | `resource`, likewise |
/// | 1 (+8) | `case_id`, as `actor_id` |
/// | 4 + n | `outcome` as its name ([`AuditOutcome::as_str`]), as a string |
/// | 4 + n | `details`, as a string (its bytes as given, not re-serialized) |
///
/// Every field has a fixed width or its own length, so two different
/// records never encode alike. This is the audit record format: changing
/// it breaks every stored chain, so a change needs a new version byte and
/// new domain tags (a test pins the hash of one known record).
///
/// # Panics
///
/// If a text field is 4 GiB or longer; [`AuditEntry::check`] refuses far
/// shorter fields.
pub fn canonical_bytes(seq: u64, entry: &AuditEntry) -> Vec<u8> {
    let text_len: usize = entry.text_fields().iter().map(|(_, t)| t.len() + 4).sum();
    let mut out = Vec::with_capacity(1 + 8 + 8 + 9 + 9 + 4 + 8 + text_len);
    out.push(RECORD_FORMAT_VERSION);
    out.extend_from_slice(&seq.to_be_bytes());
    out.extend_from_slice(&entry.at.to_be_bytes());
    put_opt_i64(&mut out, entry.actor_id);
    put_str(&mut out, &entry.actor);
    put_str(&mut out, &entry.source);
    put_str(&mut out, &entry.action);
    put_str(&mut out, &entry.resource_kind);
    put_str(&mut out, &entry.resource);
    put_opt_i64(&mut out, entry.case_id);
    put_str(&mut out, entry.outcome.as_str());
    put_str(&mut out, &entry.details);
    out
}

/// The hash before a lab's first record:
/// SHA-256(`"vilab-audit-genesis-v1\0"` ‖ `lab_id`). Binding the chain to
/// the lab id keeps one lab's records from passing as another's.
pub fn genesis_hash(lab_id: &str) -> [u8; 32] {
    let mut hasher = sha2::Sha256::new();
    hasher.update(GENESIS_TAG);
    hasher.update(lab_id.as_bytes());
    hasher.finalize().into()
}

/// The hash of record `seq`: SHA-256(`"vilab-audit-record-v1\0"` ‖ `prev` ‖
/// [`canonical_bytes`]`(seq, entry)`), where `prev` is the previous record's
/// hash, or [`genesis_hash`] for record 1.
pub fn chain_hash(prev: &[u8; 32], seq: u64, entry: &AuditEntry) -> [u8; 32] {
    let mut hasher = sha2::Sha256::new();
    hasher.update(RECORD_TAG);
    hasher.update(prev);
    hasher.update(canonical_bytes(seq, entry));
    hasher.finalize().into()
}

/// What a lab signs to checkpoint its chain at `seq`:
/// `"vilab-audit-checkpoint-v1\0"` ‖ `lab_id` ‖ `seq` (u64 big-endian) ‖
/// `hash`. The lab id has no length prefix: it is the last variable part,
/// and the two fields after it are of fixed width.
pub fn checkpoint_message(lab_id: &str, seq: u64, hash: &[u8; 32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(CHECKPOINT_TAG.len() + lab_id.len() + 8 + 32);
    out.extend_from_slice(CHECKPOINT_TAG);
    out.extend_from_slice(lab_id.as_bytes());
    out.extend_from_slice(&seq.to_be_bytes());
    out.extend_from_slice(hash);
    out
}

/// The first thing wrong with a chain, at the first bad sequence number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum ChainProblem {
    /// Records are missing: `found_seq` follows where `expected_seq` should
    /// have (records removed).
    Gap {
        /// The sequence number that should have come next.
        expected_seq: u64,
        /// The one that came instead.
        found_seq: u64,
    },
    /// A sequence number came again or went back (only a caller's records
    /// can do that; a store keys records by their number).
    OutOfOrder {
        /// The sequence number that should have come next.
        expected_seq: u64,
        /// The one that came instead.
        found_seq: u64,
    },
    /// The hash recomputed from the chain differs from the stored hash at
    /// `seq`: this record, or the one before it, was edited, inserted or
    /// moved.
    HashMismatch {
        /// The record.
        seq: u64,
    },
    /// A signed checkpoint's hash differs from the chain's at `seq`.
    CheckpointMismatch {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// A checkpoint's signature is not the lab's.
    BadSignature {
        /// The checkpoint's sequence number.
        seq: u64,
    },
    /// A signed checkpoint names a record past the last one: the end of the
    /// chain was cut off.
    CutOff {
        /// The last record present (0 when none is).
        last_seq: u64,
        /// The furthest checkpoint past it: at least that many records were
        /// once in the chain.
        checkpoint_seq: u64,
    },
}

impl ChainProblem {
    /// The first bad sequence number.
    pub fn seq(&self) -> u64 {
        match *self {
            ChainProblem::Gap { expected_seq, .. } | ChainProblem::OutOfOrder { expected_seq, .. } => expected_seq,
            ChainProblem::HashMismatch { seq }
            | ChainProblem::CheckpointMismatch { seq }
            | ChainProblem::BadSignature { seq } => seq,
            ChainProblem::CutOff { last_seq, .. } => last_seq + 1,
        }
    }
}

impl fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChainProblem::Gap { expected_seq, found_seq } if *found_seq <= expected_seq.saturating_add(1) => {
                write!(f, "record {expected_seq} is missing")
            }
            ChainProblem::Gap { expected_seq, found_seq } => {
                write!(f, "records {expected_seq} to {} are missing", found_seq - 1)
            }
            ChainProblem::OutOfOrder { expected_seq, found_seq } => {
                write!(f, "record {found_seq} came where record {expected_seq} should have")
            }
            ChainProblem::HashMismatch { seq } => {
                write!(f, "record {seq} does not hash to its stored hash: edited, inserted or moved")
            }
            ChainProblem::CheckpointMismatch { seq } => {
                write!(f, "the signed checkpoint at record {seq} does not match the chain")
            }
            ChainProblem::BadSignature { seq } => {
                write!(f, "the checkpoint at record {seq} is not signed by this lab")
            }
            ChainProblem::CutOff { last_seq, checkpoint_seq } => write!(
                f,
                "the log ends at record {last_seq} but a signed checkpoint names record {checkpoint_seq}: \
                 its end was cut off"
            ),
        }
    }
}

/// What [`verify_chain`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChainReport {
    /// Records read.
    pub records: u64,
    /// The last record's sequence number and stored hash.
    pub head: Option<(u64, [u8; 32])>,
    /// The furthest checkpoint whose hash and signature were good, before
    /// any problem: the chain is proven up to there.
    pub last_signed: Option<u64>,
    /// Records after `last_signed` (all of them when none is). Not a
    /// problem by itself: a crash between a write and its checkpoint leaves
    /// some.
    pub unsigned_tail: u64,
    /// The first thing wrong, if anything is.
    pub problem: Option<ChainProblem>,
}

impl ChainReport {
    /// Whether no problem was found (an unsigned tail is no problem).
    pub fn is_intact(&self) -> bool {
        self.problem.is_none()
    }
}

/// Checks a lab's chain: records in stored order (`seq` from 1, consecutive,
/// each hash recomputed from the one before), and each checkpoint against
/// the chain's hash at its record and its signature (`verify_signature` is
/// given [`checkpoint_message`] and the signature).
///
/// Streams the records: memory grows with the checkpoints only. Stops
/// checking at the first problem, but reads on to count the records and
/// find the head. [`ChainVerifier`] does the same for records that are
/// pushed rather than pulled.
pub fn verify_chain(
    lab_id: &str,
    records: impl Iterator<Item = AuditRecord>,
    checkpoints: &[AuditCheckpoint],
    verify_signature: &dyn Fn(&[u8], &[u8; 64]) -> bool,
) -> ChainReport {
    let mut verifier = ChainVerifier::new(lab_id, checkpoints, verify_signature);
    for record in records {
        verifier.push(&record);
    }
    verifier.finish()
}

/// [`verify_chain`] one record at a time, for a store that hands its
/// records to a callback.
pub struct ChainVerifier<'a> {
    lab_id: &'a str,
    /// The checkpoints by seq.
    checkpoints: Vec<&'a AuditCheckpoint>,
    /// The first checkpoint not yet met.
    next_checkpoint: usize,
    verify_signature: &'a dyn Fn(&[u8], &[u8; 64]) -> bool,
    /// The hash the next record chains from.
    prev: [u8; 32],
    expected_seq: u64,
    report: ChainReport,
}

impl std::fmt::Debug for ChainVerifier<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ChainVerifier")
            .field("lab_id", &self.lab_id)
            .field("expected_seq", &self.expected_seq)
            .field("report", &self.report)
            .finish_non_exhaustive()
    }
}

impl<'a> ChainVerifier<'a> {
    /// A check of lab `lab_id`'s chain against `checkpoints` (in any order).
    pub fn new(
        lab_id: &'a str,
        checkpoints: &'a [AuditCheckpoint],
        verify_signature: &'a dyn Fn(&[u8], &[u8; 64]) -> bool,
    ) -> Self {
        let mut sorted: Vec<&AuditCheckpoint> = checkpoints.iter().collect();
        sorted.sort_by_key(|cp| cp.seq);
        let mut verifier = ChainVerifier {
            lab_id,
            checkpoints: sorted,
            next_checkpoint: 0,
            verify_signature,
            prev: genesis_hash(lab_id),
            expected_seq: 1,
            report: ChainReport::default(),
        };
        // No record carries seq 0: a checkpoint there matches nothing.
        if let Some(cp) = verifier.checkpoints.first()
            && cp.seq == 0
        {
            verifier.report.problem = Some(ChainProblem::CheckpointMismatch { seq: 0 });
        }
        verifier
    }

    /// The next record, in stored order.
    pub fn push(&mut self, record: &AuditRecord) {
        self.report.records += 1;
        self.report.head = Some((record.seq, record.hash));
        self.report.unsigned_tail += 1;
        if self.report.problem.is_some() {
            return;
        }
        match self.check(record) {
            Err(problem) => self.report.problem = Some(problem),
            Ok(true) => {
                self.report.last_signed = Some(record.seq);
                self.report.unsigned_tail = 0;
            }
            Ok(false) => {}
        }
        self.prev = record.hash;
        self.expected_seq = record.seq.saturating_add(1);
    }

    /// Checks one record against the chain so far, and the checkpoints at
    /// it; whether there was one.
    fn check(&mut self, record: &AuditRecord) -> Result<bool, ChainProblem> {
        let expected_seq = self.expected_seq;
        if record.seq > expected_seq {
            return Err(ChainProblem::Gap { expected_seq, found_seq: record.seq });
        }
        if record.seq < expected_seq {
            return Err(ChainProblem::OutOfOrder { expected_seq, found_seq: record.seq });
        }
        if chain_hash(&self.prev, record.seq, &record.entry) != record.hash {
            return Err(ChainProblem::HashMismatch { seq: record.seq });
        }
        let mut signed_here = false;
        while let Some(cp) = self.checkpoints.get(self.next_checkpoint).filter(|cp| cp.seq <= record.seq) {
            self.next_checkpoint += 1;
            // Records come consecutively from 1, so a checkpoint is met at
            // its own record: its hash must be this one's.
            if cp.hash != record.hash {
                return Err(ChainProblem::CheckpointMismatch { seq: cp.seq });
            }
            if !(self.verify_signature)(&checkpoint_message(self.lab_id, cp.seq, &cp.hash), &cp.signature) {
                return Err(ChainProblem::BadSignature { seq: cp.seq });
            }
            signed_here = true;
        }
        Ok(signed_here)
    }

    /// What the check found, once every record was pushed.
    pub fn finish(mut self) -> ChainReport {
        if self.report.problem.is_none()
            && self.next_checkpoint < self.checkpoints.len()
            && let Some(furthest) = self.checkpoints.last()
        {
            let last_seq = self.report.head.map_or(0, |(seq, _)| seq);
            self.report.problem = Some(ChainProblem::CutOff { last_seq, checkpoint_seq: furthest.seq });
        }
        self.report
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAB: &str = "0123456789abcdef0123456789abcdef";

    fn entry(n: i64) -> AuditEntry {
        AuditEntry {
            at: 1_700_000_000 + n,
            actor_id: Some(1),
            actor: "admin".into(),
            source: "cli uid=1000".into(),
            action: "media.view".into(),
            resource_kind: "media".into(),
            resource: format!("m{n}"),
            case_id: if n % 2 == 0 { Some(7) } else { None },
            outcome: AuditOutcome::Allowed,
            details: format!("{{\"n\":{n}}}"),
        }
    }

    /// A toy signature for the tests: the message's SHA-256, twice. The
    /// scheme is the caller's; only whether it accepts matters here.
    fn sign(message: &[u8]) -> [u8; 64] {
        let digest: [u8; 32] = sha2::Sha256::digest(message).into();
        let mut out = [0u8; 64];
        out[..32].copy_from_slice(&digest);
        out[32..].copy_from_slice(&digest);
        out
    }

    fn verify(message: &[u8], signature: &[u8; 64]) -> bool {
        sign(message) == *signature
    }

    fn chain(n: u64) -> Vec<AuditRecord> {
        let mut prev = genesis_hash(LAB);
        (1..=n)
            .map(|seq| {
                let entry = entry(seq as i64);
                let hash = chain_hash(&prev, seq, &entry);
                prev = hash;
                AuditRecord { seq, entry, hash }
            })
            .collect()
    }

    fn checkpoint(records: &[AuditRecord], seq: u64) -> AuditCheckpoint {
        let hash = records[seq as usize - 1].hash;
        AuditCheckpoint { seq, hash, signed_at: 0, signature: sign(&checkpoint_message(LAB, seq, &hash)) }
    }

    fn check(records: Vec<AuditRecord>, checkpoints: &[AuditCheckpoint]) -> ChainReport {
        verify_chain(LAB, records.into_iter(), checkpoints, &verify)
    }

    #[test]
    fn the_record_format_is_pinned() {
        let entry = AuditEntry {
            at: 1_700_000_000,
            actor_id: Some(3),
            actor: "alice".into(),
            source: "cli uid=1000".into(),
            action: "media.view".into(),
            resource_kind: "media".into(),
            resource: "ab12".into(),
            case_id: None,
            outcome: AuditOutcome::Denied,
            details: "{}".into(),
        };
        let mut expected = vec![1u8];
        expected.extend_from_slice(&5u64.to_be_bytes());
        expected.extend_from_slice(&1_700_000_000i64.to_be_bytes());
        expected.push(1);
        expected.extend_from_slice(&3i64.to_be_bytes());
        for text in ["alice", "cli uid=1000", "media.view", "media", "ab12"] {
            expected.extend_from_slice(&(text.len() as u32).to_be_bytes());
            expected.extend_from_slice(text.as_bytes());
        }
        expected.push(0);
        for text in ["denied", "{}"] {
            expected.extend_from_slice(&(text.len() as u32).to_be_bytes());
            expected.extend_from_slice(text.as_bytes());
        }
        assert_eq!(canonical_bytes(5, &entry), expected);
        // These constants are the format: if this fails, stored chains no
        // longer verify. Change the version and the tags instead. (Computed
        // apart from this code, with Python's hashlib over the bytes above.)
        assert_eq!(hex::encode(genesis_hash(LAB)), "a6fb880a66d88e026256c642d821cde0adb6b8d5ef17da664dfe89b1d4b082dd");
        assert_eq!(
            hex::encode(chain_hash(&genesis_hash(LAB), 5, &entry)),
            "5df2f498452e884c6e2a52a9b78c2fe077a5d178f34ab9c848c458c992c511ca"
        );
    }

    #[test]
    fn the_checkpoint_message_is_pinned() {
        let mut expected = b"vilab-audit-checkpoint-v1\0".to_vec();
        expected.extend_from_slice(LAB.as_bytes());
        expected.extend_from_slice(&[0, 0, 0, 0, 0, 0, 1, 2]);
        expected.extend_from_slice(&[0xab; 32]);
        assert_eq!(checkpoint_message(LAB, 258, &[0xab; 32]), expected);
    }

    #[test]
    fn fields_cannot_run_into_each_other() {
        let a = AuditEntry { actor: "ab".into(), source: "c".into(), ..entry(1) };
        let b = AuditEntry { actor: "a".into(), source: "bc".into(), ..entry(1) };
        assert_ne!(canonical_bytes(1, &a), canonical_bytes(1, &b));
        let none = AuditEntry { actor_id: None, ..entry(1) };
        let zero = AuditEntry { actor_id: Some(0), ..entry(1) };
        assert_ne!(canonical_bytes(1, &none), canonical_bytes(1, &zero));
    }

    #[test]
    fn outcomes_round_trip() {
        for outcome in AuditOutcome::ALL {
            assert_eq!(AuditOutcome::parse(outcome.as_str()), Some(outcome));
        }
        assert_eq!(AuditOutcome::parse("Allowed"), None);
        assert_eq!(AuditOutcome::parse(""), None);
    }

    #[test]
    fn check_refuses_an_empty_action_and_long_fields() {
        assert_eq!(entry(1).check(), Ok(()));
        assert_eq!(AuditEntry { action: String::new(), ..entry(1) }.check(), Err(AuditEntryError::EmptyAction));
        let long = AuditEntry { details: "x".repeat(MAX_FIELD_BYTES + 1), ..entry(1) };
        assert_eq!(
            long.check(),
            Err(AuditEntryError::TooLong { field: "details", len: MAX_FIELD_BYTES + 1, max: MAX_FIELD_BYTES })
        );
    }

    #[test]
    fn an_intact_chain_reports_its_head_and_unsigned_tail() {
        let records = chain(10);
        let cps = [checkpoint(&records, 4), checkpoint(&records, 7)];
        let report = check(records.clone(), &cps);
        assert_eq!(
            report,
            ChainReport {
                records: 10,
                head: Some((10, records[9].hash)),
                last_signed: Some(7),
                unsigned_tail: 3,
                problem: None
            }
        );
        assert!(report.is_intact());
        let fully = check(records.clone(), &[checkpoint(&records, 10)]);
        assert_eq!((fully.last_signed, fully.unsigned_tail, fully.problem), (Some(10), 0, None));
        let unsigned = check(records, &[]);
        assert_eq!((unsigned.last_signed, unsigned.unsigned_tail, unsigned.problem), (None, 10, None));
        assert_eq!(check(Vec::new(), &[]), ChainReport::default());
    }

    #[test]
    fn another_labs_chain_does_not_verify() {
        let report = verify_chain("another lab", chain(3).into_iter(), &[], &verify);
        assert_eq!(report.problem, Some(ChainProblem::HashMismatch { seq: 1 }));
    }

    #[test]
    fn an_edited_record_breaks_the_chain_at_itself() {
        let mut records = chain(10);
        records[4].entry.outcome = AuditOutcome::Denied;
        let report = check(records, &[]);
        assert_eq!(report.problem, Some(ChainProblem::HashMismatch { seq: 5 }));
        // Counting goes on past the problem.
        assert_eq!(report.records, 10);
    }

    #[test]
    fn an_edited_record_with_its_hash_recomputed_breaks_the_next() {
        let mut records = chain(10);
        records[4].entry.actor = "mallory".into();
        records[4].hash = chain_hash(&records[3].hash, 5, &records[4].entry);
        assert_eq!(check(records, &[]).problem, Some(ChainProblem::HashMismatch { seq: 6 }));
    }

    #[test]
    fn a_removed_record_is_a_gap() {
        let mut records = chain(10);
        records.remove(4);
        let report = check(records, &[]);
        assert_eq!(report.problem, Some(ChainProblem::Gap { expected_seq: 5, found_seq: 6 }));
        assert_eq!(report.problem.unwrap().seq(), 5);
        let mut records = chain(10);
        records.remove(0);
        assert_eq!(check(records, &[]).problem, Some(ChainProblem::Gap { expected_seq: 1, found_seq: 2 }));
    }

    #[test]
    fn an_inserted_record_breaks_the_chain_where_it_stands() {
        let mut records = chain(10);
        let forged = AuditRecord { seq: 5, entry: entry(99), hash: records[4].hash };
        records.insert(4, forged);
        for (i, record) in records.iter_mut().enumerate().skip(5) {
            record.seq = i as u64 + 1;
        }
        assert_eq!(check(records, &[]).problem, Some(ChainProblem::HashMismatch { seq: 5 }));
    }

    #[test]
    fn swapped_records_break_the_chain_at_the_first() {
        let mut records = chain(10);
        let (a, b) = (records[3].entry.clone(), records[6].entry.clone());
        records[3].entry = b;
        records[6].entry = a;
        assert_eq!(check(records, &[]).problem, Some(ChainProblem::HashMismatch { seq: 4 }));
    }

    #[test]
    fn a_repeated_record_is_out_of_order() {
        let mut records = chain(5);
        records.insert(3, records[2].clone());
        assert_eq!(check(records, &[]).problem, Some(ChainProblem::OutOfOrder { expected_seq: 4, found_seq: 3 }));
    }

    #[test]
    fn a_rewritten_chain_fails_at_its_signed_checkpoint() {
        // Whoever can write the store can recompute every hash: only the
        // signature shows it.
        let original = chain(10);
        let cps = [checkpoint(&original, 3), checkpoint(&original, 8)];
        let mut records = original.clone();
        records[5].entry.resource = "other".into();
        let mut prev = records[4].hash;
        for record in &mut records[5..] {
            record.hash = chain_hash(&prev, record.seq, &record.entry);
            prev = record.hash;
        }
        let report = check(records, &cps);
        assert_eq!(report.problem, Some(ChainProblem::CheckpointMismatch { seq: 8 }));
        assert_eq!(report.last_signed, Some(3));
    }

    #[test]
    fn a_forged_checkpoint_signature_is_refused() {
        let records = chain(10);
        let mut cp = checkpoint(&records, 6);
        cp.signature[10] ^= 1;
        let report = check(records.clone(), &[checkpoint(&records, 2), cp]);
        assert_eq!(report.problem, Some(ChainProblem::BadSignature { seq: 6 }));
        assert_eq!(report.last_signed, Some(2));
        // A checkpoint's hash changed (and signed anew by someone else) fails
        // on the hash first.
        let mut cp = checkpoint(&records, 6);
        cp.hash[0] ^= 1;
        assert_eq!(check(records, &[cp]).problem, Some(ChainProblem::CheckpointMismatch { seq: 6 }));
    }

    #[test]
    fn a_cut_tail_is_found_by_the_checkpoint_past_it() {
        let records = chain(10);
        let cps = [checkpoint(&records, 5), checkpoint(&records, 8), checkpoint(&records, 10)];
        let mut cut = records.clone();
        cut.truncate(7);
        let report = check(cut, &cps);
        assert_eq!(report.problem, Some(ChainProblem::CutOff { last_seq: 7, checkpoint_seq: 10 }));
        assert_eq!(report.problem.unwrap().seq(), 8);
        assert_eq!(report.last_signed, Some(5));
        assert_eq!(check(Vec::new(), &cps).problem, Some(ChainProblem::CutOff { last_seq: 0, checkpoint_seq: 10 }));
    }

    #[test]
    fn checkpoints_are_taken_in_any_order_and_seq_zero_matches_nothing() {
        let records = chain(6);
        let cps = [checkpoint(&records, 6), checkpoint(&records, 2)];
        assert_eq!(check(records.clone(), &cps).last_signed, Some(6));
        let zero = AuditCheckpoint { seq: 0, hash: genesis_hash(LAB), signed_at: 0, signature: [0; 64] };
        assert_eq!(check(records, &[zero]).problem, Some(ChainProblem::CheckpointMismatch { seq: 0 }));
    }

    #[test]
    fn problem_messages_name_the_records() {
        assert_eq!(ChainProblem::Gap { expected_seq: 5, found_seq: 8 }.to_string(), "records 5 to 7 are missing");
        assert_eq!(ChainProblem::Gap { expected_seq: 5, found_seq: 6 }.to_string(), "record 5 is missing");
        assert!(ChainProblem::CutOff { last_seq: 7, checkpoint_seq: 10 }.to_string().contains("record 10"));
    }
}
