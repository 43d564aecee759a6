//! What matching reads from the store and writes back.

use serde::Serialize;
use vilab_core::{DihedralHashes, Md5, PdqHash, Sha1, Sha256};

use crate::{CaseId, MediaRowId};

/// How a match was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchMethod {
    /// Same MD5.
    Md5,
    /// Same SHA-1.
    Sha1,
    /// Same SHA-256.
    Sha256,
    /// PDQ within the radius.
    Pdq,
}

impl MatchMethod {
    /// The name stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchMethod::Md5 => "md5",
            MatchMethod::Sha1 => "sha1",
            MatchMethod::Sha256 => "sha256",
            MatchMethod::Pdq => "pdq",
        }
    }

    /// The method of a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        [MatchMethod::Md5, MatchMethod::Sha1, MatchMethod::Sha256, MatchMethod::Pdq]
            .into_iter()
            .find(|m| m.as_str() == text)
    }
}

/// What a match points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchTarget {
    /// An entry of a hash set (`known_hashes.id`).
    Known(i64),
    /// A media item found in another case.
    OtherMedia(MediaRowId),
}

/// One match of a media item of a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchRow {
    /// The media item of the case.
    pub media: MediaRowId,
    /// What it matched.
    pub target: MatchTarget,
    /// How.
    pub method: MatchMethod,
    /// Hamming distance (0 for exact matches).
    pub distance: u32,
    /// For PDQ: the symmetry of the case's image that matched (reference name).
    pub dihedral: Option<String>,
}

/// A media item of a case with its PDQ, for near matching.
#[derive(Debug, Clone, PartialEq)]
pub struct MediaPdq {
    /// Row id.
    pub media: MediaRowId,
    /// The eight dihedral hashes and the quality.
    pub dihedral: DihedralHashes,
}

/// Where the lab's media stand, for an index of their PDQs kept beside them
/// (`vilab-lab`'s): what changed since the index read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MediaMark {
    /// The highest media row id (`None`: no media): rows above the last one
    /// read are new.
    pub last_media: Option<MediaRowId>,
    /// How many ingest runs have ended: a run may fill in the PDQ of an item
    /// stored before without one (a content that decodes now), so a run
    /// ended since means every row is read again.
    pub runs_ended: u64,
}

/// A PDQ to index: a hash-set entry's or another case's media item's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexedPdq {
    /// What it belongs to.
    pub target: MatchTarget,
    /// The hash.
    pub pdq: PdqHash,
}

/// A match of one media item against a hash-set entry, as triage reads it.
/// Which of an item's hits is the strongest is decided by
/// `vilab_match::strongest_first`, not by the store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KnownHit {
    /// The entry matched (`known_hashes.id`): the last tie-break between
    /// hits that are otherwise equal, so the strongest is always the same.
    pub known_id: i64,
    /// Hash set name.
    pub hashset: String,
    /// Its category profile.
    pub profile: String,
    /// The entry's raw category (`None`: uncategorized).
    pub category: Option<u8>,
    /// The entry's series.
    pub series: Option<String>,
    /// How.
    pub method: MatchMethod,
    /// Distance (0 for exact).
    pub distance: u32,
    /// For PDQ: the symmetry that matched.
    pub dihedral: Option<String>,
}

/// A media item of a case with what matching found for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriageItem {
    /// Row id.
    pub media: MediaRowId,
    /// Content id.
    pub sha256: Sha256,
    /// Every match against hash sets. [`Store::triage`](crate::Store::triage)
    /// returns them in no particular order; `vilab_match::triage` puts the
    /// strongest first.
    pub known: Vec<KnownHit>,
    /// Names of the other cases holding the same content.
    pub same_content_in: Vec<String>,
    /// Names of the other cases holding a similar image (PDQ), with the
    /// least distance.
    pub similar_in: Vec<(String, u32)>,
}

/// The digests a hash-set entry gives: any of them may be absent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct EntryDigests {
    /// MD5, if the entry gives one.
    pub md5: Option<Md5>,
    /// SHA-1, if the entry gives one.
    pub sha1: Option<Sha1>,
    /// SHA-256, if the entry gives one.
    pub sha256: Option<Sha256>,
}

/// The three digests every media item has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ContentDigests {
    /// MD5.
    pub md5: Md5,
    /// SHA-1.
    pub sha1: Sha1,
    /// SHA-256.
    pub sha256: Sha256,
}

/// A media item of a case and a hash-set entry whose strongest digest is
/// the item's same digest: perhaps an exact match. Whether it is one (every
/// digest the entry gives agrees) is decided by `vilab_match`, not by the
/// store, so both sides' digests come along.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExactCandidate {
    /// The media item of the case.
    pub media: MediaRowId,
    /// Its digests.
    pub media_digests: ContentDigests,
    /// The hash-set entry (`known_hashes.id`).
    pub known_id: i64,
    /// The digests the entry gives.
    pub entry_digests: EntryDigests,
}

/// A media item's digests, for exports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MediaDigests {
    /// Row id.
    pub media: MediaRowId,
    /// MD5.
    pub md5: Md5,
    /// SHA-1.
    pub sha1: Sha1,
    /// SHA-256.
    pub sha256: Sha256,
    /// Size in bytes.
    pub size: Option<u64>,
    /// PDQ of the original orientation, when decoded.
    pub pdq: Option<PdqHash>,
}

/// An item whose PDQ lies near a probe, in one case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PdqNeighbour {
    /// The case it was found in.
    pub case: CaseId,
    /// The item.
    pub media: MediaRowId,
    /// The least distance to the probes.
    pub distance: u32,
}
