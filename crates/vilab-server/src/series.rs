//! Series in the browser: a case's list of series, one series' page (its
//! members as masked tiles, rename, merge another series into it, "find
//! similar" to grow it from the PDQ neighbours of its members), the forms
//! behind them and their JSON twins. Every handler calls one operation of
//! `vilab_lab::Session` (`ops::review`); a series holds items of its own
//! case only, and links to series of other cases (`crate::series_links`).

use maud::{Markup, html};
use vilab_i18n::t;
use vilab_lab::ops::review::{MAX_SIMILAR_RADIUS, SeriesList};
use vilab_lab::types::{MAX_PAGE, MediaRowId, ReviewFilter, ReviewOrder, ReviewQuery, Series, SeriesId};
use vilab_lab::{AppError, Code, Session};

use crate::call::{CSRF_FIELD, Call, Reply};
use crate::error::{WebError, invalid};
use crate::pages::{case_href, page};
use crate::review::out_of_range;

/// The default radius of "find similar" (the PDQ authors' match threshold).
const DEFAULT_RADIUS: u32 = 31;

/// The series of the path.
pub fn series_id(call: &Call) -> Result<SeriesId, WebError> {
    let text = call.path("series");
    match text.trim().parse::<i64>() {
        Ok(n) if n > 0 => Ok(SeriesId(n)),
        _ => Err(WebError::App(AppError::new(Code::SeriesNotFound).with("id", text))),
    }
}

/// A body field naming a series (`from`).
fn series_field(call: &Call, name: &str) -> Result<SeriesId, WebError> {
    let text = call.field(name).map(str::trim).filter(|v| !v.is_empty()).ok_or_else(|| invalid(name, "missing"))?;
    match text.parse::<i64>() {
        Ok(n) if n > 0 => Ok(SeriesId(n)),
        _ => Err(invalid(name, "not a series id")),
    }
}

/// Media ids of the body: a form's checkboxes (`items` given once per
/// item), a comma-separated list, or a JSON array.
pub fn items_of(call: &Call) -> Result<Vec<MediaRowId>, WebError> {
    call.fields("items")
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|p| p.trim_start_matches('#').parse::<i64>().map(MediaRowId))
        .collect::<Result<_, _>>()
        .map_err(|_| invalid("items", "media ids, separated by commas"))
}

fn name_of(call: &Call) -> Result<&str, WebError> {
    call.field("name").map(str::trim).filter(|v| !v.is_empty()).ok_or_else(|| invalid("name", "missing"))
}

/// The radius of "find similar" from the query (`radius`), if asked.
fn radius_of(call: &Call) -> Result<Option<u32>, WebError> {
    let Some(text) = call.query("radius") else { return Ok(None) };
    let n: i64 = text.trim().parse().map_err(|_| invalid("radius", "not a whole number"))?;
    u32::try_from(n)
        .ok()
        .filter(|n| *n <= MAX_SIMILAR_RADIUS)
        .map(Some)
        .ok_or_else(|| out_of_range("radius", n, 0, i64::from(MAX_SIMILAR_RADIUS)))
}

/// The address of a series' page.
pub fn series_href(case: &str, id: SeriesId) -> String {
    format!("{}/series/{}", case_href(case), id.0)
}

/// The members of a series (its first [`MAX_PAGE`]).
fn members(session: &Session<'_>, case: &str, id: SeriesId) -> Result<Vec<MediaRowId>, WebError> {
    let query = ReviewQuery {
        filter: ReviewFilter { series: Some(id), ..Default::default() },
        order: ReviewOrder::Ingested,
        after: None,
        limit: MAX_PAGE,
    };
    Ok(session.review_page(case, &query)?.items.into_iter().map(|r| r.media).collect())
}

/// A masked tile leading to the item's page; with a checkbox when it can
/// be picked.
fn tile(id: MediaRowId, pick: bool, caption: Option<String>) -> Markup {
    html! {
        figure.tile data-media=(id.0) {
            a href=(format!("/media/%23{}", id.0)) {
                img src=(format!("/api/media/{}/rendition", id.0)) alt=(format!("#{}", id.0)) loading="lazy" width="128" height="128";
            }
            figcaption.badge {
                @if pick {
                    label { input type="checkbox" name="items" value=(id.0) checked; " #" (id.0) }
                } @else {
                    "#" (id.0)
                }
                @if let Some(c) = caption { " · " (c) }
            }
        }
    }
}

fn hidden_csrf(call: &Call) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(call.csrf().unwrap_or_default()); }
}

/// `GET /cases/{case}/series`: the case's series and a form to make one.
pub fn list_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let name = call.path("case");
    let list: SeriesList = session.list_series(name)?;
    let msgs = call.msgs();
    let by_id = |id: SeriesId| list.series.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_default();
    let body = html! {
        h1 { (t!(msgs, "web-series-heading", case = list.case.as_str())) }
        p { a href=(case_href(name)) { (t!(msgs, "web-case-heading", case = list.case.as_str())) }
            " · " a href=(format!("{}/review", case_href(name))) { (msgs.get("web-review-link")) } }
        section.panel {
            @if list.series.is_empty() {
                p.muted { (msgs.get("web-series-none")) }
            } @else {
                table #series-list {
                    thead { tr { th { (msgs.get("web-col-series")) } th.num { (msgs.get("web-col-members")) } th { (msgs.get("web-col-created")) } th {} } }
                    tbody { @for s in &list.series {
                        tr {
                            td { a href=(series_href(name, s.id)) { (s.name) } }
                            td.num { (s.members) }
                            td { (msgs.date_time(s.created_at)) }
                            td.muted { @if let Some(into) = s.merged_into { (t!(msgs, "web-series-merged-into", name = by_id(into))) } }
                        }
                    } }
                }
            }
            p.muted { (msgs.get("web-series-own-case")) }
        }
        section.panel {
            h2 { (msgs.get("web-series-create")) }
            form.inline method="post" action=(format!("{}/series", case_href(name))) {
                (hidden_csrf(call))
                label { (msgs.get("web-series-name")) " " input type="text" name="name" required; }
                button type="submit" { (msgs.get("web-series-create")) }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-series-link"), body))
}

/// `GET /cases/{case}/series/{series}?radius`: members, rename, merge, and
/// with `radius` the similar items to add.
pub fn series_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let name = call.path("case");
    let id = series_id(call)?;
    let radius = radius_of(call)?;
    let list = session.list_series(name)?;
    let series: &Series = list
        .series
        .iter()
        .find(|s| s.id == id)
        .ok_or_else(|| WebError::App(AppError::new(Code::SeriesNotFound).with("id", id.0)))?;
    let members = members(&session, name, id)?;
    let similar = match radius {
        Some(r) if !members.is_empty() => Some(session.find_similar(name, &members, r)?),
        _ => None,
    };
    let links = crate::series_links::panel(call, &session, name, id)?;
    // Persons and locations linked to the series, for a role that edits them.
    let records = match vilab_lab::permission::reach(session.actor().role, vilab_lab::permission::Action::RecordsEdit) {
        Some(_) => Some(session.case_records(name)?),
        None => None,
    };
    let msgs = call.msgs();
    let href = series_href(name, id);
    let others: Vec<&Series> = list.series.iter().filter(|s| s.id != id && s.merged_into.is_none()).collect();
    let body = html! {
        h1 { (t!(msgs, "web-series-one-heading", name = series.name.as_str())) }
        p { a href=(format!("{}/series", case_href(name))) { (t!(msgs, "web-series-heading", case = list.case.as_str())) }
            " · " a href=(format!("{}/review?series={}", case_href(name), id.0)) { (msgs.get("web-series-in-grid")) } }
        section.panel {
            h2 { (msgs.get("web-col-members")) " (" (series.members) ")" }
            @if members.is_empty() {
                p.muted { (msgs.get("web-series-no-members")) }
            } @else {
                div #series-members .grid { @for m in &members { (tile(*m, false, None)) } }
            }
        }
        section.panel {
            h2 { (msgs.get("web-series-similar")) }
            form.inline method="get" action=(href) {
                label { (msgs.get("web-series-radius")) " "
                    input #radius type="number" name="radius" min="0" max=(MAX_SIMILAR_RADIUS) value=(radius.unwrap_or(DEFAULT_RADIUS)); }
                button #find-similar type="submit" { (msgs.get("web-series-similar")) }
            }
            @if let Some(found) = &similar {
                @if found.items.is_empty() {
                    p.muted #similar-none { (msgs.get("web-series-similar-none")) }
                } @else {
                    form #similar method="post" action=(format!("{href}/add")) {
                        (hidden_csrf(call))
                        p { (t!(msgs, "web-series-similar-found", count = found.items.len() as i64, radius = i64::from(found.radius))) }
                        div.grid { @for (m, d) in &found.items { (tile(*m, true, Some(t!(msgs, "web-series-distance", distance = i64::from(*d))))) } }
                        button #add-similar type="submit" { (msgs.get("web-series-add")) }
                    }
                }
            }
        }
        (links)
        @if let Some(r) = &records { (crate::record_forms::linked_panel(call, &msgs, name, r, vilab_lab::types::LinkTarget::Series(id))) }
        section.panel {
            h2 { (msgs.get("web-series-rename")) }
            form.inline method="post" action=(format!("{href}/rename")) {
                (hidden_csrf(call))
                label { (msgs.get("web-series-name")) " " input type="text" name="name" value=(series.name) required; }
                button type="submit" { (msgs.get("web-series-rename")) }
            }
            @if !others.is_empty() && series.merged_into.is_none() {
                h2 { (msgs.get("web-series-merge")) }
                form.inline method="post" action=(format!("{href}/merge")) {
                    (hidden_csrf(call))
                    label { (msgs.get("web-series-merge-from")) " "
                        select name="from" { @for o in &others { option value=(o.id.0) { (o.name) " (" (o.members) ")" } } } }
                    button type="submit" { (msgs.get("web-series-merge")) }
                }
            }
        }
    };
    Ok(page(call, &session, &series.name, body))
}

/// `POST /cases/{case}/series`: `{name, items}`, then the new series' page.
pub fn create_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let changed = session.create_series(case, name_of(call)?, &items_of(call)?)?;
    Ok(Reply::redirect(&series_href(case, changed.series.id)))
}

/// `POST /cases/{case}/series/{series}/rename`: `{name}`.
pub fn rename_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let id = series_id(call)?;
    session.rename_series(case, id, name_of(call)?)?;
    Ok(Reply::redirect(&series_href(case, id)))
}

/// `POST /cases/{case}/series/{series}/merge`: `{from}` merged into this one.
pub fn merge_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let id = series_id(call)?;
    session.merge_series(case, series_field(call, "from")?, id)?;
    Ok(Reply::redirect(&series_href(case, id)))
}

/// `POST /cases/{case}/series/{series}/add`: `{items}` become members.
pub fn add_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let id = series_id(call)?;
    session.add_to_series(case, id, &items_of(call)?)?;
    Ok(Reply::redirect(&series_href(case, id)))
}

/// `POST /api/cases/{case}/series/{series}/rename`.
pub fn rename(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.rename_series(call.path("case"), series_id(call)?, name_of(call)?)?)
}

/// `POST /api/cases/{case}/series/{series}/merge`.
pub fn merge(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.merge_series(call.path("case"), series_field(call, "from")?, series_id(call)?)?)
}

/// `POST /api/cases/{case}/series/{series}/items`.
pub fn add(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.add_to_series(call.path("case"), series_id(call)?, &items_of(call)?)?)
}
