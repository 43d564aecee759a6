//! The review index in SQL: keeping `review_items` in step with ingest,
//! matching and decisions, and the grid's reads (pages in keyset order,
//! groups, cameras, map cells, the timeline), settings and series.
//!
//! Every read starts from `review_items` with the case's id and reaches a
//! filter through an index that starts with the case and ends with the
//! media id (migration 10), so that a page never counts the case.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use vilab_core::review::{Decision, DecisionKind, settle};

use super::Ctx as _;
use super::cases::require_case;
use super::codec::{self, At};
use crate::model::review::{
    AccountSettings, CameraGroup, CameraId, DecidedFilter, DecisionChange, DecisionOutcome, DecisionRecord, GroupBy,
    ItemDecision, MapCell, NewDecisions, ReviewCursor, ReviewFilter, ReviewGroup, ReviewOrder, ReviewProgress,
    ReviewQuery, ReviewRow, Series, SeriesId, TimelineBin, TimelineStep, TriageMark, TriageState,
};
use crate::{AccountId, CaseId, ExhibitId, MediaRowId, Result, StoreError};

use crate::model::review::MAX_PAGE;

/// The time taken as ingest stores a well-formed EXIF time
/// (`YYYY-MM-DDTHH:MM:SS`, the camera's clock), `NULL` for anything else
/// (a malformed time stays a lead on the item, not a point of the timeline).
const TAKEN: &str = "CASE WHEN m.exif_datetime_original GLOB \
     '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*' \
     THEN substr(m.exif_datetime_original, 1, 19) END";

/// Indexes one occurrence's item in its exhibit's case: a new row with the
/// exhibit and folder of this first place, or the EXIF leads refreshed
/// (an ingest may have filled them since).
pub(super) fn index_occurrence(conn: &Connection, media: i64, exhibit: i64, path: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO cameras (make, model, body_serial) \
         SELECT COALESCE(exif_make, ''), COALESCE(exif_model, ''), COALESCE(exif_body_serial, '') FROM media \
         WHERE id = ?1 AND (exif_make IS NOT NULL OR exif_model IS NOT NULL OR exif_body_serial IS NOT NULL) \
         ON CONFLICT DO NOTHING",
    )
    .ctx("preparing the camera index")?
    .execute([media])
    .ctx("indexing a camera")?;
    let folder = match path.rfind('/') {
        Some(i) => &path[..=i],
        None => "",
    };
    let sql = format!(
        "INSERT INTO review_items (case_id, media_id, exhibit_id, folder, taken, has_gps, lat, lon, camera_id) \
         SELECT e.case_id, m.id, e.id, ?3, {TAKEN}, m.gps_lat IS NOT NULL AND m.gps_lon IS NOT NULL, \
             CASE WHEN m.gps_lon IS NOT NULL THEN m.gps_lat END, CASE WHEN m.gps_lat IS NOT NULL THEN m.gps_lon END, \
             (SELECT c.id FROM cameras c WHERE c.make = COALESCE(m.exif_make, '') \
                 AND c.model = COALESCE(m.exif_model, '') AND c.body_serial = COALESCE(m.exif_body_serial, '') \
                 AND (m.exif_make IS NOT NULL OR m.exif_model IS NOT NULL OR m.exif_body_serial IS NOT NULL)) \
         FROM media m, exhibits e WHERE m.id = ?1 AND e.id = ?2 \
         ON CONFLICT (case_id, media_id) DO UPDATE SET \
             taken = excluded.taken, has_gps = excluded.has_gps, lat = excluded.lat, lon = excluded.lon, \
             camera_id = excluded.camera_id"
    );
    conn.prepare_cached(&sql)
        .ctx("preparing the review index")?
        .execute(params![media, exhibit, folder])
        .ctx("indexing an item for review")?;
    Ok(())
}

/// Writes a match run's triage of a case's items.
pub(super) fn set_triage(conn: &Connection, case: CaseId, marks: &[TriageMark]) -> Result<()> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare_cached(
            "UPDATE review_items SET triage = ?3, proposed_profile = ?4, proposed = ?5, hashset = ?6 \
             WHERE case_id = ?1 AND media_id = ?2",
        )
        .ctx("preparing the triage update")?;
    for mark in marks {
        let triage = (mark.state != TriageState::Unmatched).then(|| mark.state.as_str());
        let (profile, category, hashset) = match &mark.proposal {
            Some((p, c, h)) => (Some(p.as_str()), *c, Some(h.as_str())),
            None => (None, None, None),
        };
        stmt.execute(params![case.0, mark.media.0, triage, profile, category, hashset]).ctx("writing the triage")?;
    }
    Ok(())
}

/// The index a page is read through: the first of the filter's equality
/// conditions in this order (the most selective kinds first). Each index
/// is `(case_id, <column>, media_id)`, so the filter's range comes out in
/// media-id order and the page stops after its rows. Left to the planner
/// (without statistics) a rare value was found by scanning the whole case
/// in id order: 400 ms at a million items, against under 1 ms this way.
fn driving_index(filter: &ReviewFilter) -> Option<&'static str> {
    use DecidedFilter::{Category, Undecided};
    if filter.camera.is_some() {
        Some("review_items_camera")
    } else if filter.folder.is_some() {
        Some("review_items_folder")
    } else if filter.hashset.is_some() {
        Some("review_items_hashset")
    } else if filter.proposed.is_some() {
        Some("review_items_proposed")
    } else if matches!(filter.decided, Some(Category(_))) {
        Some("review_items_decided")
    } else if filter.exhibit.is_some() {
        Some("review_items_exhibit")
    } else if filter.triage.is_some() {
        Some("review_items_triage")
    } else if matches!(filter.decided, Some(Undecided)) {
        Some("review_items_decided")
    } else if filter.has_gps.is_some() || filter.within.is_some() {
        Some("review_items_gps")
    } else {
        None
    }
}

/// The `WHERE` of a filter over `review_items r` (joined to `media m`
/// where `within` needs it), with its parameters after the case's.
fn where_clause(case: CaseId, filter: &ReviewFilter, args: &mut Vec<Value>) -> String {
    let mut sql = String::from("r.case_id = ?");
    args.push(Value::Integer(case.0));
    let mut and = |clause: &str, values: Vec<Value>| {
        sql.push_str(" AND ");
        sql.push_str(clause);
        args.extend(values);
    };
    match filter.triage {
        Some(TriageState::Unmatched) => and("r.triage IS NULL", vec![]),
        Some(state) => and("r.triage = ?", vec![Value::Text(state.as_str().into())]),
        None => {}
    }
    if let Some(category) = filter.proposed {
        and("r.proposed = ?", vec![Value::Integer(category.into())]);
    }
    match filter.decided {
        Some(DecidedFilter::Undecided) => and("r.decided IS NULL", vec![]),
        Some(DecidedFilter::Decided) => and("r.decided IS NOT NULL", vec![]),
        Some(DecidedFilter::Category(c)) => and("r.decided = ?", vec![Value::Integer(c.into())]),
        Some(DecidedFilter::Conflict) => and("r.conflict = 1", vec![]),
        Some(DecidedFilter::FollowUp) => and("r.follow_up = 1", vec![]),
        None => {}
    }
    if let Some(hashset) = &filter.hashset {
        and("r.hashset = ?", vec![Value::Text(hashset.clone())]);
    }
    if let Some(camera) = filter.camera {
        and("r.camera_id = ?", vec![Value::Integer(camera.0)]);
    }
    let mut camera_parts = Vec::new();
    let mut camera_args = Vec::new();
    for (column, value) in [("make", &filter.make), ("model", &filter.model), ("body_serial", &filter.body_serial)] {
        if let Some(value) = value {
            camera_parts.push(format!("{column} = ?"));
            camera_args.push(Value::Text(value.clone()));
        }
    }
    if !camera_parts.is_empty() {
        and(&format!("r.camera_id IN (SELECT id FROM cameras WHERE {})", camera_parts.join(" AND ")), camera_args);
    }
    if let Some(has) = filter.has_gps {
        and("r.has_gps = ?", vec![Value::Integer(has.into())]);
    }
    if let Some(from) = &filter.taken_from {
        and("r.taken >= ?", vec![Value::Text(from.clone())]);
    }
    if let Some(before) = &filter.taken_before {
        and("r.taken < ?", vec![Value::Text(before.clone())]);
    }
    if let Some(series) = filter.series {
        and("r.media_id IN (SELECT media_id FROM series_members WHERE series_id = ?)", vec![Value::Integer(series.0)]);
    }
    if let Some(exhibit) = filter.exhibit {
        and("r.exhibit_id = ?", vec![Value::Integer(exhibit.0)]);
    }
    if let Some(folder) = &filter.folder {
        and("r.folder = ?", vec![Value::Text(folder.clone())]);
    }
    if let Some(text) = &filter.path_contains {
        and(
            "EXISTS (SELECT 1 FROM occurrences o JOIN exhibits e ON e.id = o.exhibit_id \
             WHERE o.media_id = r.media_id AND e.case_id = r.case_id \
             AND instr(o.path || '!/' || o.archive_path, ?) > 0)",
            vec![Value::Text(text.clone())],
        );
    }
    if let Some(b) = filter.within {
        and(
            "r.has_gps = 1 AND r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ?",
            vec![Value::Real(b.lat_min), Value::Real(b.lat_max), Value::Real(b.lon_min), Value::Real(b.lon_max)],
        );
    }
    sql
}

const ROW_COLUMNS: &str = "r.media_id, m.sha256, m.kind, m.width, m.height, m.thumbnail_sha256, r.exhibit_id, \
     r.folder, r.triage, r.proposed_profile, r.proposed, r.hashset, r.decided_profile, r.decided, r.conflict, \
     r.follow_up, r.taken, r.has_gps, r.camera_id";

fn row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ReviewRow> {
    let at = At::read(row, "review_items", 0)?;
    let triage: Option<String> = row.get(8)?;
    let triage = match triage {
        None => TriageState::Unmatched,
        Some(word) => match TriageState::parse(&word) {
            Some(state) if state != TriageState::Unmatched => state,
            _ => return Err(at.bad("triage", format!("unknown triage state {word:?}"))),
        },
    };
    let category = |idx: usize, column: &'static str| -> rusqlite::Result<Option<u8>> {
        let n: Option<i64> = row.get(idx)?;
        n.map(|n| u8::try_from(n).map_err(|_| at.bad(column, format!("category {n} out of range")))).transpose()
    };
    Ok(ReviewRow {
        media: MediaRowId(row.get(0)?),
        sha256: codec::sha256(row, 1)?,
        kind: codec::kind(row, 2, at)?,
        width: row.get(3)?,
        height: row.get(4)?,
        thumbnail: codec::opt_sha256(row, 5)?,
        exhibit: ExhibitId(row.get(6)?),
        folder: row.get(7)?,
        triage,
        proposed_profile: row.get(9)?,
        proposed: category(10, "proposed")?,
        hashset: row.get(11)?,
        decided_profile: row.get(12)?,
        decided: category(13, "decided")?,
        conflict: row.get(14)?,
        follow_up: row.get(15)?,
        taken: row.get(16)?,
        has_gps: row.get(17)?,
        camera: row.get::<_, Option<i64>>(18)?.map(CameraId),
    })
}

/// One page of the grid.
pub(super) fn page(conn: &Connection, case: CaseId, query: &ReviewQuery) -> Result<Vec<ReviewRow>> {
    require_case(conn, case)?;
    let limit = query.limit.clamp(1, MAX_PAGE);
    let run = |keyset: &str, keyset_args: Vec<Value>, order: &str, limit: u32| -> Result<Vec<ReviewRow>> {
        let mut args = Vec::new();
        let filter = where_clause(case, &query.filter, &mut args);
        args.extend(keyset_args);
        // The taken order reads its own index; the others are driven by the filter's.
        let indexed = match (query.order, driving_index(&query.filter)) {
            (ReviewOrder::Taken, _) | (_, None) => String::new(),
            (_, Some(index)) => format!(" INDEXED BY {index}"),
        };
        let sql = format!(
            "SELECT {ROW_COLUMNS} FROM review_items r{indexed} JOIN media m ON m.id = r.media_id \
             WHERE {filter}{keyset} ORDER BY {order} LIMIT {limit}"
        );
        let mut stmt = conn.prepare_cached(&sql).ctx("preparing a review page")?;
        let rows = stmt.query_map(params_from_iter(args), row).ctx("reading a review page")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading a review page")
    };
    let after = query.after.as_ref();
    match query.order {
        ReviewOrder::Ingested => {
            let (keyset, args) = match after {
                Some(c) => (" AND r.media_id > ?", vec![Value::Integer(c.media.0)]),
                None => ("", vec![]),
            };
            run(keyset, args, "r.media_id", limit)
        }
        ReviewOrder::IngestedDesc => {
            let (keyset, args) = match after {
                Some(c) => (" AND r.media_id < ?", vec![Value::Integer(c.media.0)]),
                None => ("", vec![]),
            };
            run(keyset, args, "r.media_id DESC", limit)
        }
        // Two ranges of one index: the dated items by time, then the
        // undated ones by id. A cursor without a time is in the second.
        ReviewOrder::Taken => {
            let mut rows = Vec::new();
            let undated_after = match after {
                Some(ReviewCursor { taken: None, media }) => Some(*media),
                _ => {
                    let (keyset, args) = match after {
                        Some(ReviewCursor { taken: Some(t), media }) => (
                            " AND r.taken IS NOT NULL AND (r.taken > ? OR (r.taken = ? AND r.media_id > ?))",
                            vec![Value::Text(t.clone()), Value::Text(t.clone()), Value::Integer(media.0)],
                        ),
                        _ => (" AND r.taken IS NOT NULL", vec![]),
                    };
                    rows = run(keyset, args, "r.taken, r.media_id", limit)?;
                    None
                }
            };
            let left = limit.saturating_sub(u32::try_from(rows.len()).unwrap_or(u32::MAX));
            if left > 0 {
                let (keyset, args) = match undated_after {
                    Some(m) => (" AND r.taken IS NULL AND r.media_id > ?", vec![Value::Integer(m.0)]),
                    None => (" AND r.taken IS NULL", vec![]),
                };
                rows.extend(run(keyset, args, "r.media_id", left)?);
            }
            Ok(rows)
        }
    }
}

/// The groups of a case's items (under the filter), those with the most
/// known items first.
///
/// One pass over the case's rows, counted here: grouping through an index
/// of the key reads each row's triage and decision by a lookup, which took
/// 4.5 s at a million items; a sequential read of the rows takes a tenth.
pub(super) fn groups(conn: &Connection, case: CaseId, by: GroupBy, filter: &ReviewFilter) -> Result<Vec<ReviewGroup>> {
    require_case(conn, case)?;
    let mut args = Vec::new();
    let filter = where_clause(case, filter, &mut args);
    let (key, from) = match by {
        GroupBy::Folder => ("r.folder", "review_items r NOT INDEXED"),
        GroupBy::Exhibit => ("CAST(r.exhibit_id AS TEXT)", "review_items r NOT INDEXED"),
        GroupBy::Hashset => ("COALESCE(r.hashset, '')", "review_items r NOT INDEXED"),
        GroupBy::Camera => ("COALESCE(CAST(r.camera_id AS TEXT), '')", "review_items r NOT INDEXED"),
        GroupBy::Series => (
            "CAST(s.series_id AS TEXT)",
            "series x JOIN series_members s ON s.series_id = x.id \
             JOIN review_items r ON r.case_id = x.case_id AND r.media_id = s.media_id",
        ),
    };
    let restrict = if by == GroupBy::Series { " AND x.case_id = r.case_id AND x.merged_into IS NULL" } else { "" };
    let sql = format!(
        "SELECT {key}, r.triage IN ('known', 'near_known'), r.decided IS NULL FROM {from} WHERE {filter}{restrict}"
    );
    let mut stmt = conn.prepare_cached(&sql).ctx("preparing review groups")?;
    let mut rows = stmt.query(params_from_iter(args)).ctx("reading review groups")?;
    let mut counts: std::collections::HashMap<String, ReviewGroup> = std::collections::HashMap::new();
    while let Some(row) = rows.next().ctx("reading review groups")? {
        let key: String = row.get(0).ctx("reading review groups")?;
        let known = row.get::<_, Option<bool>>(1).ctx("reading review groups")?.unwrap_or(false);
        let undecided: bool = row.get(2).ctx("reading review groups")?;
        let group = counts.entry(key).or_insert_with_key(|k| ReviewGroup {
            key: k.clone(),
            items: 0,
            known: 0,
            hits_undecided: 0,
            undecided: 0,
        });
        group.items += 1;
        group.known += u64::from(known);
        group.hits_undecided += u64::from(known && undecided);
        group.undecided += u64::from(undecided);
    }
    let mut groups: Vec<ReviewGroup> = counts.into_values().collect();
    groups.sort_by(|a, b| b.known.cmp(&a.known).then(b.items.cmp(&a.items)).then(a.key.cmp(&b.key)));
    groups.truncate(MAX_PAGE as usize);
    Ok(groups)
}

/// Whether an item is in a case's review index.
pub(super) fn in_case(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<bool> {
    conn.prepare_cached("SELECT EXISTS (SELECT 1 FROM review_items WHERE case_id = ?1 AND media_id = ?2)")
        .ctx("preparing an item lookup")?
        .query_row([case.0, media.0], |r| r.get(0))
        .ctx("looking up an item of a case")
}

/// Records a batch of decisions and settles each item.
pub(super) fn record_decisions(conn: &Connection, new: &NewDecisions) -> Result<DecisionOutcome> {
    require_case(conn, new.case)?;
    let batch = next_batch(conn, new.account)?;
    let mut insert = conn
        .prepare_cached(
            "INSERT INTO review_decisions \
             (case_id, media_id, account_id, batch, kind, profile, category, follow_up, decided_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )
        .ctx("preparing a decision")?;
    let (kind, profile, category, follow_up) = match &new.change {
        DecisionChange::Category { profile, category } => ("category", Some(profile.as_str()), Some(*category), None),
        DecisionChange::FollowUp(on) => ("follow_up", None, None, Some(*on)),
    };
    let mut items = Vec::with_capacity(new.items.len());
    for media in unique(&new.items) {
        if !in_case(conn, new.case, media)? {
            return Err(StoreError::NotFound { what: "media item of the case", id: media.0 });
        }
        insert
            .execute(params![new.case.0, media.0, new.account.0, batch, kind, profile, category, follow_up, new.at])
            .ctx("recording a decision")?;
        items.push(settle_item(conn, new.case, media)?);
    }
    Ok(DecisionOutcome { batch, items })
}

/// Retracts the reviewer's latest batch in the case that has a decision
/// not yet retracted; `None` when there is none.
pub(super) fn retract_last(
    conn: &Connection,
    case: CaseId,
    account: AccountId,
    at: i64,
) -> Result<Option<DecisionOutcome>> {
    require_case(conn, case)?;
    let live = "FROM review_decisions d WHERE d.account_id = ?1 AND d.case_id = ?2 AND d.kind <> 'retract' \
                AND NOT EXISTS (SELECT 1 FROM review_decisions x WHERE x.retracts = d.id)";
    let last: Option<i64> = conn
        .query_row(&format!("SELECT MAX(d.batch) {live}"), [account.0, case.0], |r| r.get(0))
        .ctx("finding the last decisions")?;
    let Some(last) = last else { return Ok(None) };
    let targets: Vec<(i64, i64)> = {
        let mut stmt = conn
            .prepare(&format!("SELECT d.id, d.media_id {live} AND d.batch = ?3 ORDER BY d.id"))
            .ctx("reading the last decisions")?;
        let rows = stmt.query_map([account.0, case.0, last], |r| Ok((r.get(0)?, r.get(1)?))).ctx("reading")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading the last decisions")?
    };
    let batch = next_batch(conn, account)?;
    let mut insert = conn
        .prepare_cached(
            "INSERT INTO review_decisions (case_id, media_id, account_id, batch, kind, retracts, decided_at) \
             VALUES (?1, ?2, ?3, ?4, 'retract', ?5, ?6)",
        )
        .ctx("preparing a retraction")?;
    let mut items = Vec::new();
    for (id, media) in &targets {
        insert.execute(params![case.0, media, account.0, batch, id, at]).ctx("recording a retraction")?;
    }
    for media in unique(&targets.iter().map(|(_, m)| MediaRowId(*m)).collect::<Vec<_>>()) {
        items.push(settle_item(conn, case, media)?);
    }
    Ok(Some(DecisionOutcome { batch, items }))
}

fn unique(items: &[MediaRowId]) -> Vec<MediaRowId> {
    let mut seen = std::collections::BTreeSet::new();
    items.iter().copied().filter(|m| seen.insert(*m)).collect()
}

fn next_batch(conn: &Connection, account: AccountId) -> Result<i64> {
    conn.prepare_cached("SELECT COALESCE(MAX(batch), 0) + 1 FROM review_decisions WHERE account_id = ?1")
        .ctx("preparing the batch number")?
        .query_row([account.0], |r| r.get(0))
        .ctx("numbering a batch")
}

/// Applies `vilab_core::review::settle` to an item's decisions and writes
/// the result into the review index.
fn settle_item(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<ItemDecision> {
    let decisions = decisions_of(conn, case, media)?;
    // The table's checks tie each kind to its fields, so every row reads as
    // one of the rule's decisions.
    let settled = settle(
        &decisions
            .iter()
            .filter_map(|d| {
                let kind = match (d.kind.as_str(), &d.profile, d.category, d.follow_up, d.retracts) {
                    ("category", Some(p), Some(c), _, _) => DecisionKind::Category { profile: p.clone(), category: c },
                    ("follow_up", _, _, Some(on), _) => DecisionKind::FollowUp(on),
                    ("retract", _, _, _, Some(target)) => DecisionKind::Retract(target),
                    _ => return None,
                };
                Some(Decision { id: d.id, reviewer: d.account.0, kind })
            })
            .collect::<Vec<_>>(),
    );
    let (profile, category) = settled.decided.clone().unzip();
    conn.prepare_cached(
        "UPDATE review_items SET decided_profile = ?3, decided = ?4, conflict = ?5, follow_up = ?6 \
         WHERE case_id = ?1 AND media_id = ?2",
    )
    .ctx("preparing the decision update")?
    .execute(params![case.0, media.0, profile, category, settled.conflict, settled.follow_up])
    .ctx("writing an item's decision")?;
    Ok(ItemDecision {
        media,
        decided_profile: profile,
        decided: category,
        conflict: settled.conflict,
        follow_up: settled.follow_up,
    })
}

/// Every decision on an item of a case, oldest first.
pub(super) fn decisions_of(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<Vec<DecisionRecord>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT d.id, d.account_id, COALESCE(a.username, ''), d.kind, d.profile, d.category, d.follow_up, \
             d.retracts, d.decided_at FROM review_decisions d LEFT JOIN accounts a ON a.id = d.account_id \
             WHERE d.case_id = ?1 AND d.media_id = ?2 ORDER BY d.id",
        )
        .ctx("preparing an item's decisions")?;
    let rows = stmt
        .query_map([case.0, media.0], |row| {
            let at = At::read(row, "review_decisions", 0)?;
            let kind: String = row.get(3)?;
            if !matches!(kind.as_str(), "category" | "follow_up" | "retract") {
                return Err(at.bad("kind", format!("unknown decision kind {kind:?}")));
            }
            let category: Option<i64> = row.get(5)?;
            let category = category
                .map(|n| u8::try_from(n).map_err(|_| at.bad("category", format!("category {n} out of range"))))
                .transpose()?;
            Ok(DecisionRecord {
                id: row.get(0)?,
                account: AccountId(row.get(1)?),
                username: row.get(2)?,
                kind,
                profile: row.get(4)?,
                category,
                follow_up: row.get(6)?,
                retracts: row.get(7)?,
                at: row.get(8)?,
            })
        })
        .ctx("reading an item's decisions")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading an item's decisions")
}

/// An account's settings (the defaults when it has none).
pub(super) fn settings(conn: &Connection, account: AccountId) -> Result<AccountSettings> {
    let found = conn
        .prepare_cached(
            "SELECT account_id, lang, blur, greyscale, tile, break_minutes FROM account_settings \
             WHERE account_id = ?1",
        )
        .ctx("preparing settings")?
        .query_row([account.0], |row| {
            let at = At::read(row, "account_settings", 0)?;
            let tile: i64 = row.get(4)?;
            let minutes: i64 = row.get(5)?;
            Ok(AccountSettings {
                lang: row.get(1)?,
                blur: row.get(2)?,
                greyscale: row.get(3)?,
                tile: u16::try_from(tile).map_err(|_| at.bad("tile", format!("{tile} out of range")))?,
                break_minutes: u16::try_from(minutes)
                    .map_err(|_| at.bad("break_minutes", format!("{minutes} out of range")))?,
            })
        })
        .optional()
        .ctx("reading settings")?;
    Ok(found.unwrap_or_default())
}

/// Replaces an account's settings.
pub(super) fn set_settings(conn: &Connection, account: AccountId, s: &AccountSettings, at: i64) -> Result<()> {
    if !(64..=256).contains(&s.tile) {
        return Err(StoreError::Invalid { field: "tile", reason: format!("{} is not between 64 and 256", s.tile) });
    }
    if s.break_minutes > 480 {
        return Err(StoreError::Invalid {
            field: "break_minutes",
            reason: format!("{} is more than 480", s.break_minutes),
        });
    }
    conn.prepare_cached(
        "INSERT INTO account_settings (account_id, lang, blur, greyscale, tile, break_minutes, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (account_id) DO UPDATE SET lang = excluded.lang, \
         blur = excluded.blur, greyscale = excluded.greyscale, tile = excluded.tile, \
         break_minutes = excluded.break_minutes, updated_at = excluded.updated_at",
    )
    .ctx("preparing settings")?
    .execute(params![account.0, s.lang, s.blur, s.greyscale, s.tile, s.break_minutes, at])
    .ctx("writing settings")?;
    Ok(())
}

const SERIES_COLUMNS: &str = "s.id, s.uid, s.case_id, s.name, s.created_by, s.created_at, s.merged_into, \
     (SELECT COUNT(*) FROM series_members x WHERE x.series_id = s.id)";

fn series_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Series> {
    Ok(Series {
        id: SeriesId(row.get(0)?),
        uid: row.get(1)?,
        case: CaseId(row.get(2)?),
        name: row.get(3)?,
        created_by: AccountId(row.get(4)?),
        created_at: row.get(5)?,
        merged_into: row.get::<_, Option<i64>>(6)?.map(SeriesId),
        members: row.get(7)?,
    })
}

/// Creates a series in a case.
pub(super) fn create_series(
    conn: &Connection,
    case: CaseId,
    name: &str,
    account: AccountId,
    at: i64,
) -> Result<Series> {
    require_case(conn, case)?;
    crate::model::validate_name("series name", name)?;
    let taken: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM series WHERE case_id = ?1 AND name = ?2)",
            params![case.0, name],
            |r| r.get(0),
        )
        .ctx("looking up a series name")?;
    if taken {
        return Err(StoreError::SeriesExists { name: name.to_string() });
    }
    let uid = crate::random::random_hex(16)?;
    conn.execute(
        "INSERT INTO series (uid, case_id, name, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![uid, case.0, name, account.0, at],
    )
    .ctx("creating a series")?;
    let id = SeriesId(conn.last_insert_rowid());
    series_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "series", id: id.0 })
}

/// Renames a series; a name another series of its case has is refused.
pub(super) fn rename_series(conn: &Connection, id: SeriesId, name: &str) -> Result<Series> {
    crate::model::validate_name("series name", name)?;
    let s = series_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "series", id: id.0 })?;
    if s.name == name {
        return Ok(s);
    }
    let taken: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM series WHERE case_id = ?1 AND name = ?2)",
            params![s.case.0, name],
            |r| r.get(0),
        )
        .ctx("looking up a series name")?;
    if taken {
        return Err(StoreError::SeriesExists { name: name.to_string() });
    }
    conn.execute("UPDATE series SET name = ?2 WHERE id = ?1", params![id.0, name]).ctx("renaming a series")?;
    series_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "series", id: id.0 })
}

/// A series by id.
pub(super) fn series_by_id(conn: &Connection, id: SeriesId) -> Result<Option<Series>> {
    conn.query_row(&format!("SELECT {SERIES_COLUMNS} FROM series s WHERE s.id = ?1"), [id.0], series_row)
        .optional()
        .ctx("reading a series")
}

/// The series of a case (merged ones included), by name.
pub(super) fn list_series(conn: &Connection, case: CaseId) -> Result<Vec<Series>> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {SERIES_COLUMNS} FROM series s WHERE s.case_id = ?1 ORDER BY s.name"))
        .ctx("preparing series")?;
    let rows = stmt.query_map([case.0], series_row).ctx("listing series")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing series")
}

/// Adds items of the series' case to it; how many were not members yet.
pub(super) fn add_to_series(
    conn: &Connection,
    series: SeriesId,
    items: &[MediaRowId],
    account: AccountId,
    at: i64,
) -> Result<u64> {
    let s = series_by_id(conn, series)?.ok_or(StoreError::NotFound { what: "series", id: series.0 })?;
    let mut insert = conn
        .prepare_cached(
            "INSERT INTO series_members (series_id, media_id, added_by, added_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT DO NOTHING",
        )
        .ctx("preparing a series member")?;
    let mut added = 0;
    for media in unique(items) {
        if !in_case(conn, s.case, media)? {
            return Err(StoreError::NotFound { what: "media item of the case", id: media.0 });
        }
        added += insert.execute(params![series.0, media.0, account.0, at]).ctx("adding to a series")? as u64;
    }
    Ok(added)
}

/// Moves the members of `from` into `into` (same case) and marks `from`
/// merged; how many members moved in.
pub(super) fn merge_series(
    conn: &Connection,
    from: SeriesId,
    into: SeriesId,
    account: AccountId,
    at: i64,
) -> Result<u64> {
    let a = series_by_id(conn, from)?.ok_or(StoreError::NotFound { what: "series", id: from.0 })?;
    let b = series_by_id(conn, into)?.ok_or(StoreError::NotFound { what: "series", id: into.0 })?;
    if a.case != b.case || from == into || a.merged_into.is_some() || b.merged_into.is_some() {
        return Err(StoreError::Invalid {
            field: "series",
            reason: "only two different, unmerged series of one case can be merged".into(),
        });
    }
    let moved = conn
        .execute(
            "INSERT INTO series_members (series_id, media_id, added_by, added_at) \
             SELECT ?2, media_id, ?3, ?4 FROM series_members WHERE series_id = ?1 ON CONFLICT DO NOTHING",
            params![from.0, into.0, account.0, at],
        )
        .ctx("merging series")? as u64;
    conn.execute("UPDATE series SET merged_into = ?2 WHERE id = ?1", params![from.0, into.0]).ctx("merging series")?;
    Ok(moved)
}

/// The series an item is in, in a case.
pub(super) fn series_of(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<Vec<Series>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {SERIES_COLUMNS} FROM series s JOIN series_members m ON m.series_id = s.id \
             WHERE s.case_id = ?1 AND m.media_id = ?2 ORDER BY s.name"
        ))
        .ctx("preparing an item's series")?;
    let rows = stmt.query_map([case.0, media.0], series_row).ctx("reading an item's series")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading an item's series")
}

/// How far a case's review has come. A count over the case's grid: for its
/// dashboard, never for a page of the grid.
pub(super) fn review_progress(conn: &Connection, case: CaseId) -> Result<ReviewProgress> {
    require_case(conn, case)?;
    let (items, decided, conflicts, follow_up): (i64, i64, i64, i64) = conn
        .query_row(
            "SELECT COUNT(*), COALESCE(SUM(decided IS NOT NULL), 0), COALESCE(SUM(conflict), 0), \
             COALESCE(SUM(follow_up), 0) FROM review_items WHERE case_id = ?1",
            [case.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .ctx("counting the review's progress")?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT a.username, COUNT(DISTINCT d.media_id) FROM review_decisions d \
             JOIN accounts a ON a.id = d.account_id \
             WHERE d.case_id = ?1 AND d.kind = 'category' \
             AND NOT EXISTS (SELECT 1 FROM review_decisions r WHERE r.retracts = d.id) \
             GROUP BY a.id ORDER BY 2 DESC, a.username",
        )
        .ctx("preparing the reviewers' progress")?;
    let rows = stmt
        .query_map([case.0], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as u64)))
        .ctx("reading the reviewers' progress")?;
    let by_reviewer = rows.collect::<rusqlite::Result<_>>().ctx("reading the reviewers' progress")?;
    let n = |v: i64| v.max(0) as u64;
    Ok(ReviewProgress {
        items: n(items),
        decided: n(decided),
        conflicts: n(conflicts),
        follow_up: n(follow_up),
        by_reviewer,
    })
}

/// Cameras with their items per case, over the given cases (`None`: all).
pub(super) fn camera_groups(conn: &Connection, cases: Option<&[CaseId]>) -> Result<Vec<CameraGroup>> {
    let mut args = Vec::new();
    let restrict = match cases {
        None => String::new(),
        Some(cases) => {
            args.extend(cases.iter().map(|c| Value::Integer(c.0)));
            format!("WHERE r.case_id IN ({})", vec!["?"; cases.len()].join(", "))
        }
    };
    if cases.is_some_and(<[CaseId]>::is_empty) {
        return Ok(Vec::new());
    }
    // Counted through the camera index alone (covering, in order), then named.
    let sql = format!(
        "SELECT r.camera_id, r.case_id, COUNT(*) FROM review_items r {restrict}{} r.camera_id IS NOT NULL \
         GROUP BY r.case_id, r.camera_id",
        if restrict.is_empty() { "WHERE" } else { " AND" }
    );
    let mut counted: std::collections::BTreeMap<i64, Vec<(CaseId, u64)>> = std::collections::BTreeMap::new();
    {
        let mut stmt = conn.prepare(&sql).ctx("preparing camera groups")?;
        let mut rows = stmt.query(params_from_iter(args)).ctx("reading camera groups")?;
        while let Some(row) = rows.next().ctx("reading camera groups")? {
            let camera: i64 = row.get(0).ctx("reading camera groups")?;
            let case = CaseId(row.get(1).ctx("reading camera groups")?);
            counted.entry(camera).or_default().push((case, row.get(2).ctx("reading camera groups")?));
        }
    }
    let mut named = conn
        .prepare_cached("SELECT make, model, body_serial FROM cameras WHERE id = ?1")
        .ctx("preparing camera names")?;
    let mut out = Vec::with_capacity(counted.len());
    for (camera, mut cases) in counted {
        cases.sort();
        let (make, model, body_serial) =
            named.query_row([camera], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).ctx("reading a camera's name")?;
        out.push(CameraGroup { camera: CameraId(camera), make, model, body_serial, cases });
    }
    Ok(out)
}

/// The map's cells: positions of the case's items (under the filter)
/// gathered into squares of `cell` degrees.
pub(super) fn map_cells(conn: &Connection, case: CaseId, filter: &ReviewFilter, cell: f64) -> Result<Vec<MapCell>> {
    require_case(conn, case)?;
    if !(cell.is_finite() && cell > 0.0) {
        return Err(StoreError::Invalid { field: "cell", reason: format!("{cell} is not a positive number") });
    }
    let mut args = Vec::new();
    let filter = where_clause(case, filter, &mut args);
    args.push(Value::Real(cell));
    args.push(Value::Real(cell));
    // Read from the position index alone (it holds the case, the position
    // and the media id), not through 300,000 lookups into media.
    let sql = format!(
        "SELECT AVG(r.lat), AVG(r.lon), COUNT(*), MIN(r.media_id) \
         FROM review_items r INDEXED BY review_items_geo \
         WHERE {filter} AND r.lat IS NOT NULL \
         GROUP BY CAST((r.lat + 90.0) / ? AS INTEGER), CAST((r.lon + 180.0) / ? AS INTEGER) \
         ORDER BY 3 DESC LIMIT 20000"
    );
    let mut stmt = conn.prepare_cached(&sql).ctx("preparing map cells")?;
    let rows = stmt
        .query_map(params_from_iter(args), |row| {
            Ok(MapCell { lat: row.get(0)?, lon: row.get(1)?, items: row.get(2)?, first: MediaRowId(row.get(3)?) })
        })
        .ctx("reading map cells")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading map cells")
}

/// The timeline of the case's items (under the filter) by year, month or day.
pub(super) fn timeline(
    conn: &Connection,
    case: CaseId,
    filter: &ReviewFilter,
    step: TimelineStep,
) -> Result<Vec<TimelineBin>> {
    require_case(conn, case)?;
    let len = match step {
        TimelineStep::Year => 4,
        TimelineStep::Month => 7,
        TimelineStep::Day => 10,
    };
    let mut args = Vec::new();
    let filter = where_clause(case, filter, &mut args);
    let sql = format!(
        "SELECT substr(r.taken, 1, {len}) AS p, COUNT(*) FROM review_items r \
         WHERE {filter} AND r.taken IS NOT NULL GROUP BY p ORDER BY p"
    );
    let mut stmt = conn.prepare_cached(&sql).ctx("preparing the timeline")?;
    let rows = stmt
        .query_map(params_from_iter(args), |row| Ok(TimelineBin { period: row.get(0)?, items: row.get(1)? }))
        .ctx("reading the timeline")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading the timeline")
}
