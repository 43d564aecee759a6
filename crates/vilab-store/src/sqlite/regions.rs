//! Regions and renditions in SQL (schema version 14): the append-only
//! versions of each region of an item, the renditions made from them, a
//! rendition marked stale when a region of its item changes (in the same
//! transaction), and the four-eyes approval of a public crop.

use rusqlite::{Connection, OptionalExtension, params};

use super::Ctx as _;
use super::codec::{self, At};
use crate::model::regions::{
    Audience, NewRendition, Region, RegionFields, RegionKind, RegionRef, RegionShape, RegionSource, Rendition,
    Treatment,
};
use crate::{AccountId, CaseId, MediaRowId, Result, StoreError};

const REGION_COLUMNS: &str = "r.uid, r.case_id, r.media_id, v.version, v.kind, v.shape, v.treatment, v.source, \
     v.deleted, v.set_by, v.set_at, v.id FROM region_versions v JOIN regions r ON r.id = v.region_id";

fn region_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Region> {
    let at = At::read(row, "region_versions", 11)?;
    let kind: String = row.get(4)?;
    let kind = RegionKind::parse(&kind).ok_or_else(|| at.bad("kind", format!("unknown kind '{kind}'")))?;
    let shape: String = row.get(5)?;
    let shape: RegionShape =
        serde_json::from_str(&shape).map_err(|e| at.bad("shape", format!("not a region shape: {e}")))?;
    let treatment: String = row.get(6)?;
    let treatment =
        Treatment::parse(&treatment).ok_or_else(|| at.bad("treatment", format!("unknown treatment '{treatment}'")))?;
    let source: String = row.get(7)?;
    let source = RegionSource::parse(&source).ok_or_else(|| at.bad("source", format!("unknown source '{source}'")))?;
    let version: i64 = row.get(3)?;
    Ok(Region {
        uid: row.get(0)?,
        case: CaseId(row.get(1)?),
        media: MediaRowId(row.get(2)?),
        version: u32::try_from(version).map_err(|_| at.bad("version", format!("{version} is not a version")))?,
        fields: RegionFields { kind, shape, treatment, source },
        deleted: row.get::<_, i64>(8)? == 1,
        set_by: AccountId(row.get(9)?),
        set_at: row.get(10)?,
    })
}

/// The item's width and height where known; `NotFound` for an item that
/// is not the case's.
fn item_size(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<Option<(u32, u32)>> {
    if !super::review::in_case(conn, case, media)? {
        return Err(StoreError::NotFound { what: "media item of the case", id: media.0 });
    }
    let size: Option<(Option<i64>, Option<i64>)> = conn
        .query_row("SELECT width, height FROM media WHERE id = ?1", [media.0], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()
        .ctx("reading an item's size")?;
    Ok(match size {
        Some((Some(w), Some(h))) => Some((u32::try_from(w).unwrap_or(u32::MAX), u32::try_from(h).unwrap_or(u32::MAX))),
        _ => None,
    })
}

fn check_fields(fields: &RegionFields, size: Option<(u32, u32)>) -> Result<()> {
    fields.check(size).map_err(|(field, reason)| StoreError::Invalid { field: static_field(&field), reason })
}

/// The `'static` name of a region field for [`StoreError::Invalid`]; a
/// polygon's point is named without its index (the reason names the point).
fn static_field(field: &str) -> &'static str {
    match field {
        "treatment" => "treatment",
        "shape.w" => "shape.w",
        "shape.h" => "shape.h",
        "shape.polygon" => "shape.polygon",
        _ if field.starts_with("shape.polygon[") => "shape.polygon[]",
        _ => "shape",
    }
}

fn append_version(
    conn: &Connection,
    region_id: i64,
    version: u32,
    fields: &RegionFields,
    deleted: bool,
    by: AccountId,
    at: i64,
) -> Result<()> {
    let shape = serde_json::to_string(&fields.shape)
        .map_err(|e| StoreError::invalid("shape", format!("cannot be written: {e}")))?;
    conn.prepare_cached(
        "INSERT INTO region_versions (region_id, version, kind, shape, treatment, source, deleted, set_by, set_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )
    .ctx("preparing a region version")?
    .execute(params![
        region_id,
        version,
        fields.kind.as_str(),
        shape,
        fields.treatment.as_str(),
        fields.source.as_str(),
        i64::from(deleted),
        by.0,
        at
    ])
    .ctx("writing a region version")?;
    Ok(())
}

/// Marks every rendition of the item stale: a region of it changed.
fn mark_stale(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<()> {
    conn.prepare_cached("UPDATE renditions SET stale = 1 WHERE case_id = ?1 AND media_id = ?2 AND stale = 0")
        .ctx("preparing stale renditions")?
        .execute([case.0, media.0])
        .ctx("marking renditions stale")?;
    Ok(())
}

/// Draws a region on an item of a case: its version 1.
pub(super) fn create_region(
    conn: &Connection,
    uid: &str,
    case: CaseId,
    media: MediaRowId,
    fields: &RegionFields,
    by: AccountId,
    at: i64,
) -> Result<Region> {
    let size = item_size(conn, case, media)?;
    check_fields(fields, size)?;
    conn.execute(
        "INSERT INTO regions (uid, case_id, media_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![uid, case.0, media.0, by.0, at],
    )
    .ctx("creating a region")?;
    append_version(conn, conn.last_insert_rowid(), 1, fields, false, by, at)?;
    mark_stale(conn, case, media)?;
    region_by_uid(conn, uid)?.ok_or_else(|| StoreError::invalid("region", "vanished after it was written"))
}

/// Appends a version to a region that is not deleted: new fields, or its
/// deletion (`None`, keeping its last fields). `Ok(None)` when no such
/// region stands.
pub(super) fn change_region(
    conn: &Connection,
    uid: &str,
    fields: Option<&RegionFields>,
    by: AccountId,
    at: i64,
) -> Result<Option<Region>> {
    let Some(now) = region_by_uid(conn, uid)? else { return Ok(None) };
    if now.deleted {
        return Ok(None);
    }
    let size = item_size(conn, now.case, now.media)?;
    if let Some(fields) = fields {
        check_fields(fields, size)?;
    }
    let region_id: i64 =
        conn.query_row("SELECT id FROM regions WHERE uid = ?1", [uid], |r| r.get(0)).ctx("reading a region")?;
    append_version(conn, region_id, now.version + 1, fields.unwrap_or(&now.fields), fields.is_none(), by, at)?;
    mark_stale(conn, now.case, now.media)?;
    region_by_uid(conn, uid)
}

/// A region's latest version, deleted or not.
pub(super) fn region_by_uid(conn: &Connection, uid: &str) -> Result<Option<Region>> {
    conn.prepare_cached(&format!("SELECT {REGION_COLUMNS} WHERE r.uid = ?1 ORDER BY v.version DESC LIMIT 1"))
        .ctx("preparing a region")?
        .query_row([uid], region_row)
        .optional()
        .ctx("reading a region")
}

/// The current regions of an item of a case: each one's latest version,
/// where not deleted, in the order drawn.
pub(super) fn current_regions(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<Vec<Region>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {REGION_COLUMNS} WHERE r.case_id = ?1 AND r.media_id = ?2 AND v.deleted = 0 \
             AND v.version = (SELECT MAX(version) FROM region_versions WHERE region_id = r.id) ORDER BY r.id"
        ))
        .ctx("preparing regions")?;
    let rows = stmt.query_map([case.0, media.0], region_row).ctx("reading regions")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading regions")
}

/// Every version of every region of an item of a case, oldest first.
pub(super) fn region_history(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<Vec<Region>> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {REGION_COLUMNS} WHERE r.case_id = ?1 AND r.media_id = ?2 ORDER BY v.id"))
        .ctx("preparing region history")?;
    let rows = stmt.query_map([case.0, media.0], region_row).ctx("reading region history")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading region history")
}

const RENDITION_COLUMNS: &str = "d.uid, d.case_id, d.media_id, d.audience, o.uid, d.sources, d.sha256, d.size, \
     d.width, d.height, d.made_by, d.made_at, d.stale, d.approved_by, d.approved_at, d.id \
     FROM renditions d LEFT JOIN regions o ON o.id = d.object_region_id";

fn rendition_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Rendition> {
    let at = At::read(row, "renditions", 15)?;
    let audience: String = row.get(3)?;
    let audience = Audience::parse(&audience)
        .filter(|a| *a != Audience::Original)
        .ok_or_else(|| at.bad("audience", format!("unknown audience '{audience}'")))?;
    let sources: String = row.get(5)?;
    let sources: Vec<RegionRef> =
        serde_json::from_str(&sources).map_err(|e| at.bad("sources", format!("not a list of regions: {e}")))?;
    let number = |idx: usize, column: &'static str| -> rusqlite::Result<u32> {
        let v: i64 = row.get(idx)?;
        u32::try_from(v).map_err(|_| at.bad(column, format!("{v} out of range")))
    };
    let size: i64 = row.get(7)?;
    Ok(Rendition {
        uid: row.get(0)?,
        case: CaseId(row.get(1)?),
        media: MediaRowId(row.get(2)?),
        audience,
        object_region: row.get(4)?,
        sources,
        sha256: codec::sha256(row, 6)?,
        size: u64::try_from(size).map_err(|_| at.bad("size", format!("{size} out of range")))?,
        width: number(8, "width")?,
        height: number(9, "height")?,
        made_by: AccountId(row.get(10)?),
        made_at: row.get(11)?,
        stale: row.get::<_, i64>(12)? == 1,
        approved_by: row.get::<_, Option<i64>>(13)?.map(AccountId),
        approved_at: row.get(14)?,
    })
}

/// Records a rendition made from the item's current regions; refused when
/// `sources` is not exactly them (a region changed since they were read)
/// or a public crop's object region is not a current object region.
pub(super) fn add_rendition(conn: &Connection, uid: &str, new: &NewRendition) -> Result<Rendition> {
    item_size(conn, new.case, new.media)?;
    let current = current_regions(conn, new.case, new.media)?;
    let mut now: Vec<RegionRef> =
        current.iter().map(|r| RegionRef { uid: r.uid.clone(), version: r.version }).collect();
    let mut given = new.sources.clone();
    now.sort();
    given.sort();
    if now != given {
        return Err(StoreError::invalid("sources", "are not the item's current regions: a region changed"));
    }
    let object_id: Option<i64> = match (new.audience, &new.object_region) {
        (Audience::Original, _) => return Err(StoreError::invalid("audience", "the original is no rendition")),
        (Audience::Public, Some(object)) => {
            if !current.iter().any(|r| &r.uid == object && r.fields.kind == RegionKind::Object) {
                return Err(StoreError::invalid("object_region", "is not a current object region of the item"));
            }
            Some(
                conn.query_row("SELECT id FROM regions WHERE uid = ?1", [object], |r| r.get(0))
                    .ctx("reading a region")?,
            )
        }
        (Audience::Public, None) => return Err(StoreError::invalid("object_region", "a public crop names one")),
        (_, Some(_)) => return Err(StoreError::invalid("object_region", "only a public crop names one")),
        (_, None) => None,
    };
    let sources =
        serde_json::to_string(&given).map_err(|e| StoreError::invalid("sources", format!("cannot be written: {e}")))?;
    conn.execute(
        "INSERT INTO renditions (uid, case_id, media_id, audience, object_region_id, sources, sha256, size, \
         width, height, made_by, made_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            uid,
            new.case.0,
            new.media.0,
            new.audience.as_str(),
            object_id,
            sources,
            new.sha256.0.as_slice(),
            i64::try_from(new.size).unwrap_or(i64::MAX),
            new.width,
            new.height,
            new.made_by.0,
            new.made_at
        ],
    )
    .ctx("recording a rendition")?;
    rendition_by_uid(conn, uid)?.ok_or_else(|| StoreError::invalid("rendition", "vanished after it was written"))
}

/// A rendition by uid.
pub(super) fn rendition_by_uid(conn: &Connection, uid: &str) -> Result<Option<Rendition>> {
    conn.prepare_cached(&format!("SELECT {RENDITION_COLUMNS} WHERE d.uid = ?1"))
        .ctx("preparing a rendition")?
        .query_row([uid], rendition_row)
        .optional()
        .ctx("reading a rendition")
}

/// The renditions of an item of a case, newest first.
pub(super) fn renditions(conn: &Connection, case: CaseId, media: MediaRowId) -> Result<Vec<Rendition>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {RENDITION_COLUMNS} WHERE d.case_id = ?1 AND d.media_id = ?2 ORDER BY d.id DESC"
        ))
        .ctx("preparing renditions")?;
    let rows = stmt.query_map([case.0, media.0], rendition_row).ctx("reading renditions")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading renditions")
}

/// Approves a public crop that is not stale nor approved, by another
/// account than its maker. `Ok(None)` when no such rendition exists.
pub(super) fn approve_rendition(conn: &Connection, uid: &str, by: AccountId, at: i64) -> Result<Option<Rendition>> {
    let Some(r) = rendition_by_uid(conn, uid)? else { return Ok(None) };
    if r.audience != Audience::Public {
        return Err(StoreError::invalid("audience", "only a public crop is approved"));
    }
    if r.made_by == by {
        return Err(StoreError::invalid("approved_by", "the maker of a crop may not approve it (four eyes)"));
    }
    if r.stale {
        return Err(StoreError::invalid("stale", "a region changed since the crop was made: make it again"));
    }
    if r.approved_by.is_some() {
        return Err(StoreError::invalid("approved_by", "the crop is approved already"));
    }
    conn.execute("UPDATE renditions SET approved_by = ?2, approved_at = ?3 WHERE uid = ?1", params![uid, by.0, at])
        .ctx("approving a rendition")?;
    rendition_by_uid(conn, uid)
}
