//! One item's page beyond its record (its masked rendition with an
//! audited reveal, its hash-set matches, its PDQ neighbours in this and
//! other cases with an adjustable radius), the search by a picture from
//! outside the lab (a form posting the picture; nothing stored), and their
//! JSON twins. Each handler calls one operation of `vilab_lab::Session`
//! (`ops::lookup`).

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::Session;
use vilab_lab::ops::lookup::{MAX_LOOKUP_RADIUS, MatchLine, NearLine};
use vilab_lab::ops::media::MediaView;
use vilab_lab::permission::{Action, reach};
use vilab_lab::types::MediaKey;

use crate::call::{CSRF_FIELD, Call, Reply};
use crate::error::{WebError, invalid};
use crate::pages::{case_href, page};
use crate::review::out_of_range;

/// The radius a page starts with (the PDQ authors' match threshold).
const DEFAULT_RADIUS: u32 = 31;

/// `radius` from the query or the body (0 to 64; default 31).
fn radius_of(value: Option<&str>) -> Result<u32, WebError> {
    let Some(text) = value.map(str::trim).filter(|v| !v.is_empty()) else { return Ok(DEFAULT_RADIUS) };
    let n: i64 = text.parse().map_err(|_| invalid("radius", "not a whole number"))?;
    u32::try_from(n)
        .ok()
        .filter(|n| *n <= MAX_LOOKUP_RADIUS)
        .ok_or_else(|| out_of_range("radius", n, 0, i64::from(MAX_LOOKUP_RADIUS)))
}

fn item_href(media: impl std::fmt::Display) -> String {
    format!("/media/%23{media}")
}

fn matches_table(msgs: &Messages, matches: &[MatchLine], with_case: bool) -> Markup {
    html! {
        table.matches {
            thead { tr {
                @if with_case { th { (msgs.get("web-col-case")) } }
                th { (msgs.get("web-col-hashset")) } th { (msgs.get("web-col-method")) } th.num { (msgs.get("web-col-distance")) }
                th { (msgs.get("web-col-dihedral")) } th { (msgs.get("web-col-category")) } th { (msgs.get("web-col-profile")) }
            } }
            tbody { @for m in matches {
                tr {
                    @if with_case { td { a href=(case_href(&m.case)) { (m.case) } } }
                    td { (m.hit.hashset) } td { (m.hit.method.as_str()) } td.num { (m.hit.distance) }
                    td { (m.hit.dihedral.as_deref().unwrap_or("")) }
                    td { (m.hit.category.map(|c| c.to_string()).unwrap_or_default()) @if let Some(s) = &m.hit.series { " · " (s) } }
                    td { (m.hit.profile) }
                }
            } }
        }
    }
}

fn near_table(msgs: &Messages, items: &[NearLine], id: &str) -> Markup {
    html! {
        table #(id) {
            thead { tr { th { (msgs.get("web-col-case")) } th { (msgs.get("web-col-id")) } th.num { (msgs.get("web-col-distance")) } } }
            tbody { @for n in items {
                tr {
                    td { a href=(case_href(&n.case)) { (n.case) } }
                    td { a href=(item_href(n.media.0)) { "#" (n.media.0) } }
                    td.num { (n.distance) }
                }
            } }
        }
    }
}

/// The sections of `GET /media/{key}` after its record: the rendition the
/// actor may see, with the reveal where the role may reveal; the matches;
/// the neighbours within `radius`.
pub fn media_sections(call: &Call, session: &Session<'_>, key: &MediaKey, v: &MediaView) -> Result<Markup, WebError> {
    let msgs = call.msgs();
    let role = session.actor().role;
    let radius = radius_of(call.query("radius"))?;
    let matches = session.media_matches(key)?;
    let similar = session.similar_media(key, radius)?;
    let here = call.here.split('?').next().unwrap_or("/").to_string();
    Ok(html! {
        @if v.thumbnail.is_some() && reach(role, Action::MediaThumbnail).is_some() {
            section.panel {
                h2 { (msgs.get("web-item-rendition")) }
                // The layer on which a lead's rectangle is drawn (leads.js),
                // in the stored original's pixels.
                div #rendition-layer .rect-layer data-width=[v.width] data-height=[v.height] {
                    img #rendition .rendition src=(format!("/api/media/{}/rendition", v.id.0)) alt=(format!("#{}", v.id.0)) draggable="false";
                }
                @if reach(role, Action::MediaReveal).is_some() {
                    p { button #reveal type="button" data-src=(format!("/api/media/{}/reveal", v.id.0)) { (msgs.get("web-item-reveal")) } }
                }
                script src="/assets/media.js" defer {}
                script src="/assets/drag.js" defer {}
                script src="/assets/leads.js" defer {}
            }
        }
        section.panel {
            h2 { (msgs.get("web-item-matches")) }
            @if matches.matches.is_empty() {
                p.muted { (msgs.get("web-item-no-matches")) }
            } @else {
                (matches_table(&msgs, &matches.matches, true))
            }
        }
        section.panel {
            h2 { (msgs.get("web-item-similar")) }
            form.inline method="get" action=(here) {
                label { (msgs.get("web-series-radius")) " "
                    input #radius type="number" name="radius" min="0" max=(MAX_LOOKUP_RADIUS) value=(radius); }
                button type="submit" { (msgs.get("web-review-show")) }
            }
            @if v.pdq.is_none() {
                p.muted { (msgs.get("web-item-no-pdq")) }
            } @else if similar.items.is_empty() {
                p.muted #similar-none { (msgs.get("web-series-similar-none")) }
            } @else {
                (near_table(&msgs, &similar.items, "similar-items"))
            }
        }
    })
}

fn key_of(call: &Call) -> Result<MediaKey, WebError> {
    crate::pages::media_key(call.path("key"))
}

/// `GET /api/media/{key}/matches`.
pub fn matches(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.media_matches(&key_of(call)?)?)
}

/// `GET /api/media/{key}/similar?radius`.
pub fn similar(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let radius = radius_of(call.query("radius"))?;
    Reply::shaped(&session.similar_media(&key_of(call)?, radius)?)
}

fn search_form(call: &Call, msgs: &Messages, radius: u32) -> Markup {
    html! {
        form #search-form method="post" action="/search" enctype="multipart/form-data" {
            input type="hidden" name=(CSRF_FIELD) value=(call.csrf().unwrap_or_default());
            p { label { (msgs.get("web-search-picture")) " " input #picture type="file" name="picture" accept="image/*" required; } }
            p { label { (msgs.get("web-series-radius")) " " input type="number" name="radius" min="0" max=(MAX_LOOKUP_RADIUS) value=(radius); } }
            button #search-submit type="submit" { (msgs.get("web-search-submit")) }
        }
        p.muted { (msgs.get("web-search-not-stored")) }
    }
}

/// `GET /search`: the form to search by a picture.
pub fn search_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    session.search_limits()?;
    let msgs = call.msgs();
    let body = html! {
        h1 { (msgs.get("web-search-heading")) }
        section.panel { (search_form(call, &msgs, DEFAULT_RADIUS)) }
    };
    Ok(page(call, &session, &msgs.get("web-search-heading"), body))
}

/// The picture of the body, or `invalid_input` naming the field.
fn picture(call: &Call) -> Result<&[u8], WebError> {
    call.upload().filter(|p| !p.is_empty()).ok_or_else(|| invalid("picture", "missing: send a picture file"))
}

/// `POST /search`: the picture's digests and PDQ searched; the results,
/// and the form again.
pub fn search_form_post(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let radius = radius_of(call.field("radius"))?;
    let found = session.search_image(picture(call)?, radius)?;
    let msgs = call.msgs();
    let none = found.same.is_empty() && found.known.is_empty() && found.similar.is_empty();
    let body = html! {
        h1 { (msgs.get("web-search-heading")) }
        section.panel #search-result {
            table {
                tr { th { "SHA-256" } td.mono { (found.sha256.to_hex()) } }
                tr { th { "MD5" } td.mono { (found.md5.to_hex()) } }
                tr { th { "SHA-1" } td.mono { (found.sha1.to_hex()) } }
                @if let Some(pdq) = &found.pdq { tr { th { "PDQ" } td.mono { (pdq.to_hex()) } } }
            }
            @if none { p #search-none { (t!(msgs, "web-search-none", radius = i64::from(found.radius))) } }
            @if !found.same.is_empty() {
                h2 { (msgs.get("web-search-same")) }
                (near_table(&msgs, &found.same, "search-same"))
            }
            @if !found.known.is_empty() {
                h2 { (msgs.get("web-search-known")) }
                (matches_table(&msgs, &found.known, false))
            }
            @if !found.similar.is_empty() {
                h2 { (msgs.get("web-item-similar")) }
                (near_table(&msgs, &found.similar, "search-similar"))
            }
        }
        section.panel { (search_form(call, &msgs, found.radius)) }
    };
    Ok(page(call, &session, &msgs.get("web-search-heading"), body))
}

/// `POST /api/search`: multipart `{picture, radius}`.
pub fn search(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let radius = radius_of(call.field("radius"))?;
    Reply::shaped(&session.search_image(picture(call)?, radius)?)
}
