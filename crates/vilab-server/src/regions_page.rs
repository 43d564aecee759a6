//! The media page's Regions and Renditions panels (issue 20), per case of
//! the item for a role with `region.view`: the item's masked rendition with
//! its regions drawn over it as SVG in the original's pixels (the SVG's
//! view box is the original's size, so it scales with the picture and
//! needs no script), the drawing tools `assets/regions.js` drives
//! (rectangle by drag, polygon by clicks, kind, treatment, face
//! suggestions), the list of regions, and the renditions per audience with
//! their flags, approval and images. Every change is a call of the JSON
//! API (`regions.rs`, `renditions.rs`) followed by a reload.

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::Session;
use vilab_lab::ops::media::MediaView;
use vilab_lab::permission::{Action, reach};
use vilab_lab::types::{Audience, Region, RegionKind, RegionShape, Treatment};

use crate::call::Call;
use crate::error::WebError;
use crate::pages::url_encode;

/// The words of a region kind.
fn kind_word(msgs: &Messages, kind: RegionKind) -> String {
    msgs.get(&format!("web-regions-kind-{}", kind.as_str()))
}

/// The words of an audience.
fn audience_word(msgs: &Messages, audience: Audience) -> String {
    msgs.get(&format!("web-regions-audience-{}", audience.as_str()))
}

/// A region as SVG in the original's pixels.
fn shape_svg(r: &Region) -> Markup {
    let class = format!("region region-{}", r.fields.kind.as_str());
    match &r.fields.shape {
        RegionShape::Rect { x, y, w, h } => html! {
            rect class=(class) data-uid=(r.uid) x=(x) y=(y) width=(w) height=(h) {}
        },
        RegionShape::Polygon(points) => {
            let list: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
            html! { polygon class=(class) data-uid=(r.uid) points=(list.join(" ")) {} }
        }
    }
}

/// The panels of every case of the item the actor may see regions in.
pub fn media_panels<'a>(
    call: &Call,
    session: &Session<'_>,
    msgs: &Messages,
    cases: impl Iterator<Item = &'a str>,
    v: &MediaView,
) -> Result<Markup, WebError> {
    let role = session.actor().role;
    let (Some(width), Some(height)) = (v.width, v.height) else { return Ok(html! {}) };
    if reach(role, Action::RegionView).is_none() || v.thumbnail.is_none() {
        return Ok(html! {});
    }
    let mut seen: Vec<&str> = Vec::new();
    for case in cases {
        if !seen.contains(&case) {
            seen.push(case);
        }
    }
    let mut out = Vec::new();
    for case in seen {
        out.push(case_panels(call, session, msgs, case, v, (width, height))?);
    }
    Ok(html! {
        @for p in &out { (p) }
        @if !out.is_empty() { script src="/assets/drag.js" defer {} script src="/assets/regions.js" defer {} }
    })
}

fn case_panels(
    call: &Call,
    session: &Session<'_>,
    msgs: &Messages,
    case: &str,
    v: &MediaView,
    (width, height): (u32, u32),
) -> Result<Markup, WebError> {
    let role = session.actor().role;
    let can_edit = reach(role, Action::RegionEdit).is_some();
    let can_make = reach(role, Action::RenditionMake).is_some();
    let can_approve = reach(role, Action::RenditionApprove).is_some();
    let regions = session.regions(case, v.id)?;
    let renditions = session.list_renditions(case, v.id)?;
    let name = |id| regions.accounts.get(&id).or(renditions.accounts.get(&id)).cloned().unwrap_or_default();
    let api = format!("/api/cases/{}/media/{}", url_encode(case), v.id.0);
    let region_api = format!("/api/cases/{}/regions", url_encode(case));
    Ok(html! {
        section.panel.regions data-api=(api) data-region-api=(region_api) data-width=(width) data-height=(height)
            data-csrf=(call.csrf().unwrap_or_default()) {
            h2 { (t!(msgs, "web-regions-heading", case = case)) }
            div.region-stage {
                img.region-image src=(format!("/api/media/{}/rendition?side=1024", v.id.0)) alt=(format!("#{}", v.id.0)) draggable="false";
                svg.region-svg viewBox=(format!("0 0 {width} {height}")) preserveAspectRatio="none" {
                    @for r in &regions.regions { (shape_svg(r)) }
                }
            }
            @if can_edit {
                div.region-tools {
                    label { (msgs.get("web-regions-tool")) " "
                        select.region-tool {
                            option value="rect" { (msgs.get("web-regions-tool-rect")) }
                            option value="polygon" { (msgs.get("web-regions-tool-polygon")) }
                        }
                    }
                    " "
                    label { (msgs.get("web-regions-kind")) " "
                        select.region-kind {
                            @for k in RegionKind::ALL { option value=(k.as_str()) { (kind_word(msgs, *k)) } }
                        }
                    }
                    " "
                    label.region-treatment-label { (msgs.get("web-regions-treatment")) " "
                        select.region-treatment {
                            @for tr in Treatment::ALL { option value=(tr.as_str()) { (msgs.get(&format!("web-regions-treatment-{}", tr.as_str()))) } }
                        }
                    }
                    " "
                    button.region-close type="button" hidden { (msgs.get("web-regions-close")) }
                    " "
                    button.suggest-faces type="button" { (msgs.get("web-regions-suggest")) }
                    p.warn.region-weak hidden { (msgs.get("web-regions-weak-warning")) }
                    p.muted { (msgs.get("web-regions-help")) }
                    p.bad.region-error hidden {}
                    ul.face-suggestions data-accept=(msgs.get("web-regions-accept")) data-none=(msgs.get("web-regions-no-faces")) {}
                }
            }
            @if regions.regions.is_empty() {
                p.muted { (msgs.get("web-regions-none")) }
            } @else {
                table.regions-list {
                    thead { tr {
                        th { (msgs.get("web-regions-kind")) } th { (msgs.get("web-regions-treatment")) }
                        th.num { (msgs.get("web-regions-col-version")) } th { (msgs.get("web-regions-col-who")) }
                        th { (msgs.get("web-regions-col-when")) } th { (msgs.get("web-regions-col-source")) } th {}
                    } }
                    tbody { @for r in &regions.regions {
                        tr data-uid=(r.uid) {
                            td { (kind_word(msgs, r.fields.kind)) }
                            td { (msgs.get(&format!("web-regions-treatment-{}", r.fields.treatment.as_str()))) }
                            td.num { (r.version) }
                            td { (name(r.set_by)) }
                            td { (msgs.date_time(r.set_at)) }
                            td { (msgs.get(&format!("web-regions-source-{}", r.fields.source.as_str()))) }
                            td { @if can_edit { button.region-delete type="button" data-uid=(r.uid) { (msgs.get("web-regions-delete")) } } }
                        }
                    } }
                }
            }
        }
        section.panel.renditions data-api=(api) data-csrf=(call.csrf().unwrap_or_default()) {
            h2 { (t!(msgs, "web-renditions-heading", case = case)) }
            @if can_make {
                p {
                    @for a in [Audience::Partner, Audience::Trainee, Audience::Public] {
                        button.rendition-make type="button" data-audience=(a.as_str()) { (t!(msgs, "web-renditions-make", audience = audience_word(msgs, a))) }
                        " "
                    }
                }
                p.bad.rendition-error hidden {}
            }
            @if renditions.renditions.is_empty() {
                p.muted { (msgs.get("web-renditions-none")) }
            } @else {
                table.renditions-list {
                    thead { tr {
                        th { (msgs.get("web-renditions-col-audience")) } th { (msgs.get("web-renditions-col-maker")) }
                        th { (msgs.get("web-regions-col-when")) } th { (msgs.get("web-renditions-col-state")) } th {}
                    } }
                    tbody { @for r in &renditions.renditions {
                        tr data-uid=(r.uid) {
                            td { (audience_word(msgs, r.audience)) }
                            td { (name(r.made_by)) }
                            td { (msgs.date_time(r.made_at)) }
                            td {
                                @if r.stale { strong.bad { (msgs.get("web-renditions-stale")) } " " }
                                @if let Some(by) = r.approved_by {
                                    (t!(msgs, "web-renditions-approved-by", who = name(by)))
                                } @else if r.audience == Audience::Public {
                                    (msgs.get("web-renditions-awaiting"))
                                }
                            }
                            td {
                                @if can_approve && r.audience == Audience::Public && r.approved_by.is_none() && !r.stale {
                                    button.rendition-approve type="button" data-uid=(r.uid) { (msgs.get("web-renditions-approve")) }
                                    " "
                                }
                                @if !r.stale { img.rendition-image src=(format!("/api/renditions/{}", r.uid)) alt=(audience_word(msgs, r.audience)) draggable="false"; }
                            }
                        }
                    } }
                }
            }
        }
    })
}
