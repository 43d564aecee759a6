//! The JSON API of an item's regions (issue 20): list, draw, change and
//! delete them (`ops::regions`). A region's fields come as a form or a
//! flat JSON object: `kind`, a rectangle (`x`, `y`, `w`, `h`) or a polygon
//! (`points`: x1,y1,x2,y2,... in pixels of the stored original), an
//! optional `treatment` (person regions only; `fill` by default) and
//! `source` (`drawn` by default; `suggested` when an analyst accepts a face
//! suggestion).

use vilab_lab::types::{MediaRowId, RegionFields, RegionKind, RegionShape, RegionSource, Treatment};

use crate::call::{Call, Reply};
use crate::error::{WebError, invalid};

/// A field, trimmed, if given and not empty.
pub(crate) fn field<'a>(call: &'a Call, name: &str) -> Option<&'a str> {
    call.field(name).map(str::trim).filter(|v| !v.is_empty())
}

/// The item of the path (`{media}`: its row id, `#` allowed).
pub(crate) fn media_of(call: &Call) -> Result<MediaRowId, WebError> {
    call.path("media")
        .trim()
        .trim_start_matches('#')
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(MediaRowId)
        .ok_or_else(|| invalid("media", "not a positive whole number (the item's row id)"))
}

/// A whole number of pixels of field `name`.
fn pixels(name: &str, text: &str) -> Result<u32, WebError> {
    text.trim().parse().map_err(|_| invalid(name, "not a whole number of pixels"))
}

/// The shape of the body: a polygon when `points` is given, else the
/// rectangle `x`, `y`, `w`, `h`.
fn shape_of(call: &Call) -> Result<RegionShape, WebError> {
    if let Some(points) = field(call, "points") {
        let numbers: Vec<u32> = points
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|s| !s.is_empty())
            .enumerate()
            .map(|(i, s)| pixels(&format!("points[{i}]"), s))
            .collect::<Result<_, _>>()?;
        if !numbers.len().is_multiple_of(2) {
            return Err(invalid("points", "an odd count of numbers: give x,y pairs"));
        }
        return Ok(RegionShape::Polygon(numbers.chunks(2).map(|p| (p[0], p[1])).collect()));
    }
    let mut values = [0u32; 4];
    for (i, name) in ["x", "y", "w", "h"].into_iter().enumerate() {
        let text = field(call, name).ok_or_else(|| invalid(name, "missing: give x, y, w and h, or points"))?;
        values[i] = pixels(name, text)?;
    }
    let [x, y, w, h] = values;
    Ok(RegionShape::Rect { x, y, w, h })
}

/// A region's fields from the body.
pub(crate) fn fields_of(call: &Call) -> Result<RegionFields, WebError> {
    let kind = field(call, "kind").ok_or_else(|| invalid("kind", "missing"))?;
    let kind = RegionKind::parse(kind).ok_or_else(|| invalid("kind", "face, body, mark, text, other or object"))?;
    let treatment = match field(call, "treatment") {
        None => Treatment::Fill,
        Some(t) => Treatment::parse(t).ok_or_else(|| invalid("treatment", "fill, pixelate or blur"))?,
    };
    let source = match field(call, "source") {
        None => RegionSource::Drawn,
        Some(s) => RegionSource::parse(s).ok_or_else(|| invalid("source", "drawn or suggested"))?,
    };
    Ok(RegionFields { kind, shape: shape_of(call)?, treatment, source })
}

/// `GET /api/cases/{case}/media/{media}/regions`.
pub fn list(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.regions(call.path("case"), media_of(call)?)?)
}

/// `POST /api/cases/{case}/media/{media}/regions`.
pub fn add(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let media = media_of(call)?;
    Reply::shaped(&session.add_region(call.path("case"), media, &fields_of(call)?)?)
}

/// `POST /api/cases/{case}/regions/{region}`: a new version.
pub fn update(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.update_region(call.path("case"), call.path("region"), &fields_of(call)?)?)
}

/// `POST /api/cases/{case}/regions/{region}/delete`.
pub fn delete(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.delete_region(call.path("case"), call.path("region"))?)
}

/// `GET /api/cases/{case}/media/{media}/face-suggestions`: boxes in the
/// original's pixels for the analyst to accept (as a `face` region with
/// `source` `suggested`); nothing is stored.
pub fn suggest_faces(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.suggest_faces(call.path("case"), media_of(call)?)?)
}
