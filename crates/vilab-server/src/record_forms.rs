//! Editing records in the pages (until now only through the API): a
//! person's name and notes, a location's name, position and description,
//! and links of either to a series or an item, from the records page, a
//! series' page and an item's page. Each form goes through the same
//! `vilab_lab::Session` operation as its JSON twin in `records.rs`, then
//! back to `next` (a path of this server).

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::ops::records::CaseRecords;
use vilab_lab::types::{LinkTarget, Location, MediaRowId, Person, PersonKind, SeriesId};

use crate::call::{CSRF_FIELD, Call, Reply, local_path};
use crate::error::WebError;
use crate::pages::case_href;

fn csrf(call: &Call) -> Markup {
    html! { input type="hidden" name=(CSRF_FIELD) value=(call.csrf().unwrap_or_default()); }
}

fn back(call: &Call) -> Reply {
    let default = format!("{}/records", case_href(call.path("case")));
    Reply::redirect(local_path(call.field("next")).unwrap_or(&default))
}

/// `POST /cases/{case}/persons/{person}/edit`: `{label, notes, next}`.
pub fn edit_person_form(call: &Call) -> Result<Reply, WebError> {
    crate::records::update_person(call)?;
    Ok(back(call))
}

/// `POST /cases/{case}/locations/{location}/edit`: `{label, lat, lon,
/// description, next}`.
pub fn edit_location_form(call: &Call) -> Result<Reply, WebError> {
    crate::records::update_location(call)?;
    Ok(back(call))
}

/// `POST /cases/{case}/links`: `{record, target, link, next}`.
pub fn link_form(call: &Call) -> Result<Reply, WebError> {
    crate::records::link(call)?;
    Ok(back(call))
}

/// The form that edits a person, folded under its row.
pub fn person_editor(call: &Call, msgs: &Messages, case: &str, p: &Person, here: &str) -> Markup {
    html! {
        details.edit {
            summary { (msgs.get("web-records-edit")) }
            form.person-edit method="post" action=(format!("{}/persons/{}/edit", case_href(case), p.id.0)) {
                (csrf(call))
                input type="hidden" name="next" value=(here);
                label { (msgs.get("web-records-kind")) " "
                    select name="kind" {
                        @for k in PersonKind::ALL {
                            option value=(k.as_str()) selected[*k == p.kind] { (msgs.get(&format!("person-kind-{}", k.as_str()))) }
                        }
                    }
                }
                label { (msgs.get("web-records-col-label")) " " input type="text" name="label" value=(p.label) required; }
                label { (msgs.get("web-records-col-notes")) " " input type="text" name="notes" value=(p.notes); }
                button type="submit" { (msgs.get("web-records-save")) }
            }
        }
    }
}

/// The form that edits a location, folded under its row.
pub fn location_editor(call: &Call, msgs: &Messages, case: &str, l: &Location, here: &str) -> Markup {
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    html! {
        details.edit {
            summary { (msgs.get("web-records-edit")) }
            form.location-edit method="post" action=(format!("{}/locations/{}/edit", case_href(case), l.id.0)) {
                (csrf(call))
                input type="hidden" name="next" value=(here);
                label { (msgs.get("web-records-col-label")) " " input type="text" name="label" value=(l.label) required; }
                label { (msgs.get("web-records-lat")) " " input type="text" name="lat" inputmode="decimal" value=(num(l.lat)); }
                label { (msgs.get("web-records-lon")) " " input type="text" name="lon" inputmode="decimal" value=(num(l.lon)); }
                label { (msgs.get("web-records-col-description")) " " input type="text" name="description" value=(l.description); }
                button type="submit" { (msgs.get("web-records-save")) }
            }
        }
    }
}

/// A one-button form that links or unlinks `record` (`person:ID`,
/// `location:ID`) and `target` (`series:ID`, `media:ID`).
fn link_button(call: &Call, case: &str, record: &str, target: &str, link: bool, label: String, here: &str) -> Markup {
    html! {
        form.inline.record-link method="post" action=(format!("{}/links", case_href(case))) {
            (csrf(call))
            input type="hidden" name="next" value=(here);
            input type="hidden" name="record" value=(record);
            input type="hidden" name="target" value=(target);
            input type="hidden" name="link" value=(link);
            button type="submit" { (label) }
        }
    }
}

fn target_text(target: LinkTarget) -> String {
    match target {
        LinkTarget::Series(s) => format!("series:{}", s.0),
        LinkTarget::Media(m) => format!("media:{}", m.0),
    }
}

/// The panel of a series' or an item's page: the case's persons and
/// locations linked to `target`, each with an unlink button, and a form
/// that links another.
pub fn linked_panel(call: &Call, msgs: &Messages, case: &str, records: &CaseRecords, target: LinkTarget) -> Markup {
    let here = call.here.clone();
    let to = target_text(target);
    let holds = |series: &[SeriesId], media: &[MediaRowId]| match target {
        LinkTarget::Series(s) => series.contains(&s),
        LinkTarget::Media(m) => media.contains(&m),
    };
    let persons: Vec<&Person> = records.victims.iter().chain(&records.offenders).collect();
    let linked_persons: Vec<&&Person> = persons.iter().filter(|p| holds(&p.links.series, &p.links.media)).collect();
    let linked_locations: Vec<&Location> =
        records.locations.iter().filter(|l| holds(&l.links.series, &l.links.media)).collect();
    let free_persons: Vec<&&Person> = persons.iter().filter(|p| !holds(&p.links.series, &p.links.media)).collect();
    let free_locations: Vec<&Location> =
        records.locations.iter().filter(|l| !holds(&l.links.series, &l.links.media)).collect();
    html! {
        section.panel.linked-records {
            h2 { (t!(msgs, "web-records-linked-heading", case = case)) }
            @if linked_persons.is_empty() && linked_locations.is_empty() {
                p.muted { (msgs.get("web-records-none")) }
            } @else {
                ul.linked {
                    @for p in &linked_persons {
                        li { (msgs.get(&format!("person-kind-{}", p.kind.as_str()))) ": " (p.label) " "
                            (link_button(call, case, &format!("person:{}", p.id.0), &to, false, msgs.get("web-records-unlink"), &here)) }
                    }
                    @for l in &linked_locations {
                        li { (msgs.get("web-search-kind-location")) ": " (l.label) " "
                            (link_button(call, case, &format!("location:{}", l.id.0), &to, false, msgs.get("web-records-unlink"), &here)) }
                    }
                }
            }
            @if !free_persons.is_empty() || !free_locations.is_empty() {
                form.inline.record-link-add method="post" action=(format!("{}/links", case_href(case))) {
                    (csrf(call))
                    input type="hidden" name="next" value=(here);
                    input type="hidden" name="target" value=(to);
                    input type="hidden" name="link" value="true";
                    label { (msgs.get("web-records-link-to")) " "
                        select name="record" {
                            @for p in &free_persons { option value=(format!("person:{}", p.id.0)) { (msgs.get(&format!("person-kind-{}", p.kind.as_str()))) ": " (p.label) } }
                            @for l in &free_locations { option value=(format!("location:{}", l.id.0)) { (msgs.get("web-search-kind-location")) ": " (l.label) } }
                        }
                    }
                    button type="submit" { (msgs.get("web-records-link-add")) }
                }
            }
            p { a href=(format!("{}/records", case_href(case))) { (msgs.get("web-records-link")) } }
        }
    }
}

/// Unlink buttons for each link of a record on the records page.
pub fn unlink_buttons(
    call: &Call,
    msgs: &Messages,
    case: &str,
    record: &str,
    (series, media): (&[SeriesId], &[MediaRowId]),
    here: &str,
) -> Markup {
    html! {
        @for s in series {
            span.tag { a href=(crate::series::series_href(case, *s)) { (t!(msgs, "web-records-link-series", id = s.0)) } " "
                (link_button(call, case, record, &format!("series:{}", s.0), false, "×".to_string(), here)) } " "
        }
        @for m in media {
            span.tag { a href=(format!("/media/%23{}", m.0)) { (t!(msgs, "web-records-link-item", id = m.0)) } " "
                (link_button(call, case, record, &format!("media:{}", m.0), false, "×".to_string(), here)) } " "
        }
    }
}
