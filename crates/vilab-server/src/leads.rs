//! Leads from metadata in the browser: the camera groups across the cases
//! an actor may see (a click opens a case's grid of that camera), and the
//! timeline of DateTimeOriginal drawn on the grid page as an SVG histogram
//! whose bars, or a dragged range of them (`timeline.js`), set the grid's
//! date filter. Each reads one operation of `vilab_lab::Session`.

use maud::{Markup, html};
use vilab_i18n::{Messages, t};
use vilab_lab::Session;
use vilab_lab::types::{ReviewFilter, TimelineStep};

use crate::call::{Call, Reply};
use crate::error::WebError;
use crate::pages::{case_href, page, url_encode};

/// `GET /cameras`: cameras by make, model and body serial, those in the
/// most cases first; the same camera in two cases is marked a strong lead.
pub fn cameras_page(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let leads = session.camera_leads()?;
    let msgs = call.msgs();
    let body = html! {
        h1 { (msgs.get("web-cameras-heading")) }
        p.muted { (msgs.get("web-cameras-explain")) }
        section.panel {
            @if leads.cameras.is_empty() {
                p.muted { (msgs.get("web-cameras-none")) }
            } @else {
                table #cameras {
                    thead { tr {
                        th { (msgs.get("web-col-make")) } th { (msgs.get("web-col-model")) }
                        th { (msgs.get("web-col-serial")) } th { (msgs.get("web-col-items-per-case")) } th {}
                    } }
                    tbody { @for c in &leads.cameras {
                        tr.strong-lead[c.cases.len() > 1] {
                            td { (c.make) } td { (c.model) } td.mono { (c.body_serial) }
                            td { @for (i, (case, n)) in c.cases.iter().enumerate() {
                                @if i > 0 { ", " }
                                a.camera-filter href=(format!("{}/review?camera={}", case_href(case), c.camera.0)) { (case) } " (" (n) ")"
                            } }
                            td { @if c.cases.len() > 1 { strong.bad { (t!(msgs, "web-cameras-strong", count = c.cases.len() as i64)) } } }
                        }
                    } }
                }
            }
        }
    };
    Ok(page(call, &session, &msgs.get("web-cameras-link"), body))
}

/// The first day after a period (`YYYY` or `YYYY-MM`), as the grid's
/// `before` filter reads it.
fn after_period(period: &str) -> Option<String> {
    let mut parts = period.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    match parts.next() {
        None => Some(format!("{:04}", year + 1)),
        Some(m) => {
            let month: u32 = m.parse().ok()?;
            Some(if month >= 12 { format!("{:04}-01", year + 1) } else { format!("{year:04}-{:02}", month + 1) })
        }
    }
}

/// The timeline of the grid's items under `filter` (its own date range left
/// out, so that the whole span stays drawn): months, or years when there
/// are more than ten years of months. `grid` is the grid's address with the
/// other filters, to which a bar adds `from` and `before`.
pub fn timeline_panel(
    session: &Session<'_>,
    msgs: &Messages,
    case: &str,
    filter: &ReviewFilter,
    grid: &str,
) -> Result<Markup, WebError> {
    let filter = ReviewFilter { taken_from: None, taken_before: None, ..filter.clone() };
    let mut view = session.timeline(case, &filter, TimelineStep::Month)?;
    if view.bins.len() > 120 {
        view = session.timeline(case, &filter, TimelineStep::Year)?;
    }
    let most = view.bins.iter().map(|b| b.items).max().unwrap_or(1).max(1) as f64;
    let (w, h) = (10.0_f64, 60.0_f64);
    let join = if grid.contains('?') { "&" } else { "?" };
    Ok(html! {
        section.panel.timeline {
            h2 { (msgs.get("web-timeline-heading")) }
            @if view.bins.is_empty() {
                p.muted { (msgs.get("web-timeline-none")) }
            } @else {
                p.muted { (msgs.get("web-timeline-hint")) }
                svg #timeline viewBox=(format!("0 0 {} {}", w * view.bins.len() as f64, h)) preserveAspectRatio="none"
                    role="img" aria-label=(msgs.get("web-timeline-heading")) data-grid=(format!("{grid}{join}")) {
                    @for (i, b) in view.bins.iter().enumerate() {
                        @let bar = (h - 2.0) * (b.items as f64 / most).max(0.04);
                        @let before = after_period(&b.period).unwrap_or_default();
                        a href=(format!("{grid}{join}from={}&before={}", url_encode(&b.period), url_encode(&before))) {
                            rect.bar x=(format!("{:.1}", i as f64 * w + 1.0)) y=(format!("{:.2}", h - bar)) width=(format!("{:.1}", w - 2.0)) height=(format!("{bar:.2}"))
                                data-from=(b.period) data-before=(before) {
                                title { (b.period) ": " (b.items) }
                            }
                        }
                    }
                }
                div.timeline-scale {
                    span { (view.bins.first().map(|b| b.period.as_str()).unwrap_or("")) }
                    span { (view.bins.last().map(|b| b.period.as_str()).unwrap_or("")) }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::after_period;

    #[test]
    fn the_day_after_a_period_starts_the_next_one() {
        assert_eq!(after_period("2024").as_deref(), Some("2025"));
        assert_eq!(after_period("2024-03").as_deref(), Some("2024-04"));
        assert_eq!(after_period("2024-12").as_deref(), Some("2025-01"));
        assert_eq!(after_period("unknown"), None);
    }
}
