//! Records beside the media in the browser: the JSON API for victims,
//! offenders, locations, their links, leads and the word search; the
//! records page (persons and locations with their statuses), the leads page
//! (filtered by status and owner, with the search box), the forms they and
//! the media page post, and the lead form the media page shows. Every
//! handler calls one operation of `vilab_lab::Session` (`ops::records`);
//! this module reads parameters (refusing a bad one by its field) and
//! renders.

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::ops::records::{AccountNames, CaseRecords, Found, LeadList};
use vilab_lab::types::{
    AccountId, IdStatus, LeadId, LeadStatus, LinkTarget, Location, LocationFields, LocationId, MediaRowId, Person,
    PersonId, PersonKind, RecordKind, RecordRef, Rect, SeriesId,
};

use crate::call::{CSRF_FIELD, Call, Reply, local_path};
use crate::error::{WebError, invalid};
use crate::pages::{case_href, page};

/// A body field, trimmed, if given and not empty.
fn field<'a>(call: &'a Call, name: &str) -> Option<&'a str> {
    call.field(name).map(str::trim).filter(|v| !v.is_empty())
}

/// A positive row id from the path.
fn path_id(call: &Call, name: &str) -> Result<i64, WebError> {
    call.path(name)
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| invalid(name, "not a positive whole number"))
}

fn positive(name: &str, text: &str) -> Result<i64, WebError> {
    text.trim_start_matches('#')
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| invalid(name, "not a positive whole number"))
}

fn person_kind(text: &str) -> Result<PersonKind, WebError> {
    PersonKind::parse(text).ok_or_else(|| invalid("kind", "victim or offender"))
}

fn id_status(text: &str) -> Result<IdStatus, WebError> {
    IdStatus::parse(text).ok_or_else(|| invalid("status", "unidentified, identified or safeguarded"))
}

fn lead_status(name: &str, text: &str) -> Result<LeadStatus, WebError> {
    LeadStatus::parse(text).ok_or_else(|| invalid(name, "open, followed or closed"))
}

/// A rectangle from `x`, `y`, `w`, `h` (pixels of the stored original):
/// all four or none.
fn rect_of(call: &Call) -> Result<Option<Rect>, WebError> {
    let parts = ["x", "y", "w", "h"].map(|n| field(call, n));
    if parts.iter().all(Option::is_none) {
        return Ok(None);
    }
    let mut values = [0u32; 4];
    for (i, name) in ["x", "y", "w", "h"].into_iter().enumerate() {
        let text = parts[i].ok_or_else(|| invalid(name, "give x, y, w and h together, or none"))?;
        values[i] = text.parse().map_err(|_| invalid(name, "not a whole number of pixels"))?;
    }
    let [x, y, w, h] = values;
    Ok(Some(Rect { x, y, w, h }))
}

fn coordinate(name: &str, text: Option<&str>) -> Result<Option<f64>, WebError> {
    text.map(|t| t.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| invalid(name, "not a number")))
        .transpose()
}

fn location_fields(call: &Call) -> Result<LocationFields, WebError> {
    Ok(LocationFields {
        label: field(call, "label").ok_or_else(|| invalid("label", "missing"))?.to_string(),
        lat: coordinate("lat", field(call, "lat"))?,
        lon: coordinate("lon", field(call, "lon"))?,
        description: field(call, "description").unwrap_or("").to_string(),
    })
}

/// `person:ID` or `location:ID`.
fn record_of(text: &str) -> Result<RecordRef, WebError> {
    match text.split_once(':') {
        Some(("person", id)) => Ok(RecordRef::Person(PersonId(positive("record", id)?))),
        Some(("location", id)) => Ok(RecordRef::Location(LocationId(positive("record", id)?))),
        _ => Err(invalid("record", "person:ID or location:ID")),
    }
}

/// `series:ID` or `media:ID`.
fn target_of(text: &str) -> Result<LinkTarget, WebError> {
    match text.split_once(':') {
        Some(("series", id)) => Ok(LinkTarget::Series(SeriesId(positive("target", id)?))),
        Some(("media", id)) => Ok(LinkTarget::Media(MediaRowId(positive("target", id)?))),
        _ => Err(invalid("target", "series:ID or media:ID")),
    }
}

fn flag(call: &Call, name: &str, default: bool) -> Result<bool, WebError> {
    match field(call, name) {
        None => Ok(default),
        Some("true" | "1" | "on" | "yes") => Ok(true),
        Some("false" | "0" | "off" | "no") => Ok(false),
        Some(_) => Err(invalid(name, "true or false")),
    }
}

// ---- the JSON API ----

/// `GET /api/cases/{case}/records`.
pub fn records(call: &Call) -> Result<Reply, WebError> {
    Reply::shaped(&call.session()?.case_records(call.path("case"))?)
}

/// `POST /api/cases/{case}/persons`: `{kind, label, notes}`.
pub fn create_person(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let kind = person_kind(call.required("kind")?.trim())?;
    let label = field(call, "label").ok_or_else(|| invalid("label", "missing"))?;
    let notes = field(call, "notes").unwrap_or("");
    Reply::shaped(&session.create_person(call.path("case"), kind, label, notes)?)
}

/// `GET /api/cases/{case}/persons/{person}`.
pub fn person(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.person(call.path("case"), PersonId(path_id(call, "person")?))?)
}

/// `POST /api/cases/{case}/persons/{person}`: `{kind?, label, notes}`.
pub fn update_person(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let id = PersonId(path_id(call, "person")?);
    let kind = field(call, "kind").map(|k| person_kind(k.trim())).transpose()?;
    let label = field(call, "label").ok_or_else(|| invalid("label", "missing"))?;
    let notes = field(call, "notes").unwrap_or("");
    Reply::shaped(&session.update_person(call.path("case"), id, kind, label, notes)?)
}

/// `POST /api/cases/{case}/persons/{person}/status`: `{status}`.
pub fn person_status(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let id = PersonId(path_id(call, "person")?);
    let status = id_status(call.required("status")?.trim())?;
    Reply::shaped(&session.set_person_status(call.path("case"), id, status)?)
}

/// `POST /api/cases/{case}/locations`: `{label, lat, lon, description}`.
pub fn create_location(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let fields = location_fields(call)?;
    Reply::shaped(&session.create_location(call.path("case"), &fields)?)
}

/// `POST /api/cases/{case}/locations/{location}`: the same fields.
pub fn update_location(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let id = LocationId(path_id(call, "location")?);
    let fields = location_fields(call)?;
    Reply::shaped(&session.update_location(call.path("case"), id, &fields)?)
}

/// `POST /api/cases/{case}/links`: `{record, target, link}`.
pub fn link(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let record = record_of(call.required("record")?.trim())?;
    let target = target_of(call.required("target")?.trim())?;
    let link = flag(call, "link", true)?;
    Reply::shaped(&session.link_record(call.path("case"), record, target, link)?)
}

/// The leads of a case under `status`, `owner` or `media`.
fn lead_list(call: &Call, session: &vilab_lab::Session<'_>) -> Result<LeadList, WebError> {
    let case = call.path("case");
    if let Some(media) = call.query("media") {
        return Ok(session.leads_of_item(case, MediaRowId(positive("media", media.trim())?))?);
    }
    let status = call.query("status").map(|s| lead_status("status", s.trim())).transpose()?;
    Ok(session.leads(case, status, call.query("owner").map(str::trim))?)
}

/// `GET /api/cases/{case}/leads?status&owner&media`.
pub fn leads(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&lead_list(call, &session)?)
}

/// `POST /api/cases/{case}/leads`: `{media, text, x, y, w, h, owner}`.
pub fn create_lead(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&new_lead(call, &session)?)
}

fn new_lead(call: &Call, session: &vilab_lab::Session<'_>) -> Result<vilab_lab::ops::records::LeadView, WebError> {
    let media = MediaRowId(positive("media", call.required("media")?.trim())?);
    let text = field(call, "text").ok_or_else(|| invalid("text", "missing"))?;
    let rect = rect_of(call)?;
    Ok(session.create_lead(call.path("case"), media, rect, text, field(call, "owner"))?)
}

/// `GET /api/cases/{case}/leads/{lead}`.
pub fn lead(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.lead(call.path("case"), LeadId(path_id(call, "lead")?))?)
}

/// `POST /api/cases/{case}/leads/{lead}`: `{text, x, y, w, h}`.
pub fn update_lead(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let id = LeadId(path_id(call, "lead")?);
    let text = field(call, "text").ok_or_else(|| invalid("text", "missing"))?;
    Reply::shaped(&session.update_lead(call.path("case"), id, text, rect_of(call)?)?)
}

/// `POST /api/cases/{case}/leads/{lead}/status`: `{status, owner}` (no
/// owner: nobody).
pub fn lead_state(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&set_lead_state(call, &session)?)
}

fn set_lead_state(
    call: &Call,
    session: &vilab_lab::Session<'_>,
) -> Result<vilab_lab::ops::records::LeadView, WebError> {
    let id = LeadId(path_id(call, "lead")?);
    let status = lead_status("status", call.required("status")?.trim())?;
    Ok(session.set_lead_state(call.path("case"), id, status, field(call, "owner"))?)
}

/// `GET /api/cases/{case}/search?q`.
pub fn search(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    Reply::shaped(&session.search_records(call.path("case"), call.query("q").unwrap_or(""))?)
}

// ---- the forms (pages): each redirects to `next`, a path of this server ----

fn back(call: &Call, default: String) -> Reply {
    Reply::redirect(local_path(call.field("next")).unwrap_or(&default))
}

/// `POST /cases/{case}/persons`.
pub fn create_person_form(call: &Call) -> Result<Reply, WebError> {
    create_person(call)?;
    Ok(back(call, format!("{}/records", case_href(call.path("case")))))
}

/// `POST /cases/{case}/persons/{person}/status`.
pub fn person_status_form(call: &Call) -> Result<Reply, WebError> {
    person_status(call)?;
    Ok(back(call, format!("{}/records", case_href(call.path("case")))))
}

/// `POST /cases/{case}/locations`.
pub fn create_location_form(call: &Call) -> Result<Reply, WebError> {
    create_location(call)?;
    Ok(back(call, format!("{}/records", case_href(call.path("case")))))
}

/// `POST /cases/{case}/leads`.
pub fn create_lead_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    new_lead(call, &session)?;
    Ok(back(call, format!("{}/leads", case_href(call.path("case")))))
}

/// `POST /cases/{case}/leads/{lead}/status`.
pub fn lead_state_form(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    set_lead_state(call, &session)?;
    Ok(back(call, format!("{}/leads", case_href(call.path("case")))))
}

// ---- pages ----

fn csrf(call: &Call) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(call.csrf().unwrap_or_default()); }
}

fn who(accounts: &AccountNames, id: &AccountId) -> String {
    accounts.get(id).cloned().unwrap_or_else(|| format!("#{id}"))
}

fn persons_table(call: &Call, msgs: &Messages, case: &str, persons: &[Person], accounts: &AccountNames) -> Markup {
    let here = format!("{}/records", case_href(case));
    html! {
        @if persons.is_empty() {
            p.muted { (msgs.get("web-records-none")) }
        } @else {
            table {
                thead { tr {
                    th { (msgs.get("web-records-col-label")) }
                    th { (msgs.get("web-records-col-notes")) }
                    th { (msgs.get("web-records-col-status")) }
                    th { (msgs.get("web-records-col-set-by")) }
                    th { (msgs.get("web-records-col-links")) }
                    th {}
                } }
                tbody {
                    @for p in persons {
                        tr {
                            td { (p.label) }
                            td { (p.notes) }
                            td { span.status { (msgs.get(&format!("id-status-{}", p.status.as_str()))) } }
                            td { (who(accounts, &p.status_by)) " · " (msgs.date_time(p.status_at)) }
                            td { (crate::record_forms::unlink_buttons(call, msgs, case, &format!("person:{}", p.id.0), (&p.links.series, &p.links.media), &here)) }
                            td {
                                (crate::record_forms::person_editor(call, msgs, case, p, &here))
                                form.inline method="post" action=(format!("{}/persons/{}/status", case_href(case), p.id.0)) {
                                    (csrf(call))
                                    input type="hidden" name="next" value=(here);
                                    select name="status" aria-label=(msgs.get("web-records-col-status")) {
                                        @for s in IdStatus::ALL {
                                            @if *s != IdStatus::Safeguarded || p.kind == PersonKind::Victim {
                                                option value=(s.as_str()) selected[*s == p.status] { (msgs.get(&format!("id-status-{}", s.as_str()))) }
                                            }
                                        }
                                    }
                                    button type="submit" { (msgs.get("web-records-set")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn locations_table(call: &Call, msgs: &Messages, case: &str, locations: &[Location]) -> Markup {
    let here = format!("{}/records", case_href(case));
    html! {
        @if locations.is_empty() {
            p.muted { (msgs.get("web-records-none")) }
        } @else {
            table {
                thead { tr {
                    th { (msgs.get("web-records-col-label")) }
                    th { (msgs.get("web-records-col-position")) }
                    th { (msgs.get("web-records-col-description")) }
                    th { (msgs.get("web-records-col-links")) }
                    th {}
                } }
                tbody {
                    @for l in locations {
                        tr {
                            td { (l.label) }
                            td.mono { @if let (Some(lat), Some(lon)) = (l.lat, l.lon) { (format!("{lat:.5}, {lon:.5}")) } }
                            td { (l.description) }
                            td { (crate::record_forms::unlink_buttons(call, msgs, case, &format!("location:{}", l.id.0), (&l.links.series, &l.links.media), &here)) }
                            td { (crate::record_forms::location_editor(call, msgs, case, l, &here)) }
                        }
                    }
                }
            }
        }
    }
}

/// `GET /cases/{case}/records`: victims, offenders and locations with their
/// statuses, and the forms that add them.
pub fn records_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let r: CaseRecords = session.case_records(case)?;
    let msgs = call.msgs();
    let here = format!("{}/records", case_href(case));
    let body = html! {
        h1 { (t!(msgs, "web-records-heading", case = r.case.as_str())) }
        p { a href=(format!("{}/leads", case_href(case))) { (msgs.get("web-leads-link")) } }
        section.panel {
            h2 { (msgs.get("web-records-victims")) }
            (persons_table(call, &msgs, case, &r.victims, &r.accounts))
        }
        section.panel {
            h2 { (msgs.get("web-records-offenders")) }
            (persons_table(call, &msgs, case, &r.offenders, &r.accounts))
        }
        section.panel {
            h2 { (msgs.get("web-records-locations")) }
            (locations_table(call, &msgs, case, &r.locations))
        }
        section.panel {
            h2 { (msgs.get("web-records-new-person")) }
            form method="post" action=(format!("{}/persons", case_href(case))) {
                (csrf(call))
                input type="hidden" name="next" value=(here);
                label { (msgs.get("web-records-kind")) " "
                    select name="kind" {
                        option value="victim" { (msgs.get("person-kind-victim")) }
                        option value="offender" { (msgs.get("person-kind-offender")) }
                    }
                }
                label { (msgs.get("web-records-col-label")) " " input type="text" name="label" required; }
                label { (msgs.get("web-records-col-notes")) " " input type="text" name="notes"; }
                button type="submit" { (msgs.get("web-records-add")) }
            }
            h2 { (msgs.get("web-records-new-location")) }
            form method="post" action=(format!("{}/locations", case_href(case))) {
                (csrf(call))
                input type="hidden" name="next" value=(here);
                label { (msgs.get("web-records-col-label")) " " input type="text" name="label" required; }
                label { (msgs.get("web-records-lat")) " " input type="text" name="lat" inputmode="decimal"; }
                label { (msgs.get("web-records-lon")) " " input type="text" name="lon" inputmode="decimal"; }
                label { (msgs.get("web-records-col-description")) " " input type="text" name="description"; }
                button type="submit" { (msgs.get("web-records-add")) }
            }
        }
    };
    Ok(page(call, &session, &r.case, body))
}

fn found_row(msgs: &Messages, case: &str, f: &Found) -> Markup {
    let kind = match (f.kind, f.person_kind) {
        (RecordKind::Person, Some(k)) => msgs.get(&format!("person-kind-{}", k.as_str())),
        (kind, _) => msgs.get(&format!("web-search-kind-{}", kind.as_str())),
    };
    let href = match (f.kind, f.media) {
        (RecordKind::Lead, Some(m)) => format!("/media/%23{}", m.0),
        (RecordKind::Series, _) => format!("{}/review?series={}", case_href(case), f.id),
        _ => format!("{}/records", case_href(case)),
    };
    html! { tr { td { (kind) } td { a href=(href) { (f.title) } } } }
}

/// `GET /cases/{case}/leads?status&owner&q`: the leads under a filter, and
/// what a search of the case's records found.
pub fn leads_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let list = lead_list(call, &session)?;
    let q = call.query("q").unwrap_or("");
    let found = if q.trim().is_empty() { None } else { Some(session.search_records(case, q)?) };
    let msgs = call.msgs();
    let here = call.here.clone();
    let status = call.query("status").unwrap_or("");
    let body = html! {
        h1 { (t!(msgs, "web-leads-heading", case = list.case.as_str())) }
        p { a href=(format!("{}/records", case_href(case))) { (msgs.get("web-records-link")) } }
        section.panel {
            form #record-search method="get" action=(format!("{}/leads", case_href(case))) {
                label { (msgs.get("web-leads-search")) " " input type="search" name="q" value=(q); }
                button type="submit" { (msgs.get("web-leads-search-button")) }
            }
            @if let Some(found) = &found {
                p { (t!(msgs, "web-leads-found", count = found.hits.len())) }
                @if !found.hits.is_empty() {
                    table #search-hits { tbody { @for f in &found.hits { (found_row(&msgs, case, f)) } } }
                }
            }
        }
        section.panel {
            form #lead-filter method="get" action=(format!("{}/leads", case_href(case))) {
                label { (msgs.get("web-records-col-status")) " "
                    select name="status" {
                        option value="" { (msgs.get("web-leads-any")) }
                        @for s in LeadStatus::ALL {
                            option value=(s.as_str()) selected[status == s.as_str()] { (msgs.get(&format!("lead-status-{}", s.as_str()))) }
                        }
                    }
                }
                label { (msgs.get("web-leads-col-owner")) " " input type="text" name="owner" value=(call.query("owner").unwrap_or("")); }
                button type="submit" { (msgs.get("web-leads-filter")) }
            }
            (leads_table(call, &msgs, case, &list, &here))
        }
    };
    Ok(page(call, &session, &list.case, body))
}

fn leads_table(call: &Call, msgs: &Messages, case: &str, list: &LeadList, here: &str) -> Markup {
    html! {
        @if list.leads.is_empty() {
            p.muted { (msgs.get("web-records-none")) }
        } @else {
            table.leads {
                thead { tr {
                    th { (msgs.get("web-leads-col-item")) }
                    th { (msgs.get("web-leads-col-text")) }
                    th { (msgs.get("web-leads-col-rect")) }
                    th { (msgs.get("web-records-col-status")) }
                    th { (msgs.get("web-leads-col-owner")) }
                    th {}
                } }
                tbody {
                    @for l in &list.leads {
                        tr data-rect=[l.rect.map(|r| format!("{},{},{},{}", r.x, r.y, r.w, r.h))] {
                            td { a href=(format!("/media/%23{}", l.media.0)) { (format!("#{}", l.media.0)) } }
                            td { (l.text) }
                            td.mono { @if let Some(r) = l.rect { (format!("{}, {} · {}×{}", r.x, r.y, r.w, r.h)) } }
                            td { span.status { (msgs.get(&format!("lead-status-{}", l.status.as_str()))) } }
                            td { @if let Some(o) = l.owner { (who(&list.accounts, &o)) } @else { (msgs.get("web-leads-nobody")) } }
                            td {
                                form.inline method="post" action=(format!("{}/leads/{}/status", case_href(case), l.id.0)) {
                                    (csrf(call))
                                    input type="hidden" name="next" value=(here);
                                    input type="hidden" name="owner" value=(l.owner.map(|o| who(&list.accounts, &o)).unwrap_or_default());
                                    select name="status" aria-label=(msgs.get("web-records-col-status")) {
                                        @for s in LeadStatus::ALL {
                                            option value=(s.as_str()) selected[*s == l.status] { (msgs.get(&format!("lead-status-{}", s.as_str()))) }
                                        }
                                    }
                                    button type="submit" { (msgs.get("web-records-set")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The media page's panel: for each case of the item the actor may edit
/// records in, the leads pinned to it there and the form that pins one.
pub fn media_panel<'a>(
    call: &Call,
    session: &vilab_lab::Session<'_>,
    msgs: &Messages,
    cases: impl Iterator<Item = &'a str>,
    media: MediaRowId,
) -> Result<Markup, WebError> {
    let role = session.actor().role;
    if vilab_lab::permission::reach(role, vilab_lab::permission::Action::RecordsEdit).is_none() {
        return Ok(html! {});
    }
    let mut seen: Vec<&str> = Vec::new();
    for case in cases {
        if !seen.contains(&case) {
            seen.push(case);
        }
    }
    let here = call.here.clone();
    let mut panels = Vec::new();
    for case in seen {
        let list = session.leads_of_item(case, media)?;
        panels.push(html! {
            section.panel.leads {
                h2 { (t!(msgs, "web-leads-heading", case = case)) }
                (leads_table(call, msgs, case, &list, &here))
                (lead_form(call, msgs, case, media, &here))
            }
        });
        let records = session.case_records(case)?;
        panels.push(crate::record_forms::linked_panel(call, msgs, case, &records, LinkTarget::Media(media)));
    }
    Ok(html! { @for p in &panels { (p) } })
}

/// The lead form of the media page: pins a note (and optionally a
/// rectangle in the original's pixels) to `media` in `case`, then comes
/// back to `here`.
pub fn lead_form(call: &Call, msgs: &Messages, case: &str, media: MediaRowId, here: &str) -> Markup {
    html! {
        form.lead-form method="post" action=(format!("{}/leads", case_href(case))) {
            (csrf(call))
            input type="hidden" name="next" value=(here);
            input type="hidden" name="media" value=(media.0);
            h3 { (t!(msgs, "web-leads-new", case = case)) }
            label { (msgs.get("web-leads-col-text")) " " textarea name="text" rows="2" required {} }
            p.muted { (msgs.get("web-leads-rect-hint")) }
            label { "x " input type="number" name="x" min="0"; }
            label { "y " input type="number" name="y" min="0"; }
            label { (msgs.get("web-leads-w")) " " input type="number" name="w" min="1"; }
            label { (msgs.get("web-leads-h")) " " input type="number" name="h" min="1"; }
            label { (msgs.get("web-leads-col-owner")) " " input type="text" name="owner"; }
            button type="submit" { (msgs.get("web-records-add")) }
        }
    }
}

#[cfg(test)]
mod tests {
    use vilab_i18n::{Lang, Messages};

    use super::*;

    /// The keys the pages build from stored codes are in the catalogs (the
    /// catalog test then holds them to every language).
    #[test]
    fn every_status_and_kind_has_its_words() {
        let en = Messages::new(Lang::En);
        let mut keys: Vec<String> = IdStatus::ALL.iter().map(|s| format!("id-status-{}", s.as_str())).collect();
        keys.extend(LeadStatus::ALL.iter().map(|s| format!("lead-status-{}", s.as_str())));
        keys.extend(PersonKind::ALL.iter().map(|k| format!("person-kind-{}", k.as_str())));
        keys.extend(RecordKind::ALL.iter().map(|k| format!("web-search-kind-{}", k.as_str())));
        for key in keys {
            assert!(en.has(&key), "{key} is missing from the English catalogs");
        }
    }

    #[test]
    fn links_and_targets_parse_and_refuse_by_field() {
        assert_eq!(record_of("person:3").unwrap(), RecordRef::Person(PersonId(3)));
        assert_eq!(target_of("media:#7").unwrap(), LinkTarget::Media(MediaRowId(7)));
        for bad in ["person", "lead:1", "person:-1", "person:x"] {
            assert_eq!(record_of(bad).unwrap_err().code(), "invalid_input", "{bad}");
        }
        assert!(target_of("series:0").is_err());
    }
}
