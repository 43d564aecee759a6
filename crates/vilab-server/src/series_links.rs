//! Series linked across cases in the browser: the panel of a series' page
//! that lists its links (only into cases the actor is a member of, as the
//! application layer gives them), the search for series of other cases to
//! link, the link and unlink form, and their JSON twins. Every handler
//! calls one operation of `vilab_lab::Session` (`ops::series_links`).

use maud::{Markup, html};
use vilab_i18n::t;
use vilab_lab::Session;
use vilab_lab::ops::review::MAX_SIMILAR_RADIUS;
use vilab_lab::types::SeriesId;

use crate::call::{CSRF_FIELD, Call, Reply};
use crate::error::{WebError, invalid};
use crate::pages::case_href;
use crate::review::out_of_range;
use crate::series::{series_href, series_id};

/// The default radius of the search for series to link (the PDQ authors'
/// match threshold, as "find similar").
const DEFAULT_LINK_RADIUS: u32 = 31;

/// The series named by `with`.
fn with_of(call: &Call) -> Result<SeriesId, WebError> {
    match call.required("with")?.trim().parse::<i64>() {
        Ok(n) if n > 0 => Ok(SeriesId(n)),
        _ => Err(invalid("with", "not a series id")),
    }
}

/// `link`: link (true, the default) or unlink.
fn link_flag(call: &Call) -> Result<bool, WebError> {
    match call.field("link").map(str::trim).filter(|v| !v.is_empty()) {
        None | Some("true" | "1" | "on" | "yes") => Ok(true),
        Some("false" | "0" | "off" | "no") => Ok(false),
        Some(_) => Err(invalid("link", "true or false")),
    }
}

/// The radius of the search for series to link (`link_radius`), if asked.
fn link_radius(call: &Call) -> Result<Option<u32>, WebError> {
    let Some(text) = call.query("link_radius") else { return Ok(None) };
    let n: i64 = text.trim().parse().map_err(|_| invalid("link_radius", "not a whole number"))?;
    u32::try_from(n)
        .ok()
        .filter(|n| *n <= MAX_SIMILAR_RADIUS)
        .map(Some)
        .ok_or_else(|| out_of_range("link_radius", n, 0, i64::from(MAX_SIMILAR_RADIUS)))
}

fn set_link(call: &Call, session: &Session<'_>) -> Result<vilab_lab::ops::series_links::SeriesLinkChanged, WebError> {
    let (case, series, with) = (call.path("case"), series_id(call)?, with_of(call)?);
    let note = call.field("note").unwrap_or_default();
    Ok(if link_flag(call)? {
        session.link_series(case, series, with, note)?
    } else {
        session.unlink_series(case, series, with, note)?
    })
}

/// The series page's panel: the linked series of cases the actor is a
/// member of (with a form to unlink each), and the search for more.
pub fn panel(call: &Call, session: &Session<'_>, case: &str, series: SeriesId) -> Result<Markup, WebError> {
    let links = session.series_links(case, series)?;
    let radius = link_radius(call)?;
    let candidates = radius.map(|r| session.series_link_candidates(case, series, r)).transpose()?;
    let msgs = call.msgs();
    let href = series_href(case, series);
    let csrf = call.csrf().unwrap_or_default();
    let action = format!("{href}/link");
    Ok(html! {
        section.panel #series-links {
            h2 { (msgs.get("web-series-links")) }
            @if links.links.is_empty() {
                p.muted #series-links-none { (msgs.get("web-series-links-none")) }
            } @else {
                table #linked-series {
                    thead { tr { th { (msgs.get("web-col-case")) } th { (msgs.get("web-col-series")) } th.num { (msgs.get("web-col-members")) }
                        th { (msgs.get("web-series-link-note")) } th { (msgs.get("web-series-linked")) } th {} } }
                    tbody { @for l in &links.links {
                        tr {
                            td { (l.case) }
                            td { a href=(series_href(&l.case, l.series.id)) { (l.series.name) } }
                            td.num { (l.series.members) }
                            td { (l.note) }
                            td { (t!(msgs, "web-series-linked-by", user = l.linked_by.as_str(), date = msgs.date_time(l.linked_at))) }
                            td {
                                form.inline method="post" action=(action) {
                                    input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                    input type="hidden" name="with" value=(l.series.id.0);
                                    input type="hidden" name="link" value="false";
                                    button type="submit" { (msgs.get("web-series-unlink")) }
                                }
                            }
                        }
                    } }
                }
            }
            h3 { (msgs.get("web-series-links-find")) }
            form.inline method="get" action=(href) {
                label { (msgs.get("web-series-radius")) " "
                    input #link-radius type="number" name="link_radius" min="0" max=(MAX_SIMILAR_RADIUS) value=(radius.unwrap_or(DEFAULT_LINK_RADIUS)); }
                button #find-link-candidates type="submit" { (msgs.get("web-series-links-find")) }
            }
            @if let Some(found) = &candidates {
                @if found.candidates.is_empty() {
                    p.muted #link-candidates-none { (msgs.get("web-series-links-candidates-none")) }
                } @else {
                    table #link-candidates {
                        thead { tr { th { (msgs.get("web-col-case")) } th { (msgs.get("web-col-series")) } th.num { (msgs.get("web-col-members")) }
                            th { (msgs.get("web-series-link-why")) } th {} } }
                        tbody { @for c in &found.candidates {
                            tr {
                                td { (c.case) }
                                td { a href=(series_href(&c.case, c.series.id)) { (c.series.name) } }
                                td.num { (c.series.members) }
                                td {
                                    @if c.shared > 0 { (t!(msgs, "web-series-link-shared", count = c.shared as i64)) }
                                    @if c.shared > 0 && c.nearest.is_some() { " · " }
                                    @if let Some(d) = c.nearest { (t!(msgs, "web-series-distance", distance = i64::from(d))) }
                                }
                                td {
                                    @if c.linked {
                                        span.muted { (msgs.get("web-series-linked")) }
                                    } @else {
                                        form.inline method="post" action=(action) {
                                            input type="hidden" name=(CSRF_FIELD) value=(csrf);
                                            input type="hidden" name="with" value=(c.series.id.0);
                                            label { (msgs.get("web-series-link-note")) " " input type="text" name="note" maxlength="2000"; }
                                            button.link-series type="submit" { (msgs.get("web-series-link-add")) }
                                        }
                                    }
                                }
                            }
                        } }
                    }
                }
            }
            p.muted { a href=(format!("{}/series", case_href(case))) { (t!(msgs, "web-series-heading", case = links.case.as_str())) } }
        }
    })
}

/// `POST /cases/{case}/series/{series}/link`: `{with, note, link}`, then
/// the series' page.
pub fn link_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let changed = set_link(call, &session)?;
    Ok(Reply::redirect(&series_href(call.path("case"), changed.series.id)))
}

/// `GET /api/cases/{case}/series/{series}/links`.
pub fn links(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.series_links(call.path("case"), series_id(call)?)?)
}

/// `POST /api/cases/{case}/series/{series}/links`: `{with, note, link}`.
pub fn link(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&set_link(call, &session)?)
}

/// `GET /api/cases/{case}/series/{series}/link-candidates?link_radius`.
pub fn candidates(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let radius = link_radius(call)?.unwrap_or(DEFAULT_LINK_RADIUS);
    Reply::shaped(&session.series_link_candidates(call.path("case"), series_id(call)?, radius)?)
}
