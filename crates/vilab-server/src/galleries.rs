//! ViLab galleries over JSON (issue 20): the list, creating one, a
//! gallery's view, its title and dates, members, items (one by one or a
//! series), and the clue board of its items, read after a cursor (what the
//! board's page polls) and posted with an optional pin. Every handler calls
//! one operation of `vilab_lab::Session` (`ops::galleries`), which checks
//! the permission and writes the audit record; the pages are in
//! [`crate::gallery_pages`], the exercises in [`crate::exercises`].

use vilab_lab::ops::galleries::GalleryPart;
use vilab_lab::types::{ClueId, GalleryAudience, GalleryItemId, MediaKey, SeriesId};
use vilab_lab::{AppError, Code};

use crate::call::{Call, Reply};
use crate::error::{WebError, invalid};

/// The gallery of the path (its uid).
pub fn gallery_uid(call: &Call) -> &str {
    call.path("gallery")
}

/// The gallery item of the path.
pub fn item_id(call: &Call) -> Result<GalleryItemId, WebError> {
    let text = call.path("item");
    match text.trim().parse::<i64>() {
        Ok(n) if n > 0 => Ok(GalleryItemId(n)),
        _ => Err(WebError::App(AppError::new(Code::GalleryItemNotFound).with("item", text))),
    }
}

/// A body field that must be given and not be blank.
pub fn text_field<'a>(call: &'a Call, name: &str) -> Result<&'a str, WebError> {
    call.field(name).map(str::trim).filter(|v| !v.is_empty()).ok_or_else(|| invalid(name, "missing"))
}

/// The title and the dates of a gallery's form: `opens` from the start of
/// its day, `closes` at the end of its day (a day `YYYY-MM-DD`, UTC, or a
/// Unix second, taken as it is).
pub fn title_and_dates(call: &Call) -> Result<(String, i64, i64), WebError> {
    let title = text_field(call, "title")?.to_string();
    let opens = crate::pages::instant("opens", text_field(call, "opens")?, false)?;
    let closes_text = text_field(call, "closes")?;
    let closes = crate::pages::instant("closes", closes_text, closes_text.contains('-'))?;
    Ok((title, opens, closes))
}

/// The audience of a new gallery's form.
pub fn audience(call: &Call) -> Result<GalleryAudience, WebError> {
    let text = text_field(call, "audience")?;
    GalleryAudience::parse(text).ok_or_else(|| invalid("audience", "partner, trainee or public"))
}

/// How the member form's account takes part.
pub fn part(call: &Call) -> Result<GalleryPart, WebError> {
    match text_field(call, "part")? {
        "editor" => Ok(GalleryPart::Editor),
        "participant" => Ok(GalleryPart::Participant),
        "none" => Ok(GalleryPart::None),
        _ => Err(invalid("part", "editor, participant or none")),
    }
}

/// The media keys of the add-items form: row ids (`#12` or `12`) or
/// digests, separated by commas, spaces or lines.
pub fn media_keys(call: &Call) -> Result<Vec<MediaKey>, WebError> {
    let keys: Vec<MediaKey> = call
        .fields("media")
        .flat_map(|v| v.split(|c: char| c == ',' || c.is_whitespace()))
        .filter(|v| !v.is_empty())
        .map(crate::pages::media_key)
        .collect::<Result<_, _>>()?;
    if keys.is_empty() {
        return Err(invalid("media", "missing"));
    }
    Ok(keys)
}

/// The series of the add-series form.
pub fn series_field(call: &Call) -> Result<SeriesId, WebError> {
    match text_field(call, "series")?.parse::<i64>() {
        Ok(n) if n > 0 => Ok(SeriesId(n)),
        _ => Err(invalid("series", "not a series id")),
    }
}

/// A clue's text and its optional pin: `x` and `y`, fractions (0 to 1) of
/// the width and height of the picture as shown (upright); both or none.
pub fn clue_of(call: &Call) -> Result<(String, Option<(f64, f64)>), WebError> {
    let text = text_field(call, "text")?.to_string();
    let coordinate = |name: &str| -> Result<Option<f64>, WebError> {
        match call.field(name).map(str::trim).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(v) => match v.parse::<f64>() {
                Ok(f) if (0.0..=1.0).contains(&f) => Ok(Some(f)),
                _ => Err(invalid(name, "a fraction of the picture, from 0 to 1")),
            },
        }
    };
    let pin = match (coordinate("x")?, coordinate("y")?) {
        (Some(x), Some(y)) => Some((x, y)),
        (None, None) => None,
        _ => return Err(invalid("x", "a pin needs both x and y")),
    };
    Ok((text, pin))
}

/// The board's cursor of the query (`after`, the last clue's id seen).
pub fn after(call: &Call) -> Result<Option<ClueId>, WebError> {
    Ok(call.query_int::<i64>("after")?.map(ClueId))
}

/// `GET /api/galleries`.
pub fn list(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.galleries()?)
}

/// `POST /api/galleries`.
pub fn create(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (title, opens, closes) = title_and_dates(call)?;
    Reply::shaped(&session.create_gallery(&title, audience(call)?, opens, closes)?)
}

/// `GET /api/galleries/{gallery}`.
pub fn view(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.gallery(gallery_uid(call))?)
}

/// `POST /api/galleries/{gallery}`: title and dates.
pub fn update(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (title, opens, closes) = title_and_dates(call)?;
    Reply::shaped(&session.update_gallery(gallery_uid(call), &title, opens, closes)?)
}

/// `POST /api/galleries/{gallery}/members`.
pub fn member(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let user = text_field(call, "user")?;
    let part = part(call)?;
    let changed = session.set_gallery_member(gallery_uid(call), user, part)?;
    /// What setting a member did (the fields in this order: the shape first).
    #[derive(serde::Serialize)]
    struct MemberSet<'a> {
        shape: &'static str,
        gallery: &'a str,
        user: &'a str,
        part: GalleryPart,
        changed: bool,
    }
    Reply::serialized(&MemberSet { shape: "vilab.gallery-member/1", gallery: gallery_uid(call), user, part, changed })
}

/// `POST /api/galleries/{gallery}/items`.
pub fn add_items(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = text_field(call, "case")?;
    Reply::shaped(&session.add_gallery_items(gallery_uid(call), case, &media_keys(call)?)?)
}

/// `POST /api/galleries/{gallery}/series`.
pub fn add_series(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = text_field(call, "case")?;
    Reply::shaped(&session.add_gallery_series(gallery_uid(call), case, series_field(call)?)?)
}

/// `POST /api/galleries/{gallery}/items/{item}/remove`.
pub fn remove_item(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let item = item_id(call)?;
    let removed = session.remove_gallery_item(gallery_uid(call), item)?;
    /// What taking an item out did (the shape first).
    #[derive(serde::Serialize)]
    struct Removed<'a> {
        shape: &'static str,
        gallery: &'a str,
        item: GalleryItemId,
        removed: bool,
    }
    Reply::serialized(&Removed { shape: "vilab.gallery-item-removed/1", gallery: gallery_uid(call), item, removed })
}

/// `GET /api/galleries/{gallery}/clues?item&after`.
pub fn clues(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let item = call.query_int::<i64>("item")?.map(GalleryItemId);
    Reply::shaped(&session.gallery_clues(gallery_uid(call), item, after(call)?)?)
}

/// `POST /api/galleries/{gallery}/items/{item}/clues`.
pub fn post_clue(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let (text, pin) = clue_of(call)?;
    Reply::shaped(&session.post_clue(gallery_uid(call), item_id(call)?, &text, pin)?)
}

/// `GET /api/galleries/{gallery}/items/{item}/images`: the item's current
/// renditions for the gallery's audience (uids and sizes only).
pub fn images(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.gallery_item_images(gallery_uid(call), item_id(call)?)?)
}

/// `GET /api/galleries/{gallery}/items/{item}/images/{image}`: one of them,
/// as a JPEG that no cache keeps (a participant's access ends with the
/// gallery).
pub fn image(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let image = session.gallery_image(gallery_uid(call), item_id(call)?, call.path("image"))?;
    Ok(Reply::jpeg(image.bytes, "no-store"))
}
