//! The rules of matching that decide what a match is and which one counts:
//! whether a hash-set entry's digests agree with a content's, and which of
//! an item's hits is the strongest. They live here, not in SQL, so that
//! every `Store` backend serves the same rules and they are tested once.

use std::cmp::Ordering;

use vilab_store::model::{ContentDigests, EntryDigests, ExactCandidate, KnownHit, MatchMethod, MatchRow, MatchTarget};

/// The digest an entry is looked up by and an exact match is named after:
/// its strongest (SHA-256, else SHA-1, else MD5); `None` when it gives none.
pub fn strongest_digest(entry: &EntryDigests) -> Option<MatchMethod> {
    if entry.sha256.is_some() {
        Some(MatchMethod::Sha256)
    } else if entry.sha1.is_some() {
        Some(MatchMethod::Sha1)
    } else if entry.md5.is_some() {
        Some(MatchMethod::Md5)
    } else {
        None
    }
}

/// Whether a hash-set entry and a content are the same file by their
/// digests: the entry gives at least one, and every one it gives equals
/// the content's. An MD5 that agrees beside a SHA-1 or SHA-256 that does
/// not is a collision (MD5 collisions are cheap to make), not a match.
pub fn digests_agree(entry: &EntryDigests, content: &ContentDigests) -> bool {
    let agrees = |given: Option<bool>| given.unwrap_or(true);
    strongest_digest(entry).is_some()
        && agrees(entry.md5.map(|d| d == content.md5))
        && agrees(entry.sha1.map(|d| d == content.sha1))
        && agrees(entry.sha256.map(|d| d == content.sha256))
}

/// The exact matches among a store's candidates: those whose digests agree
/// ([`digests_agree`]), each named after the entry's strongest digest, one
/// per (media item, entry) whatever the store repeated, by item and then
/// entry.
pub fn exact_matches(candidates: &[ExactCandidate]) -> Vec<MatchRow> {
    let mut pairs: Vec<(i64, i64, MatchMethod)> = candidates
        .iter()
        .filter(|c| digests_agree(&c.entry_digests, &c.media_digests))
        .filter_map(|c| Some((c.media.0, c.known_id, strongest_digest(&c.entry_digests)?)))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(media, known, method)| MatchRow {
            media: vilab_store::MediaRowId(media),
            target: MatchTarget::Known(known),
            method,
            distance: 0,
            dihedral: None,
        })
        .collect()
}

/// How much a match method vouches for an item, strongest first: an exact
/// match before a PDQ one (a near image is a lead, the same bytes are the
/// file), and among exact ones the stronger digest first, because an entry
/// is matched by its strongest digest and every digest it gives must agree,
/// so a SHA-256 match has been checked by SHA-256 and an MD5-only match by
/// MD5 alone. When two sets propose different categories for one item, the
/// better-checked one is proposed.
fn method_rank(method: MatchMethod) -> u8 {
    match method {
        MatchMethod::Sha256 => 0,
        MatchMethod::Sha1 => 1,
        MatchMethod::Md5 => 2,
        MatchMethod::Pdq => 3,
    }
}

/// The order of an item's hits, strongest first: by method
/// ([`method_rank`]: exact before PDQ, SHA-256 before SHA-1 before MD5),
/// then by distance (nearer first), then by hash-set name ignoring ASCII
/// case (as set names are unique), then by entry id, so that the order is
/// total and the strongest hit never depends on the order a store returned
/// them in.
pub fn compare_hits(a: &KnownHit, b: &KnownHit) -> Ordering {
    let folded = |name: &str| name.bytes().map(|b| b.to_ascii_lowercase()).collect::<Vec<_>>();
    method_rank(a.method)
        .cmp(&method_rank(b.method))
        .then(a.distance.cmp(&b.distance))
        .then_with(|| folded(&a.hashset).cmp(&folded(&b.hashset)))
        .then(a.known_id.cmp(&b.known_id))
}

/// Sorts an item's hits strongest first ([`compare_hits`]); the first is
/// the one whose category triage proposes.
pub fn strongest_first(hits: &mut [KnownHit]) {
    hits.sort_by(compare_hits);
}

#[cfg(test)]
mod tests {
    use vilab_core::{Md5, Sha1, Sha256};
    use vilab_store::MediaRowId;

    use super::*;

    /// A content whose digests are all `seed` bytes.
    fn content(seed: u8) -> ContentDigests {
        ContentDigests { md5: Md5([seed; 16]), sha1: Sha1([seed; 20]), sha256: Sha256([seed; 32]) }
    }

    /// An entry giving the digests of `seed` where `Some(seed)`.
    fn entry(md5: Option<u8>, sha1: Option<u8>, sha256: Option<u8>) -> EntryDigests {
        EntryDigests {
            md5: md5.map(|s| Md5([s; 16])),
            sha1: sha1.map(|s| Sha1([s; 20])),
            sha256: sha256.map(|s| Sha256([s; 32])),
        }
    }

    #[test]
    fn digests_agree_only_when_every_digest_the_entry_gives_does() {
        use MatchMethod::*;
        // (what the case is, entry's MD5, SHA-1, SHA-256 seeds; the content is seed 1;
        // whether it is a match; the method it is named after)
        let table = [
            ("all three agree", Some(1), Some(1), Some(1), true, Some(Sha256)),
            ("an entry with only MD5 matches by MD5", Some(1), None, None, true, Some(Md5)),
            ("only SHA-1", None, Some(1), None, true, Some(Sha1)),
            ("only SHA-256", None, None, Some(1), true, Some(Sha256)),
            ("MD5 and SHA-1 agree", Some(1), Some(1), None, true, Some(Sha1)),
            ("an MD5 collision with a different SHA-1 is no match", Some(1), Some(2), None, false, Some(Sha1)),
            ("an MD5 collision with a different SHA-256", Some(1), None, Some(2), false, Some(Sha256)),
            ("the SHA-256 agrees, the MD5 does not", Some(2), None, Some(1), false, Some(Sha256)),
            ("the SHA-1 agrees, the SHA-256 does not", None, Some(1), Some(2), false, Some(Sha256)),
            ("an MD5 alone that differs", Some(2), None, None, false, Some(Md5)),
            ("SHA-256 and SHA-1 agree, MD5 differs", Some(2), Some(1), Some(1), false, Some(Sha256)),
            ("an entry that gives no digest matches nothing", None, None, None, false, None),
        ];
        for (case, md5, sha1, sha256, agree, method) in table {
            let e = entry(md5, sha1, sha256);
            assert_eq!(digests_agree(&e, &content(1)), agree, "{case}");
            assert_eq!(strongest_digest(&e), method, "{case}");
        }
    }

    #[test]
    fn exact_matches_keep_agreeing_candidates_once_named_after_the_strongest_digest() {
        let candidate = |media: i64, known: i64, e: EntryDigests| ExactCandidate {
            media: MediaRowId(media),
            media_digests: content(1),
            known_id: known,
            entry_digests: e,
        };
        let candidates = [
            candidate(2, 7, entry(Some(1), None, None)),
            candidate(1, 9, entry(Some(1), Some(2), None)), // a collision
            candidate(1, 8, entry(Some(1), Some(1), Some(1))),
            candidate(2, 7, entry(Some(1), None, None)), // repeated by the store
            candidate(1, 3, entry(None, Some(1), None)),
        ];
        let found: Vec<(i64, MatchTarget, MatchMethod)> =
            exact_matches(&candidates).into_iter().map(|m| (m.media.0, m.target, m.method)).collect();
        assert_eq!(
            found,
            [
                (1, MatchTarget::Known(3), MatchMethod::Sha1),
                (1, MatchTarget::Known(8), MatchMethod::Sha256),
                (2, MatchTarget::Known(7), MatchMethod::Md5),
            ]
        );
        assert!(exact_matches(&[]).is_empty());
        let rows = exact_matches(&candidates[..1]);
        assert_eq!((rows[0].distance, rows[0].dihedral.as_deref()), (0, None));
    }

    /// A hit of entry `known_id` in set `hashset`.
    fn hit(hashset: &str, method: MatchMethod, distance: u32, known_id: i64) -> KnownHit {
        KnownHit {
            known_id,
            hashset: hashset.into(),
            profile: "vic-us".into(),
            category: None,
            series: None,
            method,
            distance,
            dihedral: (method == MatchMethod::Pdq).then(|| "original".into()),
        }
    }

    /// Each row lists hits in the order the rule must give, strongest
    /// first. The store may return them in any order, so each list is fed
    /// reversed and in every rotation of that: an order that SQL happened
    /// to give cannot pass for the rule.
    #[test]
    fn the_strongest_hit_comes_first_whatever_order_the_store_gave() {
        use MatchMethod::*;
        let table: Vec<(&str, Vec<KnownHit>)> = vec![
            (
                "exact before PDQ, even a PDQ at distance 0 in a set whose name sorts first",
                vec![hit("zulu", Md5, 0, 5), hit("alpha", Pdq, 0, 1)],
            ),
            (
                "among exact matches the stronger digest first, whatever the set names",
                vec![hit("zulu", Sha256, 0, 3), hit("mike", Sha1, 0, 2), hit("alpha", Md5, 0, 1)],
            ),
            ("PDQ hits by distance", vec![hit("zulu", Pdq, 3, 2), hit("alpha", Pdq, 10, 1), hit("alpha", Pdq, 31, 0)]),
            (
                "same method and distance: by set name ignoring ASCII case",
                vec![hit("Alpha", Pdq, 4, 9), hit("beta", Pdq, 4, 1), hit("Gamma", Pdq, 4, 5)],
            ),
            (
                "same set, method and distance: by entry id",
                vec![hit("set", Sha1, 0, 4), hit("set", Sha1, 0, 9), hit("set", Sha1, 0, 12)],
            ),
            (
                "everything at once",
                vec![
                    hit("b", Sha256, 0, 7),
                    hit("a", Sha1, 0, 8),
                    hit("A", Md5, 0, 2),
                    hit("a", Md5, 0, 3),
                    hit("z", Pdq, 0, 1),
                    hit("a", Pdq, 1, 1),
                ],
            ),
        ];
        for (case, strongest_first_order) in table {
            let mut fed: Vec<KnownHit> = strongest_first_order.iter().rev().cloned().collect();
            for rotation in 0..fed.len() {
                fed.rotate_left(usize::from(rotation > 0));
                let mut hits = fed.clone();
                strongest_first(&mut hits);
                assert_eq!(hits, strongest_first_order, "{case}, fed {fed:?}");
            }
        }
    }

    #[test]
    fn compare_hits_is_a_total_order_on_distinct_entries() {
        let a = hit("set", MatchMethod::Md5, 0, 1);
        assert_eq!(compare_hits(&a, &a), Ordering::Equal);
        let b = hit("SET", MatchMethod::Md5, 0, 2);
        assert_eq!(compare_hits(&a, &b), Ordering::Less);
        assert_eq!(compare_hits(&b, &a), Ordering::Greater);
    }
}
