//! Persons, locations, their links, leads and the word index on SQLite
//! (schema version 11). Each change of a record's text rewrites its rows
//! of `search_words` in the same transaction, so the index never lags.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::Ctx as _;
use super::cases::require_case;
use super::codec::At;
use crate::model::records::{
    IdStatus, Lead, LeadChange, LeadFilter, LeadId, LeadStatus, LinkTarget, Links, Location, LocationFields,
    LocationId, MAX_QUERY_WORDS, MAX_SEARCH_HITS, MAX_TEXT_BYTES, NewLead, Person, PersonId, PersonKind, RecordKind,
    RecordRef, Rect, SearchHit, StatusChange,
};
use crate::model::review::SeriesId;
use crate::{AccountId, CaseId, MediaRowId, Result, StoreError};

/// Reads a stored code with `parse`, or names the bad row.
fn code<T>(at: At, column: &'static str, word: &str, parse: fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(word).ok_or_else(|| at.bad(column, format!("unknown code {word:?}")))
}

/// Refuses a label that is empty or too long.
fn check_label(field: &'static str, label: &str) -> Result<()> {
    crate::model::validate_name(field, label)?;
    check_text(field, label)
}

/// Refuses a text over [`MAX_TEXT_BYTES`].
fn check_text(field: &'static str, text: &str) -> Result<()> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(StoreError::invalid(field, format!("{} bytes, more than {MAX_TEXT_BYTES}", text.len())));
    }
    Ok(())
}

// ---- the word index ----

/// Rewrites the words of one record from its texts.
pub(super) fn index_words(conn: &Connection, case: CaseId, kind: RecordKind, id: i64, texts: &[&str]) -> Result<()> {
    conn.prepare_cached("DELETE FROM search_words WHERE kind = ?1 AND record_id = ?2")
        .ctx("preparing a word removal")?
        .execute(params![kind.as_str(), id])
        .ctx("removing a record's words")?;
    let mut insert = conn
        .prepare_cached("INSERT OR IGNORE INTO search_words (case_id, word, kind, record_id) VALUES (?1, ?2, ?3, ?4)")
        .ctx("preparing a word insert")?;
    for text in texts {
        for word in vilab_words::words(text) {
            insert.execute(params![case.0, word, kind.as_str(), id]).ctx("indexing a word")?;
        }
    }
    Ok(())
}

/// Indexes the names of every series (the step of version 11 for series
/// made before it).
pub(super) fn index_all_series(conn: &Connection) -> Result<()> {
    let rows: Vec<(i64, i64, String)> = {
        let mut stmt = conn.prepare("SELECT id, case_id, name FROM series").ctx("reading series names")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).ctx("reading series names")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading series names")?
    };
    for (id, case, name) in rows {
        index_words(conn, CaseId(case), RecordKind::Series, id, &[&name])?;
    }
    Ok(())
}

/// Indexes one series' name (called when a series is created).
pub(super) fn index_series(conn: &Connection, case: CaseId, series: SeriesId, name: &str) -> Result<()> {
    index_words(conn, case, RecordKind::Series, series.0, &[name])
}

/// The records of a case whose texts hold every word of `query`.
pub(super) fn search(conn: &Connection, case: CaseId, query: &str, limit: u32) -> Result<Vec<SearchHit>> {
    require_case(conn, case)?;
    let words = vilab_words::words(query);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    if words.len() > MAX_QUERY_WORDS {
        return Err(StoreError::invalid("query", format!("{} words, more than {MAX_QUERY_WORDS}", words.len())));
    }
    // One indexed range per word, intersected: the rarest word bounds the work.
    let one = "SELECT kind, record_id FROM search_words WHERE case_id = ?1 AND word = ?";
    let sql = words.iter().map(|_| one).collect::<Vec<_>>().join(" INTERSECT ");
    let sql = format!("{sql} ORDER BY kind, record_id LIMIT {}", limit.min(MAX_SEARCH_HITS));
    let mut stmt = conn.prepare(&sql).ctx("preparing a search")?;
    let mut values: Vec<rusqlite::types::Value> = vec![case.0.into()];
    values.extend(words.into_iter().map(rusqlite::types::Value::from));
    let rows = stmt
        .query_map(rusqlite::params_from_iter(values), |r| {
            let kind: String = r.get(0)?;
            let id: i64 = r.get(1)?;
            let at = At::read(r, "search_words", 1)?;
            Ok(SearchHit { kind: code(at, "kind", &kind, RecordKind::parse)?, id })
        })
        .ctx("searching")?;
    rows.collect::<rusqlite::Result<_>>().ctx("searching")
}

// ---- links ----

fn record_parts(record: RecordRef) -> (&'static str, i64) {
    match record {
        RecordRef::Person(p) => ("person", p.0),
        RecordRef::Location(l) => ("location", l.0),
    }
}

fn target_parts(target: LinkTarget) -> (&'static str, i64) {
    match target {
        LinkTarget::Series(s) => ("series", s.0),
        LinkTarget::Media(m) => ("media", m.0),
    }
}

/// What a record is linked to.
fn links_of(conn: &Connection, record: RecordRef) -> Result<Links> {
    let (kind, id) = record_parts(record);
    let mut stmt = conn
        .prepare_cached(
            "SELECT target_kind, target_id FROM record_links WHERE record_kind = ?1 AND record_id = ?2 \
             ORDER BY target_kind, target_id",
        )
        .ctx("preparing links")?;
    let rows = stmt
        .query_map(params![kind, id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .ctx("reading links")?;
    let mut links = Links::default();
    for row in rows {
        match row.ctx("reading links")? {
            (k, t) if k == "series" => links.series.push(SeriesId(t)),
            (_, t) => links.media.push(MediaRowId(t)),
        }
    }
    Ok(links)
}

/// The case of a record.
fn case_of_record(conn: &Connection, record: RecordRef) -> Result<CaseId> {
    let (table, what, id) = match record {
        RecordRef::Person(p) => ("persons", "person", p.0),
        RecordRef::Location(l) => ("locations", "location", l.0),
    };
    conn.query_row(&format!("SELECT case_id FROM {table} WHERE id = ?1"), [id], |r| r.get(0))
        .optional()
        .ctx("looking up a record's case")?
        .map(CaseId)
        .ok_or(StoreError::NotFound { what, id })
}

/// Links a record to a series or item of its case; whether it was new.
pub(super) fn link(conn: &Connection, record: RecordRef, target: LinkTarget, by: AccountId, at: i64) -> Result<bool> {
    let case = case_of_record(conn, record)?;
    match target {
        LinkTarget::Series(s) => {
            let found: Option<i64> = conn
                .query_row("SELECT case_id FROM series WHERE id = ?1", [s.0], |r| r.get(0))
                .optional()
                .ctx("looking up a series")?;
            if found != Some(case.0) {
                return Err(StoreError::NotFound { what: "series", id: s.0 });
            }
        }
        LinkTarget::Media(m) => {
            if !super::review::in_case(conn, case, m)? {
                return Err(StoreError::NotFound { what: "media item of the case", id: m.0 });
            }
        }
    }
    let (rk, rid) = record_parts(record);
    let (tk, tid) = target_parts(target);
    let n = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO record_links (record_kind, record_id, target_kind, target_id, linked_by, linked_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )
        .ctx("preparing a link")?
        .execute(params![rk, rid, tk, tid, by.0, at])
        .ctx("linking a record")?;
    Ok(n == 1)
}

/// Removes a link; whether it was there.
pub(super) fn unlink(conn: &Connection, record: RecordRef, target: LinkTarget) -> Result<bool> {
    case_of_record(conn, record)?;
    let (rk, rid) = record_parts(record);
    let (tk, tid) = target_parts(target);
    let n = conn
        .execute(
            "DELETE FROM record_links WHERE record_kind = ?1 AND record_id = ?2 AND target_kind = ?3 AND target_id = ?4",
            params![rk, rid, tk, tid],
        )
        .ctx("unlinking a record")?;
    Ok(n == 1)
}

/// The persons and locations linked to a target.
pub(super) fn linked_to(conn: &Connection, target: LinkTarget) -> Result<Vec<RecordRef>> {
    let (tk, tid) = target_parts(target);
    let mut stmt = conn
        .prepare_cached(
            "SELECT record_kind, record_id FROM record_links WHERE target_kind = ?1 AND target_id = ?2 \
             ORDER BY record_kind DESC, record_id",
        )
        .ctx("preparing linked records")?;
    let rows = stmt
        .query_map(params![tk, tid], |r| {
            let kind: String = r.get(0)?;
            let id: i64 = r.get(1)?;
            Ok(if kind == "person" { RecordRef::Person(PersonId(id)) } else { RecordRef::Location(LocationId(id)) })
        })
        .ctx("reading linked records")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading linked records")
}

// ---- persons ----

const PERSON_COLUMNS: &str = "p.id, p.case_id, p.kind, p.label, p.notes, s.status, s.set_by, s.set_at, \
     p.created_by, p.created_at \
     FROM persons p JOIN person_status s \
     ON s.id = (SELECT MAX(id) FROM person_status WHERE person_id = p.id)";

fn person_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    let at = At::read(row, "persons", 0)?;
    let kind: String = row.get(2)?;
    let status: String = row.get(5)?;
    Ok(Person {
        id: PersonId(row.get(0)?),
        case: CaseId(row.get(1)?),
        kind: code(at, "kind", &kind, PersonKind::parse)?,
        label: row.get(3)?,
        notes: row.get(4)?,
        status: code(at, "status", &status, IdStatus::parse)?,
        status_by: AccountId(row.get(6)?),
        status_at: row.get(7)?,
        created_by: AccountId(row.get(8)?),
        created_at: row.get(9)?,
        links: Links::default(),
    })
}

fn with_person_links(conn: &Connection, mut p: Person) -> Result<Person> {
    p.links = links_of(conn, RecordRef::Person(p.id))?;
    Ok(p)
}

/// Creates a person, unidentified.
pub(super) fn create_person(
    conn: &Connection,
    case: CaseId,
    kind: PersonKind,
    label: &str,
    notes: &str,
    by: AccountId,
    at: i64,
) -> Result<Person> {
    require_case(conn, case)?;
    check_label("label", label)?;
    check_text("notes", notes)?;
    conn.execute(
        "INSERT INTO persons (case_id, kind, label, notes, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![case.0, kind.as_str(), label, notes, by.0, at],
    )
    .ctx("creating a person")?;
    let id = PersonId(conn.last_insert_rowid());
    append_person_status(conn, id, IdStatus::Unidentified, by, at)?;
    index_words(conn, case, RecordKind::Person, id.0, &[label, notes])?;
    person_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "person", id: id.0 })
}

fn append_person_status(conn: &Connection, id: PersonId, status: IdStatus, by: AccountId, at: i64) -> Result<()> {
    conn.execute(
        "INSERT INTO person_status (person_id, status, set_by, set_at) VALUES (?1, ?2, ?3, ?4)",
        params![id.0, status.as_str(), by.0, at],
    )
    .ctx("recording an identification status")?;
    Ok(())
}

/// A person by id.
pub(super) fn person_by_id(conn: &Connection, id: PersonId) -> Result<Option<Person>> {
    let p = conn
        .query_row(&format!("SELECT {PERSON_COLUMNS} WHERE p.id = ?1"), [id.0], person_row)
        .optional()
        .ctx("reading a person")?;
    p.map(|p| with_person_links(conn, p)).transpose()
}

/// The persons of a case (of one kind or both), by id.
pub(super) fn list_persons(conn: &Connection, case: CaseId, kind: Option<PersonKind>) -> Result<Vec<Person>> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} WHERE p.case_id = ?1 AND (?2 IS NULL OR p.kind = ?2) ORDER BY p.id"
        ))
        .ctx("preparing persons")?;
    let rows = stmt.query_map(params![case.0, kind.map(PersonKind::as_str)], person_row).ctx("listing persons")?;
    let persons: Vec<Person> = rows.collect::<rusqlite::Result<_>>().ctx("listing persons")?;
    persons.into_iter().map(|p| with_person_links(conn, p)).collect()
}

/// Changes a person's label and notes.
pub(super) fn update_person(
    conn: &Connection,
    id: PersonId,
    kind: PersonKind,
    label: &str,
    notes: &str,
) -> Result<Person> {
    check_label("label", label)?;
    check_text("notes", notes)?;
    let p = person_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "person", id: id.0 })?;
    // Safeguarding is what happens to a victim: a record that says so
    // cannot quietly become an offender's.
    if kind != PersonKind::Victim && p.status == IdStatus::Safeguarded {
        return Err(StoreError::invalid("kind", "a safeguarded person is a victim"));
    }
    conn.execute(
        "UPDATE persons SET kind = ?2, label = ?3, notes = ?4 WHERE id = ?1",
        params![id.0, kind.as_str(), label, notes],
    )
    .ctx("updating a person")?;
    index_words(conn, p.case, RecordKind::Person, id.0, &[label, notes])?;
    person_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "person", id: id.0 })
}

/// Sets a person's identification status (appended to its history).
pub(super) fn set_person_status(
    conn: &Connection,
    id: PersonId,
    status: IdStatus,
    by: AccountId,
    at: i64,
) -> Result<Person> {
    let p = person_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "person", id: id.0 })?;
    if status == IdStatus::Safeguarded && p.kind != PersonKind::Victim {
        return Err(StoreError::invalid("status", "only a victim is safeguarded"));
    }
    append_person_status(conn, id, status, by, at)?;
    person_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "person", id: id.0 })
}

/// Every identification status a person had, oldest first.
pub(super) fn person_history(conn: &Connection, id: PersonId) -> Result<Vec<StatusChange<IdStatus>>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, status, set_by, set_at FROM person_status WHERE person_id = ?1 ORDER BY id")
        .ctx("preparing a status history")?;
    let rows = stmt
        .query_map([id.0], |r| {
            let at = At::read(r, "person_status", 0)?;
            let status: String = r.get(1)?;
            Ok(StatusChange {
                status: code(at, "status", &status, IdStatus::parse)?,
                by: AccountId(r.get(2)?),
                at: r.get(3)?,
            })
        })
        .ctx("reading a status history")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading a status history")
}

// ---- locations ----

const LOCATION_COLUMNS: &str = "id, case_id, label, lat, lon, description, created_by, created_at FROM locations";

fn location_row(row: &Row<'_>) -> rusqlite::Result<Location> {
    Ok(Location {
        id: LocationId(row.get(0)?),
        case: CaseId(row.get(1)?),
        label: row.get(2)?,
        lat: row.get(3)?,
        lon: row.get(4)?,
        description: row.get(5)?,
        created_by: AccountId(row.get(6)?),
        created_at: row.get(7)?,
        links: Links::default(),
    })
}

fn check_location(fields: &LocationFields) -> Result<()> {
    check_label("label", &fields.label)?;
    check_text("description", &fields.description)?;
    match (fields.lat, fields.lon) {
        (None, None) => Ok(()),
        (Some(lat), Some(lon)) => {
            if !(-90.0..=90.0).contains(&lat) {
                return Err(StoreError::invalid("lat", format!("{lat} is not between -90 and 90")));
            }
            if !(-180.0..=180.0).contains(&lon) {
                return Err(StoreError::invalid("lon", format!("{lon} is not between -180 and 180")));
            }
            Ok(())
        }
        _ => Err(StoreError::invalid("lat", "latitude and longitude go together")),
    }
}

/// Creates a location.
pub(super) fn create_location(
    conn: &Connection,
    case: CaseId,
    fields: &LocationFields,
    by: AccountId,
    at: i64,
) -> Result<Location> {
    require_case(conn, case)?;
    check_location(fields)?;
    conn.execute(
        "INSERT INTO locations (case_id, label, lat, lon, description, created_by, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![case.0, fields.label, fields.lat, fields.lon, fields.description, by.0, at],
    )
    .ctx("creating a location")?;
    let id = LocationId(conn.last_insert_rowid());
    index_words(conn, case, RecordKind::Location, id.0, &[&fields.label, &fields.description])?;
    location_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "location", id: id.0 })
}

/// A location by id.
pub(super) fn location_by_id(conn: &Connection, id: LocationId) -> Result<Option<Location>> {
    let l = conn
        .query_row(&format!("SELECT {LOCATION_COLUMNS} WHERE id = ?1"), [id.0], location_row)
        .optional()
        .ctx("reading a location")?;
    l.map(|mut l| {
        l.links = links_of(conn, RecordRef::Location(l.id))?;
        Ok(l)
    })
    .transpose()
}

/// The locations of a case, by id.
pub(super) fn list_locations(conn: &Connection, case: CaseId) -> Result<Vec<Location>> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare_cached(&format!("SELECT {LOCATION_COLUMNS} WHERE case_id = ?1 ORDER BY id"))
        .ctx("preparing locations")?;
    let rows = stmt.query_map([case.0], location_row).ctx("listing locations")?;
    let locations: Vec<Location> = rows.collect::<rusqlite::Result<_>>().ctx("listing locations")?;
    locations
        .into_iter()
        .map(|mut l| {
            l.links = links_of(conn, RecordRef::Location(l.id))?;
            Ok(l)
        })
        .collect()
}

/// Replaces a location's fields.
pub(super) fn update_location(conn: &Connection, id: LocationId, fields: &LocationFields) -> Result<Location> {
    check_location(fields)?;
    let l = location_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "location", id: id.0 })?;
    conn.execute(
        "UPDATE locations SET label = ?2, lat = ?3, lon = ?4, description = ?5 WHERE id = ?1",
        params![id.0, fields.label, fields.lat, fields.lon, fields.description],
    )
    .ctx("updating a location")?;
    index_words(conn, l.case, RecordKind::Location, id.0, &[&fields.label, &fields.description])?;
    location_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "location", id: id.0 })
}

// ---- leads ----

const LEAD_COLUMNS: &str = "id, case_id, media_id, rect_x, rect_y, rect_w, rect_h, text, status, owner_id, \
     created_by, created_at, updated_at FROM leads";

fn lead_row(row: &Row<'_>) -> rusqlite::Result<Lead> {
    let at = At::read(row, "leads", 0)?;
    let rect: [Option<i64>; 4] = [row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?];
    let rect = match rect {
        [Some(x), Some(y), Some(w), Some(h)] => {
            let px = |v: i64, column| u32::try_from(v).map_err(|_| at.bad(column, format!("{v} out of range")));
            Some(Rect { x: px(x, "rect_x")?, y: px(y, "rect_y")?, w: px(w, "rect_w")?, h: px(h, "rect_h")? })
        }
        _ => None,
    };
    let status: String = row.get(8)?;
    Ok(Lead {
        id: LeadId(row.get(0)?),
        case: CaseId(row.get(1)?),
        media: MediaRowId(row.get(2)?),
        rect,
        text: row.get(7)?,
        status: code(at, "status", &status, LeadStatus::parse)?,
        owner: row.get::<_, Option<i64>>(9)?.map(AccountId),
        created_by: AccountId(row.get(10)?),
        created_at: row.get(11)?,
        updated_at: row.get(12)?,
    })
}

/// Refuses an empty rectangle or one outside the item's known size.
fn check_rect(conn: &Connection, media: MediaRowId, rect: Option<Rect>) -> Result<()> {
    let Some(r) = rect else { return Ok(()) };
    if r.w == 0 || r.h == 0 {
        return Err(StoreError::invalid("rect", "width and height must be at least 1 pixel"));
    }
    let size: Option<(Option<i64>, Option<i64>)> = conn
        .query_row("SELECT width, height FROM media WHERE id = ?1", [media.0], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()
        .ctx("reading an item's size")?;
    if let Some((Some(width), Some(height))) = size {
        let (right, bottom) = (i64::from(r.x) + i64::from(r.w), i64::from(r.y) + i64::from(r.h));
        if right > width || bottom > height {
            return Err(StoreError::invalid(
                "rect",
                format!("{}x{} at ({}, {}) reaches past the item's {width}x{height} pixels", r.w, r.h, r.x, r.y),
            ));
        }
    }
    Ok(())
}

fn require_account(conn: &Connection, account: Option<AccountId>) -> Result<()> {
    let Some(a) = account else { return Ok(()) };
    let exists: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM accounts WHERE id = ?1)", [a.0], |r| r.get(0))
        .ctx("looking up an account")?;
    if exists { Ok(()) } else { Err(StoreError::NotFound { what: "account", id: a.0 }) }
}

fn append_lead_change(
    conn: &Connection,
    id: LeadId,
    status: LeadStatus,
    owner: Option<AccountId>,
    by: AccountId,
    at: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO lead_history (lead_id, status, owner_id, set_by, set_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.0, status.as_str(), owner.map(|o| o.0), by.0, at],
    )
    .ctx("recording a lead's status")?;
    Ok(())
}

fn rect_values(rect: Option<Rect>) -> [Option<u32>; 4] {
    match rect {
        Some(r) => [Some(r.x), Some(r.y), Some(r.w), Some(r.h)],
        None => [None; 4],
    }
}

/// Creates a lead, open.
pub(super) fn create_lead(conn: &Connection, new: &NewLead, by: AccountId, at: i64) -> Result<Lead> {
    require_case(conn, new.case)?;
    if !super::review::in_case(conn, new.case, new.media)? {
        return Err(StoreError::NotFound { what: "media item of the case", id: new.media.0 });
    }
    if new.text.trim().is_empty() {
        return Err(StoreError::invalid("text", "must not be empty"));
    }
    check_text("text", &new.text)?;
    check_rect(conn, new.media, new.rect)?;
    require_account(conn, new.owner)?;
    let [x, y, w, h] = rect_values(new.rect);
    conn.execute(
        "INSERT INTO leads (case_id, media_id, rect_x, rect_y, rect_w, rect_h, text, status, owner_id, \
         created_by, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8, ?9, ?10, ?10)",
        params![new.case.0, new.media.0, x, y, w, h, new.text, new.owner.map(|o| o.0), by.0, at],
    )
    .ctx("creating a lead")?;
    let id = LeadId(conn.last_insert_rowid());
    append_lead_change(conn, id, LeadStatus::Open, new.owner, by, at)?;
    index_words(conn, new.case, RecordKind::Lead, id.0, &[&new.text])?;
    lead_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "lead", id: id.0 })
}

/// A lead by id.
pub(super) fn lead_by_id(conn: &Connection, id: LeadId) -> Result<Option<Lead>> {
    conn.query_row(&format!("SELECT {LEAD_COLUMNS} WHERE id = ?1"), [id.0], lead_row).optional().ctx("reading a lead")
}

/// The leads of a case under a filter, newest first.
pub(super) fn list_leads(conn: &Connection, case: CaseId, filter: &LeadFilter) -> Result<Vec<Lead>> {
    require_case(conn, case)?;
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {LEAD_COLUMNS} WHERE case_id = ?1 AND (?2 IS NULL OR status = ?2) \
             AND (?3 IS NULL OR owner_id = ?3) AND (?4 IS NULL OR media_id = ?4) ORDER BY id DESC"
        ))
        .ctx("preparing leads")?;
    let rows = stmt
        .query_map(
            params![
                case.0,
                filter.status.map(LeadStatus::as_str),
                filter.owner.map(|o| o.0),
                filter.media.map(|m| m.0)
            ],
            lead_row,
        )
        .ctx("listing leads")?;
    rows.collect::<rusqlite::Result<_>>().ctx("listing leads")
}

/// Replaces a lead's text and rectangle.
pub(super) fn update_lead(conn: &Connection, id: LeadId, text: &str, rect: Option<Rect>, at: i64) -> Result<Lead> {
    let lead = lead_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "lead", id: id.0 })?;
    if text.trim().is_empty() {
        return Err(StoreError::invalid("text", "must not be empty"));
    }
    check_text("text", text)?;
    check_rect(conn, lead.media, rect)?;
    let [x, y, w, h] = rect_values(rect);
    conn.execute(
        "UPDATE leads SET text = ?2, rect_x = ?3, rect_y = ?4, rect_w = ?5, rect_h = ?6, updated_at = ?7 WHERE id = ?1",
        params![id.0, text, x, y, w, h, at],
    )
    .ctx("updating a lead")?;
    index_words(conn, lead.case, RecordKind::Lead, id.0, &[text])?;
    lead_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "lead", id: id.0 })
}

/// Sets a lead's status and owner (appended to its history when either
/// changes); the lead as it is then.
pub(super) fn set_lead_state(
    conn: &Connection,
    id: LeadId,
    status: LeadStatus,
    owner: Option<AccountId>,
    by: AccountId,
    at: i64,
) -> Result<Lead> {
    let lead = lead_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "lead", id: id.0 })?;
    require_account(conn, owner)?;
    if lead.status == status && lead.owner == owner {
        return Ok(lead);
    }
    conn.execute(
        "UPDATE leads SET status = ?2, owner_id = ?3, updated_at = ?4 WHERE id = ?1",
        params![id.0, status.as_str(), owner.map(|o| o.0), at],
    )
    .ctx("changing a lead's status")?;
    append_lead_change(conn, id, status, owner, by, at)?;
    lead_by_id(conn, id)?.ok_or(StoreError::NotFound { what: "lead", id: id.0 })
}

/// Every status and owner a lead had, oldest first.
pub(super) fn lead_history(conn: &Connection, id: LeadId) -> Result<Vec<LeadChange>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, status, owner_id, set_by, set_at FROM lead_history WHERE lead_id = ?1 ORDER BY id")
        .ctx("preparing a lead's history")?;
    let rows = stmt
        .query_map([id.0], |r| {
            let at = At::read(r, "lead_history", 0)?;
            let status: String = r.get(1)?;
            Ok(LeadChange {
                status: code(at, "status", &status, LeadStatus::parse)?,
                owner: r.get::<_, Option<i64>>(2)?.map(AccountId),
                by: AccountId(r.get(3)?),
                at: r.get(4)?,
            })
        })
        .ctx("reading a lead's history")?;
    rows.collect::<rusqlite::Result<_>>().ctx("reading a lead's history")
}
