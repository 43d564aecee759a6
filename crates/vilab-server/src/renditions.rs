//! The JSON API of an item's renditions per audience (issue 20): list and
//! make them (`ops::renditions`), approve a public crop (a second
//! analyst), and a rendition's bytes by uid, which the application layer
//! gives only to a role whose audiences include the rendition's (never an
//! original). The bytes are `no-store`: a rendition may go stale, and a
//! shared machine keeps no copy.

use vilab_lab::types::Audience;

use crate::call::{Call, Reply};
use crate::error::{WebError, invalid};
use crate::regions::{field, media_of};

/// `GET /api/cases/{case}/media/{media}/renditions`.
pub fn list(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.list_renditions(call.path("case"), media_of(call)?)?)
}

/// `POST /api/cases/{case}/media/{media}/renditions`: `{audience}`.
pub fn make(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let media = media_of(call)?;
    let audience = field(call, "audience").ok_or_else(|| invalid("audience", "missing"))?;
    let audience = Audience::parse(audience)
        .filter(|a| *a != Audience::Original)
        .ok_or_else(|| invalid("audience", "partner, trainee or public"))?;
    Reply::shaped(&session.make_renditions(call.path("case"), media, audience)?)
}

/// `POST /api/renditions/{rendition}/approve`.
pub fn approve(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.approve_rendition(call.path("rendition"))?)
}

/// `GET /api/renditions/{rendition}`: the JPEG, for a role that may
/// receive it (the application layer audits it before the bytes).
pub fn bytes(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let r = session.fetch_rendition(call.path("rendition"))?;
    Ok(Reply::jpeg(r.bytes, "no-store"))
}
