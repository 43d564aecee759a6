//! ViLab galleries in SQL (schema version 15): galleries and their
//! members, items and bundles, and clues, each recorded with the lead it
//! becomes in the item's case in one transaction.

use rusqlite::{Connection, OptionalExtension as _, Row, params};

use super::Ctx as _;
use super::codec::At;
use super::records::create_lead;
use crate::model::gallery::{
    BundleId, Clue, ClueId, ClueSource, Gallery, GalleryAudience, GalleryBundle, GalleryId, GalleryItem, GalleryItemId,
    GalleryMember, MAX_AUTHOR, MAX_CLUE_TEXT, MAX_GALLERY_TITLE, NewClue, NewGallery,
};
use crate::model::records::{LeadId, NewLead};
use crate::model::review::SeriesId;
use crate::{AccountId, CaseId, MediaRowId, Result, StoreError};

/// Refuses an empty text, or one longer than `max` bytes.
fn check_text(field: &'static str, text: &str, max: usize) -> Result<()> {
    if text.trim().is_empty() {
        return Err(StoreError::invalid(field, "must not be empty"));
    }
    if text.len() > max {
        return Err(StoreError::invalid(field, format!("{} bytes, more than {max}", text.len())));
    }
    Ok(())
}

// ---- galleries ----

const GALLERY_COLUMNS: &str = "id, uid, title, audience, opens_at, closes_at, created_by, created_at FROM galleries";

fn gallery_row(row: &Row<'_>) -> rusqlite::Result<Gallery> {
    let at = At::read(row, "galleries", 0)?;
    let audience: String = row.get(3)?;
    Ok(Gallery {
        id: GalleryId(row.get(0)?),
        uid: row.get(1)?,
        title: row.get(2)?,
        audience: GalleryAudience::parse(&audience)
            .ok_or_else(|| at.bad("audience", format!("unknown code {audience:?}")))?,
        opens_at: row.get(4)?,
        closes_at: row.get(5)?,
        created_by: AccountId(row.get(6)?),
        created_at: row.get(7)?,
    })
}

fn check_gallery(new: &NewGallery) -> Result<()> {
    check_text("title", &new.title, MAX_GALLERY_TITLE)?;
    if new.opens_at >= new.closes_at {
        return Err(StoreError::invalid("closes_at", "must be after the gallery opens"));
    }
    Ok(())
}

/// Creates a gallery, its creator its first editor.
pub(super) fn create_gallery(conn: &Connection, new: &NewGallery, by: AccountId, at: i64) -> Result<Gallery> {
    check_gallery(new)?;
    let uid = crate::random::random_hex(16)?;
    conn.execute(
        "INSERT INTO galleries (uid, title, audience, opens_at, closes_at, created_by, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![uid, new.title, new.audience.as_str(), new.opens_at, new.closes_at, by.0, at],
    )
    .ctx("creating a gallery")?;
    let id = GalleryId(conn.last_insert_rowid());
    set_member(conn, id, by, Some(true), by, at)?;
    gallery_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "gallery", id: id.0 })
}

/// A gallery by row id.
pub(super) fn gallery_by_id(conn: &Connection, id: GalleryId) -> Result<Option<Gallery>> {
    conn.query_row(&format!("SELECT {GALLERY_COLUMNS} WHERE id = ?1"), [id.0], gallery_row)
        .optional()
        .ctx("reading a gallery")
}

/// A gallery by uid.
pub(super) fn gallery_by_uid(conn: &Connection, uid: &str) -> Result<Option<Gallery>> {
    conn.query_row(&format!("SELECT {GALLERY_COLUMNS} WHERE uid = ?1"), [uid], gallery_row)
        .optional()
        .ctx("reading a gallery")
}

/// Every gallery, or those `member` is a member of; newest first.
pub(super) fn list_galleries(conn: &Connection, member: Option<AccountId>) -> Result<Vec<Gallery>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {GALLERY_COLUMNS} WHERE ?1 IS NULL OR id IN \
             (SELECT gallery_id FROM gallery_members WHERE account_id = ?1) ORDER BY id DESC"
        ))
        .ctx("preparing galleries")?;
    let rows = stmt.query_map([member.map(|m| m.0)], gallery_row).ctx("reading galleries")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading galleries")
}

/// Replaces a gallery's title and dates (its audience stays: renditions
/// and bundles were made for it).
pub(super) fn update_gallery(conn: &Connection, id: GalleryId, new: &NewGallery) -> Result<Gallery> {
    check_gallery(new)?;
    let old = gallery_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "gallery", id: id.0 })?;
    if old.audience != new.audience {
        return Err(StoreError::invalid("audience", "a gallery's audience does not change: make another gallery"));
    }
    conn.execute(
        "UPDATE galleries SET title = ?2, opens_at = ?3, closes_at = ?4 WHERE id = ?1",
        params![id.0, new.title, new.opens_at, new.closes_at],
    )
    .ctx("updating a gallery")?;
    gallery_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "gallery", id: id.0 })
}

// ---- members ----

/// Makes `account` an editor (`Some(true)`), a participant (`Some(false)`)
/// or no member (`None`) of the gallery; whether that changed anything.
pub(super) fn set_member(
    conn: &Connection,
    gallery: GalleryId,
    account: AccountId,
    editor: Option<bool>,
    by: AccountId,
    at: i64,
) -> Result<bool> {
    let now = member(conn, gallery, account)?;
    if now.map(|m| m.editor) == editor {
        return Ok(false);
    }
    match editor {
        None => {
            conn.execute(
                "DELETE FROM gallery_members WHERE gallery_id = ?1 AND account_id = ?2",
                [gallery.0, account.0],
            )
            .ctx("removing a gallery member")?;
        }
        Some(editor) => {
            conn.execute(
                "INSERT INTO gallery_members (gallery_id, account_id, editor, added_by, added_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (gallery_id, account_id) DO UPDATE SET \
                 editor = excluded.editor, added_by = excluded.added_by, added_at = excluded.added_at",
                params![gallery.0, account.0, i64::from(editor), by.0, at],
            )
            .ctx("adding a gallery member")?;
        }
    }
    Ok(true)
}

fn member_row(row: &Row<'_>) -> rusqlite::Result<GalleryMember> {
    Ok(GalleryMember {
        account: AccountId(row.get(0)?),
        editor: row.get::<_, i64>(1)? == 1,
        added_by: AccountId(row.get(2)?),
        added_at: row.get(3)?,
    })
}

/// An account's membership of a gallery.
pub(super) fn member(conn: &Connection, gallery: GalleryId, account: AccountId) -> Result<Option<GalleryMember>> {
    conn.query_row(
        "SELECT account_id, editor, added_by, added_at FROM gallery_members WHERE gallery_id = ?1 AND account_id = ?2",
        [gallery.0, account.0],
        member_row,
    )
    .optional()
    .ctx("reading a gallery member")
}

/// A gallery's members, editors first.
pub(super) fn members(conn: &Connection, gallery: GalleryId) -> Result<Vec<GalleryMember>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT account_id, editor, added_by, added_at FROM gallery_members WHERE gallery_id = ?1 \
             ORDER BY editor DESC, account_id",
        )
        .ctx("preparing gallery members")?;
    let rows = stmt.query_map([gallery.0], member_row).ctx("reading gallery members")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading gallery members")
}

// ---- items ----

const ITEM_COLUMNS: &str =
    "id, gallery_id, case_id, media_id, series_id, position, added_by, added_at FROM gallery_items";

fn item_row(row: &Row<'_>) -> rusqlite::Result<GalleryItem> {
    Ok(GalleryItem {
        id: GalleryItemId(row.get(0)?),
        gallery: GalleryId(row.get(1)?),
        case: CaseId(row.get(2)?),
        media: MediaRowId(row.get(3)?),
        series: row.get::<_, Option<i64>>(4)?.map(SeriesId),
        position: row.get(5)?,
        added_by: AccountId(row.get(6)?),
        added_at: row.get(7)?,
    })
}

/// Adds an item of a case to a gallery, at the end (or brings a removed
/// one back where it was); the item and whether it was not shown before.
pub(super) fn add_item(
    conn: &Connection,
    gallery: GalleryId,
    case: CaseId,
    media: MediaRowId,
    series: Option<SeriesId>,
    by: AccountId,
    at: i64,
) -> Result<(GalleryItem, bool)> {
    gallery_by_id(conn, gallery)?.ok_or(StoreError::NotFound { what: "gallery", id: gallery.0 })?;
    if !super::review::in_case(conn, case, media)? {
        return Err(StoreError::NotFound { what: "media item of the case", id: media.0 });
    }
    if let Some(s) = series {
        let found = super::review::series_by_id(conn, s)?;
        if found.is_none_or(|f| f.case != case) {
            return Err(StoreError::NotFound { what: "series of the case", id: s.0 });
        }
    }
    let existing: Option<(i64, Option<i64>)> = conn
        .query_row(
            "SELECT id, removed_at FROM gallery_items WHERE gallery_id = ?1 AND case_id = ?2 AND media_id = ?3",
            [gallery.0, case.0, media.0],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .ctx("looking up a gallery item")?;
    let (id, added) = match existing {
        Some((id, None)) => (id, false),
        Some((id, Some(_))) => {
            conn.execute("UPDATE gallery_items SET removed_by = NULL, removed_at = NULL WHERE id = ?1", [id])
                .ctx("adding a gallery item again")?;
            (id, true)
        }
        None => {
            conn.execute(
                "INSERT INTO gallery_items (gallery_id, case_id, media_id, series_id, position, added_by, added_at) \
                 VALUES (?1, ?2, ?3, ?4, (SELECT COALESCE(MAX(position), 0) + 1 FROM gallery_items \
                 WHERE gallery_id = ?1), ?5, ?6)",
                params![gallery.0, case.0, media.0, series.map(|s| s.0), by.0, at],
            )
            .ctx("adding a gallery item")?;
            (conn.last_insert_rowid(), true)
        }
    };
    let item = item_by_id(conn, GalleryItemId(id))?.ok_or(StoreError::NotFound { what: "gallery item", id })?;
    Ok((item, added))
}

/// Takes an item out of a gallery (its clues stay); whether it was shown.
pub(super) fn remove_item(conn: &Connection, item: GalleryItemId, by: AccountId, at: i64) -> Result<bool> {
    let changed = conn
        .execute(
            "UPDATE gallery_items SET removed_by = ?2, removed_at = ?3 WHERE id = ?1 AND removed_at IS NULL",
            params![item.0, by.0, at],
        )
        .ctx("removing a gallery item")?;
    Ok(changed == 1)
}

/// An item shown in a gallery (not a removed one).
pub(super) fn item_by_id(conn: &Connection, item: GalleryItemId) -> Result<Option<GalleryItem>> {
    conn.query_row(&format!("SELECT {ITEM_COLUMNS} WHERE id = ?1 AND removed_at IS NULL"), [item.0], item_row)
        .optional()
        .ctx("reading a gallery item")
}

/// The items shown in a gallery, in their order.
pub(super) fn items(conn: &Connection, gallery: GalleryId) -> Result<Vec<GalleryItem>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS} WHERE gallery_id = ?1 AND removed_at IS NULL ORDER BY position, id"
        ))
        .ctx("preparing gallery items")?;
    let rows = stmt.query_map([gallery.0], item_row).ctx("reading gallery items")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading gallery items")
}

// ---- bundles ----

const BUNDLE_COLUMNS: &str = "id, uid, gallery_id, recipient, expires_at, made_by, made_at FROM gallery_bundles";

fn bundle_row(row: &Row<'_>) -> rusqlite::Result<GalleryBundle> {
    Ok(GalleryBundle {
        id: BundleId(row.get(0)?),
        uid: row.get(1)?,
        gallery: GalleryId(row.get(2)?),
        recipient: row.get(3)?,
        expires_at: row.get(4)?,
        made_by: AccountId(row.get(5)?),
        made_at: row.get(6)?,
    })
}

/// Records an offline bundle made of a gallery, under a uid the caller
/// made (it is written into the bundle before the bundle is recorded).
pub(super) fn record_bundle(
    conn: &Connection,
    gallery: GalleryId,
    uid: &str,
    recipient: &str,
    expires_at: i64,
    by: AccountId,
    at: i64,
) -> Result<GalleryBundle> {
    gallery_by_id(conn, gallery)?.ok_or(StoreError::NotFound { what: "gallery", id: gallery.0 })?;
    check_uid("uid", uid)?;
    check_text("recipient", recipient, MAX_AUTHOR)?;
    conn.execute(
        "INSERT INTO gallery_bundles (uid, gallery_id, recipient, expires_at, made_by, made_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![uid, gallery.0, recipient, expires_at, by.0, at],
    )
    .ctx("recording a bundle")?;
    let id = conn.last_insert_rowid();
    bundle_where(conn, "id = ?1", id)?.ok_or(StoreError::NotFound { what: "bundle", id })
}

fn bundle_where(conn: &Connection, condition: &str, value: impl rusqlite::ToSql) -> Result<Option<GalleryBundle>> {
    conn.query_row(&format!("SELECT {BUNDLE_COLUMNS} WHERE {condition}"), [value], bundle_row)
        .optional()
        .ctx("reading a bundle")
}

/// A bundle by uid.
pub(super) fn bundle_by_uid(conn: &Connection, uid: &str) -> Result<Option<GalleryBundle>> {
    bundle_where(conn, "uid = ?1", uid)
}

/// The bundles made of a gallery, oldest first.
pub(super) fn bundles(conn: &Connection, gallery: GalleryId) -> Result<Vec<GalleryBundle>> {
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {BUNDLE_COLUMNS} WHERE gallery_id = ?1 ORDER BY id"))
        .ctx("preparing bundles")?;
    let rows = stmt.query_map([gallery.0], bundle_row).ctx("reading bundles")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading bundles")
}

// ---- clues ----

/// Refuses a uid that is not 32 lowercase hex digits (128 bits, as the
/// lab and the bundles make them).
fn check_uid(field: &'static str, uid: &str) -> Result<()> {
    if uid.len() == 32 && uid.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
        Ok(())
    } else {
        Err(StoreError::invalid(field, "must be 32 lowercase hexadecimal digits"))
    }
}

const CLUE_COLUMNS: &str = "c.id, c.uid, c.item_id, c.text, c.pin_x, c.pin_y, c.posted_by, c.author, c.source, \
     c.bundle_id, c.posted_at, c.recorded_by, c.recorded_at, c.lead_id FROM clues c";

fn clue_row(row: &Row<'_>) -> rusqlite::Result<Clue> {
    let at = At::read(row, "clues", 0)?;
    let pin = match (row.get::<_, Option<f64>>(4)?, row.get::<_, Option<f64>>(5)?) {
        (Some(x), Some(y)) => Some((x, y)),
        _ => None,
    };
    let source: String = row.get(8)?;
    Ok(Clue {
        id: ClueId(row.get(0)?),
        uid: row.get(1)?,
        item: GalleryItemId(row.get(2)?),
        text: row.get(3)?,
        pin,
        posted_by: row.get::<_, Option<i64>>(6)?.map(AccountId),
        author: row.get(7)?,
        source: ClueSource::parse(&source).ok_or_else(|| at.bad("source", format!("unknown code {source:?}")))?,
        bundle: row.get::<_, Option<i64>>(9)?.map(BundleId),
        posted_at: row.get(10)?,
        recorded_by: AccountId(row.get(11)?),
        recorded_at: row.get(12)?,
        lead: LeadId(row.get(13)?),
    })
}

fn clue_by_uid(conn: &Connection, uid: &str) -> Result<Option<Clue>> {
    conn.query_row(&format!("SELECT {CLUE_COLUMNS} WHERE c.uid = ?1"), [uid], clue_row).optional().ctx("reading a clue")
}

fn check_clue(new: &NewClue) -> Result<()> {
    check_uid("uid", &new.uid)?;
    check_text("text", &new.text, MAX_CLUE_TEXT)?;
    check_text("author", &new.author, MAX_AUTHOR)?;
    if let Some((x, y)) = new.pin {
        for (field, v) in [("pin.x", x), ("pin.y", y)] {
            if !(0.0..=1.0).contains(&v) {
                return Err(StoreError::invalid(field, format!("{v} is not between 0 and 1")));
            }
        }
    }
    match (new.source, new.posted_by, new.bundle) {
        (ClueSource::Board, Some(_), None) | (ClueSource::Bundle, None, Some(_)) => Ok(()),
        (ClueSource::Board, ..) => Err(StoreError::invalid("posted_by", "a board clue has a poster and no bundle")),
        (ClueSource::Bundle, ..) => Err(StoreError::invalid("bundle", "a bundle clue has a bundle and no poster")),
    }
}

/// Whether two clues say the same (a uid recorded twice must).
fn same_clue(old: &Clue, new: &NewClue) -> bool {
    old.item == new.item
        && old.text == new.text
        && old.pin == new.pin
        && old.posted_by == new.posted_by
        && old.author == new.author
        && old.source == new.source
        && old.bundle == new.bundle
        && old.posted_at == new.posted_at
}

/// Records a clue and the lead it becomes in the item's case; a clue
/// whose uid is recorded already is returned as it was (`false`), and one
/// that reuses a uid for something else is refused.
pub(super) fn record_clue(conn: &Connection, new: &NewClue, by: AccountId, at: i64) -> Result<(Clue, bool)> {
    check_clue(new)?;
    if let Some(old) = clue_by_uid(conn, &new.uid)? {
        if same_clue(&old, new) {
            return Ok((old, false));
        }
        return Err(StoreError::invalid("uid", "already recorded for another clue"));
    }
    let item = item_by_id(conn, new.item)?.ok_or(StoreError::NotFound { what: "gallery item", id: new.item.0 })?;
    if let Some(bundle) = new.bundle {
        let b =
            bundle_where(conn, "id = ?1", bundle.0)?.ok_or(StoreError::NotFound { what: "bundle", id: bundle.0 })?;
        if b.gallery != item.gallery {
            return Err(StoreError::invalid("item", "not an item of the bundle's gallery"));
        }
    }
    let lead = create_lead(
        conn,
        &NewLead { case: item.case, media: item.media, rect: new.lead_rect, text: new.text.clone(), owner: None },
        new.posted_by.unwrap_or(by),
        new.posted_at,
    )?;
    conn.execute(
        "INSERT INTO clues (uid, item_id, text, pin_x, pin_y, posted_by, author, source, bundle_id, posted_at, \
         recorded_by, recorded_at, lead_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            new.uid,
            new.item.0,
            new.text,
            new.pin.map(|p| p.0),
            new.pin.map(|p| p.1),
            new.posted_by.map(|p| p.0),
            new.author,
            new.source.as_str(),
            new.bundle.map(|b| b.0),
            new.posted_at,
            by.0,
            at,
            lead.id.0,
        ],
    )
    .ctx("recording a clue")?;
    let clue = clue_by_uid(conn, &new.uid)?.ok_or(StoreError::NotFound { what: "clue", id: 0 })?;
    Ok((clue, true))
}

/// A gallery's clues after the clue `after` (a board's cursor), on one
/// item or all, oldest first, at most `limit`.
pub(super) fn clues(
    conn: &Connection,
    gallery: GalleryId,
    item: Option<GalleryItemId>,
    after: Option<ClueId>,
    limit: u32,
) -> Result<Vec<Clue>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {CLUE_COLUMNS} JOIN gallery_items i ON i.id = c.item_id WHERE i.gallery_id = ?1 \
             AND (?2 IS NULL OR c.item_id = ?2) AND c.id > ?3 ORDER BY c.id LIMIT ?4"
        ))
        .ctx("preparing clues")?;
    let rows = stmt
        .query_map(params![gallery.0, item.map(|i| i.0), after.map_or(0, |a| a.0), limit], clue_row)
        .ctx("reading clues")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading clues")
}

/// The clue a lead came from, if it came from one.
pub(super) fn clue_of_lead(conn: &Connection, lead: LeadId) -> Result<Option<Clue>> {
    conn.query_row(&format!("SELECT {CLUE_COLUMNS} WHERE c.lead_id = ?1"), [lead.0], clue_row)
        .optional()
        .ctx("reading a lead's clue")
}
