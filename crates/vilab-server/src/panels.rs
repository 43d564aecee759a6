//! The grid page's panels that cost a pass over the case (the folder groups
//! and the timeline): the page's shell sends placeholders with a loading
//! state at once, and `review.js` fetches these HTML fragments after the
//! first tiles are shown, so that a million rows grouped never delay the
//! grid's first byte. Each fragment is the same markup the page held before
//! (links that filter the grid, the timeline's bars), over one operation of
//! `vilab_lab::Session`.

use maud::{Markup, html};
use vilab_i18n::Messages;
use vilab_lab::ops::review::ReviewGroups;
use vilab_lab::types::GroupBy;

use crate::call::{Call, Reply};
use crate::error::WebError;
use crate::review::{filter_of, filter_query};

/// The grid page's address for a case.
fn grid_href(case: &str) -> String {
    format!("{}/review", crate::pages::case_href(case))
}

/// The address of a panel's fragment under the page's own filters.
pub(crate) fn fragment_href(call: &Call, case: &str, panel: &str) -> String {
    let query = filter_query(call, &[]);
    let base = format!("{}/{panel}", grid_href(case));
    if query.is_empty() { base } else { format!("{base}?{query}") }
}

/// A panel's placeholder in the page's shell: its heading and the loading
/// state; `review.js` replaces it with the fragment at `src`, or says that
/// it failed.
pub(crate) fn placeholder(msgs: &Messages, id: &str, class: &str, heading: &str, src: &str) -> Markup {
    let inner = html! {
        h2 { (msgs.get(heading)) }
        p.muted.panel-loading role="status" data-failed=(msgs.get("web-review-load-failed")) {
            (msgs.get("web-review-loading"))
        }
    };
    // The groups sit in an aside beside the grid, the timeline in a section
    // above it, as in the panels that replace them.
    if class == "groups" {
        html! { aside.groups.panel.pending id=(id) data-fragment=(src) { (inner) } }
    } else {
        html! { section.panel.timeline.pending id=(id) data-fragment=(src) { (inner) } }
    }
}

/// The folder groups' panel: each group a link that filters the grid.
fn groups_panel(call: &Call, msgs: &Messages, case: &str, groups: &ReviewGroups) -> Markup {
    let base = grid_href(case);
    let others = filter_query(call, &["folder"]);
    let join = if others.is_empty() { "" } else { "&" };
    html! {
        aside #groups-panel .groups.panel {
            h2 { (msgs.get("web-review-groups")) }
            ul {
                @for g in &groups.groups {
                    li {
                        a href=(format!("{base}?{others}{join}folder={}", crate::pages::url_encode(&g.key)))
                            aria-current=[(call.query("folder") == Some(g.key.as_str())).then_some("true")] {
                            (if g.key.is_empty() { "/" } else { g.key.as_str() })
                        }
                        " " span.muted { (g.items) }
                    }
                }
            }
        }
    }
}

/// `GET /cases/{case}/review/groups`: the grid's folder groups under its
/// filters, as an HTML fragment.
pub fn groups_fragment(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let filter = filter_of(call)?;
    let groups = session.review_groups(case, GroupBy::Folder, &filter)?;
    Ok(Reply::html(groups_panel(call, &call.msgs(), case, &groups)))
}

/// `GET /cases/{case}/review/timeline`: the timeline of the grid's items
/// under its filters (its own date range left out), as an HTML fragment.
pub fn timeline_fragment(call: &Call) -> Result<Reply, WebError> {
    let session = call.session()?;
    let case = call.path("case");
    let filter = filter_of(call)?;
    let base = grid_href(case);
    let rest = filter_query(call, &["from", "before"]);
    let grid = if rest.is_empty() { base } else { format!("{base}?{rest}") };
    Ok(Reply::html(crate::leads::timeline_panel(&session, &call.msgs(), case, &filter, &grid)?))
}
